"""Word lists that ship with mediakit as TOML package data, and the user's extensions of them.

Lexicons are data, not code: each lives in ``mediakit/lexicons/<name>.toml``. Every loader takes an optional
``extra`` argument (a path to a TOML file of the same form, or an already parsed mapping) whose entries are
added to the shipped ones, so a user extends a list without editing the package.
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


def layers(name: str, extra: Extra = None) -> list[dict[str, Any]]:
    """The shipped lexicon ``name`` and, after it, the user's ``extra`` (a TOML path or mapping), parsed.

    Every loader merges these layers in order, so the user's entries add to or override the shipped ones.

    Examples:
        >>> [sorted(layer)[:1] for layer in layers("stopwords", {"words": ["said"]})]
        [['words'], ['words']]
    """
    return [_shipped(name)] + ([read_toml(extra)] if extra is not None else [])


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


def load_aliases(extra: Extra = None) -> Aliases:
    """Loads the alias table (``aliases.toml``), adding the entries of ``extra``.

    Args:
        extra: A TOML path or mapping with ``[aliases]`` (canonical = [variants]), optional ``[phrases]``
            and ``strip_prefixes``; its entries are added to the shipped ones and win on conflict.

    Returns:
        An :class:`Aliases` with ``variants`` (folded variant -> canonical), ``phrases`` and
        ``strip_prefixes``.
    """
    docs = layers("aliases", extra)
    variants: dict[str, str] = {}
    phrases: dict[str, tuple[str, ...]] = {}
    prefixes: list[str] = []
    for doc in docs:
        for canonical, words in doc.get("aliases", {}).items():
            for word in [canonical, *_as_list(words, f"aliases.{canonical}")]:
                if " " not in word.strip():
                    variants[fold(word.strip())] = fold(canonical)
        for canonical, words in doc.get("phrases", {}).items():
            phrases[fold(canonical)] = tuple(fold(w) for w in _as_list(words, f"phrases.{canonical}"))
        prefixes += [fold(p) for p in doc.get("strip_prefixes", [])]
    return Aliases(variants, phrases, tuple(dict.fromkeys(prefixes)))


def load_stopwords(extra: Extra | Iterable[str] = None) -> frozenset[str]:
    """Loads the stopword list (``stopwords.toml``), adding ``extra`` (a TOML path/mapping or words)."""
    words = set(_shipped("stopwords")["words"])
    if extra is not None:
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
    """One paragraph rule of ``cleaning.toml``."""

    pattern: re.Pattern[str]
    section: str
    reason: str
    max_words: int | None = None
    where: str = "anywhere"
    span: str = "paragraph"


@dataclass(frozen=True)
class CleaningRules:
    """The cleaning rules and the structural settings."""

    rules: tuple[CleaningRule, ...]
    structure: dict[str, float]


_SECTIONS_SET_ASIDE = {"boilerplate", "caption", "comments"}


def load_cleaning(extra: Extra = None) -> CleaningRules:
    """Loads the cleaning rules (``cleaning.toml``); the rules of ``extra`` are tried first.

    Raises:
        ValueError: naming the rule, if a rule has a bad pattern, section, ``where`` or ``span``.
    """
    docs = layers("cleaning", extra)[::-1]          # the user's rules are tried first
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
    if raw.get("span", "paragraph") not in ("paragraph", "rest"):
        raise ValueError(f"{where}: span must be 'paragraph' or 'rest'")
    try:
        pattern = re.compile(raw["pattern"], re.IGNORECASE)
    except re.error as err:
        raise ValueError(f"{where}: bad pattern ({err})") from None
    return CleaningRule(pattern, raw["section"], raw["reason"], raw.get("max_words"),
                        raw.get("where", "anywhere"), raw.get("span", "paragraph"))


def _as_list(value: Any, name: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, Iterable) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{name}: expected a list of strings, got {value!r}")
    return list(value)
