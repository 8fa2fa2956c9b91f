"""Actor labels: how each outlet names and describes the same people and groups.

Calling a man a "firebrand cleric" or "an influential Shia cleric", or armed groups "Iran-backed militias" or
"anti-terror forces", is labelling: the descriptor attached to a name tells the reader what to think of it
(the "naming" device of framing analysis: Entman 1993, "Framing: Toward clarification of a fractured
paradigm", Journal of Communication 43(4); van Dijk 1998, "Ideology", on actor description). For every
mention of an actor of ``lexicons/actors.toml`` (its name variants, plus the multi-word names of the alias
table), the descriptor is read off the text around it:

- ``premodifier``: the words before the name, back to a determiner, preposition or punctuation
  ("firebrand cleric Muqtada al-Sadr", "Iran-backed Shi'ite militias");
- ``title``: title words before the name ("Ayatollah", "Lt. Gen.");
- ``appositive``: a noun phrase set off by commas, after the name (", a senior Iraqi militia commander") or
  before it ("Iran's top military commander, Qassem Soleimani");
- ``role``: a noun phrase that stands for the actor without the name ("the influential cleric"), counted only
  in a document that names the actor, when no other named actor of that document has the role.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from .clean import ANALYSED
from .lexicons import Extra, fold, layers, load_aliases, load_stopwords

COLUMNS = ["doc_id", "outlet", "actor", "mention", "label", "label_kind", "start", "end", "sentence_id",
           "in_headline", "first_mention", "section", "sentence"]
DETERMINERS = {"a", "an", "the"}
_WORDS = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w.,-]*|[^\w\s]")
_VERBISH = re.compile(r"^[a-z]+(?:ed|ing)$")


@dataclass(frozen=True)
class Actor:
    """One actor of the table: its key, canonical name, name variants and role nouns."""

    key: str
    name: str
    variants: tuple[str, ...]
    roles: tuple[str, ...]


@dataclass(frozen=True)
class ActorTable:
    """The parsed actor table with its shared word lists."""

    actors: tuple[Actor, ...]
    titles: frozenset[str]
    label_stop: frozenset[str]


def load_actors(extra: Extra = None) -> ActorTable:
    """Loads ``actors.toml`` (plus ``extra``), adding the alias table's multi-word names to each actor.

    Raises:
        ValueError: naming the actor, if an actor has no variants or two actors share a variant.
    """
    docs = layers("actors", extra)
    phrases = load_aliases().phrases
    merged: dict[str, dict] = {}
    titles, label_stop = set(), set()
    for doc in docs:
        titles |= set(doc.get("titles", []))
        label_stop |= {fold(w) for w in doc.get("label_stop", [])}
        for key, entry in doc.get("actors", {}).items():
            target = merged.setdefault(key, {"name": entry.get("name", key), "variants": [], "roles": []})
            target["name"] = entry.get("name", target["name"])
            target["variants"] += entry.get("variants", [])
            target["roles"] += entry.get("roles", [])
    actors, owner = [], {}
    for key, entry in merged.items():
        variants = list(entry["variants"])
        for v in entry["variants"]:
            variants += list(phrases.get(fold(v), ()))
        variants = list(dict.fromkeys(v for v in variants if v.strip()))
        if not variants:
            raise ValueError(f"actor {key!r} has no name variants")
        for v in variants:
            if owner.setdefault(fold(v), key) != key:
                raise ValueError(f"actors {owner[fold(v)]!r} and {key!r} share the name variant {v!r}")
        actors.append(Actor(key, entry["name"], tuple(variants), tuple(fold(r) for r in entry["roles"])))
    return ActorTable(tuple(actors), frozenset(titles), frozenset(label_stop))


def _name_pattern(table: ActorTable) -> re.Pattern[str]:
    variants = sorted({v for a in table.actors for v in a.variants}, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, v.split())) for v in variants)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def premodifier(prefix: str, table: ActorTable, stopwords: frozenset[str]) -> tuple[str, str, int]:
    """The descriptor right before a name: ``(label, kind, start offset in prefix)``, or ``("", "", len)``.

    Examples:
        >>> t, s = load_actors(), load_stopwords()
        >>> premodifier("a rally called for by firebrand cleric ", t, s)[:2]
        ('firebrand cleric', 'premodifier')
        >>> premodifier("the killing of Iranian Lt. Gen. ", t, s)[:2]
        ('Iranian Lt. Gen.', 'premodifier')
        >>> premodifier("Iraq’s top Shia authority, Ayatollah ", t, s)[:2]
        ('Ayatollah', 'title')
    """
    words = list(_WORDS.finditer(prefix))
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
        if lw in stopwords and not w.isupper() or lw in table.label_stop or lw in DETERMINERS or _VERBISH.match(w):
            break
        if prefix[m.end():].strip() and prefix[m.end()] not in " \u00a0":
            break                                           # "Sadr's" handled as a possessive, not a label word
        taken.append(m)
        if lw.endswith(("'s", "’s")) or len(taken) >= 7:
            break
    while taken and fold(taken[-1].group()) == "and":
        taken.pop()
    if not taken:
        return "", "", len(prefix)
    start = taken[-1].start()
    label = prefix[start:taken[0].end()]
    kind = "title" if all(m.group() in table.titles for m in taken) else "premodifier"
    return label, kind, start


_APPOSITIVE_AFTER = re.compile(
    r"\s*,\s+(?P<np>(?:(?:a|an|the|one of the|one of)\s+|(?:[A-Z][\w.-]*\s+)*[A-Z][\w-]*['’]s\s+)"
    r"[^,;:.()“”\"–—]+?)(?=\s+(?:who|whose|which|that|where)\b|\s*[,;:.)–—]|\s*$)")


def appositive_after(rest: str) -> tuple[str, int, int]:
    """A noun phrase set off by a comma right after a name: ``(label, start, end)`` in ``rest``.

    Examples:
        >>> appositive_after(", an influential Shia cleric whose party won")[0]
        'an influential Shia cleric'
        >>> appositive_after(", who has aligned himself with Iran.")[0]
        ''
    """
    m = _APPOSITIVE_AFTER.match(rest)
    return (m.group("np").strip(), m.start("np"), m.end("np")) if m else ("", 0, 0)


def actor_labels(corpus, actors: Extra = None, *, sections: Sequence[str] = ANALYSED) -> pd.DataFrame:
    """Every mention of an actor, with the descriptor the outlet attaches to it.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        actors: Extra actors or variants (TOML path or mapping), added to ``actors.toml``.
        sections: Which sections to read (headlines and bodies by default).

    Returns:
        One row per mention: ``doc_id, outlet, actor, mention, label, label_kind, start, end, sentence_id,
        in_headline, first_mention, section, sentence``. ``actor`` is the canonical name; ``mention`` the words
        as written (a name, or for ``label_kind == "role"`` the phrase standing for it); ``label`` the
        descriptor ("" where there is none) and ``label_kind`` one of premodifier, title, appositive, role
        (two kinds joined by "+" where both occur); ``start``/``end`` the mention's offsets in ``docs.text``.

    Examples:
        >>> from mediakit import load_corpus
        >>> t = actor_labels(load_corpus("data/baghdad-2020-01-24", quiet=True))
        >>> t[(t["outlet"] == "Kurdistan 24") & (t["label"] != "")].iloc[0][["actor", "label"]].tolist()
        ['Muqtada al-Sadr', 'firebrand cleric']
    """
    table = load_actors(actors)
    stopwords = load_stopwords()
    pattern = _name_pattern(table)
    owner = {fold(" ".join(v.split())): a for a in table.actors for v in a.variants}
    s = corpus.sentences[corpus.sentences["section"].isin(sections)]
    outlet = corpus.docs.set_index("doc_id")["outlet"]
    rows, covered = [], {}
    for doc_id, section, sentence_id, offset, text in zip(s["doc_id"], s["section"], s["sentence_id"], s["start"],
                                                          s["text"], strict=True):
        for m in pattern.finditer(text):
            actor = owner[fold(" ".join(m.group().split()))]
            label, kind, spans = _describe(text, m, table, stopwords)
            covered.setdefault(doc_id, []).extend((offset + a, offset + b) for a, b in spans)
            rows.append(_row(doc_id, outlet[doc_id], actor.name, m.group(), label, kind, offset + m.start(),
                             offset + m.end(), sentence_id, section, text))
    rows += _role_mentions(s, outlet, table, stopwords, rows, covered)
    return _finish(rows)


def _describe(text: str, m: re.Match, table: ActorTable, stopwords) -> tuple[str, str, list[tuple[int, int]]]:
    labels, kinds, spans = [], [], [(m.start(), m.end())]
    label, kind, start = premodifier(text[:m.start()], table, stopwords)
    before = text[:start if label else m.start()]
    if re.search(r",\s*$", before) and re.match(r"\s*,", text[m.end():]):      # "X's commander, NAME, ..."
        pre, _, pre_start = premodifier(re.sub(r",\s*$", " ", before), table, stopwords)
        if pre:
            labels.append(pre)
            kinds.append("appositive")
            spans.append((pre_start, m.start()))
    if label:
        labels.append(label)
        kinds.append(kind)
        spans.append((start, m.start()))
    after, a, b = appositive_after(text[m.end():])
    if after:
        labels.append(after)
        kinds.append("appositive")
        spans.append((m.end() + a, m.end() + b))
    return "; ".join(labels), "+".join(dict.fromkeys(kinds)), spans


def _role_mentions(s, outlet, table: ActorTable, stopwords, named_rows, covered) -> list[dict]:
    named = {}
    for r in named_rows:
        named.setdefault(r["doc_id"], set()).add(r["actor"])
    by_role: dict[str, list[Actor]] = {}
    for a in table.actors:
        for role in a.roles:
            by_role.setdefault(role, []).append(a)
    if not by_role:
        return []
    roles = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, by_role)) + r")(?![\w-])", re.IGNORECASE)
    rows = []
    for doc_id, section, sentence_id, offset, text in zip(s["doc_id"], s["section"], s["sentence_id"], s["start"],
                                                          s["text"], strict=True):
        for m in roles.finditer(text):
            candidates = [a for a in by_role[fold(m.group())] if a.name in named.get(doc_id, set())]
            start, end = offset + m.start(), offset + m.end()
            if len(candidates) != 1 or any(a <= start and end <= b for a, b in covered.get(doc_id, [])):
                continue
            label, _, label_start = premodifier(text[:m.start()], table, stopwords)
            det = re.search(r"(?i)\b(a|an|the)\s+$", text[:label_start if label else m.start()])
            if det is None:
                continue                                     # "Iraqi cleric said": not a noun phrase we trust
            phrase = text[det.start():m.end()]
            rows.append(_row(doc_id, outlet[doc_id], candidates[0].name, phrase, phrase, "role",
                             offset + det.start(), end, sentence_id, section, text))
    return rows


def _row(doc_id, outlet, actor, mention, label, kind, start, end, sentence_id, section, sentence) -> dict:
    return {"doc_id": doc_id, "outlet": outlet, "actor": actor, "mention": mention, "label": label,
            "label_kind": kind, "start": start, "end": end, "sentence_id": sentence_id,
            "in_headline": section == "headline", "section": section, "sentence": sentence}


def _finish(rows: list[dict]) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=[c for c in COLUMNS if c != "first_mention"])
    out = out.sort_values(["doc_id", "start"]).reset_index(drop=True)
    out["first_mention"] = ~out.duplicated(["doc_id", "actor"])
    out = out.astype({"start": "int64", "end": "int64", "sentence_id": "int64", "in_headline": bool})
    return out[COLUMNS]
