#!/usr/bin/env python3
"""Build resources/dictionaries/divisions.txt: China's administrative divisions, full and short names.

Source: the adcodes table that ships in the MIT-licensed cpca package (cpca 0.5.5,
``cpca/resources/adcodes.csv``: 3,500 provinces, prefectures and counties).  Fetch it with

    .venv/bin/pip download cpca==0.5.5 --no-deps -d /tmp/cpca && unzip /tmp/cpca/*.whl -d /tmp/cpca
    .venv/bin/python tools/build_divisions.py /tmp/cpca/cpca/resources/adcodes.csv

Short names drop 省 / 市 / 自治区 / 特别行政区 / 县 (河南省 -> 河南, 焦作市 -> 焦作, 修武县 -> 修武) when two
characters or more are left; district names (…区) keep their suffix, since 解放区 -> 解放 would
be the verb everywhere.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "dictionaries" / "divisions.txt"
_SUFFIX = re.compile(r"(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|县)$")
_ETHNIC = re.compile(r"(各族|土家族|苗族|彝族|藏族|蒙古族|回族|壮族|侗族|瑶族|白族|哈尼族|傣族|黎族|羌族|布依族|满族)+自治(州|县)$")


def names(rows) -> set[str]:
    out = set()
    for row in rows:
        name = row["name"].strip()
        if len(name) < 2 or name.endswith(("办事处", "街道", "镇", "乡")):
            continue
        out.add(name)
        short = _ETHNIC.sub("", name) if _ETHNIC.search(name) else _SUFFIX.sub("", name)
        if len(short) >= 2 and short != name:
            out.add(short)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    with open(argv[0], encoding="utf-8") as fh:
        got = names(csv.DictReader(fh))
    header = "# China's administrative divisions, from cpca 0.5.5 resources/adcodes.csv (MIT); tools/build_divisions.py\n"
    OUT.write_text(header + "\n".join(sorted(got)) + "\n", encoding="utf-8")
    print(f"{len(got)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
