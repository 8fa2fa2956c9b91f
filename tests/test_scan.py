"""The Dask path: a corpus in shards, measured on a LocalCluster, gives exactly what the in-memory path gives."""

import pandas as pd
import pytest
from test_practice import PRACTICE

import mediakit as mk
from conftest import BUNDLED

COLUMNS = ["doc_id", "outlet", "title", "published", "url", "text"]
CORPORA = {"bundled": BUNDLED, "practice": PRACTICE / "george-floyd-protests-2020"}


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, memory_limit="2GB", processes=True,
                                       dashboard_address=":0", silence_logs=50)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def _shards(tmp_path, folder, n, suffix=".parquet"):
    whole = mk.load_corpus(folder, quiet=True)
    frame = whole.docs[COLUMNS].assign(published=whole.docs["published"].astype(str))
    out = tmp_path / "shards"
    out.mkdir()
    for i in range(n):
        part = frame.iloc[i * len(frame) // n:(i + 1) * len(frame) // n]
        path = out / f"part-{i:02d}{suffix}"
        if suffix == ".parquet":
            part.to_parquet(path)
        elif suffix == ".csv":
            part.to_csv(path, index=False)
        else:
            part.to_json(path, orient="records", lines=True, force_ascii=False)
    return out, mk.load_corpus(frame, lexicon=whole.lexicon, quiet=True)


@pytest.mark.parametrize("name", CORPORA)
def test_measures_on_partitions_equal_the_in_memory_path(tmp_path, client, name, monkeypatch):
    monkeypatch.setattr("mediakit.scan.FOLD_EVERY", 2)          # results folded in steps, as on a large corpus
    if not CORPORA[name].exists():
        pytest.skip(f"{CORPORA[name]} is not here (the practice corpora live in ../shared)")
    shards, whole = _shards(tmp_path, CORPORA[name], 3)
    lazy = mk.scan_corpus(shards, lexicon=whole.lexicon, client=client)
    assert lazy.npartitions == 3
    pd.testing.assert_frame_equal(mk.keyness(lazy), mk.keyness(whole), check_dtype=False)
    counts = mk.term_counts(whole, voice="all").sort_values(["group", "term"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(mk.term_counts(lazy, voice="all"), counts, check_dtype=False)
    occurrences, expected = mk.word_choice(lazy), mk.word_choice(whole)
    assert len(expected) > 0
    pd.testing.assert_frame_equal(occurrences, expected, check_dtype=False, check_categorical=False)
    pd.testing.assert_frame_equal(mk.word_choice_rates(occurrences, lazy), mk.word_choice_rates(expected, whole),
                                  check_dtype=False)
    ledger = mk.figures(whole)
    assert len(ledger) > 0
    pd.testing.assert_frame_equal(mk.figures(lazy), ledger, check_dtype=False, check_categorical=False)
    pd.testing.assert_frame_equal(mk.crowd_estimates(lazy), mk.crowd_estimates(whole), check_dtype=False,
                                  check_categorical=False)
    for measure in (mk.actor_mentions, mk.actor_labels):      # actors joined across partitions, then named
        expected = measure(whole)
        assert len(expected) > 0
        pd.testing.assert_frame_equal(measure(lazy), expected, check_dtype=False, check_categorical=False)
    said, expected = mk.quotes(lazy), mk.quotes(whole)
    assert len(expected) > 0
    pd.testing.assert_frame_equal(said, expected, check_dtype=False, check_categorical=False)
    pd.testing.assert_frame_equal(mk.voices(said, lazy), mk.voices(expected, whole), check_dtype=False)


def test_a_surname_alone_in_one_partition_is_named_by_a_full_name_in_another(tmp_path, client):
    docs = pd.DataFrame({
        "doc_id": ["a", "b"], "outlet": ["Daily One", "Daily Two"],
        "text": ["Senator Maria Okonkwo said the water bill would pass. Okonkwo said she had the votes.",
                 "Reporters asked Okonkwo about the water bill. Okonkwo said it would pass on Friday."]})
    shards = tmp_path / "shards"
    shards.mkdir()
    for i in range(2):
        docs.iloc[i:i + 1].to_parquet(shards / f"part-{i}.parquet")
    lazy = mk.scan_corpus(shards, lexicon=False, client=client)
    assert lazy.npartitions == 2
    m = mk.actor_mentions(lazy)
    assert set(m.loc[m["doc_id"] == "b", "actor"]) == {"Maria Okonkwo"}
    assert set(m.loc[m["doc_id"] == "b", "form"]) == {"short"}
    said = mk.quotes(lazy)
    assert said.loc[said["doc_id"] == "b", "actor"].tolist() == ["Maria Okonkwo"]
    with pytest.raises(ValueError, match="mentions= is for a loaded corpus"):
        mk.quotes(lazy, mentions=m)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_csv_and_json_lines_shards_read_as_parquet_does(tmp_path, client, suffix):
    shards, whole = _shards(tmp_path, BUNDLED, 2, suffix)
    lazy = mk.scan_corpus(shards, lexicon=whole.lexicon, client=client)
    pd.testing.assert_frame_equal(mk.keyness(lazy), mk.keyness(whole), check_dtype=False)


def test_a_glob_and_renamed_columns(tmp_path, client):
    shards, whole = _shards(tmp_path, BUNDLED, 2)
    for f in shards.iterdir():
        pd.read_parquet(f).rename(columns={"text": "body", "doc_id": "id"}).to_parquet(f)
    lazy = mk.scan_corpus(str(shards / "part-*.parquet"), rename="body=text,id=doc_id", lexicon=whole.lexicon,
                          client=client)
    assert mk.term_counts(lazy)["count"].sum() == mk.term_counts(whole)["count"].sum()


def test_bad_shards_get_clear_errors(tmp_path, client):
    with pytest.raises(mk.CorpusError, match="no .parquet, .csv or .jsonl shards"):
        mk.scan_corpus(tmp_path, client=client)
    shards, _ = _shards(tmp_path, BUNDLED, 2)
    (shards / "extra.csv").write_text("outlet,text\nA,Hello\n", encoding="utf-8")
    with pytest.raises(mk.CorpusError, match="several formats"):
        mk.scan_corpus(shards, client=client)
    (shards / "extra.csv").unlink()
    with pytest.raises(mk.CorpusError, match="missing required column.*text.*rename"):
        mk.scan_corpus(shards, rename="text=body", client=client)


def _as_values(table):
    return table.astype({c: str for c in table.columns if isinstance(table[c].dtype, pd.CategoricalDtype)})


@pytest.mark.parametrize("name", CORPORA)
def test_tables_built_on_the_cluster_hold_the_rows_of_a_local_build(client, name):
    if not CORPORA[name].exists():
        pytest.skip(f"{CORPORA[name]} is not here (the practice corpora live in ../shared)")
    local = mk.load_corpus(CORPORA[name], quiet=True)
    from mediakit.scan import build_tables_on

    docs = local.docs
    sections, sentences, tokens = build_tables_on(client, docs, local.lexicon, batch_chars=2_000)
    for mine, theirs in ((sections, local.sections), (sentences, local.sentences), (tokens, local.tokens)):
        pd.testing.assert_frame_equal(_as_values(mine), _as_values(theirs), check_dtype=False)
    on_cluster = mk.load_corpus(CORPORA[name], quiet=True, client=client)
    pd.testing.assert_frame_equal(mk.keyness(on_cluster), mk.keyness(local))


def test_report_builds_the_tables_on_a_scheduler_given_by_address(tmp_path, client):
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    shutil.copy(Path(__file__).resolve().parents[1] / "notebooks" / "02-crowd-estimates.ipynb", notebooks)
    run = subprocess.run([sys.executable, "-m", "mediakit.cli", "report", str(BUNDLED), "--out", str(tmp_path / "r"),
                          "--notebooks", str(notebooks), "--scheduler", client.scheduler.address],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"on the Dask cluster at {client.scheduler.address}" in run.stdout
    assert len(list((tmp_path / "r" / ".cache").iterdir())) == 1
    assert "more than 2.5 million" in (tmp_path / "r" / "02-crowd-estimates.html").read_text(encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "mediakit.cli", "report", str(BUNDLED), "--out", str(tmp_path / "s"),
                          "--notebooks", str(notebooks), "--scheduler", "tcp://127.0.0.1:9"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and bad.stderr.startswith("mediakit: ")


def test_a_row_table_can_be_written_by_the_workers_as_parquet(tmp_path, client):
    shards, whole = _shards(tmp_path, BUNDLED, 3)
    lazy = mk.scan_corpus(shards, lexicon=whole.lexicon, client=client)
    written = lazy.map(mk.figures, out=tmp_path / "figures")
    assert sorted(p.name for p in (tmp_path / "figures").iterdir()) == [f"part-0000{i}.parquet" for i in range(3)]
    expected = mk.figures(whole)
    pd.testing.assert_frame_equal(written.compute().reset_index(drop=True), expected, check_dtype=False,
                                  check_categorical=False)
