"""An on-disk cache of a loaded corpus: its tables as Parquet, built once and read back until the input changes.

The built tables (sections, sentences, tokens) are Parquet files; the documents and the rejected rows, which
carry the user's own columns of any type, are pickled with the rest so that they come back exactly. The key
covers everything the tables depend on: the input files (relative names, sizes and modification times),
the event lexicon and the word lists given at loading, the loading options, and mediakit itself (its version and
the sizes and times of its modules and shipped word lists, so an edited rule also invalidates the cache). A key
that differs builds the tables again in a folder of its own; nothing is ever read from a stale entry. The warnings
the build gave (mojibake repaired, documents not in English) are kept and given again on every read.

Tables derived from a corpus that cost more than loading it (the actor mentions that the measures of actors,
quotes and labels read; the ledger of figures that crowd sizes read) are kept the same way by :func:`derived`:
once per corpus object in memory, and, for a corpus read from a cache entry, once in that entry, so that the
notebooks of one report compute them once between them.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import shutil
import tempfile
import warnings
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

TABLES = ("sections", "sentences", "tokens")      # built tables, as Parquet
AS_GIVEN = ("docs", "rejected")                     # the user's columns, any types: pickled, so kept exactly


def cache_key(path, lexicon, options: dict) -> str:
    """The cache key of a corpus loaded from ``path`` with ``lexicon`` and ``options``.

    Examples:
        >>> from mediakit.lexicons import Lexicon
        >>> a = cache_key("data/baghdad-2020-01-24", Lexicon({}), {"rename": {}})
        >>> a == cache_key("data/baghdad-2020-01-24", Lexicon({}), {"rename": {}})
        True
        >>> a == cache_key("data/baghdad-2020-01-24", Lexicon({"stopwords": ["said"]}), {"rename": {}})
        False
    """
    from . import __version__

    p = Path(path).resolve()
    files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
    package = Path(__file__).parent
    code = sorted([*package.glob("*.py"), *package.glob("lexicons/*.toml")])
    stamp = {
        "input": [(str(f.relative_to(p) if p.is_dir() else f.name), f.stat().st_size, f.stat().st_mtime_ns)
                  for f in files],
        "lexicon": repr(sorted(lexicon.data.items())) if lexicon else "",
        "options": repr(sorted(options.items())),
        "mediakit": [__version__, *[(f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in code]],
    }
    return hashlib.sha256(json.dumps(stamp, default=str).encode()).hexdigest()[:24]


def cached_corpus(cache: str | Path, path, lexicon, *, options: dict, build: Callable):
    """The corpus from ``cache`` if an entry for this input exists, else built by ``build()`` and stored.

    Returns:
        A :class:`mediakit.Corpus`, equal table for table to what ``build()`` returns.
    """
    from .corpus import Corpus

    entry = Path(cache) / cache_key(path, lexicon, options)
    if (entry / "meta.pickle").is_file():
        meta = pickle.loads((entry / "meta.pickle").read_bytes())
        tables = {name: _read(entry, name, meta["object_categories"][name]) for name in TABLES if name != "tokens"}
        for category, message in meta["warnings"]:
            warnings.warn(message, category, stacklevel=3)
        corpus = Corpus.reading_tokens_when_used(
            partial(_read, entry, "tokens", meta["object_categories"]["tokens"]), **tables,
            **{name: meta[name] for name in AS_GIVEN}, source=meta["source"], lexicon=meta["lexicon"])
        if "summary" in meta:
            object.__setattr__(corpus, "_summary", meta["summary"])     # without reading the tokens for it
        object.__setattr__(corpus, "_cache_entry", entry)
        return corpus
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = build()
    given = [(w.category, str(w.message)) for w in caught]
    for category, message in given:
        warnings.warn(message, category, stacklevel=3)
    entry.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=entry.parent) as tmp:
        for name in TABLES:
            getattr(corpus, name).to_parquet(Path(tmp) / f"{name}.parquet", index=False)
        (Path(tmp) / "meta.pickle").write_bytes(pickle.dumps(
            {"source": corpus.source, "lexicon": corpus.lexicon, "warnings": given,
             "object_categories": {name: _object_categories(getattr(corpus, name)) for name in TABLES},
             "summary": corpus.summary(),
             **{name: getattr(corpus, name) for name in AS_GIVEN}}))
        try:
            Path(tmp).rename(entry)                      # atomic: a reader sees a whole entry or none
        except OSError:                                  # another process stored it first
            shutil.rmtree(tmp, ignore_errors=True)
    object.__setattr__(corpus, "_cache_entry", entry)
    return corpus


def derived(corpus, name: str, compute: Callable[[], pd.DataFrame], *, disk: bool = True) -> pd.DataFrame:
    """The table ``name`` of ``corpus``, computed by ``compute()`` only the first time.

    It is kept on the corpus object; where the corpus came from a cache entry (``load_corpus(cache=...)``) and
    ``disk`` is true, also as ``<name>.parquet`` in that entry, written atomically under a lock, so that a second
    process asking for it at the same time waits for the first instead of computing it again. The entry's key
    already covers everything the table depends on (input, lexicon, options, mediakit's code).

    Returns:
        The table (a shallow copy: with pandas' copy-on-write, changing it never changes the kept one).
    """
    memo = corpus.__dict__.setdefault("_derived", {})
    if name not in memo:
        entry = corpus.__dict__.get("_cache_entry")
        memo[name] = compute() if not disk or entry is None or not Path(entry).is_dir() else _stored(
            Path(entry), name, compute)
    return memo[name].copy(deep=False)


def _stored(entry: Path, name: str, compute: Callable[[], pd.DataFrame]) -> pd.DataFrame:
    target = entry / f"{name}.parquet"
    try:
        import fcntl
    except ImportError:                                  # no POSIX locks (Windows): each process computes its own
        fcntl = None
    with open(entry / f"{name}.lock", "w") as lock:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)             # released when the file is closed
        if target.is_file():
            table = pd.read_parquet(target)
            give_back()
            return table
        table = compute()
        with tempfile.NamedTemporaryFile(dir=entry, suffix=".parquet", delete=False) as tmp:
            pass
        table.to_parquet(tmp.name, index=False)
        Path(tmp.name).replace(target)
        return table


def _read(entry: Path, name: str, object_categories: list[str]) -> pd.DataFrame:
    """The table ``name`` of a cache entry, as it was stored: read column by column, so that reading holds one
    column twice (as Arrow and as pandas) rather than the whole table (1.8 GB instead of 2.9 GB at peak for the
    1.2 GB token table of 37,000 articles)."""
    try:
        stored = pq.ParquetFile(entry / f"{name}.parquet")
        table = pd.DataFrame({c: stored.read(columns=[c]).to_pandas(split_blocks=True, self_destruct=True)[c]
                              for c in stored.schema_arrow.names}, copy=False)
    except FileNotFoundError as error:
        raise FileNotFoundError(f"the corpus's {name} table is gone from its cache entry {entry} (was the cache "
                                f"cleared?); load the corpus again") from error
    table = _restore(table, object_categories)
    give_back()
    return table


def give_back() -> None:
    """Returns to the system the memory Arrow's allocator keeps after a table is read (mimalloc and jemalloc
    keep freed blocks for reuse: reading the token table of the 20 MB file left 79 MB held that no table
    used, in every process that read it)."""
    pa.default_memory_pool().release_unused()


def _object_categories(table: pd.DataFrame) -> list[str]:
    """The categorical columns whose categories are Python objects (Parquet reads them back as strings)."""
    return [c for c in table.columns if isinstance(table[c].dtype, pd.CategoricalDtype)
            and table[c].cat.categories.dtype == object]


def _restore(table: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    for c in columns:
        col = table[c]
        table[c] = pd.Categorical.from_codes(col.cat.codes.to_numpy(),
                                             categories=pd.Index(col.cat.categories.to_numpy(dtype=object),
                                                                 dtype=object))
    return table
