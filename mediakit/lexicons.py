"""Word lists that ship with mediakit as TOML package data, and the user's extensions of them.

Lexicons are data, not code. The shipped ones (``mediakit/lexicons/<name>.toml``) hold only what holds for
English news about any event: stopwords, cleaning rules, spelling variants, titles, countries, speech verbs,
number words, crowd nouns and general framing families. What belongs to one event (its actors, their name
variants, its framing families, its claims) lives in an **event lexicon** beside the corpus: one TOML file,
``lexicon.toml`` in the corpus folder (picked up by :func:`mediakit.load_corpus`), or any file given as
``load_corpus(path, lexicon="my.toml")``. Its tables have the shipped files' forms::

    [aliases]            # canonical = [variants]             (as aliases.toml)
    [phrases]            # multi-word names of one actor       (as aliases.toml)
    stopwords = [...]    # extra stopwords
    [[cleaning.rule]]    # extra cleaning rules                (as cleaning.toml)
    [actors.<key>]       # name, variants, roles               (as actors.toml)
    [broader_roles]      # role = [broader role nouns]          (as actors.toml: senator = ["lawmaker"])
    [framing.<family>]   # description, variants, exclude      (as framing.toml)
    [claims.<claim>]     # description, patterns               (the claims of coverage.claims)
    [crowds.words]       # extra context words                 (as crowds.toml)

The corpus keeps its lexicon (``Corpus.lexicon``), so every measure reads it without being told again; each
measure's own ``lexicon=``/``actors=`` argument adds to it. Quanteda keeps dictionaries as data objects that
any function accepts the same way (Benoit et al. 2018); this is that idea with TOML files.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

Extra = str | Path | Mapping[str, Any] | None


@cache
def _shipped(name: str) -> dict[str, Any]:
    text = resources.files("mediakit").joinpath("lexicons").joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def read_toml(source: str | Path | Mapping[str, Any]) -> dict[str, Any]:
    """Parses a TOML file (or passes a mapping through), naming the file in any error.

    Args:
        source: A path to a TOML file, or a mapping already in that form.

    Returns:
        The parsed document as a dict.

    Raises:
        ValueError: If the file cannot be read or is not valid TOML.
    """
    if isinstance(source, Mapping):
        return dict(source)
    path = Path(source)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{path}: no such lexicon file") from None
    except tomllib.TOMLDecodeError as err:
        raise ValueError(f"{path}: not valid TOML ({err}); check the line it names") from None


def layers(name: str, *extras: Extra) -> list[dict[str, Any]]:
    """The shipped lexicon ``name`` and, after it, each of ``extras`` (TOML paths or mappings), parsed.

    Every loader merges these layers in order, so the user's entries add to or override the shipped ones.
    ``None`` extras are skipped.

    Examples:
        >>> [sorted(layer)[:1] for layer in layers("stopwords", None, {"words": ["said"]})]
        [['words'], ['words']]
    """
    return [_shipped(name)] + [read_toml(extra) for extra in extras if extra is not None]


EVENT_TABLES = ("aliases", "phrases", "strip_prefixes", "acronyms", "stopwords", "cleaning", "actors", "titles",
                "affiliations", "broader_roles", "framing", "claims", "crowds", "countries")


@dataclass(frozen=True)
class Lexicon:
    """An event lexicon: the word lists of one event, in one TOML file (see the module docstring).

    Attributes:
        data: The parsed tables (only those of :data:`EVENT_TABLES`).
        source: Where it was read from ("" for none).
    """

    data: Mapping[str, Any]
    source: str = ""

    def part(self, name: str) -> dict[str, Any] | None:
        """The part of this lexicon in the form of the shipped file ``name``, or None if it has none.

        Examples:
            >>> lex = Lexicon({"aliases": {"sadr": ["sader"]}, "framing": {"f": {"a": ["x"], "b": ["y"]}}})
            >>> lex.part("aliases")["aliases"], list(lex.part("framing")), lex.part("claims")
            ({'sadr': ['sader']}, ['f'], None)
        """
        d = self.data
        parts = {
            "aliases": {k: d[k] for k in ("aliases", "phrases", "strip_prefixes", "acronyms") if k in d},
            "stopwords": {"words": d["stopwords"]} if "stopwords" in d else {},
            "actors": {k: d[k] for k in ("actors", "titles", "affiliations", "broader_roles") if k in d},
            "cleaning": d.get("cleaning", {}),
            "countries": {"countries": d["countries"]} if "countries" in d else {},
        }
        part = parts[name] if name in parts else d.get(name, {})
        return dict(part) or None

    def __bool__(self) -> bool:
        return bool(self.data)

    def adding(self, name: str, extra: Extra | Iterable[str]) -> Lexicon:
        """This lexicon with ``extra`` (in the form of the shipped file ``name``) folded in, so that word lists
        given at loading (``load_corpus(aliases=..., stopwords=..., cleaning=...)``) reach every measure.

        Examples:
            >>> Lexicon({}).adding("stopwords", ["said"]).adding("aliases", {"aliases": {"smith": ["smyth"]}}).data
            {'stopwords': ['said'], 'aliases': {'smith': ['smyth']}}
        """
        if extra is None:
            return self
        data = {k: (dict(v) if isinstance(v, Mapping) else list(v) if isinstance(v, list) else v)
                for k, v in self.data.items()}
        if name == "stopwords":
            words = read_toml(extra).get("words", []) if isinstance(extra, Mapping) or str(extra).endswith(
                ".toml") else _as_list(extra, "stopwords")
            data["stopwords"] = [*data.get("stopwords", []), *words]
        elif name == "cleaning":
            doc = read_toml(extra)
            cleaning = dict(data.get("cleaning", {}))
            cleaning["rule"] = [*cleaning.get("rule", []), *doc.get("rule", [])]
            cleaning["structure"] = {**cleaning.get("structure", {}), **doc.get("structure", {})}
            data["cleaning"] = cleaning
        else:
            for table, value in read_toml(extra).items():
                if isinstance(value, Mapping):
                    data[table] = {**data.get(table, {}), **value}
                else:
                    data[table] = value
        return Lexicon(data, self.source)


NO_LEXICON = Lexicon({})


def load_lexicon(source: str | Path | Mapping[str, Any] | Lexicon | None) -> Lexicon:
    """Reads an event lexicon (a TOML path or a mapping), checking its table names.

    Raises:
        ValueError: naming the file and the unknown table, or the TOML error.

    Examples:
        >>> load_lexicon({"actors": {"x": {"variants": ["X"]}}}).part("actors")
        {'actors': {'x': {'variants': ['X']}}}
    """
    if source is None:
        return NO_LEXICON
    if isinstance(source, Lexicon):
        return source
    data = read_toml(source)
    name = str(source) if not isinstance(source, Mapping) else "the lexicon mapping"
    unknown = sorted(set(data) - set(EVENT_TABLES))
    if unknown:
        raise ValueError(f"{name}: unknown table(s) {unknown}; an event lexicon has {list(EVENT_TABLES)}. "
                         "Rename or remove them (a TOML table after [crowds] or [framing] belongs to it "
                         "unless named in full, e.g. [framing.police]).")
    return Lexicon(data, "" if isinstance(source, Mapping) else str(source))


def fold(word: str) -> str:
    """Lower-cases a word and makes curly apostrophes straight: the key every word list is matched on.

    Examples:
        >>> fold("Shi’ite")
        "shi'ite"
    """
    return word.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")


@dataclass(frozen=True)
class Aliases:
    """The alias table: single-word variants to a canonical norm, and multi-word names kept for actors."""

    variants: dict[str, str]
    phrases: dict[str, tuple[str, ...]]
    strip_prefixes: tuple[str, ...]
    acronyms: dict[str, str]


def load_aliases(*extras: Extra) -> Aliases:
    """Loads the alias table (``aliases.toml``), adding the entries of each of ``extras``.

    Args:
        extras: TOML paths or mappings with ``[aliases]`` (canonical = [variants]), optional ``[phrases]``
            and ``strip_prefixes``; their entries are added to the shipped ones and win on conflict.

    Returns:
        An :class:`Aliases` with ``variants`` (folded variant -> canonical), ``phrases`` and
        ``strip_prefixes``.
    """
    docs = layers("aliases", *extras)
    variants: dict[str, str] = {}
    phrases: dict[str, tuple[str, ...]] = {}
    prefixes: list[str] = []
    acronyms: dict[str, str] = {}
    for doc in docs:
        for canonical, spellings in doc.get("acronyms", {}).items():
            acronyms.update({s: fold(canonical) for s in _as_list(spellings, f"acronyms.{canonical}")})
        for canonical, words in doc.get("aliases", {}).items():
            for word in [canonical, *_as_list(words, f"aliases.{canonical}")]:
                if " " not in word.strip():
                    variants[fold(word.strip())] = fold(canonical)
        for canonical, words in doc.get("phrases", {}).items():
            phrases[fold(canonical)] = tuple(fold(w) for w in _as_list(words, f"phrases.{canonical}"))
        prefixes += [fold(p) for p in doc.get("strip_prefixes", [])]
    return Aliases(variants, phrases, tuple(dict.fromkeys(prefixes)), acronyms)


def load_stopwords(*extras: Extra | Iterable[str]) -> frozenset[str]:
    """Loads the stopword list (``stopwords.toml``), adding each of ``extras`` (a TOML path/mapping or words)."""
    words = set(_shipped("stopwords")["words"])
    for extra in extras:
        if extra is None:
            continue
        if isinstance(extra, (str, Path)) and str(extra).endswith(".toml") or isinstance(extra, Mapping):
            words |= set(_as_list(read_toml(extra).get("words", []), "words"))
        else:
            words |= set(_as_list(extra, "stopwords"))
    return frozenset(fold(w) for w in words)


@dataclass(frozen=True)
class PunktParams:
    """Shipped sentence-boundary parameters, in the form of NLTK's ``PunktParameters``."""

    abbrev_types: frozenset[str]
    sent_starters: frozenset[str]

    def to_nltk(self):
        """The same parameters as an ``nltk.tokenize.punkt.PunktParameters`` (for NLTK's own Punkt)."""
        from nltk.tokenize.punkt import PunktParameters

        params = PunktParameters()
        params.abbrev_types = set(self.abbrev_types)
        params.sent_starters = set(self.sent_starters)
        return params


@cache
def load_punkt() -> PunktParams:
    """Loads the shipped Punkt parameters (``punkt.toml``)."""
    doc = _shipped("punkt")
    return PunktParams(frozenset(map(fold, doc["abbrev_types"])), frozenset(map(fold, doc["sent_starters"])))


@dataclass(frozen=True)
class CleaningRule:
    """One rule of ``cleaning.toml``: for a whole paragraph, the rest of the text, or a span inside a paragraph."""

    pattern: re.Pattern[str]
    section: str
    reason: str
    max_words: int | None = None
    where: str = "anywhere"
    span: str = "paragraph"
    requires: str = ""
    contains: tuple[str, ...] = ()


@dataclass(frozen=True)
class CleaningRules:
    """The cleaning rules and the structural settings."""

    rules: tuple[CleaningRule, ...]
    structure: dict[str, float]


_SECTIONS_SET_ASIDE = {"boilerplate", "caption", "comments"}


def load_cleaning(*extras: Extra) -> CleaningRules:
    """Loads the cleaning rules (``cleaning.toml``); the rules of ``extras`` are tried first (the last first).

    Raises:
        ValueError: naming the rule, if a rule has a bad pattern, section, ``where`` or ``span``.
    """
    docs = layers("cleaning", *extras)[::-1]          # the user's rules are tried first
    rules: list[CleaningRule] = []
    structure: dict[str, float] = {}
    for doc in reversed(docs):
        structure.update(doc.get("structure", {}))
    for doc in docs:
        for i, raw in enumerate(doc.get("rule", []), start=1):
            rules.append(_rule(raw, i))
    return CleaningRules(tuple(rules), structure)


def _rule(raw: Mapping[str, Any], i: int) -> CleaningRule:
    where = f"cleaning rule {i} ({raw.get('reason', 'no reason given')!r})"
    missing = {"pattern", "section", "reason"} - set(raw)
    if missing:
        raise ValueError(f"{where}: missing {', '.join(sorted(missing))}")
    if raw["section"] not in _SECTIONS_SET_ASIDE:
        raise ValueError(f"{where}: section must be one of {sorted(_SECTIONS_SET_ASIDE)}")
    if raw.get("where", "anywhere") not in ("anywhere", "top"):
        raise ValueError(f"{where}: where must be 'anywhere' or 'top'")
    if raw.get("span", "paragraph") not in ("paragraph", "rest", "inline"):
        raise ValueError(f"{where}: span must be 'paragraph', 'rest' or 'inline'")
    try:
        pattern = re.compile(raw["pattern"], re.IGNORECASE)
    except re.error as err:
        raise ValueError(f"{where}: bad pattern ({err})") from None
    contains = tuple(fold(w) for w in _as_list(raw.get("contains", []), f"{where}: contains"))
    if any(not w or w != " ".join(w.split()) for w in contains):
        raise ValueError(f"{where}: contains must list words or phrases, one space apart")
    return CleaningRule(pattern, raw["section"], raw["reason"], raw.get("max_words"),
                        raw.get("where", "anywhere"), raw.get("span", "paragraph"), str(raw.get("requires", "")),
                        contains)


def _as_list(value: Any, name: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, Iterable) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{name}: expected a list of strings, got {value!r}")
    return list(value)
