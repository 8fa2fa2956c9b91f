"""A corpus larger than memory, or than one machine: documents in Dask partitions, measures as maps over them.

``scan_corpus(path)`` reads nothing yet: it opens a folder (or glob) of Parquet, CSV or JSON-lines shards as a
``dask.dataframe`` of documents. The per-document measures take the lazy corpus where they take a loaded one
(``mk.term_counts(lazy)``, ``mk.keyness(lazy)``, ``mk.word_choice(lazy)``, ``mk.word_choice_rates(occ, lazy)``,
``mk.figures(lazy)``, ``mk.crowd_estimates(lazy)``, ``mk.actor_mentions(lazy)``, ``mk.actor_labels(lazy)``,
``mk.quotes(lazy)``, ``mk.voices(quote_table, lazy)``): each partition is loaded with
:func:`mediakit.load_corpus` on a worker, the same function runs on it and sends back its small table, and the
statistics across outlets (keyness, rates, voices) reduce those tables. One code path: the measure is the same
function in both cases; only where it runs changes.

Actors are joined across documents (a surname alone in one article is the full name another article gives), so
their measures first count, over every partition, what that joining reads (the capitalised words, then each
name's mentions: :func:`mediakit.actors.actor_index`); the counts are summed here, the actors are joined once, and
every partition names its mentions with that index, as one pass over the whole corpus would. Quotes also sum the
pronoun evidence of each person (:func:`mediakit.actors.gender_votes`) before reading the partitions. Each of
these passes finds the partition's names again: actors cost about three passes, quotes four.

The work runs on a ``dask.distributed`` cluster: a ``LocalCluster`` on this machine by default (one worker per
core, one thread each, with a memory cap), or any cluster by address (``client=Client("tcp://...")``). Memory
stays bounded because a worker holds one partition's tables at a time; a partition is one shard file or one
Parquet row group, so write shards of tens of megabytes.

Not on partitions: the sentence alignment of coverage (each sentence against every other outlet's), which needs
a loaded :class:`mediakit.Corpus`. Summaries of a row table (``mk.actors(lazy)``, ``mk.voices``) read the rows
the partitions sent back.
"""

from __future__ import annotations

import glob
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .corpus import CorpusError, find_lexicon, load_corpus, parse_renames
from .lexicons import Lexicon

SHARD_SUFFIXES = (".parquet", ".csv", ".jsonl")
FOLD_EVERY = 16            # partitions' results held before they are folded into one


@dataclass
class LazyCorpus:
    """Documents in Dask partitions, with the event lexicon every partition is loaded with.

    Attributes:
        docs: A ``dask.dataframe.DataFrame`` of the documents (``doc_id, outlet, text`` and any metadata).
        lexicon: The event lexicon (as for :func:`mediakit.load_corpus`).
        client: The ``dask.distributed`` client the work runs on.
        source: What was scanned.
    """

    docs: Any
    lexicon: Lexicon
    client: Any
    source: str = ""
    _own_cluster: Any = field(default=None, repr=False)

    @property
    def npartitions(self) -> int:
        return self.docs.npartitions

    def map(self, func: Callable, *args, combine: Callable[[list], Any] | None = None, out: str | Path | None = None,
            **kwargs) -> Any:
        """Runs ``func(corpus, *args, **kwargs)`` on every partition, loaded as a :class:`mediakit.Corpus`.

        Results are fetched as partitions finish and released on the workers at once; a ``combine`` folds them
        in partition order every :data:`FOLD_EVERY` results, so neither the workers nor this process hold every
        partition's table at one time. Row tables (the default) are joined once at the end: for one larger
        than this machine's memory, give ``out``.

        Args:
            func: A function of a loaded corpus (a mediakit measure, or your own, defined at module level).
            combine: How a list of consecutive partitions' results becomes one (default: their tables
                concatenated, in partition order). It must give the same whether applied once or in steps
                (``combine([combine(a), combine(b)]) == combine(a + b)``), as sums and concatenations do.
            out: A folder: each partition's table is written there by its worker as ``part-NNNNN.parquet``
                (for row tables larger than this machine's memory) instead of being sent back.

        Returns:
            What ``combine`` returns: by default one pandas DataFrame; with ``out``, a lazy
            ``dask.dataframe`` over the written files.
        """
        if out is not None:
            Path(out).mkdir(parents=True, exist_ok=True)
            self._run(_written, lambda i: (func, str(out), args, kwargs, i), {}, lambda parts: sum(parts, []))
            import dask.dataframe as dd

            return dd.read_parquet(str(Path(out) / "part-*.parquet"))
        return self._run(func, lambda i: args, kwargs, combine)

    def _run(self, func: Callable, args_of: Callable[[int], tuple], kwargs: dict,
             combine: Callable[[list], Any] | None) -> Any:
        """:meth:`map`'s work: ``func(corpus, *args_of(i), **kwargs)`` on partition ``i``, results combined."""
        import dask
        from distributed import as_completed

        fold = combine is not None                           # a reduction: fold as results come in
        combine = combine or concat_rows                      # rows: joined once, at the end (no re-copying)
        tasks = [dask.delayed(_on_partition)(part, self.lexicon, func, args_of(i), kwargs)
                 for i, part in enumerate(self.docs.to_delayed())]
        futures = self.client.compute(tasks)
        order = {f.key: i for i, f in enumerate(futures)}
        del tasks
        waiting, folded, said_all, done = {}, [], {}, 0
        for future, (result, said) in as_completed(futures, with_results=True):
            waiting[order[future.key]] = result
            future.release()                                  # the worker may forget it now
            said_all.update(dict.fromkeys(said))
            while done in waiting:                            # fold only a run of consecutive partitions
                folded.append(waiting.pop(done))
                done += 1
                if fold and len(folded) >= FOLD_EVERY:
                    folded = [combine(folded)]
        del futures
        for category, message in said_all:
            warnings.warn(message, category, stacklevel=4)     # at the line that called the measure
        return combine(folded)

    def share(self, value: Any) -> Any:
        """``value`` sent once to every worker (a future that :meth:`map` passes on as the value itself), for an
        argument every partition reads, such as a corpus-wide index."""
        return self.client.scatter(value, broadcast=True, hash=False)

    def outlets(self) -> list[str]:
        """Every outlet, sorted (reads only the ``outlet`` column)."""
        return sorted(self.client.compute(self.docs["outlet"].astype(str).str.strip().unique()).result())

    def close(self) -> None:
        """Closes the client and the local cluster this corpus started (not a cluster given by address)."""
        if self._own_cluster is not None:
            self.client.close()
            self._own_cluster.close()
            self._own_cluster = None

    def __enter__(self) -> LazyCorpus:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def concat_rows(parts: list[pd.DataFrame], *, sort_by: list[str] | None = None) -> pd.DataFrame:
    """The row tables of the partitions as one, in partition order (or sorted by ``sort_by``, as the measure
    sorts its own rows), keeping the first table's ``attrs`` (what the measure searched)."""
    kept = [r for r in parts if len(r)] or parts[:1]
    out = pd.concat(kept, ignore_index=True) if kept else pd.DataFrame()
    if sort_by and len(out):
        out = out.sort_values(sort_by, kind="stable").reset_index(drop=True)
    out.attrs = parts[0].attrs if parts else {}
    return out


def is_lazy(corpus) -> bool:
    """Whether ``corpus`` is a :class:`LazyCorpus` (the measures then map over its partitions)."""
    return isinstance(corpus, LazyCorpus)


def _written(corpus, func: Callable, out: str, args: tuple, kwargs: dict, index: int) -> list[str]:
    """On a worker: the measure's table of one partition, written to ``out`` (returns the file's name)."""
    path = Path(out) / f"part-{index:05d}.parquet"
    table = func(corpus, *args, **kwargs)
    table.astype({c: str for c in table.columns if isinstance(table[c].dtype, pd.CategoricalDtype)}).to_parquet(
        path, index=False)
    return [path.name]


def _on_partition(frame: pd.DataFrame, lexicon: Lexicon, func: Callable, args: tuple, kwargs: dict):
    """On a worker: load one partition, run the measure, return its table and the warnings it gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(frame.reset_index(drop=True), lexicon=lexicon, quiet=True)
        result = func(corpus, *args, **kwargs)
    return result, [(w.category, str(w.message)) for w in caught]


def build_tables_on(client, docs: pd.DataFrame, lexicon: Lexicon, *, batch_chars: int = 4_000_000
                    ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """:func:`mediakit.corpus.build_tables` on a Dask cluster: batches of documents are built on the workers and
    their tables joined here, in document order (categoricals unified, so every code means what it meant).

    Returns:
        ``(sections, sentences, tokens)``, with the rows a local build gives.
    """
    bounds, size = [0], 0
    for i, length in enumerate(docs["text"].str.len().fillna(0).astype(int)):
        size += length
        if size >= batch_chars:
            bounds.append(i + 1)
            size = 0
    if bounds[-1] < len(docs):
        bounds.append(len(docs))
    futures = [client.submit(_tables_of, docs.iloc[a:b], lexicon, pure=False)
               for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
    parts = client.gather(futures)
    return tuple(_join_tables([p[k] for p in parts]) for k in range(3))


def _tables_of(docs: pd.DataFrame, lexicon: Lexicon):
    from .corpus import build_tables, word_lists

    rules, aliases, stopwords = word_lists(lexicon)
    return build_tables(docs.reset_index(drop=True), rules=rules, aliases=aliases, stopwords=stopwords)


def _join_tables(parts: list[pd.DataFrame]) -> pd.DataFrame:
    from pandas.api.types import union_categoricals

    if len(parts) == 1:
        return parts[0]
    columns = {}
    for column in parts[0].columns:
        pieces = [p[column] for p in parts]
        if isinstance(pieces[0].dtype, pd.CategoricalDtype):
            columns[column] = union_categoricals([p.array for p in pieces])
        else:
            columns[column] = pd.concat(pieces, ignore_index=True)
    return pd.DataFrame(columns)


def scan_corpus(path: str | Path, *, rename: Mapping[str, str] | str | None = None, lexicon=None, client=None,
                workers: int | None = None, memory_limit: str = "2GB") -> LazyCorpus:
    """A lazy corpus over shard files, for corpora larger than memory or than one machine.

    Args:
        path: A folder of ``.parquet``, ``.csv`` or ``.jsonl`` shards (one kind), a glob
            (``"news/2024-*.parquet"``), or one such file. Each row is a document with ``outlet`` and ``text``
            (and ``doc_id``, unique across all shards, plus any metadata).
        rename: Column renames, as for :func:`mediakit.load_corpus`.
        lexicon: The event lexicon (a TOML path or mapping); by default the folder's ``lexicon.toml``.
        client: A ``dask.distributed.Client`` to run on (e.g. ``Client("tcp://scheduler:8786")``); by default a
            ``LocalCluster`` is started here and closed by :meth:`LazyCorpus.close`.
        workers: Workers of that local cluster (default: one per core), one thread each.
        memory_limit: Each local worker's memory cap (Dask restarts a worker that passes it).

    Returns:
        A :class:`LazyCorpus`.

    Raises:
        CorpusError: If no shards are found, they mix formats, or ``outlet``/``text`` columns are missing.
    """
    import dask.dataframe as dd

    files = _shards(path)
    suffix = files[0].suffix.lower()
    if suffix == ".parquet":
        docs = dd.read_parquet([str(f) for f in files])
    elif suffix == ".jsonl":
        docs = dd.read_json([str(f) for f in files], lines=True, blocksize=None, dtype=False)
    else:                                       # a quoted field may hold newlines: one partition per file
        docs = dd.read_csv([str(f) for f in files], blocksize=None, dtype=str, keep_default_na=False)
    renames = parse_renames(rename)
    if renames:
        docs = docs.rename(columns=renames)
    missing = [c for c in ("outlet", "text") if c not in docs.columns]
    if missing:
        raise CorpusError(f"{path}: missing required column(s) {', '.join(missing)}; the shards have "
                          f"{', '.join(map(str, docs.columns))}. Map yours with rename={{'your_name': 'text'}}.")
    lex = find_lexicon(path, lexicon)             # a folder's lexicon.toml, as load_corpus finds it
    own = None
    if client is None:
        from distributed import Client, LocalCluster

        own = LocalCluster(n_workers=workers, threads_per_worker=1, memory_limit=memory_limit, processes=True,
                           dashboard_address=":0", silence_logs=50)
        client = Client(own)
    return LazyCorpus(docs, lex, client, str(path), own)


def _shards(path: str | Path) -> list[Path]:
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.iterdir() if f.suffix.lower() in SHARD_SUFFIXES)
    elif p.is_file():
        files = [p]
    else:
        files = sorted(Path(f) for f in glob.glob(str(path)) if Path(f).suffix.lower() in SHARD_SUFFIXES)
    if not files:
        raise CorpusError(f"{path}: no .parquet, .csv or .jsonl shards found. Give a folder of shards, a glob "
                          "such as 'news/*.parquet', or one file.")
    kinds = sorted({f.suffix.lower() for f in files})
    if len(kinds) > 1:
        raise CorpusError(f"{path}: shards of several formats ({', '.join(kinds)}); keep one format per corpus.")
    return files
