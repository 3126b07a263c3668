"""A stand-in for LibreOffice's ``soffice``: it writes <name>.docx into --outdir from the UTF-8 text
of the file it is given (FAKE_OFFICE=fail exits 1 with nothing written, =hang sleeps with a child
process sleeping too, as soffice leaves soffice.bin running), and logs its command line and the
process ids of what it started."""

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
    import subprocess
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    with open(os.environ["FAKE_OFFICE_LOG"], "a", encoding="utf-8") as log:
        log.write("pids %d %d\\n" % (os.getpid(), child.pid))
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


def started_pids(log) -> list[int]:
    """The process ids a hanging stand-in logged (itself and its child)."""
    if not log.exists():
        return []
    for line in log.read_text(encoding="utf-8").splitlines():
        if line.startswith("pids "):
            return [int(x) for x in line.split()[1:]]
    return []


def running(pid: int) -> bool:
    """Whether the process is still there (a zombie waiting to be reaped counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
