"""Sources: who a statement or a figure is attributed to, read off its sentence.

One place reads attribution for every measure: crowd figures and the ledger of numbers ("20,000, police said";
"according to organisers"; "estimated at 240,000 by police"; "organisers, who counted 80,000") and the
speakers of quotations ("X, the director of Y, said"). It follows the source stage of quotation attribution
pipelines such as BBC R&D's Citron (cue -> source -> content), and the attribution categories of news content
analysis: a figure in the outlet's own voice has no source.

Attribution is read within the figure's **clause** (a sentence is split at ";", ":" and ", while/but/whereas"),
so that "Police said 20,000 marched, while more than 100,000 took part, according to organisers" gives the
first figure to the police and the second to the organisers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .lexicons import layers


def _clause_cuts(but: str) -> re.Pattern[str]:
    return re.compile(rf"[;:]|,\s+(?:while|{but}|whereas|although|though|and|as|against|versus|compared\s+(?:with|to))"
                      rf"\s+|\bwhile\s+|\b{but}\s+|\s+[–—-]\s+", re.I)        # a dash typed as " - " too


CLAUSE = _clause_cuts("but")
# The same cuts before a speaker, but for "but which" and "but who": a second relative clause of one noun phrase
# ("Larry Cohen, chairman of Our Revolution, a group founded by Sanders but which operates independently ..., said")
_SUBJECT_CLAUSE = _clause_cuts(r"but(?!\s+(?:which|who|whose)\s)")
_CONJ = re.compile(r"^(?:and|but|while|whereas|although|though|as)\s+", re.I)
_RELATIVE = {"who", "which", "that"}
_SUBORDINATE = {"after", "before", "when", "because", "since", "until", "although", "though", "unless", "once"}
_AUXILIARY_END = re.compile(r"(?:\s+(?:had|has|have|was|were|is|will|would|also|later|then|again|repeatedly|"
                            r"previously|once|recently|earlier|already|since|now|still|never|first|finally|quickly|"
                            r"reportedly|both))+\s*$", re.I)          # ("X and Y had both said": X and Y)
_BOUNDARY = {"by", "of", "to", "in", "on", "at", "for", "from", "with", "and", "or", "was", "were", "is", "are",
             "said", "says", "told"}
_BY = re.compile(r"^\s*(?:people\s+|protesters\s+|demonstrators\s+)?by\s+(?P<source>(?:the\s+)?[\w'’.-]+"
                 r"(?:\s+(?!(?:\w+ed|\w+ing|and|or|but|on|in|at|to|for|with|from|who|which|that|as)\b)[\w'’.-]+){0,4})",
                 re.I)
# A period inside a name is no end of it: "the U.S. Forest Service", "Gov. Chris Christie", "John B. King Jr."
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WEB_DOT = r"(?<=[A-Za-z])\.(?=(?:com|org|net|gov|edu)\b)"      # the dot of a web address's name: "FactCheck.org"
ABBREVIATION = (r"(?:(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|MR|MRS|MS|DR|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|"
                r"Maj|Atty|Pfc|Cpl|Spc|Pvt|Cmdr|Det|Insp|Supt|Sens|Reps|Govs|Fr|Msgr|Hon|Amb|Sec|Pres|Del)\."
                r"(?=\s*[\w(])|(?<=[a-z]\s)[A-Z]\.(?=\s+[A-Z][a-z])|"
                rf"\b(?:Jr|Sr)\.(?=[\s,])|{WEB_DOT}|(?<=\d)\.(?=\d))")   # (and a web address's dot: "FactCheck.org
#                                                                            says"; a version's: "Guccifer 2.0 wrote")
# A legislator's party and state after the name: "McConnell (R-Ky.)", "Peters (D., Mich.)", "Cruz, R-Texas,"
PARTY_PAREN = r"\s*\((?P<party>[A-Z])(?:[-–]|\.,\s*)[^)]{1,12}\)"     # "(R-Ky.)", "(D., Calif.)", "(R–Fla.)"
PARTY_TAG = (rf"(?:{PARTY_PAREN}|"
             r",\s*(?P<party2>[A-Z])[-–][A-Z][\w.]{1,11}(?:\s+[A-Z][\w.]{1,11})?,?)")     # "D-New Jersey"
# A name of one to four capitalised words ("Joe Biden", "Michael Fey", "Lori Lightfoot"), periods kept ("Jr.")
NAME_WORDS = r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
# "according to X": read here for figures and for quoted and reported statements alike (X ends at a spaced dash too)
ACCORDING = re.compile(rf"according\s+to\s+(?P<source>(?:{ABBREVIATION}|(?!\s[-—–]\s)[^,.;()…])+)", re.I)


# Where a sentence of reported speech may change speakers ("X said A; Y said B", "X said A, but Y said B"): fewer
# cuts than CLAUSE, as what a speaker said may itself hold "while", a colon or a dash
STATEMENT_CLAUSE = re.compile(r";\s+|\s+but\s+(?!(?:which|who|whose)\s)|,\s+while\s+")   # (not "but which")


def clauses(sentence: str, *, pattern: re.Pattern[str] = CLAUSE):
    """The clauses of a sentence, ``(start, text)`` in order, split where ``pattern`` matches (:data:`CLAUSE`
    for figures, :data:`STATEMENT_CLAUSE` for reported statements): each may hold its own "X said" or
    "according to Y".

    Examples:
        >>> [c for _, c in clauses("Police said 20,000 marched, while organisers counted 100,000.")]
        ['Police said 20,000 marched', 'organisers counted 100,000.']
    """
    start = 0
    for m in pattern.finditer(sentence):
        yield start, sentence[start:m.start()]
        start = m.end()
    yield start, sentence[start:]


def clause_of(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` that holds ``[start, end)``: ``(clause_start, clause_end)``.

    Examples:
        >>> s = "Police said 20,000 marched, while more than 100,000 took part, according to organisers."
        >>> a, b = clause_of(s, s.index("100,000"), s.index("100,000") + 7)
        >>> s[a:b]
        'more than 100,000 took part, according to organisers.'
    """
    lo, hi = 0, len(sentence)
    for m in CLAUSE.finditer(sentence):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return lo, hi


def attribution(sentence: str, start: int, end: int, *, verbs: Sequence[str]) -> str:
    """Who gives the words or figure at ``[start, end)`` of ``sentence``, or "" in the outlet's own voice.

    In order: a passive "... 240,000 by police" right after it; "according to X" in the same clause; the subject
    of the nearest verb of saying before it in its clause ("police said"), else after it ("..., organisers
    said"), else before the colon that opens its clause ("The organiser said: “We had 20,000 ...”"); a relative
    "who"/"which" stands for the noun before it ("organisers, who counted").

    Args:
        sentence: The sentence.
        start, end: The offsets of the figure or quotation in it.
        verbs: The verbs of saying and estimating ("said", "estimated", "claimed", "put the number at").

    Examples:
        >>> v = ["said", "claimed", "estimated", "counted"]
        >>> s = "Police said 20,000 marched, while more than 100,000 took part, according to organisers."
        >>> [attribution(s, s.index(f), s.index(f) + len(f), verbs=v) for f in ("20,000", "100,000")]
        ['Police', 'organisers']
        >>> s = "A crowd estimated at 240,000 by police filled the park."
        >>> attribution(s, s.index("240,000"), s.index("240,000") + 7, verbs=v)
        'police'
        >>> s = "The march was led by organisers, who counted 80,000 people."
        >>> attribution(s, s.index("80,000"), s.index("80,000") + 6, verbs=v)
        'organisers'
    """
    lo, hi = clause_of(sentence, start, end)
    clause = sentence[lo:hi]
    by = _BY.match(sentence[end:hi])                   # "put at 1.2 million by the union": nearest first
    if by:
        return by.group("source").strip()
    m = ACCORDING.search(clause)
    if m:
        return re.sub(r"(?i)^the\s+", "", m.group("source").strip())
    alternation = "|".join(r"\s+".join(map(re.escape, v.split())) for v in sorted(verbs, key=len, reverse=True))
    spans = [(lo + v.start(), lo + v.end()) for v in re.finditer(rf"(?i)\b(?:{alternation})\b", clause)
             if not _PASSIVE_BEFORE.search(clause, 0, v.start()) and not _PASSIVE_TO.match(clause, v.start())
             and not _ADJECTIVE_BEFORE.search(clause, 0, v.start())]
    # "is estimated to cost", "500,000 were expected", "a rally expected to draw", "the expected crowd": no one named
    before = [s for s in spans if s[1] <= start]
    after = [s for s in spans if s[0] >= end]
    for verb_start, verb_end in ([before[-1]] if before else []) + ([after[0]] if after else []):
        if sentence[verb_start:verb_end].lower() in _PLURAL_NOUNS and _NOUN_BEFORE.search(sentence, lo, verb_start):
            continue                         # "unsubstantiated claims that thousands ...": a noun, not a verb
        if verb_start >= end and _WHAT_BEFORE.search(sentence, lo, verb_start):
            continue                         # "14 million people ... paid what ProPublica estimated": not its source
        if verb_start < start and (_QUOTE_THEN_SUBJECT.search(sentence, 0, verb_start)
                                   or _TOLD_LISTENERS.fullmatch(sentence, verb_start, start)):
            continue                         # "“...,” she told the crowd of thousands": her words are the quotation;
            # "Mr. Obama told the crowd of about 6,000": the figure counts his listeners
        subject = subject_before(sentence[:verb_start], clause_start=lo)
        if verb_start >= end and re.search(r"\b(?:that|which)$", subject):
            continue                         # "thousands ... streamed through downtown, carrying signs that said"
        if subject:
            return subject
    said = re.search(rf"(?i)\b(?:{alternation})\s*:\s*$", sentence[:lo]) if lo else None
    if said:                                            # "The organiser said: “We had 20,000 people marching.”"
        return subject_before(sentence[:said.start()], clause_start=clause_of(sentence, said.start(), said.end())[0])
    return ""


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|does|did)\b")
_PAST_VERB = re.compile(r"[a-z]{2,}ed|knelt|held|met|went|took|made|gave|sent|led|left|ran|spoke|wrote|got|came|built|"
                        r"saw|stood|won|lost|told|said|sat|fled|hit|shot|drove|flew|threw")
# Verbs in the present that a speaker's "and say" follows ("Democrats accuse ... and say", "Republicans insist ...")
_PRESENT_VERB = re.compile(r"(?:accuse|argue|blame|critici[sz]e|dispute|insist|reject|praise|defend|oppose|want|"
                           r"acknowledge|admit|concede|agree|disagree|point|note|warn|fear|hope|urge|demand|condemn|"
                           r"welcome|dismiss|question|challenge|vow|promise|pledge|believe|remain|continue|call|"
                           r"push|den(?:y|ie)|worr(?:y|ie))s?")
_SUBJECT_ACTED = re.compile(rf"(?P<subject>[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?"
                            rf"(?:{_PAST_VERB.pattern})\s+\S")
_NAME_AT_END = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*$")
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w’'.-]+\s+){1,4}$", re.I)
# A determiner or an adjective before "claims", "reports", "estimates": nouns ("unsubstantiated claims")
_PLURAL_NOUNS = {"claims", "reports", "estimates", "counts"}
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|these|those|such|some|many|several|other|earlier|early|"
                          r"initial|latest|new|recent|[a-z]+(?:ed|al|ous|ic))\s+$")
# A verb that names no one who says: a passive, an adjective, "expected to draw"
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:not\s+|\w+ly\s+)?$", re.I)
_ADJECTIVE_BEFORE = re.compile(r"(?:-|\b(?:the|a|an|than|widely|its|their|his|her)\s+)$", re.I)
_PASSIVE_TO = re.compile(r"(?:expected|anticipated|predicted)\s+to\b", re.I)
# "Mr. Obama told the crowd of about 6,000": the figure counts the listeners, not what he said
_TOLD_LISTENERS = re.compile(r"(?:told|tells|tell|telling|addressed|addresses|addressing)\s+(?:a|an|the)\s+"
                             r"(?:[\w-]+\s+){0,2}(?:crowd|crowds|audience|gathering|rally)\s+of\s+", re.I)
# A verb of saying right after a closing quotation mark and its subject: it introduces that quotation
_QUOTE_THEN_SUBJECT = re.compile(r"[,.!?]\s*[”\"]\s+(?:[\w’'.-]+\s+){1,5}$")
# A verb and its object, not a noun phrase: "withdrew his endorsement" (but "all his aides")
_VERB_PHRASE = re.compile(r"(?:then\s+|later\s+|also\s+)?(?!(?:all|both|one|some|many|most|each|several|none|two|"
                          r"three|half|then|later|also)\b)[a-z]+\s+(?:his|her|their|him|them|its)\b")
_OPENS_NOUN_PHRASE = re.compile(r"(?:(?:the|a|an)\s|(?!(?:In|On|At|After|Before|During|Since|When|While|For|From|With|"
                                r"Under|Amid|As|But|And|Yet|So|If|Although|Though)\b)[A-Z])")
_NAME_LIKE = re.compile(rf"(?!(?:In|On|At|After|Before|During|For|From|With|By|As)\b)(?=\S+\s){NAME_WORDS}")
# A name with its titles, nothing else: "Connecticut Democratic Sen. Chris Murphy" (not "Also Wednesday")
TITLED_NAME = re.compile(r"(?!(?:In|On|At|After|Before|During|For|From|With|By|As|The|A|An|Also|Meanwhile|Then|Now|"
                         r"Still|Yet|Later|Earlier|Last|Next|This|That|But|And|So|However|Separately|Instead|Indeed|"
                         r"Finally)\b)(?!.*\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|"
                         r"Tonight|Yesterday)\b)(?=\S+\s)(?:[A-Z][\w'’.-]*\s+){1,6}[A-Z][\w'’-]*")


def descriptor(phrase: str) -> bool:
    """A noun phrase that describes rather than names: "the director of Y", "Iraq's top Shia authority",
    "US special envoy", "Another Republican"."""
    words = phrase.split()
    return bool(re.match(r"(?:a|an|the|one of|another|his|her|their|its|our)\s", phrase, re.I) or
                re.match(r"[Oo]ne\s+[a-z]", phrase) or
                phrase[:1].islower()
                or re.search(r"['’]s\s+[a-z]", phrase) or words and words[-1].islower())   # not "al-Sistani"


_VERB_THEN_OBJECT = re.compile(r"\b(?!(?:of|in|on|at|for|from|with|by|to|about|into|over|under|and|or|but|than|that|"
                               r"like|as|both|all|each|either|neither|half|since|until|when|while|after|before|because|"
                               r"if|whether|where|despite|among|between|through|during|against|without|within|upon|"
                               r"toward|towards|across|behind|beyond|around|near)\b)(?![a-z]+ing\s)[a-z]{2,}\s+"
                               r"(?:the|a|an|his|her|their|its|our)\s")
_NOT_A_SUBJECT_FIRST = re.compile(r"(?:even|also|then|later|still|again|often|never|always|now|so|yet|[a-z]+ly)\b")
_EMBEDDED_SUBJECT = frozenset({"the", "a", "an", "many", "most", "some", "others", "who", "which", "that"})
# Determiners and possessives that open a noun phrase (quotes reads them too)
DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "this", "that", "these", "those", "our", "my"})


@cache
def _institution_heads() -> frozenset[str]:
    """The words that end an institution's or a place's name, or a title, in the shipped ``actors.toml``
    (``organisation_heads``, ``place_heads``, ``titles`` but the ``surname_titles``, "Rep. Pete King of New York"):
    before "of" they head no person's name ("the Federal Bureau of Investigation", "the Fraternal Order of Police",
    "Maine Secretary of State Matthew Dunlap")."""
    actors = layers("actors")[0]
    heads = {w.split()[-1] for key in ("organisation_heads", "place_heads", "titles") for w in actors[key]}
    return frozenset(heads - set(actors["surname_titles"]))


# A time that ends a clause before "and" and a subject ("... won't be formally released until later this week and
# the California Republican said"): no subject of two
_TIME_PHRASE_END = re.compile(r"(?:^|\s)(?:(?:later|earlier|early|late)\s+)?(?:this|last|next|that)\s+(?:week|month|"
                              rf"year|morning|afternoon|evening|night|weekend|spring|summer|fall|autumn|winter|"
                              rf"{WEEKDAYS})$", re.I)


def _clause_then_subject(candidate: str) -> str:
    """The subject after "and" where a clause with its own verb comes before it ("Only a quarter of us trust the
    criminal justice system and just 12 percent of us"): the noun phrase after "and"; "" for "Smith and Jones", "the
    head of the agency and his deputy"."""
    left, right = candidate.rsplit(" and ", 1)
    words, before = right.split(), left.split()
    timed = _TIME_PHRASE_END.search(left)
    if timed and 1 <= len(words) <= 7 and not _FINITE.search(right) and right[:1].islower() and (
            not left[:timed.start()].strip() or _FINITE.search(left) or any(_PAST_VERB.fullmatch(w) for w in before)):
        return right       # "The report won’t be formally released until later this week and the California Republican"
    if not 1 <= len(words) <= 7 or _FINITE.search(right) or any(_PAST_VERB.fullmatch(w) for w in words) or \
            re.search(r"\b(?:who|which|that|whose|whom|what)\b", candidate) or _NOT_A_SUBJECT_FIRST.match(right) or \
            any(w.lower() in _EMBEDDED_SUBJECT for w in words[1:]) or words[-1] == "and" or len(before) >= 2 and (
                before[-2].lower() in DETERMINERS | {"your", "both"} and right[:1].islower() or
                before[-1][:1].isupper() and right[:1].isupper()):
        return ""       # (not "Republicans who voted for the bill and Democrats": both speak; not "and even"; not
        #                 "women and families the White House says are benefiting": the families are spoken of; not
        #                 "a teary and happy president", "scholars on the left and the right", "the U.S. Department
        #                 of Health and Human Services": one noun phrase)
    verb = _FINITE.search(left) or _VERB_THEN_OBJECT.search(left) or any(
        _PAST_VERB.fullmatch(w) and (i + 1 == len(before) or before[i + 1] != "by")
        for i, w in enumerate(before) if i)          # (not "Democrats led by Stacey Abrams and ...")
    return right if verb else ""


_NOT_A_VERB_AFTER_THEY = frozenset({"can", "could", "will", "would", "may", "might", "must", "should", "did", "does",
                                    "even", "also", "often", "still", "never", "just", "only", "all", "both"})


def _first_verb_before_and(words: list[str]) -> int | None:
    """Where the first of two coordinated verbs starts in a speaker phrase ending in "and" (an adverb after it
    aside): "hundreds of demonstrators knelt and (collectively)" gives 3; None where there is none."""
    end = len(words)
    while end > 2 and re.fullmatch(r"[a-z]{3,}ly", words[end - 1]):
        end -= 1
    if end <= 2 or words[end - 1].lower() != "and":
        return None
    past = next((i for i, w in enumerate(words[:end - 1]) if _PAST_VERB.fullmatch(w)), None)
    # "Democrats accuse the administration of “sabotage” and (say)": a verb in the present after a name
    return past if past is not None else next((i for i, w in enumerate(words[:end - 1]) if i and (
        _PRESENT_VERB.fullmatch(w) and words[i - 1][:1].isupper() or re.fullmatch(r"[a-z]{3,}", w) and
        w not in _NOT_A_VERB_AFTER_THEY and not w.endswith("ly") and i + 2 < end and
        words[i - 1].lower() in ("they", "we") and (i == 1 or words[i - 2].lower() in ("but", "and", "yet", "so")))),
        None)                                       # ("but they refer to him as “Person A” and note": they; not
    #                                                 "they even say and write", "They can and do say")


def titled_pair(speaker: str) -> bool:
    """Whether a speaker phrase is two people named with their titles, joined by "and": "House Speaker John Boehner
    and Senate Republican Leader Mitch McConnell" (a subject of ten words, and a plural that "they" continues).

    Examples:
        >>> titled_pair("House Speaker John Boehner and Senate Republican Leader Mitch McConnell")
        True
        >>> titled_pair("the Department of Health and Human Services")
        False
    """
    pair = speaker.split(" and ")
    return len(pair) == 2 and all(len(p.split()) <= 6 and TITLED_NAME.fullmatch(p) for p in pair)


def without_auxiliary(subject: str) -> str:
    """A subject without the auxiliaries and adverbs that end it before its verb.

    Examples:
        >>> without_auxiliary("Gibraltar later")
        'Gibraltar'
    """
    return _AUXILIARY_END.sub("", " " + subject).strip() or subject


def first_conjunct(speaker: str) -> str:
    """A speaker phrase without the first of two coordinated verbs: "police assembled at the site and" gives
    "police"; unchanged where there is no such verb after a subject.

    Examples:
        >>> first_conjunct("hundreds of demonstrators knelt and collectively")
        'hundreds of demonstrators'
    """
    words = speaker.split()
    verb = _first_verb_before_and(words)
    return " ".join(words[:verb]) if verb else speaker


_ANTECEDENT_STOP = {"between", "among", "against", "about", "like", "than", "over", "under", "into", "through",
                    "after", "before", "up", "down", "off", "near", "toward", "towards", "across", "behind", "beyond",
                    "within", "amid"}             # a preposition before "who" ends its antecedent: "between activists",
#                                                           "hope among opponents, who argue"
# "two moderate Republicans up for re-election who", "senators from Texas who": a phrase after the people
_POSTMODIFIER = {"for", "from", "in", "at", "on", "with"}
_HEAD_BEFORE_PHRASE = re.compile(r"(?:\b(?:are|is|was|were|be|been)\s+|,\s+)(?P<head>(?:(?:a|an|the|two|three|four|"
                                 r"five|several|many|some|only|other|[Tt]he|[Tt]wo|[Ss]everal|[Mm]any|[Ss]ome)\s+)+"
                                 r"(?:[\w-]+\s+){0,2}?(?:[A-Z][\w-]*|[a-z]{3,}s))(?:\s+(?:up|out|down|back))?\s+"
                                 r"(?:for|from|in|at|on|with)$")
_OF_PLACE = re.compile(r"\s+of\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s*$")   # "Senator Lamar Alexander of Tennessee"
_QUANTIFIERS = {"a", "an", "the", "some", "several", "many", "most", "all", "two", "three", "four", "dozens", "few"}
_LED = {"led", "backed", "joined", "supported", "accompanied", "flanked", "headed", "organized", "organised",
        "interviewed", "quoted", "cited", "polled", "surveyed", "contacted", "reached"}   # "X interviewed by Reuters"
_ADDITIVE_END = re.compile(r",\s+(?:as\s+well\s+as|along\s+with|together\s+with|in\s+addition\s+to|alongside)\s+"
                           r"[^,]{1,80},\s*$", re.I)
# a phrase of time or manner put between the speaker and the verb: "Fauci, the director of ..., after breaking with
# Trump's position on reopening the economy, told": a gerund after a preposition names no one
_ADVERBIAL_END = re.compile(r",\s+(?:(?:after|before|while|when|since|despite|upon|without)\s+[a-z]+ing\b|as\s+(?:late|"
                            r"early|recently|soon|long)\s+as\b)[^,]{0,100},\s*$|"   # ("X, as late as a week after
                            #                                                   the attack, said": X)
                            r",\s+(?:likewise|similarly|also|too|meanwhile|however|though|again|instead|"
                            r"separately)\s*$")      # "X, the county judge ... in Dallas County, likewise said": X


_AGE = re.compile(r",\s*\d{1,3}\s*,")
DATELINE = re.compile(r"^\s*[A-Z][A-Z.'’ ]+(?:,\s*[A-Z][\w.]*)?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s*")


def _no_age(m: re.Match) -> str:
    """An age between commas, removed: "X, 62, who ..., said" keeps the appositive's comma, "X, 60, took" none."""
    return "," if "," in m.string[m.end():] else " "


_LISTED_NAME = re.compile(r"\b(?:of|for|on|at|the|with|from|to|by)\s(?:[A-Z][\w'’-]*,\s+)+[A-Z][\w'’-]*,?\s+"
                          r"(?:and|&)\s+[A-Z]")              # "the Bureau of Alcohol, Tobacco, Firearms and Explosives"
# The commas around a company's or a name's suffix: "WDF, Inc., had worked", "Martin Luther King, Jr.,"
_SUFFIX_COMMA = re.compile(r",(\s+(?:Inc|LLC|Ltd|Corp|Co)\.?),(?=\s+[a-z])|,(?=\s+(?:Inc|LLC|Ltd|Corp|Co|Jr|Sr)\.?,)")
# What opens a sentence before its subject: "Meanwhile,", "Predictably,", "In Washington,", "Speaking to X,"
ADVERB_ENDINGS = r"ively|ously|edly|ingly|fully|ently|antly|ately|ally|ably|ibly"   # "Ultimately", "Reportedly"
_LEAD_PHRASE = re.compile(rf"\(?(?:(?:And|But|Yet|So)\s+)?(?:[A-Z][a-z]+(?:{ADVERB_ENDINGS})|"
                          r"Meanwhile|However|Still|Instead|Now|Then|Today|Yesterday|In|On|At|"
                          r"After|Before|During|Since|For|From|With|Under|Amid|As|When|While|Monday|Tuesday|Wednesday|"
                          r"Thursday|Friday|Saturday|Sunday|Last|This|Earlier|Later|Shortly|Soon|Also|(?i:speaking|"
                          r"writing|testifying|appearing|responding|addressing|talking|commenting|reacting|asked|in|on|"
                          r"at))\b")
_REDUCED_RELATIVE = re.compile(r"(?<!\bwho)(?<!\bthat)(?<!\bwhich)(?<!\bhave)(?<!\bhas)(?<!\bhad)(?<!\bwas)(?<!\bwere)"
                               r"(?<!\bis)(?<!\bare)(?<!\bbe)(?<!\bbeen)(?<!\bnot)"   # a participle, not a finite verb
                               r"\s+(?!based\b)[a-z]{3,}ed\s+(?:(?:by|on|in|at|from|with|for|last|this|earlier|Monday|Tuesday|"
                               r"Wednesday|Thursday|Friday|Saturday|Sunday)\b|[“\"])")
# "Weeks ago", "A day later": when, not who
_TIME_AGO = re.compile(r"(?:(?:a|an|one|two|three|four|five|several|a\s+few|\d+)\s+)?(?:weeks?|days?|months?|years?|"
                       r"hours?|minutes?|moments?)\s+(?:ago|earlier|later)\s+(?=\S)", re.I)
_DATE_OR_YEAR = re.compile(r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
                           r"(?:1[89]|20)\d\d\b|\d+(?:st|nd|rd|th)\b|\d+/\d+\b)")   # "the 2016 report", "9/11"
_CITY_STATE = re.compile(r"\b(?:in|of|from|at|near)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,\s+(?:[A-Z][a-z]+\.?|"
                         r"(?:[A-Z]\.){2})(?:\s+(?:Carolina|Dakota|Jersey|York|Hampshire|Mexico|Island|Virginia|"
                         r"Columbia|Wales|Ireland|Zealand|Africa|Korea|Arabia|Kingdom|States|Rica|Lanka))?(?=,)")
#      a place and its state, one name (a state of two words ends on one of these: not "The mayor of Paris, Anne
#      Hidalgo,")
# "who in a recent Gallup Poll said": where they said it, no part of the speaker ("who" stands for the noun before)
_RELATIVE_THEN_WHERE = re.compile(r"\b(?P<rel>who|which)\s+(?:in|during|at|on|over)\s+(?:a|an|the|this|last|their|"
                                  r"his|her|its)\s+[^,;:“”\"]{1,40}?\s*$")
_DIGIT_NOT_SHARE = re.compile(r"\d(?![\d.,]*\s*(?:percent|per\s+cent|%))")   # a number ("46 percent" speaks)
_IN_NAME, _IN_PLACE = "\ue000", "\ue001"   # commas inside a name or a place (private-use characters, never in text)


def subject_before(text: str, *, clause_start: int = 0) -> str:
    """The speaker before an attribution verb: "X said", "X, the director of Y, said", "..., police said";
    a relative pronoun ("who said") stands for the noun phrase before it. The commas of a name that lists words
    ("the Bureau of Alcohol, Tobacco, Firearms and Explosives") and of a place and its state ("in Houston, Texas,")
    separate no appositives; the place, a relative clause after a description and a participle phrase after the
    noun ("the report released Tuesday") are no part of the speaker.

    Examples:
        >>> subject_before("Sayed Sadiq al-Hashemi, the director of the Iraqi Center for Studies, ")
        'Sayed Sadiq al-Hashemi'
        >>> subject_before("Iraq’s top Shia authority, Ayatollah Ali al-Sistani, ")
        'Ayatollah Ali al-Sistani'
        >>> subject_before("Thousands marched, police ")
        'police'
        >>> subject_before("John Maynard, a technician at the Bureau of Alcohol, Tobacco, Firearms and Explosives, ")
        'John Maynard'
    """
    text = _RELATIVE_THEN_WHERE.sub(r"\g<rel> ", text)
    listed = _SUFFIX_COMMA.sub(lambda m: m.group().replace(",", _IN_NAME), _LISTED_NAME.sub(
        lambda m: m.group().replace(",", _IN_NAME), text))
    placed = _CITY_STATE.sub(lambda m: m.group().replace(",", _IN_PLACE), listed)     # "in Houston, Texas,"
    found = _subject_before(placed, clause_start=clause_start)
    if _IN_PLACE in found:                  # "The BBC's Barbara Plett Usher in Houston, Texas, says": where she is
        found = _subject_before(re.sub(rf"\s+(?:in|of|from|at|near)\s+[^\s{_IN_PLACE}]+(?:\s+[^\s{_IN_PLACE}]+)?"
                                       rf"{_IN_PLACE}[^,]*(?=,\s*$)", "", placed), clause_start=clause_start)
    return found.replace(_IN_NAME, ",").replace(_IN_PLACE, ",")


# A title's words: each capitalised (or a number), a short word between ("Meet the Press", "60 Minutes")
TITLE_WORDS = r"[A-Z0-9][\w'’.&-]*(?:\s+(?:(?:[a-z]{1,4}|&)\s+){0,2}[A-Z0-9][\w'’.&-]*){0,6}"
_TITLE_COMMA = re.compile(rf"([“\"]{TITLE_WORDS}),([”\"])")   # the sentence's comma inside: "“Meet the Press,”"


# A sentence that opens with its subject and one relative clause before the verb: "The IAEA, which in the past has
# inspected North Korea's Yongbyon nuclear complex but never Punggye-ri, has said" (the clause's "but" is its own)
_SUBJECT_THEN_RELATIVE = re.compile(r"\s*(?P<np>(?:[A-Z][\w'’.&-]*|an?|the)(?:\s+[\w'’.&-]+){0,5}),\s+(?:which|who)\s"
                                    r"[^,;:“”\"()]*,\s*(?:(?:has|have|had|would|will|is|was|are|were|also)\s+)*")


def _described_who(stops: str) -> re.Pattern[str]:
    """A description and the relative clause that tells who it is, before the verb, the clause holding none of
    ``stops``."""
    return re.compile(rf"(?P<np>(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[\w'’.-]+\s+){{0,4}}?[a-z][\w-]*)\s+who\s+(?!said\b)"
                      rf"(?P<rest>[^{stops}“”\"()]+)")


_DESCRIBED_WHO = _described_who(",;:")               # no comma between
_DESCRIBED_WHO_LISTING = _described_who(";:")        # a list inside ("between X, Y, and Z")


def _plain_relative(m: re.Match[str]) -> bool:
    """Whether a description and its relative clause (:data:`_DESCRIBED_WHO`) is the subject of the verb after it:
    the description holds no verb or conjunction ("the problem is when people who ..."), and the clause has no
    subject of its own that the verb could be said by ("who he said", "who embodies what officials say")."""
    return not _CLAUSE_WORDS.search(m.group("np")) and not _CLAUSE_WORDS.search(m.group("rest"))


_CLAUSE_WORDS = re.compile(r"\b(?:he|she|they|we|I|you|it|what|that|whom|when|if|because|is|are|was|were)\b")


def _subject_before(text: str, *, clause_start: int = 0) -> str:
    whole = _SUBJECT_THEN_RELATIVE.fullmatch(text, clause_start)
    if whole:
        return whole.group("np")
    clause = re.sub(PARTY_TAG + r"(?=\s*$)", "", text[clause_start:])      # "X, D-New Jersey, said": X
    clause = _TITLE_COMMA.sub(r"\1\2,", clause)     # "X, speaking on NBC's “Meet the Press,” said": the comma after
    clause = re.sub(r"\s+\([^()]{1,30}\)(?=\s*$)", " ", clause)   # "a majority of Americans (56 percent) say": them
    clause = re.sub(PARTY_TAG, lambda m: "," if m.group().endswith(",") else "", clause)
    clause = _ADDITIVE_END.sub(" ", clause)                       # "X, as well as a chorus of pundits, insisted": X
    clause = _ADVERBIAL_END.sub(", ", clause)
    clause = DATELINE.sub("", _AGE.sub(_no_age, clause))         # "Keith Brashear, 62, who plans to ..., said": X;
    #                                                               "NEW YORK (Reuters) - Ben Chico, 67, ... says"
    listed = _DESCRIBED_WHO_LISTING.fullmatch(clause.strip()) if ", and " in clause else None
    if listed and _plain_relative(listed) and not _FINITE.search(listed.group("rest")) and not any(
            _PAST_VERB.fullmatch(w.strip(",")) for w in listed.group("rest").split()[1:]):
        return listed.group("np")    # "The specialist who arranged a meeting between Trump's son, Donald Trump Jr., and
        #                              a Russian attorney said": no verb after the clause's own (not "The man who
        #                              attacked him fled, and police said")
    clause = _SUBJECT_CLAUSE.split(clause)[-1]
    clause = _AUXILIARY_END.sub("", clause)                       # "X, one of ..., had warned": X
    parts = [p.strip() for p in clause.split(",")]
    lead = False
    relative = next((j for j in range(1, len(parts) - 1) if re.match(r"(?:which|who|whose|whom|who['’]s)\s", parts[j])),
                    None)                  # "Biden, who's traveling to Selma, Alabama, this Sunday to ..., said": him
    if relative is not None and len(parts) >= 4 and not parts[-1] and not (
            relative == 1 and _LEAD_PHRASE.match(parts[0])):        # "Asked whether Mr. Ryan, whose district ...": no
        parts = [*parts[:relative], ""]   # "Nelson, the top Democrat on the committee, which will hear ..., said": X;
        #                                   "Linda Lastella, 69, who came from Metuchen, New Jersey, said": her
        lead = len(parts) == 3 and bool(_LEAD_PHRASE.match(parts[0]) or _FINITE.search(parts[0]) or re.search(
            rf"\b(?:{_PAST_VERB.pattern})\b", parts[0]))  # "Meanwhile, former Secretary X, who ..."; "Shortly
        #                                             before Rep. West went off the rails, political scientists X, who"
    if lead:
        candidate = parts[-2]
    elif len(parts) >= 4 and not parts[-1] and descriptor(parts[-3]) and _NAME_LIKE.fullmatch(
            _CONJ.sub("", parts[-4])):
        # "Michael Fey, a chief technology officer at Santa Clara, California-based firm McAfee, said": Fey
        candidate = parts[-4]
    elif len(parts) >= 4 and not parts[-1] and descriptor(parts[-2]) and descriptor(parts[-3]) and (
            TITLED_NAME.fullmatch(_CONJ.sub("", parts[-4])) or re.fullmatch(NAME_WORDS, _CONJ.sub("", parts[-4])))\
            and not _LEAD_PHRASE.match(parts[-4]):
        candidate = parts[-4]         # "Priess, a former CIA officer and author of ..., a history of ..., said": two
        #                               appositives after the name
    elif len(parts) >= 3 and not parts[-1]:
        # "X, the director of Y, said": X; "Iraq's top Shia authority, Ayatollah Ali al-Sistani, said": the name
        candidate = parts[-2] if not descriptor(parts[-2]) and (descriptor(parts[-3]) or len(parts) == 3 and
                                                                _LEAD_PHRASE.fullmatch(parts[0])) else parts[-3]
        #   "Meanwhile, House Intelligence Committee Chairman Rep. Adam Schiff, D-Calif., has claimed": Schiff
    elif len(parts) >= 2 and (re.match(r"(?:a|an|one of)\s", parts[-1]) or len(parts) == 2 and re.match(
            r"the\s+(?![a-z][\w-]*\s+[A-Z])", parts[-1]) and text[clause_start:].lstrip(" “\"").startswith(
                parts[0])) and not _FINITE.search(parts[-1]) and not \
            re.search(r"\b(?:who|whom|whose|which|that)\b", parts[-1]) and \
            TITLED_NAME.fullmatch(_CONJ.sub("", parts[-2])):
        # an appositive left open: "Sen. Chris Murphy, a member of the Health Education Labor and Pension
        # Committee said": Murphy, not the committee; "Jessie K. Liu, the U.S. Attorney for the District of Columbia
        # said": Liu (where the name opens the sentence's clause, not "..., with hosts A, B, and C, the president
        # said"; and not "Mark Judge, the man Ms. Blasey Ford says was ...": hers)
        candidate = parts[-2]
    else:
        candidate = parts[-1] if parts[-1] else (parts[-2] if len(parts) > 1 else "")
    candidate = _CONJ.sub("", candidate.strip(" \"“”'‘’"))
    described = _DESCRIBED_WHO.fullmatch(candidate) if len(candidate.split()) > 8 and not (
        len(parts) >= 2 and _NAME_AT_END.search(parts[-2])) else None    # (a short one is read whole: "One person
    #                              who works in energy industry advocacy"; not an appositive: "Iain Lanphier, an
    #                              eighth-grader who he said")
    if described and _plain_relative(described):   # "A woman who met Amber Guyger when the Dallas police officer
        return described.group("np")               # busted a drug house says": the woman, not the officer
    acted = _SUBJECT_ACTED.match(candidate) if len(parts) == 2 and not parts[-1] else None
    if acted:                      # "He has defended Kavanaugh, said he has a hard time ...": he, a list of verbs
        return acted.group("subject")
    if _VERB_PHRASE.match(candidate):
        # "the Arizona senator, a critic of Trump who denounced him, endorsed him, and then withdrew his endorsement,
        # complained": the noun phrase that opens the sentence, not the verb phrase before the verb
        return next((p.strip() for p in text[clause_start:].split(",")[:-2] if
                     _OPENS_NOUN_PHRASE.match(p.strip()) and len(p.split()) <= 6 and not _FINITE.search(p)), "")
    words = candidate.split()
    verb = _first_verb_before_and(words)
    if verb:
        words = words[:verb]                              # "police assembled at the site and declared": police
        candidate = " ".join(words)
    elif " and " in candidate and (after_and := _clause_then_subject(candidate)):
        candidate = after_and                             # "Prices rose and economists say": the economists
        words = candidate.split()
    elif verb == 0 and len(parts) >= 2 and parts[-1]:
        # "Kessler, a former staffer for Tom Perriello, witnessed the crash and said": Kessler
        earlier = ", ".join(parts[:-1])
        found = _subject_before(earlier + ", ")
        if found:
            return found
        lead = next((i for i, w in enumerate(earlier.split()) if _PAST_VERB.fullmatch(w)), None)
        return " ".join(earlier.split()[:lead]) if lead and lead <= 8 else ""   # "The top tax official apologized"
    if words and words[-1].lower() in _RELATIVE and len(words) == 1:
        before = text[:text.rfind(words[-1])].rstrip(" ,")
        pieces = [p.strip() for p in before.split(",")]
        last = pieces[-1]
        appositive = bool(re.match(r"(?:a|an|the)\s", last, re.I) or last[:1].islower() and last.split()[0] not in
                          _BOUNDARY | {"according"}) and not _FINITE.search(last)     # "chairman of the committee"
        named = _NAME_AT_END.search(pieces[-2]) if len(pieces) >= 2 and appositive else None
        if named:
            return named.group()           # "his cousin Ariel Zurawski, the Polish owner of the lorry, who said": him
        antecedent: list[str] = []
        phrase = re.split(r",", before)[-1].split()
        for i in range(len(phrase) - 1, -1, -1):
            w = phrase[i]
            if w.lower() in _BOUNDARY or re.fullmatch(r"[a-z]+ed", w) or words[-1].lower() == "who" and w.lower() in \
                    _ANTECEDENT_STOP or antecedent and antecedent[0][:1].isupper() \
                    and i and w.islower() and w not in ("the", "a", "an") and phrase[i - 1].lower() == "to":
                if w in ("in", "at", "from") and i and words[-1].lower() == "who" and re.fullmatch(
                        r"[A-Za-z]{3,}s", phrase[i - 1]) and all(v.islower() for v in antecedent):
                    head = []     # "a direct appeal to female voters in swing states, who": the voters (but
                    #               "challenges for Rubio, who": his; "the focus for gun control advocates,
                    #               who": theirs)
                    for v in reversed(phrase[max(0, i - 3):i]):
                        if v.lower() in _BOUNDARY | {"has", "have", "had"} or re.fullmatch(r"[a-z]+ed", v):
                            break
                        head.insert(0, v)
                    return " ".join(head)
                named = []
                for v in reversed(phrase[max(0, i - 5):i] if w == "of" and words[-1].lower() == "who" else []):
                    if not v[:1].isupper():
                        break
                    named.insert(0, v)
                if len(named) >= 2 and named[-1] not in _institution_heads() and antecedent and (
                        antecedent[0] if antecedent[0] != "the" else "".join(antecedent[1:2]))[:1].isupper():
                    return " ".join(named)      # "U.S. Senator Amy Klobuchar of Minnesota, who said": her, not the
                    #                             state; "Jim Smith of the Heritage Foundation, who": him (not "the
                    #                             Federal Bureau of Investigation, who", "Secretary of State X, who")
                if w == "to" and words[-1].lower() == "who" and antecedent and antecedent[0][:1].islower() and \
                        antecedent[0] not in DETERMINERS:
                    return words[-1]    # "one of the first wrestlers to come forward, who says": no verb phrase
                    #                     ("come forward"); the pronoun, for the actor named last
                break                   # "That point tends to irritate Sanders supporters, who argue": the supporters
            antecedent.insert(0, w)
        return " ".join(antecedent[-4:])
    if len(words) > 1 and (words[-1].lower() in ("who", "whom") or words[-1].lower() == "that" and re.fullmatch(
            r"[a-z]{3,}s", words[-2]) and not re.fullmatch(r"[a-z]+ing", words[-3] if len(words) > 2 else "")):
        #       (and "an unlikely mix of conservative and liberal groups that"; not "carrying signs that")
        named = (_NAME_AT_END.search(_OF_PLACE.sub("", parts[-2])) or _NAME_AT_END.search(parts[-2])) if len(
            parts) >= 2 and re.match(r"(?:a|an|the)\s", candidate, re.I) and not _FINITE.search(candidate) else None
        #                            "the allegations of Deborah Ramirez, a Yale classmate of Kavanaugh who": her
        if named:
            return named.group()   # "Jason Collins, the NBA player who announced": him; "Lamar Alexander of Tennessee"
        antecedent = []                           # "... was detonated by a Houston Rockets employee who": the employee
        at = len(words) - 1
        for at in range(len(words) - 2, -1, -1):
            w = words[at]
            if w.lower() in _BOUNDARY | _ANTECEDENT_STOP or re.fullmatch(r"[a-z]+ed", w) or antecedent and re.fullmatch(
                    r"[a-z]+ing", w) and antecedent[0].lower() in _QUANTIFIERS:
                break                             # "citing some Republican lawmakers who say": the lawmakers
            antecedent.insert(0, w)
        head = _HEAD_BEFORE_PHRASE.search(" ".join(words[:at + 1])) if words[at:at + 1] and words[at].lower() in \
            _POSTMODIFIER and antecedent else None
        if head:           # "two moderate Republicans up for re-election who", "the only Democrat in the race who":
            return head.group("head")                 # the people, not the place or the thing of the phrase after them
        return " ".join(antecedent[-4:]) if antecedent and antecedent[0].lower() not in ("it's", "it’s") else ""
    inner = [i for i, w in enumerate(words[:-1]) if w.lower() in ("that", "which", "whom", "what", "where") or
             w.lower() in _SUBORDINATE]
    if inner:        # "a crowd that organizers put at": organizers; "came two days after a spokesman": a spokesman;
        #              "San Bernardino counties where Edison said": Edison
        what = words[inner[-1]].lower() == "what"         # "in what police said": police
        at = inner[-1]
        described = at > 0 and words[at].lower() in ("that", "which") and (_PAST_VERB.fullmatch(
            words[at + 1]) or words[at + 1] in ("has", "had", "have", "is", "was", "are", "were")) and not any(
            w.lower() in ("he", "she", "they", "we", "i", "it") for w in words[at + 2:])   # (not "emails that showed
        #                                                                                   she privately told": hers)
        words = words[:at] if described else words[at + 1:]   # (but "The GE-Safran partnership that built the engine
        #                                                      said": the partnership, which the clause describes)
        candidate = " ".join(words)
        if what and (re.search(r"[\"“”]", candidate) or words[-1].lower() in ("and", "or", "but")):
            return ""                                     # "know what he's talking about\" and said": no subject
    led = next((i for i in range(1, min(len(words) - 1, 7)) if words[i + 1] == "by" and words[i] in _LED), None)
    if led and not any(re.fullmatch(r"[a-z]+ed", w) for w in words[:led]):
        # "Democrats led by Stacey Abrams and Sherrod Brown": Democrats
        words = words[:led]
        candidate = " ".join(words)
    reduced = _REDUCED_RELATIVE.search(candidate)
    rest = candidate[reduced.start():] if reduced else ""
    if reduced and reduced.start() > 0 and len(rest.split()) <= 6 and not re.search(
            r"\b(?:as|while|when|because|that|and|but|after|before)\b", rest):
        candidate = candidate[:reduced.start()]   # "the Aug. 16 cable marked “SECRET”", "the report released Tuesday"
        words = candidate.split()                 # (not "the world looked on in horror as the virus")
    ago = _TIME_AGO.match(candidate)
    if ago:                                       # "Weeks ago organizers anticipated": the organizers
        candidate = candidate[ago.end():]
        words = candidate.split()
    dated = _DATE_OR_YEAR.sub("", candidate) if re.match(r"(?:a|an|the|one|this)\s", candidate, re.I) else candidate
    if not words or len(words) > 8 and not titled_pair(candidate) or _DIGIT_NOT_SHARE.search(dated) or \
            candidate.lower() in ("a", "an", "the"):
        return ""                                  # "an estimated 400,000": no one; "the Aug. 16 cable": one (but
    #                                                two titled names may take more words: "House Speaker John Boehner
    #                                                and Senate Republican Leader Mitch McConnell")
    return candidate
