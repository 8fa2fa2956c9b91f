"""Word choice: which of several words for the same thing each outlet uses.

The same act can be "killed" or "assassinated", the same people "protesters" or "rioters", the same troops a
"presence" or an "occupation". A framing lexicon groups such alternatives into families of variants: the
shipped ``lexicons/framing.toml`` holds general families that hold for news about any event (each citing the
study of its opposition), and an event lexicon adds its own. Every occurrence is found on the tokens' norms,
plural and possessive endings removed (so "protesters" is not "protests", nor "stated" "States"); within a
family the longest term wins where terms overlap; an occurrence is dropped where the family's ``exclude``
patterns say the word is used in another sense ("strike a deal", "Death to America"), and, with ``near``,
where its sentence does not mention the given actor. Each row says whether the word is the outlet's own or
inside a quotation (the speaker's), and the rates count the outlet's own words by default. This is the
dictionary method of content analysis (Krippendorff 2018, "Content Analysis", 4th ed., ch. 8): its counts are
only as good as its lists, so every row keeps its sentence, and :func:`mediakit.substitutions` finds the
families of an event no list names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, partial

import numpy as np
import pandas as pd

from .clean import ANALYSED, DocTexts
from .corpus import Voice, check_voice, codes_of, is_in, sentence_rows, texts_at
from .lexicons import Extra, fold, layers, load_aliases
from .scan import concat_rows, is_lazy
from .store import derived
from .tokens import light_stem, norm, tokenize

COLUMNS = ["doc_id", "outlet", "family", "variant", "term", "match", "start", "end", "section", "sentence_id",
           "quoted", "sentence"]
FAMILY_KEYS = ("description", "source", "exclude", "near")


@dataclass(frozen=True)
class Term:
    """One lexicon term: its family, variant, text and the light stems of its words."""

    family: str
    variant: str
    term: str
    stems: tuple[str, ...]
    lower: bool = True                  # written in lower case: does not match a capitalised name


@dataclass(frozen=True)
class Family:
    """A family's description, source, exclusion patterns and ``near`` words."""

    name: str
    description: str
    source: str
    exclude: tuple[re.Pattern[str], ...]
    near: tuple[str, ...]
    variants: tuple[str, ...]


@cache
def _stemmer():
    from nltk.stem import PorterStemmer

    return PorterStemmer()


@cache
def stem(word: str) -> str:
    """The Porter stem of a normalised word (NLTK's PorterStemmer, which needs no data).

    Examples:
        >>> [stem(w) for w in ["assassinated", "assassinations", "assassination", "killing", "killed"]]
        ['assassin', 'assassin', 'assassin', 'kill', 'kill']
    """
    return _stemmer().stem(word, to_lowercase=True)


def stem_codes(norms: pd.Series, *, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Each token's Porter stem as a code, stemming each distinct norm once.

    Args:
        norms: The categorical ``norm`` column of (a subset of) ``Corpus.tokens``.
        rows: The positions of the tokens wanted (all by default): no copy of the column is made for them.

    Returns:
        ``(codes, stems)``: one int code per token, and the distinct stems the codes index.
    """
    return _codes(norms, stem, rows)


def norm_stem_codes(norms: pd.Series, *, dtype=np.int64) -> tuple[np.ndarray, np.ndarray]:
    """Each distinct norm's Porter stem as a code: ``codes[norms.cat.codes]`` is :func:`stem_codes`, for a reader
    that takes the tokens a part at a time and stems each distinct norm once in all.

    Args:
        norms: The categorical ``norm`` column of ``Corpus.tokens``.
        dtype: The codes' integer type.

    Returns:
        ``(codes, stems)``: one code per category of ``norms``, and the distinct stems the codes index.
    """
    return _by_category(norms, stem, dtype)


def _by_category(norms: pd.Series, how, dtype) -> tuple[np.ndarray, np.ndarray]:
    codes, values = pd.factorize(pd.Series(norms.cat.categories, dtype=object).map(how))
    return codes.astype(dtype), np.asarray(values, dtype=object)


def _codes(norms: pd.Series, how, rows: np.ndarray | None = None, *, dtype=np.int64) -> tuple[np.ndarray, np.ndarray]:
    """Each token's code for ``how(norm)`` (at ``rows``, all by default) and the distinct values."""
    codes, values = _by_category(norms, how, dtype)
    at = codes_of(norms) if rows is None else codes_of(norms)[rows]
    return (codes[at] if len(at) else np.zeros(0, dtype)), values


def load_framing(*extras: Extra, aliases=None) -> tuple[list[Term], dict[str, Family]]:
    """The terms and families of ``framing.toml`` plus each of ``extras`` (TOML paths or mappings).

    Raises:
        ValueError: naming the family, if a family has fewer than two variants, a variant is not a list, or an
            ``exclude`` pattern is not a valid regular expression.
    """
    docs = layers("framing", *extras)
    families: dict[str, dict[str, list[str]]] = {}
    meta: dict[str, dict] = {}
    for doc in docs:
        for family, entry in doc.items():
            if not isinstance(entry, dict):
                raise ValueError(f"framing lexicon: {family!r} must be a table of variants")
            target = families.setdefault(family, {})
            info = meta.setdefault(family, {"description": "", "source": "", "exclude": [], "near": []})
            for key, terms in entry.items():
                if key in ("description", "source"):
                    info[key] = str(terms)
                    continue
                if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
                    raise ValueError(f"framing lexicon: {family}.{key} must be a list of terms")
                if key in ("exclude", "near"):
                    info[key] += terms
                    continue
                target[key] = list(dict.fromkeys([*target.get(key, []), *terms]))
    out = {}
    for family, variants in families.items():
        if len(variants) < 2:
            raise ValueError(f"framing lexicon: family {family!r} needs two or more variants to compare")
        exclude = []
        for pattern in meta[family]["exclude"]:
            try:
                exclude.append(re.compile(pattern, re.IGNORECASE))
            except re.error as err:
                raise ValueError(f"framing lexicon: {family}.exclude: bad pattern {pattern!r} ({err})") from None
        out[family] = Family(family, meta[family]["description"], meta[family]["source"], tuple(exclude),
                             tuple(meta[family]["near"]), tuple(variants))
    entries = tuple((f, v, tuple(ts)) for f, vs in families.items() for v, ts in vs.items())
    return _terms(entries, aliases or load_aliases()), out


def _terms(entries, aliases) -> list[Term]:
    out, seen = [], set()
    for family, variant, terms in entries:
        for term in terms:
            words, _, _ = tokenize(term)
            stems = tuple(light_stem(norm(w, aliases)) for w in words if any(ch.isalnum() for ch in w))
            if stems and (family, stems) not in seen:
                seen.add((family, stems))
                out.append(Term(family, variant, term, stems, lower=term == term.lower()))
    return out


def word_choice(corpus, lexicon: Extra = None, *, sections: Sequence[str] = ANALYSED, voice: Voice = "own",
                near: str | Iterable[str] | None = None) -> pd.DataFrame:
    """Every occurrence of a word-choice term: the shipped general families, the event lexicon's, ``lexicon``'s.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        lexicon: Extra families or terms (TOML path or mapping of the form of ``framing.toml``), merged with the
            shipped families and those of the corpus's event lexicon.
        sections: Which sections to read (headlines and bodies by default).
        voice: ``"own"`` (default): the outlet's own words only; ``"quoted"``: only words inside quotations
            (the speakers'); ``"all"``: both, told apart by the ``quoted`` column.
        near: Count only occurrences in a sentence that mentions one of these actors or words ("Soleimani":
            the killing *of Soleimani*, not other killings); added to each family's own ``near`` list.

    Returns:
        One row per occurrence: ``doc_id, outlet, family, variant, term, match, start, end, section,
        sentence_id, quoted, sentence``; ``term`` is the lexicon entry, ``match`` the words as written,
        ``start``/``end`` their offsets in ``docs.text``, ``quoted`` whether they are inside a quotation.
        ``attrs["variants"]`` lists every (family, variant) searched, for :func:`word_choice_rates`.

    Examples:
        >>> from mediakit import load_corpus
        >>> t = word_choice(load_corpus("data/baghdad-2020-01-24", quiet=True))
        >>> sorted(t.loc[(t["outlet"] == "Iran News Daily") & (t["variant"] == "loaded"), "match"])
        ['assassinated', 'assassinations']
    """
    check_voice(voice)
    if is_lazy(corpus):                                   # the same function on every partition, rows joined
        return corpus.map(word_choice, lexicon, sections=sections, voice=voice, near=near,
                          combine=partial(concat_rows, sort_by=["doc_id", "start"]))
    lex = corpus.lexicon
    terms, families = load_framing(lex.part("framing"), lexicon, aliases=load_aliases(lex.part("aliases")))
    if lexicon is None and near is None:     # a notebook asks for its own words and for all: both read one table
        out = derived(corpus, "word_choice-" + "+".join(sections),
                      lambda: _occurrences(corpus, terms, families, sections, near), disk=False)
    else:
        out = _occurrences(corpus, terms, families, sections, near)
    if voice != "all":
        out = out[out["quoted"] == (voice == "quoted")].reset_index(drop=True)
    out.attrs["variants"] = [(f.name, v) for f in families.values() for v in f.variants]
    out.attrs["voice"] = voice
    return out


def _occurrences(corpus, terms, families, sections: Sequence[str], near) -> pd.DataFrame:
    """Every occurrence, quoted or not: the table of :func:`word_choice` before ``voice`` is applied."""
    t = corpus.tokens                              # the words read, as arrays at their rows: no copy of the table
    rows = np.flatnonzero(is_in(t["section"], sections) & ~t["is_punct"].to_numpy())
    rows = rows.astype(np.int32) if len(t) < 2**31 else rows
    codes, stem_values = _codes(t["norm"], light_stem, rows, dtype=np.int32)
    index = {s: i for i, s in enumerate(stem_values)}
    doc = codes_of(t["doc_id"])[rows]
    sent = t["sentence_id"].to_numpy()[rows]
    n_tok = len(rows)
    first = np.r_[True, (doc[1:] != doc[:-1]) | (sent[1:] != sent[:-1])] if n_tok else np.zeros(0, bool)
    spellings = t["token"].cat.categories               # read once per distinct spelling, not per token
    capitalised = np.fromiter((str(w)[:1].isupper() for w in spellings), bool, len(spellings))
    headline = list(t["section"].cat.categories).index("headline") if "headline" in t["section"].cat.categories \
        else -1
    name_like = capitalised[codes_of(t["token"])[rows]] if n_tok else np.zeros(0, bool)
    name_like &= ~first                                                   # "United States", "March"
    name_like &= codes_of(t["section"])[rows] != headline     # on the categories' codes
    del first
    used: dict[str, np.ndarray] = {}           # per family: the sorted rows already matched by a longer term
    found = []
    for term in sorted(terms, key=lambda t: -len(t.stems)):
        wanted = [index.get(s, -1) for s in term.stems]
        if -1 in wanted or n_tok < len(wanted):
            continue
        n = len(wanted)
        hit = codes[:n_tok - n + 1] == wanted[0]
        for k, code in enumerate(wanted[1:], start=1):
            hit &= codes[k:n_tok - n + 1 + k] == code
        at = np.flatnonzero(hit)
        del hit
        at = at[(doc[at] == doc[at + n - 1]) & (sent[at] == sent[at + n - 1])]
        if term.lower:
            at = at[~name_like[at]]
        taken = used.get(term.family, np.zeros(0, np.int64))
        at = at[~np.any([np.isin(at + k, taken) for k in range(n)], axis=0)] if len(at) else at
        used[term.family] = np.union1d(taken, (at[:, None] + np.arange(n)).ravel())
        found.append((term, at, n))
    del codes, doc, sent, name_like
    out = _occurrence_table(corpus, t, rows, found)
    return _senses(out, families, corpus, near)


def _occurrence_table(corpus, tok: pd.DataFrame, rows: np.ndarray, found) -> pd.DataFrame:
    """The table of the terms found at ``found``'s positions in ``rows`` (the rows of ``tok`` read)."""
    starts, ends, meta = [], [], []
    for term, at, n in found:
        starts.append(at)
        ends.append(at + n - 1)
        meta += [(term.family, term.variant, term.term)] * len(at)
    if not meta:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end", "sentence_id") else
                                          bool if c == "quoted" else object) for c in COLUMNS})
    first, last = rows[np.concatenate(starts)], rows[np.concatenate(ends)]
    out = pd.DataFrame(meta, columns=["family", "variant", "term"])
    doc_ids = tok["doc_id"].cat.categories.to_numpy().astype(str)            # one string per document
    out["doc_id"] = doc_ids[codes_of(tok["doc_id"])[first]]
    out["start"] = tok["start"].to_numpy()[first].astype(np.int64)
    out["end"] = tok["end"].to_numpy()[last].astype(np.int64)
    out["section"] = tok["section"].take(first).to_numpy()      # not .to_numpy()[first]: a string per token
    out["sentence_id"] = tok["sentence_id"].to_numpy()[first].astype(np.int64)
    out["quoted"] = tok["quoted"].to_numpy()[first]
    text = DocTexts(corpus.docs)                         # each text a Python string when read
    out["match"] = [text[d][a:b] for d, a, b in zip(out["doc_id"], out["start"], out["end"], strict=True)]
    out["outlet"] = out["doc_id"].map(corpus.docs.set_index("doc_id")["outlet"])
    at = sentence_rows(corpus.sentences, out["doc_id"], out["sentence_id"])
    out["sentence"] = texts_at(corpus.sentences["text"], at)
    out["offset_"] = corpus.sentences["start"].to_numpy()[at]
    return out.sort_values(["doc_id", "start"]).reset_index(drop=True)


def _senses(out: pd.DataFrame, families: dict[str, Family], corpus, near) -> pd.DataFrame:
    """Drops occurrences in another sense (the family's ``exclude`` patterns) or, with ``near``, in sentences
    that do not mention the actor or word."""
    if out.empty:
        return out[COLUMNS]
    keep = np.ones(len(out), bool)
    extra = [near] if isinstance(near, str) else list(near or [])
    near_sentences = {}
    wanted_near = {f.name: [*f.near, *extra] for f in families.values()}
    if any(wanted_near.values()):
        near_sentences = _sentences_near(corpus, {w for ws in wanted_near.values() for w in ws})
    for i, r in enumerate(out.itertuples(index=False)):
        family = families[r.family]
        a, b = r.start - int(r.offset_), r.end - int(r.offset_)
        if any(m.start() <= a and b <= m.end() for p in family.exclude for m in p.finditer(r.sentence)):
            keep[i] = False
        elif wanted_near[r.family] and not any((r.doc_id, r.sentence_id) in near_sentences[w]
                                               for w in wanted_near[r.family]):
            keep[i] = False
    return out[keep][COLUMNS].reset_index(drop=True)


def _sentences_near(corpus, words: set[str]) -> dict[str, set[tuple[str, int]]]:
    """For each word: the (doc_id, sentence_id) of sentences that mention it, as an actor or as a word."""
    from .actors import actor_mentions

    mentions = actor_mentions(corpus)
    out = {}
    for word in words:
        key = fold(word)
        hits = mentions[(mentions["actor"].map(fold) == key) | (mentions["mention"].map(fold) == key)]
        actors = set(hits["actor"])
        rows = mentions[mentions["actor"].isin(actors)]
        found = set(zip(rows["doc_id"], rows["sentence_id"], strict=True))
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, word.split())) + r"(?!\w)", re.IGNORECASE)
        s = corpus.sentences
        has = s["text"].astype(str).str.contains(pattern, regex=True)
        found |= set(zip(s.loc[has, "doc_id"].astype(str), s.loc[has, "sentence_id"], strict=True))
        out[word] = found
    return out


def words_per_outlet(corpus, *, sections: Sequence[str] = ANALYSED, voice: Voice = "all") -> pd.Series:
    """How many words (not punctuation) each outlet has in ``sections``, of ``voice``; every outlet, sorted.

    Examples:
        >>> from mediakit import load_corpus
        >>> c = load_corpus("data/baghdad-2020-01-24", quiet=True)
        >>> own, quoted, every = (words_per_outlet(c, voice=v) for v in ("own", "quoted", "all"))
        >>> bool((own + quoted == every).all()), bool((quoted < own).all())
        (True, True)
    """
    if is_lazy(corpus):
        counts = corpus.map(words_per_outlet, sections=sections, voice=voice,
                            combine=lambda parts: pd.concat(parts).groupby(level=0).sum())
        return counts.reindex(corpus.outlets(), fill_value=0)
    check_voice(voice)
    tok = corpus.tokens                        # counted on the token table's arrays: no copy of its rows
    counted = is_in(tok["section"], sections) & ~tok["is_punct"].to_numpy()
    if voice != "all":
        counted &= tok["quoted"].to_numpy() == (voice == "quoted")
    doc_ids = tok["doc_id"].cat.categories
    per_doc = np.bincount(codes_of(tok["doc_id"])[counted], minlength=len(doc_ids))
    outlet = corpus.docs.set_index("doc_id")["outlet"].reindex(doc_ids).to_numpy()
    per_outlet = pd.Series(per_doc, index=pd.Index(outlet, name="outlet")).groupby(level=0).sum()
    return per_outlet.reindex(sorted(corpus.docs["outlet"].unique()), fill_value=0)


def word_choice_rates(occurrences: pd.DataFrame, corpus, *, lexicon: Extra = None,
                      sections: Sequence[str] = ANALYSED) -> pd.DataFrame:
    """Per outlet, family and variant: count, share of the family, and rate per 1,000 words.

    Args:
        occurrences: The table from :func:`word_choice` (it knows the variants it searched and whose words it
            counted).
        corpus: The same corpus (for the number of words per outlet).
        lexicon: Only for a table made without :func:`word_choice`: the extra lexicon to list variants from.
        sections: The sections ``occurrences`` was read from.

    Returns:
        ``outlet, family, variant, count, share, per_1000_words, words``; every variant of every family appears
        for every outlet, with zero counts where the outlet never uses it. ``share`` is NaN where the outlet uses
        no word of the family; ``words`` counts the outlet's words of the same voice (its own by default).
    """
    voice = occurrences.attrs.get("voice", "all")
    per_outlet = words_per_outlet(corpus, sections=sections, voice=voice)
    pairs = occurrences.attrs.get("variants")
    if pairs is None:
        lex = corpus.lexicon
        _, families = load_framing(lex.part("framing"), lexicon)
        pairs = [(f.name, v) for f in families.values() for v in f.variants]
    variants = pd.DataFrame(pairs, columns=["family", "variant"]).drop_duplicates()
    grid = pd.MultiIndex.from_product([per_outlet.index, range(len(variants))], names=["outlet", "i"])
    full = pd.DataFrame(index=grid).reset_index()
    full[["family", "variant"]] = variants.to_numpy()[full["i"]] if len(variants) else np.zeros((0, 2))
    counts = occurrences.groupby(["outlet", "family", "variant"]).size().rename("count").reset_index()
    out = full.drop(columns="i").merge(counts, how="left", on=["outlet", "family", "variant"])
    out["count"] = out["count"].fillna(0).astype(int)
    family_total = out.groupby(["outlet", "family"])["count"].transform("sum")
    out["share"] = out["count"] / family_total.where(family_total > 0)
    out["words"] = out["outlet"].map(per_outlet).astype(int)
    out["per_1000_words"] = 1000 * out["count"] / out["words"].where(out["words"] > 0)
    return out[["outlet", "family", "variant", "count", "share", "per_1000_words", "words"]]
