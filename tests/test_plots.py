"""Plots draw what the tables say, and stay readable for corpora with many outlets."""

import pandas as pd

import mediakit as mk


def test_crowd_plot_draws_one_bar_per_distinct_figure(corpus):
    estimates = mk.crowd_estimates(corpus)
    ax = mk.plot_crowd_estimates(estimates)
    labels = sorted(t.get_text() for t in ax.texts if t.get_text() and "called for" not in t.get_text())
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
