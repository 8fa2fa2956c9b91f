"""Coverage: what each outlet reports that others do not.

Framing is also selection: what an outlet leaves out shapes the story as much as its words (Entman 1993,
"Framing: Toward clarification of a fractured paradigm", Journal of Communication 43(4): framing is "to select
some aspects of a perceived reality and make them more salient"). Two complementary views:

- ``coverage``: sentences of different outlets are aligned by content, the cosine similarity of their TF-IDF
  vectors over stemmed, normalised words (Salton & Buckley 1988, "Term-weighting approaches in automatic text
  retrieval", Information Processing & Management 24(5)); sentences of different documents at or above
  ``threshold`` are linked, and the connected groups are the things reported. A group with one outlet is
  content only that outlet has. The default threshold, 0.30, was chosen by reading every cross-outlet pair
  of the bundled corpus between 0.2 and 0.5: from 0.30 up the pairs report the same thing (the resolution,
  Iran's retaliation, the sanctions threat, the chants); below it they increasingly share only names and
  places ("marchers avoided Tahrir Square" / "gathered in the Tahrir Square" is at 0.30). Check it on your
  corpus: the notebook lists the groups.
- ``claims``: named facts found by patterns from ``lexicons/claims.toml`` (troop count, non-binding
  resolution, boycott, march location ...), for an outlets x facts matrix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from .clean import ANALYSED
from .lexicons import Extra, layers
from .wordchoice import stem_codes

COVERAGE_COLUMNS = ["doc_id", "outlet", "sentence_id", "start", "end", "sentence", "group", "n_outlets", "outlets"]
CLAIM_COLUMNS = ["claim", "doc_id", "outlet", "start", "end", "value", "sentence", "sentence_id"]


def sentence_vectors(corpus, *, sections: Sequence[str] = ANALYSED) -> tuple[pd.DataFrame, csr_matrix]:
    """The analysed sentences and their L2-normalised TF-IDF vectors over stemmed, non-stop word norms.

    Returns:
        ``(sentences, matrix)``: the sentences table rows (``doc_id, sentence_id, start, end, text``) and a
        sparse matrix with one row per sentence.
    """
    sent = corpus.sentences[corpus.sentences["section"].isin(sections)].reset_index(drop=True)
    tok = corpus.words(sections=sections, stopwords="drop")
    key = pd.MultiIndex.from_arrays([sent["doc_id"].astype(str), sent["sentence_id"]])
    row = key.get_indexer(pd.MultiIndex.from_arrays([tok["doc_id"].astype(str), tok["sentence_id"]]))
    col, stem_values = stem_codes(tok["norm"])
    keep = row >= 0
    counts = csr_matrix((np.ones(int(keep.sum())), (row[keep], col[keep])), shape=(len(sent), len(stem_values)))
    counts.sum_duplicates()
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1 + len(sent)) / (1 + df)) + 1                      # smoothed idf, as in scikit-learn
    tfidf = counts.multiply(idf).tocsr()
    norms = np.sqrt(np.asarray(tfidf.multiply(tfidf).sum(axis=1))).ravel()
    norms[norms == 0] = 1
    return sent, csr_matrix(tfidf.multiply(1 / norms[:, None]))


def coverage(corpus, *, threshold: float = 0.30, sections: Sequence[str] = ANALYSED) -> pd.DataFrame:
    """Groups the sentences of all outlets by what they report.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        threshold: The cosine similarity (0 to 1) at which two sentences of different documents are taken to
            report the same thing. Lower joins more; see the module docstring for how 0.30 was chosen.
        sections: Which sections to read (headlines and bodies by default).

    Returns:
        One row per sentence: ``doc_id, outlet, sentence_id, start, end, sentence, group, n_outlets, outlets``;
        ``group`` numbers the sets of sentences reporting the same thing, ``n_outlets`` how many outlets report
        it, ``outlets`` which (sorted, joined by "; ").

    Examples:
        >>> from mediakit import load_corpus
        >>> cov = coverage(load_corpus("data/baghdad-2020-01-24", quiet=True))
        >>> cov.loc[cov["sentence"].str.contains("boycotted"), ["outlet", "n_outlets"]].values.tolist()
        [['The Independent', 1]]
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be between 0 and 1, not {threshold!r}")
    sent, matrix = sentence_vectors(corpus, sections=sections)
    doc = sent["doc_id"].astype(str).to_numpy()
    rows, cols = _similar_pairs(matrix, doc, threshold)
    graph = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sent), len(sent)))
    _, group = connected_components(graph, directed=False)
    outlet = sent["doc_id"].astype(str).map(corpus.docs.set_index("doc_id")["outlet"])
    out = pd.DataFrame({"doc_id": doc, "outlet": outlet.to_numpy(), "sentence_id": sent["sentence_id"].to_numpy(),
                        "start": sent["start"].astype("int64"), "end": sent["end"].astype("int64"),
                        "sentence": sent["text"].astype(str), "group": group})
    per_group = out.groupby("group")["outlet"].agg(lambda o: "; ".join(sorted(set(o))))
    out["outlets"] = out["group"].map(per_group)
    out["n_outlets"] = out["outlets"].str.count(";") + 1
    return out[COVERAGE_COLUMNS]


def _similar_pairs(matrix: csr_matrix, doc: np.ndarray, threshold: float, block: int = 2_000):
    """Pairs of sentences of different documents with cosine similarity >= threshold, ``block`` rows at a time
    (so memory holds one block's similarities, not all pairs)."""
    rows, cols = [], []
    transposed = matrix.T.tocsc()
    for lo in range(0, matrix.shape[0], block):
        part = (matrix[lo:lo + block] @ transposed).tocoo()
        keep = (part.data >= threshold) & (doc[part.row + lo] != doc[part.col])
        rows.append(part.row[keep] + lo)
        cols.append(part.col[keep])
    if not rows:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(rows), np.concatenate(cols)


def load_claims(extra: Extra = None) -> dict[str, list[re.Pattern[str]]]:
    """The claims of ``claims.toml`` (plus ``extra``) as compiled patterns.

    Raises:
        ValueError: naming the claim, if a pattern is not a valid regular expression.
    """
    docs = layers("claims", extra)
    claims: dict[str, list[re.Pattern[str]]] = {}
    for doc in docs:
        for name, entry in doc.items():
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
        lexicon: Extra claims or patterns (TOML path or mapping), added to ``claims.toml``.
        sections: Which sections to read (headlines and bodies by default).

    Returns:
        One row per mention: ``claim, doc_id, outlet, start, end, value, sentence, sentence_id``; ``value`` is
        the captured value (a number, a place) where the pattern names one, ``start``/``end`` the matched words.
    """
    patterns = load_claims(lexicon)
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
