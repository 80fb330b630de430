"""jax.debug: print (engine/lax/primitives/debug-print.ts). Formatting follows jax/_src/debugging.py."""
import string
import sys

from pyodide.ffi import JsException, create_proxy, to_js

from . import tree_util
from ._api import engine_function
from ._core import lift, python_error, wrap


class _DebugPrintFormatChecker(string.Formatter):
    def format_field(self, value, format_spec):
        return ""  # No formatting is done.

    def check_unused_args(self, used_args, args, kwargs):
        unused_args = [arg for i, arg in enumerate(args) if i not in used_args]
        unused_kwargs = [k for k in kwargs if k not in used_args]
        if unused_args:
            raise ValueError(f"Unused positional arguments to `jax.debug.print`: {unused_args}")
        if unused_kwargs:
            raise ValueError(
                f"Unused keyword arguments to `jax.debug.print`: {unused_kwargs}. "
                "You may be passing an f-string (i.e, `f\"{x}\"`) into "
                "`jax.debug.print` and instead should pass in a regular string.")


_formatter = _DebugPrintFormatChecker()

# Each print call's structure, by number: what its values become again when they are printed.
_calls = []


def _print_values(call, values):
    fmt, has_placeholders, in_tree, static_args = _calls[call]
    static = dict(static_args)
    dyn = iter(wrap(h) for h in values)
    flat = [static[i] if i in static else next(dyn) for i in range(in_tree.num_leaves)]
    args, kwargs = tree_util.tree_unflatten(in_tree, flat)
    if has_placeholders:
        msg = fmt.format(*args, **kwargs)
    else:
        msg = " ".join((fmt, *(str(a) for a in args)))
    sys.stdout.write(msg + "\n")


engine_function("jax._debugging", "set_printer")(create_proxy(_print_values))


def _lifted(a):
    """The engine value of an array-like argument, or None for one that is static data (a string...)."""
    try:
        return lift(a)
    except (TypeError, NotImplementedError):
        return None


def print(fmt=None, *args, ordered=False, partitioned=False, skip_format_check=False, _use_logging=False,
          **kwargs):
    """Prints values, and works in staged-out JAX functions (printed when they run)."""
    if _use_logging:
        raise NotImplementedError("Traceur does not support jax.debug.log yet.")

    def _debug_print(fmt, *c_args, **c_kwargs):
        if not skip_format_check:
            _formatter.format(fmt, *c_args, **c_kwargs)
        has_placeholders = False
        if fmt:
            _, field_name, *_ = next(iter(string.Formatter().parse(fmt)))
            has_placeholders = field_name is not None
        flat, in_tree = tree_util.tree_flatten((c_args, c_kwargs))
        static_args, dyn_args = {}, []
        for i, a in enumerate(flat):
            h = _lifted(a)
            if h is None:
                static_args[i] = a
            else:
                dyn_args.append(h)
        static_args = tuple(static_args.items())
        _calls.append((fmt, has_placeholders, in_tree, static_args))
        try:
            engine_function("jax._debugging", "debug_print")(
                to_js(dyn_args), fmt, has_placeholders, repr(in_tree), repr(static_args),
                ordered, partitioned, len(_calls) - 1)
        except JsException as e:
            raise python_error(e) from None

    if fmt is not None:
        _debug_print(fmt, *args, **kwargs)
        return None
    if args or kwargs:
        raise TypeError(f"debug_print received unexpected arguments in the two-call form: {args=} {kwargs=}")
    return _debug_print


from ._unsupported import module_getattr as _module_getattr  # noqa: E402

__getattr__ = _module_getattr("jax.debug")
