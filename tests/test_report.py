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
ALL_NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("[0-9][0-9]-*.ipynb"))


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    run = subprocess.run([sys.executable, "-m", "mediakit.cli", "report", str(BUNDLED), "--out", str(out), "--jobs",
                          "2"], capture_output=True, text=True, timeout=1800, cwd=BUNDLED.parents[1])
    assert run.returncode == 0, run.stdout + run.stderr
    (out / "run.log").write_text(run.stdout + "\n--- stderr ---\n" + run.stderr, encoding="utf-8")
    return out


def test_a_report_run_prints_only_its_own_progress(reports):
    stdout, stderr = (reports / "run.log").read_text(encoding="utf-8").split("\n--- stderr ---\n")
    assert all(line.startswith("mediakit report: ") for line in stdout.splitlines() if line.strip())
    assert stderr.strip() == ""                         # no kernel warnings: they are in executed/*.kernel.log
    assert (reports / "executed" / "01-corpus.kernel.log").exists()   # what the kernel said is kept


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


def test_reports_name_the_corpus_as_the_user_did(reports):
    root = str(BUNDLED.parents[1])
    for notebook in NOTEBOOKS:
        page = (reports / notebook.with_suffix(".html").name).read_text(encoding="utf-8")
        assert root not in page                                     # no home directory in a shared report
        assert "data/baghdad-2020-01-24" in page
        assert "../data/baghdad-2020-01-24" not in page              # the notebook's default cell is left out


def test_hide_code_leaves_prose_and_results():
    from mediakit.report import to_html

    executed = next(iter(sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("01-*.ipynb"))))
    shown, hidden = to_html(executed), to_html(executed, hide_code=True)
    assert "set_display" in shown and "set_display" not in hidden
    assert "What is in the corpus" in hidden


def test_index_links_every_report(reports):
    index = (reports / "index.html").read_text(encoding="utf-8")
    for notebook in NOTEBOOKS:
        assert f'href="{notebook.with_suffix(".html").name}"' in index
    assert "failed" not in index
    # each report's one-line finding, and thumbnails of the main figures
    assert "9 crowd figures from 5 outlets, from “Thousands” (Radio Farda (RFE/RL)) to “more than 2.5 million” " \
           "(Iran News Daily)." in index
    assert "Muqtada al-Sadr" in index and index.count("data:image/png;base64,") >= 4


def test_notebook_01_shows_what_was_set_aside(reports):
    executed = json.loads((reports / "executed" / "01-corpus.ipynb").read_text(encoding="utf-8"))
    outputs = json.dumps([c.get("outputs", []) for c in executed["cells"]])
    assert "reader comments, from a comments marker on" in outputs
    assert "5 documents from 5 outlets" in outputs


@pytest.mark.parametrize("notebook", ALL_NOTEBOOKS, ids=lambda p: p.name)
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


# ------------------------------------------------------------------------------- reports on other corpora

PRACTICE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "practice"
PRACTICE_CORPORA = sorted(p for p in PRACTICE.glob("*") if (p / "metadata.csv").is_file()) if PRACTICE.is_dir() \
    else []
HANDMADE = {
    "one-document": [("a", "Daily", "Storm hits coast\n\nA storm hit the coast on Monday. Roads were closed.")],
    "one-outlet": [("a", "Daily", "Council votes\n\nThe council voted on Monday. Mayor Anna Berg said nothing."),
                   ("b", "Daily", "Council vote ends\n\nThe vote ended. Berg left early.")],
    "no-quotes-no-figures": [
        ("a", "Daily", "Bridge reopens\n\nThe old bridge reopened on Tuesday after repairs by the city."),
        ("b", "Herald", "Bridge open again\n\nThe city reopened the old bridge on Tuesday after long repairs.")],
}


def _handmade(folder: Path, rows) -> Path:
    folder.mkdir(parents=True)
    (folder / "metadata.csv").write_text("doc_id,outlet,file\n" + "".join(f"{d},{o},{d}.txt\n" for d, o, _ in rows),
                                         encoding="utf-8")
    for d, _, text in rows:
        (folder / f"{d}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def other_reports(tmp_path_factory):
    """`mediakit report` on every practice corpus and on corpora written here, two at a time (two cores)."""
    root = tmp_path_factory.mktemp("other")
    corpora = {p.name: p for p in PRACTICE_CORPORA}
    corpora.update({name: _handmade(root / "in" / name, rows) for name, rows in HANDMADE.items()})
    runs, pending = {}, list(corpora.items())
    while pending or any(p.poll() is None for p in runs.values()):
        if pending and sum(p.poll() is None for p in runs.values()) < 2:
            name, path = pending.pop(0)
            runs[name] = subprocess.Popen([sys.executable, "-m", "mediakit.cli", "report", str(path), "--out",
                                           str(root / name)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                          text=True)
        else:
            next(p for p in runs.values() if p.poll() is None).wait(timeout=900)
    return {name: (root / name, p.returncode, p.stdout.read()) for name, p in runs.items()}


OTHER_NAMES = [p.name for p in PRACTICE_CORPORA] + list(HANDMADE)


@pytest.mark.parametrize("name", OTHER_NAMES)
def test_every_notebook_runs_clean_on_other_corpora(other_reports, name):
    out, code, log = other_reports[name]
    assert code == 0, log
    for notebook in NOTEBOOKS:
        executed = json.loads((out / "executed" / notebook.name).read_text(encoding="utf-8"))
        errors = [o for c in executed["cells"] for o in c.get("outputs", [])
                  if o.get("name") == "stderr" or o.get("output_type") == "error"]
        assert errors == [], (notebook.name, errors[:1])


@pytest.mark.parametrize(("name", "notebook", "says"), [
    ("one-outlet", "04-outlet-vocabulary.ipynb", "this corpus has one outlet"),
    ("no-quotes-no-figures", "02-crowd-estimates.ipynb", "No figure for the size of a crowd was found"),
    ("no-quotes-no-figures", "06-coverage.ipynb", "No quotation or attributed statement was found"),
    ("no-quotes-no-figures", "06-coverage.ipynb", "No fact to check"),
    ("one-document", "03-word-choice.ipynb", "No two outlets report the same thing"),
])
def test_a_section_with_nothing_to_show_says_so(other_reports, name, notebook, says):
    executed = json.loads((other_reports[name][0] / "executed" / notebook).read_text(encoding="utf-8"))
    assert says in json.dumps([c.get("outputs", []) for c in executed["cells"]])


def test_practice_reports_show_discovered_actors_families_and_substitutions(other_reports):
    if "george-floyd-protests-2020" not in other_reports:
        pytest.skip(f"the practice corpora are not at {PRACTICE} (they live in ../shared, beside the checkout)")
    out = other_reports["george-floyd-protests-2020"][0] / "executed"
    actors = json.dumps(json.loads((out / "05-actor-labels.ipynb").read_text(encoding="utf-8"))["cells"])
    assert "George Floyd" in actors and "Derek Chauvin" in actors and "Tim Walz" in actors
    words = json.dumps(json.loads((out / "03-word-choice.ipynb").read_text(encoding="utf-8"))["cells"])
    assert "rioters" in words.lower() and "second-degree manslaughter" in words



# ------------------------------------------------------------------------------- in a real browser

def _cut_cells(page: str) -> list[str]:
    cells = re.findall(r"<td[^>]*>(.*?)</td>", page, flags=re.S)
    return [c for c in cells if re.sub(r"<[^>]+>", "", c).strip().endswith(("...", "…"))]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_no_table_cell_is_cut(reports, notebook):
    page = (reports / notebook.with_suffix(".html").name).read_text(encoding="utf-8")
    assert _cut_cells(page) == []


def test_reports_render_in_a_real_browser(reports, tmp_path):
    from mediakit.browser import find_browser, rendered_dom, screenshot

    if find_browser() is None:
        pytest.skip("no Chromium here: .ci/run installs Debian's chromium; locally, apt-get install chromium")
    for notebook in NOTEBOOKS:
        html_page = reports / notebook.with_suffix(".html").name
        dom = rendered_dom(html_page)
        assert "jp-Notebook" in dom and _cut_cells(dom) == [], notebook.name
        png = screenshot(html_page, tmp_path / f"{notebook.stem}.png")
        assert png.stat().st_size > 20_000, notebook.name                # a drawn page, not a blank one
    index = rendered_dom(reports / "index.html")
    assert index.count("<img") >= 4 and "Finding" not in index           # findings shown as sentences


def test_the_corpus_is_loaded_once_and_every_notebook_reads_the_cache(reports):
    entries = list((reports / ".cache").iterdir())
    assert len(entries) == 1 and (entries[0] / "tokens.parquet").is_file()
    for notebook in NOTEBOOKS:
        executed = json.loads((reports / "executed" / notebook.name).read_text(encoding="utf-8"))
        injected = next(c for c in executed["cells"] if "injected-parameters" in c["metadata"].get("tags", []))
        assert f'cache = "{reports / ".cache"}"' in "".join(injected["source"])
        page = (reports / notebook.with_suffix(".html").name).read_text(encoding="utf-8")
        assert str(reports) not in page                             # the cache's local path is not shown


def test_with_two_jobs_the_shared_actor_mentions_are_computed_first_and_kept(reports):
    stdout = (reports / "run.log").read_text(encoding="utf-8").split("\n--- stderr ---\n")[0].splitlines()
    done = [i for i, line in enumerate(stdout) if line.startswith("mediakit report: actor mentions and quotes done")]
    coverage = [i for i, line in enumerate(stdout) if "06-coverage.ipynb done" in line]
    assert len(done) == 1 and coverage and done[0] < coverage[0]
    assert len(list((reports / ".cache").glob("*/actor_mentions.parquet"))) == 1
    assert len(list((reports / ".cache").glob("*/quotes.parquet"))) == 1


def test_a_corpus_error_is_said_once_with_its_fix(tmp_path):
    (tmp_path / "metadata.csv").write_text("doc_id,outlet,file\na,X,missing.txt\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "mediakit.cli", "report", str(tmp_path), "--out",
                          str(tmp_path / "out")], capture_output=True, text=True, timeout=300)
    said = run.stdout + run.stderr
    assert run.returncode != 0 and "Traceback" not in said
    assert said.count("file 'missing.txt' does not exist") == 1 and "Fix the name in metadata.csv" in said


def test_report_processes_give_large_freed_blocks_back_to_the_system():
    # A guard on the memory settings of a report's kernels (given in their environment) and of its process of
    # actor mentions and quotes (set when it starts): Arrow allocates from the system's allocator, whose freed
    # large blocks go back at once (see report.LEAN_MEMORY for the figures).
    import os

    from mediakit.report import LEAN_MEMORY

    assert LEAN_MEMORY["ARROW_DEFAULT_MEMORY_POOL"] == "system"
    env = {k: v for k, v in os.environ.items() if k not in LEAN_MEMORY}
    code = ("from mediakit.report import _lean_memory; import pyarrow as pa; pool = pa.default_memory_pool; "
            "before = pool().backend_name; _lean_memory(); print(before, pool().backend_name)")
    shown = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert shown.split()[1] == "system" and shown.split()[0] != "system"


def test_a_kernel_that_dies_before_it_starts_is_started_again(tmp_path, monkeypatch):
    # Seen in a `make test` run of 2026-12-01: two kernels starting at once, one found its port taken ("Address
    # already in use" in its log) and papermill said "Kernel died before replying to kernel_info"; nothing had run.
    # Such a start is tried again; an error of the notebook's own is reported at once, never run twice.
    import papermill

    from mediakit import report

    calls = []

    def execute(source, target, **kw):
        calls.append(source)
        if len(calls) == 1:
            raise RuntimeError("Kernel died before replying to kernel_info")
        Path(target).write_text(Path(source).read_text(encoding="utf-8"), encoding="utf-8")

    monkeypatch.setattr(papermill, "execute_notebook", execute)
    monkeypatch.setattr(report, "to_html", lambda executed, hide_code=False: "<html></html>")
    result = report.run_notebook(ALL_NOTEBOOKS[0], BUNDLED, out=tmp_path)
    assert (result["ok"], len(calls)) == (True, 2)

    def fails(source, target, **kw):
        calls.append(source)
        raise ValueError("a cell raised")

    calls.clear()
    monkeypatch.setattr(papermill, "execute_notebook", fails)
    result = report.run_notebook(ALL_NOTEBOOKS[0], BUNDLED, out=tmp_path)
    assert (result["ok"], result["error"], len(calls)) == (False, "ValueError: a cell raised", 1)
