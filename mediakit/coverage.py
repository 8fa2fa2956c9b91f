"""Coverage: what each outlet reports that others do not, and how it words what they share.

Framing is also selection: what an outlet leaves out shapes the story as much as its words (Entman 1993,
"Framing: Toward clarification of a fractured paradigm", Journal of Communication 43(4): framing is "to select
some aspects of a perceived reality and make them more salient"). Three views, one alignment:

- :func:`align`: every sentence is aligned to its best match in each other outlet, by the cosine similarity of
  their TF-IDF vectors over stemmed content words (Salton & Buckley 1988, "Term-weighting approaches in
  automatic text retrieval", Information Processing & Management 24(5)), and a pair is kept only when each is
  the other's best match (mutual best matches, as in sentence alignment of comparable corpora: Barzilay &
  Elhadad 2003, "Sentence alignment for monolingual comparable corpora", EMNLP) and its similarity reaches
  ``threshold`` (half of it where both sentences give the same specific number: "killed 12 and injured 48").
  Candidate pairs come from an inverted index of the words they share that are rare in the corpus, never from
  all pairs, so a sentence is never chained to unrelated ones through common words.
- :func:`coverage`: the sentences grouped by these alignments; a sentence aligned with no other outlet's is
  content only its outlet has.
- :func:`substitutions`: within each aligned pair, the words one outlet has where the other has different
  ones ("killed" / "assassinated", "a resolution" / "a non-binding resolution"): word choices found in the
  texts, with no word list.
- ``claims``: named facts found by patterns of the event lexicon (``[claims.<name>]``), for an outlets x facts
  matrix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from difflib import SequenceMatcher

import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix

from .actors import load_name_rules
from .clean import ANALYSED, DocTexts
from .corpus import codes_of, is_in, values_at
from .lexicons import Extra, layers
from .store import derived
from .tokens import light_stem
from .wordchoice import norm_stem_codes

COVERAGE_COLUMNS = ["doc_id", "outlet", "section", "sentence_id", "start", "end", "sentence", "group", "n_outlets",
                    "outlets"]
ALIGN_COLUMNS = ["doc_id", "outlet", "section", "sentence_id", "start", "end", "sentence", "doc_id_b", "outlet_b",
                 "section_b", "sentence_id_b", "start_b", "end_b", "sentence_b", "similarity"]
SUBSTITUTION_COLUMNS = ["doc_id", "outlet", "section", "sentence_id", "start", "end", "words", "doc_id_b",
                        "outlet_b", "sentence_id_b", "start_b", "end_b", "words_b", "change", "sentence",
                        "sentence_b", "similarity"]
CLAIM_COLUMNS = ["claim", "doc_id", "outlet", "start", "end", "value", "sentence", "sentence_id"]
MIN_WORDS = 3                   # a sentence needs this many content words to be aligned
MIN_SHARED = 2                  # ... and to share this many rare ones with its match
MIN_COMMON = 3                  # ... and this many content words in all (two are a topic, not a fact)
RARE_MAX = 200                  # a word in more sentences than this is no evidence of the same fact
CHUNK = 1 << 21                 # tokens read at a time where every word's sentence is looked up


def sentence_vectors(corpus, *, sections: Sequence[str] = ANALYSED) -> tuple[pd.DataFrame, csr_matrix]:
    """The analysed sentences and their L2-normalised TF-IDF vectors over stemmed, non-stop word norms.

    Returns:
        ``(sentences, matrix)``: the sentences table rows (``doc_id, sentence_id, section, start, end, text``)
        and a sparse matrix with one row per sentence.
    """
    rows, counts = _vectors(corpus, sections)
    return corpus.sentences.iloc[rows].reset_index(drop=True), counts


def _vectors(corpus, sections: Sequence[str]) -> tuple[np.ndarray, csr_matrix]:
    """:func:`sentence_vectors` with the sentences as their rows in ``corpus.sentences`` (their texts are not
    copied: :func:`align` reads only those of the pairs it keeps)."""
    chosen = np.flatnonzero(corpus.sentences["section"].isin(sections).to_numpy())
    sent = corpus.sentences[["doc_id", "sentence_id"]].iloc[chosen]
    tok = corpus.tokens
    words = is_in(tok["section"], sections) & ~tok["is_punct"].to_numpy() & ~tok["is_stop"].to_numpy()
    sentence_at = pd.Index(_sentence_keys(tok, sent, rows=np.zeros(0, np.int64))[1])
    stem_of, stem_values = norm_stem_codes(tok["norm"], dtype=np.int32)
    norm_codes = codes_of(tok["norm"])
    row, col = np.empty(int(words.sum()), np.int32), np.empty(int(words.sum()), np.int32)
    done = 0
    for at in _parts(words):
        row[done:done + len(at)] = sentence_at.get_indexer(_sentence_keys(tok, sent, rows=at)[0])
        col[done:done + len(at)] = stem_of[norm_codes[at]]
        done += len(at)
    del words
    if (row < 0).any():
        keep = row >= 0
        row, col = row[keep], col[keep]
    if len(row) and (row[1:] < row[:-1]).any():      # a table not in reading order: each sentence's words together
        order = np.argsort(row, kind="stable")
        row, col = row[order], col[order]
    wide = len(col) >= 2**31                          # built as CSR at once: a COO matrix copies every index twice
    indptr = np.zeros(len(sent) + 1, np.int64 if wide else np.int32)
    np.cumsum(np.bincount(row, minlength=len(sent)), out=indptr[1:])
    del row
    col = col.astype(np.int64) if wide else col
    counts = csr_matrix((np.ones(len(col)), col, indptr), shape=(len(sent), len(stem_values)))
    counts.sum_duplicates()
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1 + len(sent)) / (1 + df)) + 1                      # smoothed idf, as in scikit-learn
    counts.data *= idf[counts.indices]                                 # in place: the tf-idf weights
    rows = np.repeat(np.arange(len(sent)), np.diff(counts.indptr))
    norms = np.sqrt(np.bincount(rows, weights=counts.data ** 2, minlength=len(sent)))
    norms[norms == 0] = 1
    counts.data /= norms[rows]
    return chosen, counts


def _parts(mask: np.ndarray) -> Iterator[np.ndarray]:
    """The positions where ``mask`` holds, ``CHUNK`` tokens at a time: a reader that keeps 8 bytes a word for each
    part (its sentence keys) never holds them for the whole token table."""
    for lo in range(0, len(mask), CHUNK):
        yield lo + np.flatnonzero(mask[lo:lo + CHUNK])


def _sentence_keys(tok: pd.DataFrame, *tables: pd.DataFrame, rows: np.ndarray | None = None) -> list[np.ndarray]:
    """One int64 key per row naming its sentence (document code x sentence number), for ``tok`` (only its
    ``rows``, if given) and each table with ``doc_id`` and ``sentence_id``: joins on numbers, never on a Python
    string per token."""
    categories = tok["doc_id"].cat.categories
    step = np.int64(max(int(t["sentence_id"].max()) if len(t) else 0 for t in (tok, *tables)) + 1)
    out = []
    for t in (tok, *tables):
        doc = t["doc_id"]
        code = (codes_of(doc) if isinstance(doc.dtype, pd.CategoricalDtype) and
                doc.cat.categories.equals(categories) else categories.get_indexer(doc.astype(str)))
        number = t["sentence_id"].to_numpy()
        if t is tok and rows is not None:
            code, number = code[rows], number[rows]
        key = np.multiply(code, step, dtype=np.int64)               # in place from here: one array per token
        np.add(key, number, out=key)
        key[code < 0] = -1
        out.append(key)
    return out


def align(corpus, *, threshold: float = 0.30, sections: Sequence[str] = ANALYSED,
          block: int = 2_000) -> pd.DataFrame:
    """Pairs of sentences of two outlets that report the same thing: mutual best matches.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        threshold: The cosine similarity (0 to 1) a mutual best match needs; half of it where the two sentences
            share a specific number ("killing 12 and wounding 48" / "which killed 12 and injured 48", 0.26: not a
            year, a date's day, a share, a round number or part of a name). 0.30 was chosen by reading every
            cross-outlet pair of the bundled corpus between 0.2 and 0.5 (read again when the cosines were found
            computed on scrambled rows and mended): from 0.30 up the pairs report the same thing; below it some
            still do ("passed a non-binding resolution" and "voted overwhelmingly in favor of a resolution",
            0.24) and others only share names and places. A pair that says the same word of two countries
            ("sanctions on Baghdad", "sanctions on Tehran", 0.36) is no alignment. Check it on your corpus:
            the pairs are listed.
        sections: Which sections to read (headlines and bodies by default).
        block: Sentences per block of the candidate search (memory holds one block's candidates).

    Returns:
        One row per aligned pair: ``doc_id, outlet, section, sentence_id, start, end, sentence`` of one sentence,
        the same with ``_b`` for the other, and ``similarity``. Each pair appears once.
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be between 0 and 1, not {threshold!r}")
    return derived(corpus, f"align-{threshold!r}-" + "+".join(sections),   # coverage and substitutions share it
                   lambda: _align(corpus, threshold, sections, block))


def _align(corpus, threshold: float, sections: Sequence[str], block: int) -> pd.DataFrame:
    rows, matrix = _vectors(corpus, sections)
    sentences = corpus.sentences
    outlet_of = corpus.docs.set_index("doc_id")["outlet"]
    outlet = sentences["doc_id"].iloc[rows].astype(str).map(outlet_of).to_numpy()
    outlet_code = pd.factorize(outlet)[0]
    best = _best_matches(matrix, outlet_code, threshold / 2, block)
    best_of = dict(zip(zip(best["i"], best["oj"], strict=True), best["j"], strict=True))
    mutual = best[np.array([best_of.get((j, outlet_code[i])) == i for i, j in zip(best["i"], best["j"], strict=True)],
                           dtype=bool)]
    mutual = mutual[mutual["i"] < mutual["j"]]
    need = np.unique(np.concatenate([mutual["i"].to_numpy(int), mutual["j"].to_numpy(int)]))
    texts = dict(zip(need.tolist(), values_at(sentences["text"], rows[need]), strict=True))   # those read only
    mutual = mutual[(mutual["sim"] >= threshold).to_numpy() | np.array(    # or half of it, with a number in common
        [bool(_numbers(texts[i]) & _numbers(texts[j])) for i, j in zip(mutual["i"], mutual["j"], strict=True)],
        dtype=bool)]
    countries = load_name_rules(None, corpus.lexicon.part("countries")).countries
    mutual = mutual[np.array([not _other_country(texts[i], texts[j], countries)
                              for i, j in zip(mutual["i"], mutual["j"], strict=True)], dtype=bool)]
    a, b = mutual["i"].to_numpy(int), mutual["j"].to_numpy(int)
    out = pd.concat([_side(sentences, rows[a], outlet[a], ""), _side(sentences, rows[b], outlet[b], "_b")], axis=1)
    out["similarity"] = mutual["sim"].to_numpy(float)
    return out[ALIGN_COLUMNS].sort_values(["doc_id", "start", "similarity"]).reset_index(drop=True)


# A number that counts something, specific enough to name one quantity: not a year, a time, the day of a date ("May
# 29, 2020"), part of a name ("AR-15", "Section 702"), a share ("41 percent": polls repeat them), a single digit or a
# round number ("90 minutes", "100,000")
_NUMBER = re.compile(r"(?<![\w.,:])(?<![A-Za-z]-)(?:\d{1,3}(?:,\d{3})+|\d{2,}|\d(?=\.\d))(?:\.\d+)?"
                     r"(?![\w:(]|,\d|-[A-Za-z])(?<!,\s\d\d(?=,))")        # not "401(k)", nor an age: "Kasich, 63,"
_NAME_BEFORE = re.compile(r"(?<=[a-z,;]\s)[A-Z][a-z]+\s$")           # "of Section 702", "on Flight 370": names
_SHARE_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent|percentage)")   # shares: too many of them are alike
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")


def _numbers(text: str) -> set[str]:
    """The numbers of a sentence that can name the same quantity in another: "5,200 troops", "killing 12"."""
    out = set()
    for m in _NUMBER.finditer(text):
        value, before = m.group().replace(",", ""), text[max(0, m.start() - 20):m.start()]
        if re.fullmatch(r"1\d\d\d|20\d\d|[1-9]0+", value) or _MONTH_BEFORE.search(before) or \
                _NAME_BEFORE.search(before) or _SHARE_AFTER.match(text, m.end()):
            continue
        out.add(value)
    return out


# A word and the country named right after it ("sanctions on Baghdad", "strikes against Syria")
_SLOT = re.compile(r"\b([a-z]{4,})\s+(?:(?:on|against|in|to|from|with|of|for|into|over)\s+)?(?:the\s+)?"
                   r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)")
_CAPITALISED = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?")


def _country_of(name: str, countries: dict[str, str]) -> str | None:
    """The country a capitalised name (one or two words, perhaps ending a sentence) stands for, if any."""
    first = name.split()[0]
    return next((countries[w] for w in (name, name.rstrip("."), first, first.rstrip(".")) if w in countries), None)


def _countries_in(text: str, countries: dict[str, str]) -> set[str]:
    return {c for m in _CAPITALISED.finditer(text) if (c := _country_of(m.group(), countries))}


def _other_country(x: str, y: str, countries: dict[str, str]) -> bool:
    """Whether two sentences say the same word of different countries, each absent from the other sentence:
    "threatened to impose sanctions on Baghdad" is not "impose harsh sanctions on Tehran", however many words
    they share (the cosine cannot tell them apart)."""
    def slots(text):
        out = {}
        for word, name in _SLOT.findall(text):
            country = _country_of(name, countries)
            if country:
                out.setdefault(word, set()).add(country)
        return out
    sx, sy = slots(x), slots(y)
    if not set(sx) & set(sy):
        return False
    in_x, in_y = _countries_in(x, countries), _countries_in(y, countries)
    return any(cx not in in_y and cy not in in_x for w in set(sx) & set(sy) for cx in sx[w] for cy in sy[w])


def _side(sentences: pd.DataFrame, rows: np.ndarray, outlet: np.ndarray, suffix: str) -> pd.DataFrame:
    s = sentences.iloc[rows]
    return pd.DataFrame({f"doc_id{suffix}": s["doc_id"].astype(str).to_numpy(), f"outlet{suffix}": outlet,
                         f"section{suffix}": s["section"].astype(str).to_numpy(),
                         f"sentence_id{suffix}": s["sentence_id"].to_numpy(np.int64),
                         f"start{suffix}": s["start"].to_numpy(np.int64), f"end{suffix}": s["end"].to_numpy(np.int64),
                         f"sentence{suffix}": s["text"].astype(str).to_numpy()})


def _best_matches(matrix: csr_matrix, outlet: np.ndarray, threshold: float, block: int) -> pd.DataFrame:
    """Each sentence's best match in each other outlet, among the candidates an index of rare words gives.

    The index holds only words in at most ``max(20, 0.5%)`` of the sentences (and never more than 200), so a
    common word never makes a candidate, and a pair must share two of them: on corpora whose outlets share a
    topic vocabulary ("Syria", "Assad", "regime"), one shared word and a cosine of 0.3 join sentences about
    different things. The cosine is then computed on all the words of the two sentences, ``block`` sentences
    at a time, and only each sentence's best match per outlet is kept, so memory holds one block's candidates.
    A match must share three content words in all: of the 28 pairs of the practice corpora above 0.30 that
    shared two ("weapons of war", "hatred and bigotry", "the Second Amendment", "last night"), a reader found
    25 reporting different things.

    Returns:
        ``i, j, oj, sim``: sentence ``i``'s best match ``j`` in outlet ``oj``, at or above ``threshold``.
    """
    n = matrix.shape[0]
    usable = np.diff(matrix.indptr) >= MIN_WORDS
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    rare = df <= min(RARE_MAX, max(20, int(0.005 * n)))
    # own copies of the index arrays: eliminate_zeros works in place, and on shared arrays it would shift the
    # columns of ``matrix`` under its values (every cosine below was then computed on scrambled rows)
    binary = csr_matrix((rare[matrix.indices].astype(float), matrix.indices.copy(), matrix.indptr.copy()),
                        shape=matrix.shape)
    binary.eliminate_zeros()
    binary = csr_matrix(binary.multiply(usable[:, None]))
    transposed = binary.T.tocsc()
    found = []
    for lo in range(0, n, block):
        part = (binary[lo:lo + block] @ transposed).tocoo()
        r, c = part.row + lo, part.col
        keep = (part.data >= MIN_SHARED) & (outlet[r] != outlet[c])
        r, c = r[keep], c[keep]
        if not len(r):
            continue
        both = csr_matrix(matrix[r].multiply(matrix[c]))     # the words the two sentences share, weighted
        sim = np.asarray(both.sum(axis=1)).ravel()
        ok = (sim >= threshold) & (np.diff(both.indptr) >= MIN_COMMON)
        pairs = pd.DataFrame({"i": r[ok], "j": c[ok], "oj": outlet[c[ok]], "sim": sim[ok]})
        pairs = pairs.sort_values(["sim", "j"], ascending=[False, True], kind="stable")
        found.append(pairs.drop_duplicates(["i", "oj"]))
    if not found:
        return pd.DataFrame({"i": np.zeros(0, int), "j": np.zeros(0, int), "oj": np.zeros(0, int),
                             "sim": np.zeros(0)})
    return pd.concat(found, ignore_index=True)


def coverage(corpus, *, threshold: float = 0.30, sections: Sequence[str] = ANALYSED,
             alignment: pd.DataFrame | None = None) -> pd.DataFrame:
    """Groups the sentences of all outlets by what they report, through :func:`align`.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        threshold: The similarity an alignment needs (see :func:`align`).
        sections: Which sections to read (headlines and bodies by default).
        alignment: The table from :func:`align`, if already computed.

    Returns:
        One row per sentence: ``doc_id, outlet, section, sentence_id, start, end, sentence, group, n_outlets,
        outlets``; ``group`` numbers the sets of sentences joined by alignments (from the most similar pair on,
        never two sentences of one outlet in a group, so groups do not chain), ``n_outlets`` how many outlets
        report it, ``outlets`` which (sorted, joined by "; "). A sentence with ``n_outlets == 1`` reports
        something no other outlet's sentence matches.

    Examples:
        >>> from mediakit import load_corpus
        >>> cov = coverage(load_corpus("data/baghdad-2020-01-24", quiet=True))
        >>> cov.loc[cov["sentence"].str.contains("boycotted"), ["outlet", "n_outlets"]].values.tolist()
        [['The Independent', 1]]
    """
    pairs = align(corpus, threshold=threshold, sections=sections) if alignment is None else alignment
    sent = corpus.sentences[corpus.sentences["section"].isin(sections)].reset_index(drop=True)
    doc = sent["doc_id"].astype(str).to_numpy()
    key = pd.MultiIndex.from_arrays([doc, sent["sentence_id"]])
    a = key.get_indexer(pd.MultiIndex.from_arrays([pairs["doc_id"], pairs["sentence_id"]]))
    b = key.get_indexer(pd.MultiIndex.from_arrays([pairs["doc_id_b"], pairs["sentence_id_b"]]))
    outlet = pd.Series(doc).map(corpus.docs.set_index("doc_id")["outlet"])
    group = _groups(a, b, pairs["similarity"].to_numpy(float), pd.factorize(outlet)[0])
    out = pd.DataFrame({"doc_id": doc, "outlet": outlet.to_numpy(), "section": sent["section"].astype(str),
                        "sentence_id": sent["sentence_id"].to_numpy(), "start": sent["start"].astype("int64"),
                        "end": sent["end"].astype("int64"), "sentence": sent["text"].astype(str), "group": group})
    per_group = out.groupby("group")["outlet"].agg(lambda o: "; ".join(sorted(set(o))))
    out["outlets"] = out["group"].map(per_group)
    out["n_outlets"] = out["outlets"].str.count(";") + 1
    return out[COVERAGE_COLUMNS]


def _groups(a: np.ndarray, b: np.ndarray, sim: np.ndarray, outlet: np.ndarray) -> np.ndarray:
    """Groups of aligned sentences, joined pair by pair from the most similar, never two sentences of one
    outlet in a group: a fact is told once per outlet, so an alignment never chains unrelated sentences."""
    parent = np.arange(len(outlet))
    members: dict[int, set[int]] = {}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for k in np.argsort(-sim, kind="stable"):
        x, y = find(int(a[k])), find(int(b[k]))
        if x == y:
            continue
        ox, oy = members.get(x, {int(outlet[x])}), members.get(y, {int(outlet[y])})
        if ox & oy:
            continue
        parent[y] = x
        members[x] = ox | oy
        members.pop(y, None)
    roots = np.array([find(i) for i in range(len(outlet))], dtype=np.int64)
    return pd.factorize(roots)[0]


def differences(corpus, *, threshold: float = 0.30, max_words: int = 12, sections: Sequence[str] = ANALYSED,
                alignment: pd.DataFrame | None = None) -> pd.DataFrame:
    """What one outlet adds, drops or words differently in a sentence that another outlet also reports: the
    sub-sentence facts that selection framing is made of ("a non-binding resolution" against "a resolution",
    "according to police" against nothing).

    Each pair of :func:`align` is compared word by word (``difflib.SequenceMatcher``, Ratcliff & Obershelp
    1988); every run of at most ``max_words`` words that differs and holds a content word is a row.

    Returns:
        The columns of :func:`substitutions`; ``change`` is ``replace``, ``insert`` (only the ``_b`` outlet has
        the words) or ``delete`` (only the first has them); an empty side's ``start == end`` marks where the
        words would stand.

    Examples:
        >>> import pandas as pd, mediakit as mk
        >>> c = mk.load_corpus(pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["A", "B"], "text": [
        ...     "Parliament passed a resolution calling on the government to expel foreign troops.",
        ...     "Parliament passed a non-binding resolution calling on the government to expel foreign troops."]}),
        ...     quiet=True)
        >>> mk.differences(c)[["words", "words_b", "change"]].values.tolist()
        [['', 'non-binding', 'insert']]
    """
    pairs = align(corpus, threshold=threshold, sections=sections) if alignment is None else alignment
    return _pairwise(corpus, pairs, sections, max_words, choices=False)


def _pairwise(corpus, pairs: pd.DataFrame, sections, max_words: int, *, choices: bool) -> pd.DataFrame:
    """Compares every aligned pair word by word, reading only the tokens of the aligned sentences (a few per cent
    of a large corpus), as plain lists, so memory grows with the pairs, not with the corpus."""
    tok = corpus.tokens
    words = is_in(tok["section"], sections) & ~tok["is_punct"].to_numpy()
    sides = pairs[["doc_id", "sentence_id"]], pairs[["doc_id_b", "sentence_id_b"]].set_axis(["doc_id", "sentence_id"],
                                                                                            axis=1)
    _, side_a, side_b = _sentence_keys(tok, *sides, rows=np.zeros(0, np.int64))
    both = np.concatenate([side_a, side_b])
    wanted = pd.Index(np.unique(both))
    found = []
    for at in _parts(words):
        key = _sentence_keys(tok, *sides, rows=at)[0]
        hit = wanted.get_indexer(key) >= 0          # a hash of the pairs' sentences, not a sort of every key
        found.append((at[hit], key[hit]))
    del words
    rows_at = np.concatenate([a for a, _ in found]) if found else np.zeros(0, np.int64)
    key = np.concatenate([k for _, k in found]) if found else np.zeros(0, np.int64)
    order = np.argsort(key, kind="stable")                     # by sentence, in reading order
    rows_at, sorted_key = rows_at[order], key[order]
    sub = tok[["norm", "token", "is_stop", "start", "end"]].iloc[rows_at]
    columns = {"norm": sub["norm"].astype(str).tolist(), "token": sub["token"].astype(str).tolist(),
               "is_stop": sub["is_stop"].to_numpy(bool), "start": sub["start"].to_numpy(np.int64),
               "end": sub["end"].to_numpy(np.int64)}
    first, last = np.searchsorted(sorted_key, both, "left"), np.searchsorted(sorted_key, both, "right")
    n = len(pairs)
    text = DocTexts(corpus.docs)                         # each text a Python string when read
    rows = []
    for k, p in enumerate(pairs.itertuples(index=False)):
        (a0, a1), (b0, b1) = (first[k], last[k]), (first[n + k], last[n + k])
        if a0 == a1 or b0 == b1:
            continue
        a = {c: v[a0:a1] for c, v in columns.items()}
        b = {c: v[b0:b1] for c, v in columns.items()}
        rows += _differences(p, a, b, text, max_words, choices)
    out = pd.DataFrame(rows, columns=SUBSTITUTION_COLUMNS)
    return out.astype({c: "int64" for c in ("sentence_id", "start", "end", "sentence_id_b", "start_b", "end_b")})


def substitutions(corpus, *, threshold: float = 0.30, max_words: int = 3, sections: Sequence[str] = ANALYSED,
                  alignment: pd.DataFrame | None = None) -> pd.DataFrame:
    """Word choices found in the texts: what one outlet writes where another, reporting the same thing, writes
    something else.

    Each pair of :func:`align` is compared word by word (the longest matching runs of word norms, as
    ``difflib.SequenceMatcher`` finds them: Ratcliff & Obershelp 1988). A ``replace`` is a run of at most
    ``max_words`` words in each sentence standing in the same place between shared words ("killed" /
    "assassinated"); an ``insert`` is a modifier one outlet puts before a word both share ("resolution" /
    "non-binding resolution"). Runs of only stopwords, numbers or punctuation are left out.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        threshold: The similarity an alignment needs (see :func:`align`).
        max_words: The longest run compared as one choice.
        sections: Which sections to read.
        alignment: The table from :func:`align`, if already computed.

    Returns:
        One row per choice: ``doc_id, outlet, section, sentence_id, start, end, words`` (the words of one outlet,
        ``start``/``end`` their offsets in ``docs.text``), the same with ``_b`` for the other outlet,
        ``change`` (replace or insert), both sentences and the pair's ``similarity``. See
        :func:`substitution_pairs` for the choices seen in several sentence pairs.

    Examples:
        >>> import pandas as pd, mediakit as mk
        >>> c = mk.load_corpus(pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["A", "B"], "text": [
        ...     "The strike that killed the general near the airport angered Tehran.",
        ...     "The strike that assassinated the general near the airport angered Tehran."]}), quiet=True)
        >>> mk.substitutions(c)[["outlet", "words", "outlet_b", "words_b"]].values.tolist()
        [['A', 'killed', 'B', 'assassinated']]
    """
    pairs = align(corpus, threshold=threshold, sections=sections) if alignment is None else alignment
    return _pairwise(corpus, pairs, sections, max_words, choices=True)


def _differences(p, a: dict, b: dict, text, max_words: int, choices: bool = True) -> list[dict]:
    na, nb, wa, wb = a["norm"], b["norm"], a["token"], b["token"]
    stop_a, stop_b, sa, ea, sb, eb = a["is_stop"], b["is_stop"], a["start"], a["end"], b["start"], b["end"]
    ta, tb = text[p.doc_id], text[p.doc_id_b]
    out = []

    def content(norms, stops, i, j):
        return any(not stops[k] and not re.fullmatch(r"[\d.,]+", norms[k]) for k in range(i, j))

    def span(starts, ends, i1, i2):                  # an empty run sits where its words would be
        if i2 > i1:
            return int(starts[i1]), int(ends[i2 - 1])
        at = int(starts[i1]) if i1 < len(starts) else int(ends[-1]) if len(ends) else 0
        return at, at

    def row(i1, i2, j1, j2, change):
        (x, y), (u, v) = span(sa, ea, i1, i2), span(sb, eb, j1, j2)
        return {"doc_id": p.doc_id, "outlet": p.outlet, "section": p.section, "sentence_id": p.sentence_id,
                "start": x, "end": y, "words": ta[x:y], "doc_id_b": p.doc_id_b, "outlet_b": p.outlet_b,
                "sentence_id_b": p.sentence_id_b, "start_b": u, "end_b": v, "words_b": tb[u:v],
                "change": change, "sentence": p.sentence, "sentence_b": p.sentence_b, "similarity": p.similarity}

    ops = SequenceMatcher(None, na, nb, autojunk=False).get_opcodes()
    if not choices:                                  # every change of the pair: what one adds, drops or words anew
        for tag, i1, i2, j1, j2 in ops:
            if tag != "equal" and max(i2 - i1, j2 - j1) <= max_words and (
                    content(na, stop_a, i1, i2) or content(nb, stop_b, j1, j2)):
                out.append(row(i1, i2, j1, j2, tag))
        return out
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        between = 0 < k < len(ops) - 1 and ops[k - 1][0] == "equal" and ops[k + 1][0] == "equal"
        if tag == "replace" and between and i2 - i1 <= max_words and j2 - j1 <= max_words and \
                content(na, stop_a, i1, i2) and content(nb, stop_b, j1, j2) and \
                [light_stem(w) for w in na[i1:i2]] != [light_stem(w) for w in nb[j1:j2]]:
            out.append(row(i1, i2, j1, j2, "replace"))
        elif tag in ("insert", "delete") and k + 1 < len(ops) and ops[k + 1][0] == "equal" and (
                i2 - i1 if tag == "delete" else j2 - j1) <= 2:
            anchor_a, anchor_b = ops[k + 1][1], ops[k + 1][3]       # the shared word the modifier stands before
            if tag == "insert" and _modifiers(wb, stop_b, j1, j2) and not stop_a[anchor_a]:
                out.append(row(anchor_a, anchor_a + 1, j1, anchor_b + 1, "insert"))
            elif tag == "delete" and _modifiers(wa, stop_a, i1, i2) and not stop_b[anchor_b]:
                out.append(row(i1, anchor_a + 1, anchor_b, anchor_b + 1, "insert"))
    return out


def _modifiers(words: list[str], stops, i: int, j: int) -> bool:
    """Words that can modify the next one: lower case, not stopwords or numbers ("non-binding", "federal")."""
    return all(words[k][:1].islower() and not stops[k] and not re.search(r"\d", words[k]) for k in range(i, j))


def substitution_pairs(substitution_table: pd.DataFrame) -> pd.DataFrame:
    """The word choices of :func:`substitutions`, counted: the pairs seen in most sentence pairs first.

    Returns:
        ``words, words_b, change, sentence_pairs, outlets, outlets_b, example, example_b``: one row per pair of
        wordings (case folded; the two sides in a fixed order), how many aligned sentence pairs show it, which
        outlets wrote each side, and one example of each sentence.
    """
    t = substitution_table
    if t.empty:
        return pd.DataFrame(columns=["words", "words_b", "change", "sentence_pairs", "outlets", "outlets_b",
                                     "example", "example_b"])
    wa, wb = t["words"].str.lower(), t["words_b"].str.lower()
    swap = wa > wb
    side = lambda x, y: x.where(~swap, y)  # noqa: E731
    keyed = pd.DataFrame({"words": side(wa, wb), "words_b": side(wb, wa), "change": t["change"],
                          "outlet": side(t["outlet"], t["outlet_b"]), "outlet_b": side(t["outlet_b"], t["outlet"]),
                          "example": side(t["sentence"], t["sentence_b"]),
                          "example_b": side(t["sentence_b"], t["sentence"])})
    out = keyed.groupby(["words", "words_b", "change"], sort=False).agg(
        sentence_pairs=("outlet", "size"), outlets=("outlet", lambda s: "; ".join(sorted(set(s)))),
        outlets_b=("outlet_b", lambda s: "; ".join(sorted(set(s)))), example=("example", "first"),
        example_b=("example_b", "first")).reset_index()
    return out.sort_values(["sentence_pairs", "words"], ascending=[False, True]).reset_index(drop=True)


def load_claims(*extras: Extra) -> dict[str, list[re.Pattern[str]]]:
    """The claims of ``extras`` (the event lexicon's ``[claims.<name>]`` tables, a claims file) as compiled
    patterns. None ship with mediakit: facts belong to one event.

    Raises:
        ValueError: naming the claim, if a claim has no patterns or a pattern is not a valid regular expression.
    """
    docs = layers("claims", *extras)
    claims: dict[str, list[re.Pattern[str]]] = {}
    for doc in docs:
        for name, entry in doc.items():
            if not isinstance(entry, dict) or not entry.get("patterns"):
                raise ValueError(f"claim {name!r}: needs a table with a list of `patterns`")
            for pattern in entry.get("patterns", []):
                try:
                    claims.setdefault(name, []).append(re.compile(pattern, re.IGNORECASE))
                except re.error as err:
                    raise ValueError(f"claim {name!r}: bad pattern {pattern!r} ({err})") from None
    return claims


def claims(corpus, lexicon: Extra = None, *, sections: Sequence[str] = ANALYSED) -> pd.DataFrame:
    """Every mention of a named fact of the claims lexicon.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        lexicon: Extra claims or patterns (TOML path or mapping), added to those of the corpus's event lexicon.
        sections: Which sections to read (headlines and bodies by default).

    Returns:
        One row per mention: ``claim, doc_id, outlet, start, end, value, sentence, sentence_id``; ``value`` is
        the captured value (a number, a place) where the pattern names one, ``start``/``end`` the matched words.
    """
    patterns = load_claims(corpus.lexicon.part("claims"), lexicon)
    sent = corpus.sentences[corpus.sentences["section"].isin(sections)]
    outlet = corpus.docs.set_index("doc_id")["outlet"]
    rows = []
    for doc_id, sentence_id, offset, text in zip(sent["doc_id"], sent["sentence_id"], sent["start"], sent["text"],
                                                 strict=True):
        for name, regexes in patterns.items():
            seen = set()
            for regex in regexes:
                for m in regex.finditer(text):
                    if any(a < m.end() and m.start() < b for a, b in seen):
                        continue                       # two patterns of one claim on the same words
                    seen.add((m.start(), m.end()))
                    value = m.groupdict().get("value") or ""
                    rows.append({"claim": name, "doc_id": doc_id, "outlet": outlet[doc_id],
                                 "start": offset + m.start(), "end": offset + m.end(), "value": value,
                                 "sentence": text, "sentence_id": sentence_id})
    out = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    return out.astype({"start": "int64", "end": "int64"}).sort_values(["claim", "doc_id", "start"]).reset_index(
        drop=True)


def claims_matrix(claim_table: pd.DataFrame, corpus) -> pd.DataFrame:
    """Outlets x claims: how many sentences of each outlet report each fact (0 where none).

    Returns:
        A DataFrame indexed by outlet (every outlet of the corpus), one column per claim.
    """
    counts = claim_table.groupby(["outlet", "claim"]).size().unstack("claim", fill_value=0)
    return counts.reindex(sorted(corpus.docs["outlet"].unique()), fill_value=0)
