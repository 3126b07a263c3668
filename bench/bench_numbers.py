"""Numbers: exact-span precision/recall on the seed pages, attribute accuracy, throughput.

Scored through the real pipeline (read_article + analyse), so spans are original offsets with
layout breaks included.  Usage: bench/run.py numbers [--list-all]
"""

from __future__ import annotations

import re
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


_DIGIT = re.compile("[0-9０-９]")
_CN_FIGURE = re.compile("^[一二两三四五六七八九][〇零一二两三四五六七八九十百千万亿]*[十百千万亿][〇零一二两三四五六七八九十百千万亿]*$")


def corpus_coverage() -> None:
    """The corpus as a second opinion: every numeral it tags (m) that holds an Arabic digit, or a
    Chinese figure such as 四十五亿, followed by a measure word it tags (q) is a figure an editor
    checks (３３００盏, ４０００多封, 三十六口); how many does the extractor cover?  The first half of
    the corpus is where the rules were looked at, the second half is reported apart.  A figure found
    where the corpus tags no numeral, measure word or time word (nor an abbreviation such as 十五大)
    is counted as a likely false alarm."""
    from newsfacts.core.extraction.numbers import extract_numbers

    lines = evaldata.peoples_daily_tokens()
    half = len(lines) // 2
    for name, part in (("first half", lines[:half]), ("second half", lines[half:])):
        n = {"q": 0, "other": 0}
        hit = {"q": 0, "other": 0}
        found = alarms = chars = 0
        for toks in part:
            text = "".join(w for w, _ in toks)
            chars += len(text)
            facts = extract_numbers(text)
            covered = bytearray(len(text))
            for f in facts:
                covered[f.start : f.end] = b"\x01" * (f.end - f.start)
            numeric = bytearray(len(text))
            abbreviation = bytearray(len(text) + 1)  # 十五大, 三中全会: tagged j, figures by the newsroom's reading
            pos = 0
            for i, (w, tag) in enumerate(toks):
                nxt_tag = toks[i + 1][1] if i + 1 < len(toks) else ""
                nxt_word = toks[i + 1][0] if i + 1 < len(toks) else ""
                if tag in ("m", "q", "t", "mq", "Mg", "Tg"):
                    numeric[pos : pos + len(w)] = b"\x01" * len(w)
                elif tag == "j":
                    abbreviation[pos : pos + len(w)] = b"\x01" * len(w)
                figure = (_DIGIT.search(w) and not w.startswith("’") and nxt_word not in ("、", "．", "·")) or (
                    _CN_FIGURE.match(w) and len(w) >= 2
                )
                if tag == "m" and figure:
                    key = "q" if nxt_tag == "q" else "other"
                    n[key] += 1
                    hit[key] += any(covered[pos : pos + len(w)])
                pos += len(w)
            found += len(facts)
            alarms += sum(1 for f in facts if not any(numeric[f.start : f.end]) and not abbreviation[f.start])
        print(
            f"   199801 {name}: numeral + measure word covered {hit['q']}/{n['q']} = {hit['q'] / n['q']:.3f}; "
            f"other tagged figures {hit['other']}/{n['other']} = {hit['other'] / n['other']:.3f}; "
            f"{found} figures found, {alarms} where the corpus tags no number ({alarms / chars * 1e4:.2f} per 10k characters)"
        )


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
    corpus_coverage()


if __name__ == "__main__":
    main(sys.argv[1:])
