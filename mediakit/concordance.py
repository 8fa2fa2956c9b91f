"""Concordance and collocations: the words around a word, and the words that keep company.

``kwic`` is the keyword-in-context display (Luhn 1960, "Keyword-in-context index for technical literature",
American Documentation 11(4)): every hit of a word, phrase or pattern with the words before and after it, so a
count can be read as language again. ``collocations`` finds word pairs that occur near each other more often
than their frequencies predict, per group, with four association measures: PMI (Church & Hanks 1990, "Word
association norms, mutual information, and lexicography", Computational Linguistics 16(1)), the t-score
(Church et al. 1991), logDice (Rychlý 2008, "A lexicographer-friendly association score", RASLAN) and the
log-likelihood G2 (Dunning 1993, "Accurate methods for the statistics of surprise and coincidence",
Computational Linguistics 19(1)). Counts and scores follow NLTK's ``BigramCollocationFinder`` and
``BigramAssocMeasures`` exactly (checked in the tests), computed with numpy for all groups at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

import numpy as np
import pandas as pd

from .clean import ANALYSED, DocTexts
from .corpus import codes_of, is_in
from .keyness import doc_groups
from .lexicons import load_aliases, load_stopwords
from .tokens import norm, tokenize

KWIC_COLUMNS = ["doc_id", "outlet", "section", "sentence_id", "start", "end", "left", "match", "right"]
COLLOCATION_COLUMNS = ["group", "w1", "w2", "count", "count_w1", "count_w2", "total", "pmi", "t_score", "log_dice",
                       "g2", "low_count", "doc_id", "start", "end"]
LOW_COUNT = 5                   # a pair seen fewer times scores high on chance alone (logDice 14 at 2 and 2)
Measure = Literal["log_dice", "pmi", "t_score", "g2"]


def kwic(corpus, pattern: str, *, window: int = 8, regex: bool = False, case: bool = False,
         match: Literal["norm", "surface"] = "norm", sections: Sequence[str] = ANALYSED) -> pd.DataFrame:
    """Keyword in context: every hit of ``pattern``, with ``window`` words of context on each side.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        pattern: A word or phrase, or with ``regex=True`` a regular expression.
        window: How many tokens of context on each side (within the hit's section).
        regex: Treat ``pattern`` as a regular expression over the surface text.
        case: With ``regex`` or ``match="surface"``: match case (by default case is ignored).
        match: ``"norm"`` (default) matches the words' norms, as keyness reports them: "Shia" finds "Shi'ite",
            "US" finds "U.S." but not the pronoun "us" (an all-capitals word keeps its case), and a keyness term
            finds every spelling it counts. ``"surface"`` matches the text as written.
        sections: Which sections to search (headlines and bodies by default).

    Returns:
        One row per hit: ``doc_id, outlet, section, sentence_id, start, end, left, match, right``; ``start``/``end``
        slice ``docs.text``; the context is on one line.

    Examples:
        >>> from mediakit import load_corpus
        >>> k = kwic(load_corpus("data/baghdad-2020-01-24", quiet=True), "occupier", window=3)
        >>> k[["outlet", "left", "match", "right"]].values.tolist()[0]
        ['The Independent', 'Get out,', 'occupier', '.” Mr']
    """
    if not isinstance(window, int) or window < 0:
        raise ValueError(f"window must be a whole number of tokens, not {window!r}")
    if not pattern or not pattern.strip():
        raise ValueError("pattern is empty")
    if match not in ("norm", "surface"):
        raise ValueError(f"match must be 'norm' or 'surface', not {match!r}")
    sec = corpus.sections[corpus.sections["section"].isin(sections)]
    text = DocTexts(corpus.docs)                         # each text a Python string when read
    outlet = corpus.docs.set_index("doc_id")["outlet"]
    tokens = {d: t for d, t in corpus.tokens.groupby("doc_id", observed=True)[["start", "end", "sentence_id"]]}
    if regex or match == "surface":
        hits = _surface_hits(corpus, sec, text, pattern, regex, case)
    else:
        hits = _norm_hits(corpus, pattern, sections)
    rows = []
    for doc_id, section, a, b, lo, hi in hits:
        body = text[doc_id]
        left, right, sentence_id = _context(body, tokens.get(doc_id), a, b, lo, hi, window)
        rows.append((doc_id, outlet[doc_id], section, sentence_id, a, b, left, body[a:b], right))
    out = pd.DataFrame(rows, columns=KWIC_COLUMNS)
    return out.astype({"start": np.int64, "end": np.int64, "sentence_id": np.int64})


def _surface_hits(corpus, sec, text, pattern, regex, case):
    try:
        compiled = re.compile(pattern if regex else r"(?<!\w)" + r"\s+".join(map(re.escape, pattern.split()))
                              + r"(?!\w)", 0 if case else re.IGNORECASE)
    except re.error as err:
        raise ValueError(f"pattern {pattern!r} is not a valid regular expression: {err}") from None
    for doc_id, section, lo, hi in zip(sec["doc_id"], sec["section"], sec["start"], sec["end"], strict=True):
        for m in compiled.finditer(text[doc_id], lo, hi):
            if m.end() > m.start():
                yield doc_id, section, m.start(), m.end(), lo, hi


def _norm_hits(corpus, pattern, sections):
    lex = corpus.lexicon
    aliases, stopwords = load_aliases(lex.part("aliases")), load_stopwords(lex.part("stopwords"))
    words, _, _ = tokenize(pattern)
    wanted = [norm(w, aliases, stopwords=stopwords) for w in words if any(ch.isalnum() for ch in w)]
    tok = corpus.words(sections=sections).reset_index(drop=True)
    n = len(wanted)
    if not n or len(tok) < n:
        return
    codes = codes_of(tok["norm"])
    index = {v: i for i, v in enumerate(tok["norm"].cat.categories)}
    if any(w not in index for w in wanted):
        return
    hit = np.ones(len(tok) - n + 1, bool)
    for k, w in enumerate(wanted):
        hit &= codes[k:len(tok) - n + 1 + k] == index[w]
    doc, sent = codes_of(tok["doc_id"]), tok["sentence_id"].to_numpy()   # codes: no string per token
    at = np.flatnonzero(hit)
    at = at[(doc[at] == doc[at + n - 1]) & (sent[at] == sent[at + n - 1])]
    doc_ids = tok["doc_id"].cat.categories
    sec = corpus.sections[corpus.sections["section"].isin(sections)]
    spans = {d: list(zip(g["start"], g["end"], strict=True)) for d, g in sec.groupby("doc_id", sort=False)}
    for i in at:
        doc_id, a, b = str(doc_ids[doc[i]]), int(tok["start"].iat[i]), int(tok["end"].iat[i + n - 1])
        lo, hi = next(((x, y) for x, y in spans[doc_id] if x <= a < y), (a, b))
        yield doc_id, str(tok["section"].iat[i]), a, b, lo, hi


def _context(text: str, tokens: pd.DataFrame, start: int, end: int, lo: int, hi: int, window: int):
    starts, ends = tokens["start"].to_numpy(), tokens["end"].to_numpy()
    first = np.searchsorted(ends, start, side="right")                   # first token ending after the start
    last = np.searchsorted(starts, end, side="left")                     # first token starting at/after the end
    left_start = max(lo, int(starts[max(first - window, 0)])) if window and first > 0 else start
    right_end = min(hi, int(ends[min(last + window, len(ends)) - 1])) if window and last < len(ends) else end
    sentence_id = int(tokens["sentence_id"].to_numpy()[min(first, len(starts) - 1)])
    one_line = " ".join
    return one_line(text[left_start:start].split()), one_line(text[end:max(end, right_end)].split()), sentence_id


def collocations(corpus, *, by: str = "outlet", window: int = 2, measure: Measure = "log_dice", min_count: int = 2,
                 stopwords: Literal["drop", "keep"] = "drop", sections: Sequence[str] = ANALYSED) -> pd.DataFrame:
    """Word pairs that occur within ``window`` words of each other, per group, with association scores.

    As in NLTK's ``BigramCollocationFinder.from_words(words, window_size=window)`` over each sentence: ``w1``
    comes first and ``w2`` within the next ``window - 1`` words of the same sentence (never across a sentence or
    from a headline into the body); punctuation is skipped (and stopwords, by default); pair counts are divided
    by ``window - 1`` for the scores, as NLTK does.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        by: Any ``docs`` column; its values are the groups (default: outlets).
        window: 2 for adjacent words; larger for words nearby.
        measure: The score to sort by: ``"log_dice"``, ``"pmi"``, ``"t_score"`` or ``"g2"``.
        min_count: Leave out pairs seen fewer times than this in the group.
        stopwords: ``"drop"`` (default) or ``"keep"``.
        sections: Which sections to read (headlines and bodies by default).

    Returns:
        ``group, w1, w2, count, count_w1, count_w2, total, pmi, t_score, log_dice, g2``, ``low_count`` (seen
        fewer than 5 times: its scores rest on chance; a pair of words seen twice, always together, scores the
        maximum logDice of 14), and the first co-occurrence ``doc_id, start, end`` (from ``w1`` to ``w2``),
        sorted by group and ``measure``.
    """
    if measure not in ("log_dice", "pmi", "t_score", "g2"):
        raise ValueError(f"measure must be one of log_dice, pmi, t_score, g2, not {measure!r}")
    if not isinstance(window, int) or window < 2:
        raise ValueError(f"window must be a whole number of at least 2, not {window!r}")
    if stopwords not in ("keep", "drop"):
        raise ValueError(f"stopwords must be 'drop' or 'keep', not {stopwords!r}")
    tok = corpus.tokens                        # the words read, as arrays at their rows: no copy of the table
    read = is_in(tok["section"], sections) & ~tok["is_punct"].to_numpy()
    if stopwords == "drop":
        read &= ~tok["is_stop"].to_numpy()
    rows = np.flatnonzero(read)
    del read
    rows = rows.astype(np.int32) if len(tok) < 2**31 else rows      # every array here is one number per word:
    doc = codes_of(tok["doc_id"])[rows]                              # the narrowest type that holds it
    sent = tok["sentence_id"].to_numpy()[rows]
    word = codes_of(tok["norm"])[rows]
    vocab = np.asarray(tok["norm"].cat.categories, dtype=object)
    group_of_doc, groups = doc_groups(corpus, tok["doc_id"].cat.categories, by)
    group = group_of_doc.astype(np.int32)[doc]
    size = max(len(vocab), 1)
    w_keys, w_counts = np.unique(group.astype(np.int64) * size + word, return_counts=True)
    totals = np.bincount(group, minlength=len(groups))
    n = len(rows)
    near = np.zeros((n, window - 1), bool)     # near[p, d - 1]: the word d after p is in the same sentence
    for d in range(1, min(window, n)):
        near[:n - d, d - 1] = (doc[:-d] == doc[d:]) & (sent[:-d] == sent[d:])
    del sent
    i, d = np.nonzero(near)                    # row-major: by first word, then by distance (as a sort would)
    del near
    step = d.astype(np.int8) + np.int8(1)      # the second word is i + step
    del d
    key = group[i].astype(np.int64)            # (group x word x word), built in place
    key *= size
    key += word[i]
    key *= size
    key += word[i + step]
    keys, first, count = np.unique(key, return_index=True, return_counts=True)
    del key
    keep = count >= min_count
    keys, first, count = keys[keep], first[keep], count[keep]
    at_i, at_j = rows[i[first]], rows[i[first] + step[first]]
    first_doc = doc[i[first]]
    del i, step, word, group, doc
    g, rest = keys // (size * size), keys % (size * size)
    w1, w2 = rest // size, rest % size
    c1 = w_counts[np.searchsorted(w_keys, g * size + w1)]
    c2 = w_counts[np.searchsorted(w_keys, g * size + w2)]
    scores = association(count / (window - 1), c1, c2, totals[g])
    # the order of sort_values(["group", measure, "count", "w1", "w2"], descending measure and count), on ranks:
    # a sort of the table's string columns peaks at twice the table
    order = np.lexsort((_ranks(vocab)[w2], _ranks(vocab)[w1], -count, -scores[measure], _ranks(groups)[g]))
    g, w1, w2, count, c1, c2 = g[order], w1[order], w2[order], count[order], c1[order], c2[order]
    return pd.DataFrame({
        "group": groups[g], "w1": vocab[w1], "w2": vocab[w2], "count": count, "count_w1": c1, "count_w2": c2,
        "total": totals[g], **{k: v[order] for k, v in scores.items()}, "low_count": count < LOW_COUNT,
        "doc_id": tok["doc_id"].cat.categories.to_numpy()[first_doc[order]],
        "start": tok["start"].to_numpy()[at_i[order]].astype(np.int64),
        "end": tok["end"].to_numpy()[at_j[order]].astype(np.int64)})[COLLOCATION_COLUMNS]


def _ranks(values: np.ndarray) -> np.ndarray:
    """Each value's place in the values' sorted order (distinct values)."""
    ranks = np.empty(len(values), np.int64)
    ranks[np.argsort(values, kind="stable")] = np.arange(len(values))
    return ranks


def association(n_ii, n_ix, n_xi, n_xx) -> dict[str, np.ndarray]:
    """PMI, t-score, logDice and G2 for pair counts ``n_ii``, word counts ``n_ix``/``n_xi`` out of ``n_xx``.

    The formulas of NLTK's ``BigramAssocMeasures`` (``pmi``, ``student_t``, ``likelihood_ratio``) and logDice.

    Examples:
        >>> s = association(np.array([3.0]), np.array([4]), np.array([5]), np.array([100]))
        >>> [round(float(s[k][0]), 4) for k in ("pmi", "t_score", "log_dice")]
        [3.9069, 1.6166, 13.415]
    """
    n_ii, n_ix, n_xi, n_xx = (np.asarray(x, float) for x in (n_ii, n_ix, n_xi, n_xx))
    n_oi, n_io = n_xi - n_ii, n_ix - n_ii
    n_oo = n_xx - n_ii - n_oi - n_io
    observed = np.stack([n_ii, n_oi, n_io, n_oo])
    expected = np.stack([(n_ii + n_io) * (n_ii + n_oi), (n_oi + n_oo) * (n_ii + n_oi),
                         (n_ii + n_io) * (n_io + n_oo), (n_oi + n_oo) * (n_io + n_oo)]) / n_xx
    with np.errstate(divide="ignore", invalid="ignore"):
        g2 = 2 * np.where(observed > 0, observed * np.log(observed / expected + 1e-20), 0.0).sum(axis=0)
        return {"pmi": np.log2(n_ii * n_xx) - np.log2(n_ix * n_xi),
                "t_score": (n_ii - n_ix * n_xi / n_xx) / np.sqrt(n_ii + 1e-20),
                "log_dice": 14 + np.log2(2 * n_ii / (n_ix + n_xi)),
                "g2": g2}
