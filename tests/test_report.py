"""Every notebook runs on the bundled corpus through the same command users run, and renders offline."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BUNDLED
from mediakit.report import find_notebooks

NOTEBOOKS = find_notebooks(Path(__file__).resolve().parents[1] / "notebooks")


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    run = subprocess.run([sys.executable, "-m", "mediakit.cli", "report", str(BUNDLED), "--out", str(out)],
                         capture_output=True, text=True, timeout=1800)
    assert run.returncode == 0, run.stdout + run.stderr
    return out


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_and_renders_offline(reports, notebook):
    page = (reports / notebook.with_suffix(".html").name).read_text(encoding="utf-8")
    assert 'class="jp-RenderedImage' in page or "data:image/png;base64" in page
    assert not re.search(r"<script[^>]+src=[\"']https?://", page)
    assert not re.search(r"import\(\s*[\"']https?://", page)
    assert "Traceback" not in page and "Error" not in re.sub(r"CorpusError|KeyError", "", page[-5000:])


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_writes_no_warnings_or_errors(reports, notebook):
    executed = json.loads((reports / "executed" / notebook.name).read_text(encoding="utf-8"))
    streams = [o for c in executed["cells"] for o in c.get("outputs", [])
               if o.get("name") == "stderr" or o.get("output_type") == "error"]
    assert streams == []


def test_index_links_every_report(reports):
    index = (reports / "index.html").read_text(encoding="utf-8")
    for notebook in NOTEBOOKS:
        assert f'href="{notebook.with_suffix(".html").name}"' in index
    assert "failed" not in index


def test_notebook_01_shows_what_was_set_aside(reports):
    executed = json.loads((reports / "executed" / "01-corpus.ipynb").read_text(encoding="utf-8"))
    outputs = json.dumps([c.get("outputs", []) for c in executed["cells"]])
    assert "reader comments, from a comments marker on" in outputs
    assert "5 documents from 5 outlets" in outputs


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_clean_with_one_parameters_cell(notebook):
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1 and "corpus: str =" in "".join(tagged[0]["source"])
    assert not any(re.search(r"^\s*(def|class) ", "".join(c["source"]), re.M) for c in code)


def test_report_on_a_missing_corpus_fails_clearly(tmp_path):
    run = subprocess.run([sys.executable, "-m", "mediakit.cli", "report", str(tmp_path / "nope")],
                         capture_output=True, text=True)
    assert run.returncode == 2 and "no such corpus" in run.stderr
