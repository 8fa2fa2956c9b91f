"""Plots draw what the tables say, and stay readable for corpora with many outlets."""

import pandas as pd

import mediakit as mk


def test_crowd_plot_draws_one_bar_per_distinct_figure(corpus):
    estimates = mk.crowd_estimates(corpus)
    ax = mk.plot_crowd_estimates(estimates)
    labels = sorted(t.get_text().strip() for t in ax.texts if t.get_text() and "called for" not in t.get_text())
    assert labels == ["Hundreds of thousands", "Tens of thousands", "Thousands", "Thousands ×2", "Thousands ×2",
                      "more than 2.5 million (Sayed Sadiq al-Hashemi)", "tens of thousands"]
    assert ax.get_xscale() == "log"


def test_many_outlets_are_capped_and_said_so():
    frame = pd.DataFrame({"outlet": [f"Outlet {i:02d}" for i in range(40)], "doc_id": [str(i) for i in range(40)],
                          "text": [f"Headline {i}\n" + "Thousands of people marched. " * (i + 1) for i in range(40)]})
    corpus = mk.load_corpus(frame, quiet=True)
    ax = mk.plot_sections(corpus, max_outlets=10)
    assert len(ax.get_yticklabels()) == 10 and ax.get_title(loc="right") == "10 of 40 outlets shown"
    assert "Outlet 39" in [t.get_text() for t in ax.get_yticklabels()]       # the longest pages are kept
    ax = mk.plot_crowd_estimates(mk.crowd_estimates(corpus), max_outlets=5)
    assert len(ax.get_yticklabels()) == 5


def _overlapping(texts, renderer):
    boxes = [t.get_window_extent(renderer) for t in texts if t.get_text().strip()]
    return [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.overlaps(b)]


def test_crowd_labels_never_overlap_even_with_many_figures_per_outlet():
    sentences = ["Thousands marched.", "Tens of thousands marched.", "Police said 20,000 marched.",
                 "Organisers said 50,000 marched.", "About 12,000 people rallied.", "Some 30,000 people gathered.",
                 "Nearly 2 million people took part.", "Hundreds of thousands protested."]
    frame = pd.DataFrame({"doc_id": [f"d{i}" for i in range(16)], "outlet": ["A"] * 8 + ["B"] * 8,
                          "text": sentences * 2})
    ax = mk.plot_crowd_estimates(mk.crowd_estimates(mk.load_corpus(frame, quiet=True)))
    figure = ax.get_figure()
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    assert _overlapping(ax.texts, renderer) == []
    assert _overlapping(ax.get_yticklabels(), renderer) == []
