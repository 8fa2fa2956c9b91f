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
from collections.abc import Iterator
from functools import cache
from typing import Literal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .clean import blank
from .lexicons import Aliases, PunktParams, fold, load_punkt

SentenceMethod = Literal["rules", "punkt"]

# a candidate end: sentence-final punctuation and closing quotes, then white space on the same line and the next
# word (its opening quotes skipped), or the next word glued to it where a paragraph break was lost in scraping
# ("fell 2.4 percent.Another contributor", "told the Times.\"It means", "Yes!“Go"; not "Michelle.Hackman@wsj.com")
_CANDIDATE = re.compile(r"(?P<punct>[.?!…]+)(?P<close>[\"'”’»)\]]*)"
                        r"(?:(?=[^\S\n]+(?P<open>[\"'“‘«(\[]*)(?P<next>[^\s\"'“‘«(\[]\S*))|"
                        r"(?P<glued>“?)(?=(?P<word>[A-Z][a-z]+|I(?=\s))\b(?![.@])))")
_INITIAL = re.compile(r"[^\W\d_]")
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_STRIP_QUOTES = re.compile(r"^[\"'“‘«(\[]+|[\"'”’»)\],;:.!?]+$")


TOKEN = re.compile(
    r"https?://[^\s<>\"”’)]*[^\s<>\"”’).,;:!?]"      # URLs
    r"|\d+(?:[.,:]\d+)+"                             # numbers with separators: 5,200 2.5 00:00
    r"|\w+(?:[-'’]\w+)*"                             # words, hyphenated words, contractions
    r"|\.\.+|[-–—]{2,}|[^\w\s]"                      # ellipses, long dashes, any other symbol
)


# Quotations, as written in news: curly or straight double quotes (a quote left open runs to the end of its
# paragraph, as a quotation continued in the next paragraph is printed), curly single quotes (an apostrophe
# inside a word does not close them), and straight single quotes opened at a word's start.
QUOTATION = re.compile(
    r"(?=[“'\"‘])(?:"                  # every quotation opens with one of these: the engine skips other positions
    r"“[^“”\"\n’]*(?:’(?!’)[^“”\"\n’]*)*(?:[”\"]|’’|(?=\n)|$)"    # closed by ”, or where a writer mixed them by " or ’’
    r"|(?<![\w'])''(?=\S)[^'\n]*?''(?!\w)"
    r"|(?<![\w‘’])‘‘(?=\S)[^‘’\n]*(?:’(?!’)[^‘’\n]*)*’’"                # doubled curly apostrophes: ‘‘I love it,’’
    r"|(?<![\w\"])\"(?=\S)(?:[^\"\n'”]|'(?!'))*(?:\"|''|”|(?=\n)|$)"   # closed by " or, mixed, by '' or ”
    r"|(?<=[.?!,]\")\"(?=[^\W\d_])(?:[^\"\n'”]|'(?!'))*(?:\"|''|”|(?=\n)|$)"   # run on: "...years.""I said it,"
    r"|(?<![\w‘’])‘(?=\S)(?:[^‘’\n]|’(?=\w))*’(?!\w)"
    r"|(?<![\w'.])'(?!s\s)(?=[^\W\d_])(?:[^'\n]|'(?=\w))*?[^\s']'(?!\w)"     # (not "Jr.'s widow")
    r")"
)


_QUOTE_MARK = re.compile(r"[“'\"‘]")                 # the marks QUOTATION opens with


def quote_spans(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Where quotations are in ``text``: the offsets of each quotation, its marks included.

    Words inside are the speaker's, not the writer's: ``Corpus.tokens.quoted`` marks them, and the measures
    of an outlet's wording leave them out by default.

    Returns:
        ``(starts, ends)``: two int64 arrays, in text order, not overlapping.

    Examples:
        >>> t = 'Protesters chanted “No, no America” and ‘Get out’. The crowd’s mood. "Go home," he said.'
        >>> [t[a:b] for a, b in zip(*quote_spans(t))]
        ['“No, no America”', '‘Get out’', '"Go home,"']
        >>> t = "Russia warns of 'extremely serious' consequences; the protesters' signs"
        >>> [t[a:b] for a, b in zip(*quote_spans(t))]
        ["'extremely serious'"]
    """
    spans = [m.span() for m in quotations(text)]
    if not spans:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    starts, ends = zip(*spans, strict=True)
    return np.asarray(starts, np.int64), np.asarray(ends, np.int64)


def quotations(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`QUOTATION` in ``text``, as ``QUOTATION.finditer`` gives them, two to three times
    faster: the engine skips to each quotation mark, and the pattern is tried only there. A nickname inside a
    name (:func:`nickname`) is no quotation.

    Examples:
        >>> [m.group() for m in quotations('"No," said Robert "Bob" Crandall. Trump called it "Dumb" News.')]
        ['"No,"', '"Dumb"']
    """
    at, match = 0, QUOTATION.match
    for mark in _QUOTE_MARK.finditer(text):
        if mark.start() >= at and (m := match(text, mark.start())) is not None:
            at = m.end()
            if not (m.end() - m.start() <= _NICKNAME_LONGEST and nickname(text, m.start(), m.end())):
                yield m


# a nickname in quotation marks between a given name and a surname: Robert "Bob" Crandall, Jesse “The Body”
# Ventura, Phineas Taylor “P.T.” Barnum
_NICKNAME = re.compile(r"[“\"‘'][A-Z][\w.]*(?:[ -][A-Z][\w.]*)?[”\"’'](?= [A-Z][a-z])")
_NICKNAME_LONGEST = 30
_NAME_BEFORE = re.compile(r"(?<![\w.’'-])(?P<name>[A-Z][a-z]+) $")
_NOT_GIVEN = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our",
                        "My", "Your", "Says", "Say", "Said"})
_LINE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_TITLE_LOWER = frozenset({"with", "from", "into", "onto", "over", "upon", "than", "that", "when", "amid", "about",
                          "after", "under", "while", "before", "against", "without", "through"})  # lower in a title


def nickname(text: str, start: int, end: int) -> bool:
    """Whether the quotation ``text[start:end]`` is a nickname written inside a name (Robert "Bob" Crandall,
    Sen. Juan "Chuy" Hinojosa): one or two capitalised words in quotation marks, after a capitalised word and
    before another. Not in a line of title case, where a quoted word between capitalised words is a scare quote
    ("Trump Disparages 'Dumb' Deal With Australia", "Nick Cave Slams 'Woke' Culture as 'Self-Righteous'": its
    words of four letters or more, but for a few prepositions and conjunctions, are capitalised).

    Examples:
        >>> t = 'Sen. Juan "Chuy" Hinojosa said no.'
        >>> nickname(t, 10, 16), nickname("Trump Disparages 'Dumb' Deal With Australia", 17, 23)
        (True, False)
    """
    m = _NICKNAME.match(text, start)
    if m is None or m.end() != end:
        return False
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group("name") in _NOT_GIVEN:
        return False
    lo, hi = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    words = [w for w in _LINE_WORD.findall(text, lo, len(text) if hi < 0 else hi) if len(w) >= 4 and w not in
             _TITLE_LOWER]
    return len(words) < 4 or sum(w[0].islower() for w in words) >= max(1.0, 0.1 * len(words))   # no title case


def without_nicknames(text: str) -> str:
    """``text`` with each :func:`nickname` and its marks replaced by as many spaces, so a name reads as one
    ("Robert       Crandall") and offsets stay valid.

    Examples:
        >>> without_nicknames('said Robert "Bob" Crandall, a CEO')
        'said Robert       Crandall, a CEO'
    """
    if '"' not in text and "“" not in text and "‘" not in text and "'" not in text:
        return text
    return blank(text, [m.span() for m in _NICKNAME.finditer(text) if nickname(text, *m.span())])


def in_spans(positions: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For each position, whether it lies inside one of the sorted, non-overlapping spans ``[starts, ends)``.

    Examples:
        >>> in_spans(np.array([0, 5, 12]), np.array([4, 10]), np.array([8, 12])).tolist()
        [False, True, False]
    """
    if not len(starts):
        return np.zeros(len(positions), bool)
    k = np.searchsorted(starts, positions, side="right") - 1
    return (k >= 0) & (positions < ends[np.maximum(k, 0)])


def token_spans(text: str, pattern: re.Pattern[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Finds all matches of ``pattern`` in ``text`` with their offsets, without a Python object per match.

    One ``split`` on the pattern wrapped in a group gives the gaps and the tokens interleaved (one pass of the
    engine, not a ``findall`` and a ``split``); their lengths, summed, give every offset.

    Returns:
        ``(tokens, starts, ends)``: the token strings and two int64 arrays, so that
        ``text[starts[i]:ends[i]] == tokens[i]``.

    Examples:
        >>> toks, s, e = token_spans("No, no America.", TOKEN)
        >>> toks, s.tolist(), e.tolist()
        (['No', ',', 'no', 'America', '.'], [0, 2, 4, 7, 14], [2, 3, 6, 14, 15])
    """
    if pattern.groups:
        tokens, gaps = pattern.findall(text), pattern.split(text)
    else:
        parts = _grouped(pattern).split(text)
        tokens, gaps = parts[1::2], parts[0::2]
        del parts
    tok_len = np.fromiter(map(len, tokens), np.int64, len(tokens))
    gap_len = np.fromiter(map(len, gaps), np.int64, len(gaps))
    lengths = np.empty(2 * len(tokens) + 1, np.int64)
    lengths[0::2] = gap_len
    lengths[1::2] = tok_len
    ends = np.cumsum(lengths)[1::2]
    return tokens, ends - tok_len, ends


@cache
def _grouped(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(f"({pattern.pattern})", pattern.flags)


def tokenize(text: str, *, abbrevs: frozenset[str] | None = None) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Splits ``text`` into tokens with their offsets.

    One regular expression (:data:`TOKEN`) finds words, numbers and symbols; then abbreviations and
    initialisms are joined with their periods ("Lt.", "Gen.", "U.S.", "J.") by a vectorised pass over the
    token stream, so the common case never pays for the rare one.

    Args:
        text: Any text.
        abbrevs: Folded abbreviations that keep their period; the shipped ``punkt.toml`` list if None.

    Returns:
        ``(tokens, starts, ends)``: the token strings and two int64 arrays with
        ``text[starts[i]:ends[i]] == tokens[i]``.

    Examples:
        >>> toks, s, e = tokenize("Iran-backed groups' “million-strong” march, Lt. Gen. Qassem, 5,200 U.S. troops.")
        >>> toks  # doctest: +NORMALIZE_WHITESPACE
        ['Iran-backed', 'groups', "'", '“', 'million-strong', '”', 'march', ',', 'Lt.', 'Gen.', 'Qassem', ',',
         '5,200', 'U.S.', 'troops', '.']
        >>> s[:3].tolist(), e[:3].tolist()
        ([0, 12, 18], [11, 18, 19])
    """
    vocab, codes, starts, ends = tokenize_coded(text, abbrevs=abbrevs)
    return [vocab[c] for c in codes], starts, ends


def tokenize_coded(text: str, *, abbrevs: frozenset[str] | None = None
                   ) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """:func:`tokenize`, with the tokens as codes into a list of distinct strings (no string per token).

    No token spans white space, and how a run of text between white space splits into tokens does not depend on
    what is outside it (:data:`TOKEN` has no look-behind, and white space ends every alternative). So the text is
    cut at white space (where ``str.split`` cuts, in numpy and Arrow: :func:`_runs`), each *distinct* run is
    tokenised once (news text has about one distinct run in twelve; a run of letters and digits is one token as
    it is), and the runs' tokens are laid out at every place the run occurs.

    Returns:
        ``(vocab, codes, starts, ends)``: token ``i`` is ``vocab[codes[i]]``.
    """
    abbrevs = load_punkt().abbrev_types if abbrevs is None else abbrevs
    run_starts, runs = _runs(text)
    if not len(runs):
        empty = np.zeros(0, np.int64)
        return [], np.zeros(0, np.int32), empty, empty
    encoded = runs.dictionary_encode()
    del runs
    distinct: list[str] = encoded.dictionary.to_pylist()
    run_codes = encoded.indices.to_numpy(zero_copy_only=False)
    plain = np.fromiter(map(str.isalnum, distinct), bool, len(distinct))     # letters and digits: one token
    other = np.flatnonzero(~plain)
    words = [distinct[i] for i in other]
    o_vocab, o_codes, o_starts, o_ends = _tokenize_runs(" ".join(words), abbrevs)
    o_begin = np.cumsum([0] + [len(w) + 1 for w in words])[:-1]            # where each run is in that text
    owner = np.searchsorted(o_begin, o_starts, side="right") - 1            # the run each token belongs to
    n_tokens = np.ones(len(distinct), np.int64)
    n_tokens[other] = np.bincount(owner, minlength=len(other))
    first = np.cumsum(n_tokens) - n_tokens                                 # each distinct run's tokens, laid out
    flat = first[other[owner]] + np.arange(len(owner)) - np.searchsorted(owner, owner)
    plain_at = np.flatnonzero(plain)
    size = int(n_tokens.sum())
    f_code, f_offset, f_length = np.empty(size, np.int64), np.zeros(size, np.int64), np.empty(size, np.int64)
    f_code[first[plain_at]] = np.arange(len(plain_at))
    f_length[first[plain_at]] = [len(distinct[i]) for i in plain_at]
    f_code[flat] = len(plain_at) + o_codes
    f_offset[flat] = o_starts - o_begin[owner]
    f_length[flat] = o_ends - o_starts
    strings = pa.array([distinct[i] for i in plain_at] + o_vocab, pa.string()).dictionary_encode()
    vocab: list[str] = strings.dictionary.to_pylist()
    f_code = strings.indices.to_numpy(zero_copy_only=False)[f_code].astype(np.int32)
    # every occurrence of a run gets its run's tokens
    count = n_tokens[run_codes]
    occurrence = np.repeat(np.arange(len(run_codes)), count)
    index = first[run_codes][occurrence] + np.arange(len(occurrence)) - np.repeat(np.cumsum(count) - count, count)
    starts = run_starts[occurrence] + f_offset[index]
    codes = f_code[index]
    order = pd.unique(codes)                                   # the vocabulary in order of first occurrence
    rank = np.empty(len(vocab), np.int32)
    rank[order] = np.arange(len(order), dtype=np.int32)
    return [vocab[i] for i in order], rank[codes], starts, starts + f_length[index]


_SPACE = np.array([chr(c).isspace() for c in range(0x3001)] + [False])   # no code point above U+3000 is a space
_SPACES = "".join(chr(c) for c in range(len(_SPACE)) if _SPACE[c])     # what str.split() splits on


def _runs(text: str) -> tuple[np.ndarray, pa.Array]:
    """The runs of non-space characters (what ``str.split()`` returns) as an Arrow array, and where each begins
    (code point offsets).

    The array is cut from the text's UTF-8 bytes at each run's start (its byte offset: its code point offset
    plus the extra bytes of the wider characters before it), and each value's trailing spaces trimmed by Arrow,
    so no Python string is made per run.
    """
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    word = ~_SPACE[np.minimum(points, len(_SPACE) - 1)]
    starts = np.flatnonzero(word & np.r_[True, ~word[:-1]]).astype(np.int64)
    data = text.encode("utf-8")
    wide = np.flatnonzero(points >= 0x80)                         # 2, 3 or 4 bytes in UTF-8
    extra = np.r_[0, np.cumsum(1 + (points[wide] >= 0x800).astype(np.int64) + (points[wide] >= 0x10000))]
    offsets = np.r_[starts + extra[np.searchsorted(wide, starts)], len(data)]
    runs = pa.LargeStringArray.from_buffers(len(starts), pa.py_buffer(offsets), pa.py_buffer(data))
    return starts, pc.utf8_rtrim(runs, characters=_SPACES)


def _tokenize_runs(text: str, abbrevs: frozenset[str]) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """The tokens of ``text`` by :data:`TOKEN`, with abbreviations and initialisms joined to their periods."""
    words, starts, ends = token_spans(text, TOKEN)
    encoded = pa.array(words, pa.string()).dictionary_encode()
    del words
    vocab: list[str] = encoded.dictionary.to_pylist()
    codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int32)
    join = _joins(vocab, codes, starts, ends, abbrevs)
    if not join.any():
        return vocab, codes, starts, ends
    last = ~join                                       # token i ends a run unless it joins the next
    first = np.r_[True, last[:-1]]
    codes, new_starts, new_ends = codes[first], starts[first], ends[last]
    index = {w: i for i, w in enumerate(vocab)}
    for j in np.flatnonzero(new_ends - new_starts != ends[first] - new_starts):
        codes[j] = index.setdefault(text[new_starts[j]:new_ends[j]], len(index))
    return list(index), codes, new_starts, new_ends


def _joins(vocab: list[str], codes: np.ndarray, starts: np.ndarray, ends: np.ndarray,
           abbrevs: frozenset[str]) -> np.ndarray:
    """join[i]: token i and token i+1 are one token (an abbreviation or initialism and its periods)."""
    n = len(codes)
    join = np.zeros(n, bool)
    if n < 2:
        return join
    letter_v = np.fromiter((len(w) == 1 and w.isalpha() for w in vocab), bool, len(vocab))
    longest = _longest(abbrevs)                        # most words are longer than any abbreviation: not folded
    abbrev_v = np.fromiter((len(w) <= longest and fold(w) in abbrevs for w in vocab), bool, len(vocab)) | letter_v
    dot = codes == (vocab.index(".") if "." in vocab else -1)
    letter, abbrev = letter_v[codes], abbrev_v[codes]
    adjacent = ends[:-1] == starts[1:]
    join[:-1] = adjacent & abbrev[:-1] & dot[1:]                                     # Lt|.  U|.  S|.
    join[1:-1] |= adjacent[1:] & dot[1:-1] & letter[:-2] & adjacent[:-1] & letter[2:]   # U.|S
    return join


@cache
def _longest(abbrevs: frozenset[str]) -> int:
    return max(map(len, abbrevs), default=0) + 1       # + 1: lower-casing may lengthen a word ("İ")


def sentence_breaks(text: str, *, params: PunktParams | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Where sentences end inside paragraphs of ``text``, by Punkt's decision rules.

    A sentence also ends where a lost paragraph break glued it to the next ("percent.Another", "the
    Times.\"It means", "years.\"\"I said"): a lower-case word, one mark, and a capitalised word, unless the mark
    ends an abbreviation or the next word goes on as an address ("Michelle.Hackman@wsj.com").

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
    kinds: dict[str, bool] = {}                        # word before a period -> abbreviation or initial
    paragraph_quotes: dict[int, tuple[set[int], set[int]]] = {}
    for m in _CANDIDATE.finditer(text):
        nxt = m.group("next")
        if nxt is None:                                # glued: after a lower-case word and one mark, the opening
            close = m.group("close")                   # quote told by the quotations of the paragraph
            if len(m.group("punct")) > 1 or not text[m.start() - 2:m.start()].isalpha() or \
                    not text[m.start() - 2:m.start()].islower():
                continue
            if close == '""':                          # "10-15 years.""I said it": one closes, one opens
                ends.append(m.end("punct") + 1)
                starts.append(m.end("punct") + 1)
                continue
            if len(close) > 1 or m.group("word") == "I" and not m.group("glued"):    # ".”“I said"
                continue
            if close == '"' and _opens_quotation(text, m.start("close"), paragraph_quotes):
                ends.append(m.end("punct"))            # "told the Times.\"It means": the quote opens the next
                starts.append(m.end("punct"))
                continue
            nxt = m.group("word")
            m_open = m.start("glued")
        else:
            m_open = m.start("open")
        first = nxt[:1]
        if first.isalpha() and not first.isupper():
            continue                                   # next word in lower case: not a new sentence
        if m.group("punct") == ".":
            before = text[max(0, m.start() - 40):m.start()].rsplit(None, 1)
            prev = before[-1] if before and not text[m.start() - 1:m.start()].isspace() else ""
            abbrev = kinds.get(prev)
            if abbrev is None:
                word = _STRIP_QUOTES.sub("", fold(prev))
                abbrev = kinds[prev] = bool(word in params.abbrev_types or _INITIAL.fullmatch(word)
                                            or _INITIALISM.fullmatch(word))
            # "Lt. Gen. Qassem" does not break; "... in the U.S. The march" does
            if abbrev and not (first.isupper() and _STRIP_QUOTES.sub("", fold(nxt)) in params.sent_starters):
                continue
        ends.append(m.end("close"))
        starts.append(m_open)
    return np.asarray(ends, np.int64), np.asarray(starts, np.int64)


def _opens_quotation(text: str, at: int, paragraph_quotes: dict[int, tuple[set[int], set[int]]]) -> bool:
    """Whether the straight quote mark at ``at`` opens a quotation, as :func:`quotations` pairs the marks of its
    paragraph (``paragraph_quotes`` keeps each paragraph's starts and ends); where it is neither, by the count of
    marks before it in the paragraph.

    Pairing, not counting, keeps one mark the scraping lost or doubled from turning every later quotation of the
    paragraph inside out ("... said, "The unit ..." with no closing mark, then "... It is all revolting."He also
    attacked the Army": the quotation ends before "He").
    """
    lo = text.rfind("\n", 0, at) + 1
    if lo not in paragraph_quotes:
        hi = text.find("\n", at)
        spans = [m.span() for m in quotations(text[lo:hi if hi >= 0 else len(text)])]
        paragraph_quotes[lo] = ({a + lo for a, _ in spans}, {b + lo for _, b in spans})
    starts, ends = paragraph_quotes[lo]
    if at in starts or at + 1 in ends:
        return at in starts
    return not text.count('"', lo, at) % 2


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


def norm(token: str, aliases: Aliases, contractions: frozenset[str] = frozenset(),
         stopwords: frozenset[str] = frozenset()) -> str:
    """The normalised form of one token: lower case, straight apostrophes, possessive 's removed,
    an Arabic article prefix removed from a capitalised name, and spelling variants mapped by the alias table.

    Acronyms are matched with their case first ("US" is the country, "us" the pronoun), and an all-capitals
    word that would fold to a stopword keeps its capitals ("WHO", "IT"), so stopwords never swallow names.

    Examples:
        >>> from mediakit.lexicons import load_aliases
        >>> a = load_aliases({"aliases": {"muqtada": ["moqtada"]}})
        >>> [norm(t, a) for t in ["Moqtada", "al-Sadr", "Sadr’s", "Shi'ite", "Shiite", "U.S.", "US", "us"]]
        ['muqtada', 'sadr', 'sadr', 'shia', 'shia', 'u.s.', 'u.s.', 'us']
        >>> norm("WHO", a, stopwords=frozenset({"who"}))
        'WHO'
    """
    if token in aliases.acronyms:
        return aliases.acronyms[token]
    word = fold(token)
    if len(token) > 1 and token.isupper() and token.isalpha() and word in stopwords:
        return token
    if word.endswith("'s") and len(word) > 2 and word not in contractions:
        word = word[:-2]
    if word.startswith(aliases.strip_prefixes):            # one test in C for the words with none
        for prefix in aliases.strip_prefixes:
            if word.startswith(prefix) and len(token) > len(prefix) and token[len(prefix)].isupper():
                word = word[len(prefix):]
                break
    return aliases.variants.get(word, word)


def light_stem(word: str) -> str:
    """A norm without its plural or possessive ending: what word-choice terms are matched on.

    Porter stems join words a reader keeps apart ("protesters"/"protests", "States"/"stated",
    "demonstrators"/"demonstrations"); this keeps every word but the plural apart.

    Examples:
        >>> [light_stem(w) for w in ["protesters", "protests", "states", "stated", "militias", "buses", "riots'"]]
        ['protester', 'protest', 'state', 'stated', 'militia', 'bus', 'riot']
    """
    w = word.rstrip("'’")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes", "zes", "ses")) and not w.endswith("uses"):
        return w[:-2]
    if w.endswith("uses") and len(w) >= 5:
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")):
        return w[:-1]
    return w


def is_punct(token: str) -> bool:
    """True where a token has no letter or digit.

    Examples:
        >>> is_punct("“"), is_punct("5,200"), is_punct("U.S.")
        (True, False, False)
    """
    return not any(ch.isalnum() for ch in token)
