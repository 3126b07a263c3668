"""Layout repair: words split by print line breaks are read whole, offsets map back exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import needs_eval
from newsfacts.core.reading import article_from_text


def test_split_number_word_is_joined_and_maps_back(seed_text):
    text = seed_text("000")
    article = article_from_text(text)
    reading = article.reading
    i = reading.text.index("党的二十大")
    s, e = reading.original_span(i, i + len("党的二十大"))
    assert text[s:e] == "党的二\n\n十大"


def test_split_name_is_joined(seed_text):
    text = seed_text("003")
    article = article_from_text(text)
    i = article.reading.text.index("吕沛,党工委")
    s, e = article.reading.original_span(i, i + 2)
    assert text[s:e] == "吕\n\n沛"


def test_heading_stub_joins_its_body_but_full_headlines_do_not(seed_text):
    text = seed_text("000")
    article = article_from_text(text)
    joined = {(b.before, b.after) for b in article.breaks}
    assert ("更", "新") in joined and ("回", "应") in joined and ("筑", "牢") in joined
    # a complete headline followed by its body is not a break
    assert "亿元滚动" not in article.reading.text
    # a byline line is never run into the next paragraph
    assert "詹长松2024" not in article.reading.text


@needs_eval
def test_every_seed_break_is_one_the_gold_marks(seed_text):
    import json

    from conftest import EVAL

    for prefix, name in (("000", "000_51b227bd1f4d3619"), ("003", "003_aa133b16483350d9")):
        text = seed_text(prefix)
        gold = json.loads((EVAL / "seeds-gold" / f"{name}.gold.json").read_text(encoding="utf-8"))
        marked = [
            (sp["start"], sp["end"])
            for issue in gold["issues"]
            if issue["kind"].startswith(("broken_", "truncated", "misplaced"))
            for sp in issue["spans"]
        ]
        article = article_from_text(text)
        for b in article.breaks:
            assert any(s <= b.start and b.end <= e for s, e in marked) or text[b.start - 1] in "于", (
                f"{prefix}: unexpected join {text[b.start - 6 : b.end + 6]!r}"
            )


def test_astral_character_does_not_shift_offsets():
    text = "𠀀𠀀党的二\n\n十大精神"
    article = article_from_text(text)
    i = article.reading.text.index("二十大")
    s, e = article.reading.original_span(i, i + 3)
    assert text[s:e] == "二\n\n十大"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="党的二十大吕沛,。#\n 𠀀a1“”", max_size=12), max_size=12))
def test_reading_map_is_monotonic_and_faithful(parts):
    text = "\n".join(parts)
    article = article_from_text(text)
    r = article.reading
    assert len(r.to_orig) == len(r.text) + 1
    assert r.to_orig[-1] == len(text)
    for i, ch in enumerate(r.text):
        assert text[r.to_orig[i]] == ch
    assert all(a < b for a, b in zip(r.to_orig, r.to_orig[1:]))


def test_full_width_punctuation_ends_a_paragraph():
    # People's Daily text uses full-width ！？；：）; a paragraph ending with one is complete.
    for end in ("\uff01", "\uff1f", "\uff1b", "\uff1a", "\uff09"):
        text = f"会议强调要抓落实{end}\n\n全区上下要认真学习。"
        assert article_from_text(text).breaks == (), end


def test_full_width_news_byline():
    text = "本报讯\uff08记者郭树勋\uff09近日，省工信厅发布名单。"
    article = article_from_text(text)
    assert [r.text for r in article.bylines[0].reporters] == ["郭树勋"]
