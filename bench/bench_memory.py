"""Checking a draft against a large newsroom memory: a desk that verified thousands of names,
which extraction finds in every draft from then on.

    .venv/bin/python bench/run.py memory

The memory is made of the names and roles the extractor finds in the even lines of 199801 (up to
12,000 of them, the verified names of about a year of a busy desk) and, as the desk's own
formulations (本报规范提法), 500 of the organisations' names among them; the drafts are the seed
pages and runs of the odd lines.  The memory's checks run when a draft is analysed and, on the window's
thread, again whenever the memory changes (a name entered in 本报核实名录, a rule saved).
"""

from __future__ import annotations

import time

from evaldata import SEEDS, peoples_daily_sentences

TITLE = "newsroom memory: the memory's checks on a draft against ~12,000 verified names"


def main(argv: list[str]) -> None:
    from newsfacts.core.extraction.entities import extract_entities
    from newsfacts.core.pipeline import extract_facts
    from newsfacts.core.reading import article_from_text
    from newsfacts.core.model import Kind
    from newsfacts.core.store.checks import desk_formulations, memory_findings, near_duplicates
    from newsfacts.core.store.memory import DeskFormulation, KnownName, MemorySnapshot

    sentences = peoples_daily_sentences(None)
    names: dict[tuple, None] = {}
    for s in sentences[::2]:
        for f in extract_entities(s):
            names.setdefault((f.text, f.kind, f.role or ""), None)
        if len(names) >= 12000:
            break
    forms = [n for n, k, _r in names if k is Kind.ORG and len(n) >= 6][:500]
    memory = MemorySnapshot(
        tuple(KnownName(n, k, r) for n, k, r in names), formulations=tuple(DeskFormulation(f) for f in forms)
    )
    print(f"   memory: {len(memory.names):,} names ({sum(1 for n in memory.names if n.role):,} with a role),"
          f" {len(forms)} desk formulations")
    odd = "\n".join(sentences[1::2])
    drafts = [(p.name[:3], p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    drafts += [("60,000 characters", odd[:60000]), ("300,000 characters", odd[:300000])]
    lexicon = memory.editor_lexicon()  # the verified names are found in every draft from then on
    extract_facts(article_from_text("热身一下。"), lexicon=lexicon)
    for label, text in drafts:
        article = article_from_text(text)
        t0 = time.perf_counter()
        facts = extract_facts(article)
        t1 = time.perf_counter()
        with_names = extract_facts(article, lexicon=lexicon)
        t2 = time.perf_counter()
        print(f"   {label:20} {len(text):>8,} chars: extraction {t1 - t0:5.2f} s ({len(facts)} facts), with the"
              f" memory's names {t2 - t1:5.2f} s ({len(with_names)} facts)")
        t0 = time.perf_counter()
        near_duplicates(article, facts, memory)
        t1 = time.perf_counter()
        mangled = desk_formulations(article, memory)
        t2 = time.perf_counter()
        found = memory_findings(article, facts, memory)
        t3 = time.perf_counter()
        print(f"   {label:20} {len(text):>8,} chars: one character off {t1 - t0:5.2f} s, formulations {t2 - t1:5.2f} s"
              f" ({len(mangled)}), all memory checks {t3 - t2:5.2f} s ({len(found)} findings)")
