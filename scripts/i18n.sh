#!/usr/bin/env bash
# Refresh the English translation after UI strings change (Chinese is the source language):
#   bash scripts/i18n.sh        update resources/i18n/newsfacts_en.ts, then build newsfacts_en.qm
# New strings come out "unfinished": translate them in pyside6-linguist (or the .ts by hand), run again.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BIN=${VENV_BIN:-.venv/bin}
"$BIN/pyside6-lupdate" desktop/newsfacts/ui/*.py desktop/newsfacts/app/*.py \
  -source-language zh_CN -target-language en -no-obsolete -ts resources/i18n/newsfacts_en.ts
"$BIN/pyside6-lrelease" resources/i18n/newsfacts_en.ts -qm resources/i18n/newsfacts_en.qm
