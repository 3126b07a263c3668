#!/usr/bin/env python3
"""Build the PERSON/ORG/PLACE character CRF from the 1998 People's Daily corpus (PFR 199801.txt).

    .venv/bin/python tools/train_ner.py                     # full corpus -> resources/models/
    .venv/bin/python tools/train_ner.py --limit 200 --out /tmp/m --iterations 5

The corpus tags become BIO labels: nr -> PER (a surname token and the given-name token after it
join into one name), ns -> LOC, nt -> ORG, and a bracketed group [..]ns / [..]nt is one name.
A few regular differences from the test sets' NER convention are mapped (country abbreviations
中/美 and 访华 are places, 十五大 and 欧盟 organisations, [中国/ns 政府/n]nt is the country only,
names inside [..]nz count).  The sentences of ner-bio/example.dev, which follow that convention,
are added: the even-numbered ones only with --bio-part even, which keeps the odd ones unseen for
choosing options with bench/run.py entities --dev; all of them for the shipped model.  What the
model was trained on is written beside it (ner_crf.json).

Features are those of ``newsfacts.core.extraction.entities.crf`` (characters, jieba word
boundaries and jieba's dictionary class of each word), so training and tagging never disagree.  The run is deterministic: the same
corpus and options give the same model file, byte for byte.

Besides the model it writes ``ner_surnames.txt`` (the surnames the corpus shows before a given
name, used as a feature and by the rules), and in resources/dictionaries when it reads the whole
corpus ``places_pd1998.txt`` (place names tagged ns at least twice, and at least as often as
they are written as other words) and ``not_persons_pd1998.txt`` (words jieba's dictionary calls
names that the corpus writes twice or more and never as a person: 叶子, 老总, 养老).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from newsfacts.core.extraction import segmenter  # noqa: E402
from newsfacts.core.extraction.entities import _COMPOUND_SURNAMES, crf, rules  # noqa: E402

CORPUS = ROOT.parent / "shared" / "eval" / "peoples-daily-1998" / "199801.txt"
# Development set in the test sets' NER convention (PER/LOC/ORG, one character a line).
DEV = ROOT.parent / "shared" / "eval" / "ner-bio" / "example.dev"
TAGS = {"nr": "PER", "ns": "LOC", "nt": "ORG"}
# The days of 199801 from this one on (27-31 January, 1,944 lines) are a second development set, in
# the corpus's own tagging mapped as above: train with --until-day 27, score with
# bench/run.py entities --late.
LATE_FROM_DAY = 27
_TOKEN = re.compile(r"^(\[?)(.+)/([a-zA-Z]+)(?:\](\w+))?$")


# The NER convention of the People's Daily test sets differs from the PFR tags in a few regular
# ways; these bring the training labels to it.
_ABBR_PLACES = set("中美俄京日以巴英伊阿欧法港华哈澳台亚泰德韩朝越印意加菲沪津渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘宁新蒙昆")
_J_ORG_END = tuple("大会委协联约盟部院局办社团党军厅所行共体署处")
_J_PLACE = {"拉美", "北爱", "亚太", "东亚", "西欧", "东欧", "南亚", "中亚", "北非", "西亚", "东南亚", "中东"}
_N_ORG = {"市委", "县委", "省委", "区委", "地委", "州委", "市政府", "县政府", "省政府", "国会", "议会", "海军",
          "陆军", "空军", "中共中央", "党中央"}
_N_PLACE = {"地球", "月球", "火星"}
_S_PLACE = {"东北", "西北", "华北", "华南", "华东", "华中", "西南", "东南"}
_VISIT = re.compile(r"^(访|来|在|驻|赴|抵|离|进|旅|留|援|返|回|出)(华|京|沪|港|澳|台)$")


def _kind_of(word: str, tag: str) -> str | None:
    if tag in TAGS and tag != "nr":
        return TAGS[tag]
    if tag == "j":
        if len(word) == 1:
            return "LOC" if word in _ABBR_PLACES else None
        if word in _J_PLACE:
            return "LOC"
        if word.endswith(_J_ORG_END) and not word.endswith("全会"):  # 三中全会 is a meeting
            return "ORG"
        return None
    if tag == "n" and word in _N_ORG:
        return "ORG"
    if tag == "n" and word in _N_PLACE:
        return "LOC"
    if tag == "s" and word in _S_PLACE:
        return "LOC"
    return None


def _name_joins(tokens: list[tuple[str, str]], split_runs: bool) -> list[bool]:
    """Whether each token continues the person named by the token before it.  The corpus writes a
    Chinese name as surname and given name (江/nr 泽民/nr), so two name tokens in a row are one
    person, and so are three (陈/nr 方/nr 安生/nr: a married name).  A longer run is a list printed
    without separators (陈/nr 杰/nr 高/nr 山岳/nr, a photo credit): with ``split_runs`` each surname
    starts a new person with the given name after it; without, the run is one name, as the model
    was trained (splitting the training labels lost 1.2 and 0.6 points on the halves of
    example.dev; the extractor cuts such runs itself)."""
    joins = [False] * len(tokens)
    i = 0
    while i < len(tokens):
        if tokens[i][1] != "nr":
            i += 1
            continue
        end = i
        while end < len(tokens) and tokens[end][1] == "nr":
            end += 1
        if end - i <= 3 or not split_runs:
            for k in range(i + 1, end):
                joins[k] = True
        else:
            k = i
            while k < end:
                word = tokens[k][0]
                if k + 1 < end and (len(word) == 1 or word in _COMPOUND_SURNAMES):
                    joins[k + 1] = True
                    k += 2
                else:
                    k += 1
        i = end
    return joins


def parse_line(line: str, split_runs: bool = False) -> tuple[str, list[tuple[int, int, str]]]:
    """One corpus line -> (text, [(start, end, PER/LOC/ORG)]); ``split_runs``: see _name_joins."""
    text = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    group_start = None
    group_words: list[tuple[str, str]] = []
    group_spans: list[tuple[int, int, str]] = []
    parsed = [m.groups() for m in map(_TOKEN.match, line.split()[1:]) if m]
    joins = _name_joins([(word, tag) for _o, word, tag, _g in parsed], split_runs)
    for i, (opening, word, tag, group_tag) in enumerate(parsed):
        if opening:
            group_start, group_words, group_spans = pos, [], []
        start, end = pos, pos + len(word)
        text.append(word)
        pos = end
        target = group_spans if group_start is not None else spans
        if tag == "nr":
            if joins[i] and target and target[-1][2] == "PER" and target[-1][1] == start:
                s, _, _ = target.pop()
                target.append((s, end, "PER"))
            else:
                target.append((start, end, "PER"))
        else:
            kind = _kind_of(word, tag)
            if kind:
                target.append((start, end, kind))
            elif _VISIT.match(word):
                target.append((start + 1, end, "LOC"))
        if group_start is not None:
            group_words.append((word, tag))
        if group_tag is not None and group_start is not None:
            if group_tag in ("ns", "nt"):
                if group_tag == "nt" and len(group_words) == 2 and group_words[1][0] == "政府" and group_words[0][1] == "ns":
                    # [中国/ns 政府/n]nt: the test sets mark only the country
                    spans.append((group_start, group_start + len(group_words[0][0]), "LOC"))
                else:
                    spans.append((group_start, end, TAGS[group_tag]))
            else:
                # [邓小平/nr 理论/n]nz and the like: the names inside count
                spans.extend(group_spans)
            group_start = None
    return "".join(text), spans


def sentences(text: str, spans: list[tuple[int, int, str]]):
    """Split a paragraph after 。!? so sequences stay short; spans never cross those."""
    start = 0
    for m in re.finditer(r"[。！？!?]+", text):
        end = m.end()
        yield text[start:end], [(s - start, e - start, k) for s, e, k in spans if start <= s and e <= end]
        start = end
    if start < len(text):
        yield text[start:], [(s - start, e - start, k) for s, e, k in spans if start <= s]


def bio(n: int, spans: list[tuple[int, int, str]]) -> list[str]:
    labels = ["O"] * n
    for s, e, k in spans:
        labels[s] = "B-" + k
        for i in range(s + 1, e):
            labels[i] = "I-" + k
    return labels


def read_corpus(path: Path, limit: int | None = None, days: range | None = None, split_runs: bool = False):
    """The corpus's sentences with their names; ``days``: only the lines of those days of the
    month (each line opens with its date, 19980127-01-001-001); ``split_runs``: names printed
    without separators are one person each (for scoring; see _name_joins)."""
    raw = path.read_bytes().decode("gbk", errors="replace")
    out = []
    for line in raw.splitlines():
        if not line.strip():
            continue
        if days is not None and not (line[6:8].isdigit() and int(line[6:8]) in days):
            continue
        text, spans = parse_line(line, split_runs)
        for sent, sp in sentences(text, spans):
            if sent.strip():
                out.append((sent, sp))
        if limit and len(out) >= limit:
            break
    return out[:limit] if limit else out


def read_bio(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Sentences of a BIO file (character and tag a line, blank line between sentences)."""
    out = []
    chars: list[str] = []
    labels: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if not parts:
            if chars:
                out.append(("".join(chars), crf.spans_from_labels(labels)))
            chars, labels = [], []
            continue
        chars.append(parts[0] if len(parts) > 1 else " ")
        labels.append(parts[-1])
    return out


def surnames_of(data) -> list[str]:
    counts: collections.Counter[str] = collections.Counter()
    for text, spans in data:
        for s, e, k in spans:
            if k == "PER" and 2 <= e - s <= 3:
                counts[text[s]] += 1
    return sorted(c for c, n in counts.items() if n >= 3 and "\u4e00" <= c <= "\u9fff")


def places_of(data) -> list[str]:
    """Place names tagged as places at least twice, and at least half the times they are written
    outside other names (平壤, 监利, 马赛: jieba's dictionary calls them other things; 合作, 资源 are
    places only rarely)."""
    counts: collections.Counter[str] = collections.Counter()
    for text, spans in data:
        for s, e, k in spans:
            if k == "LOC" and e - s >= 2:
                counts[text[s:e]] += 1
    # the text outside every name: how often the word is written as something else
    rest = []
    for text, spans in data:
        chars = list(text)
        for s, e, _k in spans:
            chars[s:e] = "\0" * (e - s)
        rest.append("".join(chars))
    other = "\n".join(rest)
    return sorted(w for w, n in counts.items() if n >= 2 and n >= other.count(w))


def not_persons_of(path: Path) -> list[str]:
    """Words jieba's dictionary calls personal names (叶子, 老总, 道德, 养老 are nr there) that the
    corpus writes at least twice and never as a person's name, written whole or as surname and
    given name."""
    as_name: collections.Counter[str] = collections.Counter()
    as_other: collections.Counter[str] = collections.Counter()
    for line in path.read_bytes().decode("gbk", errors="replace").splitlines():
        tokens = [m.groups() for m in map(_TOKEN.match, line.split()[1:]) if m]
        for i, (_open, word, tag, _group) in enumerate(tokens):
            if tag == "nr":
                as_name[word] += 1
                if i + 1 < len(tokens) and tokens[i + 1][2] == "nr":
                    as_name[word + tokens[i + 1][1]] += 1
            else:
                as_other[word] += 1
    candidates = [w for w, n in as_other.items() if n >= 2 and not as_name[w] and len(w) >= 2]
    return sorted(w for w, tag in zip(candidates, rules.word_tags(candidates)) if tag == "nr")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "models")
    ap.add_argument("--limit", type=int, default=None, help="first N sentences only")
    ap.add_argument(
        "--bio",
        type=Path,
        default=DEV,
        help="also train on the even-numbered sentences of this BIO file (the odd ones stay for measuring); 'none' for none",
    )
    ap.add_argument(
        "--bio-weight",
        type=int,
        default=1,
        help="how many times the BIO sentences count (they follow the test sets' convention, 199801 does not "
        "quite); 3 scored the same as 1 on the unseen half of example.dev (F1 0.800 vs 0.801)",
    )
    ap.add_argument("--tables-only", action="store_true", help="write the surname, place and not-a-person lists, train no model")
    ap.add_argument(
        "--bio-part",
        choices=("even", "odd", "all"),
        default="all",
        help="which sentences of the BIO file to train on: 'even' keeps the odd ones unseen, for choosing "
        "options with bench/run.py entities --dev; 'odd' the other way round, for a second measurement; 'all' "
        "(the shipped model) once the options are chosen",
    )
    ap.add_argument(
        "--until-day",
        type=int,
        default=None,
        help="train on the corpus's days before this one only: the days from it on are a second "
        "development set (bench/run.py entities --late, with LATE_FROM_DAY)",
    )
    ap.add_argument("--iterations", type=int, default=80)
    ap.add_argument("--c1", type=float, default=0.2)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--minfreq", type=int, default=3)
    args = ap.parse_args(argv)

    import pycrfsuite

    data = read_corpus(args.corpus, args.limit, range(1, args.until_day) if args.until_day else None)
    surnames = surnames_of(data)
    places = places_of(data)
    if args.bio and str(args.bio) != "none" and args.limit is None:
        every = read_bio(args.bio)
        part = {"even": every[0::2], "odd": every[1::2]}.get(args.bio_part, every)
        data += part * max(1, args.bio_weight)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / crf.SURNAMES_NAME).write_text("\n".join(surnames) + "\n", encoding="utf-8")
    if args.limit is None and args.corpus == CORPUS and args.until_day is None:
        gaz = ROOT / "resources" / "dictionaries" / "places_pd1998.txt"
        gaz.write_text("\n".join(places) + "\n", encoding="utf-8")
        not_persons = not_persons_of(args.corpus)
        (gaz.parent / "not_persons_pd1998.txt").write_text("\n".join(not_persons) + "\n", encoding="utf-8")
        print(f"{len(places)} places, {len(not_persons)} words jieba calls names that are no persons")
    if args.tables_only:
        print(f"{len(surnames)} surnames, {len(places)} places")
        return 0
    sn = frozenset(surnames)
    tk = segmenter.tokenizer()
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, spans in data:
        words = list(tk.cut(text, HMM=True))
        trainer.append(crf.features(text, words, sn, rules.word_tags(words)), bio(len(text), spans))
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.minfreq": args.minfreq,
            "feature.possible_transitions": True,
        }
    )
    model = args.out / crf.MODEL_NAME
    tmp = model.with_suffix(".tmp")
    trainer.train(str(tmp))
    os.replace(tmp, model)
    about = {
        "corpus": args.corpus.name,
        "bio": None if not args.bio or str(args.bio) == "none" or args.limit else args.bio.name,
        "bio_part": args.bio_part,
        "sentences": len(data),
        "options": {k: getattr(args, k) for k in ("limit", "bio_weight", "iterations", "c1", "c2", "minfreq")},
    }
    if args.until_day:
        about["until_day"] = args.until_day
    (args.out / crf.ABOUT_NAME).write_text(json.dumps(about, indent=1) + "\n", encoding="utf-8")
    print(f"{len(data)} sentences, {len(surnames)} surnames -> {model} ({model.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
