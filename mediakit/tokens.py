"""Sentences and tokens: offline, vectorised, with offsets into the untouched text.

Sentence boundaries follow the decision rules of Punkt (Kiss & Strunk 2006, "Unsupervised multilingual
sentence boundary detection", Computational Linguistics 32(4)) with parameters shipped in
``lexicons/punkt.toml`` instead of trained: a ``.``, ``?`` or ``!`` (with any closing quotes) followed by
white space ends a sentence unless the word before it is a known abbreviation or an initial (then only a
frequent sentence starter after it ends the sentence), or the next word starts in lower case. A paragraph
(line) break always ends a sentence. The rules run as one regular-expression pass over a batch of texts; NLTK's
own ``PunktSentenceTokenizer`` with the same parameters is available as ``method="punkt"`` for checking.

Tokens come from one regular expression equivalent to NLTK's word tokenizer for news text, with these
choices: hyphenated words ("Iran-backed", "million-strong") and contractions ("don't") stay whole, known
abbreviations keep their period ("Lt.", "U.S."), numbers keep their separators ("5,200", "2.5"). Each token
is found with its offsets in C (``re.findall`` and ``re.split``); norms, stopword and punctuation flags are
computed once per distinct word, not per token, and stored as categoricals.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

import numpy as np

from .lexicons import Aliases, PunktParams, fold, load_punkt

SentenceMethod = Literal["rules", "punkt"]

_CANDIDATE = re.compile(r"(?P<prev>\S*?)(?P<punct>[.?!…]+)(?P<close>[\"'”’»)\]]*)(?=\s)")
_NEXT = re.compile(r"(?P<space>\s+)[\"'“‘«(\[]*(?P<next>[^\s\"'“‘«(\[]\S*)")
_INITIAL = re.compile(r"[^\W\d_]")
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_STRIP_QUOTES = re.compile(r"^[\"'“‘«(\[]+|[\"'”’»)\],;:.!?]+$")


@cache
def token_pattern(abbrevs: frozenset[str]) -> re.Pattern[str]:
    """The token regular expression, with the given abbreviations kept whole with their period.

    Examples:
        >>> p = token_pattern(load_punkt().abbrev_types)
        >>> p.findall("Iran-backed groups' “million-strong” march, Lt. Gen. Qassem Soleimani, 5,200 U.S. troops.")
        ... # doctest: +NORMALIZE_WHITESPACE
        ['Iran-backed', 'groups', "'", '“', 'million-strong', '”', 'march', ',', 'Lt.', 'Gen.', 'Qassem',
         'Soleimani', ',', '5,200', 'U.S.', 'troops', '.']
    """
    words = sorted((a for a in abbrevs if "." not in a), key=len, reverse=True)
    abbrev = "|".join(re.escape(w) for w in words)
    return re.compile(
        r"https?://[^\s<>\"”’)]+[^\s<>\"”’).,;:!?]"        # URLs
        r"|(?<![\w.])(?:[^\W\d_]\.){2,}(?![\w])"           # initialisms: U.S., a.m.
        r"|(?<![\w.])[^\W\d_](?:\.[^\W\d_])+(?![\w.])"     # initialisms missing the last period: U.S
        rf"|(?<![\w.])(?i:{abbrev})\.(?![\w])"             # known abbreviations: Lt., Gen., Mr.
        r"|\d+(?:[.,:]\d+)+"                               # numbers with separators: 5,200 2.5 00:00
        r"|\w+(?:[-'’]\w+)*"                               # words, hyphenated words, contractions
        r"|\.\.+|[-–—]{2,}|[^\w\s]"                        # ellipses, long dashes, any other symbol
    )


def token_spans(text: str, pattern: re.Pattern[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Finds all tokens of ``text`` with their offsets, without a Python object per match.

    ``findall`` gives the tokens and ``split`` the gaps between them; their lengths, interleaved and
    summed, give every offset.

    Returns:
        ``(tokens, starts, ends)``: the token strings and two int64 arrays, so that
        ``text[starts[i]:ends[i]] == tokens[i]``.

    Examples:
        >>> toks, s, e = token_spans("No, no America.", token_pattern(frozenset()))
        >>> toks, s.tolist(), e.tolist()
        (['No', ',', 'no', 'America', '.'], [0, 2, 4, 7, 14], [2, 3, 6, 14, 15])
    """
    tokens = pattern.findall(text)
    gaps = pattern.split(text)
    tok_len = np.fromiter(map(len, tokens), np.int64, len(tokens))
    gap_len = np.fromiter(map(len, gaps), np.int64, len(gaps))
    lengths = np.empty(2 * len(tokens) + 1, np.int64)
    lengths[0::2] = gap_len
    lengths[1::2] = tok_len
    ends = np.cumsum(lengths)[1::2]
    return tokens, ends - tok_len, ends


def sentence_breaks(text: str, *, params: PunktParams | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Where sentences end inside paragraphs of ``text``, by Punkt's decision rules.

    Args:
        text: Any text (one document or many joined by newlines).
        params: Abbreviations and sentence starters; the shipped ``punkt.toml`` if None.

    Returns:
        ``(ends, next_starts)``: int64 arrays of the offset just after each sentence-final punctuation
        (closing quotes included) and of the first character of the next sentence. Paragraph breaks are
        not included: the caller splits paragraphs first.

    Examples:
        >>> t = "It was killed by Lt. Gen. Qassem. The U.S. President spoke. “Go!” they chanted."
        >>> ends, _ = sentence_breaks(t)
        >>> [t[:e] for e in ends]
        ['It was killed by Lt. Gen. Qassem.', 'It was killed by Lt. Gen. Qassem. The U.S. President spoke.']
    """
    params = params or load_punkt()
    ends, starts = [], []
    for m in _CANDIDATE.finditer(text):
        nxt = _NEXT.match(text, m.end())
        if nxt is None or "\n" in nxt.group("space"):
            continue
        if _is_break(m.group("prev"), m.group("punct"), nxt.group("next"), params):
            ends.append(m.end())
            starts.append(nxt.end("space"))
    return np.asarray(ends, np.int64), np.asarray(starts, np.int64)


def _is_break(prev: str, punct: str, nxt: str, params: PunktParams) -> bool:
    first = nxt[:1]
    if first.isalpha() and not first.isupper():
        return False                                   # next word in lower case: not a new sentence
    if punct != ".":
        return True                                    # ?, ! and ellipses end a sentence
    word = _STRIP_QUOTES.sub("", fold(prev))
    if word in params.abbrev_types or _INITIAL.fullmatch(word) or _INITIALISM.fullmatch(word):
        # "Lt. Gen. Qassem" does not break; "... in the U.S. The march" does
        return first.isupper() and _STRIP_QUOTES.sub("", fold(nxt)) in params.sent_starters
    return True


def punkt_breaks(text: str, *, params: PunktParams | None = None) -> np.ndarray:
    """Sentence ends found by NLTK's own ``PunktSentenceTokenizer`` with the shipped parameters.

    For checking :func:`sentence_breaks` (and for users who prefer NLTK's implementation): apply it per
    paragraph. It is several times slower.

    Returns:
        The end offsets of all sentences but the last.
    """
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    tokenizer = PunktSentenceTokenizer((params or load_punkt()).to_nltk())
    return np.asarray([e for _, e in tokenizer.span_tokenize(text)][:-1], np.int64)


def norm(token: str, aliases: Aliases, contractions: frozenset[str] = frozenset()) -> str:
    """The normalised form of one token: lower case, straight apostrophes, possessive 's removed,
    an Arabic article prefix removed from a capitalised name, and spelling variants mapped by the alias table.

    Examples:
        >>> from mediakit.lexicons import load_aliases
        >>> a = load_aliases()
        >>> [norm(t, a) for t in ["Moqtada", "al-Sadr", "Sadr’s", "Qassim", "Shi'ite", "Shiite", "U.S."]]
        ['muqtada', 'sadr', 'sadr', 'qassem', 'shia', 'shia', 'u.s.']
    """
    word = fold(token)
    if word.endswith("'s") and len(word) > 2 and word not in contractions:
        word = word[:-2]
    for prefix in aliases.strip_prefixes:
        if word.startswith(prefix) and len(token) > len(prefix) and token[len(prefix)].isupper():
            word = word[len(prefix):]
            break
    return aliases.variants.get(word, word)


def is_punct(token: str) -> bool:
    """True where a token has no letter or digit.

    Examples:
        >>> is_punct("“"), is_punct("5,200"), is_punct("U.S.")
        (True, False, False)
    """
    return not any(ch.isalnum() for ch in token)
