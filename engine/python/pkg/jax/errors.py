"""JAX's exception classes (jax.errors), with JAX's hierarchy and names."""


class JAXTypeError(TypeError):
    pass


class JAXIndexError(IndexError):
    pass


class ConcretizationTypeError(JAXTypeError):
    pass


class NonConcreteBooleanIndexError(JAXIndexError):
    pass


class TracerArrayConversionError(JAXTypeError):
    pass


class TracerIntegerConversionError(JAXIndexError):
    pass


class TracerBoolConversionError(ConcretizationTypeError):
    pass


class UnexpectedTracerError(JAXTypeError):
    pass


class KeyReuseError(JAXTypeError):
    pass


for _cls in (JAXTypeError, JAXIndexError, ConcretizationTypeError, NonConcreteBooleanIndexError,
             TracerArrayConversionError, TracerIntegerConversionError, TracerBoolConversionError,
             UnexpectedTracerError, KeyReuseError):
    _cls.__module__ = "jax.errors"
del _cls
