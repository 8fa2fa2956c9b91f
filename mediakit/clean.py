"""Cleaning: which parts of a page are the article, and which are set aside (and why).

Each text is read as paragraphs (its non-blank lines). Every paragraph gets a ``section`` — ``headline``,
``body``, ``caption``, ``boilerplate`` or ``comments`` — and a ``reason``, by the rules in
``lexicons/cleaning.toml`` (patterns, position, length) and three structural rules: exact repeats, the
headline (the paragraph matching the title), and a standfirst that repeats the lead. Nothing is deleted: the
text stays as it was, and what is set aside is listed with its offsets, so any decision can be checked and
the rules extended. An ``inline`` rule sets aside a span inside a paragraph (a site's pop-up card printed in
the middle of a sentence): the paragraph is cut into pieces, and the sentence reads on across the span. This is
the boilerplate-removal idea of Kohlschütter, Fankhauser & Nejdl (2010,
"Boilerplate detection using shallow text features"), reduced to transparent, editable rules.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from difflib import SequenceMatcher

import pandas as pd
from rapidfuzz import fuzz

from .lexicons import CleaningRule, CleaningRules, fold, load_cleaning

SECTIONS = ("headline", "body", "caption", "boilerplate", "comments")
ANALYSED = ("headline", "body")

_PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?")      # a line from its first to its last non-space character
_WORD = re.compile(r"\w+")
REST_NEXT_WORDS = 6             # a comments marker is followed by a user name or a count, not by prose
_FINAL_PUNCT = re.compile(r"[.!?…:;,]['\"”’)\]]*$")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the non-blank lines of ``text``, stripped of surrounding white space.

    Examples:
        >>> paragraphs("Title\\n\\n  First line. \\nSecond")
        [(0, 5), (9, 20), (22, 28)]
    """
    return [m.span() for m in _PARAGRAPH.finditer(text)]


def classify_paragraphs(
    text: str, *, title: str | None = None, rules: CleaningRules | None = None
) -> list[tuple[int, int, str, str]]:
    """Assigns every paragraph of one text a section and a reason.

    Args:
        text: The raw text of one document.
        title: The document's title from its metadata, used to find the headline; None if unknown.
        rules: Cleaning rules; the shipped ``cleaning.toml`` if None.

    Returns:
        A list of ``(start, end, section, reason)``, one per paragraph, in text order.

    Examples:
        >>> text = "Advertisement\\nBig march\\nThousands marched on Friday.\\nWith agencies"
        >>> [(s, r) for _, _, s, r in classify_paragraphs(text, title="Big march")]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('boilerplate', 'site navigation'), ('headline', 'matches the title'),
         ('body', 'article text'), ('boilerplate', 'agency credits')]
    """
    rules = rules or load_cleaning()
    spans = paragraphs(text)
    paras = [text[s:e] for s, e in spans]
    low = fold(text)                                  # once per text where folding keeps every offset
    folded = [" ".join(low[s:e].split()) for s, e in spans] if len(low) == len(text) else \
        [" ".join(fold(p).split()) for p in paras]
    headline_at = _find_title(folded, title, rules.structure.get("title_similarity", 0.9))
    out: list[tuple[int, int, str, str]] = []
    seen: dict[str, int] = {}
    top, rest, have_headline = True, None, False
    whole = [_Check(r) for r in rules.rules if r.span != "inline" and r.requires in text]  # for whole paragraphs,
    tried = (whole, [c for c in whole if c.rule.where != "top"])                    # in order, at the top and below
    rest_rules = [c for c in whole if c.rule.span == "rest"]
    for i, (span, para) in enumerate(zip(spans, paras, strict=True)):
        section, reason = _classify_one(i, para, folded, seen, top, rest, have_headline, headline_at, rules,
                                        tried[0] if top else tried[1])
        if rest is None and any(c.holds(para, folded[i]) for c in rest_rules):
            if i + 1 < len(paras) and len(paras[i + 1].split()) > REST_NEXT_WORDS:
                section, reason = "body", "article text"     # a heading inside the article, not a comments marker
            elif section == "comments":
                rest = (section, reason)
        have_headline |= section == "headline"
        top &= section != "body"
        seen.setdefault(folded[i], i)
        out.append((*span, section, reason))
    return out


def classify_pieces(
    text: str, *, title: str | None = None, rules: CleaningRules | None = None
) -> list[tuple[int, int, str, str, bool]]:
    """Like :func:`classify_paragraphs`, with the spans that ``inline`` rules find inside a headline or body
    paragraph set aside as pieces of their own (a site's pop-up card inside a sentence).

    An inline rule's pattern sets aside its ``aside`` group if it has one, else the whole match; the rules are
    tried in order, and a match that overlaps a span already set aside is skipped.

    Returns:
        ``(start, end, section, reason, opens)`` in text order: ``opens`` is False for a piece that continues
        the paragraph before it, so the sentence around a set-aside span reads on across it.

    Examples:
        >>> text = "Sen. Ann Lee Ann Mary LeeLee wins vote Budget passes MORE (D-Ore.) said no."
        >>> [(text[a:b], s, o) for a, b, s, _, o in classify_pieces(text)]  # doctest: +NORMALIZE_WHITESPACE
        [('Sen. Ann Lee', 'body', True), ('Ann Mary LeeLee wins vote Budget passes MORE', 'boilerplate', False),
         ('(D-Ore.) said no.', 'body', False)]
    """
    rules = rules or load_cleaning()
    inline = [r for r in rules.rules if r.span == "inline" and r.requires in text]
    out: list[tuple[int, int, str, str, bool]] = []
    for a, b, section, reason in classify_paragraphs(text, title=title, rules=rules):
        asides: list[tuple[int, int, CleaningRule]] = []
        if section in ANALYSED:
            for rule in inline:
                for m in rule.pattern.finditer(text, a, b):
                    x, y = m.span("aside") if "aside" in rule.pattern.groupindex else m.span()
                    if x < y and not any(x < q and p < y for p, q, _ in asides):
                        asides.append((x, y, rule))
        at, opens = a, True
        for x, y, rule in sorted(asides, key=lambda t: t[0]):
            end = x
            while end > at and text[end - 1].isspace():
                end -= 1
            if end > at:
                out.append((at, end, section, reason, opens))
                opens = False
            out.append((x, y, rule.section, rule.reason, opens))
            opens, at = False, y
            while at < b and text[at].isspace():
                at += 1
        if at < b:
            out.append((at, b, section, reason, opens))
    return out


def _classify_one(i, para, folded, seen, top, rest, have_headline, headline_at, rules, tried):
    if rest is not None:
        return rest
    f = folded[i]
    if f in seen:
        return "boilerplate", "repeats an earlier paragraph word for word"
    n_words = f.count(" ") + 1                    # its words, one space apart
    for check in tried:
        if n_words <= check.max_words and check.holds(para, f):
            return check.rule.section, check.rule.reason
    if top and not have_headline:
        if headline_at == i:
            return "headline", "matches the title"
        if headline_at is None and n_words <= rules.structure.get("headline_max_words", 25) \
                and not _FINAL_PUNCT.search(para):
            return "headline", "first short line without final punctuation"
    if top and _repeats_next(i, folded, rules.structure.get("standfirst_overlap", 0.8)):
        return "boilerplate", "standfirst repeating the lead paragraph"
    return "body", "article text"


class _Check:
    """One whole-paragraph rule as the paragraph loop tries it (its limits read once per text, not per paragraph)."""

    __slots__ = ("rule", "max_words", "contains", "search")

    def __init__(self, rule: CleaningRule):
        self.rule, self.contains, self.search = rule, rule.contains, rule.pattern.search
        self.max_words = rule.max_words if rule.max_words is not None else sys.maxsize

    def holds(self, para: str, folded: str) -> bool:
        """Whether the rule's pattern matches the paragraph, tried only if it holds one of the rule's
        ``contains`` words (in its folded form)."""
        if self.contains:
            for word in self.contains:
                if word in folded:
                    break
            else:
                return False
        return self.search(para) is not None


def _find_title(folded: list[str], title: str | None, threshold: float) -> int | None:
    if not isinstance(title, str) or not title.strip():
        return None
    target = " ".join(fold(title).split())
    head = folded[:10]
    if target in head:
        return head.index(target)
    for i, para in enumerate(head):
        # Ratcliff-Obershelp's matches are a common subsequence, so its ratio is at most the longest common
        # subsequence's (rapidfuzz's Indel ratio, computed in C): a paragraph below the threshold there is below it
        if abs(len(para) - len(target)) > 0.3 * len(target) or fuzz.ratio(para, target) < 100 * threshold - 1e-6:
            continue
        if SequenceMatcher(None, para, target, autojunk=False).ratio() >= threshold:
            return i
    return None


def _repeats_next(i: int, folded: list[str], threshold: float) -> bool:
    if i + 1 >= len(folded):
        return False
    words = set(_WORD.findall(folded[i]))
    if len(words) < 5:
        return False
    return len(words & set(_WORD.findall(folded[i + 1]))) / len(words) >= threshold


def on_the_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` shares its line with other words (a span set aside inside a paragraph)."""
    before = text.rfind("\n", 0, start) + 1
    after = text.find("\n", end)
    return bool(text[before:start].strip() or text[end:len(text) if after < 0 else after].strip())


def reading(text: str, rows: Iterable[tuple[str, int, int]], sections: Sequence[str] = ANALYSED
            ) -> tuple[str, list[tuple[str, int, int]]]:
    """One document as the readers of sentences see it: what cleaning set aside inside a paragraph is blanked.

    Args:
        text: The document's text (``docs.text``).
        rows: Its ``(section, start, end)`` runs of ``Corpus.sections``, in text order.
        sections: The sections to read.

    Returns:
        ``(text, runs)``: the text with every span set aside inside a paragraph replaced by as many spaces (so
        offsets still point into ``docs.text``), and the ``(section, start, end)`` runs of ``sections``, those
        cut by such a span joined again.

    Examples:
        >>> text = "Sen. Ann Lee Ann Mary LeeLee wins vote MORE said no."
        >>> blanked, runs = reading(text, [("body", 0, 12), ("boilerplate", 13, 43), ("body", 44, 52)])
        >>> " ".join(blanked.split()), runs
        ('Sen. Ann Lee said no.', [('body', 0, 52)])
    """
    runs: list[tuple[str, int, int]] = []
    cut: list[tuple[int, int]] = []
    joining = False
    for section, start, end in rows:
        if section in sections:
            if joining and runs:
                runs[-1] = (runs[-1][0], runs[-1][1], end)
            else:
                runs.append((section, start, end))
            joining = False
        elif on_the_line(text, start, end):
            cut.append((start, end))
            joining = bool(runs) and runs[-1][2] <= start and "\n" not in text[runs[-1][2]:start]
        else:
            joining = False
    return blank(text, cut), runs


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each ``(start, end)`` span (in text order) replaced by as many spaces: offsets stay valid.

    Examples:
        >>> blank("one two three", [(4, 7)])
        'one     three'
    """
    parts, at = [], 0
    for a, b in spans:
        parts += [text[at:a], " " * (b - a)]
        at = b
    return "".join(parts) + text[at:] if parts else text


def merge_sections(paragraph_table: pd.DataFrame) -> pd.DataFrame:
    """Merges runs of consecutive paragraphs with the same section and reason into one row.

    Args:
        paragraph_table: One row per paragraph: ``doc_id, start, end, section, reason``, in text order.

    Returns:
        ``doc_id, section, start, end, reason``: one row per run.
    """
    p = paragraph_table
    if p.empty:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in
                             [("doc_id", "str"), ("section", "str"), ("start", "int64"),
                              ("end", "int64"), ("reason", "str")]})
    new_run = (p["doc_id"].ne(p["doc_id"].shift()) | p["section"].ne(p["section"].shift())
               | p["reason"].ne(p["reason"].shift()))
    run = new_run.cumsum()
    out = p.groupby(run, sort=False).agg(doc_id=("doc_id", "first"), section=("section", "first"),
                                         start=("start", "min"), end=("end", "max"),
                                         reason=("reason", "first"))
    return out.reset_index(drop=True)


class DocTexts(Mapping):
    """Each document's text by ``doc_id``, made a Python string when asked; the most recent ``keep`` are kept.

    A measure that slices texts reads them through this, not through a dict of every text: news text with one
    curly quote is stored two bytes a character as a Python string, so a dict of a year of news takes two to four
    times the text (about 0.8 GB for 208 MB) in every process that makes one.
    """

    def __init__(self, docs: pd.DataFrame, *, keep: int = 256):
        self._at = {d: i for i, d in enumerate(docs["doc_id"])}
        self._texts = docs["text"]
        self._kept: dict = {}
        self._keep = keep

    def __getitem__(self, doc_id) -> str:
        text = self._kept.pop(doc_id, None)
        if text is None:
            text = str(self._texts.iat[self._at[doc_id]])
            if len(self._kept) >= self._keep:
                del self._kept[next(iter(self._kept))]      # the least recently asked for
        self._kept[doc_id] = text
        return text

    def __iter__(self):
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)


def set_aside(corpus, *, preview: int = 100) -> pd.DataFrame:
    """Everything cleaning set aside (not headline or body), with the reason and where it is.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        preview: How many characters of each span to show in ``preview``.

    Returns:
        ``doc_id, outlet, section, reason, start, end, chars, preview``: one row per set-aside run of
        paragraphs; ``docs.text[start:end]`` is the full span.

    Examples:
        >>> from mediakit import load_corpus
        >>> t = set_aside(load_corpus("data/baghdad-2020-01-24", quiet=True))
        >>> t.loc[t["section"] == "comments", "outlet"].tolist()
        ['SouthFront']
    """
    s = corpus.sections[~corpus.sections["section"].isin(ANALYSED)]
    text = DocTexts(corpus.docs)                         # each text a Python string when read
    spans = [text[d][a:b] for d, a, b in zip(s["doc_id"], s["start"], s["end"], strict=True)]
    outlet = corpus.docs.set_index("doc_id")["outlet"]
    out = s.assign(outlet=s["doc_id"].map(outlet).to_numpy(), chars=s["end"] - s["start"],
                   preview=[" ".join(x.split())[:preview] for x in spans])
    return out[["doc_id", "outlet", "section", "reason", "start", "end", "chars", "preview"]].reset_index(drop=True)


def section_sizes(corpus) -> pd.DataFrame:
    """Characters per section of each document (tidy, for plotting).

    Returns:
        ``doc_id, outlet, section, chars``: one row per document and section present.
    """
    s = corpus.sections.assign(chars=corpus.sections["end"] - corpus.sections["start"])
    out = s.groupby(["doc_id", "section"], sort=False, observed=True)["chars"].sum().reset_index()
    out.insert(1, "outlet", out["doc_id"].map(corpus.docs.set_index("doc_id")["outlet"]))
    return out
