"""Headless commands: ``newsfacts extract PATH [--json]``, ``newsfacts export PATH --docx/--xlsx``,
``newsfacts check PATH...`` (where every draft of an edition stands), ``newsfacts roster FILE``
(the desk's roster of officials into the newsroom memory).

Bad input prints one clear line on stderr and exits non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata

from .core.errors import NewsFactsError

COMMANDS = ("extract", "export", "check", "roster")

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_FAILED = 1  # a fault of the program's own: one line on stderr, the traceback with NEWSFACTS_DEBUG=1


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * max(0, width - _width(s))


def _cell(v: object, limit: int = 24) -> str:
    if v is None:
        return ""
    s = str(v).replace("\n", "⏎")
    if isinstance(v, float) and v.is_integer():
        s = str(int(v))
    return s if _width(s) <= limit else s[: limit // 2] + "…"


def format_table(data: dict) -> str:
    """The readable table `extract` prints without --json."""
    cols = ("kind", "start", "end", "text", "value", "unit", "date", "role", "qualifier")
    rows = [[_cell(f.get(c)) for c in cols] for f in data["facts"]]
    widths = [max([_width(c)] + [_width(r[i]) for r in rows]) for i, c in enumerate(cols)]
    out = [f"{data['file']}  ({data['length']} 字, {data.get('encoding', '')})", ""]
    out.append("  ".join(_pad(c, w) for c, w in zip(cols, widths)).rstrip())
    out.append("  ".join("-" * w for w in widths))
    for r in rows:
        out.append("  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip())
    out.append("")
    out.append(f"{len(data['facts'])} facts, {len(data['findings'])} findings")
    for f in data["findings"]:
        where = ", ".join(f"{s['start']}-{s['end']}" for s in f["spans"])
        out.append(f"[{f['severity']}] {f['kind']} @ {where}: {f['message']}")
    return "\n".join(out)


def cmd_extract(args: argparse.Namespace) -> int:
    from .core.reading import read_article

    article = read_article(args.path)
    data = analyse_with_memory(article).to_json()
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(format_table(data))
    return EXIT_OK


def analyse_with_memory(article):
    """The article analysed as the window analyses it: the editors' dictionary corrections
    applied, and the newsroom memory's findings (role conflicts, near-duplicate names) added.

    A memory that cannot be read is mentioned on stderr and left out; the facts still print.
    """
    from .core.pipeline import analyse
    from .core.store import read_memory, with_memory_findings

    try:
        memory = read_memory()
    except NewsFactsError as exc:
        print(f"newsfacts: {exc.message_zh}", file=sys.stderr)
        memory = None
    lexicon = memory.editor_lexicon() if memory is not None else None
    from .core.store.checks import apply_to_checks

    apply_to_checks(memory)  # leaders the desk verified since leaders.tsv and ranked.tsv shipped
    return with_memory_findings(analyse(article, lexicon=lexicon), memory)


def cmd_export(args: argparse.Namespace) -> int:
    """Fact sheets of a draft, with the decisions stored for that file."""
    from .core.export import build_fact_sheet, load_review_for, parse_columns, write_docx, write_xlsx
    from .core.reading import read_article

    if not (args.docx or args.xlsx or args.annotated or args.pdf):
        print(
            "newsfacts export: 请用 --docx、--xlsx、--annotated 或 --pdf 指定输出文件 / "
            "give --docx, --xlsx, --annotated and/or --pdf",
            file=sys.stderr,
        )
        return EXIT_USAGE
    columns = parse_columns(args.columns)  # before the slow part: a typo fails at once
    article = read_article(args.path)
    analysis = analyse_with_memory(article)
    review, verdicts = load_review_for(article, analysis)
    sheet = build_fact_sheet(
        analysis, review, verdicts, reviewer=args.reviewer, only_verified=args.only_verified, columns=columns
    )
    for path, write in ((args.docx, write_docx), (args.xlsx, write_xlsx)):
        if path:
            print(write(sheet, path))
    if args.annotated:
        from .core.export.annotated import write_annotated

        print(write_annotated(article, sheet, args.annotated))
    if args.pdf:
        print(write_pdf_proof(article, sheet, args.pdf))
    return EXIT_OK


def drafts_in(paths: list[str]) -> list[str]:
    """The drafts named: files as given, a folder's drafts (.txt, .md, .docx …) in name order."""
    from .core.reading import SUPPORTED_SUFFIXES

    out = []
    for path in paths:
        if os.path.isdir(path):
            out += sorted(
                os.path.join(path, name) for name in os.listdir(path)
                if os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES and not name.startswith((".", "~$"))
            )
        else:
            out.append(path)
    return out


def check_draft(path: str) -> dict:
    """Where one draft stands: its facts by status and its findings nobody has dealt with yet."""
    from .core.export import load_review_for
    from .core.reading import read_article

    article = read_article(path)
    analysis = analyse_with_memory(article)
    review, verdicts = load_review_for(article, analysis)
    open_findings = [f for f in analysis.findings if f.key not in verdicts]
    by_severity = {s: sum(1 for f in open_findings if f.severity.value == s) for s in ("high", "medium", "low")}
    return {
        "file": os.path.basename(path),
        "path": os.path.abspath(path),
        "length": len(article.text),
        "facts": review.counts(),
        "open_findings": by_severity,
        "high": [f.message for f in open_findings if f.severity.value == "high"],
    }


def format_check(rows: list[dict]) -> str:
    """The table `check` prints: one line a draft, then each draft's open high findings."""
    head = ("稿件", "字数", "事实", "未核", "存疑", "高", "中", "低")
    lines = []
    for r in rows:
        if "error" in r:
            lines.append((r["file"], "", "", "", "", "", "", "", r["error"]))
            continue
        f, o = r["facts"], r["open_findings"]
        lines.append((r["file"], str(r["length"]), str(sum(f.values())), str(f["unchecked"]), str(f["disputed"]),
                      str(o["high"]), str(o["medium"]), str(o["low"]), ""))
    widths = [max([_width(h)] + [_width(_cell(line[i], 40)) for line in lines]) for i, h in enumerate(head)]
    out = ["  ".join(_pad(h, w) for h, w in zip(head, widths)).rstrip()]
    for line in lines:
        cells = "  ".join(_pad(_cell(c, 40), w) for c, w in zip(line, widths)).rstrip()
        out.append(cells + (f"  {line[-1]}" if line[-1] else ""))
    for r in rows:
        for message in r.get("high", []):
            out.append(f"[high] {r['file']}: {message}")
    return "\n".join(out)


def cmd_check(args: argparse.Namespace) -> int:
    """Every draft of an edition at a glance: facts not yet checked, disputed, and the findings
    still open.  A draft that cannot be read gets its reason on its line; the others go on."""
    paths = drafts_in(args.paths)
    if not paths:
        print("newsfacts check: 没有找到稿件（.txt、.md、.docx…） / no drafts found", file=sys.stderr)
        return EXIT_INPUT
    rows, failed = [], False
    for path in paths:
        try:
            rows.append(check_draft(path))
        except NewsFactsError as exc:
            rows.append({"file": os.path.basename(path), "path": os.path.abspath(path), "error": exc.message_zh})
            failed = True
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(format_check(rows))
    return EXIT_INPUT if failed else EXIT_OK


def cmd_roster(args: argparse.Namespace) -> int:
    """The desk's roster (a person and post a line) entered in the newsroom memory, as the
    window's 本报核实名录 > 从名单导入 does: every draft is then checked against it."""
    from .core.store import ReviewStore
    from .core.store.roster import read_roster

    roster = read_roster(args.path)
    with ReviewStore() as store:
        n = store.memory.enter(roster.names)
    print(f"{n} 人已记入本报核实名录 / {n} people entered in the desk's verified names")
    if roster.skipped:
        lines = ", ".join(map(str, roster.skipped))
        print(f"newsfacts roster: {roster.unread_said(len(roster.skipped))}没有读出姓名和职务 / lines {lines} give no name and post",
              file=sys.stderr)
    return EXIT_OK


def write_pdf_proof(article, sheet, path: str) -> str:
    """The printed proof (the window's 打印批注稿) as a PDF, without a screen: Qt lays the page
    out, so a Qt application on the offscreen platform is started for it."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["newsfacts", "-platform", "offscreen"])  # noqa: F841
    from .ui.printing import proof_pdf

    return proof_pdf(article, sheet, path)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsfacts", description="核稿助手 NewsFacts: headless commands")
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract", help="facts and findings of a draft")
    e.add_argument("path")
    e.add_argument("--json", action="store_true", help="one JSON object (the extract contract)")
    e.set_defaults(func=cmd_extract)
    x = sub.add_parser("export", help="the fact sheet of a draft as Word and/or Excel, the annotated draft")
    x.add_argument("path")
    x.add_argument("--docx", metavar="OUT.docx", help="write the Word fact sheet here")
    x.add_argument("--xlsx", metavar="OUT.xlsx", help="write the Excel fact sheet here")
    x.add_argument(
        "--annotated", metavar="OUT.docx",
        help="write the annotated draft here (批注稿: the draft, facts shaded by verdict, comments in the margin)",
    )
    x.add_argument(
        "--pdf", metavar="OUT.pdf",
        help="write the annotated draft as a PDF to print (facts shaded by verdict, numbered notes at the end)",
    )
    x.add_argument("--only-verified", action="store_true", help="only facts verified or corrected")
    x.add_argument(
        "--columns",
        nargs="+",
        metavar="COL",
        help="columns to include (names or one comma-separated list): "
        "kind text value unit date role status correction note context by at",
    )
    x.add_argument("--reviewer", default=None, help="name on the sheet (default: the login name)")
    x.set_defaults(func=cmd_export)
    c = sub.add_parser("check", help="where every draft of an edition stands: facts not yet checked, findings open")
    c.add_argument("paths", nargs="+", metavar="PATH", help="drafts, or folders of drafts")
    c.add_argument("--json", action="store_true", help="one JSON list, an object a draft")
    c.set_defaults(func=cmd_check)
    r = sub.add_parser("roster", help="the desk's roster of officials (name and post a line) into the newsroom memory")
    r.add_argument("path", help=".txt, .csv, .tsv, .xlsx or .docx")
    r.set_defaults(func=cmd_roster)
    return p


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except NewsFactsError as exc:
        print(f"newsfacts: {exc.message_zh} / {exc.message_en}", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - never a traceback for the editor
        import traceback

        print(f"newsfacts: 处理失败，未完成（{exc.__class__.__name__}: {exc}） / failed", file=sys.stderr)
        if os.environ.get("NEWSFACTS_DEBUG"):
            traceback.print_exc()
        return EXIT_FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
