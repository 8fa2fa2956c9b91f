"""Loading a corpus: reading and checking the input, then building its tables once.

A corpus is a folder with ``metadata.csv`` (``doc_id, outlet, file`` required; ``title, published, url`` and
any other columns kept) and one text file per document, or a single ``.csv``, ``.jsonl`` or ``.parquet`` file
with one row per article (``outlet`` and ``text`` required). The texts are never changed: every table points
into them by character offsets. The tables follow quanteda's grammar (Benoit et al. 2018, "quanteda: An R
package for the quantitative analysis of textual data", JOSS 3(30)): corpus -> sections/sentences -> tokens,
each a tidy DataFrame with fixed columns.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import re
import sys
import threading
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from . import clean
from .lexicons import (
    NO_LEXICON,
    Extra,
    Lexicon,
    load_aliases,
    load_cleaning,
    load_lexicon,
    load_punkt,
    load_stopwords,
)
from .tokens import in_spans, is_punct, norm, quote_spans, sentence_breaks, tokenize_coded

STANDARD_COLUMNS = ("doc_id", "outlet", "title", "published", "url")
TABLE_SUFFIXES = (".csv", ".jsonl", ".parquet")
STRING = pd.StringDtype("pyarrow")
LEXICON_FILE = "lexicon.toml"    # an event lexicon in a corpus folder is picked up by load_corpus
BATCH_CHARS = 1_000_000
PROGRESS_FROM = 500              # show a progress bar from this many documents on (progress=None)


Voice = Literal["own", "quoted", "all"]


def check_voice(voice: str) -> None:
    """Raises a clear ValueError unless ``voice`` is one of own, quoted, all."""
    if voice not in ("own", "quoted", "all"):
        raise ValueError(f"voice must be 'own' (the outlet's words), 'quoted' (inside quotation marks) or 'all', "
                         f"not {voice!r}")


class CorpusError(ValueError):
    """A corpus that cannot be read; the message names the file and row and says how to fix it."""


class CorpusWarning(UserWarning):
    """Something in the input that loading worked around; the message says what and where."""


@dataclass(frozen=True)
class Corpus:
    """A loaded corpus: the documents and the tables computed from them, once.

    Attributes:
        docs: One row per document: ``doc_id, outlet, title, published, url, text`` and any extra metadata
            columns (for folder corpora also ``file`` and ``encoding``). ``text`` is the raw text, unchanged.
        sections: ``doc_id, section, start, end, reason``: runs of paragraphs (or of pieces of one, where an
            inline cleaning rule set a span inside it aside), ``section`` one of
            ``headline, body, caption, boilerplate, comments``.
        sentences: ``doc_id, sentence_id, section, start, end, text``; ``text`` is ``docs.text[start:end]``
            with any span set aside inside the sentence blanked (as many spaces, so offsets still hold).
        tokens: ``doc_id, sentence_id, token_id, start, end, token, norm, is_stop, is_punct, section, quoted``;
            ``quoted`` is True inside quotation marks (the speaker's words, not the outlet's).
        rejected: ``file, row, problem``: input set aside instead of loaded (empty unless
            ``on_error="skip"`` or the folder holds text files that ``metadata.csv`` does not list).
        source: Where the corpus was read from.
        lexicon: The event lexicon the corpus was loaded with (its folder's ``lexicon.toml``, or the one given);
            every measure reads its word lists from here, after the shipped ones.

    Every ``start``/``end`` is a character offset into ``docs.text`` of its document.

    A corpus read back from a cache entry (``load_corpus(cache=...)``) reads its ``tokens`` from there the first
    time they are used: the actor mentions, quotes and figures never use them, and on a year of news the token
    table is the largest one a process would otherwise hold.
    """

    docs: pd.DataFrame
    sections: pd.DataFrame
    sentences: pd.DataFrame
    tokens: pd.DataFrame
    rejected: pd.DataFrame
    source: str = ""
    lexicon: Lexicon = NO_LEXICON

    @classmethod
    def reading_tokens_when_used(cls, read: Callable[[], pd.DataFrame], **tables) -> Corpus:
        """A corpus whose ``tokens`` are ``read()`` the first time they are used (see the class docstring)."""
        corpus = cls(tokens=pd.DataFrame(), **tables)
        object.__delattr__(corpus, "tokens")              # so that the class's _TokensWhenUsed answers
        object.__setattr__(corpus, "_read_tokens", read)
        return corpus

    def select(self, *, outlet: Iterable[str] | str | None = None,
               doc_id: Iterable[str] | str | None = None) -> Corpus:
        """The sub-corpus of the given outlets and/or documents, as a new ``Corpus``.

        Raises:
            KeyError: naming any outlet or doc_id not in the corpus.
        """
        keep = pd.Series(True, index=self.docs.index)
        for column, wanted in (("outlet", outlet), ("doc_id", doc_id)):
            if wanted is None:
                continue
            wanted = [wanted] if isinstance(wanted, str) else list(wanted)
            unknown = sorted(set(wanted) - set(self.docs[column]))
            if unknown:
                raise KeyError(f"{column} not in the corpus: {unknown}; it has {sorted(set(self.docs[column]))}")
            keep &= self.docs[column].isin(wanted)
        docs = self.docs[keep].reset_index(drop=True)
        ids = set(docs["doc_id"])
        return replace(self, docs=docs, sections=_subset(self.sections, ids),
                       sentences=_subset(self.sentences, ids), tokens=_subset(self.tokens, ids))

    def words(self, *, sections: Sequence[str] = clean.ANALYSED, stopwords: Literal["keep", "drop"] = "keep",
              voice: Voice = "all") -> pd.DataFrame:
        """The tokens that are words (not punctuation) in the chosen sections: what every count counts.

        Args:
            sections: Which sections (headlines and bodies by default).
            stopwords: ``"keep"`` (default) or ``"drop"`` the stopwords.
            voice: ``"all"`` words (default), only the outlet's ``"own"`` (outside quotation marks), or only
                the ``"quoted"`` ones.

        Returns:
            The rows of ``tokens``, same columns, plus ``outlet``.
        """
        if stopwords not in ("keep", "drop"):
            raise ValueError(f"stopwords must be 'drop' or 'keep', not {stopwords!r}")
        check_voice(voice)
        keep = is_in(self.tokens["section"], sections) & ~self.tokens["is_punct"].to_numpy()
        if stopwords == "drop":
            keep &= ~self.tokens["is_stop"].to_numpy()
        if voice != "all":
            keep &= self.tokens["quoted"].to_numpy() == (voice == "quoted")
        out = self.tokens[keep]
        per_doc = self.docs.set_index("doc_id")["outlet"].reindex(out["doc_id"].cat.categories)
        codes, names = pd.factorize(per_doc.to_numpy())
        outlet = pd.Categorical.from_codes(codes[codes_of(out["doc_id"])] if len(out) else
                                           np.zeros(0, np.int64), categories=pd.Index(names, dtype=object))
        return out.assign(outlet=outlet)

    def texts(self, *, sections: Sequence[str] = clean.ANALYSED) -> pd.DataFrame:
        """The text of the chosen sections of each document, paragraphs joined by blank lines (for reading).

        Returns:
            ``doc_id, outlet, text``, one row per document (a span set aside inside a sentence is left out).
            Offsets in other tables refer to ``docs.text``, not to this text.
        """
        raw = dict(zip(self.docs["doc_id"], self.docs["text"], strict=True))
        aside = self.sections[~self.sections["section"].isin(sections)]
        cut = {d for d, a, b in zip(aside["doc_id"], aside["start"], aside["end"], strict=True)
               if clean.on_the_line(raw[d], a, b)}          # a paragraph with a span set aside inside it
        s = self.sections[self.sections["section"].isin(sections) & ~self.sections["doc_id"].isin(cut)]
        doc_ids, parts = s["doc_id"].tolist(), [raw[d][a:b] for d, a, b in zip(s["doc_id"], s["start"], s["end"],
                                                                              strict=True)]
        for d, g in self.sections[self.sections["doc_id"].isin(cut)].groupby("doc_id", sort=False):
            text, runs = clean.reading(raw[d], zip(g["section"], g["start"], g["end"], strict=True), sections)
            doc_ids += [d] * len(runs)
            parts += [re.sub(r"(?<=\S) {2,}(?=\S)", " ", text[a:b]) for _, a, b in runs]
        joined = pd.Series(parts, dtype=object).groupby(doc_ids, sort=False).agg("\n\n".join)
        out = self.docs[["doc_id", "outlet"]].copy()
        out["text"] = out["doc_id"].map(joined).fillna("")
        return out

    def summary(self) -> str:
        """One line: documents, outlets, words analysed, what was set aside."""
        if "_summary" in self.__dict__:
            return self.__dict__["_summary"]             # kept with a cache entry
        n_words = int(self._words_by_doc_and_section().reindex(columns=clean.ANALYSED, fill_value=0).to_numpy().sum())
        aside = self.sections[~self.sections["section"].isin(clean.ANALYSED)]
        kinds = ", ".join(f"{k} {n}" for k, n in aside["section"].value_counts().items()) or "nothing"
        n_outlets = self.docs['outlet'].nunique()
        line = (f"{len(self.docs):,} document{'s' * (len(self.docs) != 1)} from {n_outlets:,} "
                f"outlet{'s' * (n_outlets != 1)}, {n_words:,} words in headlines and bodies; set aside: {kinds}")
        if self.lexicon:
            line += f"; event lexicon: {Path(self.lexicon.source).name or 'given'}"
        if len(self.rejected):
            line += f"; rejected {len(self.rejected):,} input files or rows (see .rejected)"
        return line

    def overview(self) -> pd.DataFrame:
        """One row per document: what it is and how much of it is analysed.

        Returns:
            ``doc_id, outlet, title, published, chars, headline_words, body_words, set_aside_chars,
            sentences``: ``*_words`` count word tokens (not punctuation); ``set_aside_chars`` the characters
            in captions, boilerplate and comments.
        """
        words = self._words_by_doc_and_section()
        s = self.sections
        aside = (s["end"] - s["start"])[~s["section"].isin(clean.ANALYSED)].groupby(s["doc_id"]).sum()
        n_sent = self.sentences[self.sentences["section"].isin(clean.ANALYSED)].groupby(
            "doc_id", observed=False).size()
        out = self.docs[["doc_id", "outlet", "title", "published"]].copy()
        out["chars"] = self.docs["text"].str.len().to_numpy()
        for section in clean.ANALYSED:
            column = words[section] if section in words.columns else pd.Series(dtype=int)
            out[f"{section}_words"] = out["doc_id"].map(column).fillna(0).astype(int)
        out["set_aside_chars"] = out["doc_id"].map(aside).fillna(0).astype(int)
        out["sentences"] = out["doc_id"].map(n_sent).fillna(0).astype(int)
        return out

    def _words_by_doc_and_section(self) -> pd.DataFrame:
        """Word tokens (not punctuation) per document (rows) and section (columns), counted on the categories'
        codes: no copy of the token table (1.2 GB for a year of news)."""
        t = self.tokens
        word = ~t["is_punct"].to_numpy()
        docs, sections = t["doc_id"].cat.categories, t["section"].cat.categories
        cell = codes_of(t["doc_id"])[word].astype(np.int64) * len(sections) + \
            codes_of(t["section"])[word]
        counts = np.bincount(cell, minlength=len(docs) * len(sections)).reshape(len(docs), len(sections))
        return pd.DataFrame(counts, index=docs, columns=sections)

    def __repr__(self) -> str:
        return f"Corpus({self.summary()}; source={self.source!r})"


class _TokensWhenUsed:
    """``Corpus.tokens`` where the instance has none yet: read by the corpus's ``_read_tokens`` and kept."""

    def __get__(self, corpus, owner=None):
        if corpus is None:
            return self
        read = corpus.__dict__.get("_read_tokens")
        if read is None:
            raise AttributeError("tokens")
        tokens = read()
        object.__setattr__(corpus, "tokens", tokens)
        return tokens


Corpus.tokens = _TokensWhenUsed()               # after @dataclass, which would take it for the field's default


def load_corpus(
    path: str | Path | pd.DataFrame,
    *,
    rename: Mapping[str, str] | str | None = None,
    lexicon: Extra | Lexicon | Literal[False] = None,
    aliases: Extra = None,
    stopwords: Extra | Iterable[str] = None,
    cleaning: Extra = None,
    on_error: Literal["raise", "skip"] = "raise",
    progress: bool | None = None,
    quiet: bool = False,
    cache: str | Path | None = None,
    client=None,
    workers: int | None = None,
) -> Corpus:
    """Reads a corpus and builds its sections, sentences and tokens.

    Args:
        path: A corpus folder (``metadata.csv`` + text files), a ``.csv``/``.jsonl``/``.parquet`` file with a
            ``text`` column, or a DataFrame of that form.
        rename: Column renames applied to the metadata first, e.g. ``{"id": "doc_id", "date": "published"}`` or
            ``"id=doc_id,date=published"``.
        lexicon: The event lexicon (a TOML path or mapping; see :mod:`mediakit.lexicons`): actors, name
            variants, framing families, claims, stopwords, cleaning rules for this event. By default the
            ``lexicon.toml`` of a corpus folder, if there is one; ``False`` ignores it. It is kept as
            ``Corpus.lexicon`` and every measure reads it.
        aliases: Extra spelling variants (TOML path or mapping), added to ``lexicons/aliases.toml``.
        stopwords: Extra stopwords (a list, or a TOML path/mapping with ``words``).
        cleaning: Extra cleaning rules (TOML path or mapping), tried before ``lexicons/cleaning.toml``.
            These three are folded into ``Corpus.lexicon``, so they reach every measure as the lexicon does.
        on_error: ``"raise"`` stops at the first unreadable document; ``"skip"`` sets it aside in
            ``Corpus.rejected`` with a warning and loads the rest.
        progress: Show a progress bar; by default only from 500 documents on, and not when ``quiet``.
        quiet: Print neither the one-line summary nor (unless ``progress=True``) the progress bar.
        cache: A folder for the built tables (Parquet). The tables are built once and read back from there
            until the input files (names, sizes, modification times), the word lists, the options or mediakit's
            version change; ``mediakit report`` uses it so that every notebook reads the corpus built once.
            Ignored for a DataFrame.
        client: A ``dask.distributed.Client``: the documents are read here and their tables built on its
            workers, batch by batch, then brought back (``mediakit report --scheduler``). The tables hold the
            same rows as a local build.
        workers: Processes that build the tables of batches of documents (about 1 MB of text each) at once. By
            default one per core, on Linux (a worker is a fork of this process, so the texts are not copied);
            ``1`` builds them in this process, as is always done on macOS and Windows, off the main thread and
            inside a Dask worker. The tables are the same either way.

    Returns:
        A :class:`Corpus`.

    Raises:
        CorpusError: When the input cannot be read; the message names the file and row and the fix.

    Examples:
        >>> corpus = load_corpus("data/baghdad-2020-01-24", quiet=True)
        >>> corpus.docs["outlet"].tolist()[:2]
        ['Radio Farda (RFE/RL)', 'Kurdistan 24']
    """
    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
    check_workers(workers)
    rename = parse_renames(rename)
    lex = find_lexicon(path, lexicon).adding("aliases", aliases).adding("stopwords", stopwords).adding(
        "cleaning", cleaning)                          # word lists given here reach every measure too
    if cache is not None and not isinstance(path, pd.DataFrame):
        from .store import cached_corpus

        corpus = cached_corpus(cache, path, lex, options={"rename": rename, "on_error": on_error},
                               build=lambda: _build(path, lex, rename, on_error, progress, quiet, client, workers))
    else:
        corpus = _build(path, lex, rename, on_error, progress, quiet, client, workers)
    if not quiet:
        print(corpus.summary())
    return corpus


def _build(path, lex: Lexicon, rename: dict[str, str], on_error: str, progress: bool | None, quiet: bool,
           client=None, workers: int | None = None) -> Corpus:
    rules, alias_table, stop = word_lists(lex)
    docs, rejected, source = read_docs(path, rename=rename, on_error=on_error)
    show = progress if progress is not None else len(docs) >= PROGRESS_FROM and not quiet
    docs = docs.assign(language=languages(docs, stop))
    _warn_languages(docs, source)
    if client is not None:
        from .scan import build_tables_on

        sections, sentences, tokens = build_tables_on(client, docs, lex)
    else:
        sections, sentences, tokens = build_tables(docs, rules=rules, aliases=alias_table, stopwords=stop,
                                                   progress=show, workers=workers)
    return Corpus(docs, sections, sentences, tokens, rejected, source, lex)


def word_lists(lex: Lexicon) -> tuple:
    """The cleaning rules, spelling variants and stopwords a corpus is built with: the shipped ones and
    ``lex``'s, as :func:`build_tables` takes them."""
    return load_cleaning(lex.part("cleaning")), load_aliases(lex.part("aliases")), load_stopwords(lex.part("stopwords"))


def parse_renames(rename: Mapping[str, str] | str | None) -> dict[str, str]:
    """Column renames as a mapping, from a mapping or from ``"id=doc_id,date=published"``.

    Raises:
        ValueError: naming the part that is not ``old=new``.

    Examples:
        >>> parse_renames("id=doc_id, date=published")
        {'id': 'doc_id', 'date': 'published'}
    """
    if rename is None or isinstance(rename, Mapping):
        return dict(rename or {})
    out = {}
    for part in filter(None, (p.strip() for p in str(rename).split(","))):
        old, sep, new = part.partition("=")
        if not sep or not old.strip() or not new.strip():
            raise ValueError(f"rename: {part!r} is not old=new (e.g. id=doc_id)")
        out[old.strip()] = new.strip()
    return out


def find_lexicon(path, lexicon: Extra | Lexicon | Literal[False] = None) -> Lexicon:
    """The event lexicon for a corpus: ``lexicon`` if given, else the corpus folder's ``lexicon.toml``.

    Raises:
        CorpusError: If the lexicon cannot be read, naming the file.
    """
    if lexicon is False:
        return NO_LEXICON
    if lexicon is None and not isinstance(path, pd.DataFrame) and (Path(path) / LEXICON_FILE).is_file():
        lexicon = Path(path) / LEXICON_FILE
    try:
        return load_lexicon(lexicon)
    except ValueError as err:
        raise CorpusError(str(err)) from None


# ---------------------------------------------------------------------------------------------- reading

def read_docs(path: str | Path | pd.DataFrame, *, rename: Mapping[str, str] | None = None,
              on_error: Literal["raise", "skip"] = "raise") -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """Reads and checks the documents of a corpus, without analysing them.

    Returns:
        ``(docs, rejected, source)``: the ``docs`` table, the ``rejected`` table (``file, row, problem``) and
        a description of the source.
    """
    rejected: list[dict[str, Any]] = []
    if isinstance(path, pd.DataFrame):
        docs, source = _table_docs(path.rename(columns=dict(rename or {})), "the DataFrame", rejected,
                                   on_error), "DataFrame"
    else:
        p = Path(path)
        if p.is_dir():
            docs, source = _folder_docs(p, rename, rejected, on_error), str(p)
        elif p.is_file() and p.suffix.lower() in TABLE_SUFFIXES:
            docs, source = _table_docs(_read_table(p).rename(columns=dict(rename or {})), p.name, rejected,
                                       on_error), str(p)
        elif p.exists():
            raise CorpusError(f"{p}: not a corpus. Give a folder with metadata.csv, or a "
                              f"{'/'.join(TABLE_SUFFIXES)} file with one article per row.")
        else:
            raise CorpusError(f"{p}: no such file or folder.")
    if docs.empty:
        raise CorpusError(f"{source}: no documents to load"
                          f"{' (all were set aside, see the warning)' if rejected else ''}. Add at least one row.")
    return _finish_docs(docs, source), pd.DataFrame(rejected, columns=["file", "row", "problem"]), source


def _folder_docs(folder: Path, rename, rejected: list, on_error) -> pd.DataFrame:
    meta_path = folder / "metadata.csv"
    if not meta_path.is_file():
        raise CorpusError(f"{folder}: no metadata.csv. A corpus folder needs metadata.csv with the columns "
                          "doc_id, outlet, file (title, published, url optional) and one text file per "
                          "document; or pass a single .csv/.jsonl/.parquet file with a text column.")
    meta = _read_csv(meta_path).rename(columns=dict(rename or {}))
    _require(meta, ("doc_id", "outlet", "file"), "metadata.csv")
    meta = _check_ids(meta, "metadata.csv")
    root = folder.resolve()
    texts, encodings, keep = [], [], []
    for i, row in enumerate(meta.itertuples(index=False)):
        where = f"metadata.csv row {i + 2} (doc_id {row.doc_id!r})"
        try:
            text, encoding = _read_text(folder, root, str(row.file), where)
        except CorpusError as err:
            if on_error == "raise":
                raise
            rejected.append({"file": str(row.file), "row": i + 2, "problem": str(err)})
            continue
        texts.append(text)
        encodings.append(encoding)
        keep.append(i)
    listed = {str((folder / f).resolve()) for f in meta["file"]}
    for extra in sorted(folder.glob("*.txt")):
        if str(extra.resolve()) not in listed:
            rejected.append({"file": extra.name, "row": None, "problem": "not listed in metadata.csv"})
    if rejected:
        _warn(f"{folder}: set aside {len(rejected)} file(s), see Corpus.rejected", rejected)
    docs = meta.iloc[keep].reset_index(drop=True)
    return docs.assign(text=pd.array(texts, dtype=STRING), encoding=encodings)


def _read_text(folder: Path, root: Path, name: str, where: str) -> tuple[str, str]:
    if not name or name == "nan":
        raise CorpusError(f"{where}: the 'file' column is empty. Give the text file's name, relative to "
                          f"{folder}.")
    path = (folder / name).resolve()
    if Path(name).is_absolute() or not path.is_relative_to(root):
        raise CorpusError(f"{where}: file {name!r} points outside the corpus folder {folder}; refused. "
                          "Copy the text into the folder and give its relative name.")
    if not path.is_file():
        raise CorpusError(f"{where}: file {name!r} does not exist in {folder}. Fix the name in "
                          "metadata.csv or add the file.")
    return decode(path.read_bytes(), f"{where}: file {name!r}")


def decode(data: bytes, where: str) -> tuple[str, str]:
    """Decodes a text file's bytes: UTF-8, else UTF-8 with BOM, UTF-16 with BOM, or cp1252 (with a warning).

    Returns:
        ``(text, encoding)``.

    Raises:
        CorpusError: If the bytes look binary or fit none of these encodings.

    Examples:
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     decode("Café".encode("cp1252"), "x.txt")
        ('Café', 'cp1252')
        >>> str(caught[0].message)[:40]
        'x.txt is not UTF-8; read it as cp1252 (W'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:8192]:
        raise CorpusError(f"{where} looks binary (it contains NUL bytes), not text. Export the article as "
                          "plain UTF-8 text.")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = err
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise CorpusError(f"{where} is not UTF-8 (byte {utf8_error.start}: {utf8_error.reason}) nor cp1252. "
                          "Re-save it as UTF-8.") from None
    warnings.warn(f"{where} is not UTF-8; read it as cp1252 (Windows-1252). Check its accents, or re-save "
                  "it as UTF-8.", CorpusWarning, stacklevel=4)
    return text, "cp1252"


def _read_csv(path: Path) -> pd.DataFrame:
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, UnicodeDecodeError) as err:
        raise CorpusError(f"{path}: cannot be read as CSV ({err}). Check the quoting on the line it "
                          "names, and that the file is UTF-8.") from None
    except pd.errors.EmptyDataError:
        raise CorpusError(f"{path}: is empty. It needs a header row and one row per document.") from None


def _read_table(path: Path) -> pd.DataFrame:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    try:
        if suffix == ".jsonl":
            return pd.read_json(path, lines=True, dtype=False)
        return pd.read_parquet(path)
    except ValueError as err:
        raise CorpusError(f"{path}: cannot be read as {suffix[1:]} ({err}). Check the file "
                          f"{'(one JSON object per line)' if suffix == '.jsonl' else ''}.") from None


def _table_docs(table: pd.DataFrame, name: str, rejected: list, on_error) -> pd.DataFrame:
    _require(table, ("outlet", "text"), name)
    table = table.reset_index(drop=True)
    if "doc_id" not in table.columns:
        warnings.warn(f"{name}: no doc_id column; using row numbers (row 1 is doc_id '000001').",
                      CorpusWarning, stacklevel=4)
        table = table.assign(doc_id=[f"{i + 1:06d}" for i in range(len(table))])
    table = _check_ids(table, name)
    bad = [i for i, t in enumerate(table["text"]) if not isinstance(t, str) and not pd.isna(t)]
    for i in bad:
        problem = (f"{name} row {i + 1} (doc_id {table['doc_id'][i]!r}): text is a "
                   f"{type(table['text'][i]).__name__}, not a string. Store the article text as text.")
        if on_error == "raise":
            raise CorpusError(problem)
        rejected.append({"file": name, "row": i + 1, "problem": problem})
    if bad:
        _warn(f"{name}: set aside {len(bad)} row(s), see Corpus.rejected", rejected)
    table = table.drop(index=bad).reset_index(drop=True)
    return table.assign(text=table["text"].fillna("").astype(STRING))


def _require(table: pd.DataFrame, columns: Sequence[str], name: str) -> None:
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise CorpusError(f"{name}: missing required column(s) {', '.join(missing)}; it has "
                          f"{', '.join(map(str, table.columns)) or 'no columns'}. Add them, or map yours "
                          "with load_corpus(..., rename={'your_name': 'doc_id'}).")


def _check_ids(table: pd.DataFrame, name: str) -> pd.DataFrame:
    offset = 2 if name == "metadata.csv" else 1
    ids = table["doc_id"].map(lambda v: "" if pd.isna(v) else str(v).strip())
    empty = [i + offset for i, v in enumerate(ids) if not v]
    if empty:
        raise CorpusError(f"{name}: empty doc_id in row(s) {empty[:10]}. Every document needs a unique id.")
    dup = ids[ids.duplicated(keep=False)]
    if len(dup):
        rows = {v: [i + offset for i in dup.index[dup == v]] for v in dict.fromkeys(dup)}
        listed = "; ".join(f"{v!r} in rows {r}" for v, r in list(rows.items())[:5])
        raise CorpusError(f"{name}: duplicate doc_id: {listed}. Make each doc_id unique.")
    return table.assign(doc_id=ids)


def _finish_docs(docs: pd.DataFrame, source: str) -> pd.DataFrame:
    for column in ("title", "url"):
        if column not in docs.columns:
            docs = docs.assign(**{column: pd.NA})
    docs = docs.assign(title=docs["title"].replace("", pd.NA), url=docs["url"].replace("", pd.NA),
                       outlet=docs["outlet"].astype(str).str.strip())
    raw = docs["published"] if "published" in docs.columns else pd.Series(pd.NA, index=docs.index)
    raw = raw.replace("", pd.NA)
    published = pd.to_datetime(raw, errors="coerce", format="mixed")
    unparsed = raw.notna() & published.isna()
    if unparsed.any():
        rows = [f"{d!r} ({v!r})" for d, v in zip(docs["doc_id"][unparsed], raw[unparsed], strict=True)][:5]
        warnings.warn(f"{source}: {int(unparsed.sum())} 'published' value(s) are not dates and were set to "
                      f"NaT: {', '.join(rows)}. Use YYYY-MM-DD.", CorpusWarning, stacklevel=4)
    docs = docs.assign(published=published)
    docs = _remove_invisible(_repair_mojibake(docs, source), source)
    empty = docs["doc_id"][[not t.strip() for t in docs["text"]]]
    if len(empty):
        warnings.warn(f"{source}: {len(empty)} document(s) have an empty text and are kept with no tokens: "
                      f"{list(empty)[:5]}.", CorpusWarning, stacklevel=4)
    extra = [c for c in docs.columns if c not in (*STANDARD_COLUMNS, "text")]
    return docs[[*STANDARD_COLUMNS, "text", *extra]].reset_index(drop=True)


ENGLISH_STOPWORD_SHARE = 0.15     # English news runs at 40-50 % function words; under this, ask py3langid


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
LANGUAGE_SAMPLE = 2000            # characters of each text read to tell its language
LANGUAGE_LEAD = 400               # read first: 30 words or more at twice the share are English (French, Spanish,
                                  # German, Italian news leads score 0-9 %)


def languages(docs: pd.DataFrame, stopwords: frozenset[str]) -> list[str]:
    """Each document's language: "en" where English function words make up a news text's usual share of the
    words of its first 2,000 characters (or twice that share of its first 400, when it has 30 words or more), else
    what py3langid says (only those documents are sent to it).

    Run before the tables are built, and the language model freed after, so its memory never adds to theirs.

    Returns:
        One ISO 639-1 code per row of ``docs`` ("" for a text too short to tell).

    Examples:
        >>> languages(pd.DataFrame({"text": ["Thousands marched in the capital on Friday, and the police said "
        ...     "that the march was peaceful.", "Des milliers de personnes ont défilé dans la capitale vendredi "
        ...     "et la police a dit que la marche était pacifique.", "Short."]}), frozenset(
        ...     ["in", "the", "on", "and", "that", "was", "said"]))
        ['en', 'fr', '']
    """
    out, ask = [], []
    for i, text in enumerate(docs["text"]):
        text = str(text or "")
        words = _WORD.findall(text[:LANGUAGE_LEAD].lower().replace("’", "'"))
        if len(words) >= 30 and sum(map(stopwords.__contains__, words)) >= 2 * ENGLISH_STOPWORD_SHARE * len(words):
            out.append("en")                     # plainly English from its lead: the 2,000 characters not read
            continue
        words = _WORD.findall(text[:LANGUAGE_SAMPLE].lower().replace("’", "'"))
        share = sum(map(stopwords.__contains__, words)) / max(len(words), 1)
        out.append("en" if len(words) >= 10 and share >= ENGLISH_STOPWORD_SHARE else "")
        if not out[-1] and len(words) >= 12:                                # shorter: too short to tell
            ask.append(i)
    for i, lang in zip(ask, detect_languages(docs["text"].iloc[ask].tolist()), strict=True):
        out[i] = lang
    return out


def _warn_languages(docs: pd.DataFrame, source: str) -> None:
    other = docs[(docs["language"] != "en") & (docs["language"] != "")]
    if len(other):
        listed = ", ".join(f"{d} ({lang})" for d, lang in zip(other["doc_id"][:10], other["language"][:10],
                                                                strict=True))
        warnings.warn(f"{source}: {len(other)} document(s) are not in English: {listed}"
                      f"{', ...' if len(other) > 10 else ''}. mediakit's word lists and rules are for English "
                      "news; see docs.language, and keep the English ones with "
                      "corpus.select(doc_id=corpus.docs.query('language == \"en\"')['doc_id']).",
                      CorpusWarning, stacklevel=3)


def detect_languages(texts: Iterable[str], *, chars: int = 2000) -> list[str]:
    """The language of each text (ISO 639-1 code, "" for a text too short to tell), by py3langid: Lui & Baldwin
    (2012), "langid.py: An off-the-shelf language identification tool", ACL demos; its model ships with the
    package, so nothing is downloaded.

    Examples:
        >>> detect_languages(["Thousands marched in the capital on Friday.", "Des milliers de personnes ont "
        ...                   "défilé dans la capitale vendredi.", "Ok"])
        ['en', 'fr', '']
    """
    texts = list(texts)
    if not texts:
        return []
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    model = LanguageIdentifier.from_model_file(MODEL_FILE)   # ours, not the module's: freed when done
    out = []
    for text in texts:
        sample = (text or "")[:chars]
        out.append(model.classify(sample)[0] if len(sample.split()) >= 3 else "")
    return out


MOJIBAKE = ("Ã", "â€", "Â", "Ã¢â‚¬")


def _repair_mojibake(docs: pd.DataFrame, source: str) -> pd.DataFrame:
    """Texts decoded twice ("Ã¢â‚¬Ëœ" for "‘") are repaired with ftfy's ``fix_encoding`` (Speer 2019, ftfy), which
    touches nothing else; the repair is recorded in ``docs.encoding`` (``+ftfy``) and the original text kept in
    ``docs.original`` (empty where nothing was repaired), and a warning names the documents."""
    column = docs["text"]
    markers = "|".join(map(re.escape, MOJIBAKE))    # one pass of Arrow's automaton: no Python string per document
    suspect = column.str.contains(markers, regex=True).fillna(False).to_numpy(dtype=bool)
    if not suspect.any():
        return docs
    from ftfy import fix_encoding

    fixed = {int(i): fix_encoding(column.iloc[i]) for i in np.flatnonzero(suspect)}
    fixed = {i: t for i, t in fixed.items() if t != column.iloc[i]}
    if not fixed:
        return docs
    encoding = docs["encoding"].tolist() if "encoding" in docs.columns else [""] * len(docs)
    original = [pd.NA] * len(docs)
    for i in fixed:
        original[i] = column.iloc[i]
        encoding[i] = (encoding[i] or "utf-8") + "+ftfy"
    texts = _replace_texts(column, fixed)
    ids = docs["doc_id"].iloc[list(fixed)].tolist()
    warnings.warn(f"{source}: repaired garbled characters (mojibake such as 'Ã¢â‚¬') in {len(fixed)} document(s): "
                  f"{ids[:10]}{' ...' if len(ids) > 10 else ''}. The repair is in docs.encoding ('+ftfy'); the "
                  "original text is kept in docs.original.", CorpusWarning, stacklevel=5)
    return docs.assign(text=texts.astype(STRING), encoding=encoding, original=pd.array(original, dtype=STRING))


INVISIBLE = "\u00ad\u200b\u2060\ufeff" + "".join(map(chr, [0x200e, 0x200f, *range(0x202a, 0x202f),
                                                       *range(0x2066, 0x206a)]))
# soft hyphen, zero-width space, word joiner, byte-order mark; and the marks of writing direction (left-to-right,
# right-to-left, embeddings, isolates): "special assistant Cliff Sims\u200f emphasized" hid the name's verb


def _remove_invisible(docs: pd.DataFrame, source: str) -> pd.DataFrame:
    """Characters that print nothing but cut a word in two for every pattern ("re\u00adcalled", "“\u200bI\u200bt’s")
    are removed; as for mojibake, the repair is recorded in ``docs.encoding`` (``+invisible``), the text before it
    kept in ``docs.original``, and a warning names the documents. (A zero-width joiner is kept: emoji use it.)"""
    column = docs["text"]
    suspect = column.str.contains(f"[{INVISIBLE}]", regex=True).fillna(False).to_numpy(dtype=bool)
    if not suspect.any():
        return docs
    drop = str.maketrans("", "", INVISIBLE)
    encoding = docs["encoding"].tolist() if "encoding" in docs.columns else [""] * len(docs)
    original = docs["original"].tolist() if "original" in docs.columns else [pd.NA] * len(docs)
    fixed = {}
    for i in np.flatnonzero(suspect).tolist():
        if pd.isna(original[i]):
            original[i] = column.iloc[i]
        fixed[i] = column.iloc[i].translate(drop)
        encoding[i] = (encoding[i] or "utf-8") + "+invisible"
    texts = _replace_texts(column, fixed)
    ids = docs["doc_id"][suspect].tolist()
    warnings.warn(f"{source}: removed invisible characters (soft hyphens, zero-width spaces, direction marks) that cut "
                  f"words in {len(ids)} document(s): {ids[:10]}{' ...' if len(ids) > 10 else ''}. The repair is in "
                  "docs.encoding ('+invisible'); the original text is kept in docs.original.", CorpusWarning,
                  stacklevel=5)
    return docs.assign(text=texts.astype(STRING), encoding=encoding, original=pd.array(original, dtype=STRING))


def _replace_texts(column: pd.Series, fixed: dict[int, str]) -> pd.Series:
    """``column`` with the texts at the positions ``fixed`` gives replaced, in one pass of Arrow (setting them one
    by one copies the whole column each time)."""
    mask = np.zeros(len(column), bool)
    mask[list(fixed)] = True
    values = pa.array([fixed[i] for i in sorted(fixed)], pa.large_string())
    texts = pc.replace_with_mask(pa.array(column.array).cast(pa.large_string()), pa.array(mask), values)
    return pd.Series(pd.arrays.ArrowStringArray(texts), index=column.index, dtype=STRING)


class ByDocument:
    """A row table's rows, document by document, without copying the table (the per-document readers of a year
    of news read one document's rows at a time and never hold them all as Python objects).

    Args:
        doc_ids: The table's ``doc_id`` column.
        rows: The positions of the rows to read (all by default), in the table's order.

    ``positions`` holds those positions with each document's rows together (in the table's order where they
    already are) and ``ranges`` each document's ``(a, b)`` slice of ``positions``, in order of first appearance.
    """

    def __init__(self, doc_ids: pd.Series, rows: np.ndarray | None = None):
        rows = np.arange(len(doc_ids)) if rows is None else np.asarray(rows)
        codes, names = pd.factorize(doc_ids.to_numpy()[rows])
        if len(codes) and (np.diff(codes) < 0).any():          # a document's rows apart: brought together
            order = np.argsort(codes, kind="stable")
            rows, codes = rows[order], codes[order]
        self.positions = rows
        bounds = np.concatenate(([0], np.flatnonzero(codes[1:] != codes[:-1]) + 1, [len(codes)]))
        self.ranges: dict[str, tuple[int, int]] = {
            str(names[codes[a]]): (int(a), int(b)) for a, b in zip(bounds[:-1], bounds[1:], strict=True) if b > a}

    def of(self, doc: str) -> np.ndarray:
        """The positions of one document's rows (none for a document with no rows)."""
        a, b = self.ranges.get(doc, (0, 0))
        return self.positions[a:b]


def codes_of(column: pd.Series) -> np.ndarray:
    """A categorical column's codes, the array it holds (``Series.cat.codes`` copies them: 2-4 bytes a token)."""
    return column.array.codes


def is_in(column: pd.Series, values: Iterable) -> np.ndarray:
    """``column.isin(values)`` as a boolean array; on a categorical column read on its categories (pandas'
    ``isin`` widens each code to 8 bytes first: 88 MB for the 11 million tokens of a 60 MB corpus)."""
    if not isinstance(column.dtype, pd.CategoricalDtype):
        return column.isin(list(values)).to_numpy(bool)
    found = np.append(np.asarray(column.cat.categories.isin(list(values)), dtype=bool), False)
    return found[codes_of(column)]                  # a missing value's code, -1, reads the False appended


def values_at(column: pd.Series, positions: np.ndarray) -> list:
    """``column``'s values at ``positions`` as Python objects, read as a slice where the positions lie together
    (a ``take`` on an Arrow column of many chunks joins them all first: 5 s for one document at a time of a
    20 MB corpus, against 0.1 s by slices)."""
    if not len(positions):
        return []
    low, high = int(positions.min()), int(positions.max()) + 1
    if high - low > 4 * len(positions) + 64:
        return column.take(positions).tolist()
    values = column.iloc[low:high].tolist()
    return values if high - low == len(positions) else [values[i] for i in (positions - low).tolist()]


def sentence_rows(sentences: pd.DataFrame, doc_id, sentence_id) -> np.ndarray:
    """The position in ``sentences`` of the sentence each ``(doc_id, sentence_id)`` names (-1 where there is none),
    found on the two key columns: the texts are not copied, as ``set_index(...).reindex(...)`` would."""
    return pd.MultiIndex.from_arrays([sentences["doc_id"], sentences["sentence_id"]]).get_indexer(
        pd.MultiIndex.from_arrays([doc_id, sentence_id]))


def texts_at(column: pd.Series, positions: np.ndarray) -> np.ndarray:
    """``column``'s values at ``positions`` (none -1) as an object array, each distinct position read once and its
    Python string shared by the rows that name it (many mentions or words lie in one sentence)."""
    unique, which = np.unique(np.asarray(positions, dtype=np.int64), return_inverse=True)
    return np.asarray(values_at(column, unique), dtype=object)[which] if len(unique) else np.zeros(0, object)


def _warn(message: str, rejected: list) -> None:
    details = "; ".join(f"{r['file']}: {r['problem']}" for r in rejected[:3])
    warnings.warn(f"{message} ({details}{'; ...' if len(rejected) > 3 else ''})", CorpusWarning, stacklevel=5)


def _subset(table: pd.DataFrame, ids: set[str]) -> pd.DataFrame:
    out = table[table["doc_id"].isin(ids)].reset_index(drop=True)
    if isinstance(out["doc_id"].dtype, pd.CategoricalDtype):
        out["doc_id"] = out["doc_id"].cat.remove_unused_categories()
    return out


# ---------------------------------------------------------------------------------------------- building

def build_tables(docs: pd.DataFrame, *, rules=None, aliases=None, stopwords=None,
                 progress: bool = False, workers: int | None = None,
                 ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Builds ``sections``, ``sentences`` and ``tokens`` from a ``docs`` table, in batches of documents.

    Each batch of texts is joined by newlines and run through the sentence and token expressions once;
    numbers are kept in numpy arrays and strings as categoricals, so memory grows by tens of bytes per token.
    Batches are independent, so several are built at once in worker processes (see ``workers``); the words of
    each batch are given their corpus-wide codes here, in document order, so the tables are the same whatever
    the number of workers.

    Args:
        docs: The documents (``doc_id``, ``title``, ``text``).
        rules, aliases, stopwords: The word lists, as :func:`word_lists` gives them; by default the package's.
        progress: Show a progress bar.
        workers: Processes building batches at once. ``None``: one per core this process may use, on Linux,
            where a worker is a fork of this process and reads the texts without copying them; elsewhere, in a
            daemonic process (a Dask worker) or off the main thread, 1. ``1`` builds every batch here.

    Returns:
        ``(sections, sentences, tokens)`` with the columns documented on :class:`Corpus`.
    """
    check_workers(workers)
    rules, aliases = rules or load_cleaning(), aliases or load_aliases()
    stopwords = stopwords if stopwords is not None else load_stopwords()
    params = load_punkt()
    lengths = docs["text"].str.len().fillna(0).astype(int).tolist()
    titles = docs["title"].tolist()
    vocab = _Vocab(aliases, stopwords)
    doc_dtype = np.int16 if len(lengths) < 2**15 else np.int32     # the width pandas uses for the doc_id codes
    paras, sents = [], []
    toks = _Columns(capacity=sum(lengths) // 5 + 1024)   # news text runs at about 5.4 characters a token
    bar = _progress_bar(len(lengths), progress)
    job = (docs["text"], titles, rules, params, doc_dtype)
    for lo, hi, (p, s, t, words) in _built_batches(job, list(_batches(lengths)), workers):
        t["code"] = vocab.codes(words)[t["code"]]
        paras.append(p)
        sents.append(s)
        toks.extend(t)
        bar.update(hi - lo)
    bar.close()
    doc_ids = pd.Index(docs["doc_id"].astype(str)).rename(None)
    paragraphs = _concat(paras)
    paragraph_table = pd.DataFrame({
        "doc_id": doc_ids[paragraphs["doc"]], "start": paragraphs["start"], "end": paragraphs["end"],
        "section": [clean.SECTIONS[i] for i in paragraphs["section"]], "reason": paragraphs["reason"]})
    sections = clean.merge_sections(paragraph_table)
    s = _concat(sents)
    sentences = pd.DataFrame({
        "doc_id": pd.Categorical.from_codes(s["doc"], categories=doc_ids),
        "sentence_id": s["sentence_id"], "section": _section_cat(s["section"]),
        "start": s["start"], "end": s["end"],
        "text": pd.Series(pd.arrays.ArrowStringArray(s["text"]) if len(s["text"]) else [], dtype=STRING),
    }, copy=False)
    tokens = _token_table(toks.finish(), doc_ids, vocab, stopwords)
    return sections, sentences, tokens


def check_workers(workers) -> None:
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 1):
        raise ValueError(f"workers must be a whole number from 1, or None (one per core), not {workers!r}")


def default_workers() -> int:
    """How many processes :func:`build_tables` uses by default: the cores this process may run on, where a
    worker can be a fork of it; else 1."""
    return max(1, len(os.sched_getaffinity(0))) if _can_fork() else 1


def _can_fork() -> bool:
    """Linux (a fork is safe there, unlike macOS's), on the main thread, in a process allowed children (a Dask
    or multiprocessing worker is not)."""
    return (sys.platform.startswith("linux") and not multiprocessing.current_process().daemon
            and threading.current_thread() is threading.main_thread())


_JOB: tuple | None = None        # what forked workers read: (texts, titles, rules, params, doc_dtype)


def _built_batches(job: tuple, batches: list[tuple[int, int]], workers: int | None):
    """Yields ``(lo, hi, built)`` for each batch in order: here, or in forked worker processes."""
    global _JOB
    n = min(default_workers() if workers is None else workers if _can_fork() else 1, len(batches))
    if n <= 1:
        for lo, hi in batches:
            yield lo, hi, _build_at(job, lo, hi)
        return
    _JOB = job
    gc.freeze()              # the workers' collector leaves the parent's objects alone, so their pages stay shared
    pool = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("fork"))
    try:
        for (lo, hi), built in zip(batches, pool.map(_build_forked, batches), strict=True):
            yield lo, hi, built
    except BrokenProcessPool as e:
        raise RuntimeError(f"a worker process building the corpus tables stopped ({e}); the system may have run "
                           "out of memory. Load with workers=1 (one process, less memory) or with fewer "
                           "workers.") from e
    finally:               # on an interrupt, the batches not begun are dropped, not built first
        pool.shutdown(wait=True, cancel_futures=True)
        _JOB = None
        gc.unfreeze()


def _build_forked(bounds: tuple[int, int]) -> tuple:
    return _build_at(_JOB, *bounds)


def _build_at(job: tuple, lo: int, hi: int) -> tuple:
    texts, titles, rules, params, doc_dtype = job
    return _build_batch(texts.iloc[lo:hi].tolist(), titles[lo:hi], lo, rules, params, doc_dtype)


def _progress_bar(total: int, show: bool):
    """A tqdm bar (a widget in Jupyter where ipywidgets is installed, else text), or a silent stand-in."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")       # tqdm.auto warns when Jupyter has no ipywidgets; text works
        from tqdm.auto import tqdm
    return tqdm(total=total, desc="mediakit: documents", unit="doc", disable=not show)


def _batches(lengths: list[int]) -> Iterable[tuple[int, int]]:
    lo, size = 0, 0
    for i, length in enumerate(lengths):
        size += length
        if size >= BATCH_CHARS:
            yield lo, i + 1
            lo, size = i + 1, 0
    if lo < len(lengths):
        yield lo, len(lengths)


def _build_batch(texts, titles, first_doc, rules, params, doc_dtype) -> tuple[dict, dict, dict, list[str]]:
    """One batch's paragraphs, sentences and tokens, and the batch's distinct words (token codes index them)."""
    starts = np.cumsum([0] + [len(t) + 1 for t in texts])[:-1]        # where each text begins in `joined`
    pieces = [clean.classify_pieces(text, title=title, rules=rules) for text, title in zip(texts, titles, strict=True)]
    p_doc = np.repeat(np.arange(len(texts)), [len(p) for p in pieces])
    columns = list(zip(*(piece for p in pieces for piece in p), strict=True)) or [()] * 5
    del pieces
    p_start = np.asarray(columns[0], np.int64) + starts[p_doc]
    p_end = np.asarray(columns[1], np.int64) + starts[p_doc]
    code = {name: i for i, name in enumerate(clean.SECTIONS)}
    p_sec = np.fromiter(map(code.__getitem__, columns[2]), np.int8, len(p_doc))
    p_reason, p_opens = list(columns[3]), np.asarray(columns[4], bool)
    closes = np.append(p_opens[1:], True)[:len(p_opens)]       # the last piece of its paragraph
    inline = ~p_opens | ~closes                    # a piece of a paragraph cut by an inline rule
    aside = inline & (p_sec >= len(clean.ANALYSED))
    joined = "\n".join(texts)
    if aside.any():                                # set-aside spans inside a sentence read as blanks
        joined = clean.blank(joined, zip(p_start[aside].tolist(), p_end[aside].tolist(), strict=True))
    # sentences: every paragraph start (after a span set aside at its very start), plus every rule-based break
    # inside a paragraph; a sentence reads on across a span set aside inside it
    opening = np.flatnonzero(p_opens)
    opening = np.where(aside[opening] & ~p_opens[np.minimum(opening + 1, len(p_opens) - 1)], opening + 1,
                       opening)
    paragraph_end = p_end[closes][np.cumsum(p_opens) - 1]
    ends, nexts = sentence_breaks(joined, params=params)
    para = np.searchsorted(p_start, ends, side="right") - 1
    inside = (para >= 0) & (nexts < paragraph_end[np.maximum(para, 0)])
    s_start = np.sort(np.concatenate([p_start[opening], nexts[inside]]))
    s_end = np.sort(np.concatenate([p_end[closes], ends[inside]]))
    s_para = np.searchsorted(p_start, s_start, side="right") - 1
    s_doc = p_doc[s_para]
    # tokens: one pass over the joined batch; each token's sentence by binary search on sentence starts
    batch_vocab, batch_codes, t_start, t_end = tokenize_coded(joined, abbrevs=params.abbrev_types)
    quoted = in_spans(t_start, *quote_spans(joined))
    t_sent = np.searchsorted(s_start, t_start, side="right") - 1
    t_doc = s_doc[t_sent]
    # sentence and token ids count from 0 within each document (documents never span batches)
    doc_range = np.arange(len(texts))
    first_sentence = np.searchsorted(s_doc, doc_range)
    first_token = np.searchsorted(t_doc, doc_range)
    i32 = np.int32
    return (
        {"doc": (p_doc + first_doc).astype(i32), "start": (p_start - starts[p_doc]).astype(i32),
         "end": (p_end - starts[p_doc]).astype(i32), "section": p_sec, "reason": np.asarray(p_reason, object)},
        {"doc": (s_doc + first_doc).astype(i32), "start": (s_start - starts[s_doc]).astype(i32),
         "end": (s_end - starts[s_doc]).astype(i32), "section": p_sec[s_para],
         "sentence_id": (np.arange(len(s_doc)) - first_sentence[s_doc]).astype(i32),
         "text": pa.array([joined[a:b] for a, b in zip(s_start, s_end, strict=True)], pa.large_string())},
        {"doc": (t_doc + first_doc).astype(doc_dtype),
         "sentence_id": (t_sent - first_sentence[t_doc]).astype(i32),
         "token_id": (np.arange(len(t_doc)) - first_token[t_doc]).astype(i32),
         "start": (t_start - starts[t_doc]).astype(i32), "end": (t_end - starts[t_doc]).astype(i32),
         "code": batch_codes, "section": p_sec[s_para][t_sent], "quoted": quoted},
        batch_vocab,
    )


class _Vocab:
    """The distinct token strings of all batches, with each one's norm and punctuation flag, kept in Arrow and numpy
    memory rather than as Python strings.

    (A Python dict of them would pin memory holding each batch's freed token strings.) The norms of a batch's new
    words are computed as the batch comes in, so that with workers they are computed while the workers build the
    next batches, not after the last.
    """

    def __init__(self, aliases, stopwords: frozenset[str]):
        self.values = pa.array([], pa.string())
        self.norms: list[pa.Array] = []
        self.punct: list[np.ndarray] = []
        self._norm_args = (aliases, frozenset(w for w in stopwords if w.endswith("'s")), stopwords)

    def codes(self, words: list[str]) -> np.ndarray:
        """Global codes for a batch's distinct ``words``, adding the new ones."""
        batch = pa.array(words, pa.string())
        found = pc.index_in(batch, value_set=self.values)
        new = found.is_null().to_numpy(zero_copy_only=False)
        codes = found.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int32)
        codes[new] = len(self.values) + np.arange(int(new.sum()), dtype=np.int32)
        added = batch.filter(pa.array(new))
        self.values = pa.concat_arrays([self.values, added])
        added = added.to_pylist()
        self.norms.append(pa.array([norm(w, *self._norm_args) for w in added], pa.string()))
        self.punct.append(np.fromiter(map(is_punct, added), bool, len(added)))
        return codes


class _Columns:
    """Growable numpy columns: batches are copied in as they come, so no concatenation doubles the memory."""

    def __init__(self, capacity: int):
        self.capacity, self.size, self.columns = max(capacity, 1), 0, {}

    def extend(self, batch: dict[str, np.ndarray]) -> None:
        n = len(next(iter(batch.values())))
        if not self.columns:
            self.columns = {k: np.empty(self.capacity, v.dtype) for k, v in batch.items()}
        if self.size + n > self.capacity:
            self.capacity = max(int(self.capacity * 1.5), self.size + n)
            self.columns = {k: np.resize(v, self.capacity) for k, v in self.columns.items()}
        for k, v in batch.items():
            self.columns[k][self.size:self.size + n] = v
        self.size += n

    def finish(self) -> dict[str, np.ndarray]:
        return {k: v[:self.size] for k, v in self.columns.items()}


def _concat(parts: list[dict]) -> dict[str, np.ndarray]:
    """Concatenates the batches' arrays column by column, freeing each batch's column as it goes."""
    if not parts:
        return {}
    out = {}
    for key in list(parts[0]):
        chunks = [p.pop(key) for p in parts]
        out[key] = pa.chunked_array(chunks) if isinstance(chunks[0], pa.Array) else np.concatenate(chunks)
    parts.clear()
    return out


def _section_cat(codes: np.ndarray) -> pd.Categorical:
    return pd.Categorical.from_codes(codes.astype(np.int8, copy=False), categories=list(clean.SECTIONS))


def _token_table(t: dict[str, np.ndarray], doc_ids: pd.Index, vocab: _Vocab, stopwords: frozenset[str]
                 ) -> pd.DataFrame:
    if not t or not len(t["doc"]):
        t = {k: np.zeros(0, np.int32) for k in ("doc", "sentence_id", "token_id", "start", "end", "code")}
        t["section"] = np.zeros(0, np.int8)
        t["quoted"] = np.zeros(0, bool)
    norms = pa.chunked_array(vocab.norms, pa.string()).combine_chunks().dictionary_encode()  # in order of first use
    norm_codes = norms.indices.to_numpy(zero_copy_only=False).astype(np.int32)
    norm_values = norms.dictionary.to_pylist()
    stop = np.fromiter((v in stopwords for v in norm_values), bool, len(norm_values))
    punct = np.concatenate(vocab.punct) if vocab.punct else np.zeros(0, bool)
    words = vocab.values.to_pylist()
    code = t["code"]
    return pd.DataFrame({
        "doc_id": pd.Categorical.from_codes(t["doc"], categories=doc_ids),
        "sentence_id": t["sentence_id"],
        "token_id": t["token_id"],
        "start": t["start"], "end": t["end"],
        "token": pd.Categorical.from_codes(code, categories=pd.Index(words, dtype=object)),
        "norm": pd.Categorical.from_codes(norm_codes[code],
                                          categories=pd.Index(norm_values, dtype=object)),
        "is_stop": stop[norm_codes][code] if len(code) else np.zeros(0, bool),
        "is_punct": punct[code] if len(code) else np.zeros(0, bool),
        "section": _section_cat(t["section"]),
        "quoted": t["quoted"],
    }, copy=False)
