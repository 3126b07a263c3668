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
import sys
import threading

_lock = threading.Lock()
_tokenizer = None
_dictionary: str | None = None
_cache_file: str | None = None

logging.getLogger("jieba").setLevel(logging.WARNING)


def import_jieba():
    """``import jieba`` without pkg_resources.

    jieba's ``_compat`` imports pkg_resources only to open its own data files, and falls back to a
    plain ``open`` beside its module when the import fails.  Importing pkg_resources scans every
    installed distribution: 60 of jieba's 85 ms of import, much of it in C calls that keep the
    interpreter lock from the window while the tables load in the background.  An entry of None in
    ``sys.modules`` makes that import fail, for the moment jieba is imported.
    """
    if "jieba" not in sys.modules and "pkg_resources" not in sys.modules:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
        try:
            import jieba  # noqa: F401
        finally:
            if sys.modules.get("pkg_resources", 0) is None:
                del sys.modules["pkg_resources"]
    import jieba

    return jieba


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


# The cache format: a magic line, then a marshalled (total, [chunk lengths]) header, then the
# prefix dictionary as marshalled dicts of CHUNK words each.  Decoding 9 MB in one marshal call holds
# the GIL for 0.2 to 0.5 s, which freezes the window while a worker thread loads the dictionary;
# decoded chunk by chunk, the UI thread gets its turn between chunks.
MAGIC = b"NFJIEBA1\n"
CHUNK = 20000


def dump_cache(freq: dict[str, int], total: int) -> bytes:
    """The prefix dictionary in the chunked cache format ``_load_cache`` reads."""
    items = list(freq.items())
    chunks = [marshal.dumps(dict(items[i : i + CHUNK])) for i in range(0, len(items), CHUNK)]
    header = marshal.dumps((total, [len(c) for c in chunks]))
    return MAGIC + len(header).to_bytes(4, "little") + header + b"".join(chunks)


def _decode(data: bytes) -> tuple[dict, int]:
    if not data.startswith(MAGIC):  # jieba's own format: one marshalled (freq, total)
        freq, total = marshal.loads(data)
        return freq, total
    view = memoryview(data)
    pos = len(MAGIC) + 4
    end = pos + int.from_bytes(view[len(MAGIC) : pos], "little")
    total, lengths = marshal.loads(view[pos:end])
    freq: dict[str, int] = {}
    pos = end
    for n in lengths:
        freq.update(marshal.loads(view[pos : pos + n]))
        pos += n
    return freq, total


def _load_cache(tk, path: str | None) -> bool:
    """Fill ``tk`` from a prefix-dictionary cache; False if absent or unusable.

    The file is read in one go (jieba's own ``marshal.load(file)`` reads it object by object,
    about as slow as parsing dict.txt) and decoded chunk by chunk (see ``dump_cache``).
    """
    if path is None or not os.path.isfile(path):
        return False
    try:
        with open(path, "rb") as f:
            freq, total = _decode(f.read())
    except (OSError, EOFError, ValueError, TypeError):
        return False
    if not isinstance(freq, dict) or not freq or not isinstance(total, int):
        return False
    tk.FREQ, tk.total, tk.initialized = freq, total, True
    return True


def _is_chunked(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _write_cache(tk) -> None:
    """Rewrite the user's cache in the chunked format (atomically); a failure only costs speed."""
    tmp = f"{tk.cache_file}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as f:
            f.write(dump_cache(tk.FREQ, tk.total))
        os.replace(tmp, tk.cache_file)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def tokenizer():
    """The shared ``jieba.Tokenizer``, initialised on first use (thread-safe)."""
    global _tokenizer
    if _tokenizer is not None:
        return _tokenizer
    with _lock:
        if _tokenizer is None:
            jieba = import_jieba()
            jieba.setLogLevel(logging.WARNING)  # jieba sets DEBUG on import; its progress lines are noise
            tk = jieba.Tokenizer(_dictionary) if _dictionary else jieba.Tokenizer()
            tk.cache_file = _cache_file or default_cache_file()
            tk.tmp_dir = os.path.dirname(tk.cache_file)
            # jieba's own dictionary: the shipped cache, else the user's; a configured dictionary
            # goes through jieba, which rebuilds the cache when the dictionary is newer.
            if _dictionary:
                os.makedirs(tk.tmp_dir, exist_ok=True)
                tk.initialize()
            elif not (not _cache_file and _load_cache(tk, bundled_cache_file())):
                if not _load_cache(tk, tk.cache_file):
                    os.makedirs(tk.tmp_dir, exist_ok=True)
                    tk.initialize()  # parses dict.txt and writes jieba's one-piece cache ...
                if not _is_chunked(tk.cache_file):
                    _write_cache(tk)  # ... which the chunked one replaces for later starts
            _tokenizer = tk
    return _tokenizer


def word_across(left: str, right: str) -> tuple[int, int, str] | None:
    """The word jieba reads across the join of ``left`` and ``right`` (城市更 / 新提质: 更新), as
    (start, end, word) in ``left + right``; None when the join falls between two words."""
    cut = len(left)
    pos = 0
    for w in tokenizer().cut(left + right, HMM=True):
        if pos < cut < pos + len(w):
            return pos, pos + len(w), w
        pos += len(w)
    return None


def is_loaded() -> bool:
    return _tokenizer is not None
