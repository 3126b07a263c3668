"""The one jieba tokenizer of the process: loaded once, on demand, from a cache read in one go.

jieba's default initialisation parses its 5 MB dictionary (0.6 to 0.8 s).  The tokenizer built
here keeps the parsed prefix dictionary in a cache file beside the user's data, so later starts
read it in one go.  Code that needs segmentation calls ``tokenizer()``; tests and the packaged
app may point it at another dictionary with ``configure``.
"""

from __future__ import annotations

import logging
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


def tokenizer():
    """The shared ``jieba.Tokenizer``, initialised on first use (thread-safe)."""
    global _tokenizer
    if _tokenizer is not None:
        return _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)  # jieba sets its logger to DEBUG when imported
            tk = jieba.Tokenizer(_dictionary) if _dictionary else jieba.Tokenizer()
            tk.cache_file = _cache_file or default_cache_file()
            tk.tmp_dir = os.path.dirname(tk.cache_file)
            os.makedirs(tk.tmp_dir, exist_ok=True)
            tk.initialize()
            _tokenizer = tk
    return _tokenizer


def is_loaded() -> bool:
    return _tokenizer is not None
