"""Plots: each takes a mediakit table (or a corpus) and returns the matplotlib Axes, for further styling."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from .clean import SECTIONS, section_sizes

MAX_OUTLETS = 30


def readable_number(x) -> str:
    """A number as people write it: "2,500,000", "1,000", "0.21", "13.4"; integers without ".0".

    Examples:
        >>> [readable_number(x) for x in [2.5e9, 1000.0, 0.2134, 13.415, -3.0, float("nan")]]
        ['2,500,000,000', '1,000', '0.213', '13.4', '-3', '']
    """
    if x != x:
        return ""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.3g}" if abs(x) < 100 else f"{x:,.1f}"


def set_display(*, max_rows: int = 60) -> None:
    """Readable tables and quiet notes in a notebook: evidence columns in full (wrapped, never cut), numbers as
    people write them, at most ``max_rows`` rows shown, and mediakit's warnings as a collapsed note instead of
    a red block. It changes pandas' display options and how warnings show, for the whole session.
    """
    import warnings

    import pandas as pd

    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.max_rows", max_rows)
    pd.set_option("display.min_rows", min(20, max_rows))
    pd.set_option("display.float_format", readable_number)
    pd.set_option("display.width", 200)
    default = warnings.showwarning

    def show(message, category, filename, lineno, file=None, line=None):
        from .corpus import CorpusWarning

        if not issubclass(category, CorpusWarning):
            return default(message, category, filename, lineno, file, line)
        try:
            from IPython.display import HTML, display
        except ImportError:                                   # pragma: no cover
            return default(message, category, filename, lineno, file, line)
        import html as _html

        display(HTML(f"<details><summary>mediakit: a note on the input</summary><p>{_html.escape(str(message))}"
                     "</p></details>"))

    warnings.showwarning = show


def finding(message: str):
    """A notebook's one-line finding, shown in the notebook and on the reports' index page.

    Examples:
        >>> finding("Five outlets, five crowd sizes.").data
        '**Finding.** Five outlets, five crowd sizes.'
    """
    return _markdown(f"**Finding.** {message}")


def _markdown(text: str):
    """Markdown for a notebook to show (the text itself where IPython is missing)."""
    try:
        from IPython.display import Markdown
    except ImportError:                   # pragma: no cover - IPython comes with ipykernel
        return text
    return Markdown(text)


def show(table, *, empty: str, plot=None, **options):
    """A table, or its plot, or, where it has nothing, a sentence saying what was looked for.

    Args:
        table: A mediakit table (a DataFrame; ``None`` counts as empty).
        empty: What to say where the table is empty (what was looked for, how to add a word list).
        plot: A plot function to draw the table with (``mk.plot_crowd_estimates``), instead of showing it.
        options: Passed to ``plot``.

    Returns:
        The table, or None after drawing it (so the notebook shows the figure once), or the note.

    Examples:
        >>> import pandas as pd
        >>> show(pd.DataFrame(), empty="No figures.").data
        '> **Nothing to show.** No figures.'
    """
    if table is None or len(table) == 0:
        return note(empty)
    if plot is None:
        return table
    drawn = plot(table, **options)
    rest = omitted_note(drawn) if drawn is not None else None
    if rest is not None:
        from IPython.display import display

        plt.show()                                           # the figure first, then the outlets it left out
        display(rest)
    return None


def note(message: str):
    """A sentence shown in a notebook in place of a table or plot that has nothing to show.

    Args:
        message: What was looked for, and how to add a word list (Markdown).

    Returns:
        An ``IPython.display.Markdown`` object (its text where IPython is missing).

    Examples:
        >>> note("No crowd figures were found.").data
        '> **Nothing to show.** No crowd figures were found.'
    """
    return _markdown(f"> **Nothing to show.** {message}")


def _limit(table, column: str, weight, max_outlets: int, corpus=None):
    """Keeps ``max_outlets`` outlets: those with the most documents in ``corpus`` (or, without a corpus, the
    largest ``weight``). Returns the rows, a title note, and the outlets left out, each with its documents (or
    weight), for :func:`omitted_note`."""
    weights = weight.groupby(table[column]).sum()
    if corpus is not None:                              # most documents first; ties: the larger weight
        documents = corpus.docs["outlet"].value_counts()
        totals = documents.reindex(weights.index, fill_value=0)
        totals = totals.reindex(sorted(totals.index, key=lambda o: (-totals[o], -weights[o], o)))
        by = "most documents"
    else:
        totals = weights.reindex(sorted(weights.index, key=lambda o: (-weights[o], o)))
        by = "largest totals"
    if len(totals) <= max_outlets:
        return table, "", []
    keep = set(totals.index[:max_outlets])
    rest = [(o, int(n)) for o, n in totals.iloc[max_outlets:].items()]
    return (table[table[column].isin(keep)],
            f"{max_outlets} of {len(totals)} outlets shown ({by}); the other {len(rest)} are named below", rest)


def omitted_note(figure, *, unit: str = "documents"):
    """The outlets a plot left out, as a note to show under it ("Not drawn: A (3 documents), B (1), ...").

    Args:
        figure: The matplotlib Figure (or Axes) a mediakit plot drew.
        unit: What the number after each outlet counts.

    Returns:
        Markdown naming every outlet left out, or None where the plot drew them all.
    """
    figure = getattr(figure, "figure", figure)
    rest = getattr(figure, "omitted_outlets", [])
    if not rest:
        return None
    unit = getattr(figure, "omitted_unit", unit)
    names = ", ".join(f"{o} ({n:,}{' ' + unit if i == 0 and unit else ''})" for i, (o, n) in enumerate(rest))
    fewer = f"fewer {unit}" if unit else "smaller totals in the table"
    return _markdown(f"<small>**Not drawn** ({len(rest)} outlets with {fewer}): {names}.</small>")


def _mark_omitted(ax, rest, corpus):
    ax.figure.omitted_outlets = rest
    ax.figure.omitted_unit = "documents" if corpus is not None else ""


SECTION_COLORS = dict(zip(SECTIONS, ["#1f4e79", "#4a90c2", "#e0a030", "#b0b0b0", "#c0504d"], strict=True))


def plot_sections(corpus, *, ax=None, max_outlets: int = MAX_OUTLETS):
    """Stacked bars: characters of each section per outlet, so the reader sees what cleaning set aside.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        ax: The matplotlib Axes to draw on; a new figure if None.
        max_outlets: Show at most this many outlets (those with the most documents); the title says so and
            :func:`omitted_note` names the others.

    Returns:
        The Axes.
    """
    sizes = section_sizes(corpus)
    sizes, note, rest = _limit(sizes, "outlet", sizes["chars"], max_outlets, corpus)
    totals = sizes.groupby(["outlet", "section"], observed=True)["chars"].sum().unstack(fill_value=0)
    totals = totals[[s for s in SECTIONS if s in totals.columns]]
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.5 + 0.45 * len(totals)))
    totals.plot.barh(stacked=True, ax=ax, color=[SECTION_COLORS[s] for s in totals.columns], width=0.7)
    ax.set_xlabel("characters")
    ax.set_ylabel("")
    ax.invert_yaxis()
    ax.legend(title="section", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    ax.set_title(note, loc="right", fontsize=8)
    _mark_omitted(ax, rest, corpus)
    sns.despine(ax=ax)
    return ax


def plot_crowd_estimates(estimates, *, ax=None, max_outlets: int = MAX_OUTLETS, corpus=None):
    """Each outlet's crowd figures as ranges on a log scale, the called-for target as a dashed line.

    A bar runs from ``low`` to ``high``; a figure with no upper bound ("more than ...") ends in an arrow; a
    single value is a dot. Each distinct figure is drawn once, on a row of its own (so no two labels share a
    line), labelled with its phrase, its source where given, and how many times the outlet gives it (×2:
    headline and body, say).

    Args:
        estimates: The table from :func:`mediakit.crowd_estimates`.
        ax: The matplotlib Axes to draw on; a new figure if None.
        max_outlets: Show at most this many outlets; the title says so and :func:`omitted_note` names the others.
        corpus: The corpus, to keep the outlets with the most documents (without it: those giving most figures).

    Returns:
        The Axes.
    """
    estimates, note_text, rest = _limit(estimates, "outlet", estimates["outlet"].map(lambda _: 1), max_outlets,
                                        corpus)
    reported = estimates[estimates["kind"] == "reported"].assign(
        figure=lambda t: t["phrase"].str.lower().str.split().str.join(" "))
    reported = (reported.groupby(["outlet", "figure", "source"], sort=False, dropna=False)
                .agg(phrase=("phrase", "first"), low=("low", "first"), high=("high", "first"),
                     mentions=("phrase", "size")).reset_index())
    called = estimates[estimates["kind"] == "called_for"]
    outlets = list(dict.fromkeys(estimates["outlet"]))
    per_outlet = reported.groupby("outlet", sort=False).size().reindex(outlets, fill_value=0).clip(lower=1)
    first_row = per_outlet.cumsum() - per_outlet              # each outlet a block of rows, one per figure
    rows = int(per_outlet.sum()) if len(outlets) else 1
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.8 + 0.32 * rows + 0.15 * len(outlets)))
    y = reported["outlet"].map(first_row) + reported.groupby("outlet", sort=False).cumcount()
    top = max([*reported["low"].dropna(), *reported["high"].dropna(), *called["low"].dropna(), 10]) * 8
    for yi, (_, r) in zip(y, reported.iterrows(), strict=True):
        low = r["low"] if r["low"] == r["low"] else r["high"] / 10
        high = r["high"] if r["high"] == r["high"] else low * 4            # no upper bound: an arrow onwards
        ax.plot([low, high], [yi, yi], lw=5, solid_capstyle="butt", color="#4a90c2", alpha=0.8)
        if r["high"] != r["high"]:
            ax.annotate("", xy=(high * 1.6, yi), xytext=(high, yi),
                        arrowprops={"arrowstyle": "->", "color": "#1f4e79"})
        if low == high:
            ax.plot([low], [yi], "o", color="#1f4e79")
        label = r["phrase"] + (f" ({r['source']})" if r["source"] else "") + (
            f" ×{r['mentions']}" if r["mentions"] > 1 else "")
        ax.text(high * (1.6 if r["high"] != r["high"] else 1), yi, "  " + label, fontsize=8, va="center",
                ha="left", color="#333333")
    targets = called["low"].dropna().unique()
    for value in targets:
        ax.axvline(value, ls="--", color="#c0504d", lw=1)
    called_note = (f"; dashed: called for {', '.join(readable_number(v) for v in sorted(targets)[:6])}"
                   f"{', ...' if len(targets) > 6 else ''}" if len(targets) else "")  # not one label per line
    ax.set_xscale("log")
    centres = first_row + (per_outlet - 1) / 2
    ax.set_yticks(centres.to_numpy(), outlets)
    for boundary in first_row.to_numpy()[1:]:
        ax.axhline(boundary - 0.5, color="#eeeeee", lw=0.8)
    ax.set_ylim(rows - 0.5, -1.0)
    ax.set_xlim(right=top * 60)                              # room for the labels right of the bars
    ax.set_xlabel("crowd size (head-count, log scale)" + called_note)
    ax.set_title(note_text, loc="right", fontsize=8)
    _mark_omitted(ax, rest, corpus)
    sns.despine(ax=ax, left=True)
    return ax


def plot_word_choice(rates, *, ax=None, max_outlets: int = MAX_OUTLETS, corpus=None):
    """Heatmap: each outlet's share of each variant within its family, with the counts written in.

    Args:
        rates: The table from :func:`mediakit.word_choice_rates`.
        ax: The matplotlib Axes to draw on; a new figure if None.
        max_outlets: Show at most this many outlets; the title says so and :func:`omitted_note` names the others.
        corpus: The corpus, to keep the outlets with the most documents (without it: those using the most
            lexicon words).

    Returns:
        The Axes.
    """
    rates, note, rest = _limit(rates, "outlet", rates["count"], max_outlets, corpus)
    table = rates.assign(column=rates["family"] + ": " + rates["variant"])
    order = list(dict.fromkeys(table["column"]))
    share = table.pivot(index="outlet", columns="column", values="share")[order]
    count = table.pivot(index="outlet", columns="column", values="count")[order]
    if ax is None:
        _, ax = plt.subplots(figsize=(1.0 + 0.75 * len(order), 1.2 + 0.5 * len(share)))
    sns.heatmap(share, annot=count, fmt=".0f", cmap="Blues", vmin=0, vmax=1, linewidths=0.5, ax=ax,
                cbar_kws={"label": "share of the family's words"})
    ax.set_xlabel("family: variant (numbers: occurrences)")
    ax.set_title(note, loc="right", fontsize=8)
    _mark_omitted(ax, rest, corpus)
    ax.set_ylabel("")
    ax.tick_params(axis="x", rotation=90)                   # upright labels: no two boxes share a column
    return ax


KEYNESS_COLORS = {"significant (adjusted p < 0.05)": "#1f4e79",
                  "significant, expected count < 5": "#9cc3e6", "not significant": "#cccccc"}


def plot_keyness(table, *, top: int = 8, groups=None, ncols: int = 3, corpus=None, max_groups: int = 12):
    """One panel per group: its top terms (the table's ``rank``), bars showing the effect size ``log_ratio``.

    Dark bars are significant after the correction for multiple tests (``significant``: Benjamini-Hochberg by
    default) with enough data; light bars significant but with an expected count under 5 (too little data to
    trust the p-value); grey bars not significant. A panel's title says how many of its terms are significant.

    Args:
        table: The table from :func:`mediakit.keyness`.
        top: How many terms per group.
        groups: Which groups to show (default: ``max_groups`` of them, those with the most documents in
            ``corpus`` where it is given, else the first of the table); :func:`omitted_note` names the others.
        ncols: Panels per row.
        corpus: The corpus whose outlets the groups are, to choose the groups with the most documents.
        max_groups: How many groups at most, where ``groups`` is not given.

    Returns:
        The matplotlib Figure.
    """
    present = list(dict.fromkeys(table["group"]))
    if groups is None:
        documents = corpus.docs["outlet"].value_counts() if corpus is not None else pd.Series(dtype=int)
        groups = sorted(present, key=lambda g: (-documents.get(g, 0), present.index(g)))[:max_groups]
    groups = [g for g in groups if g in set(present)]
    ncols = max(1, min(ncols, len(groups)))
    nrows = max(1, -(-len(groups) // ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(4.2 * ncols, 0.35 * top * nrows + 0.8 * nrows), squeeze=False)
    names = list(KEYNESS_COLORS)
    for ax, group in zip(axes.flat, groups, strict=False):
        rows = table[table["group"] == group]
        t = rows.head(top).iloc[::-1]
        status = t["significant"].map({True: names[0], False: names[2]})
        status = status.where(~(t["significant"] & t["low_expected"]), names[1])
        ax.barh(t["term"], t["log_ratio"], color=status.map(KEYNESS_COLORS))
        ax.set_title(f"{group} ({int(rows['significant'].sum())} of {len(rows)} significant)", fontsize=10,
                     loc="left")
        ax.set_xlabel("log ratio (1 = twice as often)")
        sns.despine(ax=ax)
    for ax in list(axes.flat)[len(groups):]:
        ax.set_visible(False)
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in KEYNESS_COLORS.values()]
    fig.legend(handles, KEYNESS_COLORS, loc="lower center", ncol=3, frameon=False, bbox_to_anchor=(0.5, -0.02))
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    documents = corpus.docs["outlet"].value_counts() if corpus is not None else None
    rest = [(g, int(documents.get(g, 0)) if documents is not None else int((table["group"] == g).sum()))
            for g in present if g not in set(groups)]
    fig.omitted_outlets = sorted(rest, key=lambda r: (-r[1], r[0]))          # the largest first, as elsewhere
    fig.omitted_unit = "documents" if corpus is not None else "terms"
    return fig


def plot_claims(matrix, *, ax=None, max_outlets: int = MAX_OUTLETS, corpus=None):
    """Heatmap of outlets x facts: which outlet reports which named fact (numbers: sentences).

    Args:
        matrix: The table from :func:`mediakit.claims_matrix`.
        ax: The matplotlib Axes to draw on; a new figure if None.
        max_outlets: Show at most this many outlets; the title says so and :func:`omitted_note` names the others.
        corpus: The corpus, to keep the outlets with the most documents (without it: those reporting most facts).

    Returns:
        The Axes.
    """
    long = matrix.rename_axis("outlet").reset_index()
    long, note, rest = _limit(long, "outlet", matrix.sum(axis=1).reset_index(drop=True), max_outlets, corpus)
    matrix = matrix.loc[long["outlet"].tolist()]
    if ax is None:
        _, ax = plt.subplots(figsize=(1.5 + 1.0 * matrix.shape[1], 1.0 + 0.5 * matrix.shape[0]))
    sns.heatmap(matrix.gt(0).astype(int), annot=matrix, fmt="d", cmap=["#f4f4f4", "#4a90c2"], cbar=False,
                linewidths=0.5, ax=ax)
    ax.set_xlabel("fact (numbers: sentences reporting it)")
    ax.set_title(note, loc="right", fontsize=8)
    _mark_omitted(ax, rest, corpus)
    ax.set_ylabel("")
    ax.tick_params(axis="x", rotation=90)
    return ax
