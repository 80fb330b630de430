"""Writes the expected outputs of the cell tests with real JAX 0.10.2 (run with .venv-jax/bin/python).

notebook.stdout/.stderr: notebook.py run whole as `python3 main.py` (running its cells one after the
other in one namespace must print the same). cell2-alone.stderr: the second cell alone in a new
process, at its place in the file (blank lines above it), as a fresh namespace must fail.
syntax-error.stderr: a cell that does not compile, at line 30 of a file.
"""
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).parent
SYNTAX_ERROR_CELL = "# %% Cassée\nx = = 2\n"
source = (HERE / "notebook.py").read_text()
lines = source.splitlines(True)
cell2_start = next(i for i, l in enumerate(lines) if l.startswith("# %% Utilisation"))
cell3_start = next(i for i, l in enumerate(lines) if l.startswith("# %% Une erreur"))


def run(text):
    with tempfile.TemporaryDirectory() as tmp:
        (pathlib.Path(tmp) / "main.py").write_text(text)
        done = subprocess.run([sys.executable, "main.py"], cwd=tmp, capture_output=True, text=True)
        # Python names the script by its absolute path; the app names it main.py.
        return done.stdout, done.stderr.replace(os.path.realpath(tmp) + "/", "").replace(tmp + "/", "")


out, err = run(source)
(HERE / "notebook.stdout").write_text(out)
(HERE / "notebook.stderr").write_text(err)
_, err = run("\n" * cell2_start + "".join(lines[cell2_start:cell3_start]))
(HERE / "cell2-alone.stderr").write_text(err)
_, err = run("\n" * 29 + SYNTAX_ERROR_CELL)
(HERE / "syntax-error.stderr").write_text(err)
