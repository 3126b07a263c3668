"""Named entities: seed pages against the gold core set, People's Daily / MSRA NER test sets, speed.

    .venv/bin/python bench/run.py entities                 # everything
    .venv/bin/python bench/run.py entities --seeds         # seed pages only
    .venv/bin/python bench/run.py entities --dev           # example.dev's odd half (with a model trained
                                                           # on the even half: see --dev's note), and the
                                                           # recall of names met / never met in training
    .venv/bin/python bench/run.py entities --late          # 199801's last days (with a model trained
                                                           # on the days before: see --late's note)
    .venv/bin/python bench/run.py entities --heldout       # example.test + MSRA test (final scores)
    .venv/bin/python bench/run.py entities --speed         # pipeline vs jieba.posseg on 199801
    .venv/bin/python bench/run.py entities --speed --lines=5000   # on the first 5,000 lines only
    .venv/bin/python bench/run.py entities --errors        # list seed misses and false alarms

Scores are exact spans; the seed score is on the gold's core set (no ``in_role`` /
``in_fixed_name``) and our facts flagged the same way are left out too.
"""

from __future__ import annotations

import time
from collections import Counter

from evaldata import EVAL, peoples_daily_sentences, prf, seed_gold

TITLE = "Named entities (PERSON / ORG / PLACE): seed gold, NER test sets, speed"
TYPES = ("PERSON", "ORG", "PLACE")
BIO_TYPES = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}


def _flagged(fact) -> bool:
    extra = dict(fact.extra)
    return bool(extra.get("in_role") or extra.get("in_fixed_name") or extra.get("in_quote") or extra.get("in_word"))


def seeds(show_errors: bool = False) -> None:
    from newsfacts.core.pipeline import extract_facts
    from newsfacts.core.reading import read_article

    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    role_ok = role_n = 0
    for path, text, gold in seed_gold():
        article = read_article(str(path))
        facts = [f for f in extract_facts(article) if f.is_entity and not _flagged(f)]
        core = [g for g in gold["entities"] if not g.get("in_role") and not g.get("in_fixed_name")]
        want = {(g["start"], g["end"], g["type"]) for g in core}
        got = {(f.start, f.end, f.kind.value) for f in facts}
        for t in TYPES:
            tp[t] += len({x for x in want & got if x[2] == t})
            n_pred[t] += len({x for x in got if x[2] == t})
            n_gold[t] += len({x for x in want if x[2] == t})
        roles = {(f.start, f.end): f.role for f in facts if f.kind.value == "PERSON"}
        for g in core:
            if g["type"] == "PERSON" and g.get("role"):
                role_n += 1
                role_ok += roles.get((g["start"], g["end"])) == g["role"]
        if show_errors:
            for x in sorted(want - got):
                print(f"   miss  {path.name[:3]} {x[2]:6} {text[x[0]:x[1]]}  @{x[0]}")
            for x in sorted(got - want):
                print(f"   extra {path.name[:3]} {x[2]:6} {text[x[0]:x[1]]}  @{x[0]}")
            for g in core:
                if g["type"] == "PERSON" and g.get("role") and roles.get((g["start"], g["end"])) != g["role"]:
                    print(f"   role  {g['text']}: want {g['role']!r} got {roles.get((g['start'], g['end']))!r}")
    print("seed pages vs gold core set (exact spans)")
    for t, target in zip(TYPES, (0.95, 0.85, 0.90)):
        p, r, f = prf(tp[t], n_pred[t], n_gold[t])
        mark = "ok" if f >= target else "BELOW"
        print(f"   {t:7} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {n_gold[t]}, target {target}) {mark}")
    share = role_ok / role_n if role_n else 0.0
    print(f"   role right for {role_ok}/{role_n} persons with a role = {share:.3f} (target 0.90)")


def _model_about() -> dict:
    """What the model in use was trained on (tools/train_ner.py writes it beside the model)."""
    import json
    import os

    from newsfacts.core.extraction.entities import crf

    if os.environ.get("NEWSFACTS_NER_MODEL"):
        crf.use_model(os.environ["NEWSFACTS_NER_MODEL"])
    try:
        with open(os.path.join(os.path.dirname(crf.model_path()), crf.ABOUT_NAME), encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return {}


def read_bio(path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    from newsfacts.core.extraction.entities.crf import spans_from_labels

    out = []
    chars: list[str] = []
    labels: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split()
            if not parts:
                if chars:
                    out.append(("".join(chars), spans_from_labels(labels)))
                chars, labels = [], []
                continue
            if len(parts) == 1:  # a bare tag: the character was a space
                chars.append(" ")
                labels.append(parts[0])
            else:
                chars.append(parts[0])
                labels.append(parts[-1])
    if chars:
        out.append(("".join(chars), spans_from_labels(labels)))
    return out


def _train_ner():
    import importlib.util

    from evaldata import ROOT

    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "tools" / "train_ner.py")
    train_ner = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train_ner)
    return train_ner


def training_names() -> set[str]:
    """Every name the even-half model is trained on: 199801's and example.dev's even half (as
    tools/train_ner.py reads them)."""
    train_ner = _train_ner()
    data = train_ner.read_corpus(train_ner.CORPUS) + train_ner.read_bio(train_ner.DEV)[0::2]
    return {text[s:e] for text, spans in data for s, e, _k in spans}


def score_bio(
    name: str,
    limit: int | None = None,
    part: slice | None = None,
    seen: set[str] | None = None,
    data: list | None = None,
) -> float:
    """Score the pipeline on a BIO file (or on ``data``, sentences with their names); with ``seen``
    (names in the training data) also the recall of names the model met in training and of names
    it never saw."""
    from newsfacts.core.extraction.entities import extract_entities

    if data is None:
        data = read_bio(EVAL / "ner-bio" / name)
    if part:
        data = data[part]
    if limit:
        data = data[:limit]
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    known, known_n = Counter(), Counter()  # by (seen in training?, type)
    t0 = time.perf_counter()
    for text, spans in data:
        want = {(s, e, BIO_TYPES[k]) for s, e, k in spans if k in BIO_TYPES}
        # These test sets annotate organisations inside titles (市委 in 市委书记) and names inside
        # doctrines (邓小平理论): flagged facts count here.
        got = {(f.start, f.end, f.kind.value) for f in extract_entities(text)}
        for t in TYPES:
            tp[t] += len({x for x in want & got if x[2] == t})
            n_pred[t] += len({x for x in got if x[2] == t})
            n_gold[t] += len({x for x in want if x[2] == t})
        if seen is not None:
            for x in want:
                key = (text[x[0] : x[1]] in seen, x[2])
                known_n[key] += 1
                known[key] += x in got
    dt = time.perf_counter() - t0
    p, r, f = prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    per = "  ".join(f"{t} {prf(tp[t], n_pred[t], n_gold[t])[2]:.3f}" for t in TYPES)
    print(f"   {name:20} {len(data)} sentences  P {p:.3f}  R {r:.3f}  F1 {f:.3f}   ({per})  {dt:.1f} s")
    for flag, what in ((True, "names met in training"), (False, "names never met in training")):
        n = sum(v for k, v in known_n.items() if k[0] is flag)
        if n:
            by = "  ".join(f"{t} {known[(flag, t)] / known_n[(flag, t)]:.3f}" for t in TYPES if known_n[(flag, t)])
            print(f"      recall on {what:28} {sum(v for k, v in known.items() if k[0] is flag) / n:.3f} of {n}   ({by})")
    return f


def speed(limit: int | None = None) -> None:
    import jieba.posseg

    from newsfacts.core.extraction import segmenter
    from newsfacts.core.pipeline import extract_facts
    from newsfacts.core.reading import article_from_text

    sentences = peoples_daily_sentences(limit)
    text = "\n".join(sentences)
    # Warm both up first (dictionaries, model) so only the work is timed.
    list(jieba.posseg.cut("热身一下"))
    segmenter.tokenizer()
    extract_facts(article_from_text("热身一下,记者张三在北京。", name="warm.txt"))
    t0 = time.perf_counter()
    for s in sentences:
        list(jieba.posseg.cut(s))
    t_jieba = time.perf_counter() - t0
    t0 = time.perf_counter()
    article = article_from_text(text, name="199801.txt")
    n = len(extract_facts(article))
    t_ours = time.perf_counter() - t0
    print(f"speed on {len(text):,} characters of 199801 ({len(sentences):,} lines)")
    print(f"   jieba.posseg.cut         {t_jieba:6.1f} s  ({len(text) / t_jieba / 1000:.0f}k chars/s)")
    print(f"   pipeline.extract_facts   {t_ours:6.1f} s  ({len(text) / t_ours / 1000:.0f}k chars/s, {n:,} facts)")
    ratio = t_ours / t_jieba
    print(f"   ratio {ratio:.2f}x (target <= 1.5) {'ok' if ratio <= 1.5 else 'ABOVE'}")


def main(argv: list[str]) -> None:
    flags = {a.lstrip("-").split("=")[0] for a in argv}
    everything = not flags & {"seeds", "dev", "late", "heldout", "speed", "errors"}
    if everything or "seeds" in flags or "errors" in flags:
        seeds(show_errors="errors" in flags)
    if "dev" in flags:
        print("development set: the odd-numbered sentences of example.dev")
        about = _model_about()
        if about.get("bio_part") != "even":
            print("   NOTE: the model in use was trained on all of example.dev, so this score is not a measure;")
            print("   train one with tools/train_ner.py --bio-part even --out DIR and set NEWSFACTS_NER_MODEL=DIR/ner_crf.bin")
        score_bio("example.dev", part=slice(1, None, 2), seen=training_names())
    if "late" in flags:
        train_ner = _train_ner()
        first = train_ner.LATE_FROM_DAY
        print(f"development set: 199801 from {first} January on, its tags mapped as for training")
        if _model_about().get("until_day") != first:
            print("   NOTE: the model in use was trained on those days, so this score is not a measure;")
            print(f"   train one with tools/train_ner.py --until-day {first} --out DIR and set NEWSFACTS_NER_MODEL=DIR/ner_crf.bin")
        late = train_ner.read_corpus(train_ner.CORPUS, days=range(first, 32), split_runs=True)
        early = train_ner.read_corpus(train_ner.CORPUS, days=range(1, first)) + train_ner.read_bio(train_ner.DEV)
        score_bio("199801 late", data=late, seen={t[s:e] for t, spans in early for s, e, _k in spans})
    if everything or "heldout" in flags:
        print("held-out NER test sets (PER/LOC/ORG together, exact spans; target F1 >= 0.80)")
        score_bio("example.test")
        score_bio("msra_test_bio.txt")
    if everything or "speed" in flags:
        lines = [int(a.split("=", 1)[1]) for a in argv if a.startswith("--lines=")]
        speed(lines[0] if lines else None)
