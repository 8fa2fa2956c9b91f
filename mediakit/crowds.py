"""Numbers: every figure an outlet gives about the event, and crowd sizes as one view of them.

:func:`figures` is the ledger: each number with what it counts (a crowd, the dead, the injured, the arrested,
troops, weapons, money, a share, a duration, places), its range, hedge, kind (reported, called-for, forecast) and
source; :func:`compare_figures` puts one quantity of every outlet side by side ("9 dead" beside "at least 12
dead", each with its source). :func:`crowd_estimates` is the crowd sizes alone.

Crowd sizes: every figure an outlet gives for the size of a crowd, with its hedge, kind and source.

Outlets that agree on an event often disagree on its size ("thousands", "hundreds of thousands", "more than 2.5
million"), and attribute it differently (police, organisers, one named man). Reading a figure means three
decisions made in the open: what quantity it states (digits, written numbers and vague plurals, read as
head-count ranges from ``lexicons/crowds.toml``), whether it counts a crowd rather than troops, deaths, money
or a population (the words around it), and whether the crowd was reported or only called for ("million-man
march"). This follows the event-size coding of protest-event analysis (McCarthy, McPhail & Smith 1996,
"Images of protest: Dimensions of selection bias in media coverage", American Sociological Review 61(3)),
which records each reported size with its source because sizes differ systematically by who gives them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd

from .clean import ANALYSED
from .lexicons import Extra, layers
from .scan import is_lazy
from .sources import attribution
from .store import derived

__all__ = ["compare_figures", "crowd_estimates", "crowd_figures", "figures", "load_crowd_lexicon", "parse_quantity"]

COLUMNS = ["doc_id", "outlet", "section", "sentence_id", "start", "end", "phrase", "low", "high", "hedge", "kind",
           "source", "sentence"]
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec"}
UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                    "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
FRACTIONS = {"a": 1, "an": 1, "one": 1, "half": 0.5, "quarter": 0.25, "dozen": 12}
SCALES = {"hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "m": 1_000_000, "mn": 1_000_000,
          "billion": 1_000_000_000, "bn": 1_000_000_000, "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000}
_WORD = re.compile(r"[\w$€£]+(?:[-'’]\w+)*")


@dataclass(frozen=True)
class CrowdLexicon:
    """The parsed ``crowds.toml``: quantities, hedges and the context word lists."""

    vague: dict[str, tuple[float, float]]
    hedges: dict[str, tuple[float | None, float | None]]
    words: dict[str, tuple[str, ...]]
    min_size: float
    pattern: re.Pattern[str]
    counts: dict[str, tuple[str, ...]] = None


def load_crowd_lexicon(*extras: Extra) -> CrowdLexicon:
    """Loads ``crowds.toml``, adding the entries of ``extras`` (TOML paths or mappings of the same form)."""
    extras = tuple(e for e in extras if e is not None)
    return _default_lexicon() if not extras else _build_lexicon(layers("crowds", *extras))


@cache
def _default_lexicon() -> CrowdLexicon:
    return _build_lexicon(layers("crowds"))


def _build_lexicon(docs: list[dict]) -> CrowdLexicon:
    vague, hedges, words, min_size, counts = {}, {}, {}, 20.0, {}
    for doc in docs:
        for name, values in doc.get("counts", {}).items():
            counts[name] = tuple(dict.fromkeys([*counts.get(name, ()), *(v.lower() for v in values)]))
        vague.update({k.lower(): (float(a), float(b)) for k, (a, b) in doc.get("vague", {}).items()})
        hedges.update({k.lower(): tuple(None if v == "" else float(v) for v in bounds)
                       for k, bounds in doc.get("hedges", {}).items()})
        for name, values in doc.get("words", {}).items():
            words[name] = tuple(dict.fromkeys([*words.get(name, ()), *(v.lower() for v in values)]))
        min_size = float(doc.get("min_size", min_size))
    return CrowdLexicon(vague, hedges, words, min_size, _figure_pattern(vague, hedges, words), counts)


def _alternation(phrases) -> str:
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


# "Million Man March", "a “million-man” march", "a million-person rally" (not "a million-man police state")
_MARCH_AFTER = (r"[\"”’']?[\s-]+(?:[a-z]+\s+)?"
                r"(?:march|marches|rally|rallies|protest|protests|demonstration|gathering|crowd)\b")


def _figure_pattern(vague, hedges, words) -> re.Pattern[str]:
    number_word = "|".join(sorted([*UNITS, *TENS, *FRACTIONS], key=len, reverse=True))
    scale = "hundred|thousand|million|billion|trillion"
    tail = "|".join(sorted([*(u for u in UNITS if u not in ("zero", "one")), *TENS], key=len, reverse=True))
    tail = rf"one(?=[\s-]+(?:{scale}))|{tail}"      # "two thousand one hundred", not "a million one day"
    compounds = "|".join(re.escape(c) for c in words.get("called_for_compounds", ()))
    return re.compile(
        rf"(?<![\w.,])(?<![^\W\d_]-)(?:(?P<hedge>{_alternation(hedges)})\s+)?(?P<qty>"
        rf"(?P<compound>(?:(?:a|an|one|\d[\d,.]*)[\s-]+)?(?:{scale})(?:-strong|-(?:{compounds})(?={_MARCH_AFTER})"
        rf"|\s+strong"
        rf"|\s+(?:{compounds})(?=\s+march\b))\b"
        rf"|\d{{1,3}}(?:,\d{{3}})+-strong\b|\d+-strong\b)"
        rf"|(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?P<dscale>million|thousand|hundred|"
        rf"billion|trillion|mn|bn|tn|m|k)\b)?(?!\w|-(?!\d)|[.,]\d|\.[a-z])"   # "15,000-20,000" a range; "350.org" none
        rf"|(?P<vague>{_alternation(vague)})\b"
        # a number in words, not a scale word after digits ("391 million" is one number)
        rf"|(?<!\d\s)(?P<written>(?:(?:{number_word})(?:[\s-]+(?:and\s+)?(?:a\s+)?(?:{number_word}))*[\s-]+)?"
        rf"(?:{scale})(?:[\s-]+(?:{scale}))*"
        rf"(?:[\s-]+(?:and\s+)?(?:{tail})(?:[\s-]+(?:{tail}))?(?:[\s-]+(?:{scale}))?)*)\b(?!-)"  # 2,300; 567
        rf")",
        re.IGNORECASE,
    )


def parse_quantity(phrase: str, lexicon: CrowdLexicon | None = None) -> tuple[float, float] | None:
    """The head-count range ``(low, high)`` a quantity phrase states, without hedge; None if it is none.

    Examples:
        >>> [parse_quantity(p) for p in ["120,000", "2.5 million", "two million", "half a million",
        ...                              "tens of thousands", "five thousand"]]  # doctest: +NORMALIZE_WHITESPACE
        [(120000.0, 120000.0), (2500000.0, 2500000.0), (2000000.0, 2000000.0), (500000.0, 500000.0),
         (10000.0, 99999.0), (5000.0, 5000.0)]
    """
    lexicon = lexicon or load_crowd_lexicon()
    text = " ".join(phrase.lower().replace("-", " ").split())
    if text in lexicon.vague:
        return lexicon.vague[text]
    m = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)\s*([a-z]+)?", text)
    if m:
        value = round(float(m.group(1).replace(",", "")) * SCALES.get(m.group(2) or "", 1), 6)   # 4.1 million
        return (value, value) if m.group(2) is None or m.group(2) in SCALES else None
    value = _written_value(text.split())
    return None if value is None else (value, value)


def _written_value(words: list[str]) -> float | None:
    total, current, seen, prev = 0.0, 0.0, False, ""
    for prev, w in zip(["", *words[:-1]], words, strict=True):
        if w == "and":
            continue
        if w in SCALES and w not in ("k", "m", "mn", "bn"):
            current = (current or 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0.0
            seen = True
        elif w in UNITS or w in TENS:
            current += UNITS.get(w, 0) + TENS.get(w, 0)
        elif w == "half" and current == 1 and prev in ("a", "an"):
            current = 0.5                                           # "a half-million"
        elif w in FRACTIONS:
            current += FRACTIONS[w] if w not in ("a", "an") or not current else 0
            if w in ("a", "an") and current == 0:
                current = 1
        else:
            return None
    return total + current if seen else None


def crowd_figures(sentence: str, lexicon: CrowdLexicon | None = None, *,
                  matches: list[re.Match] | None = None) -> list[dict]:
    """The crowd-size figures in one sentence, with offsets into it.

    Args:
        sentence: One sentence.
        lexicon: From :func:`load_crowd_lexicon`; the shipped one if None.
        matches: The quantities ``lexicon.pattern`` finds in the sentence, where the caller has them already.

    Returns:
        A list of dicts with ``start, end, phrase, low, high, hedge, kind, source``.

    Examples:
        >>> [(f["phrase"], f["kind"], f["source"]) for f in crowd_figures(
        ...     "Police said 20,000 marched, while more than 100,000 took part, according to organisers.")]
        [('20,000', 'reported', 'Police'), ('more than 100,000', 'reported', 'organisers')]
        >>> crowd_figures("About 5,200 US troops are stationed in Iraq.")
        []
    """
    lexicon = lexicon or load_crowd_lexicon()
    found = []
    matches = list(lexicon.pattern.finditer(sentence)) if matches is None else matches
    joined = set()
    for i, m in enumerate(matches):
        if i in joined:
            continue
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        if nxt is not None and m.group().lower() == nxt.group().lower() and re.fullmatch(
                r"\s+(?:and|upon)\s+", sentence[m.end():nxt.start()]):
            joined.add(i + 1)                          # "thousands and thousands": one figure
            nxt = None
        if nxt is not None and _is_range(sentence, m, nxt):
            if _not_crowd(m, sentence, lexicon) or _not_crowd(nxt, sentence, lexicon):
                joined.add(i + 1)                      # "used to kill between 100 and 150 people": neither end
                continue
            figure = _range_figure(m, nxt, sentence, lexicon)          # "between 15,000 and 20,000 people"
            if figure is not None:
                joined.add(i + 1)
                found.append(figure)
                continue
        figure = _read_figure(m, sentence, lexicon, after_crowd=bool(found))
        if figure is not None:
            found.append(figure)
    for figure in found:
        figure["source"] = _source(sentence, figure["start"], figure["end"], lexicon, kind=figure["kind"])
    return found


_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to)\s*|\s+(?:and|or)\s+", re.I)
# Words that tie a figure to the crowd size before it: set against it, or part of it
_BESIDE_A_CROWD = ("against", "versus", "vs", "compared with", "compared to", "including", "among them", "another")


def _is_range(sentence: str, m: re.Match, nxt: re.Match) -> bool:
    """Two quantities that are one range: "15,000-20,000", "15,000 to 20,000", "between 15,000 and 20,000"."""
    gap = sentence[m.end():nxt.start()]
    if not _RANGE_GAP.fullmatch(gap) or nxt.group("hedge") or m.group("compound") or nxt.group("compound"):
        return False
    if _date_or_year(sentence, m) or _date_or_year(sentence, nxt):
        return False                                   # dates and years: "April 23 to 25", "1985-87"
    word = gap.strip().lower()
    if word == "or":
        return bool(m.group("digits") and nxt.group("digits"))        # "20 or 30", not "dozens or hundreds"
    return word != "and" or bool(re.search(r"\bbetween\s+$", sentence[:m.start()], re.I))


def _range_figure(m: re.Match, nxt: re.Match, sentence: str, lexicon: CrowdLexicon) -> dict | None:
    """One figure from a range: the second quantity says what it counts, the first gives the low bound (with the
    second's scale where it has none: "between 15 and 20 million")."""
    second = _read_figure(nxt, sentence, lexicon) or _read_figure(m, sentence, lexicon)   # "crowd at 15,000 to"
    first = parse_quantity(m.group("qty"), lexicon)
    if second is None or first is None:
        return None
    last = parse_quantity(nxt.group("qty"), lexicon)
    second = {**second, "end": nxt.end("qty"), "high": last[1] if last else second["high"]}
    low = first[0]
    scale = SCALES.get(second["phrase"].lower().split()[-1], 1)
    if scale > 1 and low * scale <= second["high"] and low < second["low"] / 50:
        low *= scale                                   # "between 15 and 20 million"
    elif re.fullmatch(r"\d{1,3}", m.group("qty")) and nxt.group("qty").endswith(",000") and \
            low * 1000 <= second["high"]:
        low *= 1000                                    # "50 to 100,000": fifty thousand
    between = re.search(r"\bbetween\s+$", sentence[:m.start()], re.I)
    start = between.start() if between else (m.start("hedge") if m.group("hedge") else m.start("qty"))
    hedge = (m.group("hedge") or "").lower()
    low = _hedged((low, low), lexicon.hedges.get(" ".join(hedge.split())))[0]
    return {**second, "start": start, "phrase": sentence[start:second["end"]], "low": low,
            "high": max(second["high"], second["low"]), "hedge": hedge or second["hedge"]}


def _read_figure(m: re.Match, sentence: str, lexicon: CrowdLexicon, *, after_crowd: bool = False) -> dict | None:
    w = lexicon.words
    left_all = [x.lower() for x in _WORD.findall(sentence[max(0, m.start() - 80):m.start()])][-8:]
    left_text = re.split(r"[()\[\];:–—]|\d", sentence[max(0, m.start() - 80):m.start()])[-1]  # since last number
    left = [x.lower() for x in _WORD.findall(left_text)][-5:]
    after = _past_aside(sentence, m)
    right_text = re.split(r"[()\[\];:–—]|\d", after, maxsplit=1)[0]  # "(Kurdistan 24) –"
    right = [x.lower() for x in _WORD.findall(right_text)][:8]
    if _not_crowd(m, sentence, lexicon):
        return None                                               # troops, deaths, money, populations, shares
    if m.group("compound"):
        qty = re.sub(r"(?i)[\s-]+(?:strong|" + "|".join(w.get("called_for_compounds", ())) + r")$", "",
                     m.group("compound"))
        kind = "reported" if re.search(r"\d", qty) else "called_for"   # "10,000-strong" vs "Million Man March"
    else:
        qty = m.group("qty")
        if _date_or_year(sentence, m) or m.group("digits") and _ends_date_range(sentence, m):
            return None                                           # "January 24", "2019", "April 23 to 25", "1985-87"
        attend = _find(right[:4], w.get("attend", ()))
        names = _capitalised_run(after)                            # "2 million Hong Kongers took to the streets",
        # "thousands of New Yorkers"
        if attend is None and not names and right[:1] and right[0] in _PLACE_BEFORE and (
                m.group("vague") or m.group("digits") and not re.search(r"[$€£]\s*$", sentence[:m.start()])):
            later = _find(right[1:8], w.get("attend", ()))        # "around the world have taken to the streets"
            attend, names = (None, 0) if later is None else (1 + later, 1 + later)
        if attend is None and names:
            later = _find(right[names:names + 5], w.get("attend", ()))
            attend = None if later is None else names + later
        claimed = (_has(left[-1:], w.get("said", ())) or left[-1:] and left[-1] in _SAID_LINK and _has(
            left[-2:-1], w.get("said", ()))) and _gathering_near(sentence, m, lexicon)  # "organisers claimed 50,000",
        # "the police estimate was 250,000"; not "unemployment claims, adding up to 10 million"
        beside = after_crowd and _has(left[-2:], _BESIDE_A_CROWD)   # "..., against 280,000", "including 8,000 in"
        drawn = _has(left[-2:], w.get("draw", ())) and _gathering_near(sentence, m, lexicon)  # "the rally drew 20,000"
        heads = [x.rsplit("-", 1)[-1] for x in right[:6]]         # "counter-protesters": protesters
        heads = heads[:next((i for i, x in enumerate(heads) if x in _HEAD_ENDS), None)]   # "hundreds of
        # applications from lawmakers, activists": the noun phrase ends at "from"
        part = after_crowd and right[:2] in (["of", "them"], ["of", "whom"])   # "with 10,000 of them in the capital"
        put_at = _PUT_AT.search(sentence[max(0, m.start() - 120):m.start()])   # "estimated the attendance at
        # Trump's rally at close to 7,000"
        gathered = (attend is not None and attend < 3 + names or _has(left[-4:], w.get("crowd_before", ()))
                    or claimed or beside or drawn or part or put_at)
        if not (gathered or _has(heads, w.get("people", ()))):
            return None                                           # nothing says it counts people
        in_clause = [x.lower() for x in _WORD.findall(right_text.split(",")[0])][:8]   # not "..., and rallied
        # Texans": another subject's verb
        if not (gathered or _has(in_clause, w.get("attend", ())) or _has(heads, w.get("crowd_nouns", ()))
                or _gathering_near(sentence, m, lexicon)
                or _MOVED_INTO.match(sentence, m.end(), m.end() + 100)):
            return None                                           # "hire 100,000 new people", "200,000 voters":
            # people, but no gathering in the sentence
        if attend is None and left[-1:] and left[-1] in _OBJECT_OF and not beside and not _has(
                heads, w.get("crowd_nouns", ())) and not _has(left[-4:], w.get("crowd_before", ())) and not _has(
                left_all, (*w.get("forecast_before", ()), *w.get("called_for_before", ()))):
            return None                                           # "war on millions of Americans", "as thousands
            # of others": people named as an object, with no gathering; "fired on thousands of protesters" stays
        to_verb = attend is not None and attend > 0 and right[attend - 1] == "to"     # "a million people to join"
        modal = attend is not None and attend > 0 and right[attend - 1] in _MODALS    # "3 million would march"
        if modal or (_has(left_all, w.get("forecast_before", ())) or _has(in_clause, w.get("forecast_before", ()))
                     ) and (attend is None or to_verb):   # "... of students and their families are expected to march"
            kind = "forecast"                                     # "500,000 people were expected"
        elif to_verb or _has(left_all, w.get("called_for_before", ())) and attend is None:
            kind = "called_for"
        else:
            kind = "reported"
    bounds = parse_quantity(qty, lexicon)
    if bounds is None:
        return None
    hedge = (m.group("hedge") or "").lower()
    low, high = _hedged(bounds, lexicon.hedges.get(" ".join(hedge.split())))
    if (high if not math.isnan(high) else low) < lexicon.min_size:
        return None
    start = m.start("hedge") if m.group("hedge") else m.start("qty")
    end = m.end("qty")
    return {"start": start, "end": end, "phrase": sentence[start:end], "low": low, "high": high, "hedge": hedge,
            "kind": kind, "source": ""}


def _not_crowd(m: re.Match, sentence: str, lexicon: CrowdLexicon) -> bool:
    """Words next to the figure say it counts something else: troops, deaths, money, populations, shares."""
    w = lexicon.words
    left_text = re.split(r"[()\[\];:–—]|\d", sentence[max(0, m.start() - 80):m.start()])[-1]
    right_text = re.split(r"[()\[\];:–—]|\d", sentence[m.end():m.end() + 80], maxsplit=1)[0]
    right = [x.lower() for x in _WORD.findall(_WHEN.sub(" ", right_text))][:4]  # "2,000 activists this year"
    near = [x.lower() for x in _WORD.findall(left_text.split(",")[-1])][-5:]      # within its clause
    return _has(right, w.get("not_crowd_after", ())) or _has(near, w.get("not_crowd_before", ())) or any(
        x in w.get("events", ()) for x in right[:2]) or bool(
        _INDEX_NAME.search(sentence, max(0, m.start() - 12), m.start()) or _NOT_ATTENDING.match(right_text)
        or _PERCENT.match(sentence[m.end():]) or _HARMED.match(right_text)
        or _RATE.search(re.split(r"[,.]", right_text)[0]))


# "the S&P 500", "the FTSE 100": a stock index
_INDEX_NAME = re.compile(r"(?:S&P|Fortune|FTSE|Russell|Nikkei|DAX|CAC|Stoxx|Dow)\s*$")
# "1.5 billion students are not attending schools"
_NOT_ATTENDING = re.compile(r"(?:\s+[\w'’.-]+){0,4}?\s+(?:\w+n[’']t|not|never)\s+(?:\w+ing|\w+ed)\b", re.I)
_WHEN = re.compile(r"\b(?:this|last|next|that|earlier|later)\s+(?:year|month|week|day|weekend)\b", re.I)
# "Dozens of students have been shot", "30,000 people being placed in shelters": those harmed or moved, not a crowd
# (a few words on, past what the word lists see)
_HARMED = re.compile(r"(?:\s+[\w'’.-]+){0,4}?\s+(?:(?:will|would|could|might|may)\s+)?"
                     r"(?:have|has|had|were|was|are|is|been|being|be)\s+"
                     r"(?:been\s+|reportedly\s+|also\s+)?(?:[a-z]+ly\s+)?(?:stabbed|shot|killed|injured|wounded|"
                     r"arrested|detained|hurt|hospitali[sz]ed|murdered|slain|died|slaughtered|massacred|executed|removed|ejected|charged|cited|handcuffed|expelled|evicted|"
                     r"deported|jailed|imprisoned|infected|sickened|taken\s+into\s+custody|released|placed|"
                     r"evacuated|relocated|rescued|stranded|tested|vaccinated|quarantined)\b", re.I)
# "hundreds of thousands of Americans use guns each year": a rate, not one crowd
_RATE = re.compile(r"\b(?:each|every|a|per)\s+(?:year|day|week|month)\b|\b(?:annually|yearly)\b", re.I)
_OBJECT_OF = ("on", "as", "for", "against", "among", "from", "about", "like", "than", "upon", "toward", "towards")
_SAID_LINK = ("that", "was", "is", "of", "at", "only", "just")
_MODALS = ("will", "would", "could", "might", "may")
_CLAIMED_LIVES = re.compile(r"\bclaim(?:ed|s)?\s+\S+\s+(?:lives|victims)\b", re.I)
_PERCENT = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|pct\b|percentage)", re.I)


def _past_aside(sentence: str, m: re.Match) -> str:
    """The 80 characters after a figure, read past a dashed aside: "thousands of New Yorkers — and hundreds of
    thousands around the world — have taken to the streets" (for both figures)."""
    after = sentence[m.end():m.end() + 200]
    if _OPEN_ASIDE.search(sentence, max(0, m.start() - 80), m.start()):
        after = _DASH.sub(" ", after, count=1)              # the figure is inside the aside: read on past its end
    else:
        after = _CLOSED_ASIDE.sub(r"\1 ", after, count=1)  # an aside right after it: skip it
    return after[:80]


_HEAD_ENDS = {"from", "by", "for", "to", "with", "at", "on", "in", "into", "than", "who", "that", "which", "whose"}
_PLACE_BEFORE = ("in", "around", "across", "at", "outside", "near", "throughout", "from")
_DASH = re.compile(r"\s*[–—]\s*")
_OPEN_ASIDE = re.compile(r"\s[–—]\s+(?:and|or|but|as well as|including|plus)\s[^–—]*$")
_CLOSED_ASIDE = re.compile(r"^([^–—]{0,40}?)\s[–—]\s[^–—]{1,100}?\s[–—]\s")
# A verb of estimating a crowd's size, then "at": "officials estimated the attendance at Trump's rally at"
_PUT_AT = re.compile(r"\b(?:estimated|estimates|estimate|put|puts|placed|places|pegged|counted)\s+(?:the\s+)?"
                     r"(?:[\w’'-]+\s+)?(?:crowd|crowds|attendance|turnout|size|number|numbers|figure|count)\b"
                     r"[^.;:]{0,60}\bat\s+$", re.I)


def _gathering_near(sentence: str, m: re.Match, lexicon: CrowdLexicon) -> bool:
    """The words around a figure name a gathering ("rally", "marched", "took to the streets") or its members
    ("counter-protesters"): within about fifteen words of it, and inside the quotation that holds it ("“Almost two
    million people have been left out ...,” said X, who was part of the human chain" names none)."""
    start, end = m.start(), m.end()
    lo, hi = max(0, start - _NEAR), min(len(sentence), end + _NEAR)
    opened = max(sentence.rfind("“", 0, start), sentence.rfind("”", 0, start))
    if sentence.count('"', 0, start) % 2 or opened >= 0 and sentence[opened] == "“":     # a quotation holds it
        closes = [i for i in (sentence.find(q, end, hi) for q in ("”", '"')) if i >= 0]
        lo, hi = max(lo, opened, sentence.rfind('"', 0, start)), min(closes, default=hi)
    near = sentence[lo:hi]
    words = [x.lower().rsplit("-", 1)[-1] for x in _WORD.findall(_NOT_A_GATHERING.sub(" ", near))]
    return _has(words, (*lexicon.words.get("gathering", ()), *lexicon.words.get("crowd_nouns", ())))


_NEAR = 100                                       # characters, about fifteen words
# People moving into a place or expected there: "Tens of thousands of farmers drove 3,000 tractors into Paris",
# "Some 500,000 people were expected in Washington"
_MOVED_INTO = re.compile(r"[^.;:]{0,60}?\b(?:into|onto|through|expected\s+in|expected\s+at)\s+(?:the\s+(?:streets|"
                         r"capital|city|square|centre|center)\b|downtown\b|central\s+[A-Z]|[A-Z][a-z])")
# "March 4" and "in March" are a month, "in the event of" no event, a news conference or a conference call no crowd
_NOT_A_GATHERING = re.compile(r"\bMarch(?=\.?\s+\d)|\b(?:[Ii]n|[Oo]n|[Ss]ince|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|"
                              r"[Mm]id-?)\s+March\b|\b[Ii]n\s+the\s+event\b|\b(?:[Nn]ews|[Pp]ress)\s+conferences?\b|"
                              r"\b[Cc]onference\s+calls?\b")


def _capitalised_run(after: str) -> int:
    """How many words of a people named by its place follow a figure ("Hong Kongers", "of New Yorkers")."""
    m = re.match(r"(?:\s+of)?(?:\s+[A-Z][\w'’-]*){1,3}", after)
    return len(m.group().split()) if m else 0


def _date_or_year(sentence: str, m: re.Match) -> bool:
    """A number that is a date, a year or an age: "January 24", "3 January", "2019", "Ciara McClaine, 29,",
    "Sanders was 38 when"."""
    return bool(m.group("digits")) and (_next_to_month(sentence, m) or not m.group("dscale") and bool(
        re.fullmatch(r"(1[89]|20)\d\d", m.group("digits")) or _AGE.match(sentence[m.end():]) and not m.group(
            "hedge") and re.fullmatch(r"\d{1,3}", m.group("digits")) and _NAME_COMMA.search(sentence[:m.start()])
        or re.fullmatch(r"\d{1,3}", m.group("digits")) and _BE_BEFORE.search(sentence[:m.start()]) and
        _WHEN_AFTER.match(sentence[m.end():])))


_AGE = re.compile(r"\s*(?:[,)]|\.?\s*$)")
# "Sanders was 38 when he joined ...", "she turned 18 that year": an age
_BE_BEFORE = re.compile(r"(?<![\w-])(?!(?:crowds?|turnout|attendance|audience|numbers?|total|count|figure|size)\s)"
                        r"[\w'’]+\s+(?:was|is|were|turned|turns)\s+$", re.I)           # not "the crowd was 500 when"
_WHEN_AFTER = re.compile(r"\s+(?:when|that\s+year|at\s+the\s+time|in\s+\d{4})\b")
_NAME_COMMA = re.compile(r"[A-Z][\w'’.-]*,\s*$")


def _ends_date_range(sentence: str, m: re.Match) -> bool:
    """The second number of a range of days or years: "April 23 to 25", "1985-87"."""
    before = re.search(r"(?:\b(?P<year>(?:1[89]|20)\d\d)|\b(?P<month>[A-Z][a-z]+)\.?\s+\d{1,2})\s*(?:-|–|to|and)\s*$",
                       sentence[max(0, m.start() - 24):m.start()])
    return bool(before and (before.group("year") or before.group("month").lower() in MONTHS))


def _next_to_month(sentence: str, m: re.Match) -> bool:
    before = re.search(r"([A-Z][a-z]+)\.?\s+$", sentence[max(0, m.start() - 12):m.start()])
    after = re.match(r"\s+([A-Z][a-z]+)", sentence[m.end():m.end() + 12])
    return any(x is not None and x.group(1).lower() in MONTHS for x in (before, after))


def _hedged(bounds: tuple[float, float], factors) -> tuple[float, float]:
    low, high = bounds
    if factors is None:
        return low, high
    f_low, f_high = factors
    return (math.nan if f_low is None else low * f_low, math.nan if f_high is None else high * f_high)


def _has(words: Sequence[str], phrases: Sequence[str]) -> bool:
    return _find(words, phrases) is not None


def _find(words: Sequence[str], phrases: Sequence[str]) -> int | None:
    """The index of the first word at which one of ``phrases`` (of up to four words) starts, or None."""
    by_first = _by_first_word(tuple(phrases))
    for i, w in enumerate(words):
        for p in by_first.get(w, ()):
            if len(p) == 1 or tuple(words[i:i + len(p)]) == p:
                return i
    return None


@cache
def _by_first_word(phrases: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases as word tuples, by their first word: each word is looked up once, not compared with each."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        words = tuple(p.split())
        if 0 < len(words) <= 4:
            out.setdefault(words[0], []).append(words)
    return out


def _source(sentence: str, start: int, end: int, lexicon: CrowdLexicon, *, kind: str = "reported") -> str:
    """Who gives the figure, read by :func:`mediakit.sources.attribution` within the figure's clause.

    A hedge that is also a verb of saying after its subject ("Organizers estimated 3 million") is read as the verb:
    the figure starts after it, so the subject is found. "An estimated 3 million" stays a hedge. A crowd expected or
    called for is also given by whoever expects or hopes for it ("Organizers expected 100,000").
    """
    said = lexicon.words.get("said", ())
    if kind in ("forecast", "called_for"):
        said = (*said, *lexicon.words.get("expected_by", ()))
    phrase = sentence[start:end]
    verb = re.match(r"(\w+)\s+", phrase)
    if verb and verb.group(1).lower() in said and re.search(r"\w[\w.’']*\s+$", sentence[:start]):
        start += verb.end()
    source = attribution(sentence, start, end, verbs=said)
    if re.search(r"(?:^|\s)it$", source, re.I) and re.search(r"\bit\s+(?:is|was|has\s+been|had\s+been)\s+\w+ed\b",
                                                           sentence, re.I):
        return ""                                  # "it was reported that": no one
    return "" if phrase in source else source      # "hundreds of demonstrators ... said the names": no source


FIGURE_COLUMNS = ["doc_id", "outlet", "section", "sentence_id", "start", "end", "phrase", "low", "high", "hedge",
                  "counts", "kind", "source", "sentence"]


def sentence_figures(sentence: str, lexicon: CrowdLexicon | None = None) -> list[dict]:
    """Every number of one sentence that counts something: crowds by :func:`crowd_figures`, the rest by the
    ``[counts]`` words nearest to it.

    Returns:
        A list of dicts with ``start, end, phrase, low, high, hedge, counts, kind, source``.

    Examples:
        >>> [(f["phrase"], f["counts"], f["source"]) for f in sentence_figures(
        ...     "At least 12 people were killed and 48 injured, police said, as 5,000 marched.")]
        [('At least 12', 'dead', 'police'), ('48', 'injured', 'police'), ('5,000', 'crowd', '')]
    """
    lexicon = lexicon or load_crowd_lexicon()
    matches = list(lexicon.pattern.finditer(sentence))
    out = [{**f, "counts": "crowd"} for f in crowd_figures(sentence, lexicon, matches=matches)]
    crowd = [(f["start"], f["end"]) for f in out]
    for m in matches:
        start = m.start("hedge") if m.group("hedge") else m.start("qty")
        if any(a <= start and m.end("qty") <= b for a, b in crowd):
            continue                                               # a crowd size, or one end of its range
        if m.group("compound") or _date_or_year(sentence, m):
            continue                                               # a date or a year
        counts = _what_it_counts(m, sentence, lexicon)
        bounds = parse_quantity(m.group("qty"), lexicon) if counts else None
        if bounds is None:
            continue
        hedge = (m.group("hedge") or "").lower()
        low, high = _hedged(bounds, lexicon.hedges.get(" ".join(hedge.split())))
        around = [x.lower() for x in _WORD.findall(sentence[max(0, start - 60):m.end() + 60])]
        kind = "forecast" if _has(around, lexicon.words.get("forecast_before", ())) else "reported"
        source = "" if _CLAIMED_LIVES.search(sentence[max(0, start - 12):m.end("qty") + 8]) else _source(
            sentence, start, m.end("qty"), lexicon)                # "The attack claimed 12 lives": no source
        out.append({"start": start, "end": m.end("qty"), "phrase": sentence[start:m.end("qty")], "low": low,
                    "high": high, "hedge": hedge, "counts": counts, "kind": kind, "source": source})
    return sorted(out, key=lambda f: f["start"])


def _what_it_counts(m: re.Match, sentence: str, lexicon: CrowdLexicon) -> str:
    if _PERCENT.match(sentence[m.end():]):
        return "percent"
    if re.search(r"[$€£]\s*$", sentence[max(0, m.start() - 2):m.start()]):
        return "money"
    right_text = re.split(r"[()\[\];:–—,]|\d", sentence[m.end():m.end() + 60], maxsplit=1)[0]
    right = [x.lower() for x in _WORD.findall(right_text)][:4]
    left_text = re.split(r"[()\[\];:–—,]|\d", sentence[max(0, m.start() - 40):m.start()])[-1]
    left = [x.lower() for x in _WORD.findall(left_text)][-3:]
    order = []                                        # nearest word first, right and left in turn
    for k in range(max(len(right), len(left))):
        order += [right[k:]] if k < len(right) else []
        order += [left[len(left) - 1 - k:]] if k < len(left) else []
    for words in order:
        for name, terms in (lexicon.counts or {}).items():
            if _find(words[:4], terms) == 0:
                return name
    return ""


def figures(corpus, *, sections: Sequence[str] = ANALYSED, lexicon: Extra = None) -> pd.DataFrame:
    """The ledger of numbers: every figure an outlet gives about the event, with what it counts.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        sections: Which sections to read (headlines and bodies by default).
        lexicon: Extra words (TOML path or mapping of the form of ``crowds.toml``, e.g. ``[counts]``).

    Returns:
        One row per figure: ``doc_id, outlet, section, sentence_id, start, end, phrase, low, high, hedge, counts,
        kind, source, sentence``; ``counts`` is crowd, dead, injured, arrested, troops, weapons, money, percent,
        duration or places (or a category of your ``[counts]``); ``kind`` reported, called_for (a target) or
        forecast (an expectation); ``source`` who gives it, where the sentence says so.

    Examples:
        >>> from mediakit import load_corpus
        >>> t = figures(load_corpus("data/baghdad-2020-01-24", quiet=True))
        >>> sorted(set(t.loc[t["counts"] == "troops", "phrase"]))
        ['About 5,200', 'around 5,200', 'over five thousand']

    The ledger for the default ``sections`` and ``lexicon`` is computed once per corpus and kept (with the
    corpus's cache entry, if it was loaded with ``cache=``); :func:`crowd_estimates` reads the same ledger.
    """
    if is_lazy(corpus):                                   # the same function on every partition, rows joined
        return corpus.map(figures, sections=sections, lexicon=lexicon)
    if lexicon is None and list(sections) == list(ANALYSED):
        return derived(corpus, "figures", lambda: _figures(corpus, sections, None))
    return _figures(corpus, sections, lexicon)


def _figures(corpus, sections: Sequence[str], lexicon: Extra) -> pd.DataFrame:
    lex = load_crowd_lexicon(corpus.lexicon.part("crowds"), lexicon)
    s = corpus.sentences[corpus.sentences["section"].isin(sections)]
    s = s[s["text"].str.contains(r"\d|hundred|thousand|million|billion|dozen", case=False, regex=True)]
    outlet = corpus.docs.set_index("doc_id")["outlet"]
    rows = []
    for doc_id, section, sentence_id, start, text in zip(s["doc_id"], s["section"], s["sentence_id"], s["start"],
                                                          s["text"], strict=True):
        for f in sentence_figures(text, lex):
            rows.append({"doc_id": doc_id, "outlet": outlet[doc_id], "section": section,
                         "sentence_id": sentence_id, **f, "start": start + f["start"], "end": start + f["end"],
                         "sentence": text})
    out = pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    out[["low", "high"]] = out[["low", "high"]].astype(float)
    out[["start", "end", "sentence_id"]] = out[["start", "end", "sentence_id"]].astype(np.int64)
    return out


def compare_figures(figure_table: pd.DataFrame, corpus=None) -> pd.DataFrame:
    """One quantity of every outlet side by side: what each gives for the dead, the troops, the crowd.

    Args:
        figure_table: The table from :func:`figures`.
        corpus: The corpus, to list the outlets that give no figure for a quantity others give.

    Returns:
        ``counts, outlet, figures, low, high, n``: per quantity and outlet, its figures as written with their
        sources ("at least 12 (police); 9"), the lowest ``low`` and highest ``high``, and how many; quantities
        that two or more outlets give come first. An outlet with no figure for such a quantity has ``n == 0``.
    """
    t = figure_table[figure_table["kind"] == "reported"]
    if t.empty:
        return pd.DataFrame(columns=["counts", "outlet", "figures", "low", "high", "n"])
    label = t["phrase"] + t["source"].map(lambda s: f" ({s})" if s else "")
    t = t.assign(label=label)
    out = t.groupby(["counts", "outlet"]).agg(
        figures=("label", lambda x: "; ".join(dict.fromkeys(x))), low=("low", "min"), high=("high", "max"),
        n=("label", "size")).reset_index()
    shared = out.groupby("counts")["outlet"].nunique()
    if corpus is not None:
        grid = pd.MultiIndex.from_product([shared.index[shared > 1], sorted(corpus.docs["outlet"].unique())],
                                          names=["counts", "outlet"])
        missing = grid.difference(pd.MultiIndex.from_frame(out[["counts", "outlet"]]))
        out = pd.concat([out, pd.DataFrame(index=missing).reset_index().assign(figures="", n=0)],
                        ignore_index=True)
    out["outlets"] = out["counts"].map(shared)
    out = out.sort_values(["outlets", "counts", "n", "outlet"], ascending=[False, True, False, True])
    return out.drop(columns="outlets").reset_index(drop=True)


def crowd_estimates(corpus, *, sections: Sequence[str] = ANALYSED, lexicon: Extra = None) -> pd.DataFrame:
    """Every figure an outlet gives for the size of a crowd.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        sections: Which sections to read; headlines and bodies by default (add ``"comments"`` to read reader
            comments as their own layer).
        lexicon: Extra quantities, hedges or context words (TOML path or mapping), added to ``crowds.toml`` and
            the ``[crowds]`` table of the corpus's event lexicon.

    Returns:
        One row per figure: ``doc_id, outlet, section, sentence_id, start, end, phrase, low, high, hedge, kind,
        source, sentence``. ``start``/``end`` slice ``docs.text``; ``low``/``high`` are head-counts (``high`` NaN
        where the phrase gives no upper bound, ``low`` NaN where it gives no lower one); ``kind`` is
        ``reported`` or ``called_for`` (the organiser's target); ``source`` who gave the figure, where the
        sentence says so.

    Examples:
        >>> from mediakit import load_corpus
        >>> c = load_corpus("data/baghdad-2020-01-24", quiet=True)
        >>> t = crowd_estimates(c)
        >>> row = t[t["outlet"] == "Iran News Daily"].iloc[0]
        >>> row["phrase"], int(row["low"]), row["source"]
        ('more than 2.5 million', 2500000, 'Sayed Sadiq al-Hashemi')
    """
    ledger = figures(corpus, sections=sections, lexicon=lexicon)          # crowd sizes are a view of the ledger
    return ledger[ledger["counts"] == "crowd"][COLUMNS].reset_index(drop=True)
