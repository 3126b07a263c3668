"""Where NewsFacts keeps its data: the review database, newsroom memory, caches.

``NEWSFACTS_DATA_DIR`` overrides the data folder (tests point it at a temporary folder);
otherwise the platform's user data folder (platformdirs).
"""

from __future__ import annotations

import os
import sys

from .. import APP_NAME


def data_dir() -> str:
    env = os.environ.get("NEWSFACTS_DATA_DIR")
    if env:
        return env
    import platformdirs

    return platformdirs.user_data_dir(APP_NAME, appauthor=False)


def cache_dir() -> str:
    env = os.environ.get("NEWSFACTS_CACHE_DIR")
    if env:
        return env
    env = os.environ.get("NEWSFACTS_DATA_DIR")
    if env:
        return os.path.join(env, "cache")
    import platformdirs

    return platformdirs.user_cache_dir(APP_NAME, appauthor=False)


def resources_dir() -> str:
    """resources/ of a source checkout, or the bundled copy in a packaged app.

    In the packaged app this module's ``__file__`` names a file inside the bundle's archive
    (…/_internal/newsfacts/core/paths.pyc) whose folder is not on disk, so a path is made from it
    lexically (normpath) before the disk is asked, and the bundle's own folder comes first.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    here = os.path.dirname(os.path.abspath(__file__))
    candidates = [os.path.join(bundle, "newsfacts", "resources")] if bundle else []
    candidates += [
        os.path.normpath(os.path.join(here, "..", "resources")),  # packaged: newsfacts/resources
        os.path.normpath(os.path.join(here, "..", "..", "..", "resources")),  # checkout: desktop/newsfacts/core
    ]
    for candidate in candidates:
        if os.path.isdir(candidate):
            return candidate
    return candidates[-1]


def dictionary_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of resources/dictionaries/``name`` (comments and blank lines left
    out); none when the file cannot be read (a check then finds nothing, a list is empty)."""
    try:
        with open(os.path.join(resources_dir(), "dictionaries", name), encoding="utf-8") as fh:
            return [line.rstrip("\n").split("\t") for line in fh if line.strip() and not line.startswith("#")]
    except OSError:
        return []


def dictionary_words(name: str) -> frozenset[str]:
    """The words of a one-word-a-line list in resources/dictionaries (empty when it cannot be read)."""
    return frozenset(row[0].strip() for row in dictionary_rows(name) if row[0].strip())
