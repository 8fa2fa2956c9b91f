"""Plots draw what the tables say, and stay readable for corpora with many outlets."""

import pandas as pd
import pytest

import mediakit as mk


def test_crowd_plot_draws_one_bar_per_distinct_figure(corpus):
    estimates = mk.crowd_estimates(corpus)
    ax = mk.plot_crowd_estimates(estimates)
    labels = sorted(t.get_text().strip() for t in ax.texts if t.get_text())
    assert labels == ["Hundreds of thousands", "Tens of thousands", "Thousands", "Thousands ×2", "Thousands ×2",
                      "more than 2.5 million (Sayed Sadiq al-Hashemi)", "tens of thousands"]
    assert ax.get_xscale() == "log"
    assert ax.get_xlabel() == "crowd size (head-count, log scale); dashed: called for 1,000,000"


def test_many_outlets_are_capped_and_said_so():
    frame = pd.DataFrame({"outlet": [f"Outlet {i:02d}" for i in range(40)], "doc_id": [str(i) for i in range(40)],
                          "text": [f"Headline {i}\n" + "Thousands of people marched. " * (i + 1) for i in range(40)]})
    corpus = mk.load_corpus(frame, quiet=True)
    ax = mk.plot_sections(corpus, max_outlets=10)
    assert len(ax.get_yticklabels()) == 10 and ax.get_title(loc="right") == (
        "10 of 40 outlets shown (most documents); the other 30 are named below")
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


# ------------------------------------------------------------------ 300 outlets, as on a year of news
NAMES = ["Washington Examiner", "The Guardian (Opinion)", "Associated Press Fact Check", "Reason", "Vox",
         "New York Post (News)", "HuffPost", "Daily Caller", "National Review", "Fox Business"]
SENTENCES = ["Police said 20,000 protesters marched, while organisers claimed 50,000.",
             "Rioters clashed with police and the general was assassinated.",
             "Tens of thousands of demonstrators gathered as the commander was killed.",
             "Protesters called it a peaceful rally; the militia said the strike killed 12.",
             "Organisers had called for a million people to join.", "Others called for 800,000 people to join."]


@pytest.fixture(scope="module")
def many_outlets():
    rows = []
    for i in range(300):
        outlet = f"{NAMES[i % len(NAMES)]} {i:03d}"
        for j in range(1 + (i * 7) % 5):                   # 1 to 5 documents each
            rows.append({"doc_id": f"{i}-{j}", "outlet": outlet,
                         "text": f"Report {i} on the march\n" + " ".join(SENTENCES[(i + j + k) % 6] for k in range(3))
                         + f" Word{i} appears here often: word{i} word{i}."})
    return mk.load_corpus(pd.DataFrame(rows), quiet=True)


def _text_overlaps(figure):
    """Pairs of visible, non-empty texts in a figure whose drawn boxes overlap (ticks, titles, labels, notes)."""
    from matplotlib.text import Text

    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    texts = [t for t in figure.findobj(Text) if t.get_visible() and t.get_text().strip()
             and (t.axes is None or t.axes.get_visible())]
    boxes = [(t.get_text(), t.get_window_extent(renderer).padded(-0.5)) for t in texts]
    return [(a, b) for i, (a, ba) in enumerate(boxes) for b, bb in boxes[i + 1:] if ba.overlaps(bb)]


@pytest.mark.parametrize("plot", ["sections", "crowd", "word_choice", "keyness", "claims"])
def test_main_plots_with_300_outlets_keep_the_largest_name_the_rest_and_never_overlap(many_outlets, plot):
    c = many_outlets
    drawn = {
        "sections": lambda: mk.plot_sections(c),
        "crowd": lambda: mk.plot_crowd_estimates(mk.crowd_estimates(c), corpus=c),
        "word_choice": lambda: mk.plot_word_choice(mk.word_choice_rates(mk.word_choice(c), c), corpus=c),
        "keyness": lambda: mk.plot_keyness(mk.keyness(c), corpus=c),
        "claims": lambda: mk.plot_claims(pd.DataFrame({"fact A": range(300), "a longer fact B": 1},
                                                      index=sorted(c.docs["outlet"].unique())), corpus=c),
    }[plot]()
    figure = getattr(drawn, "figure", drawn)
    documents = c.docs["outlet"].value_counts()
    shown = {t.get_text() for ax in figure.axes for t in ax.get_yticklabels()} if plot != "keyness" else \
        {ax.get_title(loc="left").rsplit(" (", 1)[0] for ax in figure.axes if ax.get_visible()}
    shown &= set(documents.index)
    assert 0 < len(shown) <= 30
    assert documents[list(shown)].min() >= documents.drop(list(shown)).max()     # the outlets with most documents
    named = mk.omitted_note(figure).data
    assert all(o in named for o in documents.index.difference(list(shown)))      # every other outlet named
    listed = [n for _, n in figure.omitted_outlets]
    assert listed == sorted(listed, reverse=True)                                 # the largest first
    assert _text_overlaps(figure) == []
    import matplotlib.pyplot as plt

    plt.close(figure)
