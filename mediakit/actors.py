"""Actors: the people, organisations, countries and places the outlets write about, found in the texts.

No word list has to name them. Names are read the way a careful reader of English news reads them, with no
model to download, after the proper-name heuristics of named-entity work without training data (Collins &
Singer 1999, "Unsupervised models for named entity classification", EMNLP; Mikheev 1999, "A knowledge-free
method for capitalized word disambiguation", ACL):

- a **name** is a run of capitalised words, with the particles names carry ("al-", "bin", "de", "van", "of" in
  "Department of Justice"); a word at the start of a sentence or in a headline counts only if the corpus also
  writes it capitalised inside a sentence (Mikheev's test), so "Thousands" and "Rally" are not names;
- **titles** and honorifics ("Lt. Gen.", "Mr.", "President") are split off: they are labels of the name and
  mark a person; a country before them ("U.S. President") is a mention of that country; a **party word**
  ("California Democrat Adam Schiff", "GOP Sen. Ted Cruz") joins the title and is never an actor of its own;
- within a document, a **surname or short form** is the full name it shortens ("Sadr" is "Muqtada al-Sadr"), a
  **first name** alone is the person the document names in full and by surname ("Hillary" after "Hillary
  Clinton" and "Clinton"; never before a surname: "Hillary" after "Edmund Hillary" is his), and
  an **acronym** the name whose initials it spells ("Popular Mobilization Forces (PMF)"; Schwartz & Hearst
  2003, "A simple algorithm for identifying abbreviation definitions in biomedical text", PSB);
- across documents, one actor is one **key**: its words' norms (the alias table maps spellings) and, for
  persons, close spellings of the same name (rapidfuzz ratio; "Qassem/Qasim Soleimani"); a shipped **country
  table** joins a country with its demonyms, capital and usual metonyms ("Iran", "Iranian", "Tehran");
- a **role noun** ("the cleric", "the president", "the real estate mogul") is a mention of the actor its own
  document introduced with that role (a title, a premodifier, an appositive, a party tag "(R-Ky.)"), and of
  nobody else: a role never reaches an actor of another story; where several fit, the one whose title holds the
  role's capitalised modifiers ("the California Democrat"), else the nearest before. A party no one of the
  document is known by, after a place ("the South Dakota Republican said"), is the politician named last
  (a senator, a governor ...), where no other politician or full name stands between.

The user's actor table (``[actors.<key>]`` in the event lexicon, or ``actors=``) adds actors and merges name
variants into one actor; it never limits what is found.

Labels (:func:`actor_labels`) are the descriptors attached to each mention: calling a man a "firebrand cleric"
or "an influential Shia cleric" is the naming device of framing analysis (Entman 1993, "Framing: Toward
clarification of a fractured paradigm", Journal of Communication 43(4); van Dijk 1998, "Ideology", on actor
description).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

import numpy as np
import pandas as pd

from .clean import ANALYSED, DocTexts
from .corpus import ByDocument, Voice, check_voice, is_in, sentence_rows, texts_at, values_at
from .lexicons import Extra, fold, layers, load_aliases, load_stopwords
from .scan import is_lazy
from .sources import ADVERB_ENDINGS, PARTY_TAG
from .store import derived
from .tokens import in_spans, light_stem, norm, quote_spans, without_nicknames

MENTION_COLUMNS = ["doc_id", "outlet", "section", "sentence_id", "start", "end", "actor", "kind", "mention", "form",
                   "title", "quoted"]
ACTOR_COLUMNS = ["actor", "kind", "mentions", "documents", "outlets", "forms", "first_mentions"]
LABEL_COLUMNS = ["doc_id", "outlet", "section", "sentence_id", "start", "end", "actor", "kind", "mention", "label",
                 "label_kind", "in_headline", "first_mention", "quoted", "sentence"]
KINDS = ("person", "organisation", "country", "place", "other")
DETERMINERS = {"a", "an", "the"}
LOCATIVE = {"in", "at", "near", "from", "to", "outside", "inside", "across", "into", "around", "through"}
TITLE_ROLES = {"gen.": "general", "lt.": "lieutenant", "maj.": "major", "col.": "colonel", "capt.": "captain",
               "brig.": "brigadier", "sgt.": "sergeant", "adm.": "admiral", "cmdr.": "commander", "sen.": "senator",
               "rep.": "representative", "gov.": "governor", "dr.": "doctor", "prof.": "professor",
               "rev.": "reverend", "lt. gov.": "lieutenant governor"}
# Nouns for a body of people, not a person ("the company said", "the trade group Internet Association")
ORGANISATION_NOUNS = frozenset({"company", "firm", "group", "organization", "organisation", "party", "agency",
                                "ministry", "department", "government", "administration", "regime", "network",
                                "militia", "movement", "campaign", "coalition", "alliance", "union", "court", "council",
                                "committee", "university", "school", "hospital", "church", "mosque", "nonprofit",
                                "association", "institute", "foundation", "lobby", "charity"})
NON_PERSON_ROLES = ORGANISATION_NOUNS | {"newspaper", "outlet", "channel", "broadcaster", "city", "town", "village",
                                         "capital", "country", "nation", "kingdom", "republic", "state", "province",
                                         "region", "island", "airport", "base", "square"}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."}
NO_ROLE = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "dame", "lord", "lady", "sayed", "sayyid",
           "sheikh", "shaykh", "father", "sister", "brother"}
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_][\w'’&-]*\.?|\d[\w,.]*|[^\w\s]")
OF_HEADS = {"Republic", "Kingdom", "Bank", "University", "Duke", "Prince", "Princess", "King", "Queen", "Emir",
            "Sultan", "State", "States", "Secretary", "Minister", "Ministry", "Department", "Council", "Court",
            "Commission", "Church", "Museum", "City", "District", "Bay", "Gulf", "Sea", "Isle", "Islands", "Center",
            "Centre", "Institute", "School", "College", "Office", "Board", "Bureau", "League", "Union", "Federation",
            "Association", "Society", "Order", "Party", "Friends", "Sons", "Daughters", "Knights", "Statue",
            "Observatory", "Physicians", "Veterans", "Scientists", "Students", "Voice",
            "Way"}                                                                  # ("Lawyers for Flynn": no name)
_NOBLE = {"Duke", "Duchess", "Prince", "Princess", "King", "Queen", "Emir", "Sultan", "Earl", "Countess", "Baron",
          "Archbishop"}                               # the one name with "of" inside that is a person's
ON_HEADS = {"Council", "Committee", "Subcommittee", "Commission", "Institute", "Center", "Centre", "Conference",
            "Panel", "Board", "Force", "Network"}       # "Council on Foreign Relations", "Task Force on ..."
# Last words of an agency's name that joins two nouns by "and": "Food and Drug Administration", "Immigration and Customs
# Enforcement", "Customs and Border Protection", "Securities and Exchange Commission", "Medicare and Medicaid Services"
AND_HEADS = {"Administration", "Enforcement", "Protection", "Commission", "Services"}
OF_NAME_ENDS = {"Analysis", "God"}                     # words that are no name alone, but end one after "of"
# Words for a relative of someone: kin speak of the one they are kin of (quotes), and a name introduced as a relative
# ("first lady Melania Trump", "his wife, Jill Biden") is not the one its surname names with another title
KIN = (r"father|mother|parents?|sons?|daughters?|wife|husband|widow|widower|brothers?|sisters?|family|relatives?|"
       r"uncle|aunt|nephew|niece|cousin|grand(?:mother|father|son|daughter)|step(?:son|daughter|mother|father)|"
       r"girlfriend|boyfriend|fianc[ée]e?")
_AS_KIN = re.compile(rf"\b(?:first\s+lady|{KIN})\s*,?\s*$", re.I)
STOP_CAPS = {"The", "A", "An", "In", "On", "At", "Of", "For", "To", "From", "By", "With", "And", "But", "Or", "If",
             "As", "This", "That", "These", "Those", "It", "He", "She", "We", "They", "I", "You"}
INITIAL_AFTER = {"“", '"', ":", "‘", "(", ")", "—", "–", "-", "•"}     # a word after these starts a phrase
_SAYS_AFTER = re.compile(r"[’']?s?\s*(?:,\s*\d{1,3}\s*,|,?\s+(?:said|says|told|added|wrote|tweeted|argued|explained|"
                         r"insisted|noted|asked|stated|recalled|testified)\b)")     # "X said", "X, 46,"
_ANSWERS_AFTER = re.compile(r"\s+(?:replied|responded|answered|countered|warned|claimed|acknowledged|admitted|"
                            r"conceded|agreed|complained|maintained|contended|cautioned|stressed|emphasi[sz]ed|"
                            r"announced|declared|predicted|continued|joked|quipped)\b")
_OPENING_ADVERB = re.compile(rf"[A-Z][a-z]{{2,}}(?:{ADVERB_ENDINGS})")       # "Ultimately Bush said"
_SAYS_BEFORE = re.compile(r"\b(?:said|says|told|according to)\s*$")
_OF_RIGHT_BEFORE = re.compile(r"\b(?:of|at|from|for|in)\s+(?:the\s+)?$")
# American news's party-and-state tag after a name: "Mitch McConnell (R-Ky.)", "Nancy Pelosi, D-Calif.,"
_PARTY_TAG = re.compile(PARTY_TAG)
# What is left of a party tag as a name: "R-Ky", "D-N" (of "D-N.Y."), or the "Y." after it
_PARTY_STATE = re.compile(r"[RDI][-–][A-Z][\w.]*")
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z]")           # "Energy Secretary ...": a modifier, whatever Dominion Energy is
_VERBISH = re.compile(r"^[a-z]+(?:ed|ing)$")
_QUESTION_OPENERS = frozenset({"Will", "Can", "May"})   # a question's first word, not a given name ("Will Hurd")
_INITIAL = re.compile(r"[A-Z]\.?")
_PARTICLE_PREFIX = re.compile(r"^(?:al|el|as|ash|ad|ar|an|az|at|bin|ibn|abu|d|o)[-'’](?=[A-Z])", re.I)


# ---------------------------------------------------------------------------------------------- word lists

@dataclass(frozen=True)
class NameRules:
    """What is known about names in English news (``actors.toml`` and ``countries.toml``)."""

    titles: frozenset[str]
    particles: frozenset[str]
    not_names: frozenset[str]
    organisation_heads: frozenset[str]
    place_heads: frozenset[str]
    label_stop: frozenset[str]
    countries: dict[str, str]                 # form as written -> country name
    abbreviations: frozenset[str]             # words that keep their period ("Lt.", "Inc.")
    role_nouns: frozenset[str] = frozenset()
    not_roles: frozenset[str] = frozenset()
    demonyms: frozenset[str] = frozenset()
    affiliations: Mapping[str, str] = field(default_factory=dict)   # party word -> the noun for its member
    party_names: frozenset[str] = frozenset()
    party_codes: Mapping[str, str] = field(default_factory=dict)  # "R" of "(R-Ky.)" -> "republican"
    surname_titles: frozenset[str] = frozenset()  # "King": a title, and a surname ("Steve King", "Dr. King")
    sentence_openers: frozenset[str] = frozenset()  # "Under Obama, ...": no name as a sentence's first word
    broader_roles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)   # "senator" -> "lawmaker", ...
    given_names: frozenset[str] = frozenset()     # "Will", "Mark": given names, whatever the corpus writes lower-case
    faiths: frozenset[str] = frozenset()          # "Muslims", "Catholics": peoples by faith, in the plural

    @cached_property
    def heads(self) -> frozenset[str]:
        """The head words of organisations and places ("Ministry", "Square"), as one set."""
        return self.organisation_heads | self.place_heads

    @cached_property
    def group_plurals(self) -> frozenset[str]:
        """The plurals that name a group, never a person: a party's members, a country's people, a faith's
        ("Democrats", "Iraqis", "Muslims")."""
        return frozenset(w + "s" for w in [*self.affiliations, *self.demonyms]) | self.faiths

    @cached_property
    def heads_and_titles(self) -> frozenset[str]:
        return self.heads | self.titles

    @cached_property
    def heads_and_particles(self) -> frozenset[str]:
        return self.heads | self.particles

    def is_role(self, noun: str) -> bool:
        """Whether a head noun can stand for an actor ("cleric", "mogul", "the city"): listed, or an agent
        noun by its ending (-er, -or, -ist, -ian, -man, -woman, -ee), unless listed as no role."""
        noun = noun.lower()
        if noun in self.not_roles:
            return False
        return noun in self.role_nouns or bool(_AGENT_NOUN.search(noun)) and \
            len(noun) > 4


def load_name_rules(actors: Extra = None, countries: Extra = None) -> NameRules:
    """Loads ``actors.toml`` and ``countries.toml``, adding the ``titles`` of ``actors`` and the ``[countries]``
    of ``countries`` (TOML paths or mappings of the shipped files' forms)."""
    docs = layers("actors", actors)
    countries_docs = layers("countries", countries)
    get = lambda key: frozenset(w for d in docs for w in d.get(key, []))  # noqa: E731
    countries: dict[str, str] = {}
    for d in countries_docs:
        for country, forms in d.get("countries", {}).items():
            for form in [country, *forms]:
                countries[form] = country
    titles = get("titles")
    not_names = get("not_names")
    abbreviations = frozenset(w for w in titles | get("organisation_heads") | get("place_heads") | not_names
                              if w.endswith("."))          # "Oct." keeps its period, and is no name
    return NameRules(titles, get("particles"), not_names | {w.replace("'", "’") for w in not_names},
                     get("organisation_heads"), get("place_heads"), frozenset(fold(w) for w in get("label_stop")),
                     countries, abbreviations | {"Jr.", "Sr.", "St.", "Mt.", "Ft.", "D.C."},
                     frozenset(fold(w) for w in get("role_nouns")), frozenset(fold(w) for w in get("not_roles")),
                     demonyms(countries), {k: fold(v) for d in docs for k, v in d.get("affiliations", {}).items()},
                     get("party_names"), {k: fold(v) for d in docs for k, v in d.get("party_codes", {}).items()},
                     get("surname_titles"), get("sentence_openers"), _broader_roles(docs),
                     frozenset(n for d in docs for names in d.get("given_names", {}).values() for n in names),
                     get("faiths"))


def _broader_roles(docs) -> dict[str, tuple[str, ...]]:
    """The ``[broader_roles]`` of every layer: a role and the broader nouns that also name its bearer."""
    out: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        for role, broader in d.get("broader_roles", {}).items():
            out[fold(role)] += [fold(b) for b in broader if fold(b) not in out[fold(role)]]
    return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True)
class Actor:
    """One actor of the user's table: its key, canonical name, name variants, role nouns and kind."""

    key: str
    name: str
    variants: tuple[str, ...]
    roles: tuple[str, ...]
    kind: str = ""


@dataclass(frozen=True)
class ActorTable:
    """The user's actors (from the event lexicon and ``actors=``), with the titles and descriptor stops."""

    actors: tuple[Actor, ...]
    titles: frozenset[str]
    label_stop: frozenset[str]


def load_actors(*extras: Extra, phrases: Extra = None) -> ActorTable:
    """The user's actor table: the ``[actors.<key>]`` tables of ``extras`` (none ship with mediakit).

    Each actor has ``name`` (shown in tables), ``variants`` (how texts write it; matched as whole words,
    case-insensitive), optional ``roles`` (nouns that stand for it: "cleric") and ``kind``. The multi-word
    names of the alias table's ``[phrases]`` (shipped, plus those of ``phrases``, an aliases-form extra) are added
    to the actor whose variant they name.

    Raises:
        ValueError: naming the actor, if an actor has no variants, two actors share a variant, or a kind is
            not one of person, organisation, country, place, other.
    """
    docs = layers("actors", *extras)
    phrases = load_aliases(phrases).phrases
    merged: dict[str, dict] = {}
    titles, label_stop = set(), set()
    for doc in docs:
        titles |= set(doc.get("titles", []))
        label_stop |= {fold(w) for w in doc.get("label_stop", [])}
        for key, entry in doc.get("actors", {}).items():
            target = merged.setdefault(key, {"name": entry.get("name", key), "variants": [], "roles": [],
                                             "kind": ""})
            target["name"] = entry.get("name", target["name"])
            target["variants"] += entry.get("variants", [])
            target["roles"] += entry.get("roles", [])
            target["kind"] = entry.get("kind", target["kind"])
    actors, owner = [], {}
    for key, entry in merged.items():
        variants = [entry["name"], *entry["variants"]]
        for v in list(variants):
            variants += list(phrases.get(fold(v), ()))
        variants = list(dict.fromkeys(v for v in variants if v.strip()))
        if entry["kind"] and entry["kind"] not in KINDS:
            raise ValueError(f"actor {key!r}: kind must be one of {', '.join(KINDS)}, not {entry['kind']!r}")
        for v in variants:
            if owner.setdefault(fold(v), key) != key:
                raise ValueError(f"actors {owner[fold(v)]!r} and {key!r} share the name variant {v!r}")
        actors.append(Actor(key, entry["name"], tuple(variants), tuple(fold(r) for r in entry["roles"]),
                            entry["kind"]))
    return ActorTable(tuple(actors), frozenset(titles), frozenset(label_stop))


def _name_pattern(table: ActorTable) -> re.Pattern[str] | None:
    variants = sorted({v for a in table.actors for v in a.variants}, key=len, reverse=True)
    if not variants:
        return None
    body = "|".join(r"\s+".join(map(re.escape, v.split())) for v in variants)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------- name spans

@dataclass(slots=True)                    # slots: a corpus of a year has millions of mentions in memory at once
class _Mention:
    doc: str
    section: str
    sentence_id: int
    start: int
    end: int
    text: str                    # the name as written, without title or possessive
    words: tuple[str, ...]
    form: str = "name"           # name, country, acronym, short, variant, role
    title: str = ""
    hint: str = ""               # a kind suggested by the words themselves
    key: str = ""                # the key of its actor (see _Finder._join)
    cluster: int = -1            # that key's place in the ActorIndex
    after_locative: bool = False
    after_article: bool = False  # "a Nanakpanthi Hindu", "a 55-year-old Texas Republican": a description
    described: str = ""          # the descriptor right before the name ("Former", "Iranian")
    placed: str = ""             # the capitalised words of its appositives ("a North Carolina representative")
    country: str = ""            # the country a country-form mention names
    roles: list = field(default_factory=list)     # role nouns describing it in its document (_roles_of)
    user: object = None          # the user's actor whose variant it is


class _Named(NamedTuple):
    """A mention once its document is read: what naming it and finding its role nouns read (its words let go)."""

    doc: str
    section: str
    sentence_id: int
    start: int
    end: int
    title: str
    form: str
    key: str
    roles: tuple[str, ...]
    described: str
    placed: str = ""
    cluster: int = -1


_INITIALS = re.compile(r"(?:[^\W\d_]\.){2,}|[A-Z]\.")
_INITIAL_ONLY = re.compile(r"[A-Z]\.")
_POSSESSIVE_OR_PERIOD = re.compile(r"[’']s$|\.$")
_NON_SPACE = re.compile(r"\S+")
_OPEN_OR_COMMA_END = re.compile(r"[(,]\s*$")
# An indefinite article right before a name, perhaps with an age or words in lower case between
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])[Aa]n?\s+(?:(?!(?:of|for|to|in|on|at|by|from|with|near|and|or)\s)"
                             r"[a-z0-9][\w-]*\s+){0,2}$")            # not "a member of Parliament", "a train near X"
_HEAD_ENDS = re.compile(r"\s*(?:[,.;:!?)”\"]|(?:who|whom|whose|from|in|at|of|and|or|with|on|for|to|was|is|had|has)\b)")
_AGENT_NOUN = re.compile(r"(?:[^e]er|or|ist|ian|man|woman|ee)$")


def _keeps_period(w: str, rules: NameRules) -> bool:
    """Whether a word found with a final period keeps it: an abbreviation or initials ("Gen.", "U.S.", "J.")."""
    return len(w) == 1 or w in rules.abbreviations or _INITIALS.fullmatch(w) is not None


def _words(sentence: str, rules: NameRules) -> list[tuple[int, int, str]]:
    """The words of a sentence with their offsets; a sentence-final period is a word of its own."""
    out = []
    for m in _WORD.finditer(sentence):
        w = m.group()
        if w[-1] == "." and not _keeps_period(w, rules):
            b = m.end()
            out.append((m.start(), b - 1, w[:-1]))
            out.append((b - 1, b, "."))
        else:
            out.append((m.start(), m.end(), w))
    return out


def _in_link(sentence: str, at: int) -> bool:
    """Whether the word at ``at`` is part of a handle, hashtag or web address ("@JasonLemon",
    "pic.twitter.com/FsdemStnz8"): no name, however it is capitalised."""
    chunk = sentence[sentence.rfind(" ", 0, at) + 1:at].lstrip("([{\"'“‘")
    return chunk[:1] in ("@", "#") or "/" in chunk and "." in chunk


def _word_strings(sentence: str, rules: NameRules) -> list[str]:
    """:func:`_words` without the offsets (``findall``: no match object per word)."""
    out = []
    for w in _WORD.findall(sentence):
        if w[-1] == "." and not _keeps_period(w, rules):
            out += (w[:-1], ".")
        else:
            out.append(w)
    return out


_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,4}(?:[’']s)?$")     # after a capitalised word of the name


_CAMEL_SURNAME = re.compile(r"(?:di|de|da|du|del|van|von|le|la)[A-Z][a-z]{2,}")     # "Joseph diGenova", "deGrom"


_SUBJECT_AWAY = 8     # sentences without the story's subject after which a surname may be someone just named


def _is_cap(word: str) -> bool:
    first = word[:1]
    if first.isupper():
        return "-" not in word or all(p[:1].isupper() or not p for p in word.split("-")[1:])   # not "Iran-backed"
    return first.islower() and (("-" in word or "'" in word or "’" in word) and _PARTICLE_PREFIX.match(
        word) is not None or _CAMEL_SURNAME.match(word) is not None)   # al-Sadr; bin Salman's "bin"; diGenova


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s")) and len(word) > 2 or _PLURAL_POSSESSIVE.search(word) is not None


_PLURAL_POSSESSIVE = re.compile(r"[A-Za-z]{2}s['’]$")      # "the Council on Foreign Relations' Micah Zenko"


def _possessive_length(word: str) -> int:
    return 0 if not _possessive(word) else 1 if word[-1] in "'’" else 2


def _strip_possessive(word: str) -> str:
    return word[:len(word) - _possessive_length(word)]


def name_spans(sentence: str, rules: NameRules, *,
               attested: Mapping[str, int] | set[str] | frozenset[str] = frozenset(), headline: bool = False,
               lower: dict[str, int] | None = None) -> list[tuple[int, int, list[str]]]:
    """The proper-name spans of one sentence: ``(start, end, words)``, offsets into the sentence.

    Args:
        sentence: The text of one sentence.
        rules: From :func:`load_name_rules`.
        attested: Words the corpus writes capitalised inside sentences (with how often, where a mapping); a
            sentence-initial word (or any word of a headline) counts as a name only if it is one of them, and a
            participle ("Saying") only if written so at least a tenth as often as in lower case.
        headline: Whether the sentence is a headline (title case: every word needs attesting).
        lower: How often the corpus writes each word in lower case (a first word written so is no name).

    Examples:
        >>> r = load_name_rules()
        >>> s = "On Friday, U.S. President Donald Trump met Iraq’s Department of Justice and al-Sadr."
        >>> [w for _, _, w in name_spans(s, r, attested={"On"})]
        [['U.S.', 'President', 'Donald', 'Trump'], ['Iraq'], ['Department', 'of', 'Justice'], ['al-Sadr']]
    """
    words = _words(sentence, rules)
    spans, i, n = [], 0, len(words)
    first_word = next((k for k, w in enumerate(words) if w[2][:1].isalnum()), 0)
    for i0 in [k for k, t in enumerate(words) if _is_cap(t[2])]:     # a name starts at a capitalised word
        if i0 < i or _in_link(sentence, words[i0][0]):
            continue
        i = i0
        j, taken = i, []
        while j < n:
            wj = words[j][2]
            if _is_cap(wj) or taken and _GIVEN_NAME.match(wj):     # "Moon Jae-in", "Kim Jong-un", "Ban Ki-moon"
                taken.append(j)
                j += 1
                if _possessive(wj) and not (len(taken) >= 2 and j < n and words[j][2] in
                                            rules.heads):
                    break                                      # "Iraq’s", but "St. John’s Church"
                continue
            # a particle inside a name: "Department of Justice", "Ludwig van Beethoven", "bin Salman"
            k = j
            while k < n and (words[k][2] in rules.particles or words[k][2] == "the" or k == j and words[k][2] == "on"
                             and words[j - 1][2] in ON_HEADS):     # "Council on Foreign Relations"
                k += 1
            particle = " ".join(x[2] for x in words[j:k])
            the = particle == "the" and len(taken) == 1 and words[j - 1][2] not in rules.not_names and \
                words[j - 1][2] not in rules.countries          # "Unite the Right", "Meet the Press"
            if taken and k > j and k < n and _is_cap(words[k][2]) and (particle in rules.particles or the or
                                                                        particle.startswith("on") or all(
                    x in rules.particles for x in particle.split())) and (     # "von der Leyen", "de la Fuente"
                    not particle.startswith(("of", "for")) or words[j - 1][2] in OF_HEADS or words[j - 1][2] in
                    rules.heads_and_titles):
                taken.extend(range(j, k))
                j = k
                continue
            of = next((t for t in taken if words[t][2] in ("of", "for", "on")), None)
            if of and j + 1 < n and words[j][2] == "and" and words[j + 1][2][:1].isupper() and _is_cap(
                    words[j + 1][2]) and words[of - 1][2] in rules.organisation_heads and (
                    words[of][2] != "on" or taken[-1] == of + 1):
                taken.append(j)                    # "Department of Health and Human Services", "Committee on Ways
                j += 1                             # and Means": one name (not "Committee on Foreign Relations and
                continue                           # Senate Democrats")
            if words[j][2] == "and" and len(taken) <= 3 and not any(words[t][2] in rules.titles for t in taken):
                k = j + 1
                while k < n and k <= j + 3 and _is_cap(words[k][2]):
                    k += 1
                end = next((e for e in range(k, j + 2, -1) if words[e - 1][2] in AND_HEADS), None)
                if end:                            # "the U.S. Food and Drug Administration": one name (an agency's
                    taken.extend(range(j, end))    # last word after two words at least, not "President and His
                    j = end                        # Administration")
                    continue
            break
        i = max(j, i + 1)
        if not taken:
            continue
        keep = [t for t in taken if _counts(words, t, first_word, attested, headline, rules, lower or {})]
        asks = sentence.rstrip(" ”\"’'").endswith("?")
        for run in _runs(keep):
            if asks and run[0] == first_word and words[run[0]][2] in _QUESTION_OPENERS:
                run = run[1:]                      # "Will Texas turn blue?": a question, no "Will Texas"
            named_event = len(run) >= 3 and any(words[t][2] in ("of", "for") for t in run[1:-1]) or len(
                run) >= 2 and words[run[-1]][2] in rules.organisation_heads and not headline and (run[0] > 0 and words[
                    run[0] - 1][2] in _BEFORE_AN_ORGANISATION or words[run[0]][2] == "The" and len(run) >= 3)
            #                                              "The Internet Association", "the Tuesday Group" (not "When
            #                                                Congress", "in May Supreme Court", "His Air Force")
            surname = len(run) == 2 and fold(words[run[0]][2]) in HONORIFICS and words[run[1]][2] not in STOP_CAPS
            if len(run) >= 2 and run[0] == first_word and _OPENING_ADVERB.fullmatch(words[run[0]][2]):
                run = run[1:]                      # "Ultimately Bush said": an adverb, no given name
            if run and (headline or run[0] == first_word or taken[0] == first_word and run[0] == keep[0] or
                        sentence[:words[run[0]][0]].rstrip()[-1:] in "(:;|"):   # (or after a first word no name)
                while len(run) >= 2 and _common_word(words[run[0]][2], rules, attested, lower) and not (
                        len(run) == 2 and words[run[1]][2] in rules.heads) and not (
                        len(run) >= 3 and words[run[1]][2] in ("of", "for")):   # ("Voice of America" is one name)
                    run = run[1:]                  # "Other Democrats", "Take Amazon", "Journalist James Rosen",
                    #                                "Suspect Taken On Stretcher" (not "Wake County", nor a title in
                    #                                quotation marks: "Face the Nation")
            while run and (words[run[0]][2] in rules.particles or words[run[0]][2] in rules.sentence_openers and (
                    run[0] == first_word or headline or sentence[:words[run[0]][0]].rstrip()[-1:] in "“\"‘(:;—–") or
                    words[run[0]][2] in rules.not_names and not (
                    named_event and words[run[0]][2][:1].isupper() and words[run[0]][2] not in STOP_CAPS) and not (
                    words[run[0]][2] in rules.titles and len(run) > 1 and (
                        words[run[1]][2] not in rules.not_names or surname))):
                run = run[1:]                      # "The", but "March for Our Lives" and "Mr. Reed" stay whole
            while run and not surname and (words[run[-1]][2] in rules.particles or words[run[-1]][2] in ("and", "on")
                                           or _strip_possessive(words[run[-1]][2]) in rules.not_names) and not (
                    _strip_possessive(words[run[-1]][2]) in (*NAME_SUFFIXES, "May", "Today") and len(run) >= 2 and
                    words[run[-2]][2][:1].isupper() and words[run[-2]][2] not in rules.not_names and not
                    _NUMBER_NEXT.match(sentence, words[run[-1]][1]) and not (
                        words[run[-1]][2] == "May" and (headline or words[run[-2]][2] in rules.titles or
                                                        words[run[-2]][2].lower() in _BEFORE_A_MONTH)) and not (
                        _strip_possessive(words[run[-1]][2]) == "Today" and headline)) \
                    and not (
                    named_event and run[-1] == keep[-1] and words[run[-1]][2] in OF_NAME_ENDS):
                run = run[:-1]                     # "Mrs May" keeps her name, "Donald Trump Jr." his "Jr.", "Theresa
                #                                    May" hers, "USA Today" and "Psychology Today" theirs (not "Obama
                #                                    Today" of a headline); "the Bureau of Economic Analysis", "the
                #                                    Church of God" theirs
            after = words[run[1]][2] if len(run) >= 3 and words[run[0]][2] in rules.group_plurals else ""
            if after and (after in rules.given_names or not headline and _given_name(after, rules) and
                          after not in rules.not_names and not _common_word(after, rules, attested, lower)):
                run = run[1:]                      # "from Democrats Bob Casey of Pennsylvania and Chris Coons",
                #                                    "Republicans Lindsey Graham" (not "Americans For Tax Reform",
                #                                    nor a headline's "Democrats Must Not Win")
            if len(run) >= 2 and _strip_possessive(words[run[-1]][2]) in ("Day", "Eve") and \
                    words[run[0]][2] not in rules.given_names:
                run = []                           # "Election Day", "Memorial Day": a date, no one's name (but
                #                                    "Sharon Day", a given name first)
            if run:
                names = [_strip_possessive(words[t][2]) if t == run[-1] else words[t][2] for t in run]
                end = words[run[-1]][1] - _possessive_length(words[run[-1]][2])
                spans.append((words[run[0]][0], end, names))
    return spans


# The article, or a noun of kind in apposition, before an organisation's name: "the Tuesday Group", "the trade group
# Internet Association" (its first word kept though no name alone)
_BEFORE_AN_ORGANISATION = ORGANISATION_NOUNS | {"the", "The", "tank"}      # ("think tank")


def _common_word(word: str, rules: NameRules, attested, lower: Mapping[str, int] | None) -> bool:
    """Whether a capitalised word that opens a sentence, a clause or a headline's name is a common word and no
    part of the name after it: the corpus writes it in lower case at least thirty times as often as capitalised
    inside sentences (Mikheev 1999's evidence; "Other", "Take", "Never", "Journalist"), it is no given name of
    ``actors.toml`` ("Will Hurd"), no title and no head of an organisation's or a place's name."""
    if not lower or not isinstance(attested, Mapping) or word in rules.given_names or word in rules.titles or \
            word in rules.heads or word in rules.affiliations or not word[:1].isupper() or not word[1:].islower():
        return False
    n = lower.get(word.lower(), 0)
    return n >= 30 and n >= 30 * attested.get(word, 0)


_BEFORE_A_MONTH = frozenset({"last", "next", "this", "early", "late", "mid", "since", "until", "in", "on", "by"})
_NUMBER_NEXT = re.compile(r"\s*,?\s*\d")             # "Friday, May 3": a date, not "Theresa May"
_SAYS_NEXT = frozenset({"said", "says", "told", "tells", "added", "adds", "wrote", "writes", "noted", "notes",
                        "argued", "argues", "explained", "explains"})


def _counts(words, t, first_word, attested, headline, rules, lower) -> bool:
    w = _strip_possessive(words[t][2])
    if w in rules.particles:
        return True
    if headline or t == first_word or (t > 0 and words[t - 1][2] in INITIAL_AFTER):
        if not headline and t == first_word and w.endswith("ing") and len(w) > 5 and lower.get(w.lower(), 0) > 10 * max(
                attested.get(w, 0) if isinstance(attested, Mapping) else 0, 1):
            return False       # a participle opening a clause: "Saying Le Pen voters backed her ..., he vowed",
            #                    "Winning Iowa doesn’t put you on track" (the corpus writes "saying" far more often than
            #                    "Saying" inside a sentence; not "Sterling", nor a title opened by a quotation mark:
            #                    “Living History”; but an organisation so named loses the word: "Working America")
        starts_title = any(" ".join(x[2] for x in words[t:t + k]) in rules.titles for k in (1, 2, 3))
        if w in attested or w.isupper() and len(w) > 1 or w in rules.countries or starts_title:
            return True
        # a sentence's first word before another capitalised one ("Donald Trump flew"), unless it is a common
        # word the corpus writes in lower case ("Several Iraqi ...")
        nxt = words[t + 1][2] if t + 1 < len(words) else ""
        speaks = nxt in _SAYS_NEXT and not w.endswith("s") and not headline    # "Lew said ...", named by surname
        #                                       only (but not "Officials said", "Witnesses said": plural nouns)
        return not headline and (_is_cap(nxt) or speaks) and w not in rules.not_names and w not in \
            rules.sentence_openers and not lower.get(w.lower(), 0) and w.lower() not in rules.role_nouns
        #                                                                         "Cleric Hassan Nasser": a descriptor
    return True


def _runs(indices: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for t in indices:
        if runs and runs[-1][-1] == t - 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _pieces(words: list[str], rules: NameRules) -> list[tuple[int, int]]:
    """Cuts a run of capitalised words where one name ends and another begins: before a title that has a
    name after it ("Atlanta | Mayor Keisha Lance Bottoms", "Quds Force | Commander Maj. Gen. Qassim Soleimani"),
    before trailing titles ("Minneapolis | Mayor"), after an organisation followed by a person's name
    ("United Nations | Nikki Haley"), after leading words in capitals ("NPR | Gerry Holmes")."""
    n, cuts = len(words), {0}
    caps = 0
    while caps < n and len(words[caps]) > 1 and words[caps].replace(".", "").replace("-", "").isupper():
        caps += 1
    if 0 < caps and n - caps >= 2 and not any(w.isupper() for w in words[caps:]) and not \
            _affiliation_length(words, 0, rules):                # "GOP Sen. Ted Cruz": a descriptor
        cuts.add(caps)
    k = 1
    while k < n:
        t = _title_length(words, k, rules.titles)
        if t == 1 and _surname(words, k, rules) and _title_length(words, k - 1, rules.titles) == 0 and \
                _given_name(words[k - 1], rules):
            k += 1                                             # "Steve King", "John Major": a surname
            continue
        if t and _title_length(words, k - 1, rules.titles) == 0 and words[k - 1] not in rules.particles and \
                not _affiliation_length(words, 0, rules) >= k:          # "Minnesota Democratic Rep. Ilhan Omar"
            rest = k + t
            while rest < n and _title_length(words, rest, rules.titles):
                rest += _title_length(words, rest, rules.titles)
            cuts.add(k)
            k = rest
            continue
        if words[k - 1] in rules.organisation_heads and n - k >= 2 and words[k] not in rules.particles and words[
                k] != "on" and not any(
                w in rules.heads for w in words[k:]) and not _title_length(
                words, k, rules.titles) and k >= 2:
            cuts.add(k)
        k += 1
    bounds = sorted(cuts) + [n]
    return [(x, y) for x, y in zip(bounds, bounds[1:], strict=False) if x < y]


JUNIOR_SENIOR = {"Jr.", "Sr.", "Jr", "Sr"}                # a person's suffix (a numeral also follows wars and kings)
NAME_SUFFIXES = JUNIOR_SENIOR | {"II", "III", "IV"}
_FOLDED_SUFFIXES = {fold(w) for w in NAME_SUFFIXES}


def _unsuffixed(words: Sequence[str]) -> Sequence[str]:
    """A name's folded words without "Jr.", "Sr.", "III" at the end (the surname is the word before them)."""
    k = len(words)
    while k > 1 and words[k - 1] in _FOLDED_SUFFIXES:
        k -= 1
    return words[:k]


def _surname(words: list[str], i: int, rules: NameRules) -> bool:
    """Whether the title at ``i`` ends the name (nothing but "Jr." after it) and is also a surname ("King")."""
    return words[i] in rules.surname_titles and all(w in NAME_SUFFIXES for w in words[i + 1:])


def _given_name(word: str, rules: NameRules) -> bool:
    if _INITIAL_ONLY.fullmatch(word):
        return True                                            # "John B. King": a middle initial
    return _is_cap(word) and not word.isupper() and word not in rules.countries and word not in rules.demonyms \
        and word not in rules.heads_and_particles and \
        word not in NOT_FIRST_NAMES and word not in rules.affiliations and not _POSSESSIVE_OR_PERIOD.search(word)


_NAME_RANKS = frozenset({"General", "Major", "Admiral", "Marshal"})   # ranks that also open names of organisations


def _title_length(words: list[str], i: int, titles: frozenset[str]) -> int:
    for size in (3, 2, 1):
        if i + size <= len(words) and " ".join(words[i:i + size]) in titles:
            return size
    return 0


_TO_BEFORE = re.compile(r"\b(?:to|from)\s+(?:the\s+)?$")   # "envoy to Ukraine Marie Yovanovitch"


def _country_length(words: list[str], i: int, countries: dict[str, str]) -> int:
    for size in (4, 3, 2, 1):
        if i + size <= len(words) and " ".join(words[i:i + size]) in countries:
            return size
    return 0


def _affiliation_length(words: list[str], i: int, rules: NameRules) -> int:
    """How many words from ``i`` describe the name after them by its party: "California Democrat | Adam Schiff",
    "Minnesota Democratic | Rep. Ilhan Omar", "GOP | Sen. Ted Cruz" (up to two place words, then a party word of
    ``rules.affiliations``); 0 where the words after are no person's name ("Democratic National Committee",
    "Republican Party")."""
    for k in range(i, min(i + 3, len(words) - 1)):
        size = next((s for s in (2, 1) if " ".join(words[k:k + s]) in rules.affiliations), 0)
        if size:
            j = k + size
            rest = words[j:]
            if _title_length(words, j, rules.titles):
                return j - i
            return j - i if _person_words(rest, rules) else 0
        if not _is_cap(words[k]) or words[k] in rules.titles or words[k] in rules.particles:
            return 0
    return 0


def _person_words(rest: list[str], rules: NameRules) -> bool:
    """Whether capitalised words look like a person's name of two to four words (no organisation's or place's head
    word, no particle, no word that never opens a name)."""
    return 2 <= len(rest) <= 4 and rest[0] not in NOT_FIRST_NAMES and rest[-1] not in rules.heads and not any(
        w in rules.particles for w in rest)


def _split(words: list[str], rules: NameRules, *, after_to: bool = False
           ) -> tuple[list[tuple[int, int, str]], int, int]:
    """Splits a name span's words into leading country mentions, titles and the name. After "to" or "from"
    (``after_to``), a country's name before a person's name is a country of its own ("ambassador to Ukraine |
    Marie Yovanovitch", "ambassador to the United States | Sergey Kislyak"; not a capital or a demonym: "the
    Washington Navy Yard", "to Americans For Tax Reform").

    Returns:
        ``(countries, title_start, name_start)``: the country parts ``(i, j, country)``, and where the titles
        and the name begin (``name_start == len(words)`` where the span is only titles).
    """
    countries, i = [], 0
    while i < len(words):
        c = _country_length(words, i, rules.countries)
        form = " ".join(words[i:i + c])
        if c and i + c < len(words) and (_title_length(words, i + c, rules.titles) or _country_length(
                words, i + c, rules.countries) or after_to and i == 0 and rules.countries[form] == form and
                _person_words(words[c:], rules)):
            countries.append((i, i + c, rules.countries[" ".join(words[i:i + c])]))
            i += c
            continue
        break
    title_start = i
    i += _affiliation_length(words, i, rules)
    while i < len(words):
        t = _title_length(words, i, rules.titles)
        if not t or t == 1 and i > title_start and _surname(words, i, rules):
            break                                              # "Dr. King": the name after a title
        i += t
    name_start = i
    if name_start > title_start and not words[name_start - 1].endswith(".") and (
            name_start == len(words) - 1 and words[-1] in rules.heads or name_start == title_start + 1 < len(words)
            and words[title_start] in _NAME_RANKS and words[name_start][:1].isupper() and
            any(w in rules.organisation_heads for w in words[name_start:])):
        name_start = title_start           # "Justice Department", "Major League Baseball", "General Services
        #                                    Administration": not a title; "Gov. Bo Park" is a person
    return countries, title_start, name_start


# ---------------------------------------------------------------------------------------------- mentions

def actor_mentions(corpus, *, actors: Extra = None, sections: Sequence[str] = ANALYSED) -> pd.DataFrame:
    """Every mention of every actor, discovered in the texts (see the module docstring for how).

    Args:
        corpus: A :class:`mediakit.Corpus`.
        actors: Extra actors (TOML path or mapping with ``[actors.<key>]`` tables), added to those of the
            corpus's event lexicon; they merge with the discovered actors and never limit them.
        sections: Which sections to read (headlines and bodies by default).

    Returns:
        One row per mention: ``doc_id, outlet, section, sentence_id, start, end, actor, kind, mention, form,
        title, quoted``. ``actor`` is the actor's name (the most common full form, or the user's name);
        ``kind`` one of person, organisation, country, place, other; ``mention`` the words as written
        (``docs.text[start:end]``); ``form`` how the mention names it: ``name`` (its full name or a
        spelling of it), ``short`` (a surname or short form), ``acronym``, ``country`` (a demonym, capital or
        other name of a country), ``variant`` (a name of the user's table), ``role`` (a role noun: "the
        cleric"); ``title`` the title before it ("President"); ``quoted`` whether it is inside a quotation.

    Examples:
        >>> from mediakit import load_corpus
        >>> m = actor_mentions(load_corpus("data/baghdad-2020-01-24", quiet=True, lexicon=False))
        >>> sorted(set(m.loc[m["actor"] == "Iran", "mention"]))
        ['Iran', 'Iranian', 'TEHRAN', 'Tehran']

    The table for the default ``actors`` and ``sections`` is computed once per corpus and kept (with the corpus's
    cache entry, if it was loaded with ``cache=``): quotes, labels and the cast all read the same mentions.
    """
    if is_lazy(corpus):                  # two passes count what joins names across partitions, a third names them
        index = corpus.share(actor_index(corpus, actors=actors, sections=sections))
        return corpus.map(mentions_in, index, actors=actors, sections=sections)
    if actors is None and list(sections) == list(ANALYSED):
        return derived(corpus, "actor_mentions", lambda: _Finder(corpus, None).run(sections))
    return _Finder(corpus, actors).run(sections)


def actor_index(corpus, *, actors: Extra = None, sections: Sequence[str] = ANALYSED) -> ActorIndex:
    """The corpus's actors, for naming the mentions of each part of a corpus as the whole corpus would.

    On a lazy corpus (:func:`mediakit.scan_corpus`) this is two passes over the partitions, each returning small
    counts that are summed here: the capitalised and lower-case words (Mikheev's test), then what the joining
    of names across documents reads of each name's mentions (:class:`_KeyStats`). :func:`mentions_in` then names
    one partition's mentions with it.
    """
    finder = _Finder(None, actors, lexicon=corpus.lexicon)
    if not is_lazy(corpus):
        finder.corpus = corpus
        sentences = finder._sentences(sections)
        vocabulary = finder.vocabulary(sentences)
        return ActorIndex(vocabulary, finder._documents(sentences, vocabulary)[1], finder)
    vocabulary = corpus.map(_vocabulary_of, actors=actors, sections=sections, combine=_sum_vocabularies)
    stats = corpus.map(_stats_of, corpus.share(vocabulary), actors=actors, sections=sections, combine=merge_stats)
    return ActorIndex(vocabulary, stats, finder)


def mentions_in(corpus, index: ActorIndex, *, actors: Extra = None,
                sections: Sequence[str] = ANALYSED) -> pd.DataFrame:
    """The table of :func:`actor_mentions` for ``corpus``, one part of the corpus ``index`` was built on."""
    return _Finder(corpus, actors).run(sections, index)


def _vocabulary_of(corpus, *, actors: Extra, sections: Sequence[str]) -> Vocabulary:
    finder = _Finder(corpus, actors)
    return finder.vocabulary(finder._sentences(sections))


def _sum_vocabularies(parts: list[Vocabulary]) -> Vocabulary:
    capitalised, lower = Counter(), Counter()
    for c, low in parts:
        capitalised.update(c)
        lower.update(low)
    return capitalised, lower


def _stats_of(corpus, vocabulary: Vocabulary, *, actors: Extra, sections: Sequence[str]) -> dict[str, _KeyStats]:
    return _Finder(corpus, actors).stats(sections, vocabulary)


class _SentenceRows:
    """The sentences of the sections read, as ``(doc, section, sentence_id, start, text)`` in the table's order,
    made into Python strings a block at a time and never all at once (a year of news has millions).

    ``by_document()`` gives each document's ``(sentence_id, start, text, section)`` in turn and ``of(doc)`` one
    document's again."""

    BLOCK = 20_000

    def __init__(self, table: pd.DataFrame, sections: Sequence[str]):
        self.groups = ByDocument(table["doc_id"], np.flatnonzero(is_in(table["section"], sections)))
        rows = self.groups.positions
        docs, sections_ = table["doc_id"].astype("category").cat, table["section"].astype("category").cat
        self.doc_names = np.asarray(docs.categories.astype(str), dtype=object)
        self.section_names = np.asarray(sections_.categories.astype(str), dtype=object)
        self.doc_codes, self.section_codes = docs.codes.to_numpy()[rows], sections_.codes.to_numpy()[rows]
        self.ids, self.starts = table["sentence_id"].to_numpy()[rows], table["start"].to_numpy()[rows]
        self.texts, self.rows = table["text"], rows

    def _block(self, a: int, b: int) -> Iterator[tuple]:
        return zip(self.doc_names[self.doc_codes[a:b]].tolist(), self.section_names[self.section_codes[a:b]].tolist(),
                   self.ids[a:b].tolist(), self.starts[a:b].tolist(), values_at(self.texts, self.rows[a:b]),
                   strict=True)

    def __iter__(self) -> Iterator[tuple]:
        for a in range(0, len(self.ids), self.BLOCK):
            yield from self._block(a, min(a + self.BLOCK, len(self.ids)))

    def by_document(self) -> Iterator[tuple[str, list[tuple]]]:
        """Each document and its sentences ``(sentence_id, start, text, section)``, one document at a time."""
        for doc, (a, b) in self.groups.ranges.items():
            yield doc, self._of_range(a, b)

    def of(self, doc: str) -> list[tuple]:
        """One document's sentences ``(sentence_id, start, text, section)``; none for a document not read."""
        return self._of_range(*self.groups.ranges.get(doc, (0, 0)))

    def _of_range(self, a: int, b: int) -> list[tuple]:
        return [(sid, start, text, section) for _, section, sid, start, text in self._block(a, b)]


class _Finder:
    """Finds, joins and names the actors of a corpus (one pass per stage, documents in order)."""

    def __init__(self, corpus, actors: Extra, *, lexicon=None):
        self.corpus = corpus
        lex = corpus.lexicon if lexicon is None else lexicon
        self.rules = load_name_rules(lex.part("actors"), lex.part("countries"))
        self.user = load_actors(lex.part("actors"), actors, phrases=lex.part("aliases"))
        self.aliases = load_aliases(lex.part("aliases"))
        self.phrase_of = {v: k for k, vs in self.aliases.phrases.items() for v in (k, *vs)}
        self.stopwords = load_stopwords(lex.part("stopwords"))
        self._texts: DocTexts | None = None                 # each text a Python string when read (_text_of)
        self._surnames: set[str] = set()
        self.given = frozenset(given_table(lex, actors))   # "Marc": a given name, whatever the corpus writes lower-case

    # -- stage 1: spans ----------------------------------------------------------------------------------
    def run(self, sections: Sequence[str], index: ActorIndex | None = None) -> pd.DataFrame:
        """The mention table; ``index`` is the corpus-wide :class:`ActorIndex` where this corpus is one partition
        of a larger one (built here from this corpus otherwise)."""
        sentences = self._sentences(sections)
        vocabulary = self.vocabulary(sentences) if index is None else index.vocabulary
        by_doc, stats = self._documents(sentences, vocabulary)
        if index is None:
            index = ActorIndex(vocabulary, stats, self)
        by_key = index.by_key
        for doc, mentions in by_doc.items():
            by_doc[doc] = [m._replace(cluster=by_key[m.key]) for m in mentions]
        rows = self._rows(by_doc, index)
        rows += self._roles(by_doc, index, rows)
        return self._table(rows)

    def stats(self, sections: Sequence[str], vocabulary: Vocabulary) -> dict[str, _KeyStats]:
        """What the corpus-wide joining reads of this corpus's mentions, by key (one partition's share)."""
        return self._documents(self._sentences(sections), vocabulary)[1]

    def _sentences(self, sections: Sequence[str]) -> _SentenceRows:
        return _SentenceRows(self.corpus.sentences, sections)

    def _documents(self, sentences: _SentenceRows, vocabulary: Vocabulary
                   ) -> tuple[dict[str, list[_Named]], dict]:
        """Each document's mentions, joined within it (each given the key of its actor) and described (roles),
        and the counts by key that the corpus-wide stage reads. One document at a time: only its sentences'
        texts are kept while it is read."""
        self.capitalised, self.lower = vocabulary
        self.sentences_of = sentences                          # read again, document by document, by _roles
        attested = vocabulary[0]                           # capitalised inside sentences, with counts
        user_pattern = _name_pattern(self.user)
        user_owner = {fold(" ".join(v.split())): a for a in self.user.actors for v in a.variants}
        by_doc: dict[str, list[_Named]] = {}
        stats: dict[str, _KeyStats] = {}
        self._shared: dict = {}                                # one object for each title, key, roles, description
        for doc, rows in sentences.by_document():
            self._surnames = set()                             # the surnames of persons this document named in full
            self.sentence_text = {}                            # this document's sentences, read by _roles_of
            mentions: list[_Mention] = []
            for sid, offset, text, section in rows:
                self.sentence_text[sid] = (offset, text)
                found = self._sentence(doc, section, sid, offset, text, attested)
                self._surnames.update(f.words[-1] for f in found if f.form == "name" and len(f.words) >= 2 and (
                    f.hint == "person" or not f.hint and _person_like(f, self.rules) and self._given_first(
                        f.words[0]) or f.hint == "place" and self._person_with_place_word(f.words)))
                #                                                   ("Celinda Lake, a pollster,")
                if user_pattern is not None:
                    found = self._user_mentions(found, user_pattern, user_owner, doc, section, sid, offset, text)
                mentions.extend(sorted(found, key=lambda x: x.start))
            if not mentions:
                continue
            joined = self._join(mentions)
            for m in joined:
                if m.key not in stats:
                    stats[m.key] = _KeyStats()
                stats[m.key].add(m, self.rules)
            for key in {m.key for m in joined}:
                stats[key].docs += 1
            for m in mentions:                                 # descriptors: roles, and evidence of a person
                m.roles = [] if m.form == "country" else self._roles_of(m)
                if not m.hint and any(r not in NON_PERSON_ROLES for r in m.roles):
                    m.hint = "person"
            for m in joined:
                if m.hint:
                    stats[m.key].hints[m.hint] += 1
            by_doc[doc] = [self._named(m) for m in mentions]    # the words and spellings let go
        self.sentence_text = {}
        return by_doc, stats

    def _named(self, m: _Mention) -> _Named:
        shared = self._shared
        roles = tuple(m.roles)
        return _Named(m.doc, m.section, m.sentence_id, m.start, m.end, shared.setdefault(m.title, m.title), m.form,
                      shared.setdefault(m.key, m.key), shared.setdefault(roles, roles),
                      shared.setdefault(m.described, m.described), shared.setdefault(m.placed, m.placed))

    def _user_mentions(self, found, pattern, owner, doc, section, sid, offset, text) -> list[_Mention]:
        """The user's name variants: a discovered name with the same words takes the user's actor; other
        overlapping discoveries give way to the variant."""
        taken = []
        for u in pattern.finditer(text):
            actor = owner[fold(" ".join(u.group().split()))]
            start, end = offset + u.start(), offset + u.end()
            same = [f for f in found if f.start == start and f.end == end]
            if same:
                same[0].user = actor
                continue
            m = _Mention(doc, section, sid, start, end, u.group(), tuple(u.group().split()), "variant",
                         hint=actor.kind or "")
            m.user = actor
            taken.append(m)
        return [f for f in found if not any(t.start < f.end and f.start < t.end for t in taken)] + taken

    def vocabulary(self, sentences) -> Vocabulary:
        """Words written capitalised inside sentences (Mikheev 1999), with counts of capitalised and
        lower-case uses for the common-noun test."""
        counts: Counter[str] = Counter()         # each word inside a sentence, as written (counted in C)
        for _, section, _, _, text in sentences:
            if section == "headline":
                continue
            words = _word_strings(text, self.rules)
            first = next((k for k, w in enumerate(words) if w[:1].isalnum()), 0)
            counts.update([w for p, w in zip(words[first:-1], words[first + 1:], strict=True) if p not in
                           INITIAL_AFTER])
        capitalised: Counter[str] = Counter()
        lower: Counter[str] = Counter()
        for w, n in counts.items():                # then each distinct word read once
            if w.endswith(("'s", "’s")) and len(w) > 2:
                w = w[:-2]
            if w[:1].isupper():
                capitalised[w] += n
            elif w[:1].islower():
                lower[w] += n
        return capitalised, lower

    def _sentence(self, doc, section, sid, offset, text, attested) -> list[_Mention]:
        out = []
        text = without_nicknames(text)                          # Robert "Bob" Crandall: one name
        for a, b, all_words in name_spans(text, self.rules, attested=attested, headline=section == "headline",
                                          lower=self.lower):
            all_spans = [(m.start() - a, m.end() - a) for m in _NON_SPACE.finditer(text, a, b)]
            if len(all_spans) != len(all_words):                 # the words of the span, as written
                all_spans = _word_offsets(text, a, b, all_words)
            for i, j in _pieces(all_words, self.rules):
                words, spans = all_words[i:j], all_spans[i:j]
                out += self._piece(doc, section, sid, offset, text, a, b if j == len(all_words) else
                                   a + spans[-1][1], words, spans, last=j == len(all_words))
        return out

    def _piece(self, doc, section, sid, offset, text, a, b, words, spans, *, last: bool = True) -> list[_Mention]:
        out = []
        mention = lambda i, j, form, **kw: _Mention(  # noqa: E731
            doc, section, sid, offset + a + spans[i][0], offset + a + spans[j - 1][1], " ".join(words[i:j]),
            tuple(words[i:j]), form, **kw)
        countries, title_start, name_start = _split(words, self.rules, after_to=bool(_TO_BEFORE.search(
            text, max(0, a + spans[0][0] - 12), a + spans[0][0])))
        for i, j, country in countries:
            out.append(mention(i, j, "country", hint="country"))
            out[-1].country = country
        title = " ".join(words[title_start:name_start])
        if title and title_start == 0 and _SERVES_THE.search(text, max(0, a - 40), a):
            title = ""             # "Counselor to the President Kellyanne Conway": counsels a president, is none
        skipped = name_start
        while name_start < len(words) and words[name_start] in self.rules.particles:
            name_start += 1                                    # "of Jordan" after a title
        if name_start > skipped and title:
            rest = words[name_start:]
            if len(rest) >= 3 and _given_name(rest[-2], self.rules) and (rest[-2] in self.given or not (
                    self._common_noun(rest[-2]) or self._common_noun(rest[-1]))) and rest[-1] not in self.rules.heads:
                title = " ".join(words[title_start:len(words) - 2])   # "Director of National Intelligence | Dan Coats",
                #                                       "Director of Legislative Affairs | Marc Short" ("short": a word)
                name_start = len(words) - 2
            else:
                title = ""         # "Captain of the Houston Fire Department": the captain's, not the department's
        if name_start >= len(words):
            return out                                         # titles alone: "President" (a role, later)
        joined = " ".join(words)
        if not title and name_start == 0 and len(words) == 2 and joined not in self.rules.countries and \
                words[0] in self.rules.demonyms and \
                words[1] not in self.rules.organisation_heads:
            out.append(mention(0, 1, "country", hint="country"))
            out[-1].country = self.rules.countries[words[0]]
            name_start = 1                                     # "Iraqi Shia": Iraq, and a word of its own
        name = words[name_start:]
        if len(name) == 1 and (_PARTY_STATE.fullmatch(name[0]) and _OPEN_OR_COMMA_END.search(
                text, 0, a + spans[name_start][0]) or _INITIAL_ONLY.fullmatch(name[0]) and re.search(
                r"\b[RDI][-–][A-Z]\.$", text[:a + spans[name_start][0]])):
            return out                                         # "McConnell, R-Ky.,", "(D-N.Y.)": a party tag
        party = next((k for k in (2, 1) if len(name) >= k and " ".join(name[-k:]) in self.rules.affiliations), 0)
        if party and not (len(name) == party and " ".join(name) in self.rules.party_names):
            return out                                         # "Will Republican", "Minnesota Democratic"
        parts = name[0].split("-") if len(name) == 1 else []
        if len(parts) > 1 and all(p in self.rules.countries for p in parts):
            at = offset + a + spans[name_start][0]
            for p in parts:                                    # "Iran-US tensions": two countries
                out.append(_Mention(doc, section, sid, at, at + len(p), p, (p,), "country", hint="country"))
                out[-1].country = self.rules.countries[p]
                at += len(p) + 1
            return out
        before = text[:a + spans[name_start][0]]
        after = text[min(a + spans[-1][1], len(text)):]
        dateline = not before.strip() and all(w.isupper() for w in name) and re.match(
            r"\s*(?:,\s*[A-Z .]+)?\s*(?:\(|[–—-])", after)
        if dateline and " ".join(name).title() in self.rules.countries:
            name = [" ".join(name).title()]
        joined = " ".join(name)
        m = mention(name_start, len(words), "name", title=title)
        m.text, m.words = joined, tuple(name)
        speaks = _SAYS_AFTER.match(after) and not _OF_RIGHT_BEFORE.search(before) or last and _SAYS_BEFORE.search(
            before)
        answers = _ANSWERS_AFTER.match(after) and self.rules.countries.get(joined) != joined   # a capital, no state
        if joined in self.rules.countries and not (not title and len(name) == 1 and name[0] in self._surnames and (
                speaks or answers)):   # "Henry Rome, an analyst, ... said Rome": the analyst;
            #                                              "Jack Kingston ... Kingston replied that": him, not Jamaica
            m.form, m.hint, m.country = "country", "country", self.rules.countries[joined]
            if _metonym_as_modifier(joined, self.rules, after):
                return out                                     # "the Paris agreement": a modifier, not Paris
        else:
            if not title and len(name) == 1 and self._common_noun(name[0]) and (
                    name[0] not in self._surnames or _CAPITALISED_NEXT.match(after)):
                return out                  # "Police", "Act": a common noun, capitalised (but "Ed Day ... Day said")
            m.hint = "place" if dateline else self._hint(name, title)
            if (not m.hint or m.hint == "place" and not dateline and self._person_with_place_word(name)) and \
                    speaks and ("of" not in name or name[0] in _NOBLE):   # (not "Voice of America adds")
                #                                       not "Fiona Cummings of | Northern Illinois |, told"
                m.hint = "person"     # "X said", "said X", "X, 46,"; "Kanye West said"; not "says | San Francisco |
                #                       District Attorney George Gascón"
            prev = before.split()[-1:]
            m.after_locative = bool(prev) and fold(prev[0]) in LOCATIVE and not title
            m.after_article = not title and bool(_ARTICLE_BEFORE.search(before[-60:])) and bool(
                _HEAD_ENDS.match(after))                   # not "a Trump campaign aide": Trump modifies the aide
        out.append(m)
        return out

    def _given_first(self, word: str) -> bool:
        """Whether a name's first word can be a given name: one the corpus writes in lower case less than a tenth
        as often as capitalised ("Ed Day", not "Daily Mail", "Bad Strategy")."""
        return _given_name(word, self.rules) and self.lower.get(word.lower(), 0) * 10 < max(
            self.capitalised.get(word, 0), 1)

    def _first_and_surname(self, f: _Mention) -> bool:
        """Whether a name of two words is a given name and a surname ("Hillary Clinton"), not "Indiana Republicans",
        "Thanksgiving Day" or "Sanders' Indiana": a given name first, and last a word that is no common noun
        and no party's members."""
        first, last = f.words[0], f.words[-1]
        return len(f.words) == 2 and self._given_first(first) and not re.search(r"[’']", first) and \
            not self._common_noun(last) and last.rstrip("s") not in self.rules.affiliations and \
            not last.isupper() and _person_like(f, self.rules)

    def _common_noun(self, word: str) -> bool:
        """Mikheev's test: a capitalised word the corpus writes in lower case at least as often."""
        if word.isupper() or "-" in word:
            return False
        return self.lower.get(word.lower(), 0) >= max(self.capitalised.get(word, 0), 1)

    def _hint(self, name: Sequence[str], title: str) -> str:
        if title or len(name) >= 2 and name[-1] in JUNIOR_SENIOR:
            return "person"                                    # "Gov. X", "Martin Luther King Jr."
        if any(w in self.rules.organisation_heads for w in name) or " ".join(name[-2:]) in \
                self.rules.organisation_heads:
            return "organisation"
        if (any(w in self.rules.place_heads for w in name) or " ".join(name[-2:]) in self.rules.place_heads) and \
                not _KOREAN_NAME.fullmatch(" ".join(name)):
            return "place"                                     # but "Park Geun-hye"
        letters = "".join(name).replace(".", "")
        if len(name) == 1 and letters.isupper() and len(letters) >= 2:
            return "organisation"                              # an acronym: PMF, NATO
        return ""

    def _person_with_place_word(self, name: Sequence[str]) -> bool:
        """A name that can be a person's though a word in it heads places: a given name, then a surname that is
        such a word ("Kanye West", "Celinda Lake"), or that surname alone where its document named the person in
        full ("Lake said"). Only a mention that speaks is then read as a person's: "Salt Lake", "the Atlantic
        Ocean" stay places."""
        if len(name) == 1:
            return name[0] in self._surnames
        return len(name) == 2 and name[-1] in _SURNAME_HEADS and self._given_first(name[0])

    # -- stage 2: one actor across spellings and documents ----------------------------------------------
    def _key(self, words: Sequence[str]) -> str:
        kept = [w for w in words if not _INITIAL.fullmatch(w)] or list(words)   # "Donald J. Trump"
        phrase = self.phrase_of.get(fold(" ".join(words)))
        return phrase or " ".join(norm(w, self.aliases, stopwords=self.stopwords) for w in kept)

    def _join(self, mentions: list[_Mention]) -> list[_Mention]:
        """One document's mentions, each given the key of its actor (``m.key``): full names first, then short
        forms and acronyms point at them. Returns the mentions in the order they were given keys (the order the
        corpus-wide counts keep)."""
        joined = []

        def give(m: _Mention, key: str) -> None:
            m.key = key
            joined.append(m)

        full = [m for m in mentions if m.form == "name" and len(m.words) >= 2]
        longest = {}
        for f in full:
            longest[tuple(fold(w) for w in f.words)] = f
        tails = {k[i:] for k in longest for i in range(1, len(k) - 1)}     # "Lance Bottoms" of a longer name
        full = [f for f in full if tuple(fold(w) for w in f.words) not in tails or f.hint == "organisation"]
        heads = {id(f) for f in full}
        for m in mentions:
            if m.user is not None:
                give(m, "user:" + m.user.key)
            elif m.form == "country":
                give(m, "country:" + m.country)
            elif id(m) in heads:
                give(m, self._key(m.words))
        defined = _acronym_definitions(mentions)
        index: dict = defaultdict(list)            # distinct full names (first mention) by last and first word
        distinct = list({tuple(fold(w) for w in f.words): f for f in reversed(full)}.values())[::-1]
        titled: dict[str, list[_Mention]] = defaultdict(list)    # surnames alone with a title: "President Trump"
        for m in mentions:
            if m.form == "name" and len(m.words) == 1 and m.title and fold(m.title) not in HONORIFICS:
                titled[fold(m.words[0])].append(m)
        for f in distinct:
            folded = [fold(w) for w in f.words]
            index[folded[-1]].append(f)
            bare = _unsuffixed(folded)
            if len(bare) < len(folded):
                index[bare[-1]].append(f)                          # "King" of "Martin Luther King Jr."
            index[("first", folded[0])].append(f)
        alone = {fold(m.words[0]) for m in mentions if m.form == "name" and len(m.words) == 1}   # "Clinton"
        recent: dict[str, tuple[int, _Mention]] = {}     # surname -> the full name it stood for last, and where
        named_at: dict[str, int] = {}                    # key -> the sentence it was named in last
        for m in mentions:
            if m.key:
                if id(m) in heads and len(m.words) >= 2:
                    recent[fold(m.words[-1])] = (m.sentence_id, m)
                named_at[m.key] = m.sentence_id
                continue
            target = self._shortens(m, index, titled, alone, recent, named_at) if m.form == "name" else None
            if target is not None and len(m.words) == 1 and m.form == "name" and not _is_acronym(m.text):
                recent[fold(m.words[0])] = (m.sentence_id, target)
            if target is not None:
                named_at[target.key] = m.sentence_id
            if target is None and _is_acronym(m.text):
                target = defined.get(m.text) or _spelled_by(m.text, distinct)
                if target is not None and not target.key:
                    target = None                              # defined only later: "NPR" ... "X (NPR)"
                if target is not None:
                    m.form = "acronym"
            elif target is not None:
                m.form = "short"
            give(m, target.key if target is not None else self._key(m.words))
        return joined

    def _kin_of_office(self, m: _Mention, t: _Mention, f: _Mention) -> bool:
        """Whether the full name ``f`` is introduced as someone's relative ("first lady Melania Trump", "his wife,
        Jill Biden") and ``t`` writes its surname with a title of office ("President Trump"): then ``t``, and ``m``
        unless an honorific ("Mrs. Trump") makes it hers, are someone else, wherever they stand. A title that is also
        a surname ("King III" of "Martin Luther King III") is none."""
        if fold(m.title) in HONORIFICS or t.title in self.rules.surname_titles:
            return False
        offset, text = self.sentence_text[f.sentence_id]
        return bool(_AS_KIN.search(text, max(0, f.start - offset - 40), f.start - offset))

    def _shortens(self, m: _Mention, full, titled: Mapping[str, list[_Mention]], alone: set[str] = frozenset(),
                  recent: Mapping[str, tuple[int, _Mention]] | None = None,
                  named_at: Mapping[str, int] | None = None) -> _Mention | None:
        """The full name of the same document that ``m`` shortens (surname, first name, tail); where several
        share it ("Joe Biden", "Jill Biden"), the one introduced first, as news style names its subject first. A
        surname comes before a first name; a first name alone shortens a name of a person (a title, "X said") or a
        given name and surname whose surname the document also writes alone (``alone``: "Hillary Clinton" and
        "Clinton").

        News style introduces a person by the full name unless the person is known by title and surname: a
        surname written with another title before a full name ("President Trump ... first lady Melania Trump"),
        or anywhere where the full name is introduced as a relative ("first lady Melania Trump ... President
        Trump"), is someone else, and so is the surname alone. A surname shortens a name with a suffix ("Martin
        Luther King Jr.") only where no full name without one shares it and the document gives that surname no
        other title ("President Trump" beside "Donald Trump Jr.")."""
        key = [fold(w) for w in m.words]
        others = titled.get(key[-1], []) if len(key) == 1 else []
        hits, suffixed, firsts = [], [], []
        for f in [*full.get(key[-1], []), *full.get(("first", key[0]), [])]:
            words = [fold(w) for w in f.words]
            if f is m or len(words) <= len(key) or any((t.start < f.start or self._kin_of_office(m, t, f)) and
                                                        t.title != f.title for t in others):
                continue
            if words[-len(key):] == key and (len(key) >= 2 or _person_like(f, self.rules)):
                hits.append(f)
                continue
            if len(key) == 1 and words[0] == key[0] and not m.after_locative and (f.hint == "person" or (
                    not f.hint and m.hint in ("", "person") and words[-1] in alone and self._first_and_surname(f))):
                firsts.append(f)       # "Hillary" where "Hillary Clinton" and "Clinton" are named: her first name,
                continue               # where no name of the document has it as its surname
            bare = _unsuffixed(words)
            if len(bare) < len(words) and len(bare) > len(key) and bare[-len(key):] == key and (
                    not m.title or fold(m.title) in HONORIFICS or m.title == f.title) and \
                    all(t.title == f.title for t in others):
                suffixed.append(f)             # "Dr. King" of "Martin Luther King Jr.", not "President Trump"
        hits = hits or suffixed or firsts      # of "Donald Trump Jr." where "Donald Trump" is named too
        if not hits:
            return None
        hits.sort(key=lambda f: f.start)
        before = [f for f in hits if f.start < m.start]
        last = (recent or {}).get(key[-1]) if len(key) == 1 and len(before) >= 2 else None
        if last is not None and last[1] in before and m.sentence_id - last[0] <= 1 and (named_at or {}).get(
                before[0].key, -99) < m.sentence_id - _SUBJECT_AWAY and self._given_first(last[1].words[0]):
            return last[1]       # "Wayne Gray, 47, ... said O'Malley didn't help. Instead, Gray said": the one just
            #                      named, or just meant, in this sentence or the one before (Grosz, Joshi & Weinstein
            #                      1995's centering), not Freddie Gray, named first
        return before[0] if before else hits[0]               # the one introduced first: the story's subject

    # -- stage 3: rows ------------------------------------------------------------------------------------
    def _rows(self, by_doc, clusters: ActorIndex) -> list[tuple[_Named, str, str, str]]:
        """``(mention, actor, kind, form)`` for each mention (tuples: a year of news has millions)."""
        rows = []
        for mentions in by_doc.values():
            for m in mentions:
                form = "short" if m.form == "name" and m.cluster in clusters.shortened else m.form
                rows.append((m, clusters.name(m.cluster), clusters.kind(m.cluster), form))
        return rows

    def _roles(self, by_doc, clusters: ActorIndex, rows: list[tuple]) -> list[tuple[_Mention, str, str, str]]:
        """Role nouns: "the cleric" is the actor this document introduced as a cleric, and nobody else."""
        roles_of_user = {a.key: a.roles for a in self.user.actors}
        party_words = {fold(p) for p in (*self.rules.affiliations.values(), *self.rules.party_codes.values()) if p}
        parties = {p for p in party_words if self.lower.get(p, 0) * 10 < self.capitalised.get(p.title(), 0)}
        #                                                                                  nouns, not "independent"
        out = []
        for doc, mentions in by_doc.items():
            roles: dict[str, list[int]] = defaultdict(list)       # role noun -> clusters, in the document
            for m in mentions:
                for role in m.roles:
                    if m.cluster not in roles[role]:
                        roles[role].append(m.cluster)
                for role in roles_of_user.get(clusters.user_key(m.cluster), ()):
                    if m.cluster not in roles[role]:
                        roles[role].append(m.cluster)
            if not roles:
                continue
            # "Sen. John Thune ... the South Dakota Republican said": a party no one of the document is known by,
            # with a place before it and no noun after it, names a politician
            by_party = {p: roles["politician"] for p in parties.difference(roles)} if "politician" in roles else {}
            party_finder = _role_index(by_party)
            titled: dict[int, set[str]] = defaultdict(set)        # the words of each actor's titles
            homes: dict[int, set[str]] = defaultdict(set)        # "Oregon Democratic Rep. Peter DeFazio": oregon
            for m in mentions:
                titled[m.cluster].update(fold(w) for w in f"{m.described} {m.title} {m.placed}".split())
                homes[m.cluster].update(self._home(m.title))
            title_words = set().union(*titled.values())          # "the former president": the one titled so
            named = sorted((m.start, m.end, m.cluster) for m in mentions)
            named_starts = [n[0] for n in named]
            text_doc = self._text_of(doc)
            spans = quote_spans(text_doc)
            inside = in_spans(np.array(named_starts, dtype=np.int64), *spans)
            by_cluster: dict[int, list[int]] = defaultdict(list)     # where each is named in the writer's words
            quoted_by_cluster: dict[int, list[int]] = defaultdict(list)
            plain: dict[int, list[int]] = defaultdict(list)          # ... and where not as an owner ("Sanders’s")
            for (a, b, c), q in zip(named, inside, strict=True):
                (quoted_by_cluster if q else by_cluster)[c].append(a)
                if not q and text_doc[b:b + 2] not in ("’s", "'s"):
                    plain[c].append(a)
            for c, starts in quoted_by_cluster.items():
                if c not in by_cluster:
                    by_cluster[c] = starts               # named only in quotations: there
            finder = _role_index(roles)
            user_roles = {r for k in map(clusters.user_key, {c for cs in roles.values() for c in cs}) if k
                          for r in roles_of_user.get(k, ())}
            unnamed: dict[str, int] = {}        # where "a Democratic senator" (no name) was last introduced, by role
            for sid, offset, text, section in self.sentences_of.of(doc):
                hits = list(_find_roles(text, finder))
                if by_party:
                    hits += [r for r in _find_roles(text, party_finder) if re.search(r"\b[A-Z]", r.mods) and
                             _PARTY_HEAD_END.match(text, r.end) and not any(
                                 h.start < r.end and r.start < h.end for h in hits)]
                for r in sorted(hits):
                    before = text[:r.start].rstrip(" “\"‘'([")
                    if r.det == "The" and before and before[-1] not in ":—–":
                        continue         # "according to The American Conservative": inside a sentence, a name's "The"
                    start, end = offset + r.start, offset + r.end
                    role_at = offset + r.role_start
                    role = fold(r.role)
                    candidates = roles.get(role) or by_party.get(role, [])
                    if r.det.lower() in _INDEFINITE and not _followed_by_name(text[r.end:]) and not (
                            _DESCRIBES_BEFORE.search(text, max(0, r.start - 40), r.start) and not
                            _PLACE_COMMA_BEFORE.search(text, max(0, r.start - 40), r.start)) and (
                            _UNNAMED_AFTER.match(text, r.end) or _UNNAMED_BEFORE.search(
                                text, max(0, r.start - 30), r.start)):
                        for x in (role, *self.rules.broader_roles.get(role, ())):
                            unnamed[x] = start
                    near = named[bisect_left(named_starts, start - 300):bisect_left(named_starts, end)]
                    if any(a < end and start < b and not b <= role_at for a, b, _ in near) or \
                            _followed_by_name(text[r.end:]) or any(
                            re.fullmatch(r"[’']?s?\s*,\s*", text[b - offset:r.start]) for _, b, c in near
                            if b - offset <= r.start and (c in candidates or role not in roles)):
                        continue                               # part of a name, its appositive, a title
                    indefinite = r.det.lower() in _INDEFINITE
                    if indefinite and (role not in user_roles or len(candidates) != 1):
                        continue                               # "a cleric" introduces someone new
                    if not self._plain_modifiers(r.mods):
                        continue
                    if role in party_words and _NOUN_AFTER_PARTY.match(text, r.end) and not _PARTY_HEAD_END.match(
                            text, r.end):
                        continue       # "the state’s rock-solid Republican majority": the party word modifies a noun
                    mods = [fold(w) for w in r.mods.split() if w[:1].isupper() or fold(w) in title_words]
                    agreeing = [c for c in candidates if mods and all(w in titled[c] for w in mods)]
                    names = [fold(w) for w in r.mods.split() if w[:1].isupper()]
                    candidates = [c for c in candidates if all(w in titled[c] for w in names) or not any(
                        w in titled[c] for w in names)]   # "the former South Carolina congressman" is no "Mark
                    #                                      Walker, a North Carolina representative"
                    of = _OF_WHAT.match(text, r.end)
                    if of:            # "the secretary of the Treasury" is no "Secretary of State Hillary Clinton"
                        what = {fold(w) for w in of.group("what").split()}
                        candidates = [c for c in candidates if "of" not in titled[c] or what & titled[c]]
                    home = self._home(f"{r.mods} {r.role.title()}")
                    if home:          # "the Connecticut Democrat" is no "Oregon Democratic Rep. Peter DeFazio"
                        candidates = [c for c in candidates if not homes[c] or homes[c] & home]
                        agreeing = [c for c in agreeing if c in candidates]
                    wanted = self._places(names)
                    if wanted:      # "the U.S. ambassador" is no "U.N. Ambassador Susan Rice", "the U.S. president"
                        candidates = [c for c in candidates if wanted & self._places(titled[c]) or not self._places(
                            titled[c])]                                        # no "Palestinian President Abbas"
                    whole = [fold(w) for w in r.mods.split() if fold(f"{w} {r.role}") in self._folded_titles]
                    if whole:        # "The prime minister" is no "First Minister Nicola Sturgeon", nor "the vice
                        #              president" the president: a title of two words names only who holds it
                        kept = [c for c in candidates if role not in titled[c] or all(w in titled[c] for w in whole)]
                        if not kept or len(kept) < len(candidates) and not any(
                                all(w in titled[c] for w in whole) for c in kept):
                            continue     # (nor, when the one titled otherwise is set aside, anyone not titled so)
                        candidates, agreeing = kept, [c for c in agreeing if c in kept]
                    # "the California Democrat": the one named last in the writer's words ("Specter admitted,
                    # “My vote against Sessions ...” The senator": Specter, not the Sessions of the quotation)
                    target = _nearest(agreeing or candidates, by_cluster, start,
                                      ahead=_LEAD_AHEAD if start < _LEAD else _AHEAD)
                    if target is None:
                        continue
                    if role in _HEADS and not r.mods.strip() and not agreeing and len(candidates) > 1:
                        main = max(candidates, key=lambda c: len(by_cluster.get(c, ())))
                        if len(by_cluster.get(main, ())) >= 2 * len(by_cluster.get(target, ())):
                            target = main    # "President Trump ... Putin ... the president": the story's president,
                            #                  named twice as often as the one named last (its topic, the center a
                            #                  bare "the president" continues: Grosz, Joshi & Weinstein 1995)
                    seen = plain.get(target, [])
                    k = bisect_left(seen, start)
                    if role not in roles and (not k or any(
                            c != target and (c in candidates or clusters.kind(c) == "person" and " " in text_doc[
                                a:b]) and text_doc[b:b + 2] not in ("’s", "'s")
                            for a, b, c in named[bisect_left(named_starts, seen[k - 1]):bisect_left(named_starts,
                                                                                                    start)])):
                        continue     # a party's politician is the one named last: no other politician or full name
                        #              between (an owner may be: "called Mr. McConnell’s plan")
                    if unnamed.get(role, -1) > (seen[k - 1] if k else -1) and not any(
                            w in titled[target] for w in mods):
                        continue             # "said a Democratic senator, who requested anonymity ... the lawmaker"
                        #                      (but "the former GOP lawmaker" after "one GOP lawmaker" is the one
                        #                      titled "former")
                    m = _Mention(doc, section, sid, start, end, r.text, tuple(r.text.split()), "role")
                    m.cluster = target
                    out.append((m, clusters.name(target), clusters.kind(target), "role"))
        return out

    def _places(self, words) -> set[str]:
        """The countries a title's folded words name, by the country table ("u.s.", "american": the United
        States; "palestinian": Palestine), and the United Nations ("u.n.", "nations")."""
        return {self._folded_countries[w] if w in self._folded_countries else "United Nations" for w in words
                if w in self._folded_countries or w in ("u.n.", "nations")}

    @cached_property
    def _folded_countries(self) -> dict[str, str]:
        return {fold(k): v for k, v in self.rules.countries.items()}

    @cached_property
    def _compound_roles(self) -> frozenset[str]:
        return frozenset(r for r in self.rules.role_nouns if " " in r)    # "attorney general" (actors.toml)

    @cached_property
    def _folded_titles(self) -> frozenset[str]:
        return frozenset(fold(t) for t in self.rules.titles)

    def _text_of(self, doc: str) -> str:
        """A document's text as a Python string, made when read (roles and the table read one document after
        another; a dict of every text would hold a year of news two to four times over)."""
        if self._texts is None:
            self._texts = DocTexts(self.corpus.docs)
        return self._texts[doc]

    def _home(self, title: str) -> set[str]:
        """The folded place words before a party word of a title ("Oregon Democratic Rep.": oregon; "New York
        Republican": new, york), not a chamber ("House Democrat", "Senate Republican Leader") nor a title."""
        words = title.split()
        k = next((i for i, w in enumerate(words) if w in self.rules.affiliations), 0)
        return {fold(w) for w in words[:k] if w[:1].isupper() and w not in self.rules.heads_and_titles}

    def _plain_modifiers(self, mods: str) -> bool:
        words = mods.split()
        return all(not _VERBISH.match(w) and fold(w) not in self.rules.label_stop and fold(w) not in self.stopwords
                   for w in words)

    def _roles_of(self, m: _Mention) -> list[str]:
        roles = []
        if m.title:                       # "Vice President X" is no "the president": a title is a role whole
            roles += title_roles(m.title, self.rules)
        offset, text = self.sentence_text[m.sentence_id]
        a, b = m.start - offset, m.end - offset
        label, _, _ = premodifier(text[:a], self.rules.titles, self.rules.label_stop, self.stopwords)
        served = None if m.title else _TITLE_OF_NAME.search(text, max(0, a - 80), a)
        if served and self.rules.is_role(light_stem(fold(served.group("title")))):
            roles.append(light_stem(fold(served.group("title"))))   # "U.S. Ambassador to the United Nations Nikki
            #                                                   Haley": an ambassador (the label, a name, no role)
        if m.title and label.endswith(m.title):
            label = label[:-len(m.title)].strip()              # the title was read above, whole
        elif m.title and label and (" " + m.title).endswith(" " + label):
            label = ""                       # "Secretary of State Brian Kemp": "State" is the title's end, no role
        m.described = label
        tag = _PARTY_TAG.match(text, b)
        party = tag and (tag.group("party") or tag.group("party2"))
        if party in self.rules.party_codes:
            roles.append(self.rules.party_codes[party])   # "McConnell (R-Ky.)": "the Kentucky Republican"
        apposed = (_appositive_of(text, a, b), _appositive_before(text, a))
        m.placed = " ".join(w for p in apposed for w in p.split() if w[:1].isupper())
        group = len(m.words) == 1 and re.search(r"[^s]s$", m.words[0]) is not None    # "Republicans", one word
        for phrase in (label, *apposed):
            noun = _head_noun(phrase, self.stopwords, self._compound_roles)
            if group and phrase is not label and not noun.endswith("s"):
                continue          # "The Trump administration, Republicans in Congress, ...": a list, no appositive
            if phrase.startswith("The ") and phrase is apposed[1] and (
                    m.hint not in ("", "person") or len(m.words) < 2 or light_stem(noun) in NON_PERSON_ROLES):
                continue          # a sentence's first noun phrase before a comma and a name: a person's role and
                #                   name ("The mayor of Paris, Anne Hidalgo,"), not "The town, ..., Virginia"
            head = light_stem(noun)      # "one of the organisers": organiser
            if head and self.rules.is_role(head) and not (m.title and phrase is label and head in NON_PERSON_ROLES):
                roles.append(head)                 # (not "state" of "state Rep. Julia Howard": the title's word)
        roles += [b for r in roles for b in self.rules.broader_roles.get(r, ())]   # a senator is a lawmaker
        return list(dict.fromkeys(r for r in roles if r and len(r) > 2))

    def _table(self, rows: list[tuple]) -> pd.DataFrame:
        """The mention table: rows in document order, then by start; one row per span (the first)."""
        corpus = self.corpus
        outlet = dict(zip(corpus.docs["doc_id"], corpus.docs["outlet"], strict=True))
        starts: dict[str, list[int]] = defaultdict(list)
        for m, *_ in rows:
            starts[m.doc].append(m.start)
        inside = {d: iter(in_spans(np.array(s, dtype=np.int64), *quote_spans(self._text_of(d))).tolist())
                  for d, s in starts.items()}                  # whether each is quoted, one search per document
        quoted = np.array([next(inside[m.doc]) for m, *_ in rows], dtype=bool)
        rank = {d: i for i, d in enumerate(corpus.docs["doc_id"])}
        order = np.array([rank[m.doc] for m, *_ in rows], dtype=np.int64)
        start = np.array([m.start for m, *_ in rows], dtype=np.int64)
        end = np.array([m.end for m, *_ in rows], dtype=np.int64)
        keep = np.lexsort((start, order))                      # stable: equal spans keep the order they were found
        keep = keep[~pd.DataFrame({"o": order[keep], "s": start[keep], "e": end[keep]}).duplicated().to_numpy()]
        rows = [rows[i] for i in keep.tolist()]
        values = {                                         # column by column, each made into an array at once
            "doc_id": lambda: [m.doc for m, *_ in rows], "outlet": lambda: [outlet[m.doc] for m, *_ in rows],
            "section": lambda: [m.section for m, *_ in rows],
            "sentence_id": lambda: [m.sentence_id for m, *_ in rows], "start": lambda: start[keep],
            "end": lambda: end[keep], "actor": lambda: [r[1] for r in rows],
            "kind": lambda: [r[2] for r in rows],
            "mention": lambda: [self._text_of(m.doc)[m.start:m.end] for m, *_ in rows],
            "form": lambda: [r[3] for r in rows], "title": lambda: [m.title for m, *_ in rows],
            "quoted": lambda: quoted[keep]}
        return pd.DataFrame({name: pd.array(values[name](), dtype=np.int64 if name in ("sentence_id", "start", "end")
                                            else bool if name == "quoted" else "str") for name in MENTION_COLUMNS})


# A given name, a middle initial and a surname ("Beryl A. Howell")
_MIDDLE_INITIAL = re.compile(r"[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?")
# "Park Geun-hye": a Korean name, its surname a word that heads places
_KOREAN_NAME = re.compile(r"Park\s+[A-Z][a-z]+-[a-z]+")
# Words that head places and are also surnames ("Celinda Lake", "Kanye West")
_SURNAME_HEADS = {"Lake", "Park", "West", "East", "Bay", "Ocean", "Street", "Coast", "Hill", "Rivers", "Banks"}
NOT_FIRST_NAMES = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Several", "Many",
                   "Most", "Some", "All", "Both", "Few", "Dozens", "Hundreds", "Thousands", "Democratic",
                   "Republican", "Conservative", "Liberal", "Progressive", "First", "Second", "Third", "North",
                   "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
                   "Lower", "Greater", "Old", "New", "Saint", "St.", "San", "Santa", "Los", "Las", "Fort", "Mount",
                   "Lake", "Port", "Cape", "Supreme", "Federal", "National", "Royal"}


def _person_like(m: _Mention, rules: NameRules, *, evidence: bool = True) -> bool:
    """Whether a name can be shortened to its last word: a person's name, not "Southern California" nor
    "Congressional Republicans" (with ``evidence``, a title or "X said" is enough)."""
    if _group_noun(m.words[-1], rules):
        return False                    # "Senior Democrats", "Ordinary Iraqis": a group, whoever speaks for it
    if evidence and m.hint == "person":
        return True
    owner = max((i for i, w in enumerate(m.words[:-1]) if re.search(r"[’']s?$", w)), default=-1)
    words = m.words[owner + 1:]         # after an owner's word: "Fox News’ Chris Wallace" is Chris Wallace's name,
    first = words[0]                    # "Sanders' Indiana" (one word after it) no person's
    return m.hint in ("", "person") and 2 <= len(words) <= 4 and first not in rules.countries and first not in \
        NOT_FIRST_NAMES and not re.search(r"(?:ern|ese|ish|ional|ntial|eral|ical)$", first) and not any(
            w.isupper() and len(w) > 1 and not _INITIALS.fullmatch(w)                 # an initial: "George W. Bush"
            or w in ("of", "for", "the", "and") or re.search(r"\d", w)
            for w in words if w not in NAME_SUFFIXES)                               # "Joseph P. Kennedy III"


def _group_noun(word: str, rules: NameRules) -> bool:
    """Whether a name's last word names the members of a party, a people or a faith, in the plural ("Democrats",
    "Iraqis", "Muslims"; :attr:`NameRules.group_plurals`): such a name is a group's, never a person's."""
    return len(word) > 3 and word in rules.group_plurals


def _word_offsets(text: str, a: int, b: int, words: list[str]) -> list[tuple[int, int]]:
    spans, pos = [], a
    for w in words:
        at = text.find(w, pos, b + 2)
        at = pos if at < 0 else at
        spans.append((at - a, at - a + len(w)))
        pos = at + len(w)
    return spans


def demonyms(countries: dict[str, str]) -> frozenset[str]:
    """The forms of the country table that are demonyms ("Iranian", "Swiss", "American"), not capitals ("Tehran").

    Examples:
        >>> sorted(demonyms({"Iran": "Iran", "Iranian": "Iran", "Tehran": "Iran", "America": "United States",
        ...                  "American": "United States", "Paris": "France", "Swiss": "Switzerland"}))
        ['American', 'Iranian', 'Swiss']
    """
    forms: dict[str, list[str]] = defaultdict(list)
    for form, country in countries.items():
        forms[country].append(form)
    out = set()
    for form, country in countries.items():
        if form == country:
            continue
        if re.search(r"(?:ian|ean|ese|ish|ch|ic|ss|ians|eans)$", form) or re.search(r"(?:ans?|is?)$", form) and any(
                other[:4] == form[:4] and not re.search(r"(?:ans?|is?)$", other) for other in forms[country]):
            out.add(form)
    return frozenset(out)


def _metonym_as_modifier(name: str, rules: NameRules, after: str) -> bool:
    """A capital used as a modifier ("the Paris agreement", "the Berlin attack") names no country; a demonym
    before a noun ("the Iranian general", "the Freedonian army") does."""
    if rules.countries.get(name) == name or name in rules.countries.values() or name in rules.demonyms:
        return False
    nxt = re.match(r"\s+([a-z][\w-]*)", after)
    return bool(nxt) and not re.search(r"(?:s|ed|ing)$", nxt.group(1)) and nxt.group(1) not in {
        "has", "had", "is", "was", "will", "would", "could", "should", "may", "might", "must", "can", "and", "or",
        "on", "in", "to", "of", "for", "with", "at", "by", "from", "as", "that", "which", "who", "but", "said"}


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 7 and letters.isupper() and letters.isalpha() and " " not in text


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _acronym_definitions(mentions: list[_Mention]) -> dict[str, _Mention]:
    """Acronyms defined next to their name: "Popular Mobilization Forces (PMF)" (Schwartz & Hearst 2003)."""
    out = {}
    for m, nxt in zip(mentions, mentions[1:], strict=False):
        if _is_acronym(nxt.text) and len(m.words) >= 2 and 0 < nxt.start - m.end <= 3 and \
                nxt.text[0] in _initials(m.words).upper():
            out[nxt.text] = m
    return out


def _spelled_by(acronym: str, full: list[_Mention]) -> _Mention | None:
    letters = acronym.replace(".", "")
    hits = [f for f in full if _initials(f.words) == letters and f.hint != "person" and (
        len(f.words) >= 3 or f.hint == "organisation")]
    return hits[0] if hits else None


# "Muslim Advocates, a civil rights group", "Bannon is a Democratic strategist": a named actor described
_PLACE_COMMA_BEFORE = re.compile(r"\b(?:in|at|from|near|into|across)\s+[A-Z][\w.’'-]*,\s+$")   # "in Syria, a ..."
_DESCRIBES_BEFORE = re.compile(r"(?:[A-Z][\w.’'-]*[’']?s?\)?,|\b(?:is|was|as|became|been|being))\s+$")


# Someone introduced without a name: "said a Democratic senator, who ...", "quoted a ministry spokesman as saying",
# "spoke to a senior official who said", "depicting a Scout leader reading" (not "how frustrating a president finds")
_UNNAMED_AFTER = re.compile(r"\s*(?:,|\s(?:who|whom|whose|said|says|told|tells)\b|\s[a-z]+ing\b)")
_UNNAMED_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to|quoted|spoke\s+(?:to|with))\s+$")


def _followed_by_name(after: str) -> bool:
    """Whether a role is the name's own appositive: "the cleric Muqtada al-Sadr", "The mayor of Atlanta, Keisha
    Lance Bottoms," (not "the president of the United States said")."""
    return bool(re.match(r"(?:\s+(?:of|for|at|in|to|from|on)\s[^,;:.“”\"]{1,60}?,|\s*,?)\s+(?:[A-Z][\w.'’-]*\s+)*"
                         r"[A-Z][\w'’-]+", after)) and not re.match(r"\s*,\s+(?:who|which|said|says|told)\b", after)


_DETERMINER = re.compile(r"(?i)\b(?P<det>the|this|that|a|an|one)\s+")
_INDEFINITE = ("a", "an", "one")                           # what introduces someone new ("one Democratic strategist")
_ROLE_MODIFIER = re.compile(r"(?i)(?!(?:the|a|an|this|that|of|to|in|on|at|for|by|with|and|or|as|from)\b)"
                            r"(?:[\w'’-]+|(?-i:(?:[A-Z]\.){2,}))\s+")          # "the U.N. ambassador"
_ROLE_END = re.compile(r"\b(?![-'’](?!s\b)\w)")        # not "minister-led"; "the minister's" is one


# after a party noun that heads its phrase: punctuation, a verb of saying or an auxiliary ("the Ohio Republican said"),
# not a noun ("the Texas Republican primary")
_PARTY_HEAD_END = re.compile(r"(?:\s*[,.;:)—–]|\s+(?:said|says|told|tells|added|argued|noted|wrote|tweeted|replied|"
                             r"responded|insisted|warned|who|has|had|is|was|would|will|also)\b)")


# a lower-case word after a party word that is no verb, adverb or function word: a noun the party word modifies
# ("the Republican majority", "the Republican lawmaker in charge"; not "the Republican voted", "the top Democrat on")
_NOUN_AFTER_PARTY = re.compile(r"\s+(?![a-z]+(?:ed|ly)\b|(?:on|of|in|at|for|from|with|to|by|as|than|who|whose|which|"
                               r"that|and|or|but|nor|since|after|before|during|over|under|into|about|against)\b)[a-z]")


class _RoleHit(NamedTuple):
    start: int
    end: int
    det: str
    mods: str
    role_start: int
    role: str
    text: str


def _role_index(roles: Iterable[str]) -> dict[str, list[str]]:
    """Role nouns by their first two letters, the longest first (for :func:`_find_roles`)."""
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for r in sorted(roles, key=lambda r: (-len(r), r)):
        by_prefix[r[:2].lower()].append(r.lower())
    return by_prefix


_GAP = re.compile(r"[^\S\n]+")


def _role_at(text: str, at: int, by_prefix: dict[str, list[str]]) -> str | None:
    """The role of ``by_prefix`` (the longest first) written at ``at``, as a whole word, or None."""
    return next((r for r in by_prefix.get(text[at:at + 2].lower(), ()) if text[at:at + len(r)].lower() in (
        r, r.replace("-", " ")) and _ROLE_END.match(text, at + len(r))), None)   # "the secretary general": a
    #                        Secretary-General (but "the special-counsel regulations" is no special counsel's)


def _find_roles(text: str, by_prefix: dict[str, list[str]]) -> Iterator[_RoleHit]:
    r""" "the cleric", "this senior official": a determiner, up to four modifiers (as few as will do) and one of
    the roles of ``by_prefix`` (the longest first), case-insensitive, left to right without overlaps. What the
    pattern ``(?i)\b(the|this|that|a|an)\s+((?!the|a|...\b)[\w'’-]+\s+){0,4}?(role|...)\b(?![-'’]\w)``
    finds, without compiling one per document (the compiling took about a tenth of the time of actor mentions)."""
    lower = text.lower()
    if not any(r in lower or r.replace("-", " ") in lower for rs in by_prefix.values() for r in rs):
        return                                            # most sentences name no role: one look each
    done = 0
    for d in _DETERMINER.finditer(text):
        if d.start() < done:
            continue
        at = d.end()
        for k in range(5):
            role = _role_at(text, at, by_prefix)
            gap = _GAP.match(text, at + len(role)) if role is not None and k < 4 else None
            if gap and _role_at(text, gap.end(), by_prefix) is not None:
                at = gap.end()             # "The Ukrainian president", "the Republican senator": the last noun is
                continue                   # the head, the one before it a modifier
            if role is not None:
                done = at + len(role)
                yield _RoleHit(d.start(), done, d.group("det"), text[d.end():at], at, role,
                               text[d.start():done])     # the role as indexed ("secretary-general" for "secretary
                #                                          general")
                break
            mod = _ROLE_MODIFIER.match(text, at) if k < 4 else None
            if mod is None:
                break
            at = mod.end()


# A role noun names someone named before it; in a news lead it may name someone named a few paragraphs after it
# (delayed identification: "the lorry driver, found murdered in the cab" ... "Lukasz Urban"), elsewhere only in
# the next sentence or so (not "the Maryland Democrat" for a Maryland Democrat named three paragraphs on, nor the
# prime minister of the lead for another prime minister named at the end)
_LEAD, _LEAD_AHEAD, _AHEAD = 1200, 3500, 300


_TITLE_OF_NAME = re.compile(r"\b(?P<title>[A-Z][a-z]{3,})\s+(?:to|of|for|at)\s+(?:the\s+)?"
                            r"(?:[A-Z][\w.’'-]*\s+){1,4}$")       # "Ambassador to the United Nations Nikki Haley"
_SERVES_THE = re.compile(r"\b(?!According\b)[A-Z][a-z]+\s+(?:to|for)\s+the\s+$")   # "Adviser to the", "Envoy for the"
_HEADS = frozenset({"president", "prime minister", "premier", "chancellor"})   # one a story is about, when bare


def _nearest(candidates: list[int], by_cluster: dict[int, list[int]], at: int, *, ahead: int) -> int | None:
    """The candidate mentioned last before ``at``, else first after it within ``ahead`` characters (binary search
    in each one's starts)."""
    before, after = [], []
    for c in candidates:
        starts = by_cluster.get(c, [])
        k = bisect_left(starts, at)
        if k:
            before.append((starts[k - 1], c))
        if k < len(starts) and starts[k] - at <= ahead:
            after.append((starts[k], c))
    if before:
        return max(before)[1]
    return min(after)[1] if after else None


def _title_parts(title: str, titles: frozenset[str]) -> list[str]:
    """The titles of a run of titles: "Lt. Gen." -> ["Lt.", "Gen."], "Vice President" -> ["Vice President"]."""
    words, out, i = title.split(), [], 0
    while i < len(words):
        size = _title_length(words, i, titles) or 1
        out.append(" ".join(words[i:i + size]))
        i += size
    return out


def _head_noun(phrase: str, stopwords: frozenset[str], compounds: frozenset[str] = frozenset()) -> str:
    """The head noun of a descriptor: "a senior Iraqi militia commander" -> "commander"."""
    if not phrase:
        return ""
    phrase = re.sub(r"(?i)^(?:one|some|many|most|several|two|three)\s+of\s+(?:the\s+)?", "", phrase)
    words = re.split(r"\s+(?:of|for|at|in|from|who|whose|which|with|on|to|by)\s+", phrase, maxsplit=1)[0].split()
    #                   ("an adviser to the president" is no president, "nonprofits tapped by the state" no state)
    words = [w.strip(",.;:") for w in words]
    if not words:
        return ""
    head = words[-1]
    if not re.fullmatch(r"[A-Za-z][a-z-]+|C[EFOT]O", head) or fold(head) in stopwords or \
            _VERBISH.match(head.lower()) or head.endswith("ly"):
        return ""
    if len(words) >= 2 and f"{fold(words[-2])} {fold(head)}" in compounds:
        return f"{fold(words[-2])} {fold(head)}"       # "the inspector general": a role of two words, no general
    return fold(head)


_APPOSITIVE_BEFORE = re.compile(r"(?:^|[.;:]\s+|\b(?:and|but|while)\s+|"
                                r"\b(?:by|from|with|for|to)\s+(?=(?:his|her|their)\s))"   # "written by his attorney, X"
                                r"(?P<np>(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+|"
                                r"(?:[A-Z][\w.-]*\s+)*[A-Z][\w-]*['’]s\s+)"
                                r"(?:[^,.;:“”\"]|(?<=\b[A-Z])\.){3,60}?),\s+$")
#                                         (and a capital's period: "The U.S. ambassador to the United Nations, X")


def _appositive_before(text: str, a: int) -> str:
    """ "Iran's top military commander, Qassem Soleimani": the noun phrase before the name and its comma."""
    before = text[:a]
    if not before[-1:].isspace() or before.rstrip()[-1:] != ",":
        return ""                                              # no comma right before the name
    m = _APPOSITIVE_BEFORE.search(before)
    words = m.group("np").split() if m else []
    if not m or len(words) > 7 or any(
            _VERBISH.match(w) or fold(w) in {"is", "was", "are", "were", "has", "have", "had", "said"} or fold(
                w) == "to" and not re.match(r"the\s|[A-Z]", " ".join(words[i + 1:i + 2]) + " ")
            for i, w in enumerate(words)):
        return ""                              # (not "wants to ...", but "the ambassador to the United Nations")
    return m.group("np")


Vocabulary = tuple[Counter, Counter]
"""Words written capitalised inside sentences and words written in lower case, with counts (Mikheev's test)."""


_REGNAL = re.compile(r"^\S+\s(?:ii|iii|iv|vi|vii|viii|ix|xi|xii)$")   # "Elizabeth II": a given name and a numeral


def _singular(word: str) -> str:
    """A name's last word without a closing period or apostrophe and one plural "s": "pacs" and "pac", "inc." and
    "inc" are one word; "ross" and "rose" are not."""
    word = word.rstrip(".’'")
    return word[:-1] if word.endswith("s") else word


@dataclass
class _KeyStats:
    """What the corpus-wide stage reads of the mentions given one key: counts, which add up across partitions.

    Counters keep the order in which their entries first occur, so ties are broken as in one pass over the whole
    corpus whether the counts were summed from partitions or not.
    """

    n: int = 0
    hints0: Counter = field(default_factory=Counter)     # kinds the words suggest, before role nouns are read
    hints: Counter = field(default_factory=Counter)      # the same after (only non-empty ones)
    placey: int = 0                                      # after "in"/"at" or hinted a place or country
    after_locative: int = 0
    after_article: int = 0
    countries: Counter = field(default_factory=Counter)  # the country of each country-form mention
    name_texts: Counter = field(default_factory=Counter)  # the words of each name-form mention
    texts: Counter = field(default_factory=Counter)
    name_single: int = 0                                 # one-word name-form mentions
    short_single: int = 0                                # short forms of a surname alone
    multi: int = 0                                       # mentions of two words or more
    shortable: bool | None = None                        # whether its first name of two words or more is a person's
    docs: int = 0                                        # documents it is mentioned in

    def add(self, m: _Mention, rules: NameRules) -> None:
        self.n += 1
        self.hints0[m.hint] += 1
        self.placey += m.after_locative or m.hint in ("place", "country")
        self.after_locative += m.after_locative
        self.after_article += m.after_article
        if m.form == "country":
            self.countries[m.country] += 1
        elif m.form == "name":
            self.name_texts[m.text] += 1
            self.name_single += len(m.words) == 1
        elif m.form == "short":             # a surname alone, one word or a particle and one ("Le Pen", "Van Drew")
            self.short_single += len(m.words) == 1 or len(m.words) == 2 and fold(m.words[0]) in rules.particles
        self.texts[m.text] += 1
        if len(m.words) >= 2:
            self.multi += 1
            if self.shortable is None:
                self.shortable = _person_like(m, rules, evidence=False)

    def merge(self, other: _KeyStats) -> None:
        for name in ("n", "placey", "after_locative", "after_article", "name_single", "short_single", "multi",
                     "docs"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("hints0", "hints", "countries", "name_texts", "texts"):
            getattr(self, name).update(getattr(other, name))
        if self.shortable is None:
            self.shortable = other.shortable


def merge_stats(parts: list[dict[str, _KeyStats]]) -> dict[str, _KeyStats]:
    """The counts of consecutive partitions as one (keys in the order they first occur)."""
    out: dict[str, _KeyStats] = {}
    for part in parts:
        for key, stats in part.items():
            if key in out:
                out[key].merge(stats)
            else:
                out[key] = stats
    return out


class ActorIndex:
    """The corpus's actors: every key of a mention, joined into actors across documents, each with its name and
    kind. Built from counts by key (:class:`_KeyStats`), which a corpus in partitions sums before building it,
    so that every partition names its mentions as one pass over the whole corpus would.

    Attributes:
        vocabulary: The corpus's capitalised and lower-case words, which decide what a name is.
        by_key: Each key's place (``cluster``) in the index, in the order keys first occur.
        shortened: The places of one-word names that joined the actor with that surname (their mentions are
            short forms).
    """

    def __init__(self, vocabulary: Vocabulary, stats: dict[str, _KeyStats], finder: _Finder):
        self.vocabulary = vocabulary
        self.by_key = {k: i for i, k in enumerate(stats)}
        self.stats = list(stats.values())
        self.parent = list(range(len(self.stats)))
        self.user: dict[int, Actor] = {}
        self.shortened: set[int] = set()
        self._names: dict[int, str] = {}
        self._kinds: dict[int, str] = {}
        self.rules = finder.rules
        self.merge_close_spellings()
        self.join_lead_words()
        self.join_lone_short_forms()
        self.apply_user(finder.user, finder._key)
        self._members = defaultdict(list)                 # each actor's keys, in index order
        for c in range(len(self.stats)):
            self._members[self.find(c)].append(c)

    def find(self, c: int) -> int:
        while self.parent[c] != c:
            self.parent[c] = self.parent[self.parent[c]]
            c = self.parent[c]
        return c

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[b] = a
            if b in self.user and a not in self.user:
                self.user[a] = self.user[b]

    def merge_close_spellings(self) -> None:
        """Persons whose names differ by spelling only: same number of words, close first and last names; a surname
        of five letters or fewer that differs (not by a plural or a period) is another person's unless one spelling
        is three times as common."""
        from rapidfuzz import fuzz

        multi = [(k, c) for k, c in self.by_key.items() if " " in k and not k.startswith(("country:", "user:"))]
        by_last: dict[str, list[tuple[list[str], int]]] = defaultdict(list)
        for k, c in multi:
            words = k.split()
            by_last[words[-1][:1] + str(len(words))].append((words, c))
        for group in by_last.values():
            for i, (wa, ca) in enumerate(group):
                for wb, cb in group[i + 1:]:
                    if wa[0][:1] == wb[0][:1] and fuzz.ratio(wa[-1], wb[-1]) >= 85 and \
                            fuzz.ratio(wa[0], wb[0]) >= 70 and all(fuzz.ratio(x, y) >= 70 for x, y in
                                                                   zip(wa[1:-1], wb[1:-1], strict=True)) and (
                            min(len(wa[-1]), len(wb[-1])) > 5 or _singular(wa[-1]) == _singular(wb[-1]) or
                            3 * min(self.stats[ca].n, self.stats[cb].n) <= max(self.stats[ca].n, self.stats[cb].n)
                            and wa[:-1] == wb[:-1]):
                        self.union(ca, cb)   # (a short last word one letter apart is another's, "Steve Bell" and
                        #                       "Steve Boell", unless one is rare beside the other, a misspelling
                        #                       of the surname alone, or only a plural or a period tells them apart:
                        #                       "Super PACs", "American Media Inc."; "Michelle Wolf", named once,
                        #                       is no misspelling of "Michael Wolff": both names differ)

    def join_lead_words(self) -> None:
        """A name of three words or more is the person's name its last words make, where that is a name of its own
        mentioned at least as often and the corpus writes the first word in lower case more often than capitalised:
        a headline's verb glued to a name ("Give Donald Trump", "Stalking Roger Ailes", "Real Hillary Clinton"), but
        not "Occupy Wall Street" or "Second World War"."""
        capitalised, lower = self.vocabulary
        for k, c in list(self.by_key.items()):
            words = k.split()
            if len(words) < 3 or k.startswith(("country:", "user:")):
                continue
            tail = self.by_key.get(" ".join(words[1:]))
            if tail is not None and self.stats[tail].n >= self.stats[c].n and self.stats[tail].hints0["person"] and \
                    lower.get(words[0], 0) > capitalised.get(words[0][:1].upper() + words[0][1:], 0):
                self.union(tail, c)

    def join_lone_short_forms(self) -> None:
        """A one-word name no full name of its document explains joins the corpus's actor with that surname
        (the most mentioned one), if there is one and it is mentioned at least a fifth as often as the word
        alone."""
        surnames: dict[str, list[int]] = defaultdict(list)
        regnal: dict[int, bool] = {}
        places = {k: self.stats[c].placey for k, c in self.by_key.items() if " " not in k and self.stats[c].n and (
            self.stats[c].placey * 2 > self.stats[c].n or self.stats[c].placey >= 2 and
            self.stats[c].placey * 2 >= self.stats[c].n)}       # not "Donald", once of two times after "in"
        for k, c in self.by_key.items():
            s = self.stats[c]
            if places.get(k.split()[0], -1) >= s.hints0["person"]:
                continue          # "Texas Republican": a place and a party (but not "Mike Pence", said to be a
                #                   person more often than a lone "Mike" stands after "in")
            if " " in k and not k.startswith(("country:", "user:")) and s.hints0["person"] and \
                    s.hints0["organisation"] + s.hints0["place"] <= 0.1 * s.n and s.shortable:
                surnames[_unsuffixed(k.split())[-1]].append(c)
                regnal[c] = bool(_REGNAL.search(k))
        size: Counter = Counter()                      # mentions per actor, kept up to date through the unions
        for c, s in enumerate(self.stats):
            size[self.find(c)] += s.n
        plurals = {fold(w) for w in self.rules.group_plurals}
        given = {fold(w) for w in self.rules.given_names}
        for k, c in list(self.by_key.items()):
            if " " in k or k.startswith(("country:", "user:")) or k not in surnames or k in plurals:
                continue          # "Democrats", "Iranians": a group, never a surname ("Getty Images Elections
            s = self.stats[c]     # Democrats", a photo credit glued to a headline, named 3,000 of them)
            if s.hints0["organisation"] + s.hints0["place"] > 0.1 * s.n:
                continue                                          # mostly an organisation's or a place's name
            best = max(surnames[k], key=lambda x: size[self.find(x)])
            if size[self.find(best)] * 5 < s.n:
                continue     # a full name five times rarer than the word alone names someone else: "Ohio" is no
                #              "Policy Matters Ohio", "Fox" no "James Alan Fox", "Pope Francis" no "Ama Francis"
            if k in given and self.stats[best].docs < 3 * s.docs and not regnal.get(best):
                continue     # a given name alone is someone's first name unless the full name is written far more
                #              widely: "Richard" (of the Odgaards) is no "Ron Richard", "Hunter" no "Duncan
                #              Hunter", "David" no "Aimee David"; "Warren" is Elizabeth Warren, "Ryan" Paul Ryan
                #              (and "Elizabeth" may be Queen Elizabeth II, whose given name is her name)
            if s.name_texts:                                      # its names are now short forms
                s.short_single += s.name_single
                s.name_texts, s.name_single = Counter(), 0
                self.shortened.add(c)
            a, b = self.find(best), self.find(c)
            self.union(best, c)
            if a != b:
                size[self.find(a)] = size.pop(a) + size.pop(b)

    def apply_user(self, table: ActorTable, key_of) -> None:
        """The user's actors: a discovered name that is one of an actor's variants joins that actor."""
        for actor in table.actors:
            cs = [self.by_key[k] for k in ["user:" + actor.key, *(key_of(v.split()) for v in actor.variants)]
                  if k in self.by_key]
            if not cs:
                continue
            for c in cs[1:]:
                self.union(cs[0], c)
            self.user[self.find(cs[0])] = actor

    def user_key(self, c: int) -> str:
        actor = self.user.get(self.find(c))
        return actor.key if actor else ""

    def _sum(self, root: int, name: str) -> Counter:
        out: Counter = Counter()
        for c in self._members[root]:
            out.update(getattr(self.stats[c], name))
        return out

    def name(self, c: int) -> str:
        root = self.find(c)
        if root not in self._names:
            actor = self.user.get(root)
            countries = self._sum(root, "countries")
            if actor is not None:
                name = actor.name
            elif countries:
                name = countries.most_common(1)[0][0]
            else:
                forms = self._sum(root, "name_texts")
                multi = {f: n for f, n in forms.items() if " " in f}
                if multi and self.kind(root) != "person" and max(multi.values()) * 10 < max(forms.values()):
                    multi = {}     # "Senate" 2,292 times and "U. S Senate" once: the Senate (a person keeps the
                    #                full name a text gave once: "Edward Gallagher", then "Gallagher" 37 times)
                multi = multi or forms or self._sum(root, "texts")
                name = max(multi, key=lambda f: (multi[f], len(f)))
            self._names[root] = name
        return self._names[root]

    def kind(self, c: int) -> str:
        root = self.find(c)
        if root not in self._kinds:
            self._kinds[root] = self._kind(root)
        return self._kinds[root]

    def _kind(self, root: int) -> str:
        actor = self.user.get(root)
        if actor is not None and actor.kind:
            return actor.kind
        stats = [self.stats[c] for c in self._members[root]]
        n = sum(s.n for s in stats)
        if any(s.countries for s in stats):
            return "country"
        hints = self._sum(root, "hints")
        if hints and hints.most_common(1)[0][1] * 3 >= n:
            return hints.most_common(1)[0][0]
        if n and sum(s.after_article for s in stats) * 2 > n:
            return "other"            # "a Nanakpanthi Hindu" (twice) and "Hindu": a description, no one's name
        surname = any(s.short_single for s in stats) and any(s.multi for s in stats)
        if surname and self._given(stats):
            return "person"                  # a surname stands for a full name, even after "to" ("a letter to Wyden")
        if n and sum(s.after_locative for s in stats) * 2 >= n:
            return "place"
        if surname:
            return "person"                                    # a surname stands for a full name
        if self._given(stats) and any(_MIDDLE_INITIAL.fullmatch(t) for s in stats for t in s.texts):
            return "person"         # a given name, a middle initial and a surname: "Beryl A. Howell", named once
        return "other"

    def _given(self, stats: list[_KeyStats]) -> bool:
        """Whether the first word of the actor's longest form is a given name: never possessive, and written
        lower-case less often than capitalised in the corpus ("Ron Wyden", not "Across Normandy", "Win Florida")."""
        full = max((t for s in stats for t in s.texts), key=lambda t: (len(t.split()), t), default="")
        first = full.split()[0] if " " in full else ""
        capitalised, lower = self.vocabulary
        return bool(first) and not re.search(r"[’']s?$", first) and _given_name(first, self.rules) and \
            lower.get(first.lower(), 0) * 10 < max(capitalised.get(first, 0), 1)


# ---------------------------------------------------------------------------------------------- summaries

def actors(corpus, *, actors: Extra = None, sections: Sequence[str] = ANALYSED,
           mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """The actors the outlets write about, one row each, discovered with no word list.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        actors: Extra actors (TOML path or mapping), added to the event lexicon's.
        sections: Which sections to read (headlines and bodies by default).
        mentions: The table from :func:`actor_mentions`, if already computed.

    Returns:
        ``actor, kind, mentions, documents, outlets, forms, first_mentions``: how many mentions, in how many
        documents and outlets; ``forms`` the ways it is written (most frequent first); ``first_mentions`` how
        each outlet first names it ("Outlet: words"). Sorted by mentions, most first.

    Examples:
        >>> from mediakit import load_corpus
        >>> a = actors(load_corpus("data/baghdad-2020-01-24", quiet=True, lexicon=False))
        >>> row = a.set_index("actor").loc["Qassem Soleimani"]
        >>> row["kind"], int(row["outlets"])
        ('person', 5)
    """
    m = actor_mentions(corpus, actors=actors, sections=sections) if mentions is None else mentions
    if m.empty:
        return pd.DataFrame(columns=ACTOR_COLUMNS)
    once = m.drop_duplicates(["outlet", "actor"])           # each outlet's first mention of each actor
    first = (once["outlet"].astype(str) + ": " + once["mention"].astype(str)).groupby(
        once["actor"], sort=False).agg("; ".join)
    # the ways each actor is written, most frequent first (ties in the order first written), eight at most
    form = pd.DataFrame({"actor": m["actor"], "form": m["mention"].str.replace(r"[’']s$", "", regex=True)})
    counted = form.groupby(["actor", "form"], sort=False).size().rename("n").reset_index()
    counted = counted.sort_values("n", ascending=False, kind="stable")
    forms = counted.groupby("actor", sort=False).head(8).groupby("actor", sort=False)["form"].agg("; ".join)
    out = m.groupby("actor", sort=False).agg(
        kind=("kind", "first"), mentions=("mention", "size"), documents=("doc_id", "nunique"),
        outlets=("outlet", "nunique"))
    out["forms"] = forms
    out["first_mentions"] = first
    out = out.reset_index().sort_values(["mentions", "outlets", "actor"], ascending=[False, False, True])
    return out[ACTOR_COLUMNS].reset_index(drop=True)


# ---------------------------------------------------------------------------------------------- pronouns

_SAID_PRONOUN = re.compile(rf"{PARTY_TAG}?\s+(?:has\s+|had\s+)?"
                           r"(?:said|says|told\s+\w+|added|explained|argued|insisted|noted|wrote)\s+"
                           r"(?:that\s+|on\s+\w+\s+(?:that\s+)?|repeatedly\s+)?(?P<p>he|she)\b")
_NOUN_BEFORE = re.compile(r"\b([a-z]+),?\s+$")


def genders(mentions: pd.DataFrame, corpus, *, actors: Extra = None) -> dict[str, str]:
    """Whom "he" and "she" can stand for: each person actor's pronoun, read off the corpus where it is told.

    The evidence is the titles of the actor's mentions and the noun right before them that say it
    (``[gendered]`` of ``actors.toml``: "Ms.", "Congressman", "husband Philip") and the pronoun that follows
    "X said" ("Collins said she ..."); an actor is given ``"he"`` or ``"she"`` when at least four fifths of its
    evidence agree, and is left out (either may stand for it) otherwise: a surname joined to the wrong full
    name ("Mrs. Clinton" to "Bill Clinton") must not decide.
    Used by :func:`mediakit.quotes` to resolve a pronoun speaker: a person whose name tells another pronoun is
    no antecedent (Hobbs 1978, "Resolving pronoun references", Lingua 44: agreement filters first). Where the
    corpus tells nothing, the given name a document writes may (:func:`given_names`).

    Args:
        mentions: The table of :func:`actor_mentions` (its ``title`` column).
        corpus: The corpus the mentions were read from.
        actors: Extra word lists in the form of ``actors.toml`` (``[gendered]``).

    Returns:
        A dict from actor to ``"he"`` or ``"she"``.
    """
    return decide_genders(gender_votes(mentions, corpus, actors=actors))


def given_names(corpus, *, actors: Extra = None) -> dict[str, str]:
    """The given names that tell whom "he" or "she" can stand for (``[given_names]`` of ``actors.toml`` and of
    ``actors``): only names borne almost always by one sex in English-language news ("Beryl", "Aziz").

    :func:`mediakit.quotes` reads them per document, for a person the corpus gives no pronoun: a given name
    tells who is meant only where the document writes it, since a surname alone may be joined to another
    document's namesake ("Sarah Hall Ingram" ... "Ingram" and "Eric Ingram").

    Examples:
        >>> from mediakit import load_corpus
        >>> names = given_names(load_corpus("data/baghdad-2020-01-24", quiet=True))
        >>> names["Beryl"], names["Aziz"], "Jordan" in names
        ('she', 'he', False)
    """
    return given_table(corpus.lexicon, actors)


def given_table(lexicon, actors: Extra = None) -> dict[str, str]:
    """``[given_names]`` of the lexicon's actors and of ``actors``: each given name and the pronoun it tells."""
    out = {}
    for d in layers("actors", lexicon.part("actors"), actors):
        for pronoun, names in d.get("given_names", {}).items():
            out.update({n: pronoun for n in names})
    return out


def gendered_table(lexicon, actors: Extra = None) -> dict[str, str]:
    """``[gendered]`` of the lexicon's actors and of ``actors``: each word that tells a pronoun ("Mrs.",
    "Congressman", "husband") and that pronoun."""
    out = {}
    for d in layers("actors", lexicon.part("actors"), actors):
        for pronoun, words in d.get("gendered", {}).items():
            out.update({w: pronoun for w in words})
    return out


def gender_votes(mentions: pd.DataFrame, corpus, *, actors: Extra = None) -> dict[str, Counter]:
    """The evidence :func:`genders` weighs: for each person actor, how often each pronoun is told of it (counts,
    which add up across the parts of a corpus)."""
    gendered = gendered_table(corpus.lexicon, actors)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    people = mentions[(mentions["kind"] == "person") & ~mentions["quoted"]]
    text_of = DocTexts(corpus.docs)                   # each text a Python string when read
    for doc, actor, start, end, title in zip(people["doc_id"], people["actor"], people["start"], people["end"],
                                             people["title"], strict=True):
        text = text_of[doc]
        parts = _title_parts(title, frozenset(gendered)) if title else []
        said = _SAID_PRONOUN.match(text, end)
        noun = _NOUN_BEFORE.search(text, max(0, start - 16), start)     # "husband Philip"
        parts += [noun.group(1)] if noun else []
        for g in [gendered[p] for p in parts if p in gendered] + ([said.group("p")] if said else []):
            votes[actor][g] += 1
    return dict(votes)


def office_votes(mentions: pd.DataFrame, corpus, *, actors: Extra = None) -> dict[str, Counter]:
    """For each person actor, the offices and parties its titles give it anywhere in the mentions ("Sen. Marco
    Rubio": senator, lawmaker, politician; "Senate Majority Leader Harry Reid": leader), counted so that the parts
    of a corpus add up: what lets "the Florida senator" of a document that never titles Rubio be Rubio. A title of
    a second rank gives no office of the first ("Vice President": no president)."""
    rules = load_name_rules(corpus.lexicon.part("actors") if actors is None else actors,
                            corpus.lexicon.part("countries"))
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    people = mentions[(mentions["kind"] == "person") & (mentions["title"] != "")]
    for actor, title in zip(people["actor"], people["title"], strict=True):
        for office in title_roles(title, rules):
            words = office.split()
            if len(words) > 1 and words[0] not in _SECOND_RANK:
                office = words[-1]                          # "Majority Leader": a leader
            for o in (office, *rules.broader_roles.get(office, ())):
                votes[actor][o] += 1
    return dict(votes)


_OF_WHAT = re.compile(r"\s+of\s+(?:the\s+)?(?P<what>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")   # "the secretary of the
#                                                                                          Treasury"


def title_roles(title: str, rules: NameRules) -> list[str]:
    """The roles a title gives the one it names, each title of a run whole ("Vice President" is no president) and
    the head of one "of" another ("Secretary of State": secretary too), a party word as its member ("Democratic":
    democrat), none after "to" or "for" ("Counselor to the President" counsels a president) and none of an
    honorific ("Mr.")."""
    roles = []
    for part in _title_parts(title, rules.titles):
        low = fold(part)
        if low in ("to", "for"):
            break
        if part in rules.affiliations:
            roles.append(rules.affiliations[part])                  # "the California Democrat"
        elif part in rules.titles and low not in NO_ROLE:
            role = TITLE_ROLES.get(low, low.rstrip("."))
            roles.append(role)
            head = role.split(" of ")[0] if " of " in role else ""
            if head and " " not in head and head not in _SECOND_RANK:
                roles.append(head)             # "Secretary of State": the secretary; "Director of the FBI"
    return [r for r in roles if r]


_SECOND_RANK = {"vice", "deputy", "assistant", "lieutenant", "under", "associate", "acting"}


def merge_votes(parts: list[dict[str, Counter]]) -> dict[str, Counter]:
    """The votes of several parts of a corpus as one."""
    out: dict[str, Counter] = defaultdict(Counter)
    for part in parts:
        for actor, v in part.items():
            out[actor].update(v)
    return dict(out)


def decide_genders(votes: dict[str, Counter]) -> dict[str, str]:
    """Each actor's pronoun where at least four fifths of its votes agree."""
    out = {}
    for actor, v in votes.items():
        g, n = v.most_common(1)[0]
        if n * 5 >= 4 * sum(v.values()):
            out[actor] = g
    return out


# ---------------------------------------------------------------------------------------------- labels

def premodifier(prefix: str, titles: frozenset[str], label_stop: frozenset[str],
                stopwords: frozenset[str]) -> tuple[str, str, int]:
    """The descriptor right before a name: ``(label, kind, start offset in prefix)``, or ``("", "", len)``.

    Examples:
        >>> r, s = load_name_rules(), load_stopwords()
        >>> premodifier("a rally called for by firebrand cleric ", r.titles, r.label_stop, s)[:2]
        ('firebrand cleric', 'premodifier')
        >>> premodifier("the killing of Iranian Lt. Gen. ", r.titles, r.label_stop, s)[:2]
        ('Iranian Lt. Gen.', 'premodifier')
        >>> premodifier("Iraq’s top Shia authority, Ayatollah ", r.titles, r.label_stop, s)[:2]
        ('Ayatollah', 'title')
    """
    words = list(_LABEL_WORDS.finditer(prefix))
    taken: list[re.Match] = []
    for m in reversed(words):
        w = m.group()
        lw = fold(w)
        if not w[0].isalpha():
            break
        if taken and fold(taken[-1].group()) == "and" and not w[0].islower():
            break                                           # "Sadr and various ...": two phrases, not one
        if lw == "and" and taken:
            taken.append(m)
            continue
        if lw in stopwords and not w.isupper() or lw in label_stop or lw in DETERMINERS or _VERBISH.match(w):
            break
        if prefix[m.end():].strip() and prefix[m.end()] not in " \u00a0":
            break                                           # "Sadr's" handled as a possessive, not a label word
        taken.append(m)
        if lw.endswith(("'s", "’s")) or len(taken) >= 7:
            break
    while taken and fold(taken[-1].group()) == "and":
        taken.pop()
    while taken and taken[-1].group()[:1].islower() and _AUXILIARY.search(prefix, 0, taken[-1].start()):
        taken.pop()                                     # "to confront Assad", "will help Assad": a verb
    if taken and _SERVES_THE.search(prefix, max(0, taken[-1].start() - 40), taken[-1].start()):
        taken = []                    # "Counselor to the President Kellyanne Conway": the president is someone else
    if not taken:
        return "", "", len(prefix)
    start = taken[-1].start()
    label = prefix[start:taken[0].end()]
    kind = "title" if label in titles or all(m.group() in titles for m in taken) else "premodifier"
    return label, kind, start


_AUXILIARY = re.compile(
    r"(?i)\b(?:to|will|would|can|could|should|must|may|might|not|did|does|do|didn['’]t|won['’]t|"
    r"don['’]t|doesn['’]t|let|help|helped|helping)\s+$")
_ADJECTIVE = re.compile(r"(?:al|ic|ive|ous|ful|ent|ant|ist|ian|ish|ese|ary|ory|ite|ed|ing|less|able|ible|ior)$")
_LABEL_WORDS = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w.,-]*|[^\w\s]")
_APPOSITIVE_AFTER = re.compile(
    r"\s*,\s+(?P<np>(?:(?:a|an|the|one of the|one of)\s+|(?:[A-Z][\w.-]*\s+)*[A-Z][\w-]*['’]s\s+|"
    r"(?!(?:whether|either|neither|other|others|rather|after|over|under|ever|never|however|or|nor|together|"
    r"later|earlier|further|former|latter|whatever|whoever|per)\b)"
    r"(?=(?:[a-z][\w-]*\s+){0,2}(?:C[EFOT]O|president|head|chief|chair|chairman|chairwoman|founder|member|"
    r"secretary|minister|fellow|author|mayor|ambassador|executive|official|[a-z]{2,}(?:er|or|ist|ian|man|woman))"
    r"\s+(?:of|for|at)\s))"                                       # or a bare role: ", CEO of X,", ", director of"
    r"[^,;:.()“”\"–—]+?)(?=\s+(?:who|whose|which|that|where)\b|\s*[,;:.)–—]|\s*$)")


_NAME_BEFORE_COMMA = re.compile(r"(?<![’'])\b[A-Z][\w.-]*$")          # "Charlottesville", not "Iran's commander"
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says)\b")


def appositive_after(rest: str) -> tuple[str, int, int]:
    """A noun phrase set off by a comma right after a name: ``(label, start, end)`` in ``rest``.

    Examples:
        >>> appositive_after(", an influential Shia cleric whose party won")[0]
        'an influential Shia cleric'
        >>> appositive_after(", who has aligned himself with Iran.")[0]
        ''
    """
    m = _APPOSITIVE_AFTER.match(rest)
    if m is None or _FINITE_VERB.search(m.group("np")):
        return "", 0, 0                    # "Pennsylvania, an Antifa protester was arrested": a clause, no label
    return m.group("np").strip(), m.start("np"), m.end("np")


_DETERMINED = re.compile(r"(?:a|an|the|one)\s|[A-Z][\w.-]*['’]s\s")


def _appositive_of(text: str, a: int, b: int) -> str:
    """The appositive after the name at ``text[a:b]``; a bare one (", author of X,") after a name that follows a
    preposition describes the noun before it ("Alia Malek, here in New York, author of ...": not New York)."""
    after = appositive_after(text[b:])[0]
    if after and not _DETERMINED.match(after) and _OF_RIGHT_BEFORE.search(text, max(0, a - 12), a):
        return ""
    return after


def actor_labels(corpus, actors: Extra = None, *, sections: Sequence[str] = ANALYSED, voice: Voice = "own",
                 mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every mention of an actor, with the descriptor the outlet attaches to it.

    For each mention of :func:`actor_mentions`, the descriptor is read off the text around it:
    ``premodifier`` (the words before the name back to a determiner, preposition or punctuation: "firebrand
    cleric Muqtada al-Sadr"), ``title`` ("Ayatollah", "Lt. Gen."), ``appositive`` (a noun phrase set off by
    commas after the name, ", a senior Iraqi militia commander", or before it, "Iran's top military commander,
    Qassem Soleimani"), or ``role`` (a role noun standing for the actor: "the influential cleric").

    Args:
        corpus: A :class:`mediakit.Corpus`.
        actors: Extra actors (TOML path or mapping), added to the event lexicon's (see :func:`actor_mentions`).
        sections: Which sections to read (headlines and bodies by default).
        voice: ``"own"`` (default): the outlet's own words; ``"quoted"``: mentions inside quotations (the
            speaker's labels); ``"all"``.
        mentions: The table from :func:`actor_mentions`, if already computed.

    Returns:
        One row per mention: ``doc_id, outlet, section, sentence_id, start, end, actor, kind, mention, label,
        label_kind, in_headline, first_mention, quoted, sentence``. ``label`` is the descriptor ("" where there
        is none), ``label_kind`` one of premodifier, title, appositive, role (joined by "+" where several occur);
        ``first_mention`` marks each document's first mention of the actor.

    Examples:
        >>> from mediakit import load_corpus
        >>> t = actor_labels(load_corpus("data/baghdad-2020-01-24", quiet=True))
        >>> t[(t["outlet"] == "Kurdistan 24") & (t["label"] != "")].iloc[0][["actor", "label"]].tolist()
        ['Muqtada al-Sadr', 'firebrand cleric']
    """
    check_voice(voice)
    if is_lazy(corpus):
        no_mentions_table(mentions)
        index = corpus.share(actor_index(corpus, actors=actors, sections=sections))
        return corpus.map(_labels_in, index, actors=actors, sections=sections, voice=voice)
    m = actor_mentions(corpus, actors=actors, sections=sections) if mentions is None else mentions
    lex = corpus.lexicon
    rules = load_name_rules(lex.part("actors"), lex.part("countries"))
    user = load_actors(lex.part("actors"), actors, phrases=lex.part("aliases"))
    titles, stops = rules.titles | user.titles, rules.label_stop | user.label_stop
    stopwords = load_stopwords(lex.part("stopwords"))
    sentences = corpus.sentences
    rows = sentence_rows(sentences, m["doc_id"], m["sentence_id"])
    if (rows < 0).any():
        raise ValueError(f"mentions=: {int((rows < 0).sum())} mention(s) lie in sentences this corpus does not have "
                         f"(the first in document {m['doc_id'].iloc[int(np.argmax(rows < 0))]!r}). Give the mentions "
                         "found on this corpus (actor_mentions(corpus)), or leave mentions= out.")
    first = ~m.duplicated(["doc_id", "actor"]).to_numpy()
    kept = np.ones(len(m), bool) if voice == "all" else m["quoted"].to_numpy(bool) == (voice == "quoted")
    m, rows, first = m[kept], rows[kept], first[kept]
    texts, offsets = texts_at(sentences["text"], rows), sentences["start"].to_numpy()[rows].tolist()
    labels, kinds = [], []
    for r, text, offset in zip(m[["form", "mention", "start", "end", "title"]].itertuples(index=False), texts,
                               offsets, strict=True):
        if r.form == "role":
            labels.append(r.mention)
            kinds.append("role")
            continue
        a, b = r.start - offset, r.end - offset
        label, kind = _describe(text, a, b, r.title, titles, stops, stopwords, rules)
        labels.append(label)
        kinds.append(kind)
    out = m.assign(label=labels, label_kind=kinds, in_headline=m["section"] == "headline", sentence=texts,
                   first_mention=first)
    return out[LABEL_COLUMNS].reset_index(drop=True)


def _labels_in(corpus, index: ActorIndex, *, actors: Extra, sections: Sequence[str], voice: Voice) -> pd.DataFrame:
    return actor_labels(corpus, actors, sections=sections, voice=voice,
                        mentions=mentions_in(corpus, index, actors=actors, sections=sections))


def no_mentions_table(mentions) -> None:
    """A lazy corpus names its mentions on each partition: a whole table of them is not taken."""
    if mentions is not None:
        raise ValueError("mentions= is for a loaded corpus; on a lazy corpus (scan_corpus) each partition finds "
                         "its own mentions, named as the whole corpus names them. Leave mentions= out.")


def descriptive(label: str, rules: NameRules) -> bool:
    """Whether the words before a name describe it (a name, a title, a role noun, an adjective, a compound), not
    a verb that governs it ("help Assad", "supports Assad").

    Examples:
        >>> r = load_name_rules()
        >>> [descriptive(x, r) for x in ["firebrand cleric", "close ally", "Syrian President", "help", "supports"]]
        [True, True, True, False, False]
    """
    for w in label.split():
        w = w.strip(",.;:")
        if w[:1].isupper() or "-" in w or re.search(r"\d", w) or w in rules.titles or rules.is_role(w) or \
                _ADJECTIVE.search(w.lower()):
            return True
    return False


def _describe(text: str, a: int, b: int, title: str, titles, stops, stopwords, rules=None) -> tuple[str, str]:
    labels, kinds = [], []
    label, kind, start = premodifier(text[:a], titles, stops, stopwords)
    if label and rules is not None and not descriptive(label, rules):
        label, kind, start = "", "", a
    before = text[:start if label else a]
    if re.search(r",\s*$", before) and re.match(r"\s*,", text[b:]):          # "X's commander, NAME, ..."
        pre, _, _ = premodifier(re.sub(r",\s*$", " ", before), titles, stops, stopwords)
        name = _NAME_BEFORE_COMMA.search(pre) if pre else None        # "Charlottesville, Virginia,": no label
        if pre and (name is None or name.group() in titles or rules is not None and rules.is_role(name.group())):
            labels.append(pre)
            kinds.append("appositive")
    if label:
        labels.append(label)
        kinds.append(kind)
    elif title:
        labels.append(title)
        kinds.append("title")
    after = _appositive_of(text, a, b)
    if after:
        labels.append(after)
        kinds.append("appositive")
    return "; ".join(labels), "+".join(dict.fromkeys(kinds))

