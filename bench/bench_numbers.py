"""Numbers: exact-span precision/recall on the seed pages, attribute accuracy, throughput.

Scored through the real pipeline (read_article + analyse), so spans are original offsets with
layout breaks included.  Usage: bench/run.py numbers [--list-all]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaldata  # noqa: E402

from newsfacts.core.model import NUMBER_KINDS  # noqa: E402

TITLE = "figures on the seed pages vs gold (exact spans), and extraction speed on People's Daily"


def same_number(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def attributes_match(fact: dict, gold: dict) -> bool:
    """Kind, and the date for a DATE; else value, value_max and unit."""
    if fact["kind"] != gold["kind"]:
        return False
    if gold["kind"] == "DATE":
        return fact.get("date") == gold.get("date")
    return (
        same_number(fact.get("value"), gold.get("value"))
        and same_number(fact.get("value_max"), gold.get("value_max"))
        and fact.get("unit") == gold.get("unit")
    )


def score_pages() -> dict:
    """Per page and overall: predicted, gold, matched spans, matched attributes, the misses."""
    from newsfacts.core.pipeline import analyse
    from newsfacts.core.reading import read_article

    total = {"pred": 0, "gold": 0, "tp": 0, "attr": 0, "pages": []}
    for path, text, gold in evaldata.seed_gold():
        facts = [f.to_json() for f in analyse(read_article(path)).facts if f.kind in NUMBER_KINDS]
        pred = {(f["start"], f["end"]): f for f in facts}
        want = {(g["start"], g["end"]): g for g in gold["numbers"]}
        tp = [k for k in pred if k in want]
        attr_ok = [k for k in tp if attributes_match(pred[k], want[k])]
        page = {
            "name": path.name,
            "text": text,
            "pred": len(pred),
            "gold": len(want),
            "tp": len(tp),
            "attr": len(attr_ok),
            "missed": [want[k] for k in sorted(want) if k not in pred],
            "false": [pred[k] for k in sorted(pred) if k not in want],
            "wrong": [(pred[k], want[k]) for k in sorted(tp) if k not in attr_ok],
        }
        total["pages"].append(page)
        for key in ("pred", "gold", "tp", "attr"):
            total[key] += page[key]
    return total


def _ctx(text: str, s: int, e: int) -> str:
    return (text[max(0, s - 8) : s] + "[" + text[s:e] + "]" + text[e : e + 8]).replace("\n", "⏎")


def _brief(f: dict) -> str:
    keys = ("kind", "value", "value_max", "unit", "date", "qualifier")
    return " ".join(f"{k}={f[k]}" for k in keys if f.get(k) is not None)


def main(argv: list[str]) -> None:
    t = score_pages()
    p, r, f1 = evaldata.prf(t["tp"], t["pred"], t["gold"])
    attr = t["attr"] / t["tp"] if t["tp"] else 0.0
    for page in t["pages"]:
        pp, pr, _ = evaldata.prf(page["tp"], page["pred"], page["gold"])
        print(f"   {page['name']}: gold {page['gold']}, found {page['pred']}, exact {page['tp']}  P={pp:.3f} R={pr:.3f}")
    print(f"   both pages: precision {p:.3f} (target 0.95), recall {r:.3f} (target 0.97), F1 {f1:.3f}")
    print(f"   matched spans with right kind+value+unit (or date): {t['attr']}/{t['tp']} = {attr:.3f} (target 0.97)")
    for page in t["pages"]:
        text = page["text"]
        for g in page["missed"]:
            print(f"   miss  {page['name'][:3]} {_ctx(text, g['start'], g['end'])}  {_brief(g)}")
        for f in page["false"]:
            print(f"   false {page['name'][:3]} {_ctx(text, f['start'], f['end'])}  {_brief(f)}")
        for f, g in page["wrong"]:
            print(f"   wrong {page['name'][:3]} {_ctx(text, f['start'], f['end'])}  got {_brief(f)} / gold {_brief(g)}")

    from newsfacts.core.extraction.numbers import extract_numbers

    sentences = evaldata.peoples_daily_sentences()
    chars = sum(len(s) for s in sentences)
    n = 0
    t0 = time.perf_counter()
    for s in sentences:
        n += len(extract_numbers(s))
    dt = time.perf_counter() - t0
    print(f"   People's Daily 1998-01: {len(sentences)} lines, {chars} characters, {n} figures in {dt:.2f} s")
    print(f"   throughput: {chars / dt:,.0f} characters/s (one core)")


if __name__ == "__main__":
    main(sys.argv[1:])
