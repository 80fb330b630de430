"""numpy.exceptions: the exception types numpy raises that Python does not have."""


class AxisError(ValueError, IndexError):
    """An axis argument outside the array's dimensions."""
    __module__ = "numpy.exceptions"


class ComplexWarning(RuntimeWarning):
    __module__ = "numpy.exceptions"


class UFuncTypeError(TypeError):
    __module__ = "numpy._core._exceptions"


class _UFuncOutputCastingError(UFuncTypeError):
    """An in-place operator whose result does not cast back to the array's dtype."""
    __module__ = "numpy._core._exceptions"


# numpy shows this error under its base's name (its `_display_as_base`).
_UFuncOutputCastingError.__name__ = _UFuncOutputCastingError.__qualname__ = "UFuncTypeError"
