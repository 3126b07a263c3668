#!/usr/bin/env python3
"""DEMO INPUT: fact sheets of the seed pages built from the hand annotation, not from extraction.

Extraction is still being built, so for looking at the exports (and for bench_export.py) this
script makes an Analysis of each seed page from ../shared/eval/seeds-gold (the gold facts and
issues), then plays an editor: verifies most facts, corrects and disputes a few, settles some
findings.  Every decision here is invented for the demonstration.

    .venv/bin/python bench/demo_factsheet.py OUT_DIR            # write .docx and .xlsx per seed
    .venv/bin/python bench/demo_factsheet.py OUT_DIR --render   # and render them to PDF and PNG
    (each seed's printed proof, OUT_DIR/STEM_proof.pdf, too; --render makes PNGs of its pages:
    docs/proof-page.png is page 4 of seed 000's, pdftoppm -r 80)
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "desktop"))
sys.path.insert(0, str(HERE))

from evaldata import seed_gold  # noqa: E402

from newsfacts.core.export import build_fact_sheet, write_docx, write_xlsx  # noqa: E402
from newsfacts.core.export.sheet import finding_kind_zh  # noqa: E402
from newsfacts.core.model import Analysis, Article, Fact, Finding, Kind, Severity, Span  # noqa: E402
from newsfacts.core.reading import article_from_text  # noqa: E402
from newsfacts.core.review import Action, Decision, Review  # noqa: E402

# What a checker would say about each kind of finding (the gold notes are English working notes).
_MESSAGE = {
    "headline_body_mismatch": "标题与正文说法不一致,请与记者核对届次。",
    "broken_word_linebreak": "排版断行把一个词拆到了两段,请接排。",
    "broken_sentence_linebreak": "一句话被断行分成两段,请接排。",
    "split_heading": "一个小标题被拆成两行标题。",
    "pasted_fragment": "段末混入了别处的文字,疑为误贴。",
    "figure_conflict": "同一数字前后说法不一致。",
    "unsupported_headline_claim": "小标题的说法在正文中找不到依据。",
    "wrong_character": "疑为错字。",
    "possible_wrong_term": "用词可能有误,请核对。",
    "awkward_phrase": "语句不通,疑缺动词或有多余成分。",
    "measure_word": "量词搭配不当。",
    "wrong_term": "不是规范说法,请核对。",
    "missing_body": "标题下缺少正文。",
    "truncated_text": "文字不完整,疑有删节。",
    "displaced_fragment": "段落位置不对,疑从别处移来。",
    "duplicated_paragraph": "同一段内容出现两次。",
    "misplaced_headline": "标题插在了句子中间。",
    "traditional_character": "简体文中出现繁体字。",
    "name_inconsistency": "同一名称前后写法不一。",
    "missing_character": "疑漏字。",
    "possible_misattribution": "引语出处可能有误。",
}

_SEVERITY = {"high": Severity.HIGH, "medium": Severity.MEDIUM, "low": Severity.LOW}


def gold_analysis(article: Article, gold: dict, shift: int = 0) -> tuple[list[Fact], list[Finding]]:
    """The gold annotation of one page as facts and findings (offsets moved by ``shift``)."""
    text = article.text
    facts: list[Fact] = []
    for e in gold["entities"]:
        s, t = e["start"] + shift, e["end"] + shift
        assert text[s:t] == e["text"]
        facts.append(Fact(Kind(e["type"]), s, t, e["text"], role=e.get("role")))
    for n in gold["numbers"]:
        s, t = n["start"] + shift, n["end"] + shift
        assert text[s:t] == n["text"]
        facts.append(
            Fact(
                Kind(n["kind"]), s, t, n["text"], value=n.get("value"), value_max=n.get("value_max"),
                unit=n.get("unit"), date=n.get("date"), qualifier=n.get("qualifier"),
            )
        )
    findings = []
    for i in gold["issues"]:
        spans = tuple(Span(sp["start"] + shift, sp["end"] + shift, sp["text"]) for sp in i["spans"])
        msg = _MESSAGE.get(i["kind"], finding_kind_zh(i["kind"]))
        findings.append(Finding(i["kind"], _SEVERITY[i["severity"]], spans, msg))
    facts.sort(key=lambda f: (f.start, f.end, f.kind.value))
    findings.sort(key=lambda f: (f.start, f.kind))
    return facts, findings


def play_editor(analysis: Analysis, editor: str = "李明") -> tuple[Review, dict[str, str]]:
    """Invented decisions: most facts verified, some corrected or disputed, some findings settled."""
    review = Review(analysis)
    t0 = dt.datetime(2024, 2, 24, 9, 30).astimezone()
    for i, f in enumerate(analysis.facts):
        at = (t0 + dt.timedelta(seconds=40 * i)).isoformat(timespec="seconds")
        if f.text == "韩愈西路":
            d = Decision(Action.CORRECT, f, correction="韩愈路", note="全版统一为“韩愈路”", by=editor, at=at)
        elif f.text in ("7500万元", "近1200万元", "40余家"):
            d = Decision(Action.DISPUTE, f, note="与同版另一处数字不一致,待问记者", by=editor, at=at)
        elif f.kind is Kind.PERSON and f.text == "官卫红":
            d = Decision(Action.VERIFY, f, note="对照区人大名单", by=editor, at=at)
        elif f.kind is Kind.DATE and f.date is None:
            continue
        elif i % 23 == 7 and f.kind in (Kind.MONEY, Kind.COUNT):
            d = Decision(Action.DISPUTE, f, note="原稿与公报数字待核", by=editor, at=at)
        elif i % 29 == 11 and f.kind is Kind.PLACE:
            d = Decision(Action.CORRECT, f, correction=f.text + "(全称见首次出现)", by=editor, at=at)
        elif i % 5 in (0, 1, 2):
            d = Decision(Action.VERIFY, f, by=editor, at=at)
        else:
            continue
        review.apply(d)
    verdicts = {}
    for i, fd in enumerate(analysis.findings):
        if i % 3 == 0:
            verdicts[fd.key] = "fixed"
        elif i % 7 == 4:
            verdicts[fd.key] = "not a problem"
    return review, verdicts


def demo_pages() -> list[tuple[Analysis, Review, dict[str, str]]]:
    out = []
    for path, text, gold in seed_gold():
        article = article_from_text(text, name=path.name, path=str(path))
        facts, findings = gold_analysis(article, gold)
        analysis = Analysis(article, tuple(facts), tuple(findings))
        review, verdicts = play_editor(analysis)
        out.append((analysis, review, verdicts))
    return out


def render(files: list[Path], out: Path) -> list[Path]:
    """LibreOffice to PDF, then pdftoppm to PNG (first two pages of each)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not shutil.which("pdftoppm"):
        raise SystemExit("needs LibreOffice (soffice) and poppler-utils (pdftoppm)")
    env = {**os.environ, "HOME": str(out / ".lo-home")}
    pngs = []
    for f in files:
        # One folder per format: page.docx and page.xlsx would both become page.pdf.
        pdf_dir = out / f.suffix.lstrip(".")
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(pdf_dir), str(f)],
                       check=True, env=env, capture_output=True, timeout=300)
        pdf = pdf_dir / (f.stem + ".pdf")
        base = out / (f.stem + f.suffix.replace(".", "-"))
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "3", str(pdf), str(base)], check=True)
        pngs += sorted(out.glob(base.name + "*.png"))
    return pngs


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    out = Path(argv[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for analysis, review, verdicts in demo_pages():
        sheet = build_fact_sheet(analysis, review, verdicts, reviewer="李明", date=dt.date(2024, 2, 24))
        stem = Path(analysis.article.name).stem
        files.append(Path(write_docx(sheet, out / f"{stem}.docx")))
        files.append(Path(write_xlsx(sheet, out / f"{stem}.xlsx")))
    proofs = write_proofs(out)
    for f in files + proofs:
        print(f)
    if "--render" in argv:
        for p in render(files, out):
            print(p)
        for pdf in proofs:
            subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(out / pdf.stem)], check=True)
            for p in sorted(out.glob(pdf.stem + "-*.png")):
                print(p)
    return 0


def write_proofs(out: Path) -> list[Path]:
    """Each seed's printed proof (the window's 打印批注稿) as a PDF, laid out by Qt offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from newsfacts.ui.printing import proof_pdf

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts need an application
    proofs = []
    for analysis, review, verdicts in demo_pages():
        sheet = build_fact_sheet(analysis, review, verdicts, reviewer="李明", date=dt.date(2024, 2, 24))
        stem = Path(analysis.article.name).stem
        proofs.append(Path(proof_pdf(analysis.article, sheet, str(out / f"{stem}_proof.pdf"))))
    return proofs


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
