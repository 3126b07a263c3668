"""The one jieba tokenizer of the process: loaded once, on demand, from a cache read in one go.

jieba's default initialisation parses its 5 MB dictionary (0.6 to 0.8 s).  The tokenizer built
here keeps the parsed prefix dictionary in a cache file beside the user's data, so later starts
read it in one go.  The packaged app ships that cache, built at build time, in its resources
(``resources/jieba/jieba.cache``): when it is there and jieba's own dictionary is in use, it is read
in one go and nothing is parsed or written.  Code that needs segmentation calls ``tokenizer()``;
tests may point it at another dictionary with ``configure``.
"""

from __future__ import annotations

import logging
import marshal
import os
import threading

_lock = threading.Lock()
_tokenizer = None
_dictionary: str | None = None
_cache_file: str | None = None

logging.getLogger("jieba").setLevel(logging.WARNING)


def configure(dictionary: str | None = None, cache_file: str | None = None) -> None:
    """Use another main dictionary or cache file; the next ``tokenizer()`` call reloads."""
    global _tokenizer, _dictionary, _cache_file
    with _lock:
        _dictionary, _cache_file, _tokenizer = dictionary, cache_file, None


def default_cache_file() -> str:
    from ..paths import cache_dir

    return os.path.join(cache_dir(), "jieba.cache")


BUNDLED_CACHE = os.path.join("jieba", "jieba.cache")  # inside resources_dir(); written by packaging/newsfacts.spec


def bundled_cache_file() -> str | None:
    """The prefix-dictionary cache shipped with a packaged app, if there is one."""
    from .. import paths

    path = os.path.join(paths.resources_dir(), BUNDLED_CACHE)
    return path if os.path.isfile(path) else None


def _load_cache(tk, path: str | None) -> bool:
    """Fill ``tk`` from a prefix-dictionary cache (jieba's marshal format); False if absent or unusable.

    The file is read in one go: jieba's own ``marshal.load(file)`` reads it object by object, which
    takes about as long as parsing dict.txt (0.9 s against 0.3 s here).
    """
    if path is None or not os.path.isfile(path):
        return False
    try:
        with open(path, "rb") as f:
            freq, total = marshal.loads(f.read())  # one read: marshal.load(f) reads piece by piece
    except (OSError, EOFError, ValueError, TypeError):
        return False
    if not isinstance(freq, dict) or not freq or not isinstance(total, int):
        return False
    tk.FREQ, tk.total, tk.initialized = freq, total, True
    return True


def tokenizer():
    """The shared ``jieba.Tokenizer``, initialised on first use (thread-safe)."""
    global _tokenizer
    if _tokenizer is not None:
        return _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)  # jieba sets DEBUG on import; its progress lines are noise
            tk = jieba.Tokenizer(_dictionary) if _dictionary else jieba.Tokenizer()
            tk.cache_file = _cache_file or default_cache_file()
            tk.tmp_dir = os.path.dirname(tk.cache_file)
            # jieba's own dictionary: the shipped cache, else the user's; a configured dictionary
            # goes through jieba, which rebuilds the cache when the dictionary is newer.
            if _dictionary or not (
                (not _cache_file and _load_cache(tk, bundled_cache_file())) or _load_cache(tk, tk.cache_file)
            ):
                os.makedirs(tk.tmp_dir, exist_ok=True)
                tk.initialize()
            _tokenizer = tk
    return _tokenizer


def is_loaded() -> bool:
    return _tokenizer is not None
