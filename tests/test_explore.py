"""The explorer: what it shows for a term, an actor, a family and a kind of figure, and its widget's answers."""

import pytest

import mediakit as mk


@pytest.mark.parametrize(("what", "value", "outlets"), [
    ("term", "occupier", {"Iran News Daily", "SouthFront", "The Independent"}),
    ("actor", "Qais al-Khazali", {"Kurdistan 24", "Iran News Daily"}),
    ("family", "killing", {"Radio Farda (RFE/RL)", "Kurdistan 24", "The Independent", "Iran News Daily",
                           "SouthFront"}),
    ("figure", "troops", {"Kurdistan 24", "The Independent", "Iran News Daily"}),
])
def test_counts_per_outlet_and_sentences_with_the_match_marked(corpus, what, value, outlets):
    counts, rows, total = mk.explore_rows(corpus, what, value, page_size=500)
    assert set(counts["outlet"]) == outlets and counts["hits"].sum() == total == len(rows)
    text = corpus.docs.set_index("doc_id")["text"]
    for r in rows.itertuples():
        assert text[r.doc_id][r.start:r.end] == r.match
        assert f"<mark>{r.match}</mark>".replace("’", "’") in r.marked.replace("&quot;", '"').replace("&#x27;", "'")
        assert r.match in r.sentence and len(r.sentence) > len(r.match)          # the whole sentence, not cut


def test_pages_and_the_outlet_filter(corpus):
    counts, first, total = mk.explore_rows(corpus, "term", "Sadr", page_size=5)
    _, second, _ = mk.explore_rows(corpus, "term", "Sadr", page_size=5, page=1)
    assert len(first) == 5 and total > 5
    assert not set(zip(first["doc_id"], first["start"], strict=True)) & set(zip(second["doc_id"], second["start"],
                                                                                strict=True))
    _, only, n = mk.explore_rows(corpus, "term", "Sadr", outlet="The Independent", page_size=100)
    assert set(only["outlet"]) == {"The Independent"} and n == counts.set_index("outlet").loc["The Independent",
                                                                                              "hits"]


def test_the_widget_answers_a_typed_term_and_an_outlet(corpus):
    box = mk.explore(corpus, page_size=2)
    parts = box.explore_parts
    parts["term"].value = "occupier"
    assert "<mark>occupier</mark>" in parts["rows"].value and "3 sentence(s)" in parts["status"].value
    parts["next"].click()
    assert "page 2 of 2" in parts["status"].value
    parts["outlet"].value = "SouthFront"
    assert "1 sentence(s) in SouthFront" in parts["status"].value and "SouthFront" in parts["rows"].value
    parts["outlet"].value = "(all outlets)"
    parts["actor"].value = "Qais al-Khazali"
    assert "Khazali" in parts["rows"].value


def test_the_explore_notebook_runs(tmp_path):
    import json
    from pathlib import Path

    import papermill

    notebook = Path(__file__).resolve().parents[1] / "notebooks" / "00-explore.ipynb"
    out = tmp_path / "explore.ipynb"
    papermill.execute_notebook(str(notebook), str(out), cwd=str(notebook.parent), kernel_name="python3",
                               progress_bar=False)
    outputs = [o for c in json.loads(out.read_text(encoding="utf-8"))["cells"] for o in c.get("outputs", [])]
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs)
    assert not [o for o in outputs if o.get("output_type") == "error" or o.get("name") == "stderr"]
