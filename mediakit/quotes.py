"""Voices: who gets to speak in each outlet, directly or reported.

Whom an outlet quotes, and whether in their own words or paraphrased, is a framing choice as strong as its
vocabulary (Tuchman 1972, "Objectivity as strategic ritual", American Journal of Sociology 77(4), on quotation
as a device; the "source" and "attribution" categories of news content analysis). ``quotes`` finds:

- ``direct`` quotations in curly or straight double quotes (three words or more; shorter quoted words are
  scare quotes, not statements, unless a speaker and verb go with them, and so is a phrase of six words or fewer
  quoted inside a sentence that names no one who says it: “fire in the belly”), attributed by a speech verb after them
  ("..., said X", "..., X said", "..., read one banner"), before them ("protesters chanted, ...", "crowds ...,
  chanting ...", "X told reporters at the White House that ..."), at the start of their sentence ("He said
  party loyalists had “...”") or at its end ("“...” is a reminder of ..., says X."); a quote with no
  attribution continues the previous speaker's (a second quote in the paragraph, a paragraph that is only a
  quote, or a quote after "..., says the mayor."; a paragraph that is only a quote also continues a person
  paraphrased in the paragraph before: "Sessions suggested the cuts were exaggerated." / “...”), else goes to
  the first person, else the last actor, named before it in its sentence (never a name inside quotation marks:
  a title such as "Desperate Housewives"). Quoted words used as a modifier (the “you shall not pass” war cry),
  a short quotation standing alone as a subheading, and a pull quote repeating the article's next words, are no
  statements; a tweet embedded in the page and saved as a paragraph of text, with no quotation marks ("... —
  Steve Scalise (@SteveScalise) January 16, 2019"), is its signer's, verb "tweeted";
- ``indirect`` statements: "X said (that) ...", "X told Y ...", "X warned that ...", "..., according to X",
  and those attributed at their end: "..., police said.", "..., said Mayor X.", "..., he told ABC in an
  interview." Verbs such as "argued" or "vowed" make a statement only with "that".

Pronouns ("he tweeted") stand for the last person named before the statement (not a name used as a modifier:
"the Reagan administration"), or for a person described as the subject of the sentence before where no person
was named nearer ("A local rebel commander ... He said"); "it" for the thing that made the statement just before
("..., the indictment claims. It notes ..."), else the last organisation or country; "who"/"which he" for the
name before it; "they" for a plural subject of its sentence or the one before ("North Korean officials responded
... They also said"), else it is left as written. A role noun ("the cleric said") stands for the one actor of
the document with that role, the one named last outside quotations. Two people named together ("Pelosi and
Schumer said") speak together, with no one actor; an unnamed member ("one GOP operative") is not the party, while
an official, a spokesman or a leader speaks for it. Speakers keep the words of the text (a name inside a longer
phrase is preferred: "an 18-year-old protester, Amer Saad" is "Amer Saad"; "Lee Thomas, the former Reagan
administration EPA leader" is "Lee Thomas"); titles and dotted abbreviations stay inside them ("Sen. Marco
Rubio", "the U.S. Department of Justice"); where they name an actor, ``actor`` gives its canonical name, so one
person is one voice across outlets.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from functools import partial

import numpy as np
import pandas as pd

from .actors import (
    KIN,
    LOCATIVE,
    NON_PERSON_ROLES,
    TITLE_ROLES,
    actor_index,
    actor_mentions,
    appositive_after,
    decide_genders,
    gender_votes,
    gendered_table,
    genders,
    given_names,
    load_name_rules,
    mentions_in,
    merge_votes,
    no_mentions_table,
    office_votes,
)
from .clean import ANALYSED, DocTexts, paragraphs, reading
from .corpus import ByDocument, values_at
from .lexicons import Extra, fold, load_aliases, load_stopwords
from .scan import concat_rows, is_lazy
from .sources import (
    ABBREVIATION,
    ACCORDING,
    DATELINE,
    DETERMINERS,
    NAME_WORDS,
    PARTY_PAREN,
    PARTY_TAG,
    STATEMENT_CLAUSE,
    TITLE_WORDS,
    TITLED_NAME,
    WEB_DOT,
    WEEKDAYS,
    clauses,
    descriptor,
    first_conjunct,
    subject_before,
    titled_pair,
    without_auxiliary,
)
from .store import derived
from .tokens import QUOTATION, light_stem, norm, quotations, without_nicknames

QUOTED_AGAIN = 1500      # characters: a quotation's words taken up again this soon after are its speaker's
COLUMNS = ["doc_id", "outlet", "speaker", "actor", "actor_kind", "verb", "quote", "kind", "start", "end", "section"]
SAY = ("said", "says", "say", "told", "tells", "added", "stated", "announced", "tweeted", "wrote", "chanted",
       "chanting", "chant", "shouted", "shouting", "read", "reading", "declared", "insisted", "warned", "asked",
       "urged", "claimed", "noted", "explained", "replied", "saying", "reported")
# Plural present forms ("Fact checkers note that"); after "to" they report nothing ("the decision to admit girls")
_PLURAL_SAY = ("note", "argue", "insist", "warn", "explain", "contend", "maintain", "acknowledge", "admit", "predict",
               "point out", "stress", "caution", "allege", "concede", "complain", "observe", "write", "tell",
               "emphasize", "emphasise", "estimate")   # (not "claim": "Trump's claim that" is a noun far more often)
# Verbs that attribute a quotation but, without "that", not a reported statement ("he continued", "she vowed to")
MORE_SAY = ("argued", "argues", "continued", "continues", "fumed", "recalled", "recalls", "testified", "acknowledged",
            "admitted", "conceded", "complained", "predicted", "responded", "suggested", "stressed", "emphasized",
            "emphasised", "observed", "remarked", "posted", "countered", "quipped", "joked", "vowed", "cautioned",
            "commented", "concluded", "asserted", "contended", "maintained", "lamented", "recounted", "boasted",
            "alleged", "demanded", "yelled", "screamed", "writes", "adds", "notes", "explains", "asks", "tweets",
            "admits", "concedes", "acknowledges", "insists", "warns", "claims", "suggests", "contends", "maintains",
            "predicts", "complains", "responds", "recounts", "declares", "stresses", "observes", "cautions",
            "points out", "pointed out", "shot back", "fired back", "hit back", "snapped", "retorted", "scoffed",
            "mused", "wondered", "confirmed", "confirms", "assured", "proclaimed", "proclaims", "exclaimed", "exclaims",
            "concludes", "laments", "alleges", "announces", "expressed concern", "expressed hope",
            "expressed confidence", "expressed doubt", "expressed fear", "voiced concern",
            "quips", "jokes",
            "counters",
            "asserts", "vows", "boasts", "recalls", "answered", "informed", "informs", "bragged", "brags", "replies",
            "wanted to know", "wants to know", "interjected", "chimed in", "sighed", "clarified", "clarifies",
            "reiterated", "reiterates", "elaborated", "elaborates", "yells", "screams", "whispered", "whispers",
            "averred", "avers", "messaged", "texted", "emailed", "admonished", "admonishes", "chided", "chides",
            "scolded", "scolds", "pleaded", "pleads", "implored", "implores", "groused", "griped", "thundered",
            "estimated", "estimates", "reports",       # ("The Tax Policy Center estimates that ...": with "that")
            *_PLURAL_SAY)
SAY = SAY + MORE_SAY
NEEDS_THAT = {"warned", "claimed", "insisted", "noted", "added", "explained", "argued", "urged", "asked", *MORE_SAY} - {
    "tell"}                                                      # "Officials tell Fox News the plan is dead"
PRONOUNS = {"he", "she", "they", "it", "who"}
SIGNS = {"sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "slogan", "slogans",
         "caption", "captions", "billboard", "billboards", "plaque", "plaques", "inscription", "inscriptions"}
# Verbs of saying that are also an adjective or a noun, as patterns read them: a statement after them opens with
# "that" or a pronoun ("The CBO estimates that", "they estimate it could"); "an estimated 7 million", "officials
# estimated the attendance at", "the CBO’s estimate that" report none
_ESTIMATE_NEXT = (r"(?=\s+(?:that|it|there|they|he|she|we)\b|\s*[.,;:]|"
                  r"\s+(?:in|on|last|this|earlier)\b[^.,;]{0,30}\bthat\b)")
_REPORTS_NOUN = """the The news media press recent multiple earlier unconfirmed conflicting initial several many some
    new other these those such were are amid of and most local widespread credible previous later two three despite
    Despite following Following on overseen intelligence subsequent"""   # "news reports that", "despite reports": nouns
_AS_VERB = {"estimated": "estimated" + _ESTIMATE_NEXT,       # (each word first, what may stand before it after:
            "estimates": r"estimates(?<![’']s\sestimates)" + _ESTIMATE_NEXT,      # a pattern tries the word itself at
            "estimate": r"estimate(?<![’']s\sestimate)(?<!\ban\sestimate)(?<!\bone\sestimate)(?<!\bOne\sestimate)"
                        + _ESTIMATE_NEXT,                                          # every position, cheaply)
            "reports": r"(?-i:reports)(?<=[\w,]\sreports)(?<![’']s\sreports)" + "".join(
                rf"(?<!\b{w}\sreports)" for w in _REPORTS_NOUN.split()) + r"(?=\s+that\b)"}
_SAY = "|".join(_AS_VERB.get(v, v) for v in SAY)
_QUOTE = QUOTATION                                  # one definition of a quotation, shared with Corpus.tokens
_NP = rf"(?:{ABBREVIATION}|[^\s“”\",.;:!?])(?:{ABBREVIATION}|[^“”\",.;:!?]){{0,80}}?"
_IF_OPENS = re.compile(r"[\s“\"‘']*(?:If|Suppose|Imagine|Had)\b")
_WHO_LAST = re.compile(r",\s+who\s+(?!(?:is|are|was|were)\b)[^;:,]*(?:,[^;:,]*)?$")
_NP_END = re.compile(r"(?:\b(?:the|a|an|his|her|their|its)\s+(?:[\w’'.-]+\s+){0,4}[\w’'.-]+|"
                     r"\b[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})$")
# Kin (actors.KIN), who speak in their own words of the one they are kin of, and lawyers
_KIN_OF = re.compile(rf"\b(?:{KIN}|lawyers?|attorneys?)\s+of\s+(?:the\s+late\s+)?$", re.I)
# One who works with a person named after, in words of their own (a spokesman or a lawyer speaks for the person):
# "a former senior policy adviser to Biden", "longtime aides to the Obamas"
# What sources are described by knowing: "with knowledge of", "familiar with", "close to", "briefed on"
_KNOWS = r"with\s+(?:direct\s+|first-hand\s+|firsthand\s+)?knowledge\s+of|familiar\s+with|close\s+to|briefed\s+on"
_AGENT_OF = re.compile(r"\b(?:(?:aides?|advisers?|advisors?|staffers?|friends?|ally|allies|associates?|confidants?)\s+"
                       rf"(?:to|of)|(?i:sources?|people|persons?|those|someone|officials?|insiders?)\s+(?:{_KNOWS}))\s+"
                       r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}$")   # "Sources close to Ryan"
# "The selection of Ms. Collins": a thing of a person, not the person (not "the majority of Republicans")
_THING_OF = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?!(?:majority|rest|bulk|number|most|half|group|members?|"
                       r"minority|share)\s)(?P<noun>[a-z][\w-]*)\s+of\s+(?:(?:[A-Z][a-z]{0,4}\.|the)\s+)?$")
_BREAKS_CLAUSE = re.compile(r"[,;:()“”\"—–]|\b(?:who|whom|whose|which|that|while|when|after|before|because)\b")
_NAME_WORDS_ONLY = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*")
_PARTICIPLE_END = re.compile(r"(?<=\w)(?:\s+(?:who|that|which))?\s+(?!based$)[a-z]{3,}ed$")   # "the report compiled"
# "“...,” said Mayor X", "“...,” reads the letter" (not "“accurately” informed the court": its listener)
_AFTER_VERB_FIRST = re.compile(rf"^\s*,?\s*(?P<verb>(?!inform)(?:{_SAY})|reads|agrees|agreed|remembered|remembers|"
                               r"reflected|reflects|echoed|interrupted|sneered|muttered|crowed|gushed|"
                               rf"reports(?=\s+(?:the\s|[A-Z])))\s+(?!that\b)(?P<speaker>{_NP})"
                               r"(?=\s*[,.;:!?—–“\"]|\s*\([A-Z][-–]|\s*$|\s+(?:in|on|at|during|after|via|through|when|"
                               r"while|who|whose|near|before|following|outside|inside|amid|ahead\s+of|toward|towards|"
                               r"which|familiar\s+with|close\s+to|with\s+knowledge\s+of|involved\s+(?:in|with)|"
                               r"briefed\s+on|knowledgeable\s+(?:about|of)|speaking\s+on|granted\s+anonymity|"
                               r"not\s+authorized)\s)")
# "said one GOP lawmaker who was in the caucus", "said one veteran Republican strategist familiar with ...", "admitted
# a campaign source involved with the planning": the lawmaker, the strategist, the source
_SAY_AFTER_ONLY = (r"began|interrupted|reflects|reflected|agrees|agreed|went on|goes on|echoed|promised|promises|"
                   r"cracked|cracks|deadpanned|deadpans|teased|teases|laughed|laughs|marveled|marvels|marvelled|"
                   r"reports|"
                   r"remembered|remembers|repeated|muttered|reminded|beamed|crowed|sneered|gushed|cried")
# saying only right after a quotation ("“...,” Sanders began.", "“...,” Sahni reflects", "“...,” Merkel echoed",
# "“...,” the president promises": not "Her remarks echoed what ... had said", "promised a “trillion dollar” plan";
# not "echoes", a noun as often: "“Brexit,” contains clear echoes of")
_PROMISE_ECHO = ("echoed", "promised", "promises")       # which "they" may say ("“...,” they promised.")
_BY_AGENT_AFTER = re.compile(r"[^,.;:!?“”\"]{0,40}?\bby\b")
_AFTER_ONLY = frozenset(_SAY_AFTER_ONLY.split("|"))
# A degree after a name: "Lin-Fan Wang, M.D., MPH," (not the speaker)
_DEGREE = r"(?:M\.?D\.?|Ph\.?\s?D\.?|M\.?P\.?H\.?|J\.?D\.?|R\.?N\.?|Esq\.?|MBA|M\.?B\.?A\.?|DDS|D\.O\.|LCSW|CPA|MSW)"
_AFTER_SPEAKER_FIRST = re.compile(                      # "the Post’s Greg Miller, Adam Entous and Ellen Nakashima"
    rf"^\s*,?\s*(?!(?:if|unless|when|whenever|because|until|once|compared|than|versus|whereas)\s)"   # "“...” if it
    #                       continues": no one; "was “about right,” compared to 18% who said": no one who said it
    rf"(?P<speaker>{_NP},\s+(?:{NAME_WORDS},\s+)*{NAME_WORDS},?\s+and\s+{NAME_WORDS}(?=\s+(?:{_SAY})\b)|{_NP})"
    rf"(?P<app>(?:,\s*\d{{1,3}}(?=,\s+(?:in|of|from)\s)|,\s*[A-Z]-[A-Z][\w.]{{1,11}}(?=,\s+[a-z])|"
    rf"(?:,\s*{_DEGREE})+(?=,))?"   # "Dr. Lin-Fan Wang, M.D., MPH, a doctor of family medicine, told"; "Bowen, 31,
    #                                                   of Portland, Oregon, said"; "Rogers, R-Mich., chairman of ..."
    rf",(?!\s+(?:and|but|or|while|which|as|so)\b)(?:[^,“”\"]{{1,160}}?\b(?:in|of|from|at|near)\s+"
    rf"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,\s+(?:in\s+)?(?:[A-Z][a-z]+\.?|(?:[A-Z]\.){{2}})(?:\s+[A-Z][a-z]+)?(?=,)|"
    rf"(?:[^,“”\"]|“[^“”\",]{{1,60}}”){{1,160}}(?:,\s+(?:which|who|whose|a|an)\s[^,“”\"]{{1,100}})?),"
    rf"|(?P<open_app>,\s+(?:the|a|an)\s+[^,“”\"]{{1,120}}?(?=\s+(?:told|said|says|tells|added|adds)\s)))?"
    #                                            (its closing comma left out: "Victor Cha, the Korea Chair at the
    #                                            Center for Strategic and International Studies told NBC News"; a
    #                                            place and its
    #                                            state: "a resident of Elmwood, Illinois,", "at the University of
    #                                            Akron, in Ohio,"; an appositive of the appositive's noun:
    #                                            "a worker with American Foods, a Wisconsin meatpacking company,";
    #                                            a title quoted inside:
    #                                            "host of the “Versus Media Podcast” on Patreon,")
    rf"{PARTY_TAG}?(?P<comma>,)?\s+"
    rf"(?:(?:was|were|is|are|has\s+been|had\s+been)\s+quoted\s+as\s+|will\s+)?(?<!\b[Tt]he\s)(?<!\b[Aa]\s)(?<!\b[Aa]n\s)"
    rf"(?:(?<=,\s)(?:also|later|then|again|further)\s+)?"        # "Priebus, who is ..., also said"
    rf"(?P<verb>{_SAY}|{_SAY_AFTER_ONLY})\b"                 # (not "the alleged" of "the alleged NSA document says")
    rf"(?!(?<=ed)\s+by\b)")
#     "X was quoted as saying", "it will say"; not "a database maintained by" (but "said by phone")
# "“...,” the decision states": a document states (after a determiner only: "in 12 states" is no one)
_DOCUMENT_STATES = re.compile(r"^\s*,?\s*(?P<speaker>(?:the|a|an|this|its|their|his|her|[A-Z][\w.&-]*[’']s)\s+"
                              r"(?:[\w’'.-]+\s+){0,4}?"
                              r"[\w’'-]+)\s+(?P<verb>states|reads)\b(?!\s+(?:of|and|that\s+have)\b)")
#                                                                                     (and "“...,” the memo reads")
_NAME_AFTER = re.compile(rf",\s*(?P<name>{NAME_WORDS})\s*(?:,|[.!?]|$)")
# "“It was magnificent,” MSNBC’s Matthews tingled, “...”": after a quotation ending in a comma, a name (or "he",
# "she", "they": "“I need the caffeine,” she enthused.") and any verb in the past tense, then another quotation or
# the sentence's end, say who spoke (the verb need not be listed)
_AFTER_ANY_VERB = re.compile(r"^\s*(?P<speaker>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*|he|she|they)\s+(?:ha[sd]\s+)?"
                             r"(?:\w+ly\s+)?"
                             r"(?P<verb>[a-z]{3,}ed)\s*(?:,\s*(?=[“\"])|[.!?](?:\s|$|(?=[A-Z][a-z])))")   # ".Cruz"
# A quotation that opens its sentence and whose words go on outside it to a comma, then its speaker and verb: "“I’ve
# never seen the president talk about” the possibility of such pardons, Christie said,"
_WORDS_GO_ON_SAID = re.compile(rf"\s+[a-z][^,;:“”\"()]{{0,80}},\s+(?P<speaker>{NAME_WORDS}|he|she)\s+"
                               r"(?P<verb>said|says|added|adds|told|tells|wrote|writes|explained|noted|argued)\b"
                               r"(?=\s*[,.]|\s+(?:on|in|at|during|after|to|that)\b)")
# "X said: “...”", "told reporters at the White House that “...”" (a run of blanks is one unit of the speaker)
# "said there had been “", "told The New York Times, “", "asked a crowd of supporters in Alabama: “" (not "a tweet
# posted just after the order: “", "newly confirmed ambassadors as secretary of state: “", "said the call record
# indicated otherwise: “": a statement, then the words)
_TO_QUOTE = (r"(?:(?:\s+[\w’']+){0,3}?\s*[,:]?|(?:\s+[\w’'.-]+){1,6}?\s+that"
             r"|\s+(?:a|an|his|her|their|him|them|in|on|at|during)(?:\s+[\w’'.-]+){3,6}?\s*:"
             r"|\s+(?:on\s+|to\s+)?(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){1,5}?[A-Z][\w’'.&-]*\s*[,:])\s*$")
_CITED_AS_SAYING = re.compile(r"\b(?:citing|cited|quoting|quoted)\s+(?P<speaker>(?!as\b)[^,;:“”\"]{2,80}?)\s+as\s+"
                              r"(?P<verb>saying)\s*[,:]?\s*$")
_WEB_DOT_AT = re.compile(WEB_DOT)                   # "FactCheck.org says": one name (sources.WEB_DOT)
_DASH_SAY = rf"(?<=[—–])(?=(?:{_SAY})\s*[,:])"          # after a dash, then a comma: "the editorial—by Gigot—said, “"
_BEFORE = re.compile(rf"(?P<speaker>(?:[^,.;:“”\"\s]|\s++|{WEB_DOT}){{1,80}}?)(?<!s[’'])(?<![’']s)(?<!\b[Tt]he)"
                     rf"(?<!\b[Hh]is)(?<!\b[Hh]er)(?<!\b[Tt]heir)(?:\s+|{_DASH_SAY})(?P<verb>{_SAY}){_TO_QUOTE}")
#                            not after a possessive ("the suits' claims as “") nor an article ("The notes also say, “")
# The verb first, then the speaker and a colon, opening the sentence: "Says one senator ...: “"
_SAYS_FIRST = re.compile(r"[\s(]*(?:(?:And|But),?\s+)?(?P<verb>Says|Said|Adds|Added|Writes|Wrote|Recalls|Recalled)\s+"
                         r"(?P<speaker>(?!that\b|so\b|it\b)[^:“”\".;!?]{2,120}?)\s*:\s*$")
_SAY_TO_QUOTE = re.compile(rf"(?:\s|{_DASH_SAY})(?:{_SAY}){_TO_QUOTE}")


def _said_before(text: str) -> re.Match | None:
    """``_BEFORE.search(text)``, fast: the match's verb is the first that reaches the end, and its speaker starts
    after the last punctuation before that verb. Searching from there gives the same match, without trying every
    verb of saying at every position of a long paragraph (370 µs a call before, 13 µs after, on 20 MB)."""
    tail = _SAY_TO_QUOTE.search(text)
    if not tail:
        return None
    at = tail.start()
    cut = max(text.rfind(c, 0, at) for c in ",.;:“”\"")
    if cut > 0 and text[cut] == "." and _WEB_DOT_AT.match(text, cut) and re.fullmatch(r"\.[a-z]{3}", text[cut:at]):
        cut = max(text.rfind(c, 0, cut) for c in ",.;:“”\"")         # "FactCheck.org says": one name
    return _BEFORE.search(text, cut + 1)


_VERB_COLON_END = re.compile(rf",\s+(?P<verb>{_SAY})\s*:$")     # "X, who ..., tweeted:"
_SAYS_CLAUSE = re.compile(rf"\s(?P<verb>{_SAY})\s+(?:that\s+)?(?:the|a|an|his|her|their|its|[A-Z][\w’'.-]*)\s")
#                                      (a verb of saying and the clause it reports: "says the Clintons have ...:")
# A subordinate clause alone, no statement before an attribution: "When Rubio launched that attack, though, Cruz
# countered."
_SUBORDINATE_ONLY = re.compile(r"[\s“\"]*(?:When|While|After|Before|Once|Until)\b[^,;:“”\"]*,\s*(?:though|however|"
                               r"too|then|again|meanwhile)[\s,]*")   # (a comma and an adverb close it: "Because the
#                                                list could turn into ..., said X" and "When the storm hits the levees
#                                                fail, engineers said" are statements)
_SPOKE = re.compile(r"\b(?:spoke|speaks|talked|talks|raved|raves|gushed|gushes|opined|opines)\b")
_SPEECH_ACT = re.compile(r"\b(?:offered|gave|delivered|issued|released|read|posted|shared|sent)\s+(?:[\w’'-]+\s+){0,4}?"
                         r"(?:prayer|statement|speech|remarks|message|address|eulogy|sermon|toast|tribute|apology|"
                         r"blessing|invocation|response|reply|reporting|report|assessment|account|analysis|warning|"
                         r"advice)\b[^.;:“”\"]*[.:]?\s*$")    # "the New York Times offered this cautionary bit of
#                                                               reporting:" / “...”: the Times
# "continues to push": a verb of saying that heads another verb says nothing ("continued to insist" still speaks)
_GOES_ON_TO = re.compile(r"(?:(?<=continue)|(?<=continues)|(?<=continued))\s+to\s+(?!(?:say|insist|argue|claim|"
                         r"maintain|warn|call|tell|ask|write|tweet|speak|deny|stress|repeat|complain|blame|praise|"
                         r"criticize)\b)")
# "prompting one cynic to say, “...”", "leading a resident to tweet: “...”": the one made to speak
_TO_SAY = re.compile(r"\b(?:prompt(?:s|ed|ing)?|lead(?:s|ing)?|led|caus(?:e|es|ed|ing)|forc(?:e|es|ed|ing)|"
                     r"inspir(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|encourag(?:e|es|ed|ing))\s+"
                     r"(?P<speaker>(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s+to\s+(?P<verb>say|write|tweet|declare|remark|"
                     r"quip|exclaim|joke|tell\s+\w+)\s*[,:]?\s*$")
# A speaker phrase that reports who said the words next (as _NESTED_TELLER does after a verb of a reported statement:
# "he said that Mr. Casey told him that"): "Rebecca says that alumni" (told her, “...”), "the
# filing said lawyers for the agency" (had informed them that “...”); not after a relative pronoun ("those who say
# they ..."), nor a verb's object ("Burke told officials that whistleblower claims of “...”", "InfoWars wrote this
# disclaimer when it wrote"): a clause opened by "that" or after "said", and the words' verb one of speech
_TELLER_IN = re.compile(r"(?<!\bwho)(?<!\bwhich)\s+(?:(?:say|says|said|recalls|recalled|remembers|remembered|claims|"
                        r"claimed|insists|insisted|reports|reported|show|shows|showed|reveal|reveals|revealed)\s+that|say|says|"
                        r"said)\s+(?P<speaker>(?!that\b|it\b)[^,;:\s“”\"]+(?:\s+[^,;:\s“”\"]+){0,5})$")
_SPOKEN = frozenset({"told", "tells", "said", "says", "asked", "asks", "replied", "shouted", "yelled", "wrote",
                     "writes", "warned", "informed", "assured", "chanting", "chanted", "screamed", "whispered"})
_SAYING_ING = "saying|adding|noting|writing|warning|insisting|arguing|stressing|claiming|declaring"
_SAID_BEFORE_QUOTE = re.compile(rf",\s+(?P<verb>{_SAY}){_TO_QUOTE}")       # "X, a consultant, said ... “"
# "Knight, baited by a protester, threatened to “drop [his] ass”", "Trump promised to “drain the swamp”": what one
# threatens or promises to do, quoted, are the words of the verb's subject
_DETERMINER_OR_OWNER = re.compile(r"(?:\b(?:a|an|the|his|her|their|its|our|my|your|this|that)|[’']s?)\s+$", re.I)
_PROMISING = ("threaten", "promis", "pledg", "vow")
# A sentence that introduces the quotation after it by its speaker's verb: "Here's how she described the protest
# movements that ...:", "This is what Trump had to say in response:"
_SENTENCE_OPENS = r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s))"
_HERE_IS_HOW = re.compile(rf"{_SENTENCE_OPENS}(?:Here|This|That)(?:[’']s|\s+is|\s+was|\s+are)\s+"
                          r"(?:how|what|part\s+of\s+what|some\s+of\s+what)\s+(?P<speaker>[^,;:.“”\"]{1,60}?)\s+"
                          rf"(?:{_SAY}|described|put|puts|had\s+to\s+say|has\s+to\s+say|spelled\s+out|"
                          r"characteri[sz]ed|summed\s+up|headlined)\b[^:“”\"]*:$")
_HERE_IS_NAME = re.compile(rf"{_SENTENCE_OPENS}(?:Here|And\s+here)(?:[’']s|\s+is)\s+"
                           r"(?P<speaker>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s+(?:on|about|in|at|with)\s"
                           r"[^:“”\"]*:$")                    # "Here's Ernst on the latter subject:"
_OUTLET_OF = re.compile(r"[’']?s?\s+(?:local\s+)?(?:affiliate|station|outlet|partner|subsidiary|unit|newspaper|"
                        r"paper|network|channel|site|magazine|agency|sister\s+\w+)\s+")   # "CNN affiliate BFMTV"
# Words that open no speaker, beside the prepositions: "testified against Guzmán", "according to" (not "about" or
# "over", which open a share: "About half said", "over 50% say")
_MONTH_ALONE = re.compile(r"January|February|March|April|June|July|August|September|October|November|December")
_NO_SPEAKER_FIRST = frozenset({"of", "according", "against", "into", "through", "under", "despite", "without",
                               "toward", "towards", "upon", "onto", "than"})   # ("harder than his rival declaring")
_WORD_END = re.compile(r"[\w’'.-]+$")
_AND_END = re.compile(r",?\s+(?:and|but|or)\s*$")
_AND_THEN_END = re.compile(r"\s+(?:and|but)\s+(?:instead|then|later|also|again|finally|eventually|soon)\s*$")
_AND_CLAUSE = re.compile(r",\s+(?:and|but)\s+")
_PROMISED_TO = re.compile(r"\b(?P<verb>threaten(?:s|ed)?|promis(?:e|es|ed)|pledg(?:e|es|ed)|vow(?:s|ed)?)\s+to\s*$")
_ING_BEFORE = re.compile(r"(?:^|,)\s*(?P<verb>chanting|saying|shouting|adding|noting|writing|warning|insisting|"
                         r"telling \w+|continuing)(?:\s+(?:in|on)\s+(?:a|an|the|his|her|their|its)\s+[^,;:“”\"]{1,40})?"
                         r"\s*[,:]?\s*$")                 # (and where: "writing in a recent column, “...”")
# The participles of saying that a clause of words opens or follows on (the two older lists above, of a participle
# before the words, read fewer: widening them changed rows on the 20 MB file, some for the worse)
_NAME_THEN_APPOSITIVE = re.compile(r"\s*(?P<name>[^,]+),\s+(?:the|a|an|(?:[A-Z][\w.]*\s+)*[A-Z][\w-]*[’']s?)\s")
#                                 "Senator Jack Reed, the senior ...", "Joel Benenson, Mr. Obama’s pollster"
# A participle of saying that opens the sentence with the words, its subject after them: "Noting that “...,” Alan B.
# Krueger, chairman of the White House’s Council of Economic Advisers, downplayed the report"
_ING_OPENS_QUOTE = re.compile(rf"[\s“\"]*(?P<verb>(?i:{_SAYING_ING}))\s+(?:that\s+)?$")
_SUBJECT_AFTER_QUOTE = re.compile(r"[”\"’']?\s*,?\s*(?P<speaker>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*)"
                                  r"(?:,[^,;“”\"]{1,150},)?\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|s)\b")
_NAME_ING_BEFORE = re.compile(r"\s(?P<verb>telling|asking)(?:\s+(?:her|him|them|me|us|you|reporters))?\s*[,:]\s*$")
_BUT_CLAUSE = re.compile(r",?\s+(?:but|while|whereas|yet)\s+(?=[A-Z])")
_SAID_THEN_ING = re.compile(rf"(?:^|[,;:]\s+)(?P<speaker>[^,;:“”\"]{{1,60}}?)\s+(?:{_SAY})\b[^,;:“”\"]{{0,40}},\s*"
                            r"(?:chanting|saying|shouting|adding|noting|writing|warning|insisting|continuing)\b")
_MODAL_WORD = re.compile(r"\b(?:would|will|could|should|can|may|might|must)\b")
_INDEFINITE_SAID = re.compile(r"(?:something|anything|nothing|everything|things)(?=\s+(?:that|which|about|very|"
                              r"similar|like|else|at\s+all|and|or|critical|different)\b|\s*[,.;]|\s*$)", re.I)
#                 "said something that made me laugh", "said something very different privately": no statement (but
#                 "said nothing had been decided", "said things were improving")
_INDIRECT_THAT = re.compile(rf"\b(?P<verb>{_SAY})\b(?P<object>(?:\s+[\w’'.-]+){{1,6}}?)\s+(?P<that>that,?\s+)"
                            rf"(?P<clause>[^“\"\s].+)$")         # "had warned the U.S. that it will be ..."
_DATE_AFTER = re.compile(r"(?:on|in|at|during|after|before|since|by)\s+(?:(?:early|late|mid-?)\s*)?(?:\d|(?:Jan|Feb|"
                         r"Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:the\s+)?(?:\d{4}|\d{1,2}(?:st|nd|rd|th)))")
_DAYS = f"{WEEKDAYS}|yesterday|today|tonight"
_WHEN = re.compile(rf"(?:on\s+)?(?:{_DAYS}|(?:last|this)\s+(?:week|month|year|morning|night)|earlier|later)\s+"
                   r"(?:that\s+)?", re.I)
# A "that" clause of a noun in a phrase after the verb: "tweeted Sunday in response to a report that ...", "spoke
# about claims that ...": what the report or the claims say, not the speaker's words ("said in a report that" is his)
_NOUN_THAT = re.compile(r"\b(?:to|about|over|against|of|amid|after|following|regarding)\s+(?:[^\s,]+\s+){0,5}?"
                        r"(?:(?<!\bto )(?:report|claim|charge|rumou?r)|reports|claims|charges|rumou?rs|stor(?:y|ies)|"
                        r"articles?|allegations?|suggestions?|assertions?|news|findings?|speculation|accusations?)"
                        r"\s+that\s+$|\b(?:about|to|of)\s+(?:[^\s,]+\s+){0,5}?(?:speech(?:es)?|address|remarks|"
                        r"interviews?|testimony|letters?|tweets?|videos?)\s+that\s+$")
#   (not the verb: "continued to claim that"; not "told Fox News that"); "said about the acceptance speech that Paul
#   Ryan gave", "replied to a tweet that included": what was given or written (but "said after X's remarks that")
_COLON_QUOTE = re.compile(r"(?!that\b)(?:[^\s“”\":]+\s+){0,4}[^\s“”\":]+:\s*[“\"‘]")   # "wrote up her concluding
#                                                    segment: “...”": the quotation's words, read as a quotation
_SO_THAT = re.compile(r"\b(?:so|such|except|provided)\s+that\s+$", re.I)
_ACTS = {"declared", "declares", "announced", "announces", "unveiled", "unveils"}   # also acts: "declared a mistrial"
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|will|would|can|could|should|may|might|must|has|have|had|do|does|"
                     r"did|won['’]t|isn['’]t|wasn['’]t|[a-z]{3,}ed)\b")
_RESPONSE = re.compile(r"\s*(?:[—–-]\s*)?(?:(?:to|after|upon|at|in)\s+)?which\b")
_WROTE = {"wrote", "writes", "posted", "tweeted", "sent", "released", "issued", "published", "penned"}
# What someone writes or makes, named as a thing (one list: a verb's object here, a work's author below)
_WRITTEN_NOUNS = ("letter|op-ed|book|column|memo|post|tweet|statement|note|report|piece|article|essay|message|"
                  "editorial|story|video|memoir|novel|biography|paper|poem|song|script|screenplay|chapter|foreword|"
                  "review|photo|photograph|picture|image|meme|clip|map|chart|graphic|link|critique|rebuttal|analysis|"
                  "screed|manifesto|profile|obituary|tribute|dissent|opinion|blog|thread|speech")
# Documents that speak ("the report says"); what is written to or about them is no author
_DOCUMENT_NOUNS = ("review|report|cable|letter|memo|memorandum|email|e-mail|message|note|summary|transcript|document|"
                   "filing|complaint|brief|study|analysis|assessment|indictment|lawsuit|petition")
# Things written that speak as a sentence's subject ("The report is expected ...", "The guidance ... includes")
_DOCUMENT_THINGS = (rf"{_DOCUMENT_NOUNS}|statement|ruling|order|survey|poll|resolution|agreement|proposal|editorial|"
                    r"guidance|guidelines|bill|plan|policy|platform|legislation|directive|regulations")
# A document that opens the sentence as its subject, its verb in the present or future: "The guidance for religious
# groups includes providing ... care “...”", "The bill would ..."
_DOCUMENT_WORDS = re.compile(
    rf"[\s“\"]*(?P<speaker>(?:The|This|That|Its|His|Her|Their)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_DOCUMENT_THINGS}))"
    r"(?:\s+(?:for|of|from|by|on)\s+[^,;:“”\"]{1,60}?)?\s+(?:also\s+)?(?:includes|states|says|reads|finds|calls|"
    r"cites|notes|recommends|requires|describes|denounces|highlights|argues|claims|concludes|warns|urges|proposes|"
    r"lists|mentions|adds|accuses|alleges|asserts|contends|declares|demands|details|acknowledges|suggests|chides|"
    r"resolves|would|will)\b[^.;:“”\"]*:?\s*$")         # (its own verb: not "The ruling is also a setback for X";
#                                                          a colon may open the words: "The email lists ... goals:")
# An organisation named by what it is: "the group", "the news outlet", "the union"
_ORG_DESCRIPTION = re.compile(r"[Tt]he\s+(?:(?!(?:other|same|another|second|third|rival|parent|former)\s)"
                              r"[a-z-]+\s+){0,2}"
                              r"(?:(?P<media>(?:news\s+)?outlet|newspaper|paper|network|site|website|platform)|group|"
                              r"organi[sz]ation|union|association|company|firm|agency|coalition|nonprofit|foundation|"
                              r"institute|council|ministry|bureau)")   # "the social media site", "the advocacy group"
#                                                                             (not "the other group")
# An organisation described by the head word of its name: "the court" (the Supreme Court), "the department"
_HEADED_ORG = re.compile(r"[Tt]he\s+(?P<head>court|department|committee|commission|agency|ministry|council|bureau|"
                         r"hospital|university|institute|foundation|board|party|campaign)")
_SMALL_LETTER = re.compile(r"[a-z]")
# A document named as the speaker ("the statement said"), and how its earlier mention names who issued it
# (Reader._document_owner)
_THE_DOCUMENT = re.compile(rf"[Tt]he\s+(?:(?:new|latest|full|joint|final|original|court|written|official|annual|"
                           rf"recent|internal|[\w-]+-page)\s+)?(?P<noun>{_DOCUMENT_THINGS}|release|post|tweet)s?")
# A document its owner's possessive names: "Cruz’s statement", "the first lady’s latest letter", "the Senators’ memo"
_OWNED_DOCUMENT = re.compile(rf"(?P<owner>[^,;:“”\"]{{2,80}}?)(?:[’']s|(?<=s)[’'])\s+(?:(?:new|latest|full|joint|final|"
                             rf"original|written|official|annual|recent|own)\s+)?(?P<noun>{_DOCUMENT_THINGS}|"
                             r"release|post|tweet|testimony)s?")
_OWNER_BEFORE_DOCUMENT = re.compile(r"(?:[’']s?)?\s+(?:(?!(?:in|on|at|to|of|for|with|by|from|a|an|the|and|or|its|his|"
                                    r"her|their|this|that|has|had|have|was|is)\s)[a-z][\w-]*\s+){0,3}")   # (adjectives)
_ISSUED_DOCUMENT = re.compile(r"\s+(?:(?:panel|committee|subcommittee|office|ministry|department|agency|administration|"
                              r"government)\s+)?"
                              r"(?:(?:also|has|have|had|then|later|on\s+\w+|\w+day)\s+)*(?:released|issued|published|"
                              r"put\s+out|sent|filed|wrote|unveiled|posted|signed|submitted|produced|"
                              r"(?:(?:said|says|wrote|announced|added|confirmed|stated|responded)\s+(?:[\w]+\s+){0,3}?)?"
                              r"in)\s+(?:a|an|its|his|her|"
                              r"their|the)\s+(?:[\w-]+\s+){0,3}")
_DOCUMENT_DESCRIBED = re.compile(r",?\s+(?:published|released|issued|written|filed|in|from|by|of|on|about)\b")
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|to|asked)\s+(?:the\s+)?$")
_DOCUMENT_BY = re.compile(r"s?,?\s+(?:(?:released|issued|published|put\s+out|sent|filed|written|signed|prepared|"
                          r"commissioned|compiled|conducted)\s+)?(?:on\s+\w+\s+|\w+day\s+)?(?:by|from)\s+"
                          r"(?:the\s+)?")
_IN_DOCUMENT = re.compile(r"\b[Ii]n\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,3}$")   # "In its report, the X"
_COMMA_THE = re.compile(r",\s+(?:the\s+)?")
# An outlet named as the source of a report: "according to the Post", "reported by The Washington Post", "told the
# Times", "in an interview with CNN"; "TMZ reported", "the Times first reported" (what "the outlet" refers back to)
_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|(?:reported|published|revealed|obtained)\s+by|told|(?:interview|"
                            r"conversation)\s+with|spoke\s+(?:to|with))\s+(?:the\s+)?$", re.I)
_SOURCE_AFTER = re.compile(r"[’']?\s+(?:(?:first|also|later|previously|earlier|initially)\s+)?(?:reported|reports|"
                           r"revealed|reveals|published|publishes|wrote|writes|obtained|broke)\b")
_NOT_MEDIA = re.compile(r"\b(?:House|Senate|Congress|Assembly|Legislature|University|College|Association|Institute|"
                        r"Department|Committee|Council|Court|Party)\b")
# What may come before a sentence's subject: "In a statement, the", "But"
# An organisation named after the words it said, as their speaker: "The halt won't start until January, Boeing
# said Monday."
_SAID_LAST = re.compile(r"[,”\"]\s*$")
_ORG_SAID = re.compile(r"\s+(?:also\s+)?(?:said|says|announced|added|stated|reported)\b")
_SUBJECT_OPENS = re.compile(r"[\s“\"‘']*(?:(?:And|But|Yet|So|Meanwhile|Instead)\b,?\s*)?(?:(?:In|On|At|After|Later|"
                            r"Earlier|Following|During|Despite|Amid|Since|Before|Under|With)\b[^,;:“”\"]{0,60},\s*)?"
                            r"(?:[Tt]he\s+)?")     # (not "(CNN) ISIS has claimed"); "Following Caraway’s remarks, the
#                                                  NRA said"
# A sentence that goes on from the one before with a conjunction, then quotes: "But the “planning thesis took ...”"
_JOINED_ON = re.compile(r"[\s“\"‘'(]*(?:But|And|Yet|Still|Indeed|Instead)\b,?\s+(?:(?:the|a|an|this|that|its|his|her|"
                        r"their)\s+)?")
# "wrote a letter to ...", "tweeted a video of ...": what was written, then no verb of its own
_WRITTEN_OBJECT = re.compile(rf"(?:a|an|the|his|her|their|its|this)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_WRITTEN_NOUNS})s?"
                             r"(?=\s+(?:to|for|in|on|of|about|that|which|with|urging|warning|calling|saying|asking|"
                             r"headlined|titled|entitled|called)\b|"
                             r"\s*[,.;:]|\s*$|\s*[“\"‘])")        # "wrote the book “Game Over: ...”": its title
_PREPOSITIONS = {"in", "on", "at", "with", "from", "during", "after", "before", "for", "to", "by", "as"}
# Whom "told" addresses: "his aides", "the officer", "a group of 20 conservative media reporters" (a few lower-case
# words, then "of" and a few more, not where the words said begin: "told his aides the memo would ..."; not "her",
# also an object: "told her more were on the way")
# Words that open a subject, where the words said begin: "told the officer he was leaving"
_SUBJECT_START = r"(?:he|she|it|they|we|i|you|the|a|an|that|this|there|his|her|their|its|my|our|your)"
_LISTENER_WORD = (rf"(?!(?:{_SUBJECT_START[3:-1]}|these|those|if|when|what|how|why|about|of|on|in|at|to|for|with|"
                  r"more|most|some|all|many|much|no|not)\b)[a-z0-9][\w'’,-]*\s+")
_LISTENER_NP = (rf"(?:the|an?|his|their|our|my|your|its)\s+(?:{_LISTENER_WORD}){{1,3}}"
                rf"(?:of\s+(?:about\s+|nearly\s+|more\s+than\s+)?(?:{_LISTENER_WORD}){{1,5}})?")
# Where the words said do not begin: a preposition, a participle or a quotation mark after the listener ("told a
# small gathering in Boca Raton, Florida, that ...", "told a raucous crowd chanting “Bernie” that ...")
_NOT_WORDS_YET = re.compile(r"(?:(?:in|on|at|with|from|during|after|before|for|to|by|as|via|about|outside|inside)\s|"
                            r"[a-z]+ing\s|[“\"])")
# The "that" that opens the words after a phrase of where or when: "in his sermon on Friday that", "in Boca Raton,
# Florida, that" (a comma only before a capitalised word or "that", and none after a "by": "denied the allegations,
# reported by the Washington Post last week, that ...": the Post's)
_THAT_AFTER = re.compile(r"(?:[^\s,]+\s+){1,8}?that\s+|(?!(?:\S+\s+){0,7}?by\s)"
                         r"(?:[^\s,]+(?:,(?=\s+(?:[A-Z]|that\s)))?\s+){1,8}?that\s+")
# ... and, stricter, for a verb that needs "that" (not "noted the bill's provisions that"): a phrase opened by a
# preposition first ("insisted in a series of tweets that": the words after "that"; not "in that article")
_WHERE_THAT = re.compile(r"\s+(?:in|on|at|during)\s+(?:[^\s,.;:“”\"]+\s+){1,7}?(?<!\bbefore\s)(?<!\bafter\s)"
                         r"(?<!\bso\s)that\s")
# "a 2005 “Access Hollywood” tape"; "What “meeting with [Susan] Rice” is he referring to?"
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Aa]n?|"
                                r"[Ww]hat|[Ww]hich)(?:\s+so-called|\s+\d{4})?\s*$")
_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]+)\b(?![’']s)")
_SAID_NEAR = re.compile(rf"\b(?:{_SAY}|call(?:s|ed|ing)?|dubb(?:ed|ing)|term(?:s|ed|ing)?)\b")
_LOOSE_SAY = re.compile(rf"\b(?P<verb>{'|'.join(_AS_VERB.get(v, v) for v in MORE_SAY)})\b")
_THING = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*")
# A verb of saying that is also a noun, after a determiner and up to one adjective: "led a short chant", "his notes"
# (but "the report notes" is a verb)
_DETERMINER_BEFORE_NOUN = re.compile(r"\b(?:a|an|the|his|her|their|its|our|my|your|this|of)\s+(?:(?:short|long|"
                                     r"brief|new|recent|angry|lengthy|loud|final|latest|first|last|old|famous|popular|"
                                     r"similar|false|baseless|unfounded|repeated|"
                                     r"common)\s+)?$")              # ("the old saying — ...: “...”": a saying;
#                                                                     "in a series of tweets that": tweets)
_TO_BEFORE = re.compile(r"\bto\s+$")                    # "the decision to admit girls": no statement
# A paragraph that opens with its speaker's name and a colon, as transcripts write turns: "AMY GOODMAN: ...",
# "Lemon: ..."; not a label such as "UPDATE:" or "Related:"
_TURN = re.compile(r"(?m)^[ \t]*(?P<speaker>(?:[A-Z][A-Z.'’-]*\s){0,3}[A-Z][A-Z.'’-]+|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
                   r":[ \t]+(?=\S)")
_ENDS_WORDS = ".!?\"”’'…)—-:;,"                        # what ends a turn's words (a heading ends on none)
_NOT_TURNS = {"Note", "Update", "Updated", "Related", "Watch", "Read", "Photo", "Photos", "Video", "Correction",
              "Source", "Sources", "Editor", "Editors", "Advertisement", "More", "See", "Also", "Listen", "Share",
              "Subscribe", "Click", "Image", "Images", "Caption", "Credit", "Credits", "Reporting", "Editing",
              "Disclosure", "Q", "A", "Warning", "Sign", "Follow", "Contact", "Email", "Tags", "Topics", "Filed",
              "Previously", "Background", "Bottom Line", "Why", "What", "How", "Who", "When", "Where", "Pictured",
              "Breaking", "Exclusive", "Analysis", "Opinion", "Editorial", "Story", "Summary", "Transcript"}
_SECTION_WORDS = {"The", "Other", "Watch", "Investigations", "Facts", "News", "Report", "Reports", "Begin", "End",
                  "Clip", "Part", "Chapter", "Section", "Today", "This", "Week", "Day", "Live", "Quick", "Top"}
_NO_ONE = {"no", "nobody", "none", "neither", "not", "why", "how", "maybe", "perhaps", "however", "whether", "anyone",
           "anybody"}        # (and "nothing that anyone in the administration has said that indicates ...": unsaid)
_NOUNLIKE = {"chant", "chants", "read", "claim", "claims", "reply", "replies", "vow", "vows", "joke", "jokes", "quip",
             "quips", "note", "notes", "counters", "tweet", "tweets", "post", "posts", "remarks", "warning", "warnings",
             "saying"}                                          # "You know the old saying — ...: “...”"


def _noun_use(text: str, verb: str, at: int) -> bool:
    """Whether the verb of saying at ``at`` is a noun: "a short chant", "his notes"."""
    return verb in _NOUNLIKE and _DETERMINER_BEFORE_NOUN.search(text, max(0, at - 30), at) is not None


_ANY_SAY = re.compile(rf"\b(?P<verb>{_SAY})\b")
_FRONTED = re.compile(r"\s*(?:(?:Shortly|Soon|Just|Long|Right|Even)\s+)?(?:After|Before|When|While|As|Since|Although|"
                      r"Though|If|Because|Once|Until|Despite|Following)\b", re.I)
_CLAUSE_START = re.compile(r"(?:,\s+(?:when|while|whereas|as|and|but|after|because)|;)\s+(?=[^,;]*$)", re.I)
_OF_BEFORE = re.compile(r"\b(?:of|for|from|at)\s+(?:the\s+)?$", re.I)
_AND_OWNER = re.compile(r",?\s+(?:and|&)\s+(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.-]*[’'](?:s\b)?")   # "and Schaffner’s"
_THE_ONLY = re.compile(r"(?:[Tt]he\s+)?")
_AND_THE = re.compile(r",?\s+(?:and|&)\s+(?:the\s+)?")
_JOINED = re.compile(r",?\s+(?:and|&)\s+(?:(?:[A-Z][\w.]*|[a-z]+)\s+){0,2}")
_JOINED_TITLED = re.compile(r",?\s+and\s+(?:(?:[A-Z][\w.]*|[a-z]+)\s+){0,4}")   # "Barr and Deputy Attorney
#                                                                          General X": a person first, titles after
_DESCRIBED = re.compile(r"(?P<np>(?:The|An?|Another)\s+(?:(?![a-z]+s\s)[\w’'-]+\s+){0,3}?(?P<head>[a-z][a-z-]+)"
                        r"(?:\s+(?:[a-z]+ing\s+)?(?:for|of|at|with|from)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?"
                        r"[\w’'.-]+)?)"    # ("A contractor working with the DES call center, who asked ...")
                        r"(?=,|\s+(?:(?:[a-z]+ly|later|then|still|once|now|just|first|again|soon|who|which)\s+)?"
                        r"(?:said|says|told|was|is|had|has|would|will|did|could|never|also|[a-z]+ed)\b)")
#     (an adverb or a relative pronoun before the verb, not a noun: "A former employee answered it", not "A former")
# A description's head that tells a pronoun ("A white man said ... . She told him": not the man)
# A sentence that opens with a quotation said by a person described, not named: "“...,” said the aide, who ..."
_QUOTE_SAID_BY = re.compile(r"[“\"]?[^“”\"]*[”\"]\s*(?:said|says|added|explained|told\s+\w+)\s+(?P<np>(?:the|an?)\s+"
                            r"(?:(?![a-z]+s\s)[\w’'-]+\s+){0,3}?(?P<head>[a-z][a-z-]+))(?=[,.])")
_PRONOUN_FIRST = re.compile(r"(?:[“\"][^”\"]*[”\"]\s*|(?:If|When|After|Before|Although|Though|While|Because|As|"
                            r"Once)\s+)?(?:[Hh]e|[Ss]he)\b")
_NAME_APPOSITIVE = re.compile(r",\s+[A-Z]")
_NAME = re.compile(r"(?:[A-Z][\w-]+\s+)+(?:(?:al|as|el|bin|ibn)-\s*)?[A-Z][\w-]+")
_PLURAL_TAIL = ("say", "argue", "warn", "insist", "contend", "note", "agree")   # the plural: "..., officials say."
#                                                     (not "claim", a noun; "note" only after a plural: "analysts note",
#                                                     not "his note", "a positive note", nor ", note X's broadcast")
_PLURAL_NOTE = r"(?<=[a-z]s\s)(?<!\b[hH]is\s)(?<![tT]his\s)(?<!\bits\s)note|(?<=\bthey\s)note"
_TAIL_WORDS = ("said|says|added|adds|reported|announced|noted|notes|claimed|stated|wrote|writes|warned|warns|"
               "explained|explains|tweeted|insisted|insists|argued|argues|pointed\\s+out|points\\s+out|observed|"
               "remarked|recalled|recalls|testified|acknowledged|conceded|cautioned|stressed|emphasized|suggested|"
               "predicted|countered|contended|recounted|replied|replies|reports|concluded|concludes|" +
               "|".join(_PLURAL_TAIL))                   # the verbs that end an attribution, as words
_TAIL_SAY = "|".join(_PLURAL_NOTE if v == "note" else v for v in _TAIL_WORDS.split("|"))   # ... as a pattern
_TAIL_VERB = rf"(?:{_TAIL_SAY})(?!\s+up\b)(?!(?<=reports)\s+(?!the\s)[a-z])"   # not "adds up to about 20 cents", not
#                                                                             "reports last week showed": nouns
_PRONOUN_TAIL = re.compile(rf"(?:he|she)\s+(?:\w+ly\s+)?{_TAIL_VERB}\b[^.;:!?“”\"\n]{{0,60}}(?:[.!?](?:\s|$)|$)",
                           re.I | re.M)
_COMMA_BEFORE = re.compile(r"[,”\"’]\s*$")
_THAT_WITHIN = re.compile(r"(?:[^\s,]+\s+){2,8}?that\s+")      # "in a letter to Congress that " (not "in that")
_NAME_THEN_ASIDE = re.compile(rf"[’']?s?,\s*(?P<p>he|she)\s+(?:\w+ly\s+)?{_TAIL_VERB}\b")
_CLOSING_PRONOUN = re.compile(rf",\s+(?P<p>he|she)\s+(?:\w+ly\s+)?{_TAIL_VERB}\b[^.;:!?“”\"\n,]{{0,40}}[.!?]?\s*$")
# The first word of each verb of saying, for skipping the patterns that need one in a sentence that has none (most
# sentences): each pattern reads its verb as a whole run of word characters, so the set test is exact
_WORD_RUN = re.compile(r"\w+")
_SAY_FIRST = frozenset(v.split()[0] for v in SAY)
_TELLING = frozenset({"told", "tells", "tell"})                # the verbs whose listener comes before the words
_TAIL_FIRST = frozenset(v.split("\\s+")[0] for v in _TAIL_WORDS.split("|")) | _TELLING
_NOT_SPEAKER_START = _NO_ONE | {"only", "just", "even", "what", "where", "much", "more", "less",   # after the verb
                                 "if", "whether", "unless", "because", "although", "though", "once", "while"}
#                                  ("said if the surveillance happened ..., it has larger implications": no speaker)
# A quotation that is a paragraph of its own, signed by a name and maybe an affiliation (a roundup of views):
# “...” Sarah Kliff, Vox / “...” — Jonathan Chait, New York magazine
# "— Jonathan Chait", "Ken White", "— Editorial" (one word after a dash)
_SIGNER = (r"(?:[—–―-]+\s*(?=[A-Z])|(?=(?:[A-Z][\w'’.-]*\s+){1,5}[A-Z]))"
           r"(?P<speaker>(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’-]*(?:\s+and\s+(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]*)?)")
# (two authors: "Martha Ross and Nicole Bateman, Brookings Institution Blog")
# A quotation that opens its paragraph, signed after a dash on its line, whatever follows the name: "“...,” – Sen.
# Jeff Merkley, D-Ore., describing the briefing", "“...” — Tendayi Kapfidze, chief economist at LendingTree, on why
# ...", "“...” - Andy Lack in network-wide memo on Oct. 9", "“...” — FISA memo" (not a credit: "— With assistance by");
# a description and a name after it: the name
_DASH_SIGNED = re.compile(r"(?:[^\S\n]*[—–―]+|[^\S\n]+--?)[^\S\n]*(?!(?:With|Follow|Reporting|Additional|Editing|"
                          r"Compiled|Written|Photo|Image|Source|Read|Watch|See)\b)(?P<speaker>[A-Z][^,;:(\n“”\"]*?)"
                          r"(?=\s*(?:[,;:(\n]|$)|\s+(?:in|on|at|to|during|via|from|after|before|when)\s|[.!?]\s*$)"
                          r"(?:,\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*(?:[,(]|$))?")
_SIGNED = re.compile(rf"\s*(?![^\n]*\s(?:{_SAY})\.?\s*$){_SIGNER}(?:(?:,\s+|\s+of\s+)(?P<org>[^“”\"\n.!?]{{1,60}}))?"
                     r"\.?\s*$")
#                     (not "“...?” Rep. Mike Rogers, chairman of the committee, said.": a signature has no verb)
# Nouns in -ing that speak after a determiner: "“...,” the court filing says"
_ING_NOUNS = {"filing", "filings", "ruling", "rulings", "briefing", "hearing", "finding", "findings", "warning",
              "posting", "recording", "listing", "opening", "proceeding", "proceedings", "meeting", "building",
              "thinking", "planning", "reasoning", "polling", "reporting", "funding", "spending", "wording"}
_OWNERS = {"his", "her", "their", "its", "our", "my", "your"}
_SOME = {"some", "others", "many", "several", "most"}          # "Some said the president was “...”": they speak
_EDITORS = {"editorial", "editorial board", "the editorial board", "editors", "the editors", "editorial staff"}
# The main clause's subject, a description of someone after a clause put first: "the presumptive GOP nominee dove"
_ROLE_SUBJECT = re.compile(r"(?P<np>(?:the|a|an|The|A|An)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][a-z-]+))\s+"
                           r"(?:[a-z]+ly\s+)?(?!(?:that|who|whom|which|of|in|on|at|for|with|and|or|to|from|by)\b)"
                           r"[a-z]{2,}\b")                                    # (its verb: "dove", "said", "was")
_SAYING_PARTICIPLE = re.compile(rf",\s+(?:{_SAYING_ING}|telling\s+\w+)\b")
_CLAUSE_OPENER = re.compile(r"[\s“\"]*(?:(?:And|But|Yet|So),?\s+(?:when|after|before|while|although|though|because|"
                            r"if|since|as|once|until)|(?:Shortly|Soon|Just|Right|Long|Even|Only|Moments|Minutes|Hours|"
                            r"Days|Weeks|Months|Years)\s+(?:after|before|since|when|as|while)|"   # "Shortly after the
                            #                                                         news about De Niro's ... broke,"
                            r"Asked|When|After|Before|While|Although|Though|Because|If|Since|"
                            r"As|Once|Until|Where|Whereas|Unlike|(?:In|During)\s+(?=(?:an?|the|his|her|their|its)\s)|"
                            r"[A-Z][a-z]+(?:ing|ed)\b(?=\s)(?!(?:\s+(?:[A-Z][\w.'’-]*|of|the|and))+,))\b"
                            r"(?:(?:[^,;:—–]|(?<=\S)[—–](?=\S)){0,120},"
                            r"(?:(?<=[A-Za-z],)\s+(?:a|an|the)\s(?![^,]*\b(?:said|says|told)\b)[^,;:—–“”\"]{1,100},"
                            r"\s+(?!(?:a|an|the)\s)[a-z][^,;:—–“”\"]{0,119},)?"  # "When Michael Anton, a writer ...,
                            #                                                    went to work for X," (a verb)
                            r"|[^,;:—–]{0,120}\s[—–][^,;:—–]{1,80}[—–])\s*")
#   "And though the president has called it ..., Tillerson said": Tillerson (and "And as Trump confronted O’Rourke at
#   a rally on an issue central to both — immigration and the border wall — O’Rourke seized ...": O’Rourke; a dash
#   inside a word is no aside: "When Alexander–Murray was introduced,"); but a word in -ing or -ed that opens a run of
#   capitalised words up to the comma is a title or a name, not a clause: "Incoming Senate Majority Leader Mitch
#   McConnell, R-Ky., ... urged", "Fred Hiatt, ..."
_TWEET_SIGNED = re.compile(r"\s*(?:(?:[^\W\d_][\w'’-]*\s+){1,4}(?=pic\.twitter\.com|https?://))?"  # "NYC explosion pic"
                           r"(?:(?:pic\.twitter\.com|https?://)\S*\s*)*[—–―-]+\s*(?P<speaker>[^()@\n—–“”\"]{2,60}?)"
                           r"\s*\(@\w{1,15}\)")
# A tweet embedded in the page and saved as text: its words, links, then "— Name (@handle) Month D, YYYY"
_PLAIN_TWEET = re.compile(r"\s*(?P<body>(?=[^\n“”\"]*?[^\W_])[^\n“”\"]*?)(?:\s+(?:pic\.twitter\.com|https?://)\S*)*\s+[—–―]+\s*"
                          r"(?P<speaker>[^()@\n—–“”\"]{2,60}?)\s*\(@\w{1,15}\)\s+(?:January|February|March|April|May|"
                          r"June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\s*")
_RETWEET = re.compile(r"\s*(?:RT\s+@\w+:?\s*)?")       # "RT @USUN: “...” — Nikki Haley (@nikkihaley)": hers
_SIGNATURE_LINE = re.compile(                                                   # a line of its own
    rf"{_SIGNER},\s+(?P<org>(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){{0,4}})\.?")
_ACCORDING_AFTER = re.compile(rf"\s*,?\s*(?P<verb>according\s+to|in\s+the\s+words\s+of)\s+"
                              rf"(?P<source>(?:{ABBREVIATION}|[^,.;()“”\"])+?)\s*(?:\([^()“”\"]{{1,120}}\)\s*)?"
                              r"(?:[,.;]|\s[-—–]\s|$)")   # (up to a dash: "..., according to the New York Times -
#                                                         says that staff have")
#   (an aside in brackets after the source: "the Australian Crime Commission (now folded into ...)." is its name)
# "..., police said." / "..., said Mayor Lori Lightfoot." / "..., he told X in an interview."; two appositives and two
# place phrases at most: "..., said Bob Vander Plaats, chief executive officer of The Family Leader, an Iowa-based
# coalition.", "..., Pence said during a January 15 appearance on CBS’s Face the Nation."
_TAIL = re.compile(
    rf"(?:,|\s[—–])[\"”’']?\s+(?:(?P<verb>{_TAIL_VERB})\s+(?P<speaker>{_NP})(?P<app>(?:,\s+[^,“”\"]{{1,120}}?){{1,2}})?|"
    rf"(?!(?:of|in|at|from|for|with|on|to|by)\s)(?P<speaker2>{_NP})(?P<app2>,\s+[^,“”\"]{{1,80}}?,)?{PARTY_TAG}?\s+"
    rf"(?:(?P<verb2>{_TAIL_VERB})|"
    rf"(?:(?:has|had|have)\s+)?(?P<told>told|tells)\s+(?:me|us|him|her|them|reporters|journalists|"
    rf"(?:[A-Z][\w'’-]*\s+)?(?:investigators|lawmakers|officials|prosecutors|senators|members|employees|"
    rf"colleagues|staff|staffers|aides)|"                                                     # "his lawyer has
    #                                                                  told Democratic investigators."
    rf"(?:the|a|an|his|their|its|our)\s+[\w'’-]+(?:\s+(?!{_SUBJECT_START}\b)[\w'’-]+){{0,3}}|"   # "told his radio
    #                                       audience Monday" (not "told the officer he was leaving": what was told)
    rf"[“\"]?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}[”\"]?)))"   # (a programme too: told “Tucker Carlson Tonight”)
    rf"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:{_DAYS})(?:\s+(?:night|morning|afternoon|evening))?|"
    r"\s+(?:last|this|earlier\s+this|later\s+this)\s+(?:week|month|year|morning|afternoon|evening))?"   # "late Friday"
    rf"(?:\s+(?:in|on|at|during|after|via|through|following|amid|before|outside)(?:\s+[\w'’.-]+){{1,5}}"
    r"(?:\s+[“\"][^“”\"]{1,40}[”\"])?){0,2}"             # "said on Newsmax TV's “America's Forum.”": a programme
    rf"(?:,?\s+without\s+(?:giving|providing|offering|elaborating|citing)(?:\s+[\w'’.-]+){{0,4}})?"   # "the army
    #                                                                          said without giving further details."
    r"(?:\s+\((?!(?:though|although|but|and|which|who|because|while|even|if|as)\b)[^()]{1,100}\))?"   # "..., the GAO
    r"\s*[.!?]?\s*$")                               # said (Climatewire, March 29, 2017.)": the citation of its source
# A verb right after "said that": "that" is the subject of what was said ("He says that wouldn't be enough")
_THAT_SUBJECT = re.compile(r"(?:would|wouldn[’']t|will|won[’']t|is|isn[’']t|was|wasn[’']t|could|couldn[’']t|can[’']t|"
                           r"should|shouldn[’']t|may|might|must|has|hasn[’']t|had|hadn[’']t|does|doesn[’']t|did|"
                           r"didn[’']t)\s")
# Role nouns of bodies, never "he" or "she"
_BODIES = frozenset({"government", "administration", "city", "state", "county", "country", "company", "campaign",
                     "committee", "agency", "department", "office", "group", "court", "ministry", "council", "team",
                     "party", "board", "police", "military", "army", "navy", "embassy", "regime", "union", "firm"})
# An aside between two dashes: "several conservative leaders — including Alfonso Aguilar, ...; and Grover Norquist —"
_DASH_PAIR = re.compile(r"\s+[—–]\s+[^—–“”\"]{1,400}?\s+[—–]\s+")
# A statement reported with "that" before a colon: its own words, before the quotation the colon introduces
_SAID_THAT_CLAUSE = re.compile(rf"\b(?:{_SAY})\s+that\s+"
                               r"(?:[^\s:“”\"]+\s+){4}")
# ... or a clause with a finite verb of its own: "Kelly ... said Israel’s return to the pre-1967 borders would be a
# mortal mistake, asserting:" (not "said in a statement on Monday:")
_SAID_CLAUSE = re.compile(rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)\b(?:{_SAY})\s+"
                          rf"(?!(?:that|about|of|on|in|to|with|for|{_DAYS}|yesterday|today|tonight)\b)"
                          r"(?:[^\s:“”\",]+\s+){1,12}?(?:is|are|was|were|would|will|could|should|can|has|have|had)\s")
# An attribution set off by commas inside the statement: "Sulzberger, said Goodwin, should use ...",
# "The plan, the mayor said on Monday, will cost ...", "..., Schiff told Lawfare, ..." ("according to" is read apart,
# sources.ACCORDING)
_ASIDE = re.compile(
    rf",\s+(?:(?P<verb>{_TAIL_VERB})\s+(?P<speaker>{_NP})|(?P<speaker2>{_NP})\s+(?P<verb2>{_TAIL_VERB}|told|tells?)"
    rf"(?:(?:(?<=told)|(?<=tell)|(?<=tells))\s+"
    rf"(?:(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){{0,3}}|reporters|me|us))?"
    rf"(?:\s+(?:on\s+)?(?:{_DAYS}|(?:last|this)\s+(?:week|month|year|morning|night)))?"
    rf"(?:\s+(?:in|on|at|during|after|via|through)(?:\s+[\w'’.-]+){{1,6}})?)"
    rf",\s+(?=\S+\s+\S)")
_NAMED_THEN_APPOSITIVE = re.compile(r"[\s“\"]*(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]*,\s+(?:a|an|the)\s")
_QUOTE_MARK = re.compile(r"[“”\"]")
_SAID_CAPITAL = re.compile(r"\s*(Said|Says|Added|Adds|Told|Wrote|Writes)\s")   # after a quotation ending in a comma
_LINKING_ADVERBS = {"instead", "then", "also", "later", "again", "still", "thus", "therefore", "meanwhile", "however"}
_SENTENCE_ENDS = re.compile(r"[.!?:]\s*$")
_CONTRAST = "while|whereas|although|though"      # words that open a clause set against the main one
_CONTRASTING = re.compile(rf"(?:{_CONTRAST})\s", re.I)
_CLAUSE_OPENS = re.compile(rf"(?:but|and|yet|{_CONTRAST})\s", re.I)   # a new clause after the words
# ", Vice Adm. Jim Syring,": a name of two words at least (not "..., author of Drug Dealer, MD,")
_NAMED_APPOSITIVE = re.compile(rf",\s+(?P<name>{NAME_WORDS}\s+[A-Z][\w'’.-]*)(?=,|$)")
# A statement opened by its attribution: "As Mr. Reid noted on the floor, half of all filibusters ...", "As the
# senator put it last week, the deal is dead" (the clause after the comma is the statement)
_AS_SAID = re.compile(rf"[\s(]*(?:(?:But|And|Yet|So|Still),?\s+)?(?:As|Like)\s+(?P<speaker>[^,;:“”\"()]{{2,60}}?)\s+"
                      rf"(?:(?:has|had|have)\s+)?(?:(?:also|often|repeatedly|previously|rightly|once|famously)\s+)?"
                      rf"(?P<verb>{_TAIL_SAY}|put\s+it)\b(?P<when>[^,;:“”\"]{{0,50}}),\s+(?P<rest>\S.+)$")
_GOES_ON = re.compile(r"(?:and|but|or|especially|for|when|like|though|although|which|while|despite|as|in|to|with)\b",
                      re.I)                          # what follows a clause, never the rest of a statement
_AFTER_NAME = re.compile(r"\s+(?:in|on|at|during|after|before|when|while|via|through|as)\s+.*$")
_ADVERB = re.compile(r"[a-z]{3,}(?:ively|ously|edly|ingly|fully|ently|antly|ately|ally|ntly|ctly|arly|etly|ckly|ghly|"
                     r"nkly|rply|rtly|dly|ssly)")   # "clearly", "quickly", "quietly", "bluntly", "sharply", "loudly"
# Words between a speaker and its verb of saying: "Comedians have long complained", "she has also said"
_AUXILIARY = {"has", "have", "had", "also", "long", "still", "already", "repeatedly", "previously", "often", "never",
              "always", "once", "later", "recently", "further", "since", "then", "now", "again", "first", "publicly",
              "himself", "herself", "themselves", "itself", "even", "really", "openly", "actually", "simply", "just",
              "earlier", "initially", "originally", "subsequently", "separately", "privately", "personally", "briefly"}
# A phrase that opens a sentence before its subject: "During his address, Kim said", "In earlier posts, he",
# "In Chicago, several thousand people": one pattern for the speaker, the pronoun's turn and the subject of "they"
_LEAD_WORDS = (r"In|On|At|After|Before|During|Since|For|With|Over|Last|Earlier|Later|Speaking|Asked|Outside|Across|"
               r"Near|Inside")                                 # what opens a lead phrase before a sentence's subject
_LEAD_PHRASE = rf"(?:(?:{_LEAD_WORDS})\b[^,.;:“”\"]{{1,60}},\s+)"
_SENTENCE_SAYS = re.compile(rf"\s*(?:(?:But|And|Yet|So),?\s+)?(?:{_LEAD_PHRASE}|(?i:after|when|while|once|although|"
                            rf"though|because|as|if|unless|until|before|since)\b[^,.;:“”\"]{{1,60}},\s+)?(?P<speaker>{_NP})(?<!s[’'])(?<![’']s)\s+"
                            rf"(?P<verb>{_SAY})\b"
                            r"(?!\s*[,.;:!?]*\s*$)")           # "But after footage was released, one officer told"
# Someone else's saying reported in a clause of the statement after the sentence's own: ", but that Mr Trump said"
_BUT_THAT_SAID = re.compile(rf",?\s+(?:but|and)\s+that\s+(?P<speaker>{_NP})\s+(?P<verb>{_SAY})\b(?=[^,;“”\"]*[“\"‘]?$)")
# What a pronoun's antecedent and a sentence's subject are read with (_Reader._antecedent, _Reader.paragraph)
_AND_NAME = re.compile(r"\s+and\s+(?:(?!(?:his|her|their|its)\b)[a-z][\w-]*\s+){0,3}[A-Z]")   # (see _NAME_AND)
# one of two people named together, subject of a plural verb ("Michael Flynn and short-lived campaign manager Paul
# Manafort were shown the door")
_NAME_AND = re.compile(r"\b[A-Z][\w.'’-]*,?\s+and\s+(?:(?!(?:his|her|their|its)\b)[a-z][\w-]*\s+){0,3}$")
_OPENS = re.compile(r"(?:^|[:;—])[^,:;—]*$")                      # no clause before it: "After meeting Kim, he"
_LISTENER_BETWEEN = re.compile(r"\b(?:asked|pressed|questioned)\b|\bwhom?\s*$")   # "Gupta asked Jackson
#                                             whether ..., to which he replied": the one asked; "a figure who he says"
_LEAD_OPENS = re.compile(rf"[\s“\"]*(?:(?:But|And|Yet|So|Then),?\s+)?{_LEAD_PHRASE}(?:(?!(?:whether|that|if|and|or|"
                         r"asked|told|said|says)\b)(?![a-z]+ed\s)[^,:;—\s]+\s+){0,6}")  # "In March, X ... when he"
_AFTER_PREPOSITION = re.compile(r"\b(?:of|with|to|for|by|about|after|before|against|in|at|on|from|than|like|near|"
                                r"since|during|until|meeting|met|called|told|asked)\s+(?:the\s+|[A-Z][\w.&-]*[’']s\s+)?$",
                                re.I)
_AFTER_PARTICIPLE = re.compile(r"\b[a-z]{2,}ing\s+(?:the\s+)?$")    # "Then addressing Trump by name, he said"
# The same pronoun earlier in a name's clause is that clause's subject, another person: "he launched into a tirade
# against the judge" (Chomsky's principle C)
_PRONOUN_IN_CLAUSE = re.compile(r"\b(?P<p>[Hh]e|[Ss]he)\b[^,;:“”\"()—–]*$")
_TOLD_BY_PRONOUN = re.compile(r"\b(?P<p>[Hh]e|[Ss]he)\s+(?:\w+\s+)?(?:told|asked|thanked|interrupted)\s+"
                              r"(?:(?!that\b)[\w.&’'-]+\s+){0,4}$|\b(?P<p2>[Hh]e|[Ss]he)\s+(?:\w+,?\s+){1,2}?"
                              r"(?:tweeting|writing|replying|responding|speaking|talking)\s+(?:at|to)\s+"
                              r"(?:[\w.&’'-]+\s+){0,4}$")   # ("“...,” he began, tweeting at Fox News' Sean Hannity")
_DETERMINER_FIRST = re.compile(r"(?:(?:an?|the|one|two|three|four|five|six|several|some|many|multiple|numerous|"
                               r"another|other|former)\s|ex-)", re.I)
_MEMBER_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?P<noun>[a-z][\w-]+)\b")
_GROUP_AND_NAME = re.compile(r"(?:(?![a-z]+ed\b)[\w’'-]+\s+){0,3}[a-z]{3,}s\s+and\s+"
                             r"(?P<name>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+)")   # "Democratic lawmakers and X"
_MEMBER_OF = re.compile(r"(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?(?P<head>[A-Za-z]+)\s+(?:on|of|at|in|from)\s+"
                        r"(?:the\s+)?", re.I)
_LOOSELY_TIED = re.compile(r"\b(?:aligned|allied|close|linked|tied|sympathetic|friendly|connected)\s+(?:with|to)\s+"
                           r"(?:the\s+)?$")
_SPEAKS_FOR = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "representative", "envoy",
               "ambassador", "diplomat", "official", "officer", "commander", "leader", "chief", "ministry", "embassy",
               "statement", "office", "tracker", "tally"}       # ("the Associated Press delegate tracker": AP's)
# a country's name before lower-case words is a modifier ("American foreign policy experts"), adverbs aside
_PEOPLE_OF = re.compile(r"(?:[’']s?)?(?!\s+(?:and|or)\b)(?P<words>(?:\s+[a-z][\w-]*)+)")
# a sentence's first word before a comma that names no one: "True, ...", "Still, ...", "Ultimately, ..."
_OPENING_WORDS = (r"Yes|No|True|Sure|Indeed|Still|Well|Granted|Instead|Now|So|Yet|Again|Today|Yesterday|Overall|Also|"
                  r"Besides|Plus|Otherwise|Later|Meanwhile|However|Finally|Then|Nonetheless|Nevertheless|[A-Z][a-z]+ly")
_SENTENCE_ADVERBS = (r"later|also|again|then|now|still|too|soon|nevertheless|nonetheless|however|meanwhile|likewise|"
                     r"similarly|separately|subsequently|additionally|ultimately|eventually|finally|instead")
_ADVERBS_AT_END = re.compile(rf"(?:\s+(?:{_SENTENCE_ADVERBS}|[a-z]+ly))+$")
_ADVERB_AT_END = re.compile(rf"(?<=\w)\s+(?:{_SENTENCE_ADVERBS})$")      # "he nevertheless" (not "-ly": "the family")
_STATE_VOICE = re.compile(r"\b(?:officials?|presidents?|premier|ministers?|chancellor|king|monarch|prosecutors?|"
                          r"attorney\s+general|police|generals?|spokes(?:man|woman|person|people|men|women)|government|ministry|ministries|"
                          r"embassy|embassies|authorities|authority|diplomats?|envoys?|ambassadors?|delegation|"
                          r"leaders?|leadership|administration|military|army|navy|forces|command|commanders?|"
                          r"negotiators?|officers?|state\s+(?:media|television|tv|news\s+agency|radio)|"
                          r"intelligence|regime|presidency|cabinet|mission|consulate|declaration|statement|"
                          r"announcement)\s*$")
_DESCRIBED_FIRST = re.compile(r"[\s“\"]*(?:The|An?|Another|(?!(?:But|And|Or|So|Yet|Then|Still|Now|When|While|After|"
                              r"Before|Meanwhile|However|Instead|Later|Earlier)\s)(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*"
                              r"[’']s)\s+"
                              r"[^,;:“”\"]{1,50},\s*")      # "The pastor, X,", "Daniel Stein's nephew, Steven Halle,"
_PHOTO_BY = re.compile(r"\b(?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Cc]redit|[Pp]ictured)\s*(?:by|:)?\s*$")
_TWEET_HANDLE = re.compile(r"\s*\(@\w+\)")   # "— Matthew Yglesias (@mattyglesias) October 7, 2016": a tweet's writer
_WITH_ING = re.compile(r"\bwith\s+(?P<speaker>[^,;:“”\"]{2,60}?)\s+(?P<verb>saying|explaining|adding|noting|arguing|"
                       r"insisting|warning|writing|declaring|claiming|remarking|observing|telling\s+\w+)\s*[,:]?\s*$")
_ASIDE_VERBS = (r"said|says|added|adds|argued|argues|wrote|writes|noted|notes|insisted|insists|warned|warns|explained|"
                r"explains|contends|contended|maintains|maintained|avers|averred|recalls|recalled|claims|claimed")
_ASIDE_BEFORE = re.compile(rf"\w,\s+(?P<speaker>he|she|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\s+"
                           rf"(?P<verb>{_ASIDE_VERBS}),\s+\w")
# ... and a participle after such an aside, the aside's teller's: "Americans don't want that, the Ohio Republican
# insisted, declaring they instead “...”"
_ASIDE_TELLER = (rf"\w,\s+(?P<speaker>he|she|they|(?:the|a|an)\s+(?:[\w.'’-]+\s+){{0,3}}[\w.'’-]+|"
                 rf"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\s+(?:{_ASIDE_VERBS}),")
_ASIDE_LAST = re.compile(rf"{_ASIDE_TELLER}\s*$")
_ASIDE_PARTICIPLE = re.compile(rf"{_ASIDE_TELLER}\s+(?P<verb>{_SAYING_ING}){_TO_QUOTE}")
_TERM_NOUNS = "term|word|phrase|slogan|motto|epithet|nickname"          # what names a quotation as a term
_TERM_BEFORE = re.compile(rf"\b(?:so-called|so\s+called|(?:the|a)\s+(?:{_TERM_NOUNS}|label)s?|"
                          r"(?:known\s+as|dubbed|nicknamed|branded|labell?ed)(?:\s+the)?|"
                          r"(?:search(?:es|ed|ing)?|googl(?:e|es|ed|ing))\s+for|hashtags?|"   # "Google searches for “”"
                          r"(?:something|anything|a|an)\s+(?:[\w’'-]+\s+){0,2}?(?:called|named|titled|entitled)|"
                          r"what\s+(?:I|we|some|many|others|critics)\s+(?:(?:like|love|prefer)\s+to\s+)?(?:call|term|dub))"
                          r"\s*$",
                          re.I)     # "a group known as the “Gang of Eight,”", "something called “the Nunes memo”"
_TERM_NOUN_BEFORE = re.compile(rf"\b(?:[Ss]o-called|[Tt]he\s+(?:{_TERM_NOUNS})s?|"
                               r"(?:[Tt]he|[Aa]|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+)?(?:headline|title|"
                               r"subject\s+line))\s*$")   # (and a headline's words: "with the headline “...”")
_NAME_COMMA_BEFORE = re.compile(r"\b[A-Z][\w'’.-]+,\s*$")                     # "Tamerlan Tsarnaev, “suspect No. 1,”"
_NO_SAYING_AFTER = re.compile(rf"\s*,?\s+(?!(?:{_SAY})\b)(?:was|is|were|are|had|has|who|and|or|a|an|the)\b")
# An attribution after the words it attributes: "..., said Richard Yarborough," (and the title before the name)
_TELLER_BEFORE = re.compile(r"[,”\"]\s+(?:said|says|added|adds|explained|explains)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")
# The verb of an aside after a name: ", X said.", ", X argues, because ..."
_TELLER_AFTER = re.compile(rf"\s+(?:{_ASIDE_VERBS})\b(?:[^.;:!?“”\"]{{0,40}}\.|\s*,)")
_SAID_BEFORE = re.compile(r"\b(?:said|says|that)\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?\s+)?$")   # "said Mr. X is"
_HAS_SUBJECT = re.compile(r"\b(?:he|she|they|I|we)\b", re.I)
# "It appears that Carter defended Trump": no one reports the clause; its subject is the sentence's center
_IMPERSONAL_THAT = re.compile(r"\b[Ii]t\s+(?:appears|appeared|seems|seemed|is\s+clear|was\s+clear|is\s+likely|"
                              r"is\s+possible|is\s+true|was\s+true)\s+that\s+$")
# The words that may open a sentence before its subject ("But he said", "Yet they also say"): one list, read by the
# pronoun's turn (_PRONOUN_OPENS) and the plural subject of "they" (_OPENER, _ONLY_OPENERS)
_CONJUNCTIVE = r"But|And|Yet|Still|Then|Now|Later|Instead|So|Also|Meanwhile"
# A sentence whose subject is a thing that reports: "The report also cites ...", "The 36-page study found ..." (its
# noun phrase of up to three words, none of them an adverb before the verb)
_ADVERB_BEFORE = r"(?:also|further|then|later|previously|now|specifically)\b"
_THING_REPORTS = re.compile(
    rf"[\s“\"‘'(]*(?:(?:And|But|Yet)\s+)?(?P<thing>(?:The|This|That|Its)\s+(?:(?!{_ADVERB_BEFORE})[\w-]+\s+){{0,2}}"
    rf"(?!{_ADVERB_BEFORE})[a-z][\w-]*)\s+(?:{_ADVERB_BEFORE}\s+)?(?:cite[sd]|finds|found|says|said|notes|noted|"
    r"states|stated|concludes|concluded|recommends|recommended|shows|showed|argues|argued|claims|claimed|describes|"
    r"described|details|detailed|reports|reported|warns|warned|accuses|accused|alleges|alleged|adds|added|lists|"
    r"listed|faults|faulted|criticizes|criticized|suggests|suggested|told|tells)\b")
# What follows ", according to Y," when the clause before it goes on: a verb ("The key reason ..., according to Y, was
# that"), or a number ("which has seen, according to Y, at least 93,000 people killed"); not an appositive of Y
# ("according to Chris Raymond, vice president of ...") or a clause of its own
_CLAUSE_GOES_ON = re.compile(r"(?:is|was|were|are|has|have|had|will|would|could|can|may|might|must|should|did|does|"
                             r"do|remains|remained|became|becomes)\b|[a-z]{3,}ed\b|(?:at\s+least|more\s+than|"
                             r"nearly|almost|roughly|about|some|over)\s+[$\d]")
# An attribution that opens the sentence: "As McCraw put it,", "As Vox's Ezra Klein has written,", "As recounted by
# Rick Perlstein, a Goldwater political biographer,"
_AS_PUT = re.compile(r"[\s“\"]*(?:As|Like)\s+(?:(?:recounted|reported|noted|described|told|written)\s+by\s+"
                     r"(?P<who>[^;:“”\"]{2,100}?)\s*,|(?P<who2>[^;:“”\"]{2,100}?)\s+(?:has\s+|had\s+)?(?:put|puts|"
                     r"said|says|noted|notes|wrote|writes|written|argued|argues|observed|observes|explained|explains|"
                     r"recounted|recounts|reported|reports|described|describes)\b(?:\s+it)?\s*,)")
_IS_HOW = re.compile(r"\s*,?\s*(?:(?:is|was)\s+how|(?P<as>as))\s+(?P<speaker>[^,.;:“”\"]{2,60}?)\s+"
                     r"(?P<verb>put|puts|described|describes|summed\s+up|sums\s+up|characterized|characterizes|framed|frames|phrased|phrases)"
                     r"\s+it\b")
# A description right before ", who": "Kentucky's longtime senator, who", "the bill's sponsor, who"
_DESCRIBED_BEFORE_WHO = re.compile(r"(?P<np>(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?<![\w.'’-])"
                                   r"[A-Z][\w.'’-]*[’']s)\s+(?:[\w-]+\s+){0,3}?(?P<head>[a-z][\w-]+)),\s*$")
_CONTINUED_SAYS = re.compile(r"\s*,?\s+(?:that\b|to\s+(?:say|insist|argue|claim|maintain|contend|assert|warn|"
                             r"point\s+out|note|stress|deny|suggest|complain|call|urge|tell)\b)")
# A paragraph that ends by naming a work's author before the quotation that follows
_WORK_BY_END = re.compile(rf"\b(?:{_WRITTEN_NOUNS}|speech|remarks|interview)\s+(?:by|from)\s+"
                          r"(?P<speaker>[^,;:.“”\"]{2,60}?)\s*:$")
# After a work that speaks, its author: "“...,” says a Thursday post on Twitter by radio talk-show host Wayne Dupree,
# who is black" (not "a statement from the Smith campaign": the name must end the phrase)
_WORK_BY_AFTER = re.compile(r"(?:\s+(?:on|in)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s+(?:by|from)\s+"
                            r"(?:[a-z][\w'’-]*\s+){0,4}(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)"
                            r"(?=\s*[,.;:!?]|\s*$|\s+(?:who|which|in|on|at)\s)")
# Where or when a thing was said, before any words: "told CNN just outside of Schock's office", "said shortly after"
_WHERE_WHEN_LEAD = re.compile(r"(?:just|right|shortly|soon|immediately|moments?|minutes|hours|days|weeks)\s+"
                              r"(?:outside|inside|after|before|behind|near|at|in|on|from|following|ahead\s+of)\b")
# A colon after someone's words named as theirs: "his answer was succinct:", "Her message to President Obama was
# blunt:", "shapes her early take on the political climate as Obama begins his fifth year in office:"
_OWN_WORDS_COLON = re.compile(r"\b(?P<p>[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:answer|response|reply|retort|"
                              r"take|message|verdict|advice|explanation|argument|words|assessment|conclusion|warning|"
                              r"plea|pitch|reasoning|rationale|prediction|instructions?|request|demand|promise|vow|"
                              r"pledge|diagnosis|prescription)\b[^.;:“”\"]*:[\s“\"‘']*$")
_SUBJECT_OF = {"his": "he", "her": "she", "their": "they"}
_CLAUSE_AFTER = re.compile(r"\s*(?:(?:and|but)\s+(?:on|in|at|after|before|later|then|earlier)\b|[^“”\"]*?\s[—–-]+\s)",
                           re.I)
_SAYS_PRONOUN = re.compile(r"^(he|she|they|we|I)\s+(?:says|said|say)\s+(?:he|she|they|we|I)$", re.I)
_ING_LEAD_IN = re.compile(r",\s*(?:telling|saying|adding|writing|noting|arguing|explaining)\b[^“”\".;!?]{0,60}"
                          r"[,:]?\s*$")                        # ", telling his colleagues in the chamber, “...”"
_LIST_OPENER = re.compile(r"\b(?:include[sd]?|including|such\s+as|among\s+them|titles|films?|movies|books|songs|"
                          r"shows|albums|tracks|episodes|classics|novels|hits)\b[^.;!?“”\"]{0,60}$", re.I)
_SIGN_WORD = re.compile(rf"\b(?:{'|'.join(SIGNS)}|chant\w*|shout\w*)\b", re.I)
# Words a named speaker owns, named as a thing: "Trump’s talk of “...”", "Obama’s promise that “...”", "Sessions’
# statement to National Review in 2009 that he “...”" (not a clause with a verb of saying in it: "Trump's statement
# that the chairman called “...”"; nor a plural that may be a verb: "Brown's campaign calls that the “...”")
_OWNER_OF_WORDS = re.compile(r"(?<![\w’'.-])(?P<speaker>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*)[’']s?\s+(?:(?:repeated|"
                             r"frequent|famous|recent|latest|own|campaign|earlier|infamous|\d{4})\s+)?(?:talk|words|"
                             r"promise|"                    # ("Joe Biden's 2008 assertion that “...”": a year)
                             r"pledge|vow|call|claim|insistence|assertion|refrain|mantra|boast|warning|quip|remark|"
                             r"comment|tweet|statement|accusation|charge|argument|suggestion|description)(?P<plural>s)?"
                             r"(?:\s+(?:to|in|on|at|during|before)\s+(?:the\s+)?[A-Z\d][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)*"
                             r"\s+(?:(?P<link>of|to|about|for)|(?(plural)(?!)|(?P<clause>that))(?:\s+(?!(?:[^“”\".;!?]*\s)?(?:said|says|"
                             r"told|called|calls|described|dubbed|labeled|termed|branded)\s)[^“”\".;!?]{1,60}?)?)?"
                             r"\s*[“\"‘']?$")
_LINK_OPENS = re.compile(r"\s*(?:of|to|that|about|for)\s", re.I)
# ... and named as a thing they used: "the mantra that former first lady Michelle Obama famously used in the 2016
# campaign — “...”", "a remark Schumer made the previous evening that “...”"
_WORDS_USED_BY = re.compile(r"\b(?:the|a|that|this)\s+(?:(?:famous|old|now-famous|infamous)\s+)?(?:mantra|line|phrase|"
                            r"slogan|motto|refrain|quip|maxim|catchphrase|remark)\s+(?:that\s+|which\s+)?"
                            r"(?P<speaker>(?:[\w.’'-]+\s+){0,5}?[A-Z][\w.’'-]*)\s+(?:\w+ly\s+|once\s+)?(?P<verb>used|"
                            r"coined|uttered|popularized|made|spoke|wrote|tweeted|invoked)\b[^“”\".;!?]{0,60}?[—–:,]?\s*$")
# Signs and what they said, listed: "carried signs that were playful and pointed, including “...,” “...”"
_SIGNS_LISTED = re.compile(rf"\b(?P<sign>{'|'.join(sorted(SIGNS - {'slogan', 'slogans'}))})\b[^.;!?“”\"]{{0,80}}?"
                           r"(?:\b(?:including|such\s+as|like|among\s+them)\s*|:\s*)$")   # (lower case: not "TRUMP
#                                                                   VOWS TO SIGN IMMIGRATION EXECUTIVE ORDER: '...'")
_LIST_GAP = re.compile(r"\s*,?\s*(?:(?:and|or)\s+)?")     # between two items of a list of quoted names
# "“...,” she told Mr. Khan": the one told
_LISTENER_AFTER = re.compile(r"[\s,.!?”\"’']*(?:he|she)\s+(?:told|tells|asked|asks)\s+(?P<name>(?:(?:Mr|Mrs|Ms|Dr|"
                             r"Sen|Rep|Gov|Gen)\.[^\S\n]+|[A-Z][\w'’-]*[^\S\n]+){0,3}[A-Z][\w'’-]*)")
_THE_NAME = re.compile(r"[Tt]he\s+[A-Z][\w-]*")                               # "The Fund", "The Agency"
# A name after a noun for a body: "private maritime security firm Dryad Maritime" (an "it")
_BODY_THEN_NAME = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:[A-Z][\w.&’'-]*\s+){0,4}[A-Z][\w.&’'-]*$")
_QUOTE_OPENS = re.compile(r"\s*[“\"]")
# A document that opens the sentence before a quotation "it" attributes: "The report is expected to be very critical"
_DOCUMENT_SUBJECT = re.compile(rf"[\s“\"‘'(]*(?:(?:And|But|Yet)\s+)?(?P<thing>(?:The|This|That|Its)\s+"
                               rf"(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENT_THINGS}))\s+(?!that\b|which\b)[a-z]")
# A sentence whose subject is a thing and whose words follow it: "The company “...,” it wrote"
_THING_THEN_QUOTE = re.compile(r"[\s“\"‘'(]*(?:(?:And|But|Yet)\s+)?(?P<thing>(?:The|This|That|Its)\s+(?:[\w-]+\s+){0,2}"
                               r"[a-z][\w-]*)\s*[“\"]")
_IT_AFTER_ADVERB = re.compile(r"[\s“\"‘'(]*(?:However|But|Yet|Still|Instead|And|Also|Now|Indeed),?\s+it\s+"
                              r"(?!is\b|was\b)[a-z]")                    # "However, it does include"
# A sentence that opens with a thing as its subject and a verb: "The California edition does not mention"
_THING_ADVERBS = r"never|also|not|still|now|often|only|just|already|even"
_THING_SUBJECT = re.compile(rf"[\s“\"‘'(]*(?P<thing>(?:The|This|That|Its)\s+(?:[\w’'-]+\s+){{0,2}}"
                            rf"(?P<head>(?!(?:{_THING_ADVERBS})\b)[a-z][\w-]*))\s+"
                            rf"(?:(?:{_THING_ADVERBS}|does|did|do|has|had|is|was|will|would|can|could)\s+)*"
                            r"(?!that\b|which\b|who\b)[a-z]+(?:s|ed)\b")
_IT_OPENS = re.compile(r"[\s“\"‘'(]*It\s+(?!is\b|was\b|has\s+been\b|’s\b|'s\b)[a-z]")   # "It rejected", not "It is"
_PRONOUN_LEAD = rf"[\s“\"‘'(]*(?:(?:{_CONJUNCTIVE}),?\s+)?(?:{_LEAD_PHRASE}|(?i:[a-z]+ing)\b[^,.;:“”\"]{{1,60}},\s+"
_ROLE_OF = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+of\s+(?:the\s+)?$")   # "the leader of "
# "X put it this way: “...”", "Y put it more bluntly: “...”" (with a colon; "As X put it, “...”" is read with _AS_PUT)
_PUT_IT = re.compile(r"\s(?P<verb>put\s+it)(?:\s+(?:this|that|another|more|most|even|quite|rather|less|so|best|simply|"
                     r"bluntly|succinctly|plainly|starkly|differently|well|way|ways|like|in|a|little|bit))"
                     r"{0,4}\s*:\s*$")
_AS_FIRST = re.compile(r"^(?:(?:Or|And|But)\s+)?[Aa]s\s+")
# Who speaks for a person named by a pronoun: "his office", "her spokeswoman", "his campaign"
_PRONOUN_VOICE = re.compile(r"(?P<p>[Hh]is|[Hh]er)\s+(?:(?:press|campaign|communications|senate|congressional)\s+)?"
                            r"(?:office|spokes(?:man|woman|person)|campaign|press\s+secretary|representatives?)|"
                            r"(?P<its>[Ii]ts)\s+(?:(?:press|foreign|defen[cs]e|unification|interior|justice|"
                            r"information|state)\s+)?(?:(?:ministry|office|embassy)\s+)?(?:ministry|office|spokes(?:man|woman|person)|"
                            r"embassy)")
# The same at the end of the sentence, after more words: "..., as one GOP lobbyist put it."
_AS_PUT_LAST = re.compile(r",\s+as\s+(?P<speaker>[^,.;:“”\"]{2,60}?)\s+(?P<verb>put|puts)\s+it\s*[.!?]?[”\"]?\s*$")
_AS_SOMEONE_PUT = re.compile(r"\bas\s[^“”\"]*\b(?:put|puts|says|said|noted|notes|wrote|writes)\s+it\b")
_PRONOUN_OPENS = re.compile(rf"{_PRONOUN_LEAD})?(?P<p>[Hh]e|[Ss]he)\b")   # "In earlier posts, he attacked Trump",
#                                                               "Then addressing Trump by name, he said": his turn
# The same, after a subordinate clause with no subject put first: "While never mentioning Harris by name, he
# appeared to ...", "When pressed on the assertion by Todd, he went on" (not "While Christie ..., he": Christie)
_PRONOUN_SUBJECT = re.compile(rf"{_PRONOUN_LEAD}|(?:While|When|After|Before|Although|Though|Since|Once|If|Unless)"
                              r"\s+(?:(?:never|not|also|still|first|later|once)\s+)?[a-z]+(?:ing|ed)\b[^,.;:“”\"]{0,80},\s+)?"
                              r"(?P<p>[Hh]e|[Ss]he)\b")
_BEFORE_A_NAME = re.compile(r"(?:\b(?:on|of|in|at|to|from|with|for|titled|entitled|headlined|called|named|dubbed|"
                            r"told|tells|her|his|their|its)|\bon\s+(?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z][\w.&-]*))?(?<![.!?])"
                            r"|\w[’']s|[A-Z]S[’']|\b(?:titled|entitled|headlined|called|named|dubbed)[,:])\s*$",
                            re.I)   # "on CNN’s", "told CBS’ “Face the Nation”", "said on
#                                                                 CBS “Face the Nation.”": a show; "closed out her “Not
#                                                                 the White House Correspondents’ Dinner”": an event
# "the possible added benefit", "its stated goal": an adjective, not a verb of saying
_ADJECTIVE_USE = re.compile(r"\s+(?:benefit|benefits|bonus|pressure|value|security|cost|costs|weight|protection|"
                            r"incentive|layer|advantage|boost|burden|strain|fuel|emphasis|urgency|goal|aim|purpose|"
                            r"policy|reason|intention|objective|mission|position)\b")
_PAREN_TAG = re.compile(rf"{PARTY_PAREN}(?=\s+(?:and|{_SAY})\b)")   # "(R-Ky.)" between a name and its verb
_SENT = (r"(?:ha[sd]\s+)?(?:" + "|".join(sorted(_WROTE | {"sends", "issues", "releases", "posts", "publishes",
                                                            "filed", "files", "delivered", "delivers"})) +
         r")\s")                                 # what a writer does with a letter or a statement (_WROTE and more)
_SENT_SAYING = re.compile(rf"(?P<subject>.+?)\s+{_SENT}")
_SENT_FIRST = re.compile(_SENT)


def _issuer(phrase: str, verb: str) -> str:
    """Who sent or issued what says the words, where a participle of saying follows it: "The team issued a statement"
    (saying ...) gives "The team"; "" where the phrase is no such one or its subject is no noun phrase of its own
    ("X, released a statement after the Post published ...": its subject comes before the comma)."""
    sent = _SENT_SAYING.match(phrase.strip()) if verb.endswith("ing") else None
    subject = sent.group("subject") if sent else ""
    return subject if subject[:1].isupper() or subject and fold(subject.split()[0]) in DETERMINERS else ""
_ASKED_BEFORE = re.compile(r"(?:\b(?:[Ww]hen|[Ii]f|was|were|being|been)\s+|(?:^|[.!?]\s+)(?=A))[Aa]sked\s+"
                           r"(?:[\w’']+\s+){0,4}?(?:whether|if|about|what|how|why)\s*$")   # the question put to them
_ACCORDING_ENDS = re.compile(r",[”\"’']?\s*(?P<verb>according\s+to|in\s+the\s+words\s+of)\s+"
                             r"(?P<source>[^,.;()“”\"]+?)\s*[.;!?]?\s*$")
# "one Democratic strategist helping to win back the House": the strategist
_PARTICIPLE_ON = re.compile(r"^(?P<head>(?:\S+\s+){2,}?)[a-z]{3,}ing\s+\S.*$", re.S)     # not "a court filing"
_ASKS = re.compile(r"\b(?:asked|asks|reiterated|reiterates|touted|touts|described|describes|saying)\b")
# "according to X," opening a clause inside the sentence, the words after it up to a quotation its own
_ACCORDING_CLAUSE = re.compile(r"[,;]\s*(?:(?:and|but|yet)\s*,?\s*)?(?P<verb>according\s+to)\s+"
                               r"(?P<source>(?:\d,\d{3}|[^,.;()“”\"])+?)\s*,(?!\d{3})\s*[^,;“”\"]{0,80}$")
_ACCORDING_OPENS = re.compile(r"[\s“\"]*(?P<verb>[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+"
                              r"(?P<source>(?:\d,\d{3}|[^,.;()“”\"])+?)\s*,(?!\d{3})")   # "a survey of 1,100 seniors"
# An aside between dashes before the verb: "Hillary—while admitting ...—claimed", "eight states - A, B and C - reported"
_DASH_ASIDE_END = re.compile(r"\s*[—–]\s*[^—–]+[—–]\s*$|\s+-\s+[^—–-]+\s+-\s*$")
_SPACED_DASH_PAIR = re.compile(r"(?<=\S)\s[—–-]\s(?:(?!\s[—–-]\s)[^“”\"\n])+?\s[—–-](?=\s)")   # an aside between dashes
# A noun that "that" points to, not a clause it opens: "acknowledged that point, telling the crowd ..."
_POINTED_NOUNS = (r"point|fact|argument|claim|view|position|idea|notion|assessment|possibility|statement|decision|"
                  r"sentiment|message|theme|line|stance|warning|promise|pledge|charge|accusation|criticism|comment|"
                  r"assertion|concern|belief|figure|number|estimate|conclusion|thought|talking\s+point")
_THAT_NOUN = re.compile(rf"(?:{_POINTED_NOUNS})\s*[,.;]")
_THERE_ARE = re.compile(r"\s*There\s+(?:are|were|have\s+been|will\s+be)\s+")   # an existential opening
# The head of a cleft before a relative clause with no "that": "It's an approach [Maine's top health official says
# she wants the state to take]"
_CLEFT_HEAD = re.compile(r"^(?:It|That|This)(?:['’]s|\s+is|\s+was)\s+(?:a|an|the|one)\s+[a-z]+\s+(?=\S)")
# An adverb of time before a past participle, not a speaker: "the story, first reported in The Hill"
_FIRST_REPORTED = re.compile(r"(?:first|later|originally|previously|initially|also|since|widely)", re.I)
# The rest of a relative clause after its "but", then the verb's auxiliary: "never Punggye-ri, has" (no subject)
_PUNCTUATION_NEXT = re.compile(r"\s*(?:[,.;:!?)]|$)")
_ING_ASIDE = re.compile(r"[a-z]+ing\b[^,;:“”\"]*,\s*")
_RELATIVE_GOES_ON = re.compile(r"(?:never|not|also|only|later|then)\b[^,;:“”\"]*,\s*"
                               r"(?:(?:has|have|had|is|was|are|were)\s+)?$")


def _blank_subject_aside(before: str) -> str:
    """``before`` with an aside between spaced dashes right after a short subject written as blanks (offsets kept):
    "Ms Pelosi - who is favourite to become speaker, a position she held from 2007-11 - told supporters:". Only
    after a subject of six words at most that opens its clause (not "Rattling off all the ways that Florida allows
    ... – the state doesn't ... – she said:", nor inside a relative clause after a comma)."""
    def blank(t: re.Match) -> str:
        head = re.split(r"[,;:.!?]", before[:t.start()])[-1].split()
        return " " * len(t.group()) if 0 < len(head) <= 6 else t.group()
    return _SPACED_DASH_PAIR.sub(blank, before)


# Where words are said or written: "in a statement", "on Twitter ... in a tweet"
_MEDIA = (r"speech|statement|interview|letter|tweet|post|op-ed|memo|press\s+conference|video|briefing|hearing|"
          r"release|filing|message|email")
# Irregular past forms that end a subject: "Three professors ... took", "Kennedy, ..., withheld"
_PAST_FORMS = frozenset("""withheld held told said went made took gave sent wrote spoke led left met kept brought
    sought began became came ran stood threw drew won lost put set found thought saw paid spent built chose fought
    knew meant sold taught understood sat grew swore rose fell broke flew forgot froze hid""".split())
# A reported clause after a verb that otherwise needs "that": "claimed it was", "warned they would"
_FINITE_AUX = (r"(?:is|was|were|are|had|has|have|would|will|could|should|did|does|do|can|might|must|may|wanted|"
               r"knew)\b")
_PRONOUN_FINITE = re.compile(rf"(?:(?:on\s+)?(?:{_DAYS})\s+)?"
                             rf"(?:he|she|it|they|we|I|there)(?:\s+{_FINITE_AUX}|[’'](?:s|re|ve|ll|d|m)\b|"
                             r"\s+(?:(?:[a-z]+ly|never|also|just|still)\s+)?(?:[a-z]{2,}ed|"
                             + "|".join(sorted(_PAST_FORMS)) + r")\b|(?<=he|it)\s+[a-z]{2,}s\b)")
#               (and "claimed it fired", "confirmed they’re conducting", "insisted he never knew", "said Monday he
#               expects")
# ... or a noun phrase of a few words: "argued the apparent conclusion was", "suggested Federal charges would"
# Sources described by what they know, whose phrase runs longer: "former Fox News employees with knowledge of his
# situation", "two people familiar with the talks"
_KNOWING = re.compile(rf"\b(?:{_KNOWS})\b")
# Where a statement was made, then its clause opening on a pronoun: "on Twitter he wants", "in a statement she was"
_MEDIUM_THEN_CLAUSE = re.compile(r"(?:on|in)\s+(?:(?:a|an|his|her|their|its)\s+)?(?:Twitter|Facebook|Instagram|"
                                 rf"television|radio|{_MEDIA}|"
                                 r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?=" + _PRONOUN_FINITE.pattern + ")")
_RELATIVE_SUBJECT = re.compile(r"\b(?:that|who|whom|which|whose|when|as)\s+(?:[\w’'.-]+\s+){0,6}$")   # "that TV
#                                                                    Asahi said", "who stunned the court when he said"
_SENTENCE_QUOTED = re.compile(r"\s*[“\"][A-Z][^“”\"]*[”\"]\s*$")   # what follows is a quoted sentence to the end
_NO_WORDS_AFTER = {"of", "about", "why", "how", "what", "whether", "where", "when", "who"}   # "explaining why ..."
_INVERTED = re.compile(r"\b(?:does|do|did|will|would|can|could)\s+(?:it|he|she|they|we|you|I|this|that)\s+$", re.I)
# A quoted term that opens the clause said, its verb after it: "said “several suspects” linked to X were being sought"
_TERM_SUBJECT = re.compile(r"[“\"][^“”\".!?,]{1,40}[”\"](?!\s+(?:that|on|said|says)\b)(?:\s+[\w’'.-]+){0,8}?\s+"
                           r"(?:is|are|was|were|will|would|had|has|have|could|can|should|may|might|must)\b")
#                                                            (not a programme: told “Fox News Sunday” that he was)
_LEAD_ONLY = re.compile(r"[\s“\"]*(?:(?:And|But|Yet|So),?\s+)?(?:" + _LEAD_WORDS + r")\b[^;:“”\"]*")   # lead phrases
#                                                                              alone (with no verb: see _lead_only)
_PLAINEST = {"said", "says", "say", "added", "adds", *_TELLING}
_LISTENER_THEN_CLAUSE = re.compile(r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3},\s+"
                                   r"(?:though|although|but|and|while|as)\s")
_SAID_THEIR = re.compile(r"\b(?:said|says|say)\s+(?P<np>(?:their|his|her)\s+(?:[a-z-]+\s+){0,2}[a-z]+|many|some|"
                         r"others|most)$")                                   # ("I’d say many would say ...": many)
# A statement after another in one clause: ", Trump announced", "and said", ", although he said", ", and Holder said"
_NEXT_STATEMENT = re.compile(r"(?:,\s+(?:[A-Z][\w.'’-]*\s+){1,4}|\s+(?P<and>and)\s+(?:(?:also|then|later)\s+)?|"
                             r",?\s+(?:although|though|whereas|but|and)\s+(?:he|she|they|we|I)\s+|"
                             r",\s+(?:although|though|whereas|but|and)\s+(?:[A-Z][\w.'’-]*\s+){1,4})$")
# "but (also) said", "but has said": the subject of the clause before
_SHARED_SUBJECT = re.compile(r"\s*(?:(?:has|had|have)\s+)?(?:(?:also|then|later|again|further|instead)\s+)?")
_ASKING = frozenset({"asked", "asks", "urged", "wondered"})      # "asked Trump why it was": a question, no statement
_NP_FINITE = re.compile(rf"(?:the|a|an|his|her|their|its|our|[A-Z][\w’'-]*)(?:\s+(?!(?:who|whom|whose|which|that|when|"
                        rf"where|while|if|because)\b)[\w’'-]+){{0,3}}?\s+{_FINITE_AUX}")   # (not "warned the officials
#                                                                                      who were": no clause)
# ... or a verb in the present after a singular noun, and an object after it: "argues the bill circumvents the
# ongoing process" (not "noted the bill's provisions for", "warned the officials' plans to")
_NP_PRESENT_VERB = re.compile(r"(?:the|a|an|his|her|their|its|our|this)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*[^s\W]\s+"
                              r"[a-z]{3,}[^s\W]s\b")          # (after "saying": any verb in the present)
_NP_PRESENT = re.compile(_NP_PRESENT_VERB.pattern + r"\s+(?:the|a|an|his|her|their|its|that|no|more|less|only)\b")
# A statement reported before a quotation inside it: "suggested the administration had “...”", "added that X’s “...”",
# "told the crowd that", "said Sunday that"
_CLAUSE_THEN_QUOTE = re.compile(rf"\s+(?:(?:[\w’'.-]+\s+){{0,6}}?that\s+(?=\S+\s)|{_PRONOUN_FINITE.pattern}|"
                                rf"{_NP_FINITE.pattern})[^“”\"]*$")
_RELATIVE_AFTER = re.compile(r"\s*(?:which|who|whose)\b[^,;:“”\"]*(?=,)")     # ", which rates the truthfulness ...,"
_WHO_CLAUSE = re.compile(r"\s+(?:who|that|which)\s+(?:is|are|was|were|has|had|have)\b.*$")
_QUESTION = re.compile(r"[\s“\"‘']*(?:What|Why|How|Who|Whom|When|Where|Which|Did|Does|Do|Is|Are|Was|Were|Will|"
                       r"Would|Can|Could|Should|Has|Have|Had)\b")
_NAME_BEFORE_TAIL = re.compile(rf"(?:^|[”\"])\s*(?P<name>{NAME_WORDS})$")
_OWNED_GROUP = re.compile(r"[’']s?\s+(?:[a-z][\w-]*\s+){0,2}?(?:camp|campaign|team|lawyers?|attorneys?|"
                          r"spokes(?:man|woman|person)|aides?|advisers?|office|allies|administration|government|staff|"
                          rf"{KIN}|deputy|doctor|physician)\b"
                          r"(?!\s+general)")           # "President Trump’s chief of staff accused ... “...”": not Trump
# A place's people who speak for it: "New York police described the package as one that “...”": the police
_PLACE_GROUP = re.compile(r"\s+(?:police|officials|authorities|prosecutors|investigators|officers|lawmakers|leaders|"
                          r"troops|forces|residents|voters)\b")
_NAME_AFTER_GROUP = re.compile(r",?\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)(?=\s*[,.;]|\s+[a-z])")
_ING_LEAD = re.compile(r"[\s“\"‘']*(?!According)[A-Z][a-z]+ing\s+(?:to|with|at|for|about|before|after)\b"
                       r"[^,“”\"]{1,80},\s*")                      # "Writing to X, Y cited": not X
_PRONOUN_ASIDE = re.compile(r",[”\"’]?\s+(?:he|she)\s+[a-z]+")
def _passive_agent(clause: str, m: re.Match) -> str | None:
    """For a verb of saying in the passive ("was told", "were warned by the manager that"): who spoke, from the
    "by" phrase of a verb of telling, or "" where none is named; None for a verb in the active."""
    verb, at = m.group("verb"), m.start("verb")
    if verb.endswith(("ing", "s")) or not _PASSIVE_BEFORE.search(clause[max(0, at - 40):at]) or (
            m.group("object") or "").lstrip().startswith("as "):    # "was reported as saying that": the subject's
        return None
    agent = _BY_AGENT.match(m.group("object") or "") if verb in _TOLD_BY else None
    return agent.group("agent") if agent else ""       # not "was explained by the fact that", "was asked by X if"


# After "according to Y:", a sentence (a capital, then words in lower case), not a title ("according to John D.
# Feerick’s The Twenty-fifth Amendment: Its Complete History and Applications")
_SENTENCE_AFTER_COLON = re.compile(r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2}?\s+(?!(?:and|or|of|the|a|an|in|on|for|to|with|"
                                   r"at|by|from)\b)[a-z]{2,}\s+(?!(?:and|or|of|the|a|an|in|on|for|to|with|at|by|from)\b)"
                                   r"[a-z]{2,}")
_ARTICLE_RIGHT_BEFORE = re.compile(r"(?<![\w'’-])(?:the|an?)\s$", re.I)        # "the Arab Spring", "a Romney ..."
# After a verb that takes a thing as its object, an object before "that" whose clause opens with a verb: what "that"
# opens describes the object ("announced a bill that would provide"); after "said" the noun phrase is the subject of
# what was said ("She said the cases that are refused often have ...")
_TAKES_OBJECT = {"announced", "announces", "declared", "declares", "wrote", "writes", "tweeted", "tweets", "posted",
                 "reported", "recounted", "recounts", "confirmed", "confirms", "demanded", "predicted", "predicts",
                 "alleged", "acknowledged", "acknowledges", "admitted", "admits", "read"}
_RELATIVE_OBJECT = re.compile(r"\s+(?:a|an|the|this|these|those|his|her|their|its|new)\s", re.I)
_SHOWN_OBJECT = re.compile(r"\b(?:video|photo|photograph|picture|image|clip|map|chart|graphic|meme|cartoon|footage)s?"
                           r"\s*$")
_VERB_FIRST = re.compile(r"(?:would|will|could|can|should|may|might|must|is|are|was|were|has|have|had|(?:also|later|"
                         r"then|further)\s+[a-z]{3,}(?:ed|s))\s")      # "said in a statement that also suggested"
# Who said something in a document that goes on to report more: "Graham said in a series of tweets that also
# suggested ...": Graham, the tweets' writer, not "tweets"
_SAID_IN_DOCUMENT = re.compile(r"\s(?:said|says|wrote|writes|added|adds|argued|argues)\s+(?:in|on|via|through)\s+"
                               r"(?:a|an|the|his|her|their|its)\s+(?:(?:series|pair|string|number)\s+of\s+)?"
                               rf"(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENT_THINGS}|tweet|post)s?,?\s+(?:that|which)\s+"
                               r"(?:also\s+|later\s+|then\s+|further\s+)?$")
_MODAL_END = re.compile(r"\b(?:would|could|should|might|may|must|will|can)(?:\s+(?:not|never))?(?:\s+have)?\s+$")
_OUTLET_DATELINE = re.compile(r"^\s*(?:[A-Z][\w.'’-]*\s+){0,3}\((?:CNN|AP|Reuters|AFP|CNSNews\.com|The\s+Hill)\)\s+"
                             r"(?:[-–—]+\s+)?(?=[A-Z])")
_PERSON_FROM = re.compile(r"(?P<np>(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*)\s+"
                          r"(?:from|in|of)\s+(?:the\s+)?")
_AND_BEFORE = re.compile(r"\b(?:and|or)\s+(?:the\s+)?$")
_VERB_NEXT = re.compile(r"[^\S\n]+(?:have|has|had|were|was|are|is|will|would|[a-z]+ed|[a-z]+s)\b")   # "... and X found"
_AFTER_LOCATIVE = re.compile(rf"\b(?:{'|'.join(sorted(LOCATIVE))})\s+(?:the\s+)?$", re.I)   # actors.LOCATIVE
_ROUNDUP_LEAD = re.compile(r"\s*(?:Regarding|On|About|As\s+for|Concerning)\b[^“”\"\n.!?]{1,120},\s*")  # "Regarding
#                                                                  voting procedures in November, “...” Name, Outlet"
_CONTRAST_OPENS = re.compile(rf"[\s“\"]*(?:(?:And|But),?\s+)?(?:(?i:{_CONTRAST})|Even\s+as)\b(?!\s+[a-z]+ing\b)")
#                                                                                       (not "While praising X as")
_THAT_POINTS = re.compile(rf"\s+that\s+(?:{_POINTED_NOUNS})\b")   # "reiterated that sentiment": "that" points
_PROFORM_AFTER = re.compile(r"\s+(?:(?:you|me|us|him|her|them|reporters)\s+)?(?:otherwise|so\b(?!\s+(?:far|much|many))|"
                            r"as\s+much)\b")       # (not "the same", which opens clauses too: "the same machine had")
_FINITE_AFTER = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|"
                           r"does|did|[a-z]{3,}(?:ed|es))\b")
_REPORTED_CLAUSE = re.compile(r"\s+(?:that\s+)?(?:he|she|they|it|we|I)\s+(?:was|is|were|are|had|has|would|will|did|"
                              r"could|[a-z]+ed)\b|(?=(?:\s+[^\s;!?“”\"]+){4})(?:[^.;!?“”\"]|\.(?=\S|\s+[a-z]))*?\b(?:is|are|was|were|has|"
                              r"have|had|will|would|can|could|should)\b")    # "said this week the U.S. is still"
_SUBJECT_PRONOUN_ONLY = re.compile(r"(?:it|this|that|there|which|what|they)", re.I)
_PLAIN_SAY = {"said", "says", "say", "told", "tells", "tell", "added", "adds", "explained", "explains", "noted",
              "notes", "argued", "argues", "insisted", "insists", "warned", "warns", "stated", "emphasized", "stressed",
              "points out", "pointed out", "alleges", "alleged", "claims", "claimed", "writes", "wrote"}
_REST_BEFORE = re.compile(r"\brest\s+$")
_TOLD_A_TALE = re.compile(r"(?:(?:a|an|the|his|her|their|its|this|that|that|one|no|any|many|several|some)\s+)?"
                          r"(?:[\w-]+,?\s+){0,3}?(?:lies?|untruths?|falsehoods?|fibs?|stor(?:y|ies)|tales?|jokes?|"
                          r"anecdotes?|truth|parables?)(?![\w’'-])", re.I)
# What one writes that is a work, not words reported: "the city council chairman who wrote the D.C. law, told me"
_WROTE_A_WORK = re.compile(r"(?:a|an|the|his|her|their|its|this|that|[A-Z][\w.’'-]*[’']s|\d[\d,]*|two|three|four|"
                           r"five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|several|many|numerous|more\s+than"
                           r"(?:\s+\w+)?)\s+(?:[\w.’'-]+\s+){0,3}?"   # ("wrote eight opinions on deportation appeals")
                           r"(?:laws?|bills?|books?|letters?|articles?|columns?|pieces?|op-eds?|memos?|reports?|"
                           r"legislation|amendments?|provisions?|songs?|scripts?|speech(?:es)?|opinions?|rulings?|"
                           r"decisions?|essays?|novels?|posts?|tweets?|emails?|e-mails?|notes?|checks?|order)"
                           r"(?![\w’'-])(?!\s+(?:that|saying|to\s+say|was|is|were|are|has|have|had|will|would|"
                           r"could|should|can|may|might)\b)")    # (not "wrote Bachmann's decision was “...”")
_TOLD_BY = {"told", "warned", "assured", "advised", "informed", "reminded", "notified", "urged"}


# "was told", "had been repeatedly warned", "was personally and specifically warned"
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being|get|gets|got|getting)\s+"
                             r"(?:[a-z]+ly\s+(?:(?:and|or)\s+[a-z]+ly\s+)?)?$", re.I)
_BY_AGENT = re.compile(r"\s*by\s+(?P<agent>.+)$")
_RELATIVE = re.compile(r"\b(?:which|who|whom|whose|that|where)\b")
# A person named right after a verb that labels, accuses or tells (up to four words of description between): the
# object, not the speaker ("The White House accused Taylor of being part of a “...”", "He called Biden a “...”",
# "what the network told the New York Times’s Jim Rutenberg were “...”")
# A verb that labels something, then "as" right before the quotation: the words are the labeller's
_AS_LABEL = re.compile(r"\b(?P<verb>described|describes|characterized|characterizes|characterised|labeled|labelled|"
                       r"labels|branded|brands|dismissed|dismisses|portrayed|portrays|denounced|denounces)\s+"
                       r"(?:(?![^.;:“”\"]*\b(?:said|says|told)\b)[^.;:“”\"]){1,120}?\bas\s+(?:an?\s+|the\s+)?[“\"‘']?$")
_LABELS_PERSON = re.compile(r"\b(?P<verb>accus(?:e|es|ed|ing)|call(?:s|ed|ing)?|label(?:s|ed|led|ing|ling)?|"
                            r"brand(?:s|ed|ing)?|dub(?:s|bed|bing)?|blam(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|"
                            r"describ(?:e|es|ed|ing)|likened|compar(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|"
                            r"told|tell(?:s|ing)?|warn(?:s|ed|ing)?|urg(?:e|es|ed|ing)|obligat(?:e|es|ed|ing)|"
                            r"requir(?:e|es|ed|ing)|compel(?:s|led|ling)?|instruct(?:s|ed|ing)?|"
                            r"refer(?:s|red|ring)\s+to)\s+"                   # "She referred to Rep. Omar as “...”"
                            r"(?:(?!(?:for|on|to|in|at|with|by|of|from|as|that|and|or|but)\b)[\w.’'-]+\s+){0,4}$")
_BE_HAVE = {"is", "are", "was", "were", "has", "have", "had"}        # The ‘end of the world’ has arrived: a term
# “... a problem.” Buttigieg said, claiming ...: the name and its verb after a quotation ended by a period for a comma
_NAME_SAID_COMMA = re.compile(r"\s*(?!(?:Another|One|Others|Some|Many|He|She|They|It|We|I|The|This|That|A|An)\b)"
                              r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+(?:said|says|added|adds|wrote|writes)\s*,")
# "when Reade contacted her and remarked": a subordinate clause's subject
_SUBORDINATE = re.compile(r"\b(?:when|while|after|before|because|since|if|as|who|whom|whose|which|although|though|"
                          r"until|unless)\b", re.I)
_SUBJECT_NAME_END = re.compile(r"\s*(?:[,(]|(?:also\s+|then\s+|later\s+|[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|"
                               + "|".join(sorted(_PAST_FORMS)) + r")\b)")   # a name, then its verb
# "Full statement from EVMS President Richard V. Homan:": the quotation below is his
_STATEMENT_FROM = re.compile(r"\b(?:statement|message|letter|remarks)\s+(?:from|by)\s+(?P<speaker>[^:;“”\"]{2,80}):$",
                             re.I)
# A paragraph that ends by naming whom the words below come from: "..., including from Washington Post blogger Ezra
# Klein:" (a name of two words or more, a title before it: not "a dispatch from Kabul:")
_FROM_NAME_END = re.compile(r"\bfrom\s+(?:[\w’'.-]+\s+){0,4}?(?P<speaker>(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)"
                            r"(?:\s+(?:in|at|of|on)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?\s*:$")
#                                                   (and where: "from Megan Garber in the Atlantic:")
# A sentence's subject that tells others to do what the quotation says: "Flyers from the organizers instructed
# people to “be noisy, angry and combative.”" (the flyers' words)
_URGED_TO = re.compile(r"[\s“\"‘'(]*(?P<speaker>[A-Z][\w’'.&-]*(?:\s+[\w’'.&-]+){0,5}?)\s+(?P<verb>(?P<urge>urged|"
                       r"urges|called\s+on|calls\s+on|encouraged|encourages|implored|exhorted|begged|advised|advises)|"
                       r"instructed|instructs|told|tells|asked|asks)\s+(?:[\w’'.-]+\s+){1,4}?to\s+"
                       r"(?(urge)(?:[^“”\".,;:!?]*?\s)?)$")
#     (further on after urging only, not telling or asking: "The proposal calls on Congress to cut funding from
#     certain grants to punish the “...”": its words; not "a reporter asked Trump to explain his “...”")
_LABELLED_BY = re.compile(r"[\s“\"‘'(]*(?P<speaker>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}|(?:The|This|That|His|Her|"
                          r"Their|Its)\s+(?:[a-z][\w’'&-]*\s+){0,2}[a-z][\w’'&-]*)"  # "The foundation"
                          r"(?:,\s*[^,;“”\"()]{3,100}?,)?\s+(?:ha[sd]\s+)?"   # "Robert Gates, former Secretary ...,"
                          r"(?P<verb>called|calls|dubbed|dubs|labell?ed|labels|branded|brands|termed|terms|described|"
                          r"describes|likened|likens)\b[^“”\".;!?]*$")   # a new subject that labels, not the one before
# ... and after a clause's start inside a sentence: "..., while on MSNBC, Joy Reid called the speech “...”"
_LABELLED_IN = re.compile(r"(?:[,;—–]\s*|\b(?:while|whereas)\s+)"
                          r"(?P<speaker>(?:[A-Z][\w’'.&-]*\s+){0,2}?(?:[a-z][\w-]*\s+)?"   # "while Labour leader
                          r"[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})"                    # Jeremy Corbyn"
                          r"\s+(?:ha[sd]\s+)?(?P<verb>called|dubbed|labell?ed|branded|termed|described)\b"
                          r"(?:(?!\bthat\b)[^“”\".;!?,])*$")     # not "labeled Trump’s assertion that “...”"
# ... and in a relative clause right before the words: "a protest zone that the city’s police chief derided as “...”"
_LABELLED_REL = re.compile(r"\b(?:(?:that|which|whom)\s+"
                           r"(?P<speaker>(?:the|a|an|[A-Z][\w’'.&-]*)(?:\s+[\w’'.&-]+){0,5}?)|"
                           r"(?<=\s)(?:an?|the)\s+[a-z][\w-]*\s+(?P<speaker2>[A-Z][a-z][\w’'-]*s|critics|opponents|"
                           r"detractors|skeptics|conservatives|liberals|progressives|activists))"
                           r"\s+(?:ha(?:ve|s|d)\s+)?(?:(?:long|often|repeatedly|frequently|widely|also)\s+)?"
                           r"(?P<verb>called|derided|dubbed|labell?ed|branded|termed|described|denounced|decried|hailed|"
                           r"praised|condemned|criticized|criticised|mocked|ridiculed)\s+(?:as\s+)?(?:(?:an?|the)\s+)?$")
#                          (and with no relative pronoun, after a noun: "a practice Republicans have long
#                          criticized as")
# ... and in the passive, its agent: "the Black Voices Coalition, described by the Trump campaign as “...”"
_LABELLED_BY_AGENT = re.compile(r"\b(?P<verb>described|called|labell?ed|dubbed|branded|characteri[sz]ed|billed|hailed|"
                                r"derided|denounced)\s+by\s+(?P<speaker>[^,;:“”\"()]{2,60}?)\s+as\s+(?:(?:an?|the)\s+)?$")
# No words after the verb: "he says so all the time"; "few besides Gibbons said anything about responding with violence"
_HANDLE_OPENS = re.compile(r"\s*\.?(?P<handle>@\w{1,15}):\s")   # a tweet quoted as “@user: ...”: by @user
_SO_PRO_FORM = re.compile(r"so\s*(?:$|[,.;]|(?:all|repeatedly|publicly|privately|openly|explicitly|often|again|too|in|"
                          r"on|at|himself|herself|themselves|itself)\b)|(?:anything|nothing)\s+(?:about|of|on|regarding)\b")
_HYPOTHETICAL_BEFORE = re.compile(r"\b(?:should|could|might|must|may|ought\s+to)\s+(?:\w+\s+)?(?:say|tell\s+\w+|"
                                  r"ask|reply|respond|answer)\s*[,:]?\s*[“\"‘]?$", re.I)
_A_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
# How a share of people is hedged: "just 12 percent", "Nearly two-thirds", "more than half"
_ABOUT = (r"(?:just|only|nearly|almost|about|over|under|some|roughly|around|barely|fully|a\s+full|more\s+than|"
          r"fewer\s+than|less\s+than)")
_PERCENT_WORDS = r"\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b)"
_PARTITIVE = re.compile(rf"(?:{_ABOUT}\s+)?"
                        r"(?:one|two|three|some|several|many|most|each|both|another|a few|half|a\s+(?:third|quarter|"
                        rf"majority)|{_PERCENT_WORDS})\s+of\s+(?:them|those|these|us|you)",
                        re.I)   # ("just 12 percent of us say we have ... confidence in Congress")
# ... a lower-case noun after a name, unless the name speaks through it ("a New York Times editorial")
_LOWER_AFTER = re.compile(r"\s+(?!(?:[a-z-]+\s+){0,2}(?:editorials?|articles?|pieces?|statements?|reports?|textbooks?|"
                          r"headlines?|op-eds?|stor(?:y|ies)|stud(?:y|ies)|memos?|letters?|tweets?|posts?|videos?|ads?|"
                          r"surveys?|polls?|analys[ie]s|columns?|books?|releases?|spokes(?:man|woman|person)|"
                          r"campaigns?|filings?|complaints?|briefs?|websites?|reporters?|journals?|courses?|"
                          r"guidelines?|polic(?:y|ies)|documents?|e-?mails?|messages?|rebuttals?|interviews?|testimon(?:y|ies)|"
                          r"remarks|comments?|depositions?)\b)[a-z]")
# ... the same after a possessive, past capitalised modifiers ("Merkel’s Russian teacher", not "Giving USA’s 2018
# report")
_OWNED_NOUN = re.compile(r"(?:\s+(?:[A-Z][\w’'-]*|\d[\w-]*))*" + _LOWER_AFTER.pattern)
# Words introduced as someone's: "Biden had to face this zinger from Brzezinski: “...”"
_SPEECH_NOUNS = ("question|zinger|quip|remark|comment|retort|rebuke|reply|response|message|warning|plea|challenge|jab|"
                 "taunt|tweet|statement")                          # words someone says, named as a thing
_WORDS_FROM = re.compile(rf"\b(?P<noun>{_SPEECH_NOUNS}|quote|quotation)s?\s+from\s+"
                         r"(?P<speaker>(?:(?:the|a|an|his|her)\s+)?"
                         r"[^,;:“”\"\s][^,;:“”\"]{0,58}?)\s*[:,]\s*[“\"]?$")
_OWNED_THING = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s?\s+(?:[a-z][\w-]*\s+){0,2}(?:office|campaign|"
                          r"team|government|administration|ministry|department|agency|company|committee|"
                          r"statement|report|filing|lawsuit|complaint|website|memo|letter)")
_WORDS_NOUN_BEFORE = re.compile(rf"\b(?:{_SPEECH_NOUNS}|admonition|promise|pledge|vow|reminder|advice|demand)s?\s+"
                                r"(?:to\s+|that\s+)?[“\"]?$")
_FROM_AFTER = re.compile(rf"\s*from\s+(?P<speaker>{NAME_WORDS})(?=\s+(?:on|in|at|during|while|after)\b|\s*[,.;)]|\s*$)")
_NEGATED = re.compile(r"\b(?:not|never|n['’]t|neither|nor)\s+(?:\w+ly\s+|yet\s+|ever\s+)?$", re.I)
_TELLS_IT = re.compile(r"it\s+(?:like|as)\s+it\s+(?:is|was)\b|(?:little|nothing|much|a\s+lot|a\s+great\s+deal|volumes|"
                       r"less|more|something)\s+about\s", re.I)   # (and "says little about ...": no words said)
_FINITE_IN = re.compile(r"n['’]t\b|\b(?:is|are|was|were|will|would|should|could|can|must)\b")
_NAMED_AS = re.compile(r"\b(?:titled|entitled|headlined|called|named|dubbed)[,:]?\s*$", re.I)   # "a book called, “"
# Someone who works for a person named after: a spokesperson or a lawyer speaks for that person, an aide for herself
# ("aides to Mr. Romney acknowledge": the aides, no actor);
# a message to a person is not that person's ("the email to Mrs. Jackson said")
_WORKS_FOR = re.compile(r"(?:(?:an?|the|one|two)\s+)?(?:[\w-]+\s+){0,2}?(?:(?P<voice>spokes(?:man|woman|person|"
                        r"people|men|women)|lawyers?|attorneys?|representatives?|press\s+secretary)|aides?|advis[eo]rs?|staffers?|"
                        r"associates?|allies|ally|friends?|e-?mails?|letters?|memos?|messages?|notes?|texts?)\s+"
                        r"(?:for|to|of)\s+(?:[A-Z][\w'’.-]*\s*){1,6}$", re.I)
_LISTENER_BEFORE = re.compile(r"\b(?:spoke|speaking|talked|talking)\s+(?:to|with)\s+(?:the\s+)?$", re.I)
_ADDED = re.compile(rf"\b(?:but|and)\s+(?:also\s+|then\s+|later\s+)?(?P<verb>{_SAY})\s*[,:]?\s*$")
_SPEAKING = re.compile(r"\b(?:interview|account|statement|remarks|speech|testimony|briefing|press\s+conference|"
                       r"news\s+conference|told)\b", re.I)     # "gave a detailed account ... in an interview"
_SAYS_IN = re.compile(rf"\b(?:{_SAY}|according\s+to)\b", re.I)
_SAYS_ACTIVE = re.compile(r"(?<!\bbeing\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)"
                          + _SAYS_IN.pattern, re.I)           # not a passive: "from being declared mentally unfit"
_FIRST_CLAUSE = re.compile(r"[^,;:—–]*")
_CLAUSE_END = re.compile(r"[,;:—–“”\"]")
_TITLE_BEFORE = re.compile(r"\s*(?:(?:Rep|Sen|Gov|Gen|Dr|Mr|Mrs|Ms|Rev|Lt|Col|Sgt|Capt)\.\s+|(?:[A-Z][a-z]+\s+){1,3})")
_POSSESSIVE = re.compile(r"[’'](?:s\b|\s)")
_AFTER_PLACE_WORD = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$", re.I)
# A name after "his", "her" ... that is no person's modifies what is owned: "at his San Diego rally"
_AFTER_OWNER = re.compile(r"\b(?:his|her|their|its|our|my|your)\s+$", re.I)
# Who told the speaker what the speaker reports: "said that Mr. Casey told him that", "said her manager told her"
# (before a direct quotation, _TELLER_IN reads the same in the speaker phrase)
_NESTED_TELLER = re.compile(r",?\s+(?:that\s+)?(?P<speaker>(?:(?:the|his|her|their|a|an)\s+)?(?:[\w.'’-]+\s+){0,3}?"
                            r"[\w.'’-]+)\s+(?P<verb>told|assured|informed|warned)\s+(?:him|her|them|me|us)\s+"
                            r"(?:that\s+|(?=[“\"]|(?:he|she|they|it|we|I|the|a|an|his|her|their|there|this)\s))")
# (the words open at "that", a quotation or a subject: not "told him of the storm", "told her in 1993", "told him
# to have the story removed", "informed her by phone")
_OWNER_NAME = re.compile(r"(?<![\w’'-])(?P<name>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*)[’']s\s+$")
_OWNER_END = re.compile(r"(?:\w[’']s|\b(?:his|her|their|its|our|my|your))\s+$", re.I)   # "the agency’s stated aim"
# A name used as a modifier is no antecedent of "he": "the former Reagan administration official"
_MODIFIER_AFTER = re.compile(r"\s+(?:administration|era|campaign|presidency|government|team|aides?|officials?|"
                             r"polic(?:y|ies)|years|doctrine|camp|all(?:y|ies)|loyalists?|supporters?|support|tweets?|lawyers?|"
                             r"attorneys?|associates?|advisers?|advisors?|confidants?|insiders?|donors?|operatives?|"
                             r"staffers?|impeachment|alumn(?:us|i|a|ae)|appointees?|nominees?|voters?|backers?|critics?|fans?|"
                             r"sources?|friends?|surrogates?|relatives?)\b")
#                                  ("Another Clinton impeachment alumnus, Alan Dershowitz, ...": Dershowitz; "A
#                                  Kardashian source ... told": not Kim Kardashian)
_POLL_AFTER = re.compile(r"\s+(?:polls?|surveys?)\b")    # "a Harris poll": not Kamala Harris (but "a Pew Research
#                                                         survey" is the Pew Research Center's, a name of two words)
# A reported clause that opens on a finite verb has no subject of its own (but "All he said was that ..."), and a
# sentence opened by a free relative ("Everything he wrote was ...") is about what was said, not a report of it
_VERB_OPENS = re.compile(r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did)\b"
                         r"(?!\s+that\b)")
_REDUCED_THEN_VERB = re.compile(r"(?:(?:early|earlier|late|later|today|yesterday|recently|[a-z]+ly)\s+)"
                                r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\b")
_NO_MATTER = re.compile(r"\b(?:[Nn]o\s+matter|[Rr]egardless\s+of)\s+(?:what|who|how\s+much)\s+[^.;:,“”\"]{1,80}$")
_FREE_RELATIVE = re.compile(r"[\s“\"]*(?:What|Whatever|Everything|Anything|Nothing|Something|All|Much|Little)\s+"
                            r"(?:(?:that|which)\s+)?(?:[\w'’.-]+\s+){1,5}$")
# ... inside the sentence: "the public is led to think that anything that The Washington Post, or another paper ...,
# says is [not] justified" (not "Despite everything, Trump said")
_FREE_RELATIVE_IN = re.compile(r"\b(?:[Ee]verything|[Aa]nything|[Nn]othing|[Ww]hatever)\s+(?:(?:that|which)\s+)?"
                               r"[^.;:“”\"]{1,120}$")
_NOUNS_AFTER = re.compile(r"(?:\s+[a-z]+){1,2}\b(?![\w-])")             # "(the former Obama) housing secretary"
_NOUN_AFTER = re.compile(r"\s+[a-z]+\b(?![\w-])")                         # "(San Antonio) mayor"
_VERB_FORM = re.compile(r"[a-z]+(?:ed|ing)|is|was|are|were|has|had|have|will|would|can|could|did|does|do")
_ROLE_THEN_NAME = re.compile(r"(?P<role>(?:\s+[a-z]+){1,2})\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w’'-]*\s+[A-Z][\w’'-]+")
_DETERMINER_END = re.compile(r"\b(?:[Tt]he|[Aa]n?|former|ex-)\s+$")
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|must|should|may|might|"
                      r"shall|needs?|wants?)\b", re.I)
# A participle of saying after a comma ("..., saying it will inhibit job growth"; "..., adding that ..."): without
# "that", only "saying" reports words ("adding to the confusion", "noting the date" do not)
_ING_SAY = frozenset({"saying", "adding", "arguing", "noting", "claiming", "insisting", "warning", "explaining",
                      "stating", "contending", "asserting", "maintaining", "stressing", "acknowledging", "admitting",
                      "conceding", "predicting", "complaining", "countering", "joking", "quipping", "boasting",
                      "lamenting", "declaring", "reasoning", "writing", "tweeting"})
#                       (not "suggesting": ", suggesting that the race is tightening" is more often the writer's
#                       inference from a fact than anyone's words)
# (and "concludes by saying", "was very direct in saying")
_ING_SAYS = re.compile(rf"(?:,|\s+by|\s+in(?!\s+writing\b)|,\s+with\s+(?P<with>(?:[\w.’'-]+\s+){{0,6}}?[\w.’'-]+))\s+"
                       r"(?:(?:also|again|later|even|[a-z]+ly)\s+)?"
                       rf"(?P<verb>{'|'.join(sorted(_ING_SAY))})\b,?\s+"
                       r"(?:(?P<that>that),?\s+)?")
# A participle clause after an attribution, which says more: "..., Clement said, adding that Congress wanted ..."
_PARTICIPLE_AFTER = re.compile(rf",\s+(?:{'|'.join(sorted(_ING_SAY))})\b[^“”\"]*$")
# A participle of saying that introduces a quotation: "..., adding: “We can't vote for that”"
_ING_THEN_QUOTE = re.compile(rf",\s+(?:(?:also|again|later|even)\s+)?(?:{'|'.join(sorted(_ING_SAY))})\b[,:]?\s*[“\"]")
_SAYING_NO_WORDS = {"goodbye", "hello", "thanks", "thank", "grace", "yes", "no", "sorry", "nothing", "anything",
                    "something", "so", "little", "much", "more", "less", "prayers", "farewell"}
# A subject of capitalised words, then a verb in the present (no -ed to end it) and its object or preposition
_NAME_THEN_VERB = re.compile(r"(?P<np>[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*)\s+(?!(?:of|for|to|in|on|at|with|from|"
                             r"by|and|or|about|against|over|under)\b)[a-z]+\s+"
                             r"(?:the|a|an|his|her|their|its|our|this|that|these|those|to|on|with|for|in|at|about|"
                             r"against|by)\b")
_WITH_THEN = re.compile(r",\s+with\s+(?P<speaker>[^,;:“”\"]{2,60}?)(?:,[^;:“”\"]*)?$")
_WHEN_THEN = re.compile(r"\b(?:when|after|as|because|since|while|before|until)\s+(?P<speaker>(?:[A-Z][\w.’'-]*\s+)*"
                        r"[A-Z][\w.-]*(?<![’'])|he|she|they)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b[^,;:“”\"]*$")
_OWNER_THEN_WORD = re.compile(r"[’']s?\s+[a-z]+$")
# "... and officials in Shelby County, Alabama, subsequently filed suit" before a participle: a clause of its own, its
# subject a plural noun (and the place it is in), its verb in the past tense
_AND_THEN_SUBJECT = re.compile(r"\s+and\s+(?P<np>(?:(?:the|some|many|several|other|local|state|federal|"
                               r"[A-Z][\w.’'-]*)\s+)?[a-z]+s(?:\s+(?:in|of|from|at)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?(?:,\s+"
                               r"[A-Z][\w.’'-]*,)?)?)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b[^,]*$")
_NEW_CLAUSE = re.compile(r"(?:;\s+|,?\s+but\s+|,\s+(?:while|whereas|yet)\s+)(?=(?:[A-Z]|he\b|she\b|they\b|it\b))|"
                         r",\s+(?:while|whereas)\s+(?=(?:the|some|many|most|other|others|[a-z]{3,}s)\s)")
#                          (", while opponents within the U.S. are hoping to prevent that, saying": the opponents)
# The predicate read into a subject: "Democrat lawmakers laid out their arguments against Trump": cut before its verb
_VERB_INSIDE = re.compile(r"\s(?!(?:of|for|to|in|on|at|with|from|by|and|or|about|against|over|under|into|than|like|"
                          r"who|which|that)\b)[a-z]{3,}(?:\s+(?:out|up|off|down|back))?\s+(?:their|his|her|its|the|a|an|"
                          r"our|this|that|these|those)\s")
# "Congressional Black Caucus Chairwoman Karen Bass, California Democrat,": the name before the description
_NAME_THEN_COMMA = re.compile(r"(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*\s+[A-Z][\w’'-]+(?=,)")
_SUBORDINATE_OPENS = re.compile(r"[\s“\"]*(?:While|Although|Though|Whereas|As|If|When|After|Before|Because|Since|"
                                r"Until|Once|Unless|Despite|Following|Amid|During|(?:Even|Just|Shortly|Long|Soon|Right)\s+(?:though|while|as|"
                                r"if|when|after|before|because|since|until|once))\b[^,]*,\s+")   # "Even before ..., X"
_SAYS_VERB = re.compile(r"\s(?P<verb>said|says|told|tells|announced|announces|reported|reports|wrote|writes|stated|"
                        r"states|declared|declares)\s")
_MEDIUM_AT_END = re.compile(r"\s+(?:in|on|at|during|through)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+)?"
                            rf"(?:{_MEDIA})\b.*$")
_LEAD_OPENER = re.compile(r"[\s“\"]*(?:(?:More|Most|Even|Equally|Perhaps\s+more)\s+(?:important|importantly|notably|"
                          r"significant|significantly|troubling|telling|striking)|(?:Late|Early|Earlier|Later)\s+"
                          r"(?:last|this|that|on|in)\s+\w+),\s+")       # "More important, she dropped ..."
_APPOSITIVE_TO_END = re.compile(r"(?:,\s*)?(?:a|an)\s+(?P<words>(?:[\w’'-]+\s+){0,3}[\w’'-]+)")   # a role
_GOES_ON_AFTER = re.compile(r",\s+(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|[a-z]+ed)\b")
_COPULA = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would)\b")
_CLEFT = re.compile(r"[\s“\"]*(?:It|There)\s+(?:is|was|are|were|’s|'s)\b")
_SAID_FIRST = re.compile(rf"(?:{_SAY})\s+(?P<np>[^,;:“”\"()]+?)(?:\s*\([^()]*\))?")
_CLAUSE_SAYS = re.compile(rf";\s+|,?\s+but\s+|,\s+while\s+|,\s+(?P<ing>(?:{'|'.join(sorted(_ING_SAY))})\b)")
_SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "he's", "she's", "it's", "he’s", "she’s", "it’s"}
_NAME_FIRST = re.compile(rf"^(?:(?:And|But|Then|Meanwhile)\s+)?(?!(?:{_OPENING_WORDS}),)(?:{ABBREVIATION}\s*)?"
                         rf"{NAME_WORDS},")           # "And Dr. X," (not "True, ...", "Yes, ...", "Finally, ...")
_APPOSITIVE_NAME = re.compile(rf",\s*{NAME_WORDS}\s*$")                         # "His successor, Joe Biden"
_INDIRECT = re.compile(rf"\b(?<!\w-)(?P<verb>{_SAY})\b(?P<object>(?:\s+[\w’'.-]+){{0,3}}?)\s+(?P<that>that,?\s+)?"
                       rf"(?P<clause>(?:[^“\"\s]|(?={_TERM_SUBJECT.pattern})|(?<=told\s)(?=[“\"][^“”\"]{{1,40}}[”\"],?"
                       rf"\s+(?:that|on)\s)).+)$")   # (or a quoted term and its verb: see _TERM_SUBJECT; or the
#                                                   programme told: "told “Fox News Sunday” that")


def quotes(corpus, *, actors: Extra = None, sections: Sequence[str] = ANALYSED,
           mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every quotation and attributed statement.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        actors: Extra actors (TOML path or mapping) for naming speakers, added to the event lexicon's; speakers
            are matched to the actors :func:`mediakit.actor_mentions` finds, with or without them.
        sections: Which sections to read (headlines and bodies by default).
        mentions: The table from :func:`mediakit.actor_mentions`, if already computed.

    Returns:
        One row per statement: ``doc_id, outlet, speaker, actor, actor_kind, verb, quote, kind, start, end,
        section``;
        ``kind`` is ``direct`` or ``indirect``; ``start``/``end`` are the offsets of the quoted words in
        ``docs.text``; ``speaker`` is "" where the text names nobody; ``actor`` the actor the speaker is (its
        name in :func:`mediakit.actors`), "" where the speaker is no actor ("witnesses"), and ``actor_kind`` its
        kind (person, organisation, country, place, other).

    Examples:
        >>> from mediakit import load_corpus
        >>> q = quotes(load_corpus("data/baghdad-2020-01-24", quiet=True))
        >>> q[q["speaker"] == "one banner"][["outlet", "verb", "quote"]].values.tolist()
        [['Kurdistan 24', 'read', 'America killed our national leaders,']]

    The table for the default ``actors`` and ``sections`` (and no ``mentions`` given) is computed once per corpus
    and kept, as the actor mentions are (with the corpus's cache entry, if it was loaded with ``cache=``).
    """
    if is_lazy(corpus):     # the actors and their pronouns counted over every partition, then each one read
        no_mentions_table(mentions)
        index = corpus.share(actor_index(corpus, actors=actors, sections=sections))
        votes = corpus.map(_votes_in, index, actors=actors, sections=sections, combine=_merge_both)
        return corpus.map(_quotes_in, index, (decide_genders(votes[0]), votes[1]), actors=actors, sections=sections,
                          combine=partial(concat_rows, sort_by=["doc_id", "start"]))
    if mentions is None and actors is None and list(sections) == list(ANALYSED):
        return derived(corpus, "quotes", lambda: quotes(corpus, mentions=actor_mentions(corpus)))
    m = actor_mentions(corpus, actors=actors, sections=sections) if mentions is None else mentions
    return _quotes(corpus, m, genders(m, corpus, actors=actors), sections, actors,
                   office_votes(m, corpus, actors=actors))


def _votes_in(corpus, index, *, actors: Extra, sections: Sequence[str]) -> tuple[dict, dict]:
    m = mentions_in(corpus, index, actors=actors, sections=sections)
    return gender_votes(m, corpus, actors=actors), office_votes(m, corpus, actors=actors)


def _merge_both(parts: list[tuple[dict, dict]]) -> tuple[dict, dict]:
    return merge_votes([p[0] for p in parts]), merge_votes([p[1] for p in parts])


def _quotes_in(corpus, index, known: tuple[dict, dict], *, actors: Extra, sections: Sequence[str]) -> pd.DataFrame:
    return _quotes(corpus, mentions_in(corpus, index, actors=actors, sections=sections), known[0], sections, actors,
                   known[1])


def _quotes(corpus, m: pd.DataFrame, gender: dict[str, str], sections: Sequence[str], actors: Extra,
            offices: dict[str, Counter]) -> pd.DataFrame:
    """:func:`quotes` of a loaded corpus, its mentions, its actors' pronouns and the offices their titles give
    them across the corpus (:func:`mediakit.actors.office_votes`)."""
    quoted = m["quoted"].to_numpy(dtype=bool) if "quoted" in m else np.zeros(len(m), dtype=bool)
    mention_starts, mention_ends = m["start"].to_numpy(), m["end"].to_numpy()
    mentions_of = ByDocument(m["doc_id"].astype(str))          # one document's mentions at a time, as tuples
    lex = corpus.lexicon
    rules = load_name_rules(lex.part("actors"), lex.part("countries"))
    reader = _Reader(load_stopwords(lex.part("stopwords")), gender, given=given_names(corpus, actors=actors),
                     gendered=gendered_table(lex, actors),
                     plural_names=rules.group_plurals,
                     demonyms=rules.demonyms, is_role=rules.is_role, offices=offices,
                     affiliations=rules.affiliations,
                     parties=frozenset(v for v in rules.affiliations.values() if v))
    docs, sentences = corpus.docs, corpus.sentences
    outlet = dict(zip(docs["doc_id"].astype(str), docs["outlet"].astype(str), strict=True))
    text_of = DocTexts(docs)                                   # each text a Python string when read
    sentences_of = ByDocument(sentences["doc_id"].astype(str))
    sentence_starts, sentence_ends = sentences["start"].to_numpy(), sentences["end"].to_numpy()
    rows = []
    for doc_id, group in corpus.sections.groupby("doc_id", sort=False):
        at = mentions_of.of(doc_id)
        mentions = list(zip(mention_starts[at].tolist(), mention_ends[at].tolist(), values_at(m["actor"], at),
                            values_at(m["kind"], at), values_at(m["mention"], at), quoted[at].tolist(), strict=True))
        at = sentences_of.of(doc_id)
        spans = sorted(zip(sentence_starts[at].tolist(), sentence_ends[at].tolist(), strict=True))
        starts = [x for x, _ in spans]
        text, runs = reading(text_of[doc_id], zip(group["section"], group["start"], group["end"], strict=True),
                             sections)
        shown, text = text, without_nicknames(text)     # Rick “Ozzie” Nelson: one name, and no quotation
        if shown is not text:                           # (and so his name as the reader reads it)
            mentions = [(*x[:4], text[x[0]:x[1]] if x[4] == shown[x[0]:x[1]] else x[4], x[5]) for x in mentions]
        reader.start_document(text, mentions, starts)
        for section, lo, hi in runs:
            for a, b in paragraphs(text[lo:hi]):
                found = reader.paragraph(text, lo + a, lo + b, _within((starts, spans), lo + a, lo + b))
                if shown is not text:                    # the words as written, with the nickname
                    for r in found:
                        if r["quote"] == text[r["start"]:r["end"]]:
                            r["quote"] = shown[r["start"]:r["end"]]
                rows += [(doc_id, outlet[doc_id], *(r.get(c) for c in COLUMNS[2:-1]), section) for r in found
                         if not _quoted_phrase(r, text) and not _inferred(r, rules.is_role)]
    out = pd.DataFrame(rows, columns=COLUMNS)
    return out.sort_values(["doc_id", "start"]).reset_index(drop=True).astype({"start": "int64", "end": "int64"})


def _opening_verb_at(para: str, start: int, opening: re.Match, at: int) -> int | None:
    """Where the verb of a sentence's opening attribution stands, as the quotation at ``at`` uses it; None where
    the quotation is words quoted inside a statement that verb reports ("Carney said Obama directed the funding ...
    “in recent days”"), which is then read whole too, as indirect (but not "tweeted congratulations and said of the
    winner, “...”": a verb of its own, or a comma or colon, introduces the quotation)."""
    between = _QUOTE.sub(" ", para[start + opening.end():at])
    inside = len(between.split()) >= 3 and not _SAYS_IN.search(between) and not \
        between.rstrip(" “\"‘'").endswith((",", ":"))
    return None if inside else start + opening.start("verb")


# "suggest" with a thing for its subject is the writer's inference ("The evidence suggests that ...", "History
# suggests"), not a statement; a person, a group, a pronoun, or a document or a finding ("the study", "polls",
# "Recent research", "the data"; _FINDINGS) that suggests reports one
_SUGGEST = {"suggest", "suggests", "suggested"}
_ALIKE = {"alike", "therefore", "thus", "too", "also", "both", "together", "themselves", "then"}


def _phrase_head(phrase: str) -> str:
    """The last word of a noun phrase before a preposition and past adverbs at its end: "Mutz’s research on the
    topic": "research"; "Trump’s media and political allies alike": "allies"; "" for no words."""
    words = phrase.split()
    cut = next((i for i, w in enumerate(words) if i and fold(w) in _PREPOSITIONS | {"of"}), len(words))
    words = words[:cut]         # (not at "about": "only about half saying")
    while len(words) > 1 and (_ADVERB.fullmatch(words[-1]) or words[-1] in _ALIKE):
        words.pop()
    return words[-1].strip(",.;:’'") if words else ""


def _inferred(row: dict, is_role) -> bool:
    """Whether a row is the writer's inference from a thing, not a statement: "suggest" after a thing that is no
    one, no group and no document (its head a singular noun in small letters: "The evidence", "Friday’s forum
    performance"; plural heads are kept, people as often as things: "teammates have suggested")."""
    if row["verb"] not in _SUGGEST or row["kind"] != "indirect":
        return False                                     # (words quoted stay a quotation, whoever spoke them)
    head = _phrase_head(row["speaker"])
    return bool(head) and head.islower() and (not head.endswith("s") or head.endswith("ss")) and head not in \
        PRONOUNS | _SOME | {"one", "all"} and not is_role(light_stem(head)) and not _FINDINGS.fullmatch(head)


def _subject_only(clause: str, start: int, end: int) -> bool:
    """Whether ``clause[start:end]`` is no more than the subject of a verb at ``end`` that reports words of its own
    inside a report: one to five words, no comma ("police have", "one official"), and the verb followed by a clause
    (not "he told them sensitive intelligence", "a story he told about the war")."""
    between, after = clause[start:end], clause[end:]
    words = after.split()[1:11]
    return 1 <= len(between.split()) <= 5 and "," not in between and not (words[:1] == ["about"] or re.match(
        r"\S*(?:told|tells)\b", after) and not _FINITE.search(" ".join(words)))


def _quoted_phrase(row: dict, text: str) -> bool:
    """Whether a quotation of a row is a phrase quoted inside a sentence that names no one who said it (“fire in the
    belly”, "tough on crime" measures, a title or a label): six words or fewer, a word right before its opening
    mark, and neither a speaker nor a verb found for it. Such rows are no statements (as the scare quotes of one or
    two words are not)."""
    return row["kind"] == "direct" and not row["speaker"] and not row["verb"] and len(row["quote"].split()) <= 6 \
        and bool(_PHRASE_OPENS.search(text, max(0, row["start"] - 40), row["start"]))


_PHRASE_OPENS = re.compile(r"[A-Za-z,]\s*[“\"‘']+$")
_BOTH_FIRST = re.compile(r"^(?:[Bb]oth|[Ee]ither|[Nn]either)\s+")
_WHERE_BETWEEN = re.compile(r"\s+(?:in|on|at|across|throughout)\s+(?:the\s+)?")   # a group and where it is
_LONE_NAME = re.compile(r"[A-Z][a-z]+")                 # "Justice", "King": one capitalised word


class _Reader:
    """Reads one document's paragraphs in order, remembering the last speaker; speakers are matched to the
    document's actor mentions by their offsets."""

    def __init__(self, stopwords: frozenset[str], gender: dict[str, str] | None = None, *,
                 given: Mapping[str, str] | None = None, plural_names: frozenset[str] = frozenset(),
                 is_role=lambda noun: False, offices: Mapping[str, Counter] | None = None,
                 parties: frozenset[str] = frozenset(), demonyms: frozenset[str] = frozenset(),
                 affiliations: Mapping[str, str] | None = None, gendered: Mapping[str, str] | None = None):
        self.stopwords = stopwords
        self.gendered = {fold(w): p for w, p in (gendered or {}).items()}   # "husband": he ([gendered], actors.toml)
        self.affiliations = affiliations or {}            # "Republican" -> "republican"
        self.peoples = plural_names | demonyms                # "Americans", "English", "Muslims": a people
        self.gender = gender or {}                         # what the corpus tells of each person
        self.given = given or {}                           # given names that tell it ("Beryl")
        self.plural_names = plural_names                  # "Democrats", "Iranians": a capitalised plural
        self.is_role = is_role                            # "briefer", "officer": a noun for a person
        self.offices = offices or {}                      # each person's offices and parties, by its titles
        self.parties = parties                            # "democrat", "republican": a party's member

    def start_document(self, text: str, mentions: Sequence[tuple] | None, sentence_starts: Sequence[int] = ()) -> None:
        """``mentions``: the document's ``(start, end, actor, kind, mention, quoted)``."""
        self.text = text
        self.sentence_starts = list(sentence_starts)
        mentions = sorted(mentions or ())
        named = {i for i, m in enumerate(mentions) if m[3] == "other" and self._given_first(m[4]) and not (
            _A_BEFORE.search(text, max(0, m[0] - 4), m[0]) and _LOWER_AFTER.match(text, m[1])) and not (
            " " not in m[4] and _POSSESSIVE.match(text, m[1]))}
        #   ("Robert Gates", named once with nothing else to tell his kind, or "Suzanne": a person here; not "a John
        #    Hughes movie" nor "Jane’s Defence Weekly")
        self.mentions: list[tuple[int, int, str, str, str, bool]] = [
            (*m[:3], "person", *m[4:]) if i in named else m for i, m in enumerate(mentions)]
        self.kind_of = {m[2]: m[3] for m in self.mentions}
        # each person's pronoun: what the corpus tells, else the given name this document writes ("Beryl A.
        # Howell"; not another document's: "Sarah Hall Ingram" may share her actor with an "Eric Ingram"; and not
        # a word alone: "Gordon says, ... “...,” she says": a surname, hers)
        self.pronoun_of = dict(self.gender)
        for m in self.mentions:
            first = m[4].split(maxsplit=1)[0] if m[3] == "person" and " " in m[4] else ""
            if first in self.given:
                self.pronoun_of.setdefault(m[2], self.given[first])
        self.starts = [m[0] for m in self.mentions]             # for binary search: linear in a document's length
        self.last, self.last_sentence, self.introduced, self.last_start = ("", ""), None, None, -1
        self.holder = ("", "")                                 # who spoke before a sign's words
        self.said: list[tuple[int, str, str]] = []          # (start, speaker, actor) of each statement so far
        self.quoted_by: list[tuple[str, str]] = []           # (words, speaker) of each quotation with a speaker
        labels = Counter(t.group("speaker") for t in _TURN.finditer(text) if t.group("speaker").title() not in
                         _NOT_TURNS)
        # "AMY GOODMAN: ..." / "YAZAN AL-SAADI: ...": a transcript's turns, each label in capitals or used twice
        # (not a headline's "Peace Advocates: If Trump Wanted to Help ...")
        self.turn_labels = {x for x, n in labels.items() if x.isupper() or n >= 2} if sum(labels.values()) >= 3 \
            else set()

    def _given_first(self, mention: str) -> bool:
        """Whether a name of up to three words opens with a given name of the table ("Robert Gates"; "Suzanne", a
        person named by her given name alone)."""
        words = mention.split()
        return 1 <= len(words) <= 3 and words[0] in self.given and all(w[:1].isupper() for w in words[1:])

    def _subject_before(self, text: str, at: int, spans) -> str:
        """The person the sentence before ``at`` is about, where that sentence opens with them and quotes no one:
        "Trump continued to slam the media. “...”" and "He gave journalists a harsh assessment. “...”" are theirs
        (a quotation that is a sentence of its own, with no attribution). "" where that sentence has another
        shape."""
        prior = _unquoted_before(text, at, spans)
        if prior is None:
            return ""
        x, y = prior
        opens = _PRONOUN_OPENS.match(text, x, y)
        if opens:
            return opens.group("p")
        first = _ONLY_OPENERS.match(text, x, y).end()
        lead = _LEADS.match(text, first, y)             # "For the record, Gibson told us ... . “...”": Gibson's
        first = lead.end() if lead else first
        named = self._named_between(first, y, ("person",))
        return named[0][4] if named and named[0][0] == first and _WORD_AFTER.match(text, named[0][1]) else ""

    def _sayer_before(self, text: str, at: int, spans) -> str:
        """The subject of the verb of saying that reports the sentence before ``at`` ("Jaffe noted that ..."), a
        name or a noun phrase of up to four words; "" where that sentence quotes or reports no one."""
        prior = _unquoted_before(text, at, spans)
        if prior is None:
            return ""
        sentence = text[prior[0]:prior[1]]
        said = _SAY_WORD.search(sentence)
        speaker = _clean(subject_before(sentence[:said.start()])) if said else ""
        return speaker if speaker and len(speaker.split()) <= 4 and self._plausible(speaker) else ""

    def _named_between(self, lo: int, hi: int, kinds=("person", "organisation", "country", "other")):
        i, j = bisect_left(self.starts, lo), bisect_right(self.starts, hi)
        return [m for m in self.mentions[i:j] if m[1] <= hi and m[3] in kinds]

    def _last_before(self, hi: int, kinds) -> tuple | None:
        """The actor named last before ``hi``, outside quotation marks: what a relative "who" stands for."""
        for m in reversed(self.mentions[:bisect_right(self.starts, hi)]):
            if m[1] <= hi and m[3] in kinds and not m[5] and not (
                    m[3] == "person" and _MODIFIER_AFTER.match(self.text, m[1])):
                return m
        return None

    def _cataphora(self, at: int, pronoun: str) -> tuple | None:
        """The person a "he" or "she" in a clause put first stands for, named as the subject of the main clause
        after it: "Even as she acknowledged that ..., Hill indicated": Hill (not someone named before). Only where
        the clause opens the sentence, names no person before the pronoun, and the name comes right after its
        comma; None otherwise."""
        own = bisect_right(self.sentence_starts, at) - 1
        first = self.sentence_starts[own] if own >= 0 else 0
        opener = _FRONTED.match(self.text, first)
        if opener is None or at > first + 200 or _CLAUSE_END.search(self.text, first, at):
            return None
        before = self.text[self.sentence_starts[own - 1]:first] if own > 0 else ""
        if re.search(rf"\b{pronoun}\b", _QUOTE.sub(" ", before), re.I):
            return None                  # "..., she told the outlet. When she replied ..., Moonves demurred": hers
        comma = _CLAUSE_END.search(_QUOTE_MARK.sub(" ", self.text[at:at + 300]))   # past a quotation's marks
        if comma is None or comma.group() != "," or "\n" in self.text[at:at + comma.start()]:
            return None
        after = at + comma.end()
        for m in self.mentions[bisect_left(self.starts, first):bisect_right(self.starts, after + 40)]:
            if m[0] < at and m[3] == "person":
                return None                                # "When Trump met Kim, he said": the name before
            if m[0] >= after:
                right_after = not self.text[after:m[0]].strip() or _TITLE_BEFORE.fullmatch(self.text, after, m[0])
                if right_after and m[3] == "person" and not m[5] and self.pronoun_of.get(m[2]) == pronoun \
                        and not _POSSESSIVE.match(self.text, m[1]):
                    return m
                return None
        return None

    def _antecedent(self, hi: int, kinds, *, others: bool = False, pronoun: str = "",
                    not_actors: frozenset[str] | set[str] = frozenset()) -> tuple | None:
        """The antecedent of a pronoun at ``hi``: the subject of the latest sentence that names a fitting actor.

        After centering theory (Grosz, Joshi & Weinstein 1995, "Centering: A framework for modeling the local
        coherence of discourse", Computational Linguistics 21(2)): the preferred center of a sentence is its
        subject, approximated here by the first fitting mention that is neither a possessive ("Trump's
        declaration") nor after a preposition ("with MSNBC's Maddow") nor the subject of a reported clause ("said
        Sessions could serve"), a known person before a name of no known kind. A sentence whose subject is the
        same pronoun ("But he said Trump's ...") passes the turn to the one before it, as the pronoun continues
        its center. In the pronoun's own sentence only a mention in its first clause, before any other pronoun,
        counts: "After meeting Kim, he said" is not Kim. With ``others``, a name of two words or more of no known
        kind fits in the first clause of its sentence ("Sally Barnes-Breen watched ..."). A name after a preposition of
        place ("a town near Frankfurt"), a person whose name tells another pronoun
        (:func:`mediakit.actors.genders`), a mention inside quotation marks (the speaker's words) and ``not_actors``
        (the object of the pronoun's own verb: "He called Biden ...") are never antecedents."""
        own = bisect_right(self.sentence_starts, hi) - 1
        tail = _PRONOUN_TAIL.match(self.text, hi) and own >= 1 and self._speaker_before(own, pronoun)
        # "Mr LeBaron gave a detailed account ... . His cousin Rhonita Miller ... died, he said.": after a sentence
        # where someone speaks, the names before a closing "he said" are in what he said (but "Myint has
        # experimented with a surcharge ..., he says", after no one speaks, is Myint's own account)
        group, group_sentence = [], None
        for m in reversed(self.mentions[:bisect_right(self.starts, hi)]):
            if not (m[1] <= hi and (m[3] in kinds or others and m[3] == "other" and " " in m[4]) and not m[5]) or (
                    m[3] == "person" and _MODIFIER_AFTER.match(self.text, m[1])) or self._modifies_role(m) or (
                    pronoun and self.pronoun_of.get(m[2], pronoun) != pronoun) or _AFTER_PLACE_WORD.search(
                    self.text, max(0, m[0] - 12), m[0]) or (
                    (m[3] == "other" or m[3] == "person" and " " not in m[4]) and _ARTICLE_RIGHT_BEFORE.search(
                        self.text, max(0, m[0] - 5), m[0])) or (
                    m[3] != "person" and _AFTER_OWNER.search(self.text, max(0, m[0] - 7), m[0])) or \
                    self.text[m[0] - 1:m[0]] == "/" or _PHOTO_BY.search(self.text, max(0, m[0] - 30), m[0]) or (
                    m[2] in not_actors) or pronoun and _TWEET_HANDLE.match(self.text, m[1]):
                continue     # "a town near Frankfurt": a place, whatever its kind; "the Arab Spring", "a Romney White
                #                  House", "the Duggar interview"; "his San Diego rally"; a photo credit; for
                #                  "he" or "she", the signature of a tweet set in the text (its writer, not
                #                  the story's subject)
            if pronoun in ("he", "she") and (_AND_NAME.match(self.text, m[1]) or _NAME_AND.search(
                    self.text, max(0, m[0] - 40), m[0])):
                continue     # "Scott Glover and Maeve Reston spoke with ... . On CNN, he said": one of two, not "he"
            sentence = bisect_right(self.sentence_starts, m[0]) - 1
            if tail and sentence == own and _COMMA_BEFORE.search(self.text, max(0, hi - 3), hi):
                continue
            if m[3] not in kinds and (m[4].isupper() or sentence < 0 or not (_FIRST_CLAUSE.fullmatch(
                    self.text, self.sentence_starts[sentence], m[0]) or _DESCRIBED_FIRST.fullmatch(
                    self.text, self.sentence_starts[sentence], m[0]))):
                continue          # a name of no known kind: only in a first clause ("The pastor, Zani Bakr, 34,")
            if group and sentence != group_sentence:
                break                                          # the latest sentence with a fitting actor, whole
            opens = _PRONOUN_SUBJECT.match(self.text, self.sentence_starts[sentence]) if 0 <= sentence != own \
                else None
            if opens and fold(opens.group("p")) == pronoun and not _QUOTE_MARK.search(
                    self.text, self.sentence_starts[sentence], opens.start("p")) and not _opened_before(
                    self.text, opens.start("p")):
                continue                                       # "He said Trump ...": its subject is the same "he"
                #                     (not "“He has transitioned ...,” said Robert Zimmerman": his words' "he", nor
                #                     "“... He’s really on borrowed time,” said Brian Darling": a sentence that
                #                     begins inside the quotation)
            told = _TOLD_BY_PRONOUN.search(self.text, max(0, m[0] - 60, self.sentence_starts[sentence] if sentence >= 0
                                                          else 0), m[0])
            if told and fold(told.group("p") or told.group("p2")) == pronoun:
                continue                         # "..., he told Fox News host Chris Wallace": the listener, not "he"
            same = _PRONOUN_IN_CLAUSE.search(self.text, self.sentence_starts[sentence], m[0]) if 0 <= sentence != own \
                else None
            if same and fold(same.group("p")) == pronoun:
                continue                                       # "he launched into a tirade against the judge"
            aside = _NAME_THEN_ASIDE.match(self.text, m[1]) if sentence == own and pronoun else None
            if aside and aside.start("p") == hi:
                not_actors = {*not_actors, m[2]}
                continue     # "Roof, he said, “is in protective custody”": the one spoken of, not "he"
            if 0 <= sentence != own and m[3] == "person" and pronoun:
                end = self.sentence_starts[sentence + 1] if sentence + 1 < len(self.sentence_starts) else len(
                    self.text)
                closing = None if _FIRST_CLAUSE.fullmatch(self.text, self.sentence_starts[sentence], m[0]) and not (
                    sentence >= 1 and self._speaker_before(sentence, pronoun)) else _CLOSING_PRONOUN.search(
                    self.text, m[1], end)    # (not "Kevin Rose, ..., became ..., he says" after no one spoke)
                if closing and fold(closing.group("p")) == pronoun:
                    continue     # "But ... if Romney wins the election, he said.": his words name Romney; the
                    #              sentence's subject is the same "he", its turn passed to the sentence before
            aside = _PRONOUN_ASIDE.search(self.text, m[1], self.sentence_starts[own + 1] if own + 1 < len(
                self.sentence_starts) else len(self.text)) if sentence == own and _POSSESSIVE.match(
                self.text, m[1]) else None
            if aside and not _SAYS_IN.search(self.text, m[1], aside.start()) and not _RELATIVE.search(
                    self.text, m[1], aside.start()):
                continue       # "Trump’s “corporate leadership,” he concluded": not Trump (but "Barr’s letter said")
            before = self.text[self.sentence_starts[own]:m[0]] if sentence == own and own >= 0 else ""
            if before and (not (_OPENS.search(before) or _LEAD_OPENS.fullmatch(before) and not _LISTENER_BETWEEN.search(
                    self.text, m[1], hi)) or _HAS_SUBJECT.search(
                    before) or _AFTER_PREPOSITION.search(
                    before) or _AFTER_PARTICIPLE.search(before)) and not (
                    _DESCRIBED_FIRST.fullmatch(before) and self.text[m[1]:m[1] + 1] == ","):
                continue               # but "A former prosecutor on Stone's case, Aaron Zelinsky, ... when he told"
            group.append(m)
            group_sentence = sentence
        if not group:
            return None
        group.reverse()
        teller = next((m for m in group if m[3] == "person" and (_TELLER_BEFORE.search(
            self.text, max(0, m[0] - 60), m[0]) and self.text[m[1]:m[1] + 1] in ",." or _TELLER_AFTER.match(
                self.text, m[1]) and _COMMA_BEFORE.search(self.text, max(0, m[0] - 3), m[0]))), None) if \
            group_sentence != own else None
        if teller is not None:
            return teller      # "Morrison was grounded in ..., said Richard Yarborough, who ... . She and others ...,
            #                    he said.": who told the sentence before goes on, not the one it told of
        subjects = [m for m in group if not _POSSESSIVE.match(self.text, m[1]) and not _AFTER_PREPOSITION.search(
            self.text, max(0, m[0] - 40), m[0]) and not _AFTER_PARTICIPLE.search(self.text, max(0, m[0] - 40), m[0])
            and not (_SAID_BEFORE.search(self.text, max(0, m[0] - 14), m[0]) and not _IMPERSONAL_THAT.search(
                self.text, max(0, m[0] - 40), m[0]) and self.text[m[1]:m[1] + 1] not in ",.;:")] or group
        if 0 <= group_sentence < len(self.sentence_starts):
            opener = _CLAUSE_OPENER.match(self.text, self.sentence_starts[group_sentence])
            main = [m for m in subjects if opener and m[0] >= opener.end()]
            first = next((m for m in group if m[0] >= opener.end()), None) if opener and not main else None
            if first and first[3] == "person" and _POSSESSIVE.match(self.text, first[1]) and (
                    not self.text[opener.end():first[0]].strip() or _TITLE_BEFORE.fullmatch(
                        self.text, opener.end(), first[0])):
                main = [first]                 # "When President Obama told Mexico ..., Mr. Reid’s adverse reaction
                #                                shelved ...": the owner opens the main clause, Reid
            subjects = main or subjects        # "Asked whether Sanders should quit, Bill Clinton declined": Clinton
        return next((m for m in subjects if m[3] in kinds), subjects[0])     # a known person first

    def _modifies_role(self, m: tuple) -> bool:
        """Whether mention ``m`` modifies a role noun after it: "The former Obama housing secretary and San Antonio
        mayor" is neither Obama nor San Antonio. A person's name needs a determiner before it ("Obama told reporters"
        is Obama); any other name is a modifier right before a role noun ("Texas senator"), and a country or a place
        right before an organisation's name is part of it ("The U.S. Food and Drug Administration ... it")."""
        if m[3] in ("country", "place"):
            k = bisect_left(self.starts, m[1])
            if k < len(self.starts) and self.starts[k] == m[1] + 1 and self.text[m[1]] == " " and \
                    self.mentions[k][3] == "organisation":
                return True
        if m[3] == "person" and not _DETERMINER_END.search(self.text, max(0, m[0] - 12), m[0]):
            held = _ROLE_THEN_NAME.match(self.text, m[1])    # "Romney spokesman Eric Fehrnstrom": the spokesman
            words = held.group("role").split() if held else []  # (not "Obama told correspondent Bill Plante")
            return bool(words) and self.is_role(words[-1]) and not any(
                w in _SAY_FIRST or w in _AUXILIARY or _VERB_FORM.fullmatch(w) for w in words)
        after = (_NOUNS_AFTER if m[3] == "person" else _NOUN_AFTER).match(self.text, m[1])
        return bool(after) and any(self.is_role(w) for w in after.group().split())   # as written: "insists" is
        #                                                                         no agent noun, though "insist" is

    def _modifies_name(self, n: tuple, named: list[tuple]) -> bool:
        """Whether the person ``n`` modifies the person named right after ("Trump critic Kathleen Parker", "Clinton
        ally Lanny Davis"): the one named after is the phrase's person."""
        modifier = _MODIFIER_AFTER.match(self.text, n[1])
        return bool(modifier) and any(p[3] == "person" and 0 < p[0] - modifier.end() <= 2 for p in named)

    def _speaker_before(self, own: int, pronoun: str) -> bool:
        """Whether the sentence before sentence ``own`` has a verb of saying, its subject not a pronoun of the
        other gender ("..., she says." before "..., he said.")."""
        before = self.text[self.sentence_starts[own - 1]:self.sentence_starts[own]]
        other = {"he": "she", "she": "he"}.get(pronoun, "")
        return bool(_SAYS_IN.search(before) or _SPEAKING.search(before)) and not (other and re.search(
            rf"\b{other}\s+(?:\w+ly\s+)?(?:{_SAY})\b", before, re.I))

    def paragraph(self, text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> list[dict]:
        turn = _TURN.match(text, lo, hi) if self.turn_labels else None
        said = text[turn.end():hi].split() if turn else []
        turned = [self._turn(text, lo, hi, turn)] if turn and turn.group("speaker") in self.turn_labels and len(
            said) >= 3 and self._speaker_label(turn) and not (len(said) <= 12 and said[-1][-1] not in _ENDS_WORDS) \
            else []                  # (not a heading: "Richard Reeves: FDR's place in the 20th century", the title of
        #                              his part of a CNN forum, as "Joan Hoff: Wartime presidents tend to be ...")
        para = text[lo:hi]
        rows, used = [], set()
        matches = list(quotations(para))
        quoted = [q.span() for q in matches]
        tweet = None if matches or "(@" not in para or not para.rstrip()[-4:].isdigit() else _PLAIN_TWEET.fullmatch(
            para)
        if tweet and self._plausible(_clean(tweet.group("speaker"))):   # an embedded tweet printed as text, no marks
            at = lo + tweet.start("body")                               # around it: "... pic.twitter.com/x — Steve
            rows.append(self._row(_clean(tweet.group("speaker")), "tweeted", tweet.group("body"), at,   # Scalise
                                  text[:at]))                           # (@SteveScalise) January 16, 2019": his
            #                                                (and what it reports others said is read below)
        for m in matches:
            body = _inside(m.group())
            if not body.strip(" .,;:!?…"):
                continue                                   # “” typed twice (“”[W]hat ever happened ...?”): no words
            named_as = _NAMED_AS.search(para, max(0, m.start() - 20), m.start())       # "in a story headlined “"
            if len(body.split()) <= (16 if named_as else 8) and _BEFORE_A_NAME.search(
                    para, max(0, m.start() - 20), m.start()) and \
                    _title_case(body.rstrip(" .,”\"’'" + ("?!" if named_as else "")), self.stopwords,
                                every=len(body.split()) > 6 and not named_as):
                continue                # a show's or a book's name: on CNN’s “New Day”; of seven or eight words, every
                #                         word capitalised: on “Full Court Press with Greta Van Susteren.”
            k = first = quoted.index(m.span())
            while first and _LIST_GAP.fullmatch(para, quoted[first - 1][1], quoted[first][0]):
                first -= 1                                 # the first item of a run of quoted names
            run = first < k or k + 1 < len(quoted) and _LIST_GAP.fullmatch(para, m.end(), quoted[k + 1][0])
            lead = (max(0, quoted[first][0] - 80), quoted[first][0])      # the words before the list
            last = k
            while run and last + 1 < len(quoted) and _LIST_GAP.fullmatch(para, quoted[last][1], quoted[last + 1][0]):
                last += 1
            if last - first >= 2 and all(len(_inside(para[a:b]).split()) <= 2 for a, b in quoted[first:last + 1]) \
                    and not _SIGNS_LISTED.search(para, max(0, quoted[first][0] - 120), quoted[first][0]):
                continue                # a list of words: "The terms are “fetus,” “transgender,” “vulnerable,” ...,
                #                         according to a story": terms, no one's statement
            if run and len(body.split()) <= 12 and _title_case(body.rstrip(" ,.;”\"’'"), self.stopwords) and (
                    _LIST_OPENER.search(para, *lead) or _BEFORE_A_NAME.search(para, max(0, lead[1] - 20), lead[1])
                    and _title_case(_inside(para[slice(*quoted[first])]).rstrip(" ,.;”\"’'"), self.stopwords)) and \
                    not _SIGN_WORD.search(para, *lead):
                continue                # a list of titles: "movies of 2016 include: “13 Hours,” “Hell or High Water,”";
                #                         "the author of “Getting Back to Full Employment: ...,” and “The End of Loser
                #                         Liberalism: ...”" (not the slogans of signs: "carried signs ..., including
                #                         “...,” “...”")
            if _ASKED_BEFORE.search(para, max(0, m.start() - 60), m.start()):
                continue                                   # When asked whether “...,” 64 percent said: the question
            if _HYPOTHETICAL_BEFORE.search(para, max(0, m.start() - 40), m.start()):
                continue                                   # "the country should say, “No, thank you.”": unsaid
            alone = len(matches) == 1 and not self.introduced and not _QUOTE.sub("", para).strip(" ?!")
            if alone and len(body.split()) <= 8 and body.rstrip(" ”\"’'")[-1:] not in ".,;:…":
                continue                                   # a subheading: ‘We look terrible’ (its words come later)
            if alone and len(body.strip()) >= 40 and body.strip()[:40] in text[hi:hi + 3000]:
                continue                                   # a pull quote: the article's own next words, repeated
            if alone and body.rstrip(" ”\"’'")[-1:] not in ".,;:!?…" and _repeated_after(body, text[hi:hi + 1500]):
                continue       # a heading quoting words the article gives next, not word for word: 'I have not heard a
                #                new point or original thought from either side' / "... I have not heard a new point
                #                or an original thought from either side in the last three hours."
            sentence = _sentence_at(spans, lo + m.start(), lo)
            speaker, verb, verb_at = self._attribution(para, m, sentence, text, lo, spans)
            if _IMAGINED.match(para, sentence[0], m.start()) and (verb_at is None or verb_at < m.start()):
                continue     # "Imagine if Paul Ryan had given a speech ... “...”": unsaid (not "“...,” as Trump said")
            said_at, not_actor = None, ""
            clause_source = None if speaker or len(body.split()) < 3 else _ACCORDING_CLAUSE.search(
                para, sentence[0], m.start())              # (not a scare quote: "future “American Idol” winner")
            if clause_source and not _SAYS_IN.search(para, clause_source.end("source"), m.start()) and not \
                    _SAYS_IN.search(para, sentence[0], clause_source.start()):   # ("Bush said Monday, according to
                #                                                                   Buzzfeed, accusing ... of “...”")
                speaker, verb, verb_at = (_clean(clause_source.group("source")), "according to",
                                          clause_source.start("verb"))   # "..., and, according to the Atlantic, the
                #                                                         center “shuttered its small museum”"
            if not speaker:
                speaker, verb, verb_at = self._in_sentence(para, m, body, sentence, text, lo, spans)
            written = None if speaker or len(body.split()) < 3 else _DOCUMENT_WORDS.match(para, sentence[0], m.start())
            if written:      # "The guidance for religious groups includes providing ... care “...”": its words
                speaker, verb, verb_at = written.group("speaker"), "", None
            own = _OWN_WORDS_COLON.search(para, max(sentence[0], verb_at), m.start()) if speaker and \
                verb_at is not None and verb_at < m.start() else None
            if own:       # "When Anderson Cooper asked Hogg if ..., his answer was succinct: “...”": the one answering
                speaker, verb, verb_at, said_at = _SUBJECT_OF[own.group("p").lower()], "", None, lo + own.start()
            according = None if speaker else _ACCORDING_AFTER.match(para, m.end()) or _ACCORDING_ENDS.search(
                para, m.end(), sentence[1])               # “...” into the deaths, according to newspaper Haaretz.
            if not speaker and not according and len(body.split()) >= 3:   # "According to the dictionary, to
                according = _ACCORDING_OPENS.match(para, sentence[0], m.start())  # “transform” is to “make ...”"
                if according and (_SAYS_IN.search(para, according.end(), m.start()) or _ASKS.search(
                        para, according.end(), m.start())):
                    according = None      # "According to the report, ... spokesman Daniel Rosario only reiterated
                    #                       the belief that “...”": his words, read below
            if according and not _QUOTE.search(according.group("source")):   # “...,” according to the CRS.
                source = _PARTICIPLE_ON.sub(r"\g<head>", according.group("source")).strip()
                speaker, verb, verb_at = _clean(source), " ".join(according.group("verb").lower().split()), \
                    according.start("verb")                                            # "in the words of X"
            sign = _SIGNS_LISTED.search(para, sentence[0], quoted[first][0]) if (
                not speaker or verb == "according to") and quoted[first][0] > sentence[0] else None
            if sign:                # "protesters carried signs ..., including “...,” “...,” and “...,” according to
                speaker, verb, verb_at = sign.group("sign"), "", None   # the Post": the signs' words, whoever reports
            owner = _OWNER_OF_WORDS.search(para, max(sentence[0], m.start() - 90), m.start())
            user = None if owner or len(body.split()) < 3 else _WORDS_USED_BY.search(   # (not a word: a scare quote)
                para, max(sentence[0], m.start() - 160), m.start())
            if user and self._plausible(user.group("speaker")):
                speaker, verb, verb_at = user.group("speaker"), user.group("verb"), None   # (its own verb: not
                #                        "Republicans argue ... they won't abide by the mantra that ...": not theirs)
            elif owner and self._plausible(owner.group("speaker")) and (
                    owner.group("link") or owner.group("clause") or _LINK_OPENS.match(body)):
                speaker, verb, verb_at = owner.group("speaker"), "", None   # "which has responded eagerly to Trump’s
                #                       talk of “draining the swamp”": Trump's words; "Trump’s call
                #                       “for all civilized nations to ...”" (but "Trump’s statements “set in motion
                #                       enthusiasm by the enemy ...”": the noun is the subject of the words said)
            if not speaker and m.start() == 0 and self.introduced:
                speaker, verb, *at = self.introduced        # "The senator said in a statement:" / “...
                said_at = at[0] if at else said_at
            if len(body.split()) < 3 and not (speaker and verb) and not sign:
                continue                                   # scare quotes: “occupier”, "million-man" (not a sign's
                #                                            words: “Protect Women”)
            if len(body.split()) <= 4 and _OWNER_RIGHT_BEFORE.search(para, max(0, m.start() - 30), m.start()) and \
                    re.fullmatch(TITLE_WORDS, body.rstrip(" ,.")):
                continue                                   # a programme: CBS' “60 Minutes,” said ...
            if len(body.split()) <= 6 and _SHOW_AFTER.match(para, m.end()):
                continue                                   # a title: Biden told the "TODAY" show
            if not speaker and _title_case(body, self.stopwords) or (_WORK_BEFORE.search(
                    para, max(0, m.start() - 20), m.start()) or _BYLINE_AFTER.match(para, m.end())) and _title_case(
                    body.rstrip(" ,."), self.stopwords):
                continue                 # a slogan or a title: "Make America Great Again"; "who wrote “Nuclear
                #                          Showdown, North Korea Takes On The World,” told CNN"; "his book, “A Woman in
                #                          Charge,” ..."; "“...,” by Robby Soave"
            described = _DESCRIBED_AFTER.match(para, m.end()) if not speaker and body.rstrip("”\"’' ").endswith(
                ",") else None
            if described and _title_case(body.rstrip("”\"’' ,"), self.stopwords) and not _SAYS_IN.search(
                    described.group()) and not re.search(r"[a-z]s,$", described.group()):
                continue                 # a name and what it is: "“The Sewing Circle,” the WhatsApp group chat, ..."
                #                          (but "“WE ARE IN A SERIOUS WAR,” the title reads" is words)
            if len(body.split()) <= 8 and _TERM_NOUN_BEFORE.search(para, max(0, m.start() - 30), m.start()) and (
                    not verb_at or verb_at > m.start()) and body.rstrip(" ”\"’'")[-1:] not in ".!?":
                continue          # "the phrase “loyal opposition” boasts a distinguished lineage": a term
            if not (speaker and verb) and len(body.split()) <= 8 and (_TERM_BEFORE.search(
                    para, max(0, m.start() - 30), m.start()) or _NAME_COMMA_BEFORE.search(
                    para, max(0, m.start() - 40), m.start()) and _NO_SAYING_AFTER.match(para, m.end())):
                continue          # a term: a so-called “person of color”; a label: Tamerlan Tsarnaev, “suspect No. 1,”
            after = _WORD_AFTER.match(para, m.end())
            if (not speaker or after and speaker.split()[0] == after.group(1)) and len(body.split()) <= 8 and \
                    body.rstrip()[-1:] not in ",.;:!?" and \
                    _DETERMINER_BEFORE.search(para, max(0, m.start() - 20), m.start()) and (
                    after and (fold(after.group(1)) not in self.stopwords or after.group(1) in _BE_HAVE)) \
                    and not _SAID_NEAR.search(para, max(0, m.start() - 60), m.start()):
                continue             # a modifier: the “you shall not pass” war cry (not "calling it a “...” mess");
                #                      "a 2005 “Access Hollywood” tape that ... in which he is caught saying": no words
            if len(body.split()) <= 6 and body.rstrip()[-1:] not in ",.;:!?" and _IN_A_BEFORE.search(
                    para, max(0, m.start() - 12), m.start()) and after and after.group(1) in _TITLED_THINGS:
                continue             # a modifier after a preposition, whoever speaks: wrote X in a “friend of the
                #                      court” brief
            label = None if speaker or len(body.split()) < 2 else _AS_LABEL.search(para, sentence[0], m.start())
            who = _clean(subject_before(para[sentence[0]:label.start("verb")])) if label and not _PASSIVE_BEFORE.search(
                para, sentence[0], label.start("verb")) else ""
            if who and (fold(who.split()[0]) in _RELATIVE_WORDS or any(
                    n[3] == "person" and self.text[n[1]:lo + label.start("verb")].strip() == "," for n in
                    self._named_between(lo + sentence[0], lo + label.start("verb")))):
                who = ""          # "Nancy Pelosi, who last week denounced ...", "Her son, former President George W.
                #                   Bush, described her as": read below, with the names
            if who and len(who.split()) <= 8 and self._plausible(who):
                speaker, verb = who, label.group("verb")   # "The editors of the Verge, where Jeong still works,
                #                     described any assertion of racism in Jeong’s tweets as “dishonest and
                #                     outrageous,”": the editors' words, not Jeong's, named between
            named = [] if speaker else [n for n in self._named_between(lo + sentence[0], lo + m.start())
                                        if not any(a <= n[0] - lo and n[1] - lo <= b for a, b in quoted)]
            people = [n for n in named if n[3] == "person"]   # outside quotation marks: not a quoted title
            lead = _ING_LEAD.match(para, sentence[0], m.start())
            people = [n for n in people if n[0] - lo >= lead.end()] or people if lead else people
            # "Writing to Energy Secretary Samuel Bodman, Mr. Ryan ... cited “...”": not the one written to
            subject = [n for n in named if (n[3] == "person" or " " in n[4]) and _FIRST_CLAUSE.fullmatch(
                para, _LEADS.match(para, sentence[0]).end() if _LEADS.match(para, sentence[0]) else sentence[0],
                n[0] - lo) and not _AFTER_PREPOSITION.search(para, sentence[0], n[0] - lo)
                and not _HAS_SUBJECT.search(para, sentence[0], n[0] - lo) and re.search(
                    r"\b[a-z]{2,}", para[n[1] - lo:m.start()])]  # "Trump did, but added, “...”", not "X “wants ...”"
            joins = not speaker and not named and _JOINED_ON.fullmatch(para, sentence[0], m.start()) and not \
                _SAYS_IN.search(_QUOTE.sub(" ", para[sentence[0]:sentence[1]]))
            if not speaker and not named and (not para[sentence[0]:m.start()].strip(" “\"‘'(") and not para[
                    m.end():sentence[1]].strip(" .,!?)”\"’'") or joins):
                speaker = self._subject_before(text, lo + sentence[0], spans)   # “...” alone after "He gave ..."
            if joins and not speaker:      # "Jaffe noted that ... . But the “planning thesis took ...”": Jaffe's words
                speaker = self._sayer_before(text, lo + sentence[0], spans)
            labels = None if speaker or named else _LABELLED_BY.match(para, sentence[0], m.start())
            if not speaker and labels is None:
                labels = _LABELLED_IN.search(para, max([sentence[0], *(b for a, b in quoted if b <= m.start())]),
                                             m.start())
            if labels is None and (not speaker or verb_at is None or verb_at < m.start()):
                labels = _LABELLED_REL.search(para, max(sentence[0], verb_at + 1 if speaker and verb_at is not None
                                                        else 0), m.start())
            labeller = (labels.group("speaker") or labels.groupdict().get("speaker2")) if labels else ""
            if labels and self._plausible(labeller):
                speaker, verb = labeller, labels.group("verb")
                #  "Politico called it a bill “...”"; "he says EPA will use fewer consent decrees — ... — a practice
                #  Republicans have long criticized as “...”": the Republicans' words, after his own verb
            passive = None if speaker else _LABELLED_BY_AGENT.search(para, max(sentence[0], m.start() - 120),
                                                                      m.start())
            if passive and self._plausible(passive.group("speaker")):   # "described by the Trump campaign as “...”"
                speaker, verb = passive.group("speaker"), passive.group("verb")
            urged = None if speaker else _URGED_TO.match(para, sentence[0], m.start())
            if urged and self._plausible(_clean(urged.group("speaker"))):   # "Flyers from the organizers instructed
                speaker, verb = _clean(urged.group("speaker")), " ".join(urged.group("verb").split())  # people to “”"
            given = _WORDS_FROM.search(para, sentence[0], m.start())
            if given and self._plausible(given.group("speaker")) and (not speaker or given.group("noun").startswith(
                    "quot") and (verb_at is None or verb_at < given.start())):  # "this zinger from Brzezinski: “”"
                speaker, verb = given.group("speaker"), ""   # (whoever else the sentence names: "Kevin Williamson,
                #                                               who ..., offers a spectacular quote from professor
                #                                               Ronald Purser: “...”")
            given = None if speaker or not _WORDS_NOUN_BEFORE.search(para, max(0, m.start() - 40), m.start()) \
                else _FROM_AFTER.match(para, m.end())
            if given:                                # "the admonition to “...” from John Roberts on Monday": his
                speaker, verb = given.group("speaker"), ""
            if not speaker and (rows or not _QUOTE.sub("", para).strip(" .,")) and not (
                    subject and self.last_sentence != sentence) and (self.last[0] or not rows or not para[
                    sentence[0]:m.start()].rstrip(" “\"‘'").endswith(":")):
                # the same speaker goes on; in the same sentence (“...” and “...”) with the same verb (but after
                # "..., said X, holding a sign that read “...” — ... .", X goes on, not the sign)
                speaker = self.holder[0] if _CARRIED.match(self.last[0]) and self.last_sentence != sentence and \
                    rows else self.last[0]
                verb = verb or (self.last[1] if rows and self.last_sentence == sentence else "")
            elif not speaker and (near := self._nearer_saying(para, sentence[0], m.start(), quoted)):
                speaker, verb = near    # "Kagan drew a gasp by quoting ... when legislators stated ... “...”": them
            elif not speaker:                              # the sentence's first person, else its last actor
                modifier = {n for n in named if n[3] != "country" and _A_BEFORE.search(
                    self.text, max(0, n[0] - 4), n[0]) and (_LOWER_AFTER.match(self.text, n[1]) or _POSSESSIVE.match(
                        self.text, n[1])) or n[3] == "other" and re.fullmatch(r"[A-Z][a-z]+ic", n[4]) and
                    _LOWER_AFTER.match(self.text, n[1]) and self.text[max(0, n[0] - 4):n[0]].lower() != "the " or
                    n[3] == "person" and self._modifies_name(n, named)}
                #           "a MAGA hat"; "in a McDonald's by cops who “...”": a shop; "banned Islamic headgear": an
                #           adjective (not "the Atlantic magazine"); "Trump critic Kathleen Parker": Parker's words;
                named, people, subject = ([n for n in x if n not in modifier] for x in (named, people, subject))
                clause = _CLAUSE_OPENER.match(para, sentence[0], m.start())
                as_put = _AS_PUT.match(para, sentence[0], m.start())
                if as_put:                 # "As McCraw put it, Brandeis attacked ... because “...”": McCraw's words
                    who_end = as_put.end("who") if as_put.group("who") else as_put.end("who2")
                    people, subject = ([n for n in x if n[1] - lo <= who_end and not _POSSESSIVE.match(
                        self.text, n[1])] or x for x in (people, subject))
                    people, subject = people[-1:], subject[-1:]     # "As Sen. Rand Paul’s father, retired Texas
                    #                                                   Congressman Ron Paul, put it": Ron Paul
                elif clause:               # "Where Obama has done nothing ..., Romney would “...”": the main clause's
                    main_people, main_subject = ([n for n in x if n[0] - lo >= clause.end() and n[4][:1].isupper() and
                                                  not (self.text[max(0, n[0] - 4):n[0]].lower() == "the " and
                                                       _LOWER_AFTER.match(self.text, n[1]))] for x in (people, subject))
                    #                       (a name: "the former president" may be linked to the wrong actor, and "the
                    #                        Halligan vote" is no one's subject)
                    people, subject = main_people or people, main_subject or (
                        main_people[:1] if main_people and _SUBJECT_OPENS.fullmatch(
                            self.text, lo + clause.end(), main_people[0][0]) else subject)
                    #                 "When Michael Anton, a writer ..., went to work for ..., Kristol reduced Anton to
                    #                 ...: “...”": Kristol, who opens the main clause
                main = _ROLE_SUBJECT.match(para, clause.end()) if clause else None
                main_np = main.group("np") if main and self.is_role(light_stem(fold(main.group("head")))) and not any(
                    clause.end() <= n[0] - lo < main.end() for n in named if n[3] == "person") and \
                    _SAYING_PARTICIPLE.search(para, main.end(), m.start()) else ""    # "Moments after the gun group
                #              endorsed Trump, the presumptive GOP nominee dove right into attacking Clinton, saying she
                #              “...”": the nominee the main clause opens with, not Clinton
                if not people and not subject:   # "born in the US, but have grown up “in the shadows”": no one's
                    named = [n for n in named if not (n[3] in ("country", "place") and _AFTER_LOCATIVE.search(
                        self.text, max(0, n[0] - 12), n[0]))]
                chosen = (people or subject or named)[0 if people or subject else -1] if named else None
                if chosen and not (people or subject) and chosen[3] in ("organisation", "other") and \
                        _AND_BEFORE.search(self.text, max(0, chosen[0] - 10), chosen[0]) and \
                        not _VERB_NEXT.match(self.text, chosen[1]):
                    chosen = None      # "from Watergate and the Pentagon Papers, through ... and “if you like your
                    #                    health care plan you can keep it”": a name listed, no one who spoke (but
                    #                    "the city and Justice Department have signed an agreement “...”")
                colon = para[sentence[0]:m.start()].rstrip(" “\"‘'").endswith(":")
                opens = _PRONOUN_OPENS.match(para, sentence[0], m.start()) if colon or not named else None
                #                           (no name before it: "She criticized his foreign policy as “...”": she)
                object_only = not (colon or people or subject or as_put or _title_case(
                    body.rstrip(" ?!.,"), self.stopwords) or _AS_SOMEONE_PUT.search(
                    para, sentence[0], m.start())) and _PRONOUN_OPENS.match(para, sentence[0], m.start())
                #               (not a headline: "headlines like this one on the Atlantic magazine web site – “...”";
                #                nor "She is, as her former campaign manager, Patti Solis Doyle, put it, “...”")
                persons = [n for n in subject if n[3] == "person"]
                if colon and (persons or opens):  # the clause that introduces it after a colon: its subject speaks
                    chosen = persons[0] if persons else None   # ("In the first debate, he congratulated himself for
                    #                                            not bringing up Bill's infidelities: “...”": he)
                lower = re.findall(r"\b[a-z][\w’'-]*", para[sentence[0]:m.start()])
                label = [n for n in people if not para[n[1] - lo:m.start()].strip(" :“\"‘'")] if colon and len(
                    lower) <= 2 and not any(fold(w) in _PREPOSITIONS or _FINITE.fullmatch(w) for w in lower) else []
                if label:                     # "Rudy Giuliani associate Lev Parnas: ‘...’": the name before the colon
                    chosen = label[-1]
                owned = (_OWNED_GROUP.match(self.text, chosen[1]) or chosen[3] != "person" and
                         _PLACE_GROUP.match(self.text, chosen[1]) or None) if chosen else None
                named_after = _NAME_AFTER_GROUP.match(self.text, owned.end()) if owned else None
                speaker = (opens.group("p") if opens else "") if chosen is None else named_after.group(
                    "name") if named_after else self.text[chosen[0]:owned.end()] if owned else chosen[4]
                if main_np and not label:
                    speaker, chosen = main_np, None
                own = _OWN_WORDS_COLON.search(para, sentence[0], m.start()) if colon else None
                if own:                              # "Her message to President Obama was blunt: “...”": hers
                    speaker, chosen, said_at = _SUBJECT_OF[own.group("p").lower()], None, lo + own.start()
                #                                                      "Ms. Trump’s lawyer, Jamie Gorelick,": her
                verb = ""                                  # "Trump's camp rejected the suits' claims as “”": the camp
                said = _ADDED.search(para, sentence[0], m.start()) if speaker else None
                verb = said.group("verb") if said else verb      # "Trump did, but added, “...”"
                labelled = _LABELS_PERSON.search(para, max(sentence[0], chosen[0] - lo - 80), chosen[0] - lo) if \
                    chosen else None       # (an owner too: "He called Mueller’s investigation the “...”": his words)
                if labelled:            # "The White House accused Taylor of being part of a “...”": not Taylor;
                    #                     "the prime minister urged MPs to ... risk “no Brexit at all”": not MPs
                    head = para[sentence[0]:labelled.start()]
                    accuser = _clean(subject_before(head)) if head.strip() else ""
                    speaker, verb = (accuser, labelled.group("verb")) if accuser and len(accuser.split()) <= 8 and \
                        self._plausible(accuser) else ("", "")
                    said_at, not_actor = lo + labelled.start(), chosen[2]
                elif object_only and not main_np:
                    speaker, chosen = object_only.group("p"), None   # "He also called for stepping up support for
                    #                  the Kurdish Peshmerga, ..., and make “serious diplomatic efforts”": he, not a
                    #                  name he spoke of, where none is the sentence's subject
                elif chosen is not None and not (label or verb or opens or main_np) and (
                        chosen[3] in ("country", "place") or chosen[3] == "other" and chosen[4].strip() in
                        self.peoples) and not _SUBJECT_OPENS.fullmatch(self.text, lo + sentence[0], chosen[0]):
                    speaker = ""     # "unauthorized immigrants disrespect the “rule of law”", "it was determined to
                    #     be “too costly”" after Hawaii: a place or a people named last, not the sentence's
                    #     subject, and no verb of saying: no one who said the words ("Republicans bemoaned the
                    #     “regulatory train wreck”" stays theirs)
            if not speaker and not verb:
                speaker = self._quoted_before(body, lo + m.start())   # “A whole bunch of chemical weapons” and
                #                 “...” are phrases designed for ...: the words of whoever was just quoted saying them
            handle = _HANDLE_OPENS.match(body)
            if handle:                 # “@BigSexyBDAvis: @realDonaldTrump mr trump would attack Syria or no?” No, ...
                speaker, verb = handle.group("handle"), ""    # — Donald J. Trump: a tweet quoted in a tweet
            if verb_at is not None and not _reports_around(para, verb_at, verb, m.start(), m.end()):
                used.add(verb_at)      # (a verb that also reports a statement around the quotation is read again
                #                        by _indirect)
            start = lo + m.start() + (2 if m.group().startswith(("''", "‘‘")) else 1)
            rows.append(self._row(speaker, verb, body, start, text[:start], said_at=said_at, not_actor=not_actor))
            how = _IS_HOW.match(para, m.end())
            if not (verb.startswith(_PROMISING) and len(rows) > 1 or handle or how and how.group("as")):
                #                             (a tweet quoted in a tweet: its quoter goes on; "“...,” as Barack Obama
                #                             put it": his words there, no speaker who goes on)
                if _CARRIED.match(rows[-1]["speaker"]) and not _CARRIED.match(self.last[0]):
                    self.holder = self.last            # "..., said X, holding a sign that read “...”. “...”": X's
                self.last, self.last_sentence = (rows[-1]["speaker"], verb), sentence   # not "X said, citing ...
                #                                 in which Y threatened to “...”": X's words go on after it
            self.last_start = start
        for x, y in spans:
            end = min(y, hi)
            if text[x:end].rstrip().endswith(":"):
                if not (_SAID_THAT_CLAUSE.search(text, x, end) or _SAID_CLAUSE.search(text, x, end)):
                    continue                               # it introduces the quotation that follows
                end = x + len(text[x:end].rstrip()) - 1    # "The White House confirmed that Trump assured both
                #                                            leaders ... in a press release Wednesday evening:"
            rows += self._indirect(text, x, end, lo, used, [(lo + a, lo + b) for a, b in quoted])
        _share_speakers(rows, text, spans)
        self._paragraph_speaker(text, rows, spans, hi)
        intro = _said_before(para.rstrip()) if para.rstrip().endswith(":") else None
        self.introduced = (_clean(intro.group("speaker")), intro.group("verb")) if intro and self._plausible(
            intro.group("speaker")) else None
        if self.introduced is None and para.rstrip().endswith(":"):   # "And former President Barack Obama, who
            last = re.split(r"(?<=[.!?])\s+", para.strip())[-1]          # defeated McCain in the 2008 presidential
            tail = _VERB_COLON_END.search(last)                         # election, tweeted:" / “...”: Obama's
            subject = _clean(subject_before(last[:tail.start()] + ", ")) if tail else ""
            if subject and len(subject.split()) <= 8 and fold(subject.split()[0]) not in PRONOUNS and \
                    self._plausible(subject):
                self.introduced = (subject, tail.group("verb"))
        if self.introduced is None and para.rstrip().endswith(":"):   # "X issued a statement rejecting ...:"
            sent = _SENT_SAYING.match(re.split(r"(?<=[.!?])\s+", para.strip())[-1])
            if sent and re.match(r"(?:\S+\s+){0,3}?statement\b", para.strip()[sent.end():]) and self._plausible(
                    sent.group("subject")):
                self.introduced = (_clean(sent.group("subject")), "")
        statement = _STATEMENT_FROM.search(para.rstrip()) if self.introduced is None else None
        if statement and self._plausible(_clean(statement.group("speaker"))):   # "Full statement from EVMS
            self.introduced = (_clean(statement.group("speaker")), "")         # President Richard V. Homan:"
        given = _FROM_NAME_END.search(para.rstrip()) if self.introduced is None else None
        if given and self._plausible(_clean(given.group("speaker"))):   # "..., including from Washington Post
            self.introduced = (_clean(given.group("speaker")), "")     # blogger Ezra Klein:"
        work = _WORK_BY_END.search(para.rstrip()) if self.introduced is None else None
        if work and self._plausible(_clean(work.group("speaker"))):    # "as in this column by CNN’s Fareed Zakaria:"
            self.introduced = (_clean(work.group("speaker")), "")
        if self.introduced is None and para.rstrip().endswith(":"):   # "This past week Trump spoke admiringly of
            last = re.split(r"(?<=[.!?])\s+", para.strip())[-1]          # another despot ...:" / “...”: Trump's
            spoke = _SPOKE.search(last)
            subject = _clean(subject_before(last[:spoke.start()])) if spoke else ""
            if subject and len(subject.split()) <= 6 and fold(subject.split()[0]) not in PRONOUNS and \
                    self._plausible(subject):
                self.introduced = (subject, "")
        if self.introduced is None and para.rstrip().endswith(":"):   # "Maureen Dowd, in her New York Times column,
            last = re.split(r"(?<=[.!?])\s+", para.strip())[-1]          # says the Clintons have eclipsed the
            said = None if _QUOTE_MARK.search(last) else _SAYS_CLAUSE.search(last)    # incumbent:" / “...”: Dowd
            subject = _clean(subject_before(last[:said.start("verb")])) if said else ""
            if subject and len(subject.split()) <= 6 and not said.group("verb").endswith("ing") and not any(
                    fold(w) in PRONOUNS for w in subject.split()) and self._plausible(subject):
                self.introduced = (subject, said.group("verb"))   # (not "Since San Bernardino he has asserted",
                #                                        nor "..., the Post published an editorial, saying ...:")
        here = (_HERE_IS_HOW.search(para.rstrip()) or _HERE_IS_NAME.search(para.rstrip())) if \
            self.introduced is None and para.rstrip().endswith(":") else None
        if here and self._plausible(here.group("speaker")):   # "Here's how she described the protest movements ...:"
            self.introduced = (_clean(here.group("speaker")), "", lo + here.start("speaker"))   # / “...”: hers (a
            #                                            pronoun read from where it stands, before the names listed)
        if self.introduced is None and not _QUOTE_MARK.search(para):    # "Dr. James Dobson offered an uplifting
            last = re.split(r"(?<=[.!?])\s+", para.strip())[-1]          # prayer." / “Heavenly Father, ...”
            act = _SPEECH_ACT.search(last)
            subject = last[:act.start()].rsplit(",", 1)[-1].strip() if act else ""
            if subject and len(subject.split()) <= 6 and not subject.split()[0].endswith("ing") and fold(
                    subject.split()[0]) not in PRONOUNS and self._plausible(subject):   # not ", saying he gave"
                self.introduced = (_clean(subject), "")
        if turned:                                         # a turn, and what its speaker reports others said
            own = {fold(turned[0]["speaker"]), turned[0]["actor"]} - {""}
            rows = [r for r in rows if not (r["kind"] == "direct" and {fold(r["speaker"]), r["actor"]} & own)]
        self.quoted_by += [(f" {_words(r['quote'])} ", r["speaker"], r["end"]) for r in turned + rows
                           if r["kind"] == "direct" and r["actor_kind"] in ("person", "organisation")]
        return turned + rows

    def _quoted_before(self, body: str, at: int) -> str:
        """Who was quoted saying ``body`` (two words or more) just before ``at`` (within QUOTED_AGAIN characters: an
        article takes up the words it has just quoted), the last one, a person or an organisation; "" if no one, or
        if the words come three times or more in the text (a slogan or a term it discusses: “defund the police”)."""
        words = _words(body)
        if " " not in words or self.text.lower().count(body.strip(" ,.;:!?").lower()) >= 3:
            return ""
        return next((speaker for quoted, speaker, end in reversed(self.quoted_by) if at - end <= QUOTED_AGAIN and
                     f" {words} " in quoted), "")

    def _speaker_label(self, turn: re.Match) -> bool:
        """Whether a transcript's label names a person: a person named in it ("Trump:", "GINGRICH:"), or, in
        capitals, two words or more naming no organisation or place and no section ("AMY GOODMAN:", not "THE FACTS:",
        "IMPEACHMENT WATCH:", "NPR:")."""
        label = turn.group("speaker")
        inside = [m for m in self.mentions if turn.start("speaker") <= m[0] and m[1] <= turn.end("speaker")]
        kinds = {m[3] for m in inside}
        if any(m[3] == "person" and (m[0], m[1]) == turn.span("speaker") for m in inside):
            return True                                    # the whole label: "Thomas:", not "The Hill:" (Katie Hill)
        words = label.title().split()
        return label.isupper() and len(words) >= 2 and not kinds & {"organisation", "country", "place"} and \
            not any(w in _NOT_TURNS or w in _SECTION_WORDS for w in words)

    def _turn(self, text: str, lo: int, hi: int, turn: re.Match) -> dict:
        """A speaker's turn in a transcript: the paragraph after "AMY GOODMAN:" is her words, quotation marks or not;
        the speaker is the actor named in the label ("Amy Goodman"), and speaks on in the paragraphs that follow
        without a label."""
        label = turn.group("speaker")
        actor = next((m[2] for m in self.mentions if lo <= m[0] and m[1] <= turn.end("speaker")), "")
        speaker = label.title() if label.isupper() else label
        body = text[turn.end():hi].rstrip()
        row = self._done(speaker, actor, "", body, "direct", turn.end())
        self.last, self.last_sentence, self.introduced = (speaker, ""), None, None
        return row

    def _nearer_saying(self, para: str, lo: int, hi: int, quoted) -> tuple[str, str] | None:
        """The subject of a verb of saying in a clause of its own right before a quotation, where the sentence
        opens with someone else ("..., when legislators stated one reason ... was to “...”"): ``(speaker, verb)``."""
        said = None
        for s in _ANY_SAY.finditer(para, lo, hi):
            if not any(a <= s.start() < b for a, b in quoted) and not s.group("verb").endswith("ing") and not \
                    _noun_use(para, s.group("verb"), s.start()):
                said = s                                   # not "led a short chant —"
        if said is None:
            return None
        head = para[lo:said.start()]
        clause = _CLAUSE_START.search(head)
        fronted = _FRONTED.match(head) if clause is None else None
        if clause is None and (fronted is None or "," not in head[fronted.end():]):
            return None                                    # only after "when", "while", "as", "and", "but", ";"
        # "Shortly after President Trump was elected in 2016, Google co-founder Sergey Brin said ... “...”": the
        # main clause's subject, after the clause put first
        speaker = _clean(subject_before((head[clause.end():] if clause else head[head.index(
            ",", fronted.end()) + 1:]) + " "))
        if not speaker or len(speaker.split()) > 5 or not self._plausible(speaker) or \
                fold(speaker) in PRONOUNS:
            return None
        return speaker, said.group("verb")

    def _paragraph_speaker(self, text: str, rows: list[dict], spans: list[tuple[int, int]], hi: int) -> None:
        """Who a quotation alone in the next paragraph continues: the speaker of this paragraph's last statement,
        or the subject of a verb of saying in its last sentence ("Sen. Jeff Sessions suggested the cuts were
        exaggerated." / “Congress voted ...”: Sessions), as a paragraph of quotation follows its paraphrase; a
        person only ("..., an official told the Post, which said ..." / “...”: not the Post)."""
        if rows:
            last = max(rows, key=lambda r: r["start"])
            if last["kind"] == "indirect" and last["actor_kind"] == "person" and last["start"] > self.last_start:
                self.last = (last["speaker"], "")
            return
        if not spans:
            return
        x, y = spans[-1]
        sentence = text[x:min(y, hi)]
        said = None if _QUOTE_MARK.search(sentence) else _LOOSE_SAY.search(sentence)
        if said:
            speaker = _clean(subject_before(sentence[:said.start("verb")]))
            if speaker and self._plausible(speaker) and len(speaker.split()) <= 6 and self.kind_of.get(
                    self._match(speaker, x + said.start("verb"))[1]) == "person":
                self.last = (speaker, "")

    def _attribution(self, para, m, sentence, text, lo, spans):
        after = para[m.end():]
        typo = _SAID_CAPITAL.match(after)
        if typo and _inside(m.group()).rstrip(" ”\"’'")[-1:] == ",":    # “...,” Said Deputy U.S. attorney Mark
            after = after[:typo.start(1)] + typo.group(1).lower() + after[typo.end(1):]   # Conover: a typo
        opens = not para[:m.start()].strip() or _ROUNDUP_LEAD.fullmatch(para, 0, m.start()) or para.lstrip(
        ).startswith(("“", '"')) and not _SAYS_IN.search(
            _QUOTE.sub(" ", para[:m.start()]))   # (or after a first part of the paragraph's quotation: “... “...”
        #                                          Ian Millhiser, Vox; but not “...,” Biden said. “...” Ella Nilsen)
        signed = _SIGNED.match(after) if opens and _inside(m.group()).rstrip("\"'”’ ")[-1:] in (
            ".", "!", "?", "…") else None
        if signed:                                         # a roundup: “...” Sarah Kliff, Vox
            return _signer(signed), "", None
        dashed = _DASH_SIGNED.match(after) if not para[:m.start()].strip() else None
        if dashed and len(dashed.group("speaker").split()) <= 10:   # “...,” – Sen. Jeff Merkley, D-Ore., describing
            described = dashed.group("name") and re.search(r"\b(?!and\b)[a-z]", dashed.group("speaker"))
            return _clean(dashed.group("name" if described else "speaker")), "", None   # "— Nunes' attorney, Steven
            #                                                                         S. Biss": Biss
        tweet = _TWEET_SIGNED.match(after) if _RETWEET.fullmatch(para[:m.start()]) else None
        if tweet:                     # an embedded tweet that is the quotation: “...” pic.twitter.com/x — Name (@name)
            return _clean(tweet.group("speaker")), "tweeted", None
        framed = not opens and _SENTENCE_ENDS.search(para, 0, m.start())
        if (opens or framed) and not after.strip():
            #                       (after a first part of the paragraph's quotation too, or after a sentence that
            #                       frames it: "Some urge the President to fight for his budget. “...”" / "Stephen
            #                       Moore, The Hill": The Flip Side, a line with no period of its own)
            below = self._signed_below(text, lo + len(para), bare=bool(framed))
            if below:                                      # “...” / Ken White, The Atlantic (its own line)
                return below, "", None
        same_sentence = _sentence_at(spans, lo + m.end() - 1, lo)
        quoted_who = _QUOTED_WHO.match(after)
        group = quoted_who and ("speaker" if quoted_who.group("speaker") else "name")
        who = quoted_who and _OBJECT_PRONOUN.get(quoted_who.group(group), quoted_who.group(group))
        if quoted_who and self._plausible(who) and m.end() + quoted_who.end() <= same_sentence[1] + 1:
            return _clean(who), "quoted", m.end() + quoted_who.start(group)   # "the paper quoted him as saying"
        how = _IS_HOW.match(after)
        if how and self._plausible(how.group("speaker")):       # "“...,” is how The New York Times put it."
            return _clean(how.group("speaker")), " ".join(how.group("verb").split()), m.end() + how.start("verb")
        put = _AS_PUT_LAST.search(para, m.end(), same_sentence[1] + 1)
        if put and self._plausible(put.group("speaker")):    # "the press is “running around breathlessly” screaming
            return _clean(put.group("speaker")), put.group("verb"), put.start("verb")   # ..., as one GOP lobbyist
        #                                                                                  put it."
        goes_on = _WORDS_GO_ON_SAID.match(after) if not para[sentence[0]:m.start()].strip(" “\"‘'") and \
            _inside(m.group()).rstrip(" ”\"’'")[-1:].isalpha() else None
        if goes_on and m.end() + goes_on.end() <= same_sentence[1] + 1:   # "“I’ve never seen the president talk
            return (_clean(goes_on.group("speaker")), goes_on.group("verb"),   # about” the possibility of such
                    m.end() + goes_on.start("verb"))                          # pardons, Christie said,": Christie's
        closing = _inside(m.group()).rstrip(" ”\"’'")
        asks = (closing[-1:] in ("?", "!") or closing.endswith(("...", "…"))) and not para[
            sentence[0]:m.start()].strip()
        #        (“... at all ...” Morrison told ...: words trailing off, their speaker after them)
        for pattern in (_AFTER_VERB_FIRST, _AFTER_SPEAKER_FIRST, _DOCUMENT_STATES, _AFTER_ANY_VERB):
            a = pattern.match(after)
            if a and m.end() + a.start("verb") >= same_sentence[1] and not asks and not (
                    pattern is _AFTER_SPEAKER_FIRST and _NAME_SAID_COMMA.match(after)):
                continue           # the next sentence's attribution; but “Are you stupid?” Mr. Issa asked: its own,
                #                    and “... a problem.” Buttigieg said, claiming ...: a period for a comma
            if a and pattern is _AFTER_SPEAKER_FIRST and a.group("open_app") and not _NAME.fullmatch(
                    a.group("speaker").strip()):
                a = None               # an appositive left open follows a name only ("“...” and is a registered
                #                        Democrat, a source familiar with the matter told"; not "Victor Cha, the ...")
            if a and after.lstrip()[:1] == "(" and _inside(m.group()).rstrip(" ”\"’'")[-1:] == ".":
                continue               # "“... utterly mad.”(Boot says he doesn’t view ...)": an aside of its own
            if a and pattern is _AFTER_VERB_FIRST and a.group("verb").endswith("ing"):
                continue               # "“now,” saying he would deploy the military": the words go on, no speaker
            if a and _GOES_ON_TO.match(after, a.end("verb")):
                continue               # "“straight news” division continues to push": no verb of saying
            if a and pattern is _AFTER_SPEAKER_FIRST and _CONTRAST_OPENS.match(para, sentence[0], m.start()) and \
                    _REPORTED_CLAUSE.match(after, a.end("verb")):
                continue               # "While Trump accused the mayor of acting ... “to be nasty to Trump,” Cruz said
                #                        she was only appealing ...": the main clause's own statement, not the quoted
            if a and _WHEN_OPENS.match(a.group("speaker")):
                continue               # "replied, “yes,” when The Washington Post asked him": a clause, not his

            if a and a.group("verb") in ("reported", "reports") and (_ING_LEAD_IN.search(
                    para, sentence[0], m.start()) or pattern is _AFTER_SPEAKER_FIRST and (_said_before(
                    para[sentence[0]:m.start()]) or a.group("verb") == "reports" and not re.match(
                    r"\s*(?:[,.;:!?]|$)", after[a.end("verb"):]))):
                continue               # "X argued ..., telling his colleagues, “...,” the Sacramento Bee reported": X;
                #                        "Neera Tanden ... said, “...,” Politico reports": Tanden; not "“thousands,” as
                #                        news reports from last week had indicated" (a noun)
            if a and a.group("verb") in _AFTER_ONLY and (len(a.group("speaker").split()) > 3 and pattern is not \
                    _AFTER_VERB_FIRST and not _NAME_WORDS_ONLY.fullmatch(a.group("speaker")) or fold(
                    a.group("speaker")) in ("it", "they") and a.group("verb") not in _PROMISE_ECHO or _inside(
                    m.group()).rstrip(" ”\"’'")[-1:] not in ",?!…—-" or a.group("verb") in _PROMISE_ECHO and
                    _BY_AGENT_AFTER.match(after, a.end("verb"))):
                continue               # "“...,” Sanders began." (not "declared “...” roughly 10 days after it began";
                #                        but "“...,” German Chancellor Angela Merkel echoed": a name and its titles;
                #                        not "“...,” points echoed the next day by Senator Franken", passive)
            if a and pattern is _AFTER_SPEAKER_FIRST and re.match(r"\s*(?:that|which)\s+(?:[A-Z]|(?:he|she|they|we|"
                                                                    r"I)\s)", a.group("speaker")):
                continue               # "implementing “any and all aspects of ... program” that President Obama
                #                        announced": a relative clause about the thing quoted, not its speaker
            if a and pattern is _AFTER_SPEAKER_FIRST and _CLAUSE_AFTER.match(a.group("speaker")):
                continue               # "“...,” and on April 12 he told her", "“...” for immigrants — one reason they
                #                        urged": a clause of its own after the quotation, not its attribution
            if a and pattern is _AFTER_SPEAKER_FIRST and a.group("comma") and not a.group("app") and not \
                    a.group("speaker").split()[-1][:1].isupper():
                continue               # "Mitch McConnell of Kentucky, said" is a name; "an industry that ..., said" not
            inverted = _AFTER_VERB_FIRST.match(after[a.start("comma") + 1:]) if a and pattern is \
                _AFTER_SPEAKER_FIRST and a.group("comma") and not a.group("app") else None
            if inverted and inverted.group("speaker")[:1].isupper() and _PUNCTUATION_NEXT.match(
                    after[a.start("comma") + 1:], inverted.end("speaker")) and not para[
                    sentence[0]:m.start()].strip(" “\"‘'"):     # (the quotation opens the sentence: not "The
                #                   governor is “100%” singling out Huntington Beach, says X", X's statement whole)
                #                        "“... is to postpone claiming” Social Security, said Alicia H. Munnell": the
                at = lo + m.end() + a.start("comma") + 1       # words go on to the comma, and the speaker follows
                if self._named_between(at + inverted.start("speaker"), at + inverted.end("speaker"), ("person",)) \
                        and _inside(m.group()).rstrip(" ”\"’'")[-1:] not in ",.!?…—-":
                    return (_clean(_AFTER_NAME.sub("", inverted.group("speaker"))), inverted.group("verb"),
                            m.end() + a.start("comma") + 1 + inverted.start("verb"))
            opening = _SENTENCE_SAYS.match(para[sentence[0]:m.start()]) if a and pattern is _AFTER_SPEAKER_FIRST \
                and _CLAUSE_OPENS.match(a.group("speaker")) else None
            who = _WHO_CLAUSE.sub("", opening.group("speaker")) if opening else ""
            if opening and not opening.group("verb").endswith("ing") and len(who.split()) <= 6 and \
                    self._plausible(who):                                 # "The White House says he was being
                return _clean(who), opening.group("verb"), _opening_verb_at(para, sentence[0], opening, m.start())
            #  “tongue in cheek,” but Trump has said ...": the words are in the first clause's statement, not the next's
            if a and pattern is _AFTER_SPEAKER_FIRST and (_CONTRASTING.match(a.group("speaker")) or _CLAUSE_OPENS.match(
                    a.group("speaker")) and _REPORTED_CLAUSE.match(after, a.end("verb"))):
                continue               # "Pew found that 47 percent ... “...,” while only 32 percent said": a clause of
                #                        its own after the words, not their attribution; so is "described Clarke as
                #                        “simply the best” and several peers said her ability ... will be an asset"
            said_by = a and (_PARTICIPLE_END.sub("", a.group("speaker")) if pattern is _AFTER_VERB_FIRST else
                             a.group("speaker"))           # "said the panel's report compiled in 2011": the report
            one_of = _NAME_AFTER.match(after, a.end("speaker")) if a and pattern is _AFTER_VERB_FIRST and \
                _PARTITIVE.fullmatch(said_by) else None
            if one_of:                                     # "said one of them, Representative Patrick Murphy,"
                return _clean(one_of.group("name")), a.group("verb"), m.end() + a.start("verb")
            if a and pattern is _AFTER_VERB_FIRST and after[a.end("speaker"):].lstrip()[:1] in ("“", '"') and not (
                    _NAME_WORDS_ONLY.fullmatch(a.group("speaker")) or _DETERMINER_FIRST.match(a.group("speaker"))):
                continue           # "” reported the New York Times “...", not "” noted it would take “...": a clause
            if a and not _QUOTE.search(said_by) and self._plausible(said_by) and not \
                    _RESPONSE.match(said_by):     # "“...” – to which Reed responded, “...”": the next one
                speaker = said_by
                by = _WORK_BY_AFTER.match(after, a.end("speaker")) if pattern is _AFTER_VERB_FIRST and re.search(
                    rf"\b(?:{_WRITTEN_NOUNS})s?$", speaker) else None
                if by:                                       # "says a Thursday post on Twitter by ... Wayne Dupree"
                    return _clean(by.group("name")), a.group("verb"), m.end() + a.start("verb")
                if pattern is _AFTER_VERB_FIRST:             # "wrote the U.S. Department of Justice in a brief"
                    speaker = _AFTER_NAME.sub("", speaker)
                    named = _NAME_AFTER.match(after, a.end("speaker"))
                    if named and not _NAME.fullmatch(speaker):    # "said Trump’s campaign chief, Paul Manafort,"
                        speaker += ", " + named.group("name")
                if pattern is _AFTER_SPEAKER_FIRST and a.group("app") and _NAME.search(a.group("app")) and not \
                        re.match(r",\s*(?:who|whose|which)\b", a.group("app")):   # "Priebus, who is chairman of
                    #                                                       the RNC, said": Priebus, not the RNC
                    speaker += a.group("app").rstrip(",")      # "an 18-year-old protester, Amer Saad, told"
                return _clean(speaker), a.group("verb"), m.end() + a.start("verb")
        before = para[sentence[0]:m.start()]
        ing = _NAME_ING_BEFORE.search(before)
        person = self._named_between(lo + sentence[0], lo + sentence[0] + ing.start(), ("person",))[-1:] if ing \
            else []
        if person and not self.text[person[0][1]:lo + sentence[0] + ing.start()].strip():
            return person[0][4], ing.group("verb"), sentence[0] + ing.start("verb")   # "A professor, Cathy Cohen,
            #                                   remembers Mrs. Obama telling her, “...”": Mrs. Obama, not Cohen
        with_ing = _WITH_ING.search(before)
        if with_ing and self._plausible(with_ing.group("speaker")):   # "with one quartermaster explaining “...”"
            return _clean(with_ing.group("speaker")), with_ing.group("verb"), sentence[0] + with_ing.start("verb")
        ing = _ING_BEFORE.search(before)
        if ing:                             # “...,” he says, adding, “...”: the words outside the quotation
            outside = _QUOTE.sub(_space_or_comma, before).strip(" ,")
            said = _SAID_THEN_ING.search(outside)     # "X had become “...”, it said, adding:": it
            last_clause = _BUT_CLAUSE.split(outside)[-1]    # "Two other women reiterated ... but Rosen dismissed the
            speaker = said.group("speaker") if said and self._plausible(said.group("speaker")) else _subject(
                last_clause if self._plausible(_subject(last_clause)) else outside)        # claims, stating": Rosen
            who = None if said else _WHO_LAST.search(outside)
            named = who and _NP_END.search(outside, 0, who.start())
            if named and self._plausible(named.group()):   # "... by analyst Jeffrey Holford, who also raised his
                speaker = named.group()                    # target, saying “...”": the participle is his
            elif (appositive := _NAME_THEN_APPOSITIVE.match(speaker)) and TITLED_NAME.fullmatch(
                    appositive.group("name")):                 # "Senator Jack Reed, the senior Democrat on the ...
                speaker = appositive.group("name")             # Committee, criticized": Reed
            return _clean(speaker), ing.group("verb"), sentence[0] + ing.start("verb")
        opening = _ING_OPENS_QUOTE.fullmatch(before)
        main = _SUBJECT_AFTER_QUOTE.match(para, m.end()) if opening else None
        if main and self._plausible(main.group("speaker")):   # "Noting that “...,” Alan B. Krueger, chairman of
            return _clean(main.group("speaker")), opening.group("verb").lower(), sentence[0] + opening.start("verb")
        inverted = _SAYS_FIRST.match(before)
        if inverted and self._plausible(inverted.group("speaker")):   # "Says one senator who usually sides with the
            return (_clean(inverted.group("speaker")), inverted.group("verb").lower(),   # administration: “...”"
                    sentence[0] + inverted.start("verb"))
        to_say = _TO_SAY.search(before)
        if to_say and self._plausible(to_say.group("speaker")):    # "prompting one cynic to say, “...”"
            return _clean(to_say.group("speaker")), to_say.group("verb"), sentence[0] + to_say.start("verb")
        cited = _CITED_AS_SAYING.search(before)
        if cited and self._plausible(cited.group("speaker")):  # "with Russia’s Tass news agency citing Kremlin
            return _clean(cited.group("speaker")), "saying", sentence[0] + cited.start("verb")   # spokesman Dmitry
            #                                                     Peskov as saying “...”": Peskov, not "His office"
        b = _said_before(_blank_subject_aside(_PAREN_TAG.sub(lambda t: " " * len(t.group()), before)))
        #                                   "X (R-Fla.) said, “"; "Ms Pelosi - who is favourite to become speaker, a
        #                                   position she held from 2007-11 - told supporters: “"
        named = before[:b.start("speaker")].rstrip() if b and re.match(r"\s*(?:a|an|one of)\s", b.group(
            "speaker")) and not _FINITE.search(b.group("speaker")) else ""
        person = self._named_between(lo + sentence[0], lo + sentence[0] + len(named), ("person",))[-1:] if \
            named.endswith(",") and TITLED_NAME.fullmatch(named[:-1].strip()) else []
        if person and not self.text[person[0][1]:lo + sentence[0] + len(named)].strip(" ,"):
            return person[0][4], b.group("verb"), sentence[0] + b.start("verb")   # an appositive left open: "Sen.
            #      Chris Murphy, a member of the Health Education Labor and Pension Committee said, “...”": Murphy
        if b and b.group("speaker").strip() == "which" and not before[b.end("verb"):].strip(" ,:"):
            which = _which_antecedent(before[:b.start("speaker")])   # "a statement from AIPAC, the bipartisan
            if which and self._plausible(which):                     # pro-Israel lobby, which said, “...”": AIPAC
                return _clean(which), b.group("verb"), sentence[0] + b.start("verb")
        joined = (_AND_END.search(b.group("speaker")) or _AND_THEN_END.search(b.group("speaker"))) if b else None
        if joined and not _QUOTE_MARK.search(before, 0, b.start("speaker")) and not _SUBORDINATE.search(before):
            opened = _last_match(_AND_CLAUSE, before, 0, b.start("speaker") + joined.start())
            start = sentence[0] + (opened.end() if opened else 0)   # "Mr. Bush has ..., and Mr. Cruz withheld an
            #                                         endorsement of Mr. Trump ... and instead told ... “...”": Cruz
            cut = b.start("speaker")
            while 0 < cut < len(before) and before[cut - 1].isalnum() and before[cut].isalnum():
                cut += 1                            # (a speaker of 80 characters may start inside the subject's
            #                                         name: "Palin added that ... and said": not "alin")
            first = self._named_between(lo + start, lo + sentence[0] + cut, ("person",))[:1]
            lead = para[start:first[0][0] - lo].split() if first else []
            if first and len(lead) <= 2 and not any(fold(w) in _PREPOSITIONS for w in lead) and \
                    _SUBJECT_NAME_END.match(self.text, first[0][1]):   # "Rep. Joe Kennedy III, Massachusetts Democrat,
                return first[0][4], b.group("verb"), sentence[0] + b.start("verb")  # tweeted a photo of Mr. Trump
                #                                holding a Bible ... and commented, “...”": the subject, not Trump
        signs = [w for w in b.group("speaker").split() if w.lower() in SIGNS] if b and b.group("verb") in (
            "read", "reads", "reading") else []
        if signs:                 # "... carrying the American flag and holding signs that read “...”": the signs
            phrase = b.group("speaker")           # (a long phrase, no plausible speaker; "A sign read": the sign)
            return _clean(phrase) if len(phrase.split()) <= 2 else signs[-1], b.group("verb"), sentence[0] + b.start(
                "verb")
        if b and self._plausible(b.group("speaker")) and not _GOES_ON_TO.match(before, b.end("verb")):
            speaker, verb = _DASH_ASIDE_END.sub("", b.group("speaker")) or b.group("speaker"), b.group("verb")
            #                 "the editorial—authored by Gigot—said, “...”": the editorial's
            teller = _TELLER_IN.search(speaker) if verb in _SPOKEN else None
            if teller and self._plausible(teller.group("speaker")):
                speaker = teller.group("speaker")   # "Rebecca says that alumni told her, “...”": the alumni's words,
                #                                     as she reports them
            part = _WORD_END.search(before, 0, b.start("speaker")) if b.start("speaker") and before[
                b.start("speaker") - 1].isalnum() else None
            speaker = part.group() + speaker if part else speaker   # 80 characters from inside a word: the word
            caught = _CAUGHT.search(speaker) if verb.endswith("ing") else None
            speaker = caught.group("who") if caught else speaker    # "a tape ... in which he is caught saying": he
            sent = _SENT_SAYING.match(speaker.strip()) if verb.endswith("ing") else None
            issuer = _issuer(speaker, verb)
            if sent and not issuer:                   # "X, released a statement after the Post published ... saying"
                head = before[:b.start("speaker")] if _SENT_FIRST.match(speaker.strip()) else ""
                subject = _participle_subject(head) if head.strip(" ,") and not _QUOTE_MARK.search(head) else ""
                speaker = subject if subject and self._plausible(subject) else speaker
            elif issuer:
                speaker = issuer                      # "X sent Cruz a letter saying": X's letter
            if verb in ("reading", "read"):
                return "", "", None                        # "people reading this article": no sign, no statement
            return _clean(speaker), verb, sentence[0] + b.start("verb")
        promised = _PROMISED_TO.search(before)
        if promised and not _DETERMINER_OR_OWNER.search(before, 0, promised.start()):   # not "his vow to “...”"
            head = before[:promised.start()]
            joined = _AND_END.search(head)               # "Mills said she would meet ... and pledged to “...”": Mills
            speaker = "" if joined and _QUOTE_MARK.search(head) else _clean(    # after a quotation: its speaker's
                _participle_subject(head[:joined.start()]) if joined else subject_before(head))   # (read below)
            if speaker and self._plausible(speaker) and len(speaker.split()) <= 8:
                return speaker, promised.group("verb"), sentence[0] + promised.start("verb")
        put = _PUT_IT.search(before)
        if put:
            speaker = _AS_FIRST.sub("", _clean(subject_before(before[:put.start()] + " ")))   # ("Or as X, ..., put
            #                                                                                    it:": X)
            if speaker and self._plausible(speaker) and len(speaker.split()) <= 8:
                return speaker, "put it", sentence[0] + put.start("verb")   # "One GOP strategist put it this way:
                #                                                             “...”"
        said = _SAID_BEFORE_QUOTE.search(before) or _ASIDE_PARTICIPLE.search(before)
        #                                                 "X, a former consultant, said there had been “...”"; "...,
        #                                                  the Ohio Republican insisted, declaring they “...”"
        if said:
            head = before[:said.start("verb")]
            # "X, a former consultant, said there had been “...”"; but "Tillerson used harsh language after the
            # strike, saying it had “...”": a participle's subject is the sentence's
            speaker = _clean(_participle_subject(head) if said.group("verb").endswith("ing") else subject_before(head))
            if speaker and self._plausible(speaker) and len(speaker.split()) <= 8:
                return speaker, said.group("verb"), sentence[0] + said.start("verb")
        aside = _ASIDE_BEFORE.search(before)         # "Putting the deal in place, he said, will keep nations “...”"
        if aside and not _QUOTE.search(before) and len(_inside(m.group()).split()) >= 3:   # not a term: “uptime”
            return _clean(aside.group("speaker")), aside.group("verb"), sentence[0] + aside.start("verb")
        return "", "", None

    def _signed_below(self, text: str, at: int, *, bare: bool = False) -> str:
        """The signature of a roundup on its own line after a quotation (and after the quotation's further
        paragraphs): "Ken White, The Atlantic". "" where the next paragraph is no such signature."""
        for _ in range(4):
            line = re.match(r"\s*([^\n]*)", text[at:at + 2000])
            if not line or not line.group(1).strip():
                return ""
            body = line.group(1).strip()
            if body[:1] in "“\"":                          # the same view goes on in the next paragraph
                at += line.end()
                continue
            sig = _SIGNATURE_LINE.fullmatch(body) if not (bare and body.endswith(".")) else None
            return _signer(sig) if sig else ""   # (bare: not "On Wednesday, Schumer moderated his comments.")
        return ""

    def _indirect(self, text: str, x: int, y: int, lo: int, used: set[int],
                  quoted: Sequence[tuple[int, int]] = ()) -> list[dict]:
        sentence = text[x:y]
        if any(a <= x and y <= b for a, b in quoted):
            return []                              # a sentence of a quotation: the speaker's words, not the outlet's
        if (_QUESTION.match(sentence) or _IF_OPENS.match(sentence)) and sentence.rstrip(" ”\"’'").endswith("?"):
            return []                              # "What did Papadopoulos say he told Donald Trump?": a question;
            #                                        "If Obama said ..., would that be racist?": said by no one
        acc = next((a for a in ACCORDING.finditer(sentence) if sentence[:a.start()].rstrip().endswith(",") and not any(
            q <= x + a.start() < r for q, r in quoted)), None)   # (not inside a quotation: "“..., according to DOMA.”")
        head = sentence[:acc.start()] if acc else ""
        if acc and _QUOTE.search(head) and _SAYS_IN.search(_QUOTE.sub("", head)):
            acc = None                             # “...,” Belmar wrote, according to the Post: Belmar's words
        if acc:                                            # ", according to Y" (sources.ACCORDING, as for figures)
            before, rest = sentence[:acc.start()].rstrip(" ,"), sentence[acc.end():].strip(" .!?")
            source = acc.group("source")
            relative = _RELATIVE_IN.search(source)         # "according to a study that suggests ...": the study
            source = source[:relative.start()] if relative else source
            colon = source.find(": ")
            if 0 < colon and len(before.split()) <= 3 and _SENTENCE_AFTER_COLON.match(source, colon + 2):
                said = sentence[acc.start("source") + colon + 2:].rstrip(" .!?")   # "The thinking, according to Y:
                return [self._row(_clean(source[:colon]), "according to", said, x + acc.start("source") + colon + 2,
                                  text[:x], "indirect", said_at=x + acc.start())]        # He felt ...": what follows
            named = _NAME_AFTER.match(sentence, acc.end()) if descriptor(source.strip()) else None
            if named and len(named.group("name").split()) >= 2:   # "according to the aforementioned Christmas
                source = re.sub(r"(?<=[a-z]{2})\.$", "", named.group("name"))   # scholar, Stephen Nissenbaum.": his
                #                                                                        name (not "Jr.")
                rest = sentence[named.end():].strip(" .!?")
            joined = bool(re.search(r"\b(?:and|but|yet)$", before) and rest)
            if joined and _QUOTE_MARK.search(rest):        # "X has a background ..., and, according to Y, the
                return []                                  # center “...”": Y's words come after, read at the quotation
            if joined or _lead_only(before) and len(rest.split()) >= 3 and not _SAYS_IN.search(rest) and not \
                    _CLAUSE_GOES_ON.match(rest.lstrip(" ,")):
                # "..., and according to officials the deal is dead"; "In the same session, less than an hour later,
                # according to the newspaper, the legislature considered ...": the rest (but "In 2013, 62 percent
                # ... didn't offer ..., according to Mercer": the clause before, read below)
                at = x + acc.end() + len(sentence[acc.end():]) - len(sentence[acc.end():].lstrip(" ,"))
                return [self._row(_clean(source), "according to", rest.lstrip(" ,"), at, text[:at], "indirect",
                                  said_at=x + acc.start())]
            if len(before.split()) > 3 and not _CLAUSE_GOES_ON.match(rest.lstrip(" ,")) or not rest:
                #                                          "X happened, according to Y": X (but "Syria, which has
                #                                          seen, according to the latest UN estimate, at least 93,000
                #                                          people killed": the sentence, read below)
                return [self._row(_clean(source), "according to", before.strip(), x, text[:x], "indirect")]
            if before.strip() and len(rest.split()) >= 2 and not _QUOTE_MARK.search(sentence):
                return [self._row(_clean(source), "according to", sentence.strip().rstrip("."),
                                  x + len(sentence) - len(sentence.lstrip()), text[:x], "indirect",
                                  said_at=x + acc.start())]   # "The deal, according to Y, is dead": the sentence
        opens = None if _QUOTE_MARK.search(sentence) else _ACCORDING_OPENS.match(sentence)
        if opens and fold(opens.group("verb").split()[0]) == "according":    # "According to some intelligence, the
            at = opens.end()                                                    # attack had been pre-planned ..."
            described = appositive_after(sentence[at - 1:])[2]
            relative = _RELATIVE_AFTER.match(sentence, at)
            end = at - 1 + described if described else relative.end() if relative else 0
            if end and sentence[end:].lstrip().startswith(","):   # "According to Rystad Energy, a Norwegian
                at = sentence.index(",", end) + 1                 # consultancy, the demand ...": after the description
            said = sentence[at:].strip().rstrip(".!?")
            if len(said.split()) >= 3 and not _SAYS_ACTIVE.search(said) and len(opens.group("source").split()) <= 12:
                start = x + len(sentence) - len(sentence[at:].lstrip())
                return [self._row(_clean(opens.group("source")), "according to", said, start, text[:start],
                                  "indirect", said_at=x + opens.start("verb"))]
        opened = None if _QUOTE_MARK.search(sentence) else _AS_SAID.match(sentence)
        if opened and x - lo + opened.start("verb") not in used and not _VERBISH.search(opened.group("speaker")) and \
                not _VERBISH.search(opened.group("when")):                 # not "As Trump said he would, he ..."
            speaker, said = _clean(opened.group("speaker")), opened.group("rest").rstrip(" .!?")
            if self._plausible(speaker) and len(said.split()) >= 3 and not _QUESTION.match(said) and not \
                    _SAYS_IN.search(said):                 # "As X reported, Y said ...": Y's statement, read below
                start = x + opened.start("rest")
                return [self._row(speaker, " ".join(opened.group("verb").split()), said, start, text[:start],
                                  "indirect", said_at=x + opened.start("verb"))]
        runs = set(_WORD_RUN.findall(sentence))
        tails = not runs.isdisjoint(_TAIL_FIRST)           # _TAIL and _ASIDE need one of these verbs
        ending = None if not tails or any(len(q.group().split()) > 3 for q in _QUOTE.finditer(sentence)) else \
            self._ending(sentence)               # (a term quoted inside is no statement: the “Betsy Ross” flag)
        if ending and x - lo + ending[2] not in used and not (ending[1] in _PLURAL_TAIL and _says_before(
                sentence, ending[3].start())):      # (not "Aides privately acknowledge that X — but for good reason,
            #                                         they insist.": the aides' statement, read below)
            speaker, verb, verb_at, tail = ending
            said = sentence[:tail.start()].strip()
            appositive = tail.group("speaker") and (      # "X, the director of Y, said he loves it": X speaks
                _APPOSITIVE_NAME.search(sentence[:tail.start()]) or _NAME_FIRST.match(sentence) or
                fold(speaker.split()[0]) in _SUBJECT_PRONOUNS | {"that"} and len(speaker.split()) > 1)
            if not appositive and len(said.split()) >= 3 and not _SUBORDINATE_ONLY.fullmatch(said):
                return [self._row(speaker, verb, said, x, text[:x], "indirect", said_at=x + verb_at)]
            #        (not "When Rubio launched that same attack at Cruz, though, Cruz deftly countered.": a time)
        marks = _QUOTE_MARK.findall(sentence)
        verbs = _saying_verbs(sentence) if marks else 0
        aside = None if not tails or marks and (len(marks) % 2 or verbs > 1 or any(
            len(q.group().split()) > 3 for q in _QUOTE.finditer(sentence))) else _ASIDE.search(sentence)
        #         (a term quoted inside, and no other verb of saying: "The tweets, Ms Pelosi wrote, were “racist
        #         attacks” on X"; not "In one call, the agent wrote, Manafort said he wanted ... “...”"; not
        #         "..., McCain said, “It doesn’t matter.”": a sentence quoted after it, not "She was denied
        #         treatment, Somers says, “because she was too old.”")
        if aside and aside.start() > 0 and not _SENTENCE_QUOTED.match(sentence, aside.end()) and not (
                (aside.group("verb") or aside.group("verb2")) in _PLURAL_TAIL and _says_before(sentence,
                                                                                                aside.start())):
            #                     (not "Key lawmakers say X ..., critics say, ...": the lawmakers' words)
            speaker, verb = (aside.group("speaker"), aside.group("verb")) if aside.group("verb") else (
                aside.group("speaker2"), aside.group("verb2"))
            clause = aside.group("verb") and (     # ", says a win here won't change the balance, but ...": no aside
                _VERBISH.search(speaker) or fold(speaker.split()[0]) in _SUBJECT_PRONOUNS | _NOT_SPEAKER_START or
                _PRONOUN_FINITE.match(speaker) or _GOES_ON.match(sentence, aside.end()) or
                fold(speaker.split()[0]) in ("his", "her", "their") and
                _NAMED_THEN_APPOSITIVE.match(sentence, 0, aside.start())) or (   # "Sen. Amy Klobuchar, a Minnesota
                _ANY_SAY.search(speaker))   # Democrat ..., said her husband, John Bessler, is recovering": hers;
            #                              ", Boehner said that under the terms announced today, Iran ...": his "said";
            #                              "Sen. Susan Collins, R-Maine, said she'd support the bill, meaning ...": hers
            if not clause and not re.match(r"(?:which|that|who|whom|what|as)\b", speaker, re.I) and len(
                    speaker.split()) <= 8 and self._plausible(_clean(speaker)):   # the sentence, around its attribution
                final = _APPOSITIVE_TO_END.match(sentence, aside.end()) if aside.group("verb") and len(
                    sentence[:aside.start()].split()) >= 4 else None      # not "In fact, says X, a former ..., the
                final = final and any(self.is_role(light_stem(fold(w))) for w in final.group("words").split()) and \
                    not _GOES_ON_AFTER.search(sentence, final.end())    # "..., said Margaret D. Stock, a retired
                said = sentence[:aside.start()] if final else sentence     # lieutenant colonel ... who helped ...":
                return [self._row(_clean(speaker), verb, said.strip().rstrip("."), x + len(sentence) - len(  # the words
                    sentence.lstrip()), text[:x], "indirect", said_at=x + aside.start())]           # before it
        found = [] if runs.isdisjoint(_ING_SAY) else self._participle_says(text, x, sentence, lo, used)
        cuts = [row.pop("_cut") for row in found]       # where each participle's comma stands in the sentence
        cuts += [c.start() for c in _ING_THEN_QUOTE.finditer(sentence)]   # "..., adding: “...”": read as quoted
        if runs.isdisjoint(_SAY_FIRST):
            return found                               # _INDIRECT and _INDIRECT_THAT need a verb of saying
        inside = [q.span() for q in _QUOTE.finditer(sentence)] + [(a - x, b - x) for a, b in quoted if a < y and x < b]
        # a quotation opened in an earlier sentence ("“... They said America would lift them,” the president said")
        parts = list(clauses(sentence, pattern=STATEMENT_CLAUSE))
        said_by = ""                                   # the speaker of the last statement read in the sentence
        for i, (clause_start, clause) in enumerate(parts):
            pos, opened = 0, None     # where the next verb is looked for; where the last statement read opens
            while True:
                m = self._clause_verb(clause, clause_start, x - lo, used, inside, pos=pos)
                if m is None:
                    break
                strict = pos > 0 and opened is None       # after a verb set aside: see _statement
                pos = m.end("verb")
                after = None if opened is None else _NEXT_STATEMENT.search(clause, opened, m.start("verb"))
                if opened is not None and not after and not _RELATIVE_SUBJECT.search(clause, opened, m.start(
                        "verb")) and not (found and found[-1]["verb"] in ("reports", "reported") and _subject_only(
                        clause, opened, m.start("verb"))):   # (but "X reports that police have said ...": the
                    #                                          police's statement inside the report is one too)
                    continue          # after a statement, a verb in a clause of its words ("a detonation that TV
                    #                   Asahi said caused ...": Asahi's, inside North Korea's), or one that opens a
                    #                   statement of its own, which ends the one before ("..., Trump announced",
                    #                   "... and said that")
                read = self._statement(text, x, sentence, parts, i, m, cuts, said_by, strict=strict,
                                       shared=bool(after and after.group("and")))
                if read is not None:
                    row, said_by, opens = read
                    if after:
                        cut = found[-1]["quote"][:clause_start + after.start() - (found[-1]["start"] - x)].rstrip(
                            " ,;—–-")
                        found[-1].update(quote=cut, end=found[-1]["start"] + len(cut))
                    found.append(row)
                    opened = pos = max(pos, opens - clause_start)
        return found

    def _statement(self, text: str, x: int, sentence: str, parts: list, i: int, m: re.Match, cuts: list[int],
                   said_by: str, *, strict: bool = False, shared: bool = False) -> tuple[dict, str, int] | None:
        """The statement a verb of saying (``m``, found by :meth:`_clause_verb` in ``parts[i]``) reports in
        ``sentence`` (at ``x`` in ``text``): ``(row, speaker, where its words open in the sentence)``, or None where
        the verb reports no words ("wrote a letter to ...", "said in a statement."). ``strict``: a verb after one
        set aside in its clause reports words only with "that" or a clause of its own after it ("wrote to POTUS who
        then wrote Comey's farewell": an act), unless it is "said", "told" or "added". ``shared``: the verb's subject
        is the one of the statement before ("Bush said A and said that B")."""
        clause_start, clause = parts[i]
        verb = m.group("verb")
        if _INVERTED.search(clause, 0, m.start("verb")) and sentence.rstrip(" ”\"’'").endswith("?"):
            return None                # "But for now, what does it tell you that the FBI ... fell for this hoax?"
        if strict and verb not in _PLAINEST and not m.group("that") and not _REPORTED_CLAUSE.match(clause,
                                                                                               m.end("verb")):
            return None
        if _PROFORM_AFTER.match(clause, m.end("verb")):
            return None          # "Any politician who tells you otherwise is dumb or lying": nothing reported
        demonstrative = _THAT_POINTS.match(clause, m.end("verb"))
        if demonstrative and not _FINITE_AFTER.search(re.split(r"[,;:()]|\s[–—-]", clause[demonstrative.end():])[0]):
            return None          # "reiterated that sentiment last week in the debate": "that" points, no clause
        if verb.endswith("ed") and _OWNER_END.search(clause, 0, m.start("verb")):
            return None          # "despite the Obama administration’s declared intention in May 2013 that the
            #                      drone program be transferred": a participle that describes a noun, no verb
            #                      (but "McConnell's claims that ...": his claims; "Moody’s said": a name)
        if verb.startswith("continu") and not _CONTINUED_SAYS.match(clause, m.end("verb")):
            return None          # "when the nausea continued he was taken", "continued to push agendas that
            #                      benefited": nothing said (but "continued to insist that", "continues that")
        head = clause[:m.start("verb")]
        if i and (_RELATIVE_GOES_ON.match(head) or _ING_ASIDE.fullmatch(head) and re.search(
                r",\s+(?:while|as|though|although)\s+$", sentence[:clause_start])):
            head = sentence[:clause_start + m.start("verb")]    # "The IAEA, which ... has inspected Yongbyon but never
            #         Punggye-ri, has said": the "but" was the clause's; "The White House, while defending Obama’s
            #         economic record, says": an aside in the sentence's clause
        speaker = _clean(subject_before(_DASH_ASIDE_END.sub(" ", head)))
        speaker = re.sub(r"\s+(?:did|does|do|(?:this|last)\s+(?:morning|afternoon|evening))$", "", speaker)
        speaker = _BOTH_FIRST.sub("", speaker) if " and " in speaker else speaker   # "Both Comey and Page testified"
        speaker = _CLEFT_HEAD.sub("", speaker)    # "It's an approach Maine's top health official says she wants"
        #                               "The Pentagon did say it would": emphatic; "the FDA this morning told": when
        words = speaker.split()
        if len(words) > 2 and fold(words[-1]) in ("and", "or") and words[-2] in _PLAINEST:
            return None                # "they even say and write things that": a verb of two, no words said
        said = _SAID_THEIR.search(speaker)
        if said:                       # "X both said their sources said that ...": the sources (the verb before
            speaker = said.group("np")                 # was set aside by _clause_verb)
        first = _subject(head) if head.rstrip().endswith(",") and head.count(",") == 1 and len(
            speaker.split()) > 2 else ""
        if fold(first) in ("he", "she", "they") and head.lstrip().startswith(first):
            speaker = first      # "He also vowed a massive infrastructure-building program, said ...": he (not
            #                      "But they are under pressure after Ford, ..., told": one clause, one comma)
        issued = _SAID_IN_DOCUMENT.search(head)
        if issued:
            speaker = _clean(subject_before(head[:issued.start() + 1])) or speaker   # the tweets' writer
        if shared or i and _SHARED_SUBJECT.fullmatch(clause, 0, m.start("verb")):
            speaker = said_by or _clean(_subject(parts[0][1]))   # "Rosenstein said A, but said B": his too;
            #                                                      "The company denied it but said B": its
        if _BUT_END.search(sentence, 0, clause_start + m.start("verb")):
            speaker = _NEGATED_END.sub("", speaker) or speaker   # "The special counsel's office did not give a
            #                                                      sentence recommendation but said": the office
        if speaker and re.search(rf"\b[Ww]hat\s+{re.escape(speaker)}\s+$", clause[:m.start("verb")]) and \
                re.match(r"\s+and\s", clause[m.end("verb"):]):
            return None          # "copying what he tweeted and joking that ...": what he tweeted is the object;
            #                      the words are hers
        owner = _OWNER_NAME.search(clause, 0, m.start("verb")) if verb == "claims" else None
        if owner:
            speaker = owner.group("name")        # "despite Ford's claims that ...": Ford's (the noun "claims")
        adverb = _ADVERB_LAST.search(clause, 0, m.start("verb")) if re.fullmatch(r"[a-z]+ly", speaker) else None
        if adverb:       # "the story, which baselessly alleged": the story; "James Clapper, publicly acknowledged"
            speaker = _clean(_which_antecedent(clause[:adverb.start()]) if adverb.group("which") else
                             subject_before(_DASH_ASIDE_END.sub(" ", clause[:adverb.start()]) + " "))
        agent = _passive_agent(clause, m)
        if agent:
            speaker = _clean(agent)                         # "were told by the plant manager that"
        quoted = m.group("clause").rstrip(" .")
        skip = 0
        if _TELLS_IT.match(quoted) or re.match(r"(?:and|or|out(?!\s+of\b))\s", quoted) or verb in _TELLING and \
                _LISTENER_THEN_CLAUSE.match(quoted) or m.group("that") and _THAT_NOUN.match(quoted):
            return None                                # "someone who tells it like it is": an idiom; "they even say
            #                                            and write things that": no words; "..., sources tell CNN,
            #                                            though the OCE did not respond": said before, not after;
            #                                            "Clinton's team tweeted out the first fact check": a thing;
            #                                            "Ryan acknowledged that point, telling ...": "that" points
        back = 0                          # how far the words said begin before the clause after "that"
        if m.group("that") and verb in _TAKES_OBJECT and _RELATIVE_OBJECT.match(m.group("object") or "") and (
                _VERB_FIRST.match(m.group("clause")) or _SHOWN_OBJECT.search(m.group("object"))):
            return None                   # "announced a bill that would provide ...": a relative clause, no words;
            #                               "tweeted a video that shows the crowd ...": what the video shows
        if m.group("that") and verb not in _TELLING and len(m.group("object").split()) >= 2 and (
                _VERB_FIRST.match(m.group("clause")) or re.match(r"[a-z]{3,}ed\s", m.group("clause")) and not re.match(
                    r"\s*(?:in|on|at|to|during|after|before|via|through|with)\b", m.group("object"))):
            obj = m.group("object")       # "warned of increasing turmoil that could lead to ...": a relative
            if not (_FINITE.search(obj) or re.match(r"\s*that\b", obj)):   # clause, no words; but "says Trump
                return None               # should get a brain trust that can guide him": the words start there
            lead = re.match(r"\s*(?:that,?\s+)?", obj).end()          # ("said that only the four states
            back = m.start("clause") - (m.start("object") + lead)     # that were named ... should")
        elif m.group("that") and not (m.group("object") or "").strip() and _THAT_SUBJECT.match(m.group("clause")):
            back = m.start("clause") - m.start("that")   # "He says that wouldn't be enough": "that" its subject
        if verb in ("wrote", "writes", "write") and not m.group("that") and (_WROTE_A_WORK.match(quoted) or re.match(
                r"(?:in|during)\s+(?:\d{4}|the\s+\d{4}s)(?:\s*(?:[,.;]|$)|\s+(?:when|while|as|because|before|after|"
                r"for|at|in|to)\b)", quoted)):   # (or a time: "the “Guiding Principles” that Moynihan wrote in 1962
            #                                    when ...": a work again; but "wrote in 1962 the country was")
            return None                        # "who wrote the D.C. law, told me that": a work, no words reported
        if verb in _TELLING | {"informed", "informs"} and not m.group("object").strip():
            # "told reporters ...", "told The New York Times, “...”"
            if _TOLD_A_TALE.match(quoted) or re.match(r"to\s+[a-z]", quoted):
                return None                    # "she told a single untruth about", "told a story about", "a lie he
                #                                told to protect X", "was told to leave": no words
            named = _TOLD_NAMED.match(quoted)
            described = None if named else re.match(_LISTENER_NP, quoted)     # "told the officer he was ..."
            if described and _NOT_WORDS_YET.match(quoted, described.end()) and not _THAT_AFTER.match(
                    quoted, described.end()):
                described = None   # "told a group at the Ripon Society ..., the IRS destroyed": where the words
                #                    begin is not clear; they are read after the first word, as any listener's
            listener = named or described or re.match(r"\w+\s+", quoted)
            skip = listener.end() if listener else 0
        that_first = re.match(r"that\s+(?![“\"‘])", quoted[skip:]) if skip else None
        skip += that_first.end() if that_first else 0     # "told NBC's “Today” show that the women": after it
        rest = quoted[skip:]
        that = _THAT_AFTER.match(rest)                            # "said in his sermon on Friday that"
        if that and not m.group("that") and rest.split() and (fold(rest.split()[0]) in _PREPOSITIONS or
                                                               _WHEN.match(rest) or _WHERE_WHEN_LEAD.match(rest)):
            if _NOUN_THAT.search(rest, 0, that.end()) or _SO_THAT.search(rest, 0, that.end()):
                return None                    # "tweeted Sunday in response to a ... report that ...": the report;
                #                                "had asked for so that its members could ...": a purpose, no words
            skip += that.end()
        quoted = quoted[skip:]
        when = _WHEN.match(quoted)                                  # "said Thursday there was ..."
        if when:
            skip += when.end()
            quoted = quoted[when.end():]
        if re.match(r"of\s", quoted) and not re.search(r"\bthat\s|[:“”\"]", quoted) or re.match(
                r"of\s[^“”\"]*?[,:]\s*[“\"]", quoted):
            return None                                # "said of a prospective nominee.": of whom, no
            #                                            words; "said of the winner, “...”": the quotation's
        if _SO_PRO_FORM.match(quoted) or re.fullmatch(r"without(?:\s+[\w'’-]+){1,5}\s*", quoted):
            return None                                # "he says so all the time": what was said is said before;
            #                                            "said without giving further details", "said nothing
            #                                            about it": no words
        medium = _MEDIUM_THEN_CLAUSE.match(quoted) if not m.group("that") else None
        if medium:                                     # "said on Twitter he wants to dedicate more time", "said in
            skip += medium.end()                       # a statement he was leaving": where, then the words
            quoted = quoted[medium.end():]
        if quoted.split() and (fold(quoted.split()[0]) in _PREPOSITIONS | {
                "via", "through", "following", "amid", "outside", "inside"} or re.match(
                r"about\s+(?![\d$]|a\s+(?:dozen|hundred|thousand|million|third|quarter|half)\b)", quoted)
                or _WHERE_WHEN_LEAD.match(quoted)) and not \
                m.group("that") and not re.search(r"\bthat\s", clause[m.end("verb"):m.start("clause") + skip]) \
                and not _DATE_AFTER.match(quoted) and not re.match(r"at\s+(?:least|most)\b", quoted):
            return None                                # "said in a statement to The New York Times": no words (but
            #                                            "said at least one may not be connected": a number)
        if not speaker or len(quoted.split()) < 3 or _QUOTE.match(quoted) and not _TERM_SUBJECT.match(quoted) or (
                _COLON_QUOTE.match(quoted) and not \
                _FINITE.search(quoted.split(":")[0])) or \
                not self._plausible(speaker) or (
                _WRITTEN_OBJECT.match(quoted) and verb in _WROTE) or (
                verb in _ACTS and not m.group("that") and not re.match(r"that\b", quoted) and not _FINITE.search(
                    " ".join(quoted.split(",")[0].split()[:12]).replace("n’t", " not").replace("n't", " not"))):
            return None  # "wrote a letter to ...", "declared a mistrial", "When X announced his run, he said"
        if verb.endswith("ed") and verb not in _PLAIN_SAY and not m.group("that") and _REDUCED_THEN_VERB.match(
                quoted):
            return None                 # "some information reported early may turn out to be inaccurate": a
            #                             participle of the subject, whose own verb comes after
        if _NO_MATTER.search(sentence, 0, clause_start + m.start("verb")):
            return None                 # "No matter what any of his interviewers said he was obstinate": said
            #                             is conceded, no words reported
        if _VERB_OPENS.match(quoted) and not m.group("that") and (_FREE_RELATIVE.match(
                sentence[:clause_start + m.start("verb")]) or _FREE_RELATIVE_IN.search(
                sentence, 0, clause_start + m.start("verb"))):
            return None                 # "Everything he wrote was characterized by ...", "What Trump said is a
            #                             lie": what was said is the sentence's subject; no words reported (but
            #                             "what critics say is currency manipulation" is their claim)
        end = clause_start + len(clause)
        for later_start, later in parts[i + 1:]:
            if _SAYS_IN.search(later) or re.match(r"\s*[a-z]+ed\b", later):
                break                         # "X said A, but Y said B"; "X announced A but faced B"
            end = later_start + len(later)    # "says a win ... the balance, but it would count"
        end = min([end, *(c for c in cuts if clause_start + m.start("clause") + skip - back < c < end)])
        opens = clause_start + m.start("clause") + skip - back
        nested = _NESTED_TELLER.match(sentence, clause_start + m.end("verb"))
        if nested and opens <= nested.end() < end and not _VERBISH.search(nested.group("speaker")) and not any(
                fold(w) in _PREPOSITIONS | {"that", "not", "never"} for w in nested.group("speaker").split()):
            speaker, verb, opens = _clean(nested.group("speaker")), nested.group("verb"), nested.end()
            #        "he said that Mr. Casey told him that the role of Congress was ...": Casey's words, as told
        quoted = sentence[opens:end].rstrip(" .,")   # not ", adding that
        if fold(speaker.split()[-1]) in PRONOUNS:
            before_it = _SUBORDINATE_THEN_IT.match(sentence) if fold(speaker.split()[-1]) == "it" else None
            speaker = speaker.split()[-1] if fold(speaker.split()[-1]) != "it" else before_it.group("np") if \
                before_it else _subject(sentence)   # "While the brief fell short of calling for ..., it suggested
            #                                         that": the brief, the subordinate clause's subject
        start = x + opens
        return self._row(speaker, verb, quoted, start, text[:start], "indirect"), speaker, opens

    def _participle_says(self, text: str, x: int, sentence: str, lo: int, used: set[int]) -> list[dict]:
        """Statements reported by a participle of saying after a comma: "Republicans oppose the return to higher
        rates, saying it will inhibit job growth", "Mrs. Clinton has denied such charges, saying she merely wanted
        ...", "“...,” she said, explaining that ...". The speaker is the one of the attribution just before the
        participle ("she said"), else the sentence's subject (as for "..., saying “...”"); the words run to the
        sentence's end, or to the next clause with an attribution of its own. Each row carries ``_cut``, where its
        participle's comma stands in the sentence (a statement read before it ends there)."""
        rows = []
        for ing in _ING_SAYS.finditer(sentence):
            verb, skip = ing.group("verb"), 0
            rest = sentence[ing.end():]
            if x - lo + ing.start("verb") in used:
                continue
            if not ing.group("that"):
                words = rest.split()
                opens = fold(words[0]) in _SUBJECT_PRONOUNS | DETERMINERS or words[0][:1].isupper() if words else False
                placed = bool(words) and fold(words[0]) in _PREPOSITIONS and _THAT_WITHIN.match(rest)
                if not words or verb != "saying" and not placed and not (
                        (_QUOTE_MARK.search(" ".join(words[:3])) or opens) and _FINITE.search(" ".join(words[:6])) or
                        fold(words[0]) not in _PREPOSITIONS | _NO_WORDS_AFTER and
                        re.search(rf"\b{_FINITE_AUX}", " ".join(words[:6]))):   # ("arguing in a conference call
                    #                                                            that ...": read below)
                    continue                               # "adding to the confusion", "noting the date": no words
                    #                                        (but "claiming “manpower” is streaming into the area",
                    #                                        "adding her not testifying could lead to ...")
                if fold(words[0]) in _PREPOSITIONS | {"of", "about"}:   # "saying in a letter to Congress that ..."
                    that = _THAT_WITHIN.match(rest)
                    if not that or _NOUN_THAT.search(rest, 0, that.end()):
                        continue                           # "saying of the decision", "saying in response to reports
                    skip = that.end()                      # that": not what was said
                elif fold(words[0]) in _SAYING_NO_WORDS or not (
                        fold(words[0]) in _SUBJECT_PRONOUNS or _FINITE.search(" ".join(words[:5])) or
                        _NP_PRESENT_VERB.match(rest)):     # ("saying the economy stands at 3.0 percent")
                    continue                               # "saying goodbye", "saying a prayer"
            end = next((c.start() for c in _CLAUSE_SAYS.finditer(sentence, ing.end() + skip) if c.group("ing") or
                        _SAYS_IN.search(sentence, c.end()) or re.match(r"[a-z]+ed\b", sentence[c.end():])),
                       len(sentence))                      # "..., saying A, but the police said B": A
            said = sentence[ing.end() + skip:end].strip().rstrip(" .,")
            if len(said.split()) < 4 or any(len(q.group().split()) > 3 for q in _QUOTE.finditer(said)):
                continue                                   # a quotation after it is read as one ("saying “...”")
            head = DATELINE.sub("", sentence[:ing.start()])   # "BEIRUT (AP) — Russia and the Syrian military ..."
            if ing.group().lstrip().startswith(("by", "in")):    # "McCain concludes by saying": McCain (but
                if head.split()[-1:] and head.split()[-1] in SAY and ing.group("that"):   # "responded by saying
                    continue                                        # that": the verb before reads it)
                head = re.sub(r"\s+(?:[a-z]+ly\s+)?[a-z]+$", "", head)
            head = _DASH_PAIR.sub(" ", head)     # "several conservative leaders — including X; Y — signed": the leaders
            head = head[len(_LEAD_OPENER.match(head).group()):] if _LEAD_OPENER.match(head) else head
            ending = self._ending(head) if _SAYS_IN.search(head) else None
            last = None if ending else _last_match(_NEW_CLAUSE, head, 0, len(head))
            head = head[last.end():] if last else head     # "Trump ordered the strike ..., but Russia defended
            #                                                Assad, saying ...": Russia, the subject of its clause
            joined = None if ending or last else _AND_THEN_SUBJECT.search(head)
            head = head[joined.start("np"):] if joined else head   # "The provision was reauthorized ... and officials
            #                                 in Shelby County, Alabama, subsequently filed suit, saying": the officials
            first = None if ending else _SUBORDINATE_OPENS.match(head)
            head = head[first.end():] if first else head   # "While the U.S. says ..., Ankara wants ..., saying": Ankara
            if not ending and _CLEFT.match(head):
                continue                                   # "It was at that forum that ... Ryan jumped on, saying"
            says = None if ending else _SAYS_VERB.search(head)
            said_by = _clean(subject_before(head[:says.start("verb")])) if says else ""
            with_ = None if ending else _WITH_THEN.search(head) or _WHEN_THEN.search(head)
            named = None if ending or with_ or said_by else _NAME_THEN_COMMA.match(head)
            named = named if named and self._plausible(named.group()) else None   # not "On Thursday, the Commerce
            #                                                     Department revised ..., saying": the department
            speaker = ending[0] if ending else with_.group("speaker") if with_ else said_by if said_by and \
                self._plausible(said_by) else named.group() if named else _participle_subject(head)
            if ing.group("with") and not self._someone(ing.group("with")):
                continue                                # "..., with faux courage saying that": a manner, no one
            speaker = ing.group("with") or speaker      # "..., with Republican leader Mitch McConnell saying he has
            #                                             not ruled out ...": McConnell
            inside = None if ending or with_ or said_by or named else _VERB_INSIDE.search(speaker)
            speaker = speaker[:inside.start()] if inside else speaker
            speaker = re.sub(r",\s+[A-Z][\w.’'-]*,$", "", joined.group("np")) if joined else speaker   # (its state)
            # "The debate continued, with former RNC Chairman Mike Duncan, who led ..., saying": his; "The squabble
            # has been simmering since last week, when Mr. Christie criticized ..., saying": Christie's; "The SANA
            # news agency said the people were freed ..., adding that ...": SANA's
            verb_first = _NAME_THEN_VERB.match(speaker)    # "Republicans oppose the return": Republicans; "The right
            speaker = verb_first.group("np") if verb_first else _COPULA.split(speaker)[0]   # is critical": the right
            said_first = _SAID_FIRST.fullmatch(speaker)    # "..., said Chairman John Barrasso (Wyo.), noting"
            speaker = _clean(_ADVERBS_AT_END.sub("", _MEDIUM_AT_END.sub("", said_first.group("np") if said_first
                                                                         else speaker)))   # "X in a speech Monday"
            if len(speaker.split()) > 1 and speaker.split()[-1] in _PAST_FORMS and not _political_side(
                    speaker.split()[-2], speaker.split()[-1]):
                speaker = speaker.rsplit(None, 1)[0]       # "The Pentagon went further, suggesting": the Pentagon
                #                                            (not "the left")
            if not speaker or len(speaker.split()) > 8 or _OWNER_THEN_WORD.search(speaker) or not self._plausible(
                    speaker) or re.fullmatch(r"[A-Z][a-z]+ly", speaker):    # (not "Ironically, stressing ...")
                continue                                   # "Barack Obama’s former" (acting Solicitor General ...)
            used.add(x - lo + ing.start("verb"))
            start = x + ing.end() + skip + len(sentence[ing.end() + skip:end]) - len(
                sentence[ing.end() + skip:end].lstrip())
            row = self._row(speaker, verb, said, start, text[:start], "indirect", said_at=x + ing.start("verb"))
            row["_cut"] = ing.start()
            rows.append(row)
        return rows

    def _someone(self, phrase: str) -> bool:
        """Whether a noun phrase names who can speak: a name, a group or share of people ("56 percent", "most"), a
        role ("health experts", "the White House"), or a document ("a memo from the campaign"); not a manner ("faux
        courage")."""
        head = _phrase_head(phrase)
        return head[:1].isupper() or head[:1].isdigit() or head.endswith("s") and not head.endswith("ss") or \
            fold(head) in _SOME | {"most", "half", "all", "one", "camp", "side", "faction", "percent", "people"} or \
            self.is_role(light_stem(fold(head))) or bool(_FINDINGS.fullmatch(fold(head)))

    @staticmethod
    def _clause_verb(clause: str, clause_start: int, offset: int, used: set[int], inside, *,
                     pos: int = 0) -> re.Match | None:
        """The first verb of saying in ``clause`` that reports a statement: not inside a quotation, not read
        already, and with "that" where it needs one ("was confirmed by ... and came after a spokesman said ...":
        the "said"); from ``pos`` on."""
        while True:
            m = _INDIRECT_THAT.search(clause, pos)
            if m and (fold(m.group("object").split()[0]) in _SUBJECT_PRONOUNS or fold(
                    m.group("object").split()[-1]) in _PREPOSITIONS | {"of", "about"} or fold(m.group(
                    "object").split()[-1]) in ("and", "or") and m.group("verb") not in NEEDS_THAT or (
                    _SO_THAT.search(m.group("object") + " that ") or _NOUN_THAT.search(m.group("object") + " that ")) or
                    fold(m.group("object").split()[0]) in ("and", "or") or fold(m.group("object").split()[-1]) in (
                        "something", "anything", "nothing", "everything", "things") or _MODAL_WORD.search(
                        m.group("object"))):
                m = None        # "said he loves that car", "warn his son about that possibility": no conjunction;
                #                 "said seven people had been arrested and that ...": the words open after "said";
                #                 "asked for so that", "said in response to reports that": not what was said;
                #                 "said something that made me laugh": a relative clause; "said statewide
                #                 action would provide more assurance that": the words open after "said"
            if m and m.group("verb") in _PLURAL_SAY and _TO_BEFORE.search(clause, max(0, m.start("verb") - 4),
                                                                          m.start("verb")):
                m = None        # "told the AP the decision to admit girls is among the factors that": "told"
            plain = _INDIRECT.search(clause, pos)
            if m is None or plain is not None and plain.start("verb") < m.start("verb") and plain.group("that"):
                m = plain                  # "officials noted that the ... added benefit of ... that": "noted that"
            if m is None:
                return None
            tried = (m, plain) if plain is not None and plain is not m and plain.start("verb") < m.start(
                "verb") else (m,)          # "She said Obama was not informed either that ...": "said", if not
            for c in tried:
                verb, at = c.group("verb"), c.start("verb")
                if not (verb in _PLURAL_SAY and _TO_BEFORE.search(clause, max(0, at - 4), at)) and not (
                        offset + clause_start + at in used or any(a <= clause_start + at < b for a, b in inside) or
                        verb in ("added", "stated") and _ADJECTIVE_USE.match(clause, c.end("verb")) or
                        verb in NEEDS_THAT and not c.group("that") and not _WHERE_THAT.match(clause, c.end(
                            "verb")) and not (
                            not c.group("object").strip() and verb != "suggests" and (_PRONOUN_FINITE.match(
                                c.group("clause")) or verb not in _ASKING and (_NP_FINITE.match(c.group(
                                    "clause")) or _NP_PRESENT.match(c.group("clause"))))) or
                        #                                               "the data suggests there was": evidence
                        verb.endswith("ing") or verb in ("read", "chanted") or _INDEFINITE_SAID.match(c.group("clause"))
                        or _NEGATED.search(clause, max(0, at - 30), at) or _noun_use(clause, verb, at)
                        or verb == "assured" and _REST_BEFORE.search(clause, max(0, at - 6), at)   # "rest assured"
                        or _passive_agent(clause, c) == "" or verb.startswith("inform") and _PASSIVE_BEFORE.search(
                            clause, max(0, at - 30), at)):       # "he had been informed by X that": "said", if any
                    return c  # (a verb inside a quotation is the speaker's words; "did not say that", "a short chant";
                    # "Fox News is told that ...": the subject of a passive listened, and who spoke is unnamed)
            pos = m.end("verb")

    def _in_sentence(self, para, m, body: str, sentence, text: str, lo: int, spans) -> tuple[str, str, int | None]:
        """A quotation's speaker named elsewhere in its sentence, or in the sentence before: "He said X had “...”",
        "“...” is a reminder of ..., says X.", "..., says the mayor. “...”". Returns ``(speaker, verb, verb_at)``,
        empty where none is named."""
        if len(body.split()) >= 3:
            opening = _SENTENCE_SAYS.match(para[sentence[0]:m.start()])
            # "A GOP strategist who is familiar with ... said that X, who ..., “...”": the strategist
            who = _WHO_CLAUSE.sub("", opening.group("speaker")) if opening else ""
            if opening and opening.group("verb") not in ("read", "reading") and len(
                    who.split()) <= 6 and self._plausible(who) and not _noun_use(
                    para, opening.group("verb"), sentence[0] + opening.start("verb")):   # not "You know the old saying"
                near = _BUT_THAT_SAID.search(para, sentence[0] + opening.end("verb"), m.start())
                if near and self._plausible(_clean(near.group("speaker"))):
                    return _clean(near.group("speaker")), near.group("verb"), None
                    # "Pence told Fox News the deal was ..., but that Mr Trump said no deal was possible “without a
                    #  wall”": what Pence reports Trump said is Trump's
                who = _issuer(who, opening.group("verb")) or who   # "The team issued a statement saying the
                #                organization had “...” Monday with ... “...”": the team's statement, as the first
                return _clean(who), opening.group("verb"), _opening_verb_at(para, sentence[0], opening, m.start())
            closing = _sentence_at(spans, lo + m.end() - 1, lo)    # a quotation may hold several sentences
            after = para[m.end():max(sentence[1], closing[1])]
            more = _PARTICIPLE_AFTER.search(after)      # "“...” in the country, Clement said, adding that ...": his
            ending = self._ending(after[:more.start()] if more else after)
            if ending:
                return ending[0], ending[1], m.end() + ending[2]
            mark = _last_match(_QUOTE_MARK, para, sentence[0], m.start())     # after any quotation before it
            verb = _last_match(_SAY_WORD, para, mark.end() if mark else sentence[0], m.start())
            last = self._named_between(lo + (mark.end() if mark else sentence[0]), lo + verb.start(), ("person",))[
                -1:] if verb else []
            if last and not para[last[0][1] - lo:verb.start()].strip() and not last[0][5] and not \
                    _OBJECT_BEFORE.search(self.text, max(0, last[0][0] - 80), last[0][0]):
                return last[0][4], verb.group(), None  # "X described the incident as ... and Democratic nominee
                #      Hillary Clinton said she had been briefed on “...”": the name before (the verb's own statement
                #      is read too)
        if sentence[0] > 0:
            before = [sp for sp in spans if sp[1] - lo <= sentence[0] and sp[0] >= lo]
            prior = before and text[before[-1][0]:before[-1][1]]
            ending = self._ending(prior) if prior and not any(
                len(_inside(q.group()).split()) >= 3 for q in quotations(prior)) else None
            if ending:                 # (a word quoted in it is no statement: "“No,” the U.S. is not at war with
                return ending[0], "", None    # ISIS, Secretary of State John Kerry told ABC News ... . “...”")
            said = _ANY_SAY.search(prior) if prior and not _QUOTE.search(prior) and not para[
                sentence[0]:m.start()].strip(" “\"‘'") and len(body.split()) >= 4 and not any(
                q.start() < before[-1][1] - lo and before[-1][0] - lo < q.end() for q in quotations(para)) else None
            who = _clean(subject_before(prior[:said.start()])) if said and said.group("verb") in _PLAIN_SAY and \
                not _SAYS_IN.search(prior, said.end()) and not \
                _MODAL_END.search(prior, 0, said.start()) else ""     # not "..., says Karin Tamerius, a former
            #                                                           ...": no subject before it (a clause,
            #                                                           "Another tip is to stay humble"); not "would
            #                                                           have said"
            if who and len(who.split()) <= 6 and self._plausible(who) and not _SUBJECT_PRONOUN_ONLY.fullmatch(
                    who) and not _FINITE.search(who):
                return _clean(who), "", None       # "Patricia Ward, a logistics management specialist, said she was
                #                                    in the cafeteria. “I heard three shots ...”": hers
        return "", "", None

    def _ending(self, text: str) -> tuple[str, str, int, re.Match] | None:
        """The attribution that ends ``text`` ("..., police said.", "..., says the mayor.", "..., he told X."):
        ``(speaker, verb, the verb's offset in text, the match)``, or None where it names no plausible speaker."""
        tail = _TAIL.search(text)
        if tail is None:
            return None
        group = "verb" if tail.group("verb") else "verb2" if tail.group("verb2") else "told"
        after = tail.group("speaker")                      # "said X in a statement": X
        if after and fold(after.split()[0]) in _NOT_SPEAKER_START | {"that"}:
            return None                                    # "..., however, explains only one kind of ...": a verb;
            #                                                "X — DARPA — announced that they had, ..., reinvented
            #                                                the wheel": what follows "that" is said, no speaker
        if not after and (tail.group("speaker2").split()[0] in (
                "who", "which", "that", "whom", "if", "when", "because", "unless", "while", "although", "though",
                "whether") or _FIRST_REPORTED.fullmatch(tail.group("speaker2"))):
            return None             # "... and passed it on to Maguire, who testified before the committee.": a
            #                         relative clause about the last noun, not a speaker of the sentence; "...
            #                         should testify, if Democrats insist on Bolton.": a condition; "... the story,
            #                         first reported in The Hill.": a participle of the story
        if after and fold(after.split()[0]) in ("its", "his", "her", "their") and not any(
                self.is_role(light_stem(fold(w))) for w in after.split()[1:4]):
            return None             # "X, a lobbying group, announced its opposition Thursday": its object, no one
            #                         (but "..., said its spokesman", "said his longtime lawyer")
        if not after and tail.group("verb2") == "reports" and (fold(tail.group("speaker2").split()[0]) in (
                "and", "but", "or", "amid", "among", "after", "following", "despite", "as", "based", "citing",
                "per", "from", "in", "on") or fold(tail.group("speaker2").split()[-1]) in ("previous", "earlier",
                                                                                         "several", "multiple")):
            return None             # "..., and police only get involved after seeing TV reports.": the noun; so is
            #                         "..., based on multiple previous reports ."
        speaker = _clean(_AFTER_NAME.sub("", after) if after else tail.group("speaker2"))
        app = _NAMED_APPOSITIVE.match(tail.group("app") or tail.group("app2") or "")
        if app and descriptor(speaker):
            speaker = app.group("name")          # "said the minister, Chrystia Freeland, on CNN": Freeland
        words = speaker.split()
        if len(words) >= 2 and fold(words[0]) in DETERMINERS and fold(words[-1]) in ("he", "she", "they", "we"):
            speaker = words[-1]                            # "..., a fact she emphasized": she did
        if not self._plausible(speaker) or len(speaker.split()) > (10 if _KNOWING.search(speaker) else 8) or \
                _VERBISH.search(speaker) or _FINITE_IN.search(speaker):
            return None                                    # ", said the Republicans shouldn't budge.": a clause
        named = _NAME_BEFORE_TAIL.search(text, 0, tail.start()) if not after and fold(speaker.split()[0]) in (
            "a", "an", "the") else None
        speaker = named.group("name") if named else speaker   # “...” Rick Hasen, a professor at X, Irvine, wrote
        return speaker, tail.group(group), tail.start(group), tail

    def _plausible(self, speaker: str) -> bool:
        """A speaker is a noun phrase: it does not end in a function word or a verb ("attended and")."""
        words = _clean(speaker).split()
        while words and _ADVERB.fullmatch(words[-1]):
            words.pop()                                    # "X allegedly told"; "more assertively stated": no one
        if len(words) > 2 and fold(words[-1]) in ("and", "then"):
            words.pop()                                    # "X got through to Y and allegedly told": X speaks
        if len(words) == 1 and words[0][1:].islower() and _ADVERB.fullmatch(words[0].lower()):
            return False                                   # "Recently announced Department of Justice guidelines"
        if len(words) == 1 and _MONTH_ALONE.fullmatch(words[0]):
            return False                                   # "who was fired in February, but who has said": a time
            #                                                ("May" may be Theresa May)
        if not any(c.isalpha() or c == "%" for w in words for c in w):
            return False                                   # "-- asked him", "X, 62, said": no one ("46% said": a share)
        if fold(words[0]) in _NO_ONE or any(re.search(r"n[’']t$|^cannot$", w) for w in words) or fold(
                " ".join(words).strip("[(")) in ("emphasis", "italics"):   # "(emphasis added)", "[emphasis added]":
            #                                                                      the writer's mark
            return False                                   # "no serious person would argue", "You can’t really argue"
        modal = [w for w in words if not w.endswith("ly")][-1:]
        if modal and fold(modal[0]) in ("could", "would", "might", "may", "should", "must", "can", "will"):
            return False                                   # "one could easily argue": no one has
        if not words or len(words) > 12 or fold(words[0]) in _PREPOSITIONS | _NO_SPEAKER_FIRST or _WHEN.fullmatch(
                " ".join(words) + " ") or re.fullmatch(r"let['’]s|let", words[0], re.I) or len(words) > 1 and \
                words[0] in ("that", "which"):
            return False        # "In a statement", "said Sunday", "Let’s ... and say", "that led to X": no speaker
        if len(words) > 1 and re.fullmatch(r"[a-z]+ing", words[0]) and (fold(words[1]) in DETERMINERS or (
                words[1] in _PARTICLES and fold(words[-1]) not in PRONOUNS)):
            return False                       # "issuing a statement saying ...", "“100%” singling out Huntington
            #                                    Beach, says Mayor X": a clause; its subject speaks (but "running
            #                                    for president he said": he)
        if fold(words[0]) == "over" and len(words) > 1 and not re.match(
                r"\d|half\b|a\b|one\b|two\b|three\b|\w+\s+percent", " ".join(words[1:])):
            return False                                   # "“go to hell” over fishing regulations and later said"
            #                                                (but "over 50% say", "over half said": a share)
        if _PARTITIVE.fullmatch(" ".join(words)):
            return True                                    # "“...,” one of them said."
        if len(words) == 1 and fold(words[0]) in _LINKING_ADVERBS:
            return False                                   # "..., and instead told Americans to “...”": no one
        written = words[-1].strip(",.;:")
        last = fold(written)                               # a verb as written, not a name ("Reed", "Manning")
        noun = last in _ING_NOUNS and len(words) > 1 and (fold(words[0]) in DETERMINERS or fold(words[-2]) in (
            DETERMINERS | _OWNERS) or any(re.search(r"[’']s$", w) for w in words[:-1]))   # "the court filing",
        #                       "familiar with her thinking", "close to Flournoy's thinking", "Mynett's court filing"
        speaks = last in PRONOUNS or last in _SOME and len(words) <= 3 or last not in self.stopwords or len(
            words) > 1 and _political_side(words[-2], last)                            # "The left supports ..."
        return speaks and (noun or not re.fullmatch(r"[a-z]+(?:ed|ing)", written))

    def _row(self, speaker: str, verb: str, quote: str, start: int, before: str, kind: str = "direct", *,
             said_at: int | None = None, not_actor: str = "") -> dict:
        """One statement; a pronoun speaker is its antecedent (:meth:`_antecedent`; "who": the actor named last),
        read from where the speaker stands (``said_at``, when after the words: "..., he told X"), never
        ``not_actor``."""
        actor = ""
        spoken = start if said_at is None else said_at   # where the speaker stands
        speaker = _SAYS_PRONOUN.sub(r"\1", speaker)      # "She says she attended ... and observed the pair as “”": she
        pronoun = fold(speaker)
        if pronoun in PRONOUNS:
            kinds = ("person",) if pronoun in ("he", "she", "who") else ("organisation", "country") if \
                pronoun == "it" else ()                    # "they": a plural subject (_group)
            at = spoken
            own = bisect_right(self.sentence_starts, at) - 1
            words = list(re.compile(rf"\b{re.escape(speaker)}\b").finditer(
                self.text, self.sentence_starts[own] if own >= 0 else 0, at))
            at = words[-1].start() if words else at    # from the pronoun itself: "It accused the House Democrats
            #                                           ... and said": not the Democrats named after it
            gender = pronoun if pronoun in ("he", "she") else ""
            barred = {not_actor} - {""}
            end = spoken
            if gender and words and not _BREAKS_CLAUSE.search(self.text, at, end):
                # "He praised Trump ... and said": a person named in the pronoun's own clause is not the one it stands
                # for (Chomsky's binding principle C, 1981); not past a comma, a quotation or a relative pronoun
                barred |= {m[2] for m in self.mentions[bisect_left(self.starts, at):bisect_left(self.starts, end)]
                           if m[3] == "person" and not m[5]}
            listener = _LISTENER_AFTER.match(self.text, start + len(quote)) if gender and verb in (
                "told", "tells", "asked", "asks") else None
            if listener:                 # "“...,” she told Khan.": the one told is not the one who tells
                barred |= {m[2] for m in self.mentions[bisect_left(self.starts, listener.start("name")):bisect_left(
                    self.starts, listener.end())] if m[3] == "person"}
            # "he" and "she" may also stand for a name of two words or more of no known kind ("Sally Barnes-Breen")
            named = None if not kinds else self._last_before(at, kinds) if pronoun == "who" else self._antecedent(
                at, kinds, pronoun=gender, others=bool(gender), not_actors=barred)
            desc = _DESCRIBED_BEFORE_WHO.search(self.text, max(0, at - 100), at) if pronoun == "who" else None
            if desc and self.is_role(light_stem(fold(desc.group("head")))) and (
                    named is None or named[1] <= desc.start() and self.text[named[1]:desc.start()].strip(" ,") or
                    _POSSESSIVE.match(self.text, named[1])):                  # (not "JoAnn Birrell, a local elected
                #                                                                official, who said": her)
                return self._done(desc.group("np"), "", verb, quote, kind, start)   # "Kentucky's longtime senator,
                #                      who has said he's in “total coordination”": the senator, not a name before him
            if gender and (named is None or bisect_right(self.sentence_starts, named[0]) - 1 < own - 1):
                named = self._cataphora(at, gender) or named   # none named in this sentence or the one before it
            thing = self._thing_before(at) if pronoun == "it" else None
            if thing:                                      # “...,” the indictment claims. It notes that ...
                return self._done(*thing, verb, quote, kind, start)
            described = self._described_subject(at, gender) if gender else None
            head = fold(described[1].split()[-1]) if described else ""
            if described and (named is None or named[0] < described[0] and (
                    named[3] != "person" or not described[1].startswith("The ")) or described[0] < named[0] and
                    bisect_right(self.sentence_starts, named[0]) == bisect_right(self.sentence_starts, described[0])
                    and _OBJECT_WORD_BEFORE.search(self.text, max(0, named[0] - 20), named[0]) and not (
                        head.endswith("s") and not head.endswith("ss")) and head not in NON_PERSON_ROLES):
                # (and a name after the description in its own sentence, as an object, is not its subject: "The
                # artist who created the iconic “Hope” poster recently faced the question of whether the president
                # had lived up to it. “Not even close,” he said.": the artist; but not "A Vietnam veteran, ...,
                # Jennings described", nor a plural: "The divers ... said ..., according to Karadzic. He added")
                # a definite description after a named person likely refers back to that person
                # ("Trump ... The Republican candidate ... He said"); an indefinite one introduces someone new
                return self._done(described[1], "", verb, quote, kind, start)   # "The ICE briefer ... he"
            spoke = self._role_spoke_before(at, gender) if gender and (named is None or named[3] != "person") else ""
            if spoke:
                return self._done(spoke, "", verb, quote, kind, start)   # "“...,” the captain said. At ..., he said"
            if named:
                speaker, actor = named[4], named[2]
            elif pronoun == "they":
                aside = own >= 1 and self.sentence_starts[own] <= start < at   # "Some degree of secrecy is
                opens = aside or own >= 1 and _THEY_OPENS.match(self.text, self.sentence_starts[own])
                group = opens and self._plural_spoke_before(at) or self._group(self.sentence_starts[own] if aside
                                                                               else at)
                #                  essential, they say": the words said come first, so "they" is the subject of a
                #                  sentence before, not of these words
                if group:
                    speaker, actor = group
                    return self._done(speaker, actor, verb, quote, kind, start)
        if not actor and _SHARE.match(speaker):
            return self._done(speaker, self._poll_before(start), verb, quote, kind, start)
        if not actor:
            speaker, actor = self._match(speaker, start, inside=(start, start + len(quote)) if kind == "direct" else
                                         (0, 0))     # (a reported statement's span holds who reports it)
            actor = actor or self._described_person(speaker, start)
        headed = _HEADED_ORG.fullmatch(speaker) if not actor else None
        if headed:                                      # "the Supreme Court ... has ruled ... . Monday, the court said"
            actor = self._organisation_headed(spoken, headed.group("head"))
        described = _ORG_DESCRIPTION.fullmatch(speaker) if not actor else None
        if described:                                   # "The National Rifle Association (NRA) hit back. “...,” the
            actor = self._organisation_subject(spoken, media=bool(described.group("media")),   # group said"
                                               speaker=speaker)
        document = _THE_DOCUMENT.fullmatch(speaker) if not actor else None
        if document:                                    # "a statement released by U.S. Forces Korea. “...,” the
            actor = self._document_owner(spoken, document.group("noun"), speaker)   # statement said"
        owned = _OWNED_DOCUMENT.fullmatch(speaker) if not actor else None
        if owned:                                       # "Cruz’s statement said", "the first lady’s statement, issued
            owner = owned.group("owner")                # through ..., also said": the owner's voice
            actor = self._match(owner, spoken)[1] or self._described_person(owner, spoken)
        voice = _PRONOUN_VOICE.fullmatch(speaker) if not actor else None
        if voice:                                       # "Gov. Kashim Shettima “...,” his office said": his voice
            written = self.text.rfind(speaker, max(0, spoken - 300), spoken + 300)
            its = bool(voice.group("its"))
            named = self._antecedent(written if written >= 0 else spoken, ("organisation", "country") if its else
                                     ("person",), others=True,
                                     pronoun="" if its else "he" if fold(voice.group("p")) == "his" else "she")
            actor = named[2] if named else ""     # "South Korea ... , its unification ministry says": the country's
        return self._done(speaker, actor, verb, quote, kind, start)

    def _document_owner(self, at: int, noun: str, speaker: str) -> str:
        """Who wrote or issued "the statement", "the report" speaking at ``at``: the owner named with the document's
        latest mention before the ``speaker`` phrase, in its sentence or the three before ("The Justice Department's
        report", "a Syracuse University study", "a statement released by U.S. Forces Korea", "A Senate panel released
        a scathing report", "ICE said in a statement"). Only that mention is read: where it names no owner, "".
        """
        own = bisect_right(self.sentence_starts, at) - 1
        first = self.sentence_starts[max(own - 3, 0)] if own >= 0 else 0
        said = self.text.rfind(speaker, first, at)
        if said >= 0 and _DOCUMENT_DESCRIBED.match(self.text, said + len(speaker)):
            return ""                                  # another one: "The study published in CJR observed that"
        found = list(re.finditer(rf"\b{noun}{'' if speaker.lower().endswith(noun.lower()) else 's'}\b",
                                 self.text[first:at if said < 0 else said], re.I))   # (singular for a singular:
        last = found[-1] if found else None                                         # not "the AP reports")
        if last is None or not self.text[first + last.end():at].strip():
            return ""                                  # (the speaker's own noun: "the Facebook post said")
        p, q = first + last.start(), first + last.end()
        window = self.mentions[bisect_left(self.starts, max(first, p - 200)):bisect_left(self.starts, q + 80)]
        for i, m in enumerate(window):
            if not m[5] and m[0] >= q and (_DOCUMENT_BY.fullmatch(self.text, q, m[0]) or _COMMA_THE.fullmatch(
                    self.text, q, m[0]) and _IN_DOCUMENT.search(self.text, max(0, p - 40), p)):
                while i + 1 < len(window) and window[i + 1][0] - window[i][1] <= 1:
                    i += 1                                 # "U.S. Forces Korea", read as two names: the last
                return window[i][2]                        # "a statement released by U.S. Forces Korea" (and "X
                #                                            published a study by the University of Otago": Otago)
        for m in reversed(window):
            if m[5] or m[1] > p:
                continue
            if _OWNER_BEFORE_DOCUMENT.fullmatch(self.text, m[1], p) and (m[3] in ("person", "organisation") or
                                                                        _POSSESSIVE.match(self.text, m[1])):
                return m[2]                                # "the Justice Department's report", "a Syracuse study"
            if _ISSUED_DOCUMENT.fullmatch(self.text, m[1], p) and not _TOLD_BEFORE.search(
                    self.text, max(0, m[0] - 12), m[0]):
                return m[2]                                # "ICE released a statement", "X said in a statement"
                #                                            (not "Abbott told NBC News in a statement")
            break                                          # (only the nearest name before the noun)
        return ""

    def _organisation_headed(self, at: int, head: str) -> str:
        """The organisation "the court" or "the department" at ``at`` stands for: the latest one named before it,
        in its sentence or the four before, whose name has that head word ("the Supreme Court", "the Justice
        Department", "the House Intelligence Committee"), outside quotations. "" if none does."""
        own = bisect_right(self.sentence_starts, at) - 1
        first = self.sentence_starts[max(own - 4, 0)] if own >= 0 else 0
        head = fold(head)
        for m in reversed(self.mentions[bisect_left(self.starts, first):bisect_left(self.starts, at)]):
            if m[3] == "organisation" and not m[5] and m[1] <= at and head in (fold(w) for w in m[4].split()):
                return m[2]
        return ""

    def _role_then_name(self, people: list[tuple], end: int) -> bool:
        """Whether the last of ``people`` ends the speaker phrase (at ``end``) named after a role of its own, with
        no owner between ("U.S. Chamber of Commerce political analyst Scott Reed", "Joint Chiefs of Staff Chairman Gen.
        Martin Dempsey": the analyst, the general; not "Theodore Leopold of the law firm Cohen Milstein", nor "Todd
        Gilbert of his colleague Democratic Delegate Kathy Tran")."""
        last = people[-1]
        between = self.text[people[0][1]:last[0]]
        words = between.split()
        role = light_stem(fold(words[-1])) if words else ""
        return last is not people[0] and " " in last[4] and last[1] >= end - 1 and (
            self.is_role(role) or role.rstrip(".") in TITLE_ROLES.values() or role in TITLE_ROLES) and \
            role not in NON_PERSON_ROLES and not re.search(r"\b(?:his|her|their|its|my|our)\s", between)

    def _described_person(self, speaker: str, start: int) -> str:
        """The person a definite description speaking at ``start`` refers back to, where the document gave no one
        that role ("Mr. Rubio said ... . The Florida senator said": what the writer knows of Rubio, not the
        document): the center of the sentences before (:meth:`_antecedent`, as for "he"), named in the phrase's
        sentence or the three before it, with no one introduced by an indefinite description in between ("One
        Republican senator who requested anonymity ... . But the lawmaker said": that senator, unnamed). Never a
        phrase that names a person or an organisation ("the Trump adviser"). "" if none fits."""
        d = _THE_ROLE.fullmatch(speaker)
        head = fold(d.group("head")) if d else ""
        if head in _CANDIDACY:           # "the Republican nominee", "the Democratic front-runner": the party's
            party = next((self.affiliations[w] for w in speaker.split()[1:-1] if self.affiliations.get(w)), "")
            head = party or head
        if not head or not self.is_role(head) and head not in self.parties or head in NON_PERSON_ROLES:
            return ""
        window = self.text.rfind(speaker, max(0, start - 400), start + 400)
        at = window if window >= 0 else start
        if any(m[3] in ("person", "organisation") and not (head in self.parties and self.affiliations.get(
                self.text[m[0]:m[1]])) for m in self.mentions[
                bisect_left(self.starts, at):bisect_left(self.starts, at + len(speaker))]):
            return ""                    # (but "the GOP nominee" names the party's candidate, not the party)
        named = self._antecedent(at, ("person",))
        own = bisect_right(self.sentence_starts, at) - 1
        if named is not None and (named[0] >= at or bisect_right(self.sentence_starts, named[0]) - 1 < own - 3):
            named = None
        if named is not None and head in self.parties:
            held = self.offices.get(named[2], {})
            return "" if self._introduced_since(named, head, at) or any(
                held.get(p) for p in self.parties - {head}) else named[2]                 # no other party's member
        if named is None or not self.offices.get(named[2], {}).get(head):
            named = self._sole_holder(head, at)   # (the one the sentences before name does not hold the office)
        return named[2] if named is not None and not self._introduced_since(named, head, at) else ""
        #                                           "the president": one titled President somewhere in the corpus

    def _introduced_since(self, named: tuple, head: str, at: int) -> bool:
        """Whether someone is introduced by an indefinite description with the role ``head`` (or any role, in the
        sentence of ``named`` or after) between ``named`` and ``at``: "A senior White House official said ... .
        The official said": that one, unnamed."""
        k = bisect_right(self.sentence_starts, named[0]) - 1
        first = self.sentence_starts[k] if k >= 0 else 0
        return any(noun == head or x.start() >= first and self.is_role(noun) for x, noun in (
            (x, _introduced_head(x.group("words"))) for x in _INTRODUCED.finditer(
                self.text, max(0, min(first, at - 4000)), at)))    # (bounded: linear in a long document)

    def _sole_holder(self, head: str, at: int) -> tuple | None:
        """The last mention before ``at``, in the writer's words, of the one person of the document the corpus
        titles with the office ``head`` ("Donald Trump signed ... . [twenty sentences] On Tuesday morning, the
        president tweeted": Trump, the one president it names), or None where it names none or several (Trump
        and Obama) or ``head`` is a party's ("the Democrat": one of many)."""
        if head in self.parties:
            return None
        holders = {m[2]: m for m in self.mentions[:bisect_left(self.starts, at)] if m[3] == "person" and not m[5]
                   and self.offices.get(m[2], {}).get(head)}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _organisation_subject(self, at: int, *, media: bool = False, speaker: str = "") -> str:
        """The organisation "the group" or "the agency" at ``at`` stands for: the latest one that opens a sentence
        as its subject, in this sentence or the two before it ("The Congressional Black Caucus called the report
        “...”. “...,” the group said."); for "the paper" or "the network", not a legislature, a school or an
        association; never a heading's word in capitals ("PHOTOS: ..."). For a news outlet (``media``), else the
        latest one named as a source before the ``speaker`` phrase ("..., according to the Post. ... the paper
        reported"; not "the network told the New York Times"). "" if none fits."""
        own = bisect_right(self.sentence_starts, at) - 1
        first = self.sentence_starts[max(own - 2, 0)] if own >= 0 else 0
        for m in reversed(self.mentions[bisect_left(self.starts, first):bisect_left(self.starts, at)]):
            if m[3] not in ("organisation", "other") or m[5] or m[1] > at or m[4].isupper() and len(m[4]) > 4 or \
                    media and _NOT_MEDIA.search(m[4]):
                continue
            k = bisect_right(self.sentence_starts, m[0]) - 1
            end = self.sentence_starts[k + 1] if k + 1 < len(self.sentence_starts) else len(self.text)
            newline = self.text.find("\n", m[1], end)           # a heading: no small letter to its line's end
            opens = self.sentence_starts[k]
            dated = DATELINE.match(self.text[opens:m[0]])        # "WASHINGTON -- The Food and Drug Administration"
            opens += dated.end() if dated else 0
            spoke = _SAID_LAST.search(self.text, max(opens, m[0] - 3), m[0]) and _ORG_SAID.match(self.text, m[1])
            if (m[3] == "organisation" and _SUBJECT_OPENS.fullmatch(self.text, opens, m[0]) or spoke) and \
                    _SMALL_LETTER.search(self.text, m[1], end if newline < 0 else newline):
                return m[2]     # (or the one, of whatever kind, whose words the sentence gave as its speaker:
                #                 "The halt won't start until January, Boeing said Monday. The company also said")
        if media:
            said = self.text.rfind(speaker, first, at) if speaker else -1
            for m in reversed(self.mentions[bisect_left(self.starts, first):bisect_left(
                    self.starts, at if said < 0 else said)]):
                if m[3] in ("organisation", "other") and not m[5] and m[1] <= at and not _NOT_MEDIA.search(m[4]) \
                        and (_SOURCE_BEFORE.search(self.text, max(0, m[0] - 40), m[0]) or
                             _SOURCE_AFTER.match(self.text, m[1])):
                    return m[2]
        return ""

    def _described_subject(self, at: int, pronoun: str = "") -> tuple[int, str] | None:
        """A person described but not named as the subject of the sentence before the pronoun's: "The ICE briefer
        never made it in the room. If he had been allowed to speak, he would have told them ...": the briefer, the
        center a name further back would wrongly take. Only where the pronoun opens its own sentence (after a
        quotation or a subordinator at most) and the description names no actor ("The Republican candidate" is a
        role of one; "The foundation's director, Marni Allen," is Allen) and whose head tells no other ``pronoun``
        ("A white man said ... . She told him": not the man). Returns ``(start, words)``."""
        own = bisect_right(self.sentence_starts, at) - 1
        if own < 1:
            return None
        first = _ONLY_OPENERS.match(self.text, self.sentence_starts[own], at).end()
        if first < at and not _PRONOUN_FIRST.match(self.text, first, at):
            return None                                    # its own sentence has another subject first
        lo, hi = self.sentence_starts[own - 1], self.sentence_starts[own]
        opened = _ONLY_OPENERS.match(self.text, lo, hi).end()
        d = _DESCRIBED.match(self.text, opened, hi) or _QUOTE_SAID_BY.match(self.text, opened, hi)
        opened = d.start("np") if d else opened            # (or after its quotation: "“...,” said the aide, who ...")
        if not d or not self.is_role(light_stem(d.group("head"))) or fold(d.group("head")) in self.stopwords or \
                _NAME_APPOSITIVE.match(self.text, d.end()) or any(
                    m[0] == opened or m[3] == "person" for m in self.mentions[bisect_left(
                        self.starts, opened):bisect_left(self.starts, d.end())]) or self._head_gender(
                    d.group("head")) not in ("", pronoun):
            return None                    # a role of a named actor; "Obama's spokesman"; "A white man" for "she"
        return opened, d.group("np")

    def _plural_spoke_before(self, at: int) -> tuple[str, str] | None:
        """Who "they" stands for after a sentence whose words come first and whose plural speakers come last ("The
        Riverine boats were not part of the carrier strike group, the officials said. The craft are not considered
        high-tech ..., they said."): those speakers, not the sentence's subject. ``(speaker, actor)`` or None."""
        own = bisect_right(self.sentence_starts, at) - 1
        last = self._statement_before(self.sentence_starts[own]) if own >= 1 else None
        if last is None or last[0] != self.sentence_starts[own - 1] or self.kind_of.get(last[2]) == "person":
            return None                            # the last statement is not one that opens the sentence before
        _, speaker, actor = last
        return (speaker, actor) if _plural_speaker(speaker, self.plural_names) else None

    def _statement_before(self, at: int) -> tuple[int, str, str] | None:
        """The last statement read that opens before ``at``: ``(start, speaker, actor)``, or None."""
        return next((said for said in reversed(self.said) if said[0] < at), None)

    def _role_spoke_before(self, at: int, pronoun: str) -> str:
        """Who "he" or "she" (``pronoun``) stands for where no person is named: the one described by a role noun who
        made the last statement, in the pronoun's sentence or the one before ("“...,” the captain said. At about
        the midpoint, he said, “...”": the captain, whom the statements are about, as "it" continues a thing); not
        one whose noun tells the other pronoun ("A white man said ... . She told him")."""
        own = bisect_right(self.sentence_starts, at) - 1
        last = self._statement_before(at)
        if last is None or own < 1 or bisect_right(self.sentence_starts, last[0]) - 1 < own - 1:
            return ""
        _, speaker, actor = last
        words = speaker.split()
        return speaker if not actor and len(words) >= 2 and fold(words[0]) in ("the", "a", "an") and \
            not words[-1].endswith("s") and fold(words[-1]) not in _BODIES and self.is_role(
                light_stem(fold(words[-1]))) and self._head_gender(words[-1]) in ("", pronoun) else ""
        #                                                    (not "the federal government": no "he")

    def _head_gender(self, head: str) -> str:
        """The pronoun a description's head noun tells ("spokeswoman", "fisherman", and the nouns of ``[gendered]``:
        "husband", "widow"), "" if none ("official")."""
        head = fold(head)
        return "she" if head.endswith("woman") else "he" if head.endswith("man") and head != "human" else \
            self.gendered.get(head, "")

    def _thing_before(self, at: int) -> tuple[str, str] | None:
        """What "it" stands for when the statement just before (in the pronoun's sentence or the one before) was
        made by a thing named by a common noun: "“...,” the indictment claims. It notes that ...": the indictment,
        the subject that "it" continues (centering), not an organisation named in the quotation."""
        own = bisect_right(self.sentence_starts, at) - 1
        lead = _THING_THEN_QUOTE.match(self.text, self.sentence_starts[own], at) if own >= 0 and \
            _QUOTE_MARK.search(self.text, max(0, at - 4), at) else None
        if lead:                            # "The company “even retraced its steps ...,” it wrote": the company
            return lead.group("thing"), ""
        first = own - 1
        while first > 0 and _IT_OPENS.match(self.text, self.sentence_starts[first]):
            first -= 1                      # "It rejected ..." between: the same "it" goes on (centering)
        last = self._statement_before(at)
        if last is not None and bisect_right(self.sentence_starts, last[0]) - 1 >= first:
            _, speaker, actor = last
            body = _BODY_THEN_NAME.search(speaker)
            return (speaker, actor) if _THING.fullmatch(speaker) or _OWNED_THING.fullmatch(speaker) or body and \
                body.group("noun") in NON_PERSON_ROLES or \
                self.kind_of.get(actor) in ("organisation", "country") or self.kind_of.get(actor) == "other" and \
                " " not in actor or _THE_NAME.fullmatch(speaker) and self.kind_of.get(actor) != "person" else None
        #                                            "The Fund said ... . It said": the Fund; "Schumer's office said.
        #                                            ..., it said": the office; "Facebook said
        #                                            ... . Users would ..., it added": Facebook, a one-word name of no
        #                                            known kind (a person's name of two words may be of no known kind
        #                                            too: "ROBERT REICH" in a transcript)
        if own >= 1 and _QUOTE_OPENS.match(self.text, self.sentence_starts[own]) and _QUOTE_MARK.search(
                self.text, max(0, at - 4), at):
            subject = _DOCUMENT_SUBJECT.match(self.text, self.sentence_starts[own - 1]) or _THING_REPORTS.match(
                self.text, self.sentence_starts[own - 1])   # "The report is expected to be very critical .... “...,”
            return (subject.group("thing"), "") if subject else None   # it will say."; "The bank told CNN it is
            #                              trying to ... . “...,” it said": the bank (its statement, in the same
            #                              paragraph, is read after the quotation's)
        if own < 1 or not _IT_OPENS.match(self.text, self.sentence_starts[own]):
            if own >= 1 and _IT_AFTER_ADVERB.match(self.text, self.sentence_starts[own]):
                subject = _THING_SUBJECT.match(self.text, self.sentence_starts[own - 1])
                if subject and not self.is_role(light_stem(fold(subject.group("head")))):
                    return subject.group("thing"), ""     # "The California edition does not mention Solyndra.
                    #     However, it does include a section ..., noting that": the edition, not a country before it
            return None
        subject = _THING_REPORTS.match(self.text, self.sentence_starts[own - 1])   # "The report also cites a ...
        return (subject.group("thing"), "") if subject else None                # process .... It notes that ...": the
        #                                                      report, the subject "It" continues, no name in between

    def _poll_before(self, at: int) -> str:
        """The poll a share of its respondents ("56 percent of Republicans say ...") answered in: the last one named
        as "X poll" or "X survey" in the statement's sentence or the two before it, as an actor; "" if none is
        (a share of respondents is no one who speaks)."""
        own = bisect_right(self.sentence_starts, at) - 1
        lo = self.sentence_starts[max(own - 2, 0)] if own >= 0 else 0
        end = self.sentence_starts[own + 1] if 0 <= own + 1 < len(self.sentence_starts) else len(self.text)
        polls = [p for p in _POLL_NAMED.finditer(self.text, lo, end)]
        for p in reversed(polls):
            named = [m for m in self.mentions[bisect_left(self.starts, p.start("name")):bisect_left(
                self.starts, p.end("name"))] if m[3] in ("organisation", "other") and not m[5]]
            if named:
                return named[-1][2]
        return ""

    def _done(self, speaker: str, actor: str, verb: str, quote: str, kind: str, start: int) -> dict:
        self.said.append((start, speaker, actor))
        speaker = " ".join(speaker.split()) if "  " in speaker else speaker   # a pop-up card set aside in a name
        return {"speaker": speaker, "actor": actor, "actor_kind": self.kind_of.get(actor, ""), "verb": verb,
                "quote": quote, "kind": kind,
                "start": start, "end": start + len(quote)}

    def _group(self, at: int) -> tuple[str, str] | None:
        """What "they" at ``at`` stands for: a plural subject ("North Korean officials", "Senate Democrats", "Harvard
        and MIT") of the pronoun's own sentence before it, else of the sentence before (past sentences whose
        subject is "they" too, which continue it), as centering prefers the subject (Grosz, Joshi & Weinstein
        1995). A singular subject there ("The Hill asked top officials ... what they said") leaves it unresolved:
        an object is too loose a guess. Returns ``(speaker, actor)``: the subject's words, and the one actor named
        in them ("" where none or several are)."""
        own = bisect_right(self.sentence_starts, at) - 1
        if own < 0:
            return None
        lo = self.sentence_starts[own]
        said = [m.start() for m in re.finditer(r"\b[Tt]hey\b", self.text[lo:at])]
        at = lo + said[-1] if said else at                     # where the pronoun stands
        span = _plural_subject(self.text, lo, at, self.plural_names, self.is_role)
        first = _SUBORDINATE_FIRST.match(self.text, lo, at) if span is None else None
        if first:                        # "When religious participants were told ..., they reported": the subject
            span = _plural_subject(self.text, first.end(), at, self.plural_names, self.is_role)   # of a clause first
        relative = None if span is not None else _last_match(_CLAUSE_WITH_SUBJECT, self.text, lo, at)
        if relative:                     # "a decades-long effort ... in which Western states try to retake land they
            span = _plural_subject(self.text, relative.end(), at, self.plural_names, self.is_role)   # say ...": the
            #                                                      states, the subject of the clause the pronoun is in
        if span is None and not (_THEY_OPENS.match(self.text, lo, at) or _LEAD_THEN_THEY.match(
                self.text, lo, at + 12)) and _ONLY_OPENERS.match(self.text, lo, at).end() < at:
            return None                  # its own sentence has another subject (not "Using other tools, they said")
        k = own
        while span is None and k > 0 and k > own - 4:
            k -= 1
            lo, hi = self.sentence_starts[k], self.sentence_starts[k + 1]
            there = _THERE_ARE.match(self.text, lo, hi)          # "There are Republicans who see things differently.
            span = _plural_subject(self.text, there.end() if there else lo, hi, self.plural_names, self.is_role)
            #                                                     They argue ...": the Republicans
            opener = _CLAUSE_OPENER.match(self.text, lo, hi) if span is None else None
            if opener:              # "As Mueller builds up his team, Trump allies are moving ... . They say": allies
                span = _plural_subject(self.text, opener.end(), hi, self.plural_names, self.is_role)
            spoke = self._plural_speaker_in(lo, hi) if span is None else None
            if spoke:               # "With Trump having expressed ..., ..., Democrats say they see a benefit ... . They
                return spoke        # say it’s good for the country": the plural who spoke there, its main subject
            if span is None and not _THEY_OPENS.match(self.text, lo, hi):
                return None                                    # the subject of the sentence before is not plural
        if span is None:
            return None
        a, b = span
        inside = [m for m in self.mentions[bisect_left(self.starts, a):bisect_left(self.starts, b)] if m[1] <= b]
        if any(m[3] == "person" and m[0] <= a and m[1] >= b for m in inside):
            return None                                    # "Sanders said": a person, not "sanders" (plural)
        actors = {m[2] for m in inside if m[3] != "person"}    # "Obama aides", "Lawyers for Flynn": no person
        several = re.search(r"\s(?:and|&)\s", self.text[a:b])       # "Harvard and MIT": no one actor
        words = re.sub(r"^[^()]*\)\s*", "", self.text[a:b]) or self.text[a:b]   # "(devoutly) religious people"
        words = _WHEN_AT_END.sub("", words) or words                           # "U.S. prosecutors on Friday"
        return words, actors.pop() if len(actors) == 1 and len(inside) == 1 and not several else ""

    def _plural_speaker_in(self, lo: int, hi: int) -> tuple[str, str] | None:
        """The plural speaker of the last statement read in ``text[lo:hi]`` (``(speaker, actor)``), or None: a
        subject that clauses before it hid from :func:`_plural_subject`."""
        said = [x for x in self.said if lo <= x[0] < hi]
        if not said:
            return None
        _, speaker, actor = said[-1]
        return (speaker, actor) if self.kind_of.get(actor) != "person" and (_plural_speaker(
            speaker, self.plural_names) or titled_pair(speaker)) else None   # "House Speaker John Boehner and Senate
        #                                                     Republican Leader Mitch McConnell ... said they would"

    def _surname_only(self, speaker: str, at: int) -> str:
        """The person a lone capitalised word names where the finder took it for no name: the one person named
        before it whose name ends in it ("Gov. Jim Justice announced ... “...,” Justice said": "Justice" is also
        a title)."""
        if not _LONE_NAME.fullmatch(speaker):
            return ""
        people = {m[2] for m in self.mentions[:bisect_left(self.starts, at)] if m[3] == "person" and " " in m[2]
                  and m[2].rsplit(" ", 1)[1] == speaker}
        return people.pop() if len(people) == 1 else ""

    def _covering(self, start: int, end: int) -> list[tuple]:
        """The mentions that cover ``start`` to ``end`` (a name is at most 200 characters long)."""
        return [m for m in self.mentions[bisect_left(self.starts, start - 200):bisect_left(self.starts, end)]
                if m[0] <= start and end <= m[1]]

    def _in_longer_name(self, start: int, length: int) -> bool:
        """Whether the words at ``start`` open a longer name of something other than a person, the name going on
        after a space, where a speaker phrase of those words was not written ("Kaepernick" in "Kaepernick
        Publishing", "Lipow" in "Lipow Oil Associates": the publisher's and the firm's names, not where "Kaepernick
        said"; but "TV" of "BFM-TV", and "Katz" of "San Francisco Supervisor Leslie Katz", taken for a place, may
        be)."""
        end = start + length
        return any(end < m[1] and self.text[end].isspace() and m[3] != "person" for m in self._covering(start, end))

    def _match(self, speaker: str, at: int, *, inside: tuple[int, int] = (0, 0)) -> tuple[str, str]:
        """The speaker's words as an actor: the mention inside the speaker phrase nearest the statement, never
        one written inside the statement's own words (``inside``: "“At the Trump Organization, I listen to
        people”" goes on Trump's words, not the company's)."""
        if not speaker:
            return "", ""
        base = max(0, at - 600)
        window = self.text[base:at + 600]
        if " " in speaker and speaker not in window and "  " in window:    # a name read across a nickname or a
            spaced = [m.group() for m in re.finditer(r"\s+".join(map(re.escape, speaker.split())), window)]
            speaker = spaced[-1] if spaced else speaker    # pop-up card blanked ("Craig          Barnard")
        hits, k = [], window.find(speaker)
        while k >= 0:                                      # where the phrase is written (no pattern per speaker),
            if not (window[k + len(speaker):k + len(speaker) + 1].isalnum() and speaker[-1:].isalnum()) and not \
                    inside[0] <= base + k < inside[1]:
                hits.append(base + k)                      # ending a word: "Obama", not inside "ObamaCare"
            k = window.find(speaker, k + len(speaker))
        if not hits:
            return speaker, ""
        lo = min(hits, key=lambda h: abs(h - at))
        if self._in_longer_name(lo, len(speaker)):
            own = [h for h in hits if not self._in_longer_name(h, len(speaker))]
            alone = min(own, key=lambda h: abs(h - at)) if own else lo
            lo = alone if any(m[3] == "person" for m in self._covering(alone, alone + len(speaker))) else lo
            #                                                  (a person's surname, not "Fox" of "Fox News")
        near = self.mentions[bisect_left(self.starts, lo - 300):bisect_left(self.starts, lo + len(speaker))]
        inside = [m for m in near if m[0] < lo + len(speaker) and lo < m[1] and not (
            m[3] == "person" and " " not in m[4] and self.text[max(0, m[0] - 4):m[0]].lower() == "the ") and not
            _LISTENER_BEFORE.search(self.text, max(0, m[0] - 30), m[0])]   # "Officials who spoke to The Times"
        if not inside:                                     # "The Hill", "the Post": no person's surname
            return speaker, "" if any(m[0] < lo + len(speaker) and lo < m[1] for m in near) else \
                self._surname_only(speaker, lo)         # "the Cruz campaign": not Cruz
        heard = [m for m in inside if _GIVEN_TO.search(self.text, max(lo, m[0] - 80), m[0])]
        if heard and len(heard) == len(inside) and not _BY_AFTER.search(self.text, heard[-1][1], lo + len(speaker)):
            return speaker, ""     # "previously unpublished findings provided to CNN": the findings, not CNN's
        inside = [m for m in inside if m not in heard] or inside     # "Flynn's testimony to ... Mueller": Flynn's
        aside = [m for m in inside if self.text.count("(", lo, m[0]) > self.text.count(")", lo, m[0])]
        inside = [m for m in inside if m not in aside] or inside     # "Radio Free Europe (in a story posted by Voice
        #                                                              of America) notes": not a name in parentheses
        if len(inside) >= 2 and inside[0][4] in self.peoples and _WHERE_BETWEEN.fullmatch(
                self.text, inside[0][1], inside[1][0]):
            inside = inside[:1]        # "Republicans on Capitol Hill", "Democrats in Congress": the group, not where
        if inside and all(m[3] == "person" and (_MODIFIER_AFTER.match(self.text, m[1]) or " " not in m[4] and
                                                _POLL_AFTER.match(self.text, m[1])) for m in inside):
            return speaker, ""                             # "A senior Trump campaign aide": not Trump
        people_of = _PEOPLE_OF.fullmatch(self.text, inside[-1][1], lo + len(speaker))
        if people_of and inside[-1][3] == "person" and self.is_role(light_stem(people_of.group("words").split()[-1])):
            return speaker, ""                             # "the House Republican leadership aide": not the Republican
        words = _ADVERBS_AT_END.sub("", people_of.group("words")) if people_of else ""      # "Iran later": Iran
        people_named = inside[-1][4] != inside[-1][2] and inside[-1][4].endswith("s") and not words and \
            self.text[max(0, inside[-1][0] - 4):inside[-1][0]].lower() != "the "   # "Americans"; "the Saudis": state
        if all(m[3] in ("country", "place") for m in inside) and (
                words and not _STATE_VOICE.search(words) or people_named):
            return speaker, ""      # "American foreign policy experts", "Iraqi protesters", "Iraqis": not the state
        resident = _PERSON_FROM.fullmatch(self.text, lo, inside[0][0]) if all(
            m[3] in ("country", "place") for m in inside) else None
        head = light_stem(fold(resident.group("np").split()[-1])) if resident else ""
        if resident and self.is_role(head) and head not in NON_PERSON_ROLES and not _STATE_VOICE.search(
                resident.group("np")):
            return speaker, ""     # "the undocumented immigrant from Nicaragua": a person from it, not the state
        member = _MEMBER_AFTER.fullmatch(self.text, inside[-1][1], lo + len(speaker)) or _MEMBER_AFTER.match(
            self.text, inside[-1][1])                      # the noun the phrase ends on: "the GOP vice presidential
        #                                                    nominee", not "vice"
        noun = light_stem(member.group("noun")) if member else ""
        if member and len(inside) == 1 and inside[0][3] in ("organisation", "other") and _DETERMINER_FIRST.match(
                speaker) and member.end() == lo + len(speaker) and self.is_role(noun) and \
                noun not in NON_PERSON_ROLES | _SPEAKS_FOR:
            return speaker, ""                 # "one GOP operative", "a Breitbart staffer": a member, not the party
        member_of = _MEMBER_OF.match(speaker)
        head = light_stem(fold(member_of.group("head"))) if member_of else ""
        if member_of and all(m[0] >= lo + member_of.end() for m in inside) and head not in _SPEAKS_FOR | \
                NON_PERSON_ROLES and (self.is_role(head) or head in ("democrat", "republican")):
            return speaker, ""                 # "A top Democrat on the House Oversight Committee told": a member
        if _DETERMINER_FIRST.match(speaker) and not any(m[3] == "person" for m in inside) and _LOOSELY_TIED.search(
                self.text, max(lo, inside[-1][0] - 40), inside[-1][0]):
            return speaker, ""                 # "a prominent Democratic strategist aligned with the White House"
        relative = _RELATIVE_IN.search(speaker) or _KNOWING.search(speaker)
        if relative:                                       # "A national group that defends ... the First Amendment"
            inside = [m for m in inside if m[1] <= lo + relative.start()]
            if not inside:
                return speaker, ""
        if all(m[3] in ("person", "other") for m in inside) and (_KIN_OF.search(self.text, lo, inside[0][0]) or
                                                                  _AGENT_OF.search(self.text, lo, inside[0][0])):
            return speaker, ""                   # "The father of Botham Jean says": the father, not the son; "a
            #                                      former senior policy adviser to Biden": the adviser
        thing_of = _THING_OF.match(self.text, lo, inside[0][0])
        if thing_of and all(m[3] == "person" for m in inside) and not self.is_role(light_stem(thing_of.group("noun"))):
            return speaker, ""                   # "The selection of Ms. Collins ...: It suggested": the selection
        group = _OWNED_GROUP.match(self.text, inside[-1][1])
        if group and group.end() == lo + len(speaker.rstrip()) and len(inside) == 1 and inside[0][3] in (
                "person", "other") and len(self.text[lo:inside[0][0]].split()) <= 2 and "," not in self.text[
                lo:inside[0][0]]:
            return speaker, ""     # "Trump’s lawyers", "Mr. Smith’s campaign": not the owner, whatever its kind
        co_owners = [m for m in inside if m[3] == "person" and _AND_OWNER.match(self.text, m[1])]
        owned = [m for m in inside if not _POSSESSIVE.match(self.text, m[1]) and (m[3] == "person" or " " in m[4])
                 and m not in co_owners]
        if co_owners and not owned:
            return speaker, ""     # "La Raja and Schaffner’s research": both own it, as "Smith’s research" is his
        owned_by = next((_POSSESSIVE.match(self.text, m[1]) for m in inside if m[3] in ("organisation", "other") and
                         _POSSESSIVE.match(self.text, m[1])), None)
        members = self.text[owned_by.end():lo + len(speaker)].split() if owned_by else []
        head = light_stem(fold(members[-1])) if members and members[-1].islower() else ""
        if members and members[-1].endswith("s") and head and self.is_role(head) and \
                head not in NON_PERSON_ROLES | _SPEAKS_FOR:
            return speaker, ""     # "the state’s Catholic bishops said": the bishops, not the state
        owner = next((_POSSESSIVE.match(self.text, m[1]) for m in inside if m[3] == "person" and _POSSESSIVE.match(
            self.text, m[1])), None)
        own = next((m for m in inside if m[3] == "person" and _POSSESSIVE.match(self.text, m[1])), None)
        if own and _OWN_WORDS.match(self.text, _POSSESSIVE.match(self.text, own[1]).end()):
            return own[4], own[2]  # "according to Flynn's testimony (to special counsel Robert Mueller)": Flynn
        if not owned and (all(m[3] == "person" for m in inside) or owner and _OWNED_NOUN.match(
                self.text, owner.end() - (owner.group().endswith(" ")))) and re.search(r"[’']s?\s+\w", speaker):
            return speaker, ""     # "Trump’s campaign chief", "Trump’s new Sherpa": not Trump ("Iran’s ministry": Iran;
            #                        "Giving USA’s 2018 report": Giving USA)
        split = lo + speaker.find(" and ")
        if titled_pair(speaker) and {split, lo + len(speaker)} <= {m[1] for m in inside if m[3] == "person"}:
            return speaker, ""     # "Dominion CEO Thomas F. Farrell II and Duke CEO Lynn J. Good said": both (not
            #                        "Former Obama Defense Secretary and Republican Sen. Chuck Hagel": one)
        group_and = _GROUP_AND_NAME.fullmatch(speaker)
        if group_and and any(m[3] == "person" and m[0] >= lo + group_and.start("name") for m in inside):
            return speaker, ""     # "Several Democratic lawmakers and Independent Sen. Joe Lieberman said": all
        if inside[0][3] == "person" and re.fullmatch(r"[A-Z][a-z]+\s+(?:and|&)\s+", self.text[lo:inside[0][0]]):
            return speaker, ""     # "Bill and Hillary Clinton said": both
        pair = [m for m in inside if m[3] in ("person", "other")]
        if len(pair) == 2 and pair[0][3] == "person" and pair[0][2] != pair[1][2] and _JOINED.fullmatch(
                self.text, pair[0][1], pair[1][0]) and pair[1][1] >= lo + len(speaker) - 1 and not any(
                fold(w) in self.stopwords for w in self.text[lo:pair[0][0]].split()):
            return speaker, ""     # "Royce and Engel announced": both (a surname of no known kind too), no one actor
        if len(inside) == 2 and inside[0][2] != inside[1][2] and _THE_ONLY.fullmatch(
                self.text, lo, inside[0][0]) and _AND_THE.fullmatch(self.text, inside[0][1], inside[1][0]) and \
                inside[1][1] >= lo + len(speaker) - 1:
            return speaker, ""     # "House Republicans and the White House had said": both, no one actor
        inside = owned or inside                           # "Axios’s Jonathan Swan": Swan
        people = [m for m in inside if m[3] == "person"]
        named = [m for m in inside if m[3] == "person" or m[3] == "other" and " " in m[4]]
        if not people and named and named[0] is inside[0]:
            people = named[:1]         # "Chris Sillman, Senior Captain of the Houston Fire Department": a name first
        elif named and named[0] is inside[0] and named[0] not in people and named[0][0] <= lo + 5 and \
                self.text[named[0][1]:named[0][1] + 1] == ",":
            people = [named[0], *people]   # "Stephen L. Miller, host of the ... Podcast on Patreon": the name first,
            #                                whatever kind a name in its appositive was given
        if len(named) == 2 and named[0][2] != named[1][2] and (_JOINED if named[0][3] != "person" else
                                                               _JOINED_TITLED).fullmatch(
                self.text, named[0][1], named[1][0]) and not any(
                fold(w) in self.stopwords for w in self.text[lo:named[0][0]].split()):
            return speaker, ""     # "Nancy Pelosi and Chuck Schumer said": both, no one actor (not "X met Y and Z")
        if not people and len(inside) >= 2 and inside[-1][2] != inside[-2][2] and inside[-1][1] >= lo + len(
                speaker) - 1 and _JOINED.fullmatch(self.text, inside[-2][1], inside[-1][0]) and _OF_BEFORE.search(
                self.text, max(0, inside[-2][0] - 12), inside[-2][0]):
            return speaker, ""     # "The Republican leaders of the House and Senate": of two, not the Senate
        if people and (people[0][0] <= lo + 5 and self.text[people[0][1]:people[0][1] + 1] == "," or
                       self.text.startswith(" of ", people[0][1]) and not self._role_then_name(people, lo + len(
                           speaker))):          # (not "U.S. Chamber of Commerce political analyst Scott Reed")
            # "Thomas, the former Reagan aide", "Mark Glaze of Mayors Against Illegal Guns": the name first
            best = people[0]
        elif not people and inside[-1][3] not in ("country", "place") and inside[-1][1] >= lo + len(speaker) - 1 \
                and all(m[3] in ("country", "place") for m in inside[:-1]):
            best = inside[-1]                             # "Israeli newspaper Haaretz": the name the phrase ends on
        elif not people and named and named[-1] is inside[-1] and len(inside) >= 2 and inside[-1][1] >= lo + len(
                speaker) - 1 and re.search(r"\s[a-z]+\s+$", self.text[inside[-2][1]:inside[-1][0]]):
            best = inside[-1]         # "White House counsel Pat Cipollone": the name after the role, not the House
        elif not people and len(inside) == 2 and inside[-1][1] >= lo + len(speaker) - 1 and _OUTLET_OF.fullmatch(
                self.text, inside[0][1], inside[1][0]):
            best = inside[-1]         # "CNN affiliate BFMTV": the affiliate, not CNN
        elif len(people) >= 3 and all(re.fullmatch(r",\s+|,?\s+(?:and|&)\s+", self.text[a[1]:b[0]]) for a, b in zip(
                people, people[1:], strict=False)):
            best = people[0]                              # "the Post’s Greg Miller, Adam Entous and Ellen Nakashima
            #                                               write": a list of writers, the first named
        else:                                             # "an 18-year-old protester, Amer Saad": the name named
            best = people[-1] if people else inside[0] if inside[0][0] <= lo else inside[-1]
        if _DOCUMENT_FIRST.match(speaker) and best[0] > lo and _ADDRESSED_TO.search(self.text, max(lo, best[0] - 60),
                                                                                    best[0]):
            return speaker, ""     # "a review of the cable addressed to ... Hillary Clinton": the review, not her
        works_for = _WORKS_FOR.match(speaker) if best[3] == "person" and best[0] >= lo else None
        if works_for:          # "A spokeswoman for Grassley": she speaks, for him; "an aide to Trump": for herself
            return speaker, best[2] if works_for.group("voice") else ""
        shown = best[4] if ("," in speaker or len(inside) > 1 or best[3] == "person") and not (
            best[3] != "person" and _ROLE_OF.match(self.text, lo, inside[0][0])) else speaker
        return shown, best[2]    # (but "the leader of Iraq's Kurdistan region" speaks, not the region)


# A definite description of a person: "the Florida senator", "the Nevada Democrat", "The US president"
# A share of a poll's respondents as the subject of "say": "56 percent of Republicans", "Nearly two-thirds",
# "About half", "a majority of voters", "one in three Americans"
_SHARE = re.compile(rf"(?i)(?:{_ABOUT}\s+)*(?:{_PERCENT_WORDS}|"
                    r"(?:one|two|three|four)[-\s](?:in|out\s+of)[-\s]\w+|half\b|a\s+third\b|two-thirds\b|"
                    r"a\s+quarter\b|three-quarters\b|a\s+(?:slim\s+|narrow\s+|clear\s+)?majority\b|a\s+plurality\b|"
                    r"[a-z]+(?:-[a-z]+)?\s+percent\b)")
_POLL_NAMED = re.compile(r"(?P<name>[A-Z][\w.&'’-]*(?:[\s/-]+[A-Z][\w.&'’-]*){0,5})(?:[’']s)?\s+(?:(?:new|latest|"
                         r"national|recent|online|tracking)\s+)*(?:poll|survey|study)\b")
_CANDIDACY = frozenset({"nominee", "candidate", "front-runner", "frontrunner", "contender", "hopeful",
                        "challenger", "incumbent"})          # who runs for an office, named by the party's word
_THE_ROLE = re.compile(r"[Tt]he\s+(?:(?:former|then|outgoing|incoming|first|late|presumptive|likely|eventual)\s+)?"
                       r"(?:[A-Z][\w.'-]*\s+){0,4}(?:(?:prime|foreign|chief|defense|defence|press|interior|finance|"
                       r"majority|minority|attorney|home|trade|health)\s+)?"     # "the prime minister"
                       r"(?P<head>[A-Za-z][a-z-]+)")   # (not "the country’s antitrust regulator": the country's)
# Someone introduced, not named: "one Republican senator", "a senior administration official"
_INTRODUCED = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?=(?P<words>(?:(?:[A-Z]\.){2,}\s+|[\w’'-]+\s+){0,3}"
                         r"[\w’'-]+))")
def _introduced_head(words: str) -> str:
    """The head noun of the words after an indefinite article (:func:`_phrase_head`, up to a function word or a verb
    of saying): "senior White House official", "Republican senator who requested": official, senator; "Islamic State
    terrorist threat": threat, no terrorist."""
    kept = []
    for w in words.split():
        if fold(w) in _NP_STOP or fold(w) in SAY or fold(w) in _NP_PREPOSITIONS or fold(w) in ("and", "or"):
            break
        kept.append(w)
    return light_stem(fold(_phrase_head(" ".join(kept))))


_BY_AFTER = re.compile(r"\bby\b")
_WHEN_AT_END = re.compile(rf"\s+(?:(?:on|late|early|last|this)\s+)?(?:{_DAYS})(?:\s+(?:night|morning|afternoon|"
                          r"evening))?$|\s+(?:in|since|last|this|earlier\s+this|late|early)\s+(?:January|February|"
                          r"March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?$|"
                          r"\s+(?:earlier|later|last|this)\s+(?:this\s+|last\s+)?(?:week|month|year)$")
_NOT_A_HEAD = re.compile(r"(?:\b[a-z]+ed|\b(?:out|due|who|which|that|just|also|only|said|says))$")
# A relative clause inside a speaker phrase: the names in it are not the speaker's
# A document that speaks, and the one it was written to or about: not its author
_DOCUMENT_FIRST = re.compile(rf"(?:an?|the|this|that|[A-Z][\w.&-]*[’']s)\s+(?:[\w-]+\s+){{0,3}}?"
                             rf"(?:{_DOCUMENT_NOUNS}|profile|biography|obituary)s?\b", re.I)   # ("WaPo's profile
#                                                                                                      on Abrams")
_ADDRESSED_TO = re.compile(r"\b(?:to|about|regarding|concerning|against|on)\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,6}$")
# A person's own words, named by a noun after the possessive
_OWN_WORDS = re.compile(r"\s*(?:sworn\s+|written\s+|own\s+)?(?:testimony|deposition|remarks|account|words)\b")
# Whom a statement was given to: "Flynn's testimony to special counsel Robert Mueller", "his remarks to X": the listener
_GIVEN_TO = re.compile(rf"\b(?:(?:{_DOCUMENT_NOUNS}|testimony|remarks|comments|deposition|account|speech)s?|"
                       r"provided|given|gave|sent|submitted|presented|delivered|handed)\s+"
                       r"(?:to|before)\s+(?:[\w.’'-]+\s+){0,5}$|\b(?:obtained|reviewed|seen|viewed|examined|"
                       r"acquired|received|analy[sz]ed)\s+by\s+(?:[\w.’'-]+\s+){0,5}$")
# ("statistics that ICE provided to the House Judiciary Committee": ICE's); or who holds it: "a classified cable
# reviewed by Fox News", "emails obtained by CNN"
_RELATIVE_IN = re.compile(r"(?<=\w)\s+(?:(?:in|at|on|from|by|for|with|of|to|under)\s+(?:which|whom)\s|(?:who|which|"
                          r"whose)\s+(?=[a-z])|that\s+(?=(?:[a-z]+(?:s|ed)|is|are|was|were|has|have|had|will|would|"
                          r"could|can|did|does|do|may|might|not)\b))")   # not "that state’s", "of that fight"
_OPENER = re.compile(rf"[\s“\"‘'(]*(?:(?:{_CONJUNCTIVE}),?\s+)?")
_ONLY_OPENERS = re.compile(rf"[\s“\"‘'(]*(?:(?:{_CONJUNCTIVE}|Specifically|In particular|In fact|However|Indeed|"
                           r"Moreover|Previously|Earlier),?\s+)*")
_SUBORDINATE_FIRST = re.compile(r"[\s“\"]*(?:In\s+[^,]{1,40},\s+)?(?:[Ww]hen|[Aa]fter|[Oo]nce|[Ww]hile|[Bb]efore)\s+"
                                r"(?=[^,]{1,150},\s*$)")   # up to the pronoun (not "If banks get in trouble, they")
_LEAD_THEN_THEY = re.compile(r"[\s“\"]*(?:[A-Z][a-z]+ing|In|On|At|After|Before|During|For|With|Since|Without)\b"
                             r"[^,;:“”\"]{0,100},\s*[Tt]hey\b")   # a lead phrase, then "they": its subject
_THEY_OPENS = re.compile(_ONLY_OPENERS.pattern + r"[Tt]hey\b")
_NP_WORD = re.compile(r"[\w’'.&%-]+|,")
_NP_STOP = {"is", "are", "was", "were", "have", "has", "had", "will", "would", "can", "could", "should", "may",
            "might", "must", "do", "does", "did", "don't", "didn't", "won't", "also", "never", "who", "which", "that",
            "not", "both", "all", "too", "themselves", "each"}
_NOT_PLURAL = {"news", "series", "species", "politics", "economics", "this", "its", "his", "us", "whereas",
               "always", "perhaps", "was", "has", "is", "does", "less", "unless", "chaos", "status", "bus", "gas",
               "lens", "thus", "plus", "various", "famous", "means", "days", "weeks", "months", "years", "hours",
               "minutes", "decades", "times", "centuries", "nights", "mornings", "weekends", "ways", "results",
               "data", "polls", "numbers", "figures", "findings", "documents", "records", "reports", "emails"}
_PLURAL_NOUNS = {"police", "people", "staff", "personnel", "folks", "clergy"}
_POSSESSIVE_DETERMINERS = {"his", "her", "their", "our", "its"}
_NP_PRONOUNS = {"he", "she", "it", "i", "we", "you", "they", "there", "this", "that", "these", "those", "one",
                "here", "what", "his", "her", "its", "their", "our", "my", "your", "part", "only", "much", "each",
                "none", "all", "both", "either", "neither"}
_SUBORDINATORS = {"if", "when", "while", "because", "as", "after", "before", "although", "though", "since", "until",
                  "even", "once", "unless", "whether", "where", "whereas"}
_NP_PREPOSITIONS = {"of", "from", "for", "in", "at", "on", "with", "by", "to", "about", "over", "under"}
_PERCENT = re.compile(r"percent|%")
_LEADS = re.compile(_LEAD_PHRASE)


_BETWEEN_QUOTES = re.compile(r"[”\"’',\s]*(?:(?:and|but|or)(?:\s+(?!(?:while|whereas|as|when|because)\b)[a-z]+){0,4}"
                             r"\s*[,:]?\s*)?[“\"‘']*")         # “...,” and has reported “...,” writes X


def _share_speakers(rows: list[dict], text: str, spans: Sequence[tuple[int, int]]) -> None:
    """Speakers that one statement of a paragraph gives another, in place.

    - A quotation inside a reported statement whose speaker was read from no verb of its own takes the
      statement's speaker and verb ("officials who declared the economy and “nuclear armed forces” the priorities":
      the officials', not those of the person named first in the sentence); not when the words before it hold
      another verb of saying ("the people in charge say this is because, as Mike Kinsley used to say, “...”";
      "telling the NRA that “...”, according to X") or a colon ("that headline suggested that ..., a soundbite ran
      of the President: “...”"), nor when its own speaker opens the sentence and the statement's speaker reads as
      no noun phrase ("Christine Dube, who lives in Vermont, but travels to DC ..., said ... “...”": hers).
    - A quotation with no speaker, joined to the next quotation by no more than "and" and a verb phrase, takes
      that quotation's speaker ("“...,” and has reported “...,” writes Anna Massoglia": both hers).
    """
    direct = sorted((r for r in rows if r["kind"] == "direct"), key=lambda r: r["start"])
    reported = [r for r in rows if r["kind"] == "indirect" and r["speaker"]]
    for r in direct:
        outer = max((i for i in reported if i["start"] <= r["start"] and r["end"] <= i["end"]),
                    key=lambda i: i["start"], default=None)                     # the innermost statement
        if outer is None or r["verb"]:
            continue
        between = text[outer["start"]:r["start"]]
        if _ANY_SAY.search(between) or ":" in between or outer["verb"] == "according to" and _SAYING.search(between):
            continue
        if r["speaker"] and not _NOUN_PHRASE_START.match(outer["speaker"]):
            at = _sentence_at(spans, r["start"], 0)[0]
            opens = _OPENING_WORD.match(text, at)
            if text.startswith(r["speaker"], opens.end() if opens else at):
                continue     # "Christine Dube, who lives in Vermont, but travels to DC ..., said": hers, whatever
                #              the statement's speaker reads ("travels to DC periodically for work")
        r.update(speaker=outer["speaker"], actor=outer["actor"], actor_kind=outer["actor_kind"], verb=outer["verb"])
    for r, after in reversed(list(zip(direct[:-1], direct[1:], strict=True))):
        if not r["speaker"] and after["speaker"] and after["verb"] and _BETWEEN_QUOTES.fullmatch(
                text, r["end"], after["start"]):
            r.update(speaker=after["speaker"], actor=after["actor"], actor_kind=after["actor_kind"],
                     verb=after["verb"])


_SAYING = re.compile(r"\b(?:telling|adding|arguing|noting|warning|insisting|explaining|writing|asking)\b")
_NOUN_PHRASE_START = re.compile(r"(?:[A-Z]|(?:the|a|an|one|another|some|many|several|two|three|his|her|their|its)\s)")
_OPENING_WORD = re.compile(r"[\s“\"]*(?:(?:But|And|Yet|So|Still|Meanwhile|Now),?\s+)?")


def _reports_around(para: str, verb_at: int, verb: str, at: int, quote_end: int) -> bool:
    """Whether the verb of saying at ``verb_at`` of ``para``, before or after the quotation at ``at:quote_end``, also
    reports a statement the quotation is part of: a clause opens between them ("suggested the administration had “an
    empathy deficit”", "told the crowd that ... “final, final decision.”"), the quoted term opens the clause ("said
    “several suspects” linked to ... were being sought"; not after a participle), or a term quoted inside a sentence
    is attributed at its end ("The suspect was injured by a “low-tech explosive device” strapped to his body,
    officials say.")."""
    if verb_at > quote_end:
        opened = max(para.rfind(". ", 0, at), para.rfind("? ", 0, at), para.rfind("! ", 0, at)) + 1
        return len(para[at:quote_end].split()) <= 4 and len(para[opened:at].split()) >= 3 and bool(
            _TAIL_AFTER_TERM.fullmatch(para, quote_end, verb_at))
    end = _WORD_RUN.match(para, verb_at).end()
    return verb_at < at and bool(_CLAUSE_THEN_QUOTE.match(para, end, at) or not verb.endswith("ing") and re.fullmatch(
        r"\s*(?:that\s*)?", para[end:at]) and _TERM_SUBJECT.match(para, at))


# What stands between a term quoted inside a sentence and the attribution that ends it: more of the sentence, then a
# comma and the speaker ("“low-tech explosive device” strapped to his body, officials ")
_TAIL_AFTER_TERM = re.compile(r"[^.!?;:“”\"\n]*,\s+(?:[\w'’.-]+\s+){1,5}")   # (not “furious,” aides said: the
#                                                                               statement would end inside the marks)


def _saying_verbs(text: str) -> int:
    """How many verbs of saying ``text`` holds, not counting nouns ("The tweets", "his claims")."""
    return sum(not _DETERMINER_OR_OWNER.search(text, max(0, v.start() - 12), v.start())
               for v in _ANY_SAY.finditer(text))


def _says_before(sentence: str, at: int) -> bool:
    """Whether a verb of saying stands before ``at`` in ``sentence``, outside quotation marks: then the sentence
    reports its own statement, and an attribution after it is part of its words ("Key lawmakers from both parties say
    frustration ... is at its highest level ..., critics say, ...")."""
    return _saying_verbs(_QUOTE.sub(lambda q: " " * len(q.group()), sentence[:at])) > 0


def _lead_only(text: str) -> bool:
    """Whether ``text`` is lead phrases alone, with no verb: "In the same session, less than an hour later"."""
    return bool(_LEAD_ONLY.fullmatch(text)) and not (_VERBISH.search(text) or _FINITE_IN.search(text) or
                                                     _FINITE.search(text) or _PAST_FORMS & set(text.split()))


def _signer(signature: re.Match) -> str:
    """Who signs a roundup's quotation: the name, or the outlet of an editorial ("— Editorial, Los Angeles Times")."""
    speaker = _clean(signature.group("speaker"))
    org = (signature.group("org") or "").strip()
    return org if org and fold(speaker) in _EDITORS else speaker


# A lower-case word right before a name, as before an object (not "identified as", "named", "called": the name is
# the description's)
_OBJECT_WORD_BEFORE = re.compile(r"\b(?!(?:as|named|called)\s)[a-z]+\s+$")
_CLAUSE_WITH_SUBJECT = re.compile(r"\b(?:in|of|under|by|through)\s+which\s+")   # a relative clause with a subject


_TIME_ASIDE = re.compile(r"(?<=\s)(?:over|in|during)\s+the\s+(?:last|past)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)"
                         r"(?=\s+[a-z])")


def _plural_subject(text: str, lo: int, hi: int, plural_names: frozenset[str],
                    is_role=lambda noun: False) -> tuple[int, int] | None:
    """The span of the plural subject that opens ``text[lo:hi]``: the words up to its verb or a comma (six at
    most), plural by a coordination ("Harvard and MIT"), a plural head noun ("North Korean officials", "police",
    "immigrant rights groups") or a capitalised plural of a party or nation ("Democrats", "Iranians"). None where
    it is singular ("The argument from Blunt and Alexander"), a pronoun or possessive ("Their concerns"), a
    quantity or a time ("Ten percent of voters", "Three months earlier"), or after an opening clause."""
    opener = _OPENER.match(text, lo, hi)
    start = opener.end() if opener else lo
    place = _LEADS.match(text, start, hi)                  # "In Chicago, several thousand people marched"
    start = place.end() if place else start
    names = _NAME_LIST.match(text, start, hi)
    if names:
        return names.start("list"), names.end("list")    # "Ike Perlmutter, Bruce Moskowitz and Marc Sherman said"
    aside = _DASH_PAIR.search(text, start, hi)          # "Three professors — Mr. Richman, A and B — took": an aside
    aside = aside if aside and not text[start:aside.start()].isupper() else None   # (not after "BEIJING —")
    when = _TIME_ASIDE.search(text, start, hi)          # "Lawyers for Flynn over the last two days released": when
    words = [(m.start(), m.end(), m.group()) for m in _NP_WORD.finditer(text, start, hi) if not (
        aside and aside.start() <= m.start() < aside.end() or when and when.start() <= m.start() < when.end())][:12]
    owned = bool(words) and fold(words[0][2]) in _POSSESSIVE_DETERMINERS and len(words) > 1    # "his top advisers"
    if not words or fold(words[0][2]) in _NP_PRONOUNS and not owned or fold(words[0][2]) in _PREPOSITIONS or \
            re.fullmatch(r"[A-Za-z]+[’']s", words[0][2]) and fold(words[0][2])[:-2] in _NP_PRONOUNS:
        return None                                        # "That's where residents ..."
    taken, limit, collective = [], 8, None
    for i, (a, b, w) in enumerate(words):
        if i == limit:
            return None                                    # no verb within eight words: not a subject read here
        low = fold(w)
        if i <= 3 and low in _COLLECTIVE and i + 1 < len(words) and fold(words[i + 1][2]) == "of":
            limit, collective = 12, i                      # "A bipartisan group of 34 of ... clerks": twelve
        plural_before = taken and _plural_word(taken[-1][2], plural_names)
        if w in (",", "--") or low in _NP_STOP and not (w.isupper() and len(w) > 1) or low in SAY or (taken and (
                re.fullmatch(r"[a-z]+(?:ed|ing)", w) or
                                                                        w in _PAST_FORMS)) or (
                plural_before and w[:1].islower() and low not in _NP_PREPOSITIONS | {"and", "&"} and
                not _plural_word(w, plural_names)):        # "strategists caution", but "rights groups"
            break
        taken.append((a, b, w))
    else:
        return None                                        # no verb within eight words: not a subject read here
    while taken and fold(taken[-1][2]) in _NP_PREPOSITIONS | {"and", "&", "the"}:
        taken.pop()
    if collective is not None and len(taken) > collective + 2 and _plural_word(taken[-1][2], plural_names):
        return taken[0][0], taken[-1][1]                   # a group of people: "they"
    if not taken or len(taken) > 6 or _PERCENT.search(text, taken[0][0], taken[-1][1]) or any(
            fold(w) in _SUBORDINATORS for _, _, w in taken):
        return None                                        # "Even if things got ...": a clause, not a subject
    head = next((k for k, (_, _, w) in enumerate(taken) if k and fold(w) in _NP_PREPOSITIONS), len(taken))
    core = taken[:head]                                   # "representatives of the FBI and ...": representatives
    plural = any(w in ("and", "&") for _, _, w in core[1:-1]) or _plural_word(core[-1][2], plural_names) or (
        fold(core[-1][2]) in _PEOPLE_TOGETHER) or (
        len(core) == 1 and core[0][2][1:].islower() and core[0][2].endswith("s") and is_role(
            light_stem(core[0][2].lower())))               # "Activists said ...": capitalised as the first word
    if owned and not (len(core) >= 2 and is_role(light_stem(fold(core[-1][2])))):
        return None                                        # "Their concerns", but "his top advisers", "her lawyers"
    return (taken[0][0], taken[-1][1]) if plural else None


_NAME_LIST = re.compile(rf"(?P<list>{NAME_WORDS}(?:,\s+{NAME_WORDS})+,?\s+(?:and|&)\s+{NAME_WORDS})\s+(?:also\s+)?"
                        r"(?:[a-z]+ed|said|says|told|wrote|have|had|are|were)\b")
_ADVERB_LAST = re.compile(r"(?:\b(?P<which>which|that)\s+)?[a-z]+ly\s*$")
_IN_A_BEFORE = re.compile(r"\b(?:in|on|at|from|of|with|for|by|to|into|under)\s+(?:a|an|the|its|his|her|their)\s*$")
# A show, a column and the like, whose quoted title is no statement
_SHOWS = ("show", "program", "programme", "podcast", "broadcast", "series", "segment", "column", "newsletter",
          "documentary", "miniseries")
# What a quoted title names after a preposition: "in a “friend of the court” brief", "his “Crystal Ball” analysis"
_TITLED_THINGS = set("""brief briefs letter letters speech speeches interview interviews event events analysis
    disclosure rhetoric memo report program programs campaign march rally movement bill law act policy order strategy
    plan tour hearing meeting summit conference op-ed article book video ad ads slogan tweet post
    statement petition resolution amendment initiative agenda doctrine label banner sign pledge manifesto podcast
    film editorial essay""".split()) | set(_SHOWS)
# A named listener after "told": "the BBC's Today programme", "NBC's “Meet the Press”", "the “Today” show"
_TITLE_IN_QUOTES = rf"[“\"]{TITLE_WORDS},?[”\"],?\s+"
_TOLD_NAMED = re.compile(rf"(?:the\s+)?(?:(?:(?:[A-Z][\w'’-]*|(?<=[A-Za-z]\s)\d+[’']s)(?:\s+|,\s+(?=[“\"])))+"
                         rf"(?:{_TITLE_IN_QUOTES})?|"             # ("BBC Radio 4's Today programme")
                         rf"{_TITLE_IN_QUOTES}(?=(?:programme|program|show)\b|that\s|on\s))(?:(?:programme|program|show|podcast|"
                         r"newspaper|magazine|website|channel|network|radio|television)\s+)?")
_OWNER_RIGHT_BEFORE = re.compile(r"(?<!\bas\s)(?<!\bas\sthe\s)\b[A-Z][\w.&-]*(?:[’']s|[’'])\s*$")  # "CBS'", "NBC's"
#                                                               (not a label: "blasted McConnell as the Senate's “”")
_SHOW_AFTER = re.compile(rf"\s*(?:{'|'.join(_SHOWS)})s?\b")
_PEOPLE_TOGETHER = {"delegation", "couple", "pair", "trio", "duo"}   # "a WHO delegation ... . They concluded"
_COLLECTIVE = _PEOPLE_TOGETHER | {"group", "team", "panel", "coalition", "number", "dozen", "handful", "bunch",
                                   "contingent", "dozens", "hundreds", "thousands", "scores", "millions", "some",
                                   "many", "most", "several", "majority"}   # "Dozens of House lawmakers accused": they


def _plural_speaker(speaker: str, plural_names: frozenset[str]) -> bool:
    """Whether a speaker phrase ends on a plural, "they" continuing it ("the officials", "Police", "Democrats")."""
    words = speaker.split()
    return bool(words) and fold(words[-1]) not in PRONOUNS and (_plural_word(words[-1], plural_names) or fold(
        words[-1]) in _PLURAL_NOUNS)


def _plural_word(word: str, plural_names: frozenset[str]) -> bool:
    w = re.sub(r"[’']s?$", "", word)
    if w[:1].isupper():
        return w in plural_names
    return w in _PLURAL_NOUNS or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and
                                  w not in _NOT_PLURAL)


def _within(sentences: tuple[list[int], list[tuple[int, int]]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The sentences (sorted ``(starts, spans)``) that start in ``[lo, hi)``, by binary search."""
    starts, spans = sentences
    return spans[bisect_left(starts, lo):bisect_left(starts, hi)]


def _sentence_at(spans: list[tuple[int, int]], at: int, lo: int) -> tuple[int, int]:
    for x, y in spans:
        if x <= at < y:
            return x - lo, y - lo
    return 0, at - lo


_RELATIVE_WORDS = {"who", "whom", "whose", "which", "that"}
_OBJECT_PRONOUN = {"him": "he", "her": "she", "them": "they"}
# a name that is the object of a preposition or the last of a list ("a spokesman for Russian President Vladimir Putin
# warned", "Trump's conversations with May, ... and German Chancellor Angela Merkel said"), not a subject
_OBJECT_BEFORE = re.compile(r"\b(?:of|for|to|from|by|at|in|on|about|against|and|between|among)\s+"
                            r"(?:[A-Z][\w.’'-]*\s+)*$")
_SAY_WORD = re.compile(rf"\b(?:{_SAY})\b(?!\s+by\b)")
_IMAGINED = re.compile(r"[\s(]*(?:Imagine|Suppose|Picture|What\s+if)\b")
_CAUGHT = re.compile(r"\bwhich\s+(?P<who>he|she|they|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+(?:is|was|are|were|"
                     r"can\s+be)\s+(?:caught|heard|seen|filmed|recorded|shown)\s*$")
# "“...,” The Times of Israel quoted the organization's head Rami Abdel Rahman.": Rahman's
# (not "Mr. Assad was quoted as saying"); "quoted a ministry spokesman as saying": the spokesman
_QUOTED_WHO = re.compile(rf"\s*,?\s*(?:{_NP})(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bbeen)\s+quoted\s+"
                         r"(?:(?P<speaker>(?!as\b)(?:[\w’'.-]+\s+){0,6}?[\w’'.-]+)\s+as\s+saying|"
                         r"(?P<name>him|her|them|(?:(?:the|an?)\s+)?(?:[\w’'.-]+\s+){0,5}?[A-Z][\w’'.-]*"
                         r"(?:\s+[A-Z][\w’'.-]*)*))\s*(?:[.,;]|$)")
_WHEN_OPENS = re.compile(r"(?:when|whenever)\s", re.I)     # "“yes,” when The Washington Post asked him": a clause


def _unquoted_before(text: str, at: int, spans) -> tuple[int, int] | None:
    """The span of the sentence before ``at`` in the same paragraph, where it quotes no one; None otherwise."""
    prior = [sp for sp in spans if sp[1] <= at]
    if not prior or "\n" in text[prior[-1][1]:at] or _QUOTE_MARK.search(text, prior[-1][0], prior[-1][1]):
        return None
    return prior[-1]


def _last_match(pattern: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    """The last match of ``pattern`` in ``text[lo:hi]``, or None."""
    found = None
    for found in pattern.finditer(text, lo, hi):  # noqa: B007 - the loop keeps the last
        pass
    return found


def _political_side(before: str, word: str) -> bool:
    """Whether ``word`` after ``before`` is "the left" or "the right" of politics, a noun ("The left supports ...",
    "the far right"), not the verb "left" ("The apology left ...")."""
    return word.lower() in ("left", "right") and fold(before) in DETERMINERS | {"far"}


def _subject(sentence: str) -> str:
    """The sentence's first noun phrase: its words up to the first verb-like word ("massed", "waved"), or its
    first word where that is a pronoun ("She went further, adding ..."), after an opener ("And it said")."""
    lead = _SUBORDINATE_LEAD.match(sentence)
    if lead:                    # "When host Sean Hannity showed him video ..., Cruz fired back": Cruz, the main
        sentence = sentence[lead.end():]                  # clause's subject
    first = sentence[_OPENING.match(sentence).end():].split()[:1]
    if first and fold(first[0]) in PRONOUNS:
        return first[0]                                 # "And it said", "In other words, it said": it
    first = sentence.split()[:1]
    if first and (fold(first[0]) in _PREPOSITIONS or _TIME_OPENER.match(sentence)) and "," in sentence:
        sentence = sentence.split(",", 1)[1]             # "In the trial, the lead prosecutor ... appealed"
    words = []
    for w in sentence.split():
        if words and (re.fullmatch(r"[a-z]+(?:ed|ing)", w) or w in _PAST_FORMS and w != "came" and not (
                _political_side(words[-1], w)) or words[-1].endswith(",") and fold(
                w) in _RELATIVE_WORDS or w in _STANCE_VERBS and fold(words[-1]) not in DETERMINERS):
            #                                   (not "came": "The apology came hours after Erdogan expressed his anger
            #                                    ..., saying": Erdogan; nor "The left supports ..., arguing": the left)
            break                                       # "The selection of Ms. Collins, who is facing ...": its noun
        words.append(w)
    if len(words) > 1 and words[0][:1].isupper() and fold(words[0]) in _SUBORDINATORS - {"as", "even", "whether",
                                                                                      "where"}:
        words = words[1:]                               # "When the suit was first filed it alleged": the suit
    return without_auxiliary(" ".join(words).strip(" ,"))    # "Gibraltar later released": Gibraltar


# What a subject did not do, before "but said": "did not give a sentence recommendation", "didn't comment"
_BUT_END = re.compile(r"\s(?:but|and)\s+(?:also\s+)?$")
_NEGATED_END = re.compile(r"(?<=\w)\s+(?:(?:do|does|did|has|have|had|is|are|was|were|will|would|could|can)\s+not|"
                          r"[a-z]+n[’']t|cannot)\s+[a-z][^,;:“”\"]*$")
# Verbs in the present that take a stance, before a participle of saying: "The left supports raising the minimum
# wage, arguing that ...", "Democrats oppose the bill, saying ..." (not "the support of", after a determiner)
_STANCE_VERBS = frozenset("""supports support opposes oppose backs back favors favor rejects reject welcomes welcome
    defends defend criticizes criticize praises praise wants want believes believe fears fear""".split())
_CLAUSE_FIRST_WORDS = "|".join(sorted(_SUBORDINATORS - {"as", "even", "whether", "where"}))   # ("As ..." is ambiguous)
_SUBORDINATE_THEN_IT = re.compile(rf"[\s“\"]*(?i:{_CLAUSE_FIRST_WORDS})\s+"
                                  r"(?P<np>(?:the|a|an|its|this|that)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w-]*)\s+"
                                  r"(?:[a-z]+ly\s+)?[a-z]{2,}\b[^,;:“”\"]*,\s+it\s")
# What may open a sentence before its subject: "And", "But later,", "In other words,", "Among other claims,"; not a
# subordinate clause, whose own subject a pronoun after it may stand for ("While the brief fell short of ..., it"),
# nor a clause of its own ("Section 230 went farther, it")
_OPENING = re.compile(_ONLY_OPENERS.pattern + r"(?:[A-Z][a-z]+ly,?\s+)*(?:(?:In|On|At|Among|For|With|By|From|During|"
                      r"Under|Over|Despite|Either|First|Second|Third|Finally|Again|Earlier|Later|Moreover|However|"
                      r"Indeed|Nonetheless|Nevertheless)\b[^,]{0,30},\s+)?(?:(?:later|also|then|previously|now)\s+)*")


_TIME_OPENER = re.compile(r"(?:Just|Of course|Then|Later|Earlier|Meanwhile|Still|However|Moments?|Hours|Minutes|"
                          r"Shortly|Soon|Last|This|That|Days|An?\s+(?:day|week|month|year|hour|few\s+\w+)\s+"
                          r"(?:after|before|later))\b[^,]{0,40},")   # "Just a few hours later, ..."
_NAME_FIRST_WORDS = re.compile(r"(?:[A-Z][\w’'.-]*\s*)+")
_QUOTED_WHOM = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+(?P<speaker>(?:[A-Z][\w’'.-]*\s+)*"
                          r"[A-Z][\w’'.-]*|him|her|them)(?:\s*,[^,“”\"]{1,40},?|\s+as)?\s*$")


def _opened_before(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation its paragraph opened before it (more opening marks than closing ones,
    or an odd number of straight ones)."""
    before = text[text.rfind("\n", 0, at) + 1:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _space_or_comma(quoted: re.Match) -> str:
    """A quotation taken out of a sentence: a blank, or the comma it closed on ("calling them “ridiculous,” Cruz
    fired back": the clause ends there)."""
    return " , " if quoted.group().rstrip("”\"’' ").endswith(",") else " "


_SUBORDINATE_LEAD = re.compile(rf"(?i:{_CLAUSE_FIRST_WORDS})\s[^,;:]{{3,200}}?,\s+(?=[A-Z]|(?:the|a|an)\s)")


def _participle_subject(head: str) -> str:
    """Who a participle of saying belongs to ("..., saying it had “...”"): the sentence's subject, its words outside
    quotation marks, the name after a lead phrase or a description ("Speaking to reporters, Mr. Sessions’s deputy,
    Rod J. Rosenstein, demurred": Rosenstein)."""
    quoted = _QUOTED_WHOM.search(head)
    if quoted:
        return quoted.group("speaker")                     # "Forbes quoted Sen. Orrin Hatch, R-UT, saying": Hatch
    aside = _ASIDE_LAST.search(head)
    if aside:
        return aside.group("speaker")                      # "..., the Ohio Republican insisted, declaring": his
    subject = _subject(_QUOTE.sub(" ", head).strip(" ,"))
    if "," not in subject:
        return subject
    last = subject_before(subject + " ")                   # "Of course, Young", "In Rochester, N.H., Biden"
    name = _NAME_FIRST_WORDS.match(last)
    last = name.group().strip() if name else last          # "Biden was unequivocal": Biden
    return subject_before(subject + ", ") if descriptor(last) else last     # "Hickox, a nurse from Maine,"


# "One woman held a sign that said, “...”", "a sticker on his phone that said “...”": the thing's words (a sign, a
# document, a post), not those of whoever holds it; "told the Post that “...”" is no such thing
_WORN = sorted(SIGNS - {"slogan", "slogans"} | {"sticker", "stickers", "shirt", "shirts", "t-shirt", "t-shirts"})
_THINGS = "|".join([*_WORN, *"""tweet tweets post posts blog statement email e-mail letter memo note message card notice
    form ad advert advertisement headline article story report study paper survey poll question clause law bill
    affidavit document filing petition caption slogan website page video flyer leaflet pamphlet billboard
    graffiti""".split()])
# What speaks when it "suggests" (_inferred): a document, a work, a thing written, research and its findings
_FINDINGS = re.compile(rf"(?:{_DOCUMENT_THINGS}|{_WRITTEN_NOUNS}|{_THINGS}|research|data|findings|results|figures|"
                       r"numbers|estimates?|polls|surveys|studies|reports|leaks|show|site|program|newspaper|"
                       r"magazine|intelligence|segment|episode|broadcast|interview|measure|text)s?")
_CARRIED = re.compile(rf"(?:(?:a|an|the|one|his|her|their)\s+(?:[\w’'-]+\s+){{0,2}}?)?(?:{'|'.join(_WORN)})$")
_THING_THAT = re.compile(rf"^.*?(?<!\btold\s)(?<!\btells\s)\b(?P<np>(?:a|an|the|one|his|her|their|its)\s+"
                         rf"(?:[\w’'-]+\s+){{0,2}}?(?:{_THINGS})(?:\s+(?:post|Monday|Tuesday|Wednesday|Thursday|"
                         r"Friday|Saturday|Sunday))?)(?:\s+(?:on|in|at|from|outside|of|with)\s+[^,;:“”\"]{1,40}?)?\s+"
                         r"(?:that|which)$")


def _which_antecedent(head: str) -> str:
    """What a "which" after ``head`` stands for: the noun phrase that ends it, or the name before it when that
    phrase describes the name ("AIPAC, the bipartisan pro-Israel lobby,": AIPAC)."""
    head = head.rstrip(" ,")
    np = _WHICH_NP.search(head)
    if not np:
        return ""
    if np.group()[:1].islower() and head[:np.start()].rstrip().endswith(","):
        name = _NAME_END.search(head[:np.start()].rstrip(" ,"))
        if name:
            return name.group()
    return np.group()


_NAME_END = re.compile(rf"(?<![\w'’.-]){NAME_WORDS}$")
_WHICH_NP = re.compile(r"\b(?:the|a|an|his|her|their|its)\s+(?:(?!(?:of|from|by|for|to|in|on|at|with)\b)[\w’'.-]+\s+)"
                       r"{0,3}[\w’'.-]+$|" + _NAME_END.pattern)


def _words(text: str) -> str:
    """``text``'s words, folded and one space apart: "“A whole bunch,”" and "a whole bunch" are the same words."""
    return " ".join(re.findall(r"[\w'’-]+", fold(text)))


_PARTICLES = frozenset({"out", "up", "off", "down", "back", "over", "away", "for", "about", "into"})


_REPORTS_THAT = re.compile(r"^.+\b(?:said|says|reported|reports|wrote|writes|noted|notes|claimed|claims|added|adds|"
                           r"announced|announces|told\s+\w+|tells\s+\w+)\s+that\s+(?=\S)")

# A noun whose relative clause has no "that": "The primary reason white respondents said they'd be uncomfortable was
# ...", "The one thing voters said they wanted": the clause's subject speaks
_HEAD_OF_RELATIVE = re.compile(r"^(?:the|a|an|one|another|their|his|her|its)\s+(?:[a-z]+\s+){0,2}?(?:reasons?|"
                               r"things?|ways?|problems?|issues?|questions?|goals?|lessons?|points?|terms?|words?|"
                               r"phrases?|labels?)\s+"
                               r"(?=(?-i:he|she|they|we|I|(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*|(?:[a-z]+\s+)?[a-z]+s)$)",
                               re.I)

_REPORTED_SPEAKER = re.compile(r"(?:(?:one|two|three|several|some|many|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}|"
                               r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$")


def _repeated_after(words: str, after: str, share: float = 0.8) -> bool:
    """Whether ``words`` (six or more) come again in ``after``: most of them (``share``), in the same order, within a
    stretch at most half as long again."""
    mine = re.findall(r"\w+", words.lower())
    if len(mine) < 6:
        return False
    theirs = re.findall(r"\w+", after.lower())
    for i, w in enumerate(theirs):
        if w not in mine[:3]:
            continue
        k = mine.index(w)
        for x in theirs[i:i + len(mine) * 3 // 2 + 1]:
            if k < len(mine) and x == mine[k]:
                k += 1
        if k - mine.index(w) >= share * len(mine):
            return True
    return False


def _clean(speaker: str) -> str:
    """The speaker without quotation marks, a leading conjunction, or a relative pronoun before its subject
    ("which he said": he)."""
    if re.search(r"[.!?][”\"’']?\(", speaker):           # "“... utterly mad.”(Boot says he": Boot
        speaker = speaker[speaker.rfind("(") + 1:]
    if speaker.count(")") > speaker.count("("):            # "(CNN) Alabama ... Roy Moore says": from after ")"
        speaker = speaker[speaker.rfind(")") + 1:]         # "the fear of terrorism (or, ... crisis) and Galston said"
    speaker = _OUTLET_DATELINE.sub("", speaker)            # "Washington (CNN) Hillary Clinton's campaign said"
    speaker = re.sub(r"^(?:’’|''|‘‘)|(?:’’|''|‘‘)$", "", speaker.strip(" ,”“\"(•·*—–-")).strip(" ,")  # doubled marks
    speaker = re.sub(r"^(?:(?:and|but|yet|while|as|then|when|where|after|before|if|because|since|once|until|"
                     r"of\s+course|at\s+least|even|though|although|whereas|unless|versus|vs\.|compared\s+(?:to|with))\s+)+",
                     "",
                     speaker, flags=re.I)   # ("versus 67 percent who said": 67 percent)
    #                  "When she said, “...”", "But when investigators": they; "“...,” even as she acknowledged": she
    speaker = re.sub(r"^(?:(?:that|this|it)(?:\s+|[’'](?=s\b)))?(?:is|was|s)\s+(?:why|how|because|when)\s+(?=\S)", "",
                     speaker, flags=re.I)      # "That is why his negotiators have insisted that": the negotiators
    speaker = re.sub(rf"^(?:(?:on|late|early)\s+)?(?:{_DAYS}|(?:last|this)\s+(?:past\s+)?(?:week|month|year|"
                     r"weekend))\s*,?\s+(?=(?:he|she|they|we|I|a|an|the)\b|(?-i:[A-Z]))", "", speaker, flags=re.I)
    #                  "On Sunday she tweeted": she; "This past week Trump spoke": Trump
    speaker = _ADVERB_AT_END.sub("", speaker)                # "But he nevertheless said": he
    timeless = _WHEN_AT_END.sub("", speaker)
    if len(speaker.split()) > 2 and timeless != speaker and not _NOT_A_HEAD.search(timeless):
        speaker = timeless      # "The social network on Thursday", "Trump in January": the time is not the speaker
        # (but "a report released Monday", "who just last month" keep it)
    if len(speaker.split()) >= 3 and re.search(r"\s(?:who|which)$", speaker):
        speaker = subject_before(speaker + " ") or speaker    # "Flynn consulted with a senior transition team
        #                                                       official who said": the official
    speaker = re.sub(r"(\s(?:he|she|we|I|they))\s+(?:has|have|had)\s+\w+ly$", r"\1", speaker)
    #                               "Since San Bernardino he has consistently asserted": he (see below)
    speaker = re.sub(r"^.*\b(?:when|where|after|because|since|once|until|which)\s+(?=(?:he|she|they|we|I)$)", "",
                     speaker)       # "He was at least 47 years old when he declared", "a campaign in which he said": he
    if not _SAYS_IN.search(speaker) and not re.search(r"\bthat\b", speaker):    # (not "Westerwelle said he")
        speaker = re.sub(r"^(?!.*\b(?:and|or|nor)\s+\w+$).+\s(?=(?:he|she|they|we|I)$)", "", speaker)  # "after
        #             the debate he told reporters" ("after" taken off above), "Speaking ... on May 28, 2014 he"
    speaker = re.sub(r"^.+?\b(?:showed|shows|found|finds|suggested|suggests)\s+(?:that\s+)?(?=\S)", "", speaker)
    # "Morning Consult showed half of Americans say": the half of Americans (a poll's finding, not the pollster's)
    reports = _REPORTS_THAT.match(speaker)        # "the New York Times reports that one official claims": the official
    if reports and len(speaker[reports.end():].split()) <= 5 and _REPORTED_SPEAKER.match(speaker, reports.end()):
        speaker = speaker[reports.end():]        # (not "Palin added that those attacks ... women and said", "Khan
        #                                          claims that ideological motives explain this “...”")
    speaker = _HEAD_OF_RELATIVE.sub("", speaker)  # "The primary reason white respondents said ... was": respondents
    speaker = re.sub(r"^(he|she|they|we|it)['’](?:ve|d|ll)\b", r"\1", speaker, flags=re.I)   # "They've falsely"
    speaker = re.sub(r"^(he|she|they|we|I)\s+(?:is|was|are|were|has|had|have|will|would|[a-z]+ed)\b.*\band$", r"\1",
                     speaker, flags=re.I)      # "He is now facing disciplinary proceedings and contends": he
    words = speaker.split()
    while len(words) > 1 and (_ADVERB.fullmatch(words[-1]) or words[-1].lower() in _AUXILIARY or (
            fold(words[0]) in PRONOUNS and re.fullmatch(r"[a-z]{3,}ly|then", words[-1]))):   # "He then primly"
        words.pop()                                 # "he officially announced", "Comedians have long", "They rightly"
    speaker = first_conjunct(speaker if len(words) == len(speaker.split()) else " ".join(words))
    speaker = re.sub(r"^(he|she|they|it|who)['’]d$", r"\1", speaker, flags=re.I)   # "who’d bragged": who had
    speaker = _THING_THAT.sub(r"\g<np>", speaker)     # "One woman held a sign that said, “...”": the sign
    speaker = re.sub(r"^(?:better|more|less|rather|other)\s+than\s+(?=[A-Z])", "", speaker)   # "Few understood
    #                                        this better than Theodore Roosevelt, who once declared": Roosevelt
    speaker = re.sub(r"^(?:(?:to|after|upon|at|in)\s+(?:which|whom)|who|whom)\s+"
                     r"(?!(?:was|is|were|are|has|had|have|did|does|would|will|could|also|then|on|in|at|during|"
                     r"after|before|last|this|since|for|with|by|from|earlier|later)\b|[a-z]+(?:ing|ed)\b)"
                     r"(?=(?:the|some|many|several|two|three|his|her|their)\s|[a-z]{3,}s$|(?:[a-z]+\s+){1,3}[A-Z])",
                     "", speaker)   # "Rosenstein, who confidants said expected to be fired": the confidants; "to which
    # embassy official Efraín Baus told": the official (but "it “happened a lot” that lawmakers asked": no one)
    return re.sub(r"^\s*(?:[—–-]\s+)?(?:(?:to|after|upon|at|in)\s+)?(?:which|who|whom|that|what)\s+"
                  r"(?=(?:he|she|they|we|I)\b|[A-Z])", "", speaker)          # "to which Reed responded": Reed


# A work's title follows these: "wrote “Nuclear Showdown, ...,”", "the 2019 study “Toward a Developmental Science of
# Politics.”", "titled “...”"
_WORK_BEFORE = re.compile(r"\b(?:wrote|writes|authored|titled|entitled|book|film|movie|documentary|song|album|show|"
                          r"program|programme|novel|memoir|musical|episode|"     # "his own program, “Jim'll Fix It,”"
                          r"sitcom|series|column|essay|op-ed|podcast|study|paper|report|article|headline|headlined|"
                          r"(?:author|editor|co-author)\s+of)\s*,?\s*$", re.I)   # "is the author of “...”"
_BYLINE_AFTER = re.compile(r"\s*,?\s*(?:(?:penned|written|authored|co-written|published|edited)\s+)?by\s+[A-Z]")
#                                    “Title of a Story,” by Robby Soave; “This Fight is Our Fight,” penned by Warren


_DESCRIBED_AFTER = re.compile(r"\s*(?:the|a|an)\s+[^,.;:“”\"]{1,60},")     # ", the WhatsApp group chat,"


def _title_case(body: str, stopwords: frozenset[str], *, every: bool = False) -> bool:
    """Most words capitalised (``every``: all but function words): a slogan or a title ("Make America Great
    Again", "Meet the Press")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", body) if fold(w) not in stopwords or w[0].isupper()]
    words = [w for w in words if not (fold(w) in stopwords and len(words) > 2 and w is not words[0])]
    share = 1.0 if every else 0.75
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= share * len(words) and not body.rstrip(
        "”\"’'").endswith((".", ",", "!", "?"))


def _inside(quotation: str) -> str:
    """The words of a quotation without its marks (a quotation left open runs to the paragraph's end)."""
    if quotation.startswith(("''", "‘‘")):
        return quotation[2:-2] if quotation.endswith(("''", "’’")) else quotation[2:]
    if quotation.endswith(("’’", "''")):
        return quotation[1:-2]                         # “These guys are so young,’’ / "No one has more right,''"
    body = quotation[1:]
    return body[:-1] if body and body[-1] in "”\"’'" else body


def voices(quote_table: pd.DataFrame, corpus=None) -> pd.DataFrame:
    """Per outlet: how many voices, of which kinds, and which speakers no other outlet gives a voice.

    A voice is a speaker: one actor whatever its spelling across outlets (``actor``), else the speaker's words
    without article and with spelling variants mapped. Signs, banners and slogans are statements but no voices,
    and neither is a country or place named as the speaker ("Baghdad said": the government, unnamed). Words
    quoted inside a reported statement of the same speaker ("Carney said the money was transferred “in recent
    days”") are one statement, counted as the reported one (where the table has ``doc_id``, ``start``, ``end``).

    Args:
        quote_table: The table from :func:`quotes`.
        corpus: The corpus, to list the outlets that quote nobody too (with zeros); its lexicon's spelling
            variants join speakers' spellings, after the shipped ones.

    Returns:
        ``outlet, statements, direct, indirect, voices, speakers, only_here``: ``voices`` counts distinct
        speakers; ``only_here`` lists those heard in this outlet alone.

    Examples:
        >>> q = pd.DataFrame({"outlet": ["A", "B", "B"], "speaker": ["Mr Smith", "John Smith", "signs"],
        ...                   "actor": ["John Smith", "John Smith", ""], "actor_kind": ["person", "person", ""],
        ...                   "kind": ["direct", "indirect", "direct"]})
        >>> voices(q)[["outlet", "statements", "voices", "only_here"]].values.tolist()
        [['A', 1, 1, ''], ['B', 2, 1, '']]
    """
    t = quote_table
    if {"doc_id", "start", "end"} <= set(t.columns):
        t = t[~_inside_reported(t)]
    kinds = t["actor_kind"] if "actor_kind" in t.columns else pd.Series("", index=t.index)
    is_voice = (t["speaker"] != "") & ~kinds.isin(["country", "place"]) & ~t["speaker"].map(
        lambda s: bool(s.split()) and fold(s.split()[-1]) in SIGNS)
    q = t[is_voice].copy()
    aliases = load_aliases() if corpus is None else load_aliases(corpus.lexicon.part("aliases"))
    keys = {s: _voice_key(s, aliases) for s in q["speaker"].unique()}          # each spelling once
    q["voice"] = q["actor"].where(q["actor"] != "", q["speaker"].map(keys))
    first_words = q.groupby("voice")["speaker"].first()
    shown = pd.Series(first_words.index, index=first_words.index).where(first_words.index.isin(q["actor"]),
                                                                        first_words)    # an actor by its name
    outlets_per_voice = q.groupby("voice")["outlet"].nunique()
    listed = set() if corpus is None else set(corpus.outlets()) if is_lazy(corpus) else set(corpus.docs["outlet"])
    outlets = sorted(set(t["outlet"]) | listed)
    kinds_of = {o: k.tolist() for o, k in t.groupby("outlet", sort=False)["kind"]}
    voices_of = {o: v.tolist() for o, v in q.groupby("outlet", sort=False)["voice"]}
    rows = []
    for outlet in outlets:
        said = kinds_of.get(outlet, [])
        heard = list(dict.fromkeys(voices_of.get(outlet, [])))
        rows.append({"outlet": outlet, "statements": len(said), "direct": said.count("direct"),
                     "indirect": said.count("indirect"), "voices": len(heard),
                     "speakers": "; ".join(shown[v] for v in heard),
                     "only_here": "; ".join(shown[v] for v in heard if outlets_per_voice[v] == 1)})
    return pd.DataFrame(rows, columns=["outlet", "statements", "direct", "indirect", "voices", "speakers",
                                       "only_here"])


def _inside_reported(t: pd.DataFrame) -> np.ndarray:
    """Which direct rows lie inside an indirect row of the same document and speaker: quoted words of a reported
    statement, not a statement of their own."""
    reported: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    indirect = (t["kind"] == "indirect").to_numpy()
    for doc, speaker, a, b in zip(t["doc_id"][indirect], t["speaker"][indirect], t["start"][indirect],
                                  t["end"][indirect], strict=True):
        reported[(doc, speaker)].append((a, b))
    out = np.zeros(len(t), dtype=bool)
    if not reported:
        return out
    for i, (kind, doc, speaker, a, b) in enumerate(zip(t["kind"], t["doc_id"], t["speaker"], t["start"], t["end"],
                                                       strict=True)):
        if kind == "direct" and any(x <= a and b <= y + 2 for x, y in reported.get((doc, speaker), ())):
            out[i] = True
    return out


def _voice_key(speaker: str, aliases) -> str:
    """A speaker as one voice: no article, lower case, spelling variants mapped ("protestors": "protesters")."""
    words = re.sub(r"^(?:the|a|an)\s+", "", speaker.strip(), flags=re.I).split()
    return " ".join(norm(w, aliases) for w in words)
