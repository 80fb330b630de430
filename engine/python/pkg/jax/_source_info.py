"""Which line of the user's code each staged equation comes from, found as JAX's source_info_util finds it:
the innermost frame whose file is neither in this package (jax, numpy) nor in Python's standard library.

The engine asks only while tracking is on (the app turns it on; the command line does not), once per
equation it stages live; equations replayed by a transformation keep the line of the one they came from."""
import functools
import os
import sys

import _traceur as _E
from pyodide.ffi import create_proxy

_EXCLUDED = (
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep,  # Traceur's jax and numpy packages
    os.path.dirname(os.__file__) + os.sep,  # the standard library (a zip file in Pyodide)
    os.path.dirname(functools.__file__) + os.sep,
    "<traceur-",  # the script runner itself
)


@functools.cache
def _is_user_file(filename):
    return not filename.startswith(_EXCLUDED)


def _locate():
    """`line:function:file` of the innermost user frame, or None when there is none."""
    f = sys._getframe(1)
    while f is not None:
        code = f.f_code
        if _is_user_file(code.co_filename):
            return f"{f.f_lineno}:{code.co_qualname}:{code.co_filename}"
        f = f.f_back
    return None


_locator = create_proxy(_locate)


def track(on):
    """Turn the recording of equations' source lines on or off."""
    _E.trackSourceLines(_locator if on else None)
