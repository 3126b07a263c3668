"""A stand-in for LibreOffice's ``soffice``: it writes <name>.docx into --outdir from the UTF-8 text
of the file it is given (FAKE_OFFICE=fail exits 1 with nothing written, =hang sleeps), and logs
its command line."""

from __future__ import annotations

import stat
import sys
import tempfile

FAKE = """#!{python}
import os, sys, time
args = sys.argv[1:]
mode = os.environ.get("FAKE_OFFICE", "ok")
with open(os.environ["FAKE_OFFICE_LOG"], "a", encoding="utf-8") as log:
    log.write(" ".join(args) + "\\n")
if mode == "hang":
    time.sleep(30)
if mode == "fail":
    sys.exit(1)
out = args[args.index("--outdir") + 1]
source = args[-1]
import docx
d = docx.Document()
with open(source, encoding="utf-8") as fh:
    for line in fh.read().split("\\n"):
        d.add_paragraph(line)
os.makedirs(out, exist_ok=True)
d.save(os.path.join(out, os.path.splitext(os.path.basename(source))[0] + ".docx"))
"""


def install(tmp_path, monkeypatch):
    """Point NEWSFACTS_SOFFICE at the stand-in; temporary folders go under tmp_path/scratch.
    Returns (the log of its command lines, the scratch folder)."""
    script = tmp_path / "soffice"
    script.write_text(FAKE.format(python=sys.executable), encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    log = tmp_path / "office.log"
    monkeypatch.setenv("NEWSFACTS_SOFFICE", str(script))
    monkeypatch.setenv("FAKE_OFFICE_LOG", str(log))
    # temporary folders go under tmp_path, to see that none is left behind
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    return log, scratch
