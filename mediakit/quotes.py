"""Voices: who gets to speak in each outlet, directly or reported.

Whom an outlet quotes, and whether in their own words or paraphrased, is a framing choice as strong as its
vocabulary (Tuchman 1972, "Objectivity as strategic ritual", American Journal of Sociology 77(4), on quotation
as a device; the "source" and "attribution" categories of news content analysis). ``quotes`` finds:

- ``direct`` quotations in curly or straight double quotes (three words or more; shorter quoted words are
  scare quotes, not statements), attributed by a speech verb after them ("..., said X", "..., X said",
  "..., read one banner") or before them ("protesters chanted, ...", "crowds ..., chanting ...");
  a quote with no attribution continues the previous speaker's (a second quote in the paragraph, or a
  paragraph that is only a quote), else goes to the last actor named before it in its sentence;
- ``indirect`` statements: "X said (that) ...", "X told Y ...", "X warned that ...", "..., according to X".

Pronouns ("he tweeted") stand for the last actor named before the quote, "who" for the name before it, and a
role noun ("the cleric said") for the one actor of the document with that role. Speakers keep the words of
the text (a name inside a longer phrase is preferred: "an 18-year-old protester, Amer Saad" is "Amer Saad");
where they name an actor of ``lexicons/actors.toml``, ``actor`` gives its canonical name, so one person is
one voice across outlets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from .actors import ActorTable, _name_pattern, load_actors
from .clean import ANALYSED, paragraphs
from .lexicons import Extra, fold, load_aliases
from .tokens import norm

COLUMNS = ["doc_id", "outlet", "speaker", "actor", "verb", "quote", "kind", "start", "end", "section"]
SAY = ("said", "says", "say", "told", "tells", "added", "stated", "announced", "tweeted", "wrote", "chanted",
       "chanting", "chant", "shouted", "shouting", "read", "reading", "declared", "insisted", "warned", "asked",
       "urged", "claimed", "noted", "explained", "replied", "saying", "reported")
NEEDS_THAT = {"warned", "claimed", "insisted", "noted", "added", "explained", "argued", "urged", "asked"}
PRONOUNS = {"he", "she", "they", "it", "who"}
SIGNS = {"sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "slogan", "slogans"}
_SAY = "|".join(SAY)
_QUOTE = re.compile(r"“(?P<a>[^”]+)”|\"(?P<b>[^\"]+)\"")
_NP = r"[^\s“”\",.;:!?][^“”\",.;:!?]{0,80}?"
_AFTER_VERB_FIRST = re.compile(rf"^\s*,?\s*(?P<verb>{_SAY})\s+(?P<speaker>{_NP})(?=\s*[,.;:!?]|\s*$)")
_AFTER_SPEAKER_FIRST = re.compile(
    rf"^\s*,?\s*(?P<speaker>{_NP})(?P<app>,[^,“”\"]{{1,90}},)?\s+(?P<verb>{_SAY})\b")
_BEFORE = re.compile(rf"(?P<speaker>[^,.;:“”\"]{{1,80}}?)\s+(?P<verb>{_SAY})(?:\s+[\w’']+){{0,3}}?\s*[,:]?\s*$")
_ING_BEFORE = re.compile(r"(?:^|,)\s*(?P<verb>chanting|saying|shouting)\s*[,:]?\s*$")
_NAME = re.compile(r"(?:[A-Z][\w-]+\s+)+(?:(?:al|as|el|bin|ibn)-\s*)?[A-Z][\w-]+")
_INDIRECT = re.compile(rf"\b(?P<verb>{_SAY})\b(?P<object>(?:\s+[\w’'.-]+){{0,3}}?)\s+(?P<that>that\s+)?"
                       rf"(?P<clause>[^“\"\s].+)$")


def quotes(corpus, *, actors: Extra = None, sections: Sequence[str] = ANALYSED) -> pd.DataFrame:
    """Every quotation and attributed statement.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        actors: Extra actors (TOML path or mapping) for naming speakers, added to ``actors.toml``.
        sections: Which sections to read (headlines and bodies by default).

    Returns:
        One row per statement: ``doc_id, outlet, speaker, actor, verb, quote, kind, start, end, section``;
        ``kind`` is ``direct`` or ``indirect``; ``start``/``end`` are the offsets of the quoted words in
        ``docs.text``; ``speaker`` is "" where the text names nobody; ``actor`` the canonical name where the
        speaker is an actor of the table.

    Examples:
        >>> from mediakit import load_corpus
        >>> q = quotes(load_corpus("data/baghdad-2020-01-24", quiet=True))
        >>> q[q["speaker"] == "one banner"][["outlet", "verb", "quote"]].values.tolist()
        [['Kurdistan 24', 'read', 'America killed our national leaders,']]
    """
    reader = _Reader(load_actors(actors))
    outlet = corpus.docs.set_index("doc_id")["outlet"]
    text_of = corpus.docs.set_index("doc_id")["text"]
    s = corpus.sections[corpus.sections["section"].isin(sections)]
    sentences = {d: list(zip(t["start"], t["end"], strict=True))
                 for d, t in corpus.sentences.groupby("doc_id", observed=True)}
    rows = []
    for doc_id, group in s.groupby("doc_id", sort=False):
        text = text_of[doc_id]
        reader.start_document(text, group)
        for section, lo, hi in zip(group["section"], group["start"], group["end"], strict=True):
            for a, b in paragraphs(text[lo:hi]):
                spans = [(x, y) for x, y in sentences.get(doc_id, []) if lo + a <= x < lo + b]
                found = reader.paragraph(text, lo + a, lo + b, spans)
                rows += [{"doc_id": doc_id, "outlet": outlet[doc_id], "section": section, **r} for r in found]
    out = pd.DataFrame(rows, columns=COLUMNS)
    return out.sort_values(["doc_id", "start"]).reset_index(drop=True).astype({"start": "int64", "end": "int64"})


class _Reader:
    """Reads one document's paragraphs in order, remembering the last speaker."""

    def __init__(self, table: ActorTable):
        self.names = _name_pattern(table)
        self.owner = {fold(" ".join(v.split())): a for a in table.actors for v in a.variants}
        self.roles = {r: a for a in table.actors for r in a.roles}

    def start_document(self, text: str, sections: pd.DataFrame) -> None:
        body = " ".join(text[a:b] for a, b in zip(sections["start"], sections["end"], strict=True))
        self.named = {self._owner(m.group()).key for m in self.names.finditer(body)}
        self.last = ("", "")

    def _owner(self, mention: str):
        return self.owner[fold(" ".join(mention.split()))]

    def paragraph(self, text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> list[dict]:
        para = text[lo:hi]
        rows, used, previous_end = [], set(), None
        for m in _QUOTE.finditer(para):
            body = m.group("a") or m.group("b")
            if len(body.split()) < 3:
                continue                                   # scare quotes: “occupier”, "million-man"
            sentence = _sentence_at(spans, lo + m.start(), lo)
            speaker, verb, verb_at = self._attribution(para, m, sentence, text, lo)
            if not speaker and previous_end is not None and re.fullmatch(
                    r"[\s,]*(?:and|or)?[\s,]*", para[previous_end:m.start()]):
                speaker, verb = self.last                  # “No, no America,” and, “Get out, occupier.”
            elif not speaker and (rows or not _QUOTE.sub("", para).strip(" .,")):
                speaker, verb = self.last                  # the same speaker goes on
            elif not speaker:
                named = list(self.names.finditer(para[sentence[0]:m.start()]))
                speaker, verb = (named[-1].group(), "") if named else ("", "")
            if verb_at is not None:
                used.add(verb_at)
            start = lo + m.start() + 1
            rows.append(self._row(speaker, verb, body, start, text[:start]))
            self.last, previous_end = (rows[-1]["speaker"], verb), m.end()
        for x, y in spans:
            rows += self._indirect(text, x, min(y, hi), lo, used)
        return rows

    def _attribution(self, para, m, sentence, text, lo):
        after = para[m.end():]
        for pattern in (_AFTER_VERB_FIRST, _AFTER_SPEAKER_FIRST):
            a = pattern.match(after)
            if a and not _QUOTE.search(a.group("speaker")):
                speaker = a.group("speaker")
                if pattern is _AFTER_SPEAKER_FIRST and a.group("app") and _NAME.search(a.group("app")):
                    speaker += a.group("app").rstrip(",")      # "an 18-year-old protester, Amer Saad, told"
                return _clean(speaker), a.group("verb"), m.end() + a.start("verb")
        before = para[sentence[0]:m.start()]
        ing = _ING_BEFORE.search(before)
        if ing:
            return _clean(_subject(before)), ing.group("verb"), sentence[0] + ing.start("verb")
        b = _BEFORE.search(before)
        if b:
            speaker, verb = b.group("speaker"), b.group("verb")
            if verb in ("reading", "read") and len(speaker.split()) > 2:
                signs = [w for w in speaker.split() if w.lower() in SIGNS]
                speaker = signs[-1] if signs else speaker
            return _clean(speaker), verb, sentence[0] + b.start("verb")
        return "", "", None

    def _indirect(self, text: str, x: int, y: int, lo: int, used: set[int]) -> list[dict]:
        sentence = text[x:y]
        acc = re.search(r",\s+according to\s+(?P<speaker>[^,.;]+)", sentence)
        if acc:
            clause = sentence[:acc.start()]
            return [self._row(_clean(acc.group("speaker")), "according to", clause.strip(), x, text[:x],
                              "indirect")]
        for clause_start, clause in _clauses(sentence):
            m = _INDIRECT.search(clause)
            if not m or x - lo + clause_start + m.start("verb") in used:
                continue
            verb = m.group("verb")
            if verb in NEEDS_THAT and not m.group("that") or verb.endswith("ing") or verb in ("read", "chanted"):
                continue
            speaker = _clean(_speaker_before(clause[:m.start("verb")]))
            quoted = m.group("clause").rstrip(" .")
            that = re.match(r"(?:[^\s,“\"]+\s+){1,8}?that\s+", quoted)    # "said in his sermon on Friday that"
            skip = that.end() if that and not m.group("that") else 0
            if not skip and verb in ("told", "tells") and not m.group("object").strip():
                listener = re.match(r"(?:the\s+)?(?:[A-Z][\w-]*\s+)+|\w+\s+", quoted)   # "told reporters ..."
                skip = listener.end() if listener else 0
            quoted = quoted[skip:]
            if not speaker or len(quoted.split()) < 3 or _QUOTE.match(quoted) or len(speaker.split()) > 12:
                continue
            if fold(speaker.split()[-1]) in PRONOUNS:
                speaker = speaker.split()[-1] if fold(speaker.split()[-1]) != "it" else _subject(sentence)
            start = x + clause_start + m.start("clause") + skip
            return [self._row(speaker, verb, quoted, start, text[:start], "indirect")]
        return []

    def _row(self, speaker: str, verb: str, quote: str, start: int, before: str, kind: str = "direct") -> dict:
        if fold(speaker) in PRONOUNS:
            named = list(self.names.finditer(before)) or list(_NAME.finditer(before))
            speaker = named[-1].group() if named else speaker
        speaker = _display_name(speaker, self.names)
        return {"speaker": speaker, "actor": self._actor(speaker), "verb": verb, "quote": quote, "kind": kind,
                "start": start, "end": start + len(quote)}

    def _actor(self, speaker: str) -> str:
        m = self.names.search(speaker)
        if m:
            return self._owner(m.group()).name
        role = re.fullmatch(r"(?i)(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?P<role>\w+)", speaker.strip())
        actor = self.roles.get(fold(role.group("role"))) if role else None
        return actor.name if actor is not None and actor.key in self.named else ""


def _sentence_at(spans: list[tuple[int, int]], at: int, lo: int) -> tuple[int, int]:
    for x, y in spans:
        if x <= at < y:
            return x - lo, y - lo
    return 0, at - lo


def _subject(sentence: str) -> str:
    """The sentence's first noun phrase: its words up to the first verb-like word ("massed", "waved")."""
    words = []
    for w in sentence.split():
        if words and re.fullmatch(r"[a-z]+(?:ed|ing)", w):
            break
        words.append(w)
    return " ".join(words).strip(" ,")


def _clean(speaker: str) -> str:
    return re.sub(r"^(?:and|but|while|as|then)\s+", "", speaker.strip(" ,”“\""), flags=re.I)


def _display_name(speaker: str, names) -> str:
    """Prefer an actor's name, then a proper name, inside a longer speaker phrase."""
    m = names.search(speaker) or _NAME.search(speaker)
    if m and "," in speaker:
        return m.group()
    return speaker


def _clauses(sentence: str):
    """Clauses split at "but" / "while" / ";": each may hold its own "X said"."""
    start = 0
    for m in re.finditer(r";\s+|\s+but\s+|,\s+while\s+", sentence):
        yield start, sentence[start:m.start()]
        start = m.end()
    yield start, sentence[start:]


def _speaker_before(text: str) -> str:
    parts = [p.strip() for p in text.split(",")]
    if len(parts) >= 3 and not parts[-1]:
        return ", ".join(parts[-3:-1])                 # "X, the director of Y, said"
    return parts[-1]


def voices(quote_table: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: how many voices, of which kinds, and which speakers no other outlet gives a voice.

    Args:
        quote_table: The table from :func:`quotes`.

    Returns:
        ``outlet, statements, direct, indirect, voices, speakers, only_here``: ``voices`` counts distinct
        speakers (one actor is one voice whatever its spelling); ``only_here`` lists those heard in this outlet
        alone.
    """
    q = quote_table[quote_table["speaker"] != ""].copy()
    q["voice"] = q["actor"].where(q["actor"] != "", q["speaker"].map(_voice_key))
    first_words = q.groupby("voice")["speaker"].first()
    shown = pd.Series(first_words.index, index=first_words.index).where(first_words.index.isin(q["actor"]),
                                                                        first_words)    # an actor by its name
    outlets_per_voice = q.groupby("voice")["outlet"].nunique()
    rows = []
    for outlet, t in quote_table.groupby("outlet", sort=True):
        heard = list(dict.fromkeys(q.loc[q["outlet"] == outlet, "voice"]))
        rows.append({"outlet": outlet, "statements": len(t), "direct": int((t["kind"] == "direct").sum()),
                     "indirect": int((t["kind"] == "indirect").sum()), "voices": len(heard),
                     "speakers": "; ".join(shown[v] for v in heard),
                     "only_here": "; ".join(shown[v] for v in heard if outlets_per_voice[v] == 1)})
    return pd.DataFrame(rows, columns=["outlet", "statements", "direct", "indirect", "voices", "speakers",
                                       "only_here"])


def _voice_key(speaker: str) -> str:
    """A speaker as one voice: no article, lower case, spelling variants mapped ("protestors": "protesters")."""
    aliases = load_aliases()
    words = re.sub(r"^(?:the|a|an)\s+", "", speaker.strip(), flags=re.I).split()
    return " ".join(norm(w, aliases) for w in words)
