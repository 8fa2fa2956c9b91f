"""Loading: the tables, their offsets, other input formats, and every kind of bad input."""

import shutil
import warnings

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

import mediakit as mk
from conftest import BUNDLED
from mediakit import CorpusError, CorpusWarning


def test_docs_keep_the_metadata_and_the_untouched_text(corpus):
    assert len(corpus.docs) == 5
    assert list(corpus.docs.columns[:6]) == ["doc_id", "outlet", "title", "published", "url", "text"]
    for doc in corpus.docs.itertuples():
        assert doc.text == (BUNDLED / doc.file).read_text(encoding="utf-8")
    assert corpus.docs["published"].isna().tolist() == [False, False, False, True, True]
    assert corpus.docs.loc[1, "published"] == pd.Timestamp("2020-01-25")


def test_every_offset_slices_the_original_text(corpus):
    text = corpus.docs.set_index("doc_id")["text"]
    for table, column in [(corpus.tokens, "token"), (corpus.sentences, "text")]:
        for doc_id, start, end, value in zip(table["doc_id"], table["start"], table["end"], table[column],
                                             strict=True):
            assert text[doc_id][start:end] == value


def test_tokens_cover_every_non_space_character(corpus):
    for doc in corpus.docs.itertuples():
        t = corpus.tokens[corpus.tokens["doc_id"] == doc.doc_id]
        assert "".join(t["token"].astype(str)) == "".join(doc.text.split())


def test_ids_count_from_zero_within_each_document(corpus):
    for _, t in corpus.tokens.groupby("doc_id", observed=True):
        assert t["token_id"].tolist() == list(range(len(t)))
        assert t["sentence_id"].is_monotonic_increasing and t["sentence_id"].iloc[0] == 0
    for _, s in corpus.sentences.groupby("doc_id", observed=True):
        assert s["sentence_id"].tolist() == list(range(len(s)))


def test_summary_counts_words_and_what_was_set_aside(corpus, capsys):
    mk.load_corpus(BUNDLED)
    line = capsys.readouterr().out.strip()
    words = (~corpus.tokens["is_punct"] & corpus.tokens["section"].isin(["headline", "body"])).sum()
    assert line == (f"5 documents from 5 outlets, {words:,} words in headlines and bodies; "
                    "set aside: boilerplate 12, caption 2, comments 1; event lexicon: lexicon.toml")


def test_select_by_outlet_gives_a_corpus(corpus):
    sub = corpus.select(outlet=["SouthFront", "Kurdistan 24"])
    assert isinstance(sub, mk.Corpus)
    assert sorted(sub.docs["outlet"]) == ["Kurdistan 24", "SouthFront"]
    assert set(sub.tokens["doc_id"].cat.categories) == set(sub.docs["doc_id"])
    assert len(sub.tokens) == corpus.tokens["doc_id"].isin(sub.docs["doc_id"]).sum()
    with pytest.raises(KeyError, match="Fox News"):
        corpus.select(outlet="Fox News")


def test_select_does_not_touch_the_original(corpus):
    before = len(corpus.tokens)
    corpus.select(doc_id="000_d64756417bdba945")
    assert len(corpus.tokens) == before and len(corpus.docs) == 5


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "frame"])
def test_single_file_formats_give_the_same_tables(corpus, tmp_path, fmt):
    table = corpus.docs.drop(columns=["file", "encoding"])
    path = tmp_path / f"export.{fmt}"
    if fmt == "csv":
        table.to_csv(path, index=False)
    elif fmt == "jsonl":
        table.to_json(path, orient="records", lines=True, date_format="iso")
    elif fmt == "parquet":
        table.to_parquet(path)
    other = mk.load_corpus(table if fmt == "frame" else path, quiet=True, lexicon=BUNDLED / "lexicon.toml")
    assert other.docs["text"].tolist() == corpus.docs["text"].tolist()
    pd.testing.assert_frame_equal(other.tokens, corpus.tokens)
    pd.testing.assert_frame_equal(other.sections, corpus.sections)


def test_rename_maps_an_exports_columns(tmp_path):
    frame = pd.DataFrame({"id": ["x1"], "source": ["Daily"], "date": ["2024-05-01"], "body": ["A march."]})
    c = mk.load_corpus(frame, rename={"id": "doc_id", "source": "outlet", "date": "published", "body": "text"},
                       quiet=True)
    assert c.docs.loc[0, ["doc_id", "outlet"]].tolist() == ["x1", "Daily"]
    assert c.docs.loc[0, "published"] == pd.Timestamp("2024-05-01")


# ----------------------------------------------------------------------------------------- bad input

@pytest.fixture
def folder(tmp_path):
    """A writable copy of the bundled corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(BUNDLED, target)
    return target


def _edit_metadata(folder, change):
    meta = pd.read_csv(folder / "metadata.csv", dtype=str, keep_default_na=False)
    meta = change(meta)
    meta.to_csv(folder / "metadata.csv", index=False)


def test_missing_metadata_csv(folder):
    (folder / "metadata.csv").unlink()
    with pytest.raises(CorpusError, match=r"no metadata\.csv.*doc_id, outlet, file"):
        mk.load_corpus(folder)


def test_missing_required_column(folder):
    _edit_metadata(folder, lambda m: m.drop(columns=["outlet"]))
    with pytest.raises(CorpusError, match=r"metadata\.csv: missing required column\(s\) outlet.*rename="):
        mk.load_corpus(folder)


def test_duplicate_doc_id_names_the_rows(folder):
    _edit_metadata(folder, lambda m: m.assign(doc_id=["a", "b", "a", "c", "d"]))
    with pytest.raises(CorpusError, match=r"duplicate doc_id: 'a' in rows \[2, 4\]"):
        mk.load_corpus(folder)


def test_file_that_does_not_exist(folder):
    _edit_metadata(folder, lambda m: m.assign(file=m["file"].where(m.index != 2, "missing.txt")))
    with pytest.raises(CorpusError, match=r"metadata\.csv row 4 .*'missing\.txt' does not exist"):
        mk.load_corpus(folder)


@pytest.mark.parametrize("name", ["../outside.txt", "/etc/hostname"])
def test_file_outside_the_folder_is_refused(folder, name):
    (folder.parent / "outside.txt").write_text("secret", encoding="utf-8")
    _edit_metadata(folder, lambda m: m.assign(file=m["file"].where(m.index != 0, name)))
    with pytest.raises(CorpusError, match=r"row 2 .*points outside the corpus folder.*refused"):
        mk.load_corpus(folder)


def test_cp1252_text_is_read_with_a_warning(folder):
    path = folder / "000_d64756417bdba945.txt"
    path.write_bytes("Caf\u00e9 \u201cquoted\u201d text.".encode("cp1252"))
    with pytest.warns(CorpusWarning, match=r"row 2 .*not UTF-8; read it as cp1252"):
        c = mk.load_corpus(folder, quiet=True)
    assert c.docs.loc[0, "text"] == "Caf\u00e9 \u201cquoted\u201d text."
    assert c.docs.loc[0, "encoding"] == "cp1252"


def test_utf8_with_bom(folder):
    path = folder / "000_d64756417bdba945.txt"
    path.write_bytes(b"\xef\xbb\xbf" + b"Thousands marched.")
    c = mk.load_corpus(folder, quiet=True)
    assert c.docs.loc[0, "text"] == "Thousands marched."
    assert c.docs.loc[0, "encoding"] == "utf-8-sig"


def test_empty_text_is_kept_with_a_warning(folder):
    (folder / "001_339f728686f94fd6.txt").write_text("  \n", encoding="utf-8")
    with pytest.warns(CorpusWarning, match=r"empty text.*001_339f728686f94fd6"):
        c = mk.load_corpus(folder, quiet=True)
    assert len(c.docs) == 5
    assert not c.tokens["doc_id"].eq("001_339f728686f94fd6").any()


def test_binary_file(folder):
    (folder / "002_232c97f09dcc63de.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(CorpusError, match=r"row 4 .*looks binary"):
        mk.load_corpus(folder)


def test_skip_sets_bad_files_aside_in_rejected(folder):
    (folder / "002_232c97f09dcc63de.txt").write_bytes(b"\x00\x01\x02")
    (folder / "notes.txt").write_text("not an article", encoding="utf-8")
    with pytest.warns(CorpusWarning, match="set aside 2 file"):
        c = mk.load_corpus(folder, on_error="skip", quiet=True)
    assert len(c.docs) == 4
    assert c.rejected["file"].tolist() == ["002_232c97f09dcc63de.txt", "notes.txt"]
    assert c.rejected["problem"].str.contains("binary").tolist() == [True, False]
    assert "rejected 2" in c.summary()


def test_a_good_corpus_loads_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        mk.load_corpus(BUNDLED, quiet=True)


def test_not_a_corpus(tmp_path):
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    with pytest.raises(CorpusError, match="not a corpus"):
        mk.load_corpus(tmp_path / "notes.md")
    with pytest.raises(CorpusError, match="no such file or folder"):
        mk.load_corpus(tmp_path / "nope")


def test_no_documents(folder):
    _edit_metadata(folder, lambda m: m.iloc[0:0])
    with pytest.raises(CorpusError, match="no documents to load"), pytest.warns(CorpusWarning, match="not listed"):
        mk.load_corpus(folder)


def test_table_without_text_column(tmp_path):
    path = tmp_path / "x.csv"
    pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "body": ["..."]}).to_csv(path, index=False)
    with pytest.raises(CorpusError, match=r"x\.csv: missing required column\(s\) text"):
        mk.load_corpus(path)


def test_progress_bar_for_many_documents(capsys):
    frame = pd.DataFrame({"outlet": ["A", "B"] * 300, "text": ["Thousands marched. Police watched."] * 600})
    with pytest.warns(CorpusWarning, match="no doc_id column"):
        c = mk.load_corpus(frame)
    captured = capsys.readouterr()
    assert "600/600" in captured.err
    assert captured.out.startswith("600 documents from 2 outlets, 2,400 words")
    assert c.docs["doc_id"].iloc[-1] == "000600"


def test_documents_not_in_english_are_named_once():
    import warnings

    frame = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["A", "B", "C"], "text": [
        "Thousands of people marched in the capital on Friday against the government and its new law.",
        "خرج آلاف الأشخاص في مسيرة في العاصمة يوم الجمعة ضد الحكومة وقانونها الجديد وطالبوا بالتغيير",
        "Des milliers de personnes ont défilé dans la capitale vendredi contre le gouvernement et sa loi."]})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = mk.load_corpus(frame, quiet=True)
    assert corpus.docs["language"].tolist() == ["en", "ar", "fr"]
    notes = [str(w.message) for w in caught if issubclass(w.category, mk.CorpusWarning)]
    assert len(notes) == 1 and "2 document(s) are not in English: b (ar), c (fr)" in notes[0]


def test_long_leads_are_told_apart_from_their_first_400_characters():
    # written for the test: leads of 40-50 words, where English is told from its first 400 characters alone
    from mediakit.corpus import languages
    from mediakit.lexicons import load_stopwords

    texts = [
        "Thousands of people marched in the capital on Friday, and the police said that the march was peaceful. "
        "The government announced an inquiry into the violence, while the organisers said that more than one "
        "hundred thousand people had taken part in the protest against the presence of the troops.",
        "Des milliers de personnes ont défilé dans la capitale vendredi et la police a dit que la marche était "
        "pacifique. Le gouvernement a annoncé une enquête sur les violences, tandis que les organisateurs ont "
        "affirmé que plus de cent mille personnes avaient participé à la manifestation contre les troupes.",
        "Miles de personas marcharon en la capital el viernes y la policía dijo que la marcha fue pacífica. El "
        "gobierno anunció una investigación sobre la violencia, mientras que los organizadores afirmaron que más "
        "de cien mil personas participaron en la manifestación contra la presencia de las tropas."]
    assert languages(pd.DataFrame({"text": texts}), load_stopwords()) == ["en", "fr", "es"]


def test_mojibake_is_repaired_and_recorded(corpus):
    import warnings

    garbled = "Ã¢â‚¬ËœNo, noÃ¢â‚¬â„¢, they chanted. ItÃ¢â‚¬â„¢s over, said the mayorÃ¢â‚¬â„¢s aide."
    frame = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["A", "B"], "text": [garbled, "A clean text here."]})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        c = mk.load_corpus(frame, quiet=True)
    assert c.docs["text"][0] == "‘No, no’, they chanted. It’s over, said the mayor’s aide."
    assert c.docs["encoding"].tolist()[0].endswith("+ftfy") and c.docs["original"][0] == garbled
    assert pd.isna(c.docs["original"][1]) and c.docs["text"][1] == "A clean text here."
    assert any("repaired garbled characters" in str(w.message) for w in caught)
    assert "original" not in corpus.docs.columns                      # the bundled texts need no repair


def test_invisible_characters_that_cut_words_are_removed_and_recorded():
    # National Journal (Carter's negotiating style), set with soft hyphens: "Carter later re\u00adcalled in an
    # in\u00adter\u00adview" gave the quotation no speaker (no verb "recalled") and the words "re", "called" to
    # keyness; a zero-width space inside a quotation (Fox News: "“\u200bI\u200bt’s like saying") likewise
    text = ("“He had taken a blood oath,” Carter later re\u00adcalled in an in\u00adter\u00adview. "
            "“\u200bI\u200bt’s over.”")
    frame = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["National Journal", "B"], "text": [text, "A clean text."]})
    with pytest.warns(CorpusWarning, match="invisible characters"):
        c = mk.load_corpus(frame, quiet=True)
    assert c.docs["text"][0] == "“He had taken a blood oath,” Carter later recalled in an interview. “It’s over.”"
    assert c.docs["encoding"][0].endswith("+invisible") and c.docs["original"][0] == text
    assert pd.isna(c.docs["original"][1])
    assert mk.quotes(c)["speaker"].tolist()[0] == "Carter"
    assert {"recalled", "interview"} <= set(c.tokens["norm"])


def test_marks_of_writing_direction_are_invisible_characters_too():
    # Guest Writer - Right (the Samantha Bee event and the Pennsylvania rally), a right-to-left mark after two names:
    # "special assistant Cliff Sims\u200f emphasized the contrast. “While ...”" gave the mark to the speaker's name
    text = ("The president’s special assistant Cliff Sims\u200f emphasized the contrast. “While the DC elite don their "
            "black ties and ballgowns, @POTUS will be with the People in Penn.”")
    frame = pd.DataFrame({"doc_id": ["a"], "outlet": ["Guest Writer - Right"], "text": [text]})
    with pytest.warns(CorpusWarning, match="invisible characters"):
        c = mk.load_corpus(frame, quiet=True, lexicon=False)
    assert c.docs["text"][0] == text.replace("\u200f", "") and c.docs["original"][0] == text
    rows = mk.quotes(c)
    assert rows[["speaker", "actor"]].values.tolist() == [
        ["The president’s special assistant Cliff Sims", "Cliff Sims"]]


def test_rows_are_read_document_by_document_even_where_a_document_s_rows_lie_apart():
    from mediakit.corpus import ByDocument

    # Written for the test: document "a" has rows 0, 2 and 3, "b" rows 1 and 4; only rows 0-3 are read.
    groups = ByDocument(pd.Series(["a", "b", "a", "a", "b"]), np.array([0, 1, 2, 3]))
    assert groups.ranges == {"a": (0, 3), "b": (3, 4)}
    assert groups.of("a").tolist() == [0, 2, 3]
    assert groups.of("b").tolist() == [1]
    assert groups.of("c").tolist() == []


def test_values_at_read_positions_of_an_arrow_column_of_several_chunks():
    from mediakit.corpus import values_at

    column = pd.Series(pd.arrays.ArrowStringArray(pa.chunked_array([["w0", "w1", "w2"], ["w3", "w4"]])))
    assert values_at(column, np.array([1, 2, 3])) == ["w1", "w2", "w3"]       # together: read as a slice
    assert values_at(column, np.array([3, 1])) == ["w3", "w1"]                # in the order asked for
    assert values_at(column, np.array([], dtype=np.int64)) == []
    long = pd.Series(pd.arrays.ArrowStringArray(pa.chunked_array([[f"w{i}" for i in range(100)]] * 2)))
    assert values_at(long, np.array([199, 0])) == ["w99", "w0"]                # far apart: read by a take


def test_helpers_that_read_columns_without_copying_them():
    from mediakit.corpus import is_in, sentence_rows, texts_at

    # a categorical column is read on its categories; a missing value (code -1) is never in the values
    col = pd.Series(pd.Categorical(["body", None, "headline", "body"], categories=["headline", "body", "caption"]))
    assert is_in(col, ["body", "caption"]).tolist() == [True, False, False, True]
    assert is_in(col.astype(object), ["body", "caption"]).tolist() == [True, False, False, True]
    # a sentence named by document and number, -1 where the table has none
    sentences = pd.DataFrame({"doc_id": pd.Categorical(["a", "a", "b"]), "sentence_id": [0, 1, 0],
                              "text": pd.array(["One.", "Two.", "Three."], dtype="string")})
    at = sentence_rows(sentences, ["b", "a", "b", "c"], [0, 1, 0, 0])
    assert at.tolist() == [2, 1, 2, -1]
    # each sentence read once: the rows naming one sentence share its string
    texts = texts_at(sentences["text"], at[:3])
    assert texts.tolist() == ["Three.", "Two.", "Three."] and texts[0] is texts[2]


@pytest.mark.parametrize("name", ["bundled", "practice"])
def test_tables_built_by_forked_workers_are_the_tables_built_here(monkeypatch, name):
    # Batches of about 1 MB are built in forked worker processes by default; with 3,000 characters a batch,
    # the bundled corpus (five articles) and a practice corpus (george-floyd-protests-2020) are cut into several
    # batches, so the corpus-wide word codes, document codes and ids must come out as one process gives them.
    from test_practice import PRACTICE

    from mediakit.corpus import _batches

    path = BUNDLED if name == "bundled" else PRACTICE / "george-floyd-protests-2020"
    if not path.exists():
        pytest.skip(f"{path} is not here (the practice corpora live in ../shared)")
    monkeypatch.setattr("mediakit.corpus.BATCH_CHARS", 3_000)
    here = mk.load_corpus(path, quiet=True, workers=1)
    forked = mk.load_corpus(path, quiet=True, workers=2)
    assert len(list(_batches(here.docs["text"].str.len().tolist()))) >= 3
    for table in ("sections", "sentences", "tokens"):
        pd.testing.assert_frame_equal(getattr(forked, table), getattr(here, table))
    assert here.tokens["token"].cat.categories.is_unique


@pytest.mark.parametrize("workers", [0, -1, 1.5, "2", True])
def test_workers_must_be_a_whole_number_from_one(workers):
    with pytest.raises(ValueError, match="workers must be a whole number from 1"):
        mk.load_corpus(BUNDLED, quiet=True, workers=workers)


def test_workers_are_not_forked_off_the_main_thread():
    # A Dask worker runs tasks on threads of a daemonic process; a fork there is refused or unsafe
    import threading

    from mediakit.corpus import default_workers

    seen = []
    thread = threading.Thread(target=lambda: seen.append(default_workers()))
    thread.start()
    thread.join()
    assert seen == [1]


def test_a_worker_that_dies_is_named_with_the_fix(monkeypatch):
    # A worker killed by the system (out of memory) breaks the pool: the message says what to do
    import os

    monkeypatch.setattr("mediakit.corpus.BATCH_CHARS", 3_000)
    monkeypatch.setattr("mediakit.corpus._build_at", lambda job, lo, hi: os._exit(1))   # in the workers
    with pytest.raises(RuntimeError, match=r"worker process building the corpus tables stopped.*workers=1"):
        mk.load_corpus(BUNDLED, quiet=True, workers=2)
