"""Settings, declared once with their defaults and a version (one settings system: QSettings).

The file lives in ``NEWSFACTS_CONFIG_DIR`` when it is set (tests point it at a temporary folder),
otherwise where the platform keeps user settings.  Values are read through ``get`` and written
through ``set``; an unknown name is a programming error (KeyError), never a silent default.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from .. import APP_NAME, ORG_NAME

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Option:
    name: str
    default: Any
    kind: type


OPTIONS: dict[str, Option] = {
    o.name: o
    for o in (
        Option("ui/language", "zh_CN", str),  # "zh_CN" (the source language) or "en"
        Option("ui/font_size", 13, int),  # article view, in points
        Option("ui/hidden_kinds", [], list),  # fact kinds whose highlight is switched off
        Option("window/geometry", QByteArray(), QByteArray),
        Option("window/state", QByteArray(), QByteArray),
        Option("files/recent", [], list),
        Option("files/last_dir", "", str),
        # the export dialog (flags are ints: an INI file gives booleans back as the strings "true"/"false")
        Option("export/last_dir", "", str),
        Option("export/word", 1, int),
        Option("export/excel", 1, int),
        Option("export/annotated", 0, int),  # the annotated draft (批注稿), off until the editor asks for it
        Option("export/pdf", 0, int),  # ...as a PDF to print
        Option("export/only_verified", 0, int),
        Option("export/columns", ["kind", "text", "value", "unit", "date", "role", "status", "correction", "note", "context"], list),
        Option("export/reviewer", "", str),  # empty: the login name
        Option("store/data_dir", "", str),  # review database and memory; "" = the platform's data folder
    )
}

RECENT_MAX = 10
FONT_SIZES = (9, 28)  # the article's text, smallest and largest point size


class Settings:
    def __init__(self, path: str | None = None) -> None:
        if path is None:
            folder = os.environ.get("NEWSFACTS_CONFIG_DIR")
            if folder:
                os.makedirs(folder, exist_ok=True)
                path = os.path.join(folder, "newsfacts.ini")
        if path:
            self.qsettings = QSettings(path, QSettings.Format.IniFormat)
        else:
            self.qsettings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)
        self._migrate()

    @property
    def path(self) -> str:
        return self.qsettings.fileName()

    def _migrate(self) -> None:
        version = int(self.qsettings.value("settings_version", 0) or 0)
        if version > SETTINGS_VERSION:
            return  # written by a newer version: read what we know, leave the rest alone
        if version < SETTINGS_VERSION:
            # Version 1 is the first; later versions rename or convert options here.
            self.qsettings.setValue("settings_version", SETTINGS_VERSION)

    def get(self, name: str) -> Any:
        opt = OPTIONS[name]
        raw = self.qsettings.value(name)
        if raw is None:
            return opt.default.copy() if isinstance(opt.default, list) else opt.default
        try:
            if opt.kind is list:
                value = json.loads(raw) if isinstance(raw, str) else list(raw)
                return value if isinstance(value, list) else list(opt.default)
            if opt.kind is QByteArray:
                return raw if isinstance(raw, QByteArray) else QByteArray(bytes(raw))
            return opt.kind(raw)
        except (TypeError, ValueError):  # a hand-edited or damaged file: fall back to the default
            return opt.default

    def set(self, name: str, value: Any) -> None:
        opt = OPTIONS[name]
        if opt.kind is list:
            value = json.dumps(list(value), ensure_ascii=False)
        self.qsettings.setValue(name, value)

    def add_recent(self, path: str) -> list[str]:
        recent = [p for p in self.get("files/recent") if p != path]
        recent.insert(0, path)
        del recent[RECENT_MAX:]
        self.set("files/recent", recent)
        return recent

    def sync(self) -> None:
        self.qsettings.sync()
