"""Writes what real JAX 0.10.2 prints for notebook.py (run with .venv-jax/bin/python).

notebook.stdout/.stderr: the whole file, as `python3 main.py`. cellN.stdout: what the N-th cell adds
when the cells before it have run (the file cut after cell N, minus the output of the cells before).
"""
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).parent
lines = (HERE / "notebook.py").read_text().splitlines(True)
starts = [i for i, line in enumerate(lines) if line.startswith("# %%")] + [len(lines)]


def run(text):
    with tempfile.TemporaryDirectory() as tmp:
        (pathlib.Path(tmp) / "main.py").write_text(text)
        done = subprocess.run([sys.executable, "main.py"], cwd=tmp, capture_output=True, text=True)
        # Python names the script by its absolute path; the app names it main.py.
        return done.stdout, done.stderr.replace(os.path.realpath(tmp) + "/", "").replace(tmp + "/", "")


out, err = run("".join(lines))
(HERE / "notebook.stdout").write_text(out)
(HERE / "notebook.stderr").write_text(err)
before = ""
for n, end in enumerate(starts[1:], start=1):
    out, _ = run("".join(lines[:end]))
    (HERE / f"cell{n}.stdout").write_text(out[len(before) :])
    before = out
