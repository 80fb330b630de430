"""Run with real JAX 0.10.2 (`.venv-jax/bin/python reference.py CASE > CASE.expected`): runs CASE.py as
main.py and, for each jaxpr it prints, writes each equation (nested ones indented, sub-jaxprs in the order of
their param names) with the innermost user frame JAX's source_info_util finds for it."""
import builtins
import os
import sys

import jax
from jax._src import core
from jax._src import source_info_util

HERE = os.path.dirname(os.path.abspath(__file__))


def describe(jaxpr, depth, out):
    for eqn in jaxpr.eqns:
        frame = source_info_util.user_frame(eqn.source_info.traceback)
        where = f"{frame.file_name}:{frame.start_line}" if frame else "None"
        out.append(f"{'  ' * depth}{eqn.primitive.name} {where}")
        for name in sorted(eqn.params):
            value = eqn.params[name]
            for sub in value if isinstance(value, (tuple, list)) else [value]:
                if isinstance(sub, core.ClosedJaxpr):
                    describe(sub.jaxpr, depth + 1, out)
                elif isinstance(sub, core.Jaxpr):
                    describe(sub, depth + 1, out)


def show(*args, **kwargs):
    for a in args:
        if isinstance(a, core.ClosedJaxpr):
            lines = ["--"]
            describe(a.jaxpr, 0, lines)
            builtins.print("\n".join(lines))


with open(os.path.join(HERE, f"{sys.argv[1]}.py")) as f:
    source = f.read()
exec(compile(source, "main.py", "exec"), {"__name__": "__main__", "print": show})
