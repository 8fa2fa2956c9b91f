"""The explorer: type a term or pick an actor, a word-choice family or a kind of figure, and read, per outlet, the
counts and every sentence in full with the match marked and its offsets; pick an outlet to filter. Pages of
sentences, never one giant table, so it serves five articles or five thousand.

:func:`explore_rows` does the work and returns DataFrames (tested without a browser); :func:`explore` puts
ipywidgets around it for JupyterLab.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Literal

import pandas as pd

ROW_COLUMNS = ["doc_id", "outlet", "section", "sentence_id", "start", "end", "match", "sentence", "marked"]
What = Literal["term", "actor", "family", "figure"]


@dataclass
class _Cache:
    """The tables the explorer reads, computed once, when first asked for."""

    corpus: object
    tables: dict = field(default_factory=dict)

    def get(self, name: str) -> pd.DataFrame:
        if name not in self.tables:
            import mediakit as mk

            make = {"mentions": mk.actor_mentions, "occurrences": lambda c: mk.word_choice(c, voice="all"),
                    "figures": mk.figures}[name]
            self.tables[name] = make(self.corpus)
        return self.tables[name]


def explore_rows(corpus, what: What, value: str, *, outlet: str | None = None, page: int = 0, page_size: int = 20,
                 cache: _Cache | None = None) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """What the explorer shows for one question: counts per outlet, and one page of sentences.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        what: ``"term"`` (a word or phrase, matched on norms as :func:`mediakit.kwic` does), ``"actor"`` (an actor
            of :func:`mediakit.actors`), ``"family"`` (a word-choice family) or ``"figure"`` (what a figure counts:
            "dead", "crowd").
        value: The term, actor, family or kind of figure.
        outlet: Only this outlet's sentences (the counts stay for every outlet).
        page: Which page of sentences (from 0).
        page_size: Sentences per page.

    Returns:
        ``(counts, rows, total)``: ``outlet, hits, documents`` per outlet (most first); one page of rows
        ``doc_id, outlet, section, sentence_id, start, end, match, sentence, marked`` (``marked`` is the sentence
        as HTML with the match in ``<mark>``; ``start``/``end`` are the match's offsets in ``docs.text``); and
        how many rows there are in all.

    Examples:
        >>> from mediakit import load_corpus
        >>> c = load_corpus("data/baghdad-2020-01-24", quiet=True)
        >>> counts, rows, total = explore_rows(c, "term", "occupier")
        >>> total, counts["outlet"].tolist()
        (3, ['Iran News Daily', 'SouthFront', 'The Independent'])
        >>> rows["marked"].iloc[0][-76:]
        'chanting “Get out, get out <mark>occupier</mark>!” and “Yes to sovereignty!”'
    """
    if what not in ("term", "actor", "family", "figure"):
        raise ValueError(f"what must be term, actor, family or figure, not {what!r}")
    cache = cache or _Cache(corpus)
    hits = _hits(corpus, what, value, cache)
    counts = hits.groupby("outlet").agg(hits=("match", "size"), documents=("doc_id", "nunique")).reset_index()
    counts = counts.sort_values(["hits", "outlet"], ascending=[False, True]).reset_index(drop=True)
    if outlet:
        hits = hits[hits["outlet"] == outlet]
    page_rows = hits.iloc[page * page_size:(page + 1) * page_size].copy()
    page_rows["marked"] = [_mark(s, a - o, b - o) for s, a, b, o in zip(
        page_rows["sentence"], page_rows["start"], page_rows["end"], page_rows["offset"], strict=True)]
    return counts, page_rows[ROW_COLUMNS].reset_index(drop=True), len(hits)


def _hits(corpus, what: str, value: str, cache: _Cache) -> pd.DataFrame:
    import mediakit as mk

    if not value or not str(value).strip():
        return pd.DataFrame(columns=[*ROW_COLUMNS[:-1], "offset"])
    if what == "term":
        t = mk.kwic(corpus, value, window=0)
    elif what == "actor":
        m = cache.get("mentions")
        t = m[m["actor"] == value].rename(columns={"mention": "match"})
    elif what == "family":
        w = cache.get("occurrences")
        t = w[w["family"] == value]
    else:
        f = cache.get("figures")
        t = f[f["counts"] == value].rename(columns={"phrase": "match"})
    sentences = corpus.sentences.set_index(["doc_id", "sentence_id"])[["start", "text", "section"]]
    found = sentences.reindex(pd.MultiIndex.from_arrays([t["doc_id"].astype(str), t["sentence_id"]]))
    out = pd.DataFrame({"doc_id": t["doc_id"].astype(str).to_numpy(), "outlet": t["outlet"].to_numpy(),
                        "section": found["section"].astype(str).to_numpy(),
                        "sentence_id": t["sentence_id"].to_numpy(), "start": t["start"].to_numpy(),
                        "end": t["end"].to_numpy(), "match": t["match"].to_numpy(),
                        "sentence": found["text"].astype(str).to_numpy(), "offset": found["start"].to_numpy()})
    return out.sort_values(["outlet", "doc_id", "start"]).reset_index(drop=True)


def _mark(sentence: str, a: int, b: int) -> str:
    if not 0 <= a <= b <= len(sentence):
        return html.escape(sentence)
    return (html.escape(sentence[:a]) + "<mark>" + html.escape(sentence[a:b]) + "</mark>"
            + html.escape(sentence[b:]))


def explore(corpus, *, page_size: int = 20):
    """An explorer for JupyterLab: a term box and pickers for actor, word-choice family and kind of figure, an
    outlet filter, counts per outlet, and pages of sentences with the match marked.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        page_size: Sentences per page.

    Returns:
        An ``ipywidgets.VBox``; display it (it is the last line of a cell, or ``display(mk.explore(c))``).
    """
    import ipywidgets as w

    import mediakit as mk

    cache = _Cache(corpus)
    outlets = ["(all outlets)", *corpus.docs["outlet"].value_counts().index.tolist()]
    term = w.Text(placeholder="a word or phrase, e.g. protesters", description="Term")
    actor = w.Dropdown(options=[""], description="Actor")
    family = w.Dropdown(options=["", *mk.word_choice_rates(mk.word_choice(corpus), corpus)["family"].unique()],
                        description="Family")
    figure = w.Dropdown(options=["", "crowd", "dead", "injured", "arrested", "troops", "weapons", "money",
                                 "percent", "duration", "places"], description="Figures")
    outlet = w.Dropdown(options=outlets, description="Outlet")
    previous, following = w.Button(description="◀ previous"), w.Button(description="next ▶")
    status, counts_out, rows_out = w.HTML(), w.HTML(), w.HTML()
    state = {"what": "term", "value": "", "page": 0}

    def load_actors(_=None):
        if len(actor.options) <= 1:
            actor.options = ["", *mk.actors(corpus, mentions=cache.get("mentions"))["actor"].head(300)]

    def refresh(_=None):
        chosen = None if outlet.value == outlets[0] else outlet.value
        counts, rows, total = explore_rows(corpus, state["what"], state["value"], outlet=chosen,
                                           page=state["page"], page_size=page_size, cache=cache)
        pages = max(1, -(-total // page_size))
        status.value = (f"<b>{html.escape(state['value'] or 'nothing chosen')}</b> ({state['what']}): {total:,} "
                        f"sentence(s){' in ' + html.escape(chosen) if chosen else ''}; page {state['page'] + 1} of "
                        f"{pages}")
        counts_out.value = counts.to_html(index=False, escape=True) if len(counts) else ""
        rows_out.value = "".join(
            f"<p><b>{html.escape(r.outlet)}</b> <small>{html.escape(r.doc_id)} [{r.start}:{r.end}]</small><br>"
            f"{r.marked}</p>" for r in rows.itertuples())
        previous.disabled, following.disabled = state["page"] == 0, state["page"] + 1 >= pages

    def choose(kind):
        def handler(change):
            if change["name"] != "value":
                return
            state.update(what=kind, value=change["new"], page=0)
            refresh()
        return handler

    def turn(step):
        def handler(_):
            state["page"] = max(0, state["page"] + step)
            refresh()
        return handler

    term.observe(choose("term"), names="value")
    actor.observe(choose("actor"), names="value")
    family.observe(choose("family"), names="value")
    figure.observe(choose("figure"), names="value")
    outlet.observe(lambda change: (state.update(page=0), refresh()), names="value")
    previous.on_click(turn(-1))
    following.on_click(turn(1))
    actor.observe(load_actors, names="_property_lock")
    load_actors()
    refresh()
    box = w.VBox([w.HBox([term, actor]), w.HBox([family, figure, outlet]), status, counts_out,
                  w.HBox([previous, following]), rows_out])
    box.explore_state = state                      # for tests: what is shown now
    box.explore_parts = {"term": term, "actor": actor, "family": family, "figure": figure, "outlet": outlet,
                         "previous": previous, "next": following, "status": status, "counts": counts_out,
                         "rows": rows_out}
    return box
