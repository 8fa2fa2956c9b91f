"""Plots: each takes a mediakit table (or a corpus) and returns the matplotlib Axes, for further styling."""

from __future__ import annotations

import matplotlib.pyplot as plt
import seaborn as sns

from .clean import SECTIONS, section_sizes

SECTION_COLORS = dict(zip(SECTIONS, ["#1f4e79", "#4a90c2", "#e0a030", "#b0b0b0", "#c0504d"], strict=True))


def plot_sections(corpus, *, ax=None):
    """Stacked bars: characters of each section per outlet, so the reader sees what cleaning set aside.

    Args:
        corpus: A :class:`mediakit.Corpus`.
        ax: The matplotlib Axes to draw on; a new figure if None.

    Returns:
        The Axes.
    """
    sizes = section_sizes(corpus)
    totals = sizes.groupby(["outlet", "section"], observed=True)["chars"].sum().unstack(fill_value=0)
    totals = totals[[s for s in SECTIONS if s in totals.columns]]
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.5 + 0.45 * len(totals)))
    totals.plot.barh(stacked=True, ax=ax, color=[SECTION_COLORS[s] for s in totals.columns], width=0.7)
    ax.set_xlabel("characters")
    ax.set_ylabel("")
    ax.invert_yaxis()
    ax.legend(title="section", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    sns.despine(ax=ax)
    return ax
