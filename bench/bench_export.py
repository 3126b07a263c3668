"""Exporting 5,000 facts to Word and Excel (target: both under 3 s together), and the annotated draft.

The page is the seed pages' text repeated until their gold facts (demo input, see
demo_factsheet.py) number 5,000, with invented decisions on them.
"""

from __future__ import annotations

import os
import re
import tempfile
import time

from demo_factsheet import gold_analysis, play_editor
from evaldata import seed_gold

from newsfacts.core.export import build_fact_sheet, write_docx, write_xlsx
from newsfacts.core.model import Analysis
from newsfacts.core.reading import article_from_text

TITLE = "fact sheet export: 5,000 facts to .docx and .xlsx"
N_FACTS = 5000


def big_analysis(n: int = N_FACTS) -> Analysis:
    pages = seed_gold()
    texts, golds = [], []
    total = 0
    while total < n:
        for _, text, gold in pages:
            texts.append(text)
            golds.append(gold)
            total += len(gold["entities"]) + len(gold["numbers"])
    article = article_from_text("\n".join(texts), name="5000-facts.txt")
    facts, findings, shift = [], [], 0
    for text, gold in zip(texts, golds):
        f, fd = gold_analysis(article, gold, shift)
        facts += f
        findings += fd
        shift += len(text) + 1
    return Analysis(article, tuple(facts[:n]), tuple(findings))


def main(argv: list[str]) -> None:
    analysis = big_analysis()
    review, verdicts = play_editor(analysis)
    print(f"   page: {len(analysis.article.text):,} characters, {len(analysis.facts):,} facts, "
          f"{len(analysis.findings)} findings, {len(analysis.article.stories)} articles")
    # Wall time and CPU time: on a shared machine the CPU time is the steadier figure.
    with tempfile.TemporaryDirectory() as tmp:
        marks = [(time.perf_counter(), time.process_time())]
        sheet = build_fact_sheet(analysis, review, verdicts, reviewer="李明")
        marks.append((time.perf_counter(), time.process_time()))
        docx_path = write_docx(sheet, os.path.join(tmp, "sheet.docx"))
        marks.append((time.perf_counter(), time.process_time()))
        xlsx_path = write_xlsx(sheet, os.path.join(tmp, "sheet.xlsx"))
        marks.append((time.perf_counter(), time.process_time()))
        sizes = ["", f"{os.path.getsize(docx_path) / 1024:,.0f} KB", f"{os.path.getsize(xlsx_path) / 1024:,.0f} KB"]
        print("   step          wall      cpu")
        for label, (a, b), size in zip(("build sheet", "write .docx", "write .xlsx"), zip(marks, marks[1:]), sizes):
            print(f"   {label:12} {b[0] - a[0]:5.2f} s  {b[1] - a[1]:5.2f} s   {size}")
        wall, cpu = marks[-1][0] - marks[0][0], marks[-1][1] - marks[0][1]
        print(f"   {'total':12} {wall:5.2f} s  {cpu:5.2f} s   (target < 3 s: {'met' if wall < 3 else 'NOT met'})")
        # the annotated draft (批注稿): every fact shaded, a comment for each correction, dispute,
        # note and open finding; not part of the target above
        from newsfacts.core.export.annotated import write_annotated

        t0, c0 = time.perf_counter(), time.process_time()
        ann = write_annotated(analysis.article, sheet, os.path.join(tmp, "annotated.docx"))
        comments = sum(1 for r in sheet.all_rows if r.review.note or r.review.correction or r.status.value == "disputed")
        comments += len(sheet.open_findings)
        print(f"   {'annotated':12} {time.perf_counter() - t0:5.2f} s  {time.process_time() - c0:5.2f} s   "
              f"{os.path.getsize(ann) / 1024:,.0f} KB, about {comments} comments")
        # the same as a printed proof (Qt lays it out on A4: the window waits for this one)
        from PySide6.QtWidgets import QApplication

        from newsfacts.ui.printing import proof_document, write_pdf
        from newsfacts.ui.style import cjk_font

        app = QApplication.instance() or QApplication([])  # noqa: F841 - fonts need an application
        t0, c0 = time.perf_counter(), time.process_time()
        doc = proof_document(analysis.article, sheet, cjk_font(11))
        t1 = time.perf_counter()
        pdf = write_pdf(doc, os.path.join(tmp, "proof.pdf"))
        with open(pdf, "rb") as fh:
            pages = len(re.findall(rb"/Type\s*/Page\b", fh.read()))
        print(f"   {'proof .pdf':12} {time.perf_counter() - t0:5.2f} s  {time.process_time() - c0:5.2f} s   "
              f"{os.path.getsize(pdf) / 1024:,.0f} KB, {pages} pages (building the page {t1 - t0:.2f} s)")
