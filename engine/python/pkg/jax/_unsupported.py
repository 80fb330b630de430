"""What JAX has and Traceur does not yet: a clear NotImplementedError (or, for a module, an ImportError)
that names it, instead of the AttributeError of a name that does not exist. Names JAX lacks too stay an
AttributeError with JAX's own message."""
import sys
from importlib.abc import MetaPathFinder

from ._jax_names import PUBLIC_NAMES, SUBMODULES

# As Traceur's messages name them elsewhere (`jnp.linalg.inv`, `jax.random.gamma`).
_SHORT = {"jax.numpy": "jnp", "jax.numpy.linalg": "jnp.linalg"}


def missing(module, name):
    """The error for `module.name` when the module has no such attribute (a module's __getattr__)."""
    if not name.startswith("__"):
        if f"{module}.{name}" in SUBMODULES:
            return NotImplementedError(f"Traceur does not support the module {module}.{name} yet.")
        if name in PUBLIC_NAMES.get(module, ()):
            return NotImplementedError(f"Traceur does not support {_SHORT.get(module, module)}.{name} yet.")
    return AttributeError(f"module '{module}' has no attribute '{name}'")


def module_getattr(module):
    """A module-level __getattr__ that raises `missing(module, name)`."""
    def __getattr__(name):
        raise missing(module, name)
    return __getattr__


class _UnsupportedModules(MetaPathFinder):
    """`import jax.scipy` and the like: JAX's modules that Traceur does not have say so."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname in SUBMODULES:
            raise ModuleNotFoundError(f"Traceur does not support the module {fullname} yet.", name=fullname)
        return None


def install_import_hook():
    # Last: only what no other finder (Traceur's own modules included) can import.
    if not any(isinstance(f, _UnsupportedModules) for f in sys.meta_path):
        sys.meta_path.append(_UnsupportedModules())
