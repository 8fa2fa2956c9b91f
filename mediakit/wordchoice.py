"""Word choice: which of several words for the same thing each outlet uses.

The same act can be "killed" or "assassinated", the same troops a "presence" or an "occupation". A framing
lexicon (``lexicons/framing.toml``) groups such alternatives into families of variants. Every occurrence is
found on word stems (Porter 1980, "An algorithm for suffix stripping", Program 14(3)), so inflections match
without listing them; within a family the longest term wins where terms overlap; and each family's variant
shares per outlet show the choice. This is the dictionary method of content analysis (Krippendorff 2018,
"Content Analysis", 4th ed., ch. 8): its counts are only as good as its lists, so every row keeps its sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd

from .clean import ANALYSED
from .lexicons import Extra, layers, load_aliases
from .tokens import norm, tokenize

COLUMNS = ["doc_id", "outlet", "family", "variant", "term", "match", "start", "end", "section", "sentence_id",
           "sentence"]


@dataclass(frozen=True)
class Term:
    """One lexicon term: its family, variant, text and stem sequence."""

    family: str
    variant: str
    term: str
    stems: tuple[str, ...]


@cache
def _stemmer():
    from nltk.stem import PorterStemmer

    return PorterStemmer()


def stem(word: str) -> str:
    """The Porter stem of a normalised word (NLTK's PorterStemmer, which needs no data).

    Examples:
        >>> [stem(w) for w in ["assassinated", "assassinations", "assassination", "killing", "killed"]]
        ['assassin', 'assassin', 'assassin', 'kill', 'kill']
    """
    return _stemmer().stem(word, to_lowercase=True)


def stem_codes(norms: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Each token's stem as a code, stemming each distinct norm once.

    Args:
        norms: The categorical ``norm`` column of (a subset of) ``Corpus.tokens``.

    Returns:
        ``(codes, stems)``: one int code per token, and the distinct stems the codes index.
    """
    codes, stems = pd.factorize(pd.Series(norms.cat.categories).map(stem))
    per_token = codes[norms.cat.codes.to_numpy()] if len(norms) else np.zeros(0, np.int64)
    return per_token, np.asarray(stems, dtype=object)


def load_framing(extra: Extra = None) -> list[Term]:
    """The terms of ``framing.toml`` (plus ``extra``, a TOML path or mapping of the same form).

    Raises:
        ValueError: naming the family, if a family has fewer than two variants or a variant is not a list.
    """
    docs = layers("framing", extra)
    families: dict[str, dict[str, list[str]]] = {}
    for doc in docs:
        for family, entry in doc.items():
            if not isinstance(entry, dict):
                raise ValueError(f"framing lexicon: {family!r} must be a table of variants")
            target = families.setdefault(family, {})
            for variant, terms in entry.items():
                if variant == "description":
                    continue
                if not isinstance(terms, list):
                    raise ValueError(f"framing lexicon: {family}.{variant} must be a list of terms")
                target[variant] = list(dict.fromkeys([*target.get(variant, []), *terms]))
    for family, variants in families.items():
        if len(variants) < 2:
            raise ValueError(f"framing lexicon: family {family!r} needs two or more variants to compare")
    return _terms(tuple((f, v, tuple(ts)) for f, vs in families.items() for v, ts in vs.items()))


@cache
def _terms(entries) -> list[Term]:
    aliases = load_aliases()
    out, seen = [], set()
    for family, variant, terms in entries:
        for term in terms:
            words, _, _ = tokenize(term)
            stems = tuple(stem(norm(w, aliases)) for w in words if any(ch.isalnum() for ch in w))
            if stems and (family, stems) not in seen:       # "killed" and "killing" share the stem "kill"
                seen.add((family, stems))
                out.append(Term(family, variant, term, stems))
    return out


def word_choice(corpus, lexicon: Extra = None, *, sections: Sequence[str] = ANALYSED) -> pd.DataFrame:
    """Every occurrence of a framing-lexicon term.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        lexicon: Extra families or terms (TOML path or mapping), merged into ``framing.toml``.
        sections: Which sections to read (headlines and bodies by default).

    Returns:
        One row per occurrence: ``doc_id, outlet, family, variant, term, match, start, end, section,
        sentence_id, sentence``; ``term`` is the lexicon entry, ``match`` the words as written, ``start``/``end``
        their offsets in ``docs.text``.

    Examples:
        >>> from mediakit import load_corpus
        >>> t = word_choice(load_corpus("data/baghdad-2020-01-24", quiet=True))
        >>> sorted(t.loc[(t["outlet"] == "Iran News Daily") & (t["variant"] == "loaded"), "match"])
        ['assassinated', 'assassinations']
    """
    terms = load_framing(lexicon)
    tok = corpus.words(sections=sections).reset_index(drop=True)
    codes, stem_values = stem_codes(tok["norm"])
    index = {s: i for i, s in enumerate(stem_values)}
    doc = tok["doc_id"].cat.codes.to_numpy()
    sent = tok["sentence_id"].to_numpy()
    used = {}                                  # per family: tokens already matched by a longer term
    found = []
    for term in sorted(terms, key=lambda t: -len(t.stems)):
        wanted = [index.get(s, -1) for s in term.stems]
        if -1 in wanted or len(tok) < len(wanted):
            continue
        n = len(wanted)
        hit = np.ones(len(tok) - n + 1, bool)
        for k, code in enumerate(wanted):
            hit &= codes[k:len(tok) - n + 1 + k] == code
        at = np.flatnonzero(hit)
        at = at[(doc[at] == doc[at + n - 1]) & (sent[at] == sent[at + n - 1])]
        taken = used.setdefault(term.family, np.zeros(len(tok), bool))
        free = ~np.any([taken[at + k] for k in range(n)], axis=0) if len(at) else at.astype(bool)
        at = at[free]
        for k in range(n):
            taken[at + k] = True
        found.append((term, at, n))
    return _occurrence_table(corpus, tok, found)


def _occurrence_table(corpus, tok: pd.DataFrame, found) -> pd.DataFrame:
    starts, ends, meta = [], [], []
    for term, at, n in found:
        starts.append(at)
        ends.append(at + n - 1)
        meta += [(term.family, term.variant, term.term)] * len(at)
    if not meta:
        return pd.DataFrame(columns=COLUMNS)
    first, last = np.concatenate(starts), np.concatenate(ends)
    out = pd.DataFrame(meta, columns=["family", "variant", "term"])
    out["doc_id"] = tok["doc_id"].to_numpy()[first].astype(str)
    out["start"] = tok["start"].to_numpy()[first].astype(np.int64)
    out["end"] = tok["end"].to_numpy()[last].astype(np.int64)
    out["section"] = tok["section"].to_numpy()[first]
    out["sentence_id"] = tok["sentence_id"].to_numpy()[first].astype(np.int64)
    text = corpus.docs.set_index("doc_id")["text"]
    out["match"] = [text[d][a:b] for d, a, b in zip(out["doc_id"], out["start"], out["end"], strict=True)]
    out["outlet"] = out["doc_id"].map(corpus.docs.set_index("doc_id")["outlet"])
    sentences = corpus.sentences.set_index(["doc_id", "sentence_id"])["text"]
    out["sentence"] = sentences.reindex(pd.MultiIndex.from_arrays([out["doc_id"], out["sentence_id"]])).to_numpy()
    return out.sort_values(["doc_id", "start"]).reset_index(drop=True)[COLUMNS]


def word_choice_rates(occurrences: pd.DataFrame, corpus, *, lexicon: Extra = None,
                      sections: Sequence[str] = ANALYSED) -> pd.DataFrame:
    """Per outlet, family and variant: count, share of the family, and rate per 1,000 words.

    Args:
        occurrences: The table from :func:`word_choice`.
        corpus: The same corpus (for the number of words per outlet).
        lexicon: The extra lexicon ``occurrences`` was made with, if any (for the list of variants).
        sections: The sections ``occurrences`` was read from.

    Returns:
        ``outlet, family, variant, count, share, per_1000_words, words``; every variant of every family appears
        for every outlet, with zero counts where the outlet never uses it. ``share`` is NaN where the outlet uses
        no word of the family.
    """
    tok = corpus.words(sections=sections)
    words = tok.groupby("doc_id", observed=True).size().rename("n").reset_index()
    words["outlet"] = words["doc_id"].astype(str).map(corpus.docs.set_index("doc_id")["outlet"])
    per_outlet = words.groupby("outlet")["n"].sum()
    variants = pd.DataFrame([(t.family, t.variant) for t in load_framing(lexicon)],
                            columns=["family", "variant"]).drop_duplicates()
    grid = pd.MultiIndex.from_product([per_outlet.index, range(len(variants))], names=["outlet", "i"])
    full = pd.DataFrame(index=grid).reset_index()
    full[["family", "variant"]] = variants.to_numpy()[full["i"]]
    counts = occurrences.groupby(["outlet", "family", "variant"]).size().rename("count").reset_index()
    out = full.drop(columns="i").merge(counts, how="left", on=["outlet", "family", "variant"])
    out["count"] = out["count"].fillna(0).astype(int)
    family_total = out.groupby(["outlet", "family"])["count"].transform("sum")
    out["share"] = out["count"] / family_total.where(family_total > 0)
    out["words"] = out["outlet"].map(per_outlet).astype(int)
    out["per_1000_words"] = 1000 * out["count"] / out["words"]
    return out[["outlet", "family", "variant", "count", "share", "per_1000_words", "words"]]
