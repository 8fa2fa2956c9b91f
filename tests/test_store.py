"""The corpus cache: read back equal to a fresh build, rebuilt when anything it depends on changes."""

import os
import shutil
import warnings

import pandas as pd
import pytest
from test_practice import PRACTICE

import mediakit as mk
from conftest import BUNDLED
from mediakit.store import cache_key

TABLES = ["docs", "sections", "sentences", "tokens", "rejected"]


def _count_calls(monkeypatch, owner, name: str) -> list:
    """Patches ``owner.name`` (a function or a method) to note each call in the list returned."""
    runs = []
    real = getattr(owner, name)
    monkeypatch.setattr(owner, name, lambda *a, **k: runs.append(1) or real(*a, **k))
    return runs


def _same(a, b):
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), check_exact=True)
    assert a.lexicon == b.lexicon and a.source == b.source


@pytest.mark.parametrize("corpus_path", [BUNDLED, PRACTICE / "george-floyd-protests-2020"], ids=["bundled", "practice"])
def test_the_cached_corpus_equals_a_fresh_build(tmp_path, corpus_path):
    if not corpus_path.exists():
        pytest.skip(f"{corpus_path} is not here (the practice corpora live in ../shared)")
    fresh = mk.load_corpus(corpus_path, quiet=True)
    stored = mk.load_corpus(corpus_path, quiet=True, cache=tmp_path)
    read = mk.load_corpus(corpus_path, quiet=True, cache=tmp_path)
    assert len(list(tmp_path.iterdir())) == 1                    # one entry, written once and read back
    _same(fresh, stored)
    _same(fresh, read)
    assert mk.keyness(read).equals(mk.keyness(fresh))


def test_a_corpus_read_from_the_cache_reads_its_tokens_only_when_they_are_used(tmp_path, capsys):
    fresh = mk.load_corpus(BUNDLED, cache=tmp_path)
    built_summary = capsys.readouterr().out
    read = mk.load_corpus(BUNDLED, cache=tmp_path)
    assert capsys.readouterr().out == built_summary            # the summary line, without reading the tokens
    assert "2,199 words in headlines and bodies" in built_summary
    mentions = mk.actor_mentions(read)
    mk.quotes(read, mentions=mentions)
    assert "tokens" not in vars(read)                         # names and quotes read sentences, never tokens
    assert mentions.equals(mk.actor_mentions(fresh))
    pd.testing.assert_frame_equal(read.tokens, fresh.tokens, check_exact=True)
    assert "tokens" in vars(read)                             # read once, then kept
    sub = mk.load_corpus(BUNDLED, quiet=True, cache=tmp_path).select(outlet="Kurdistan 24")
    assert set(sub.tokens["doc_id"]) == set(sub.docs["doc_id"]) and len(sub.tokens)


def test_tokens_gone_from_the_cache_give_a_clear_error(tmp_path):
    read = mk.load_corpus(BUNDLED, quiet=True, cache=tmp_path)
    read = mk.load_corpus(BUNDLED, quiet=True, cache=tmp_path)
    shutil.rmtree(tmp_path)
    with pytest.raises(FileNotFoundError, match="tokens table is gone from its cache entry .*load the corpus again"):
        read.words()


def test_a_changed_file_word_list_or_option_gets_its_own_entry(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(BUNDLED, folder)
    lexicon = mk.load_corpus(folder, quiet=True).lexicon
    key = cache_key(folder, lexicon, {"rename": {}})
    assert cache_key(folder, lexicon, {"rename": {"id": "doc_id"}}) != key
    assert cache_key(folder, mk.load_corpus(folder, quiet=True, stopwords=["said"]).lexicon, {"rename": {}}) != key
    text = next(folder.glob("*.txt"))
    text.write_text(text.read_text(encoding="utf-8") + "\nOne more paragraph.", encoding="utf-8")
    assert cache_key(folder, lexicon, {"rename": {}}) != key
    before = mk.load_corpus(folder, quiet=True, cache=tmp_path / "cache")
    os.utime(text, ns=(text.stat().st_atime_ns, text.stat().st_mtime_ns + 10**9))
    after = mk.load_corpus(folder, quiet=True, cache=tmp_path / "cache")
    assert len(list((tmp_path / "cache").iterdir())) == 2
    _same(before, after)


def test_warnings_of_the_build_are_given_again_when_read(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Headline\nThousands marched in the capital on Friday, police said.",
                                  encoding="utf-8")
    (folder / "b.txt").write_text("Titel\nTausende Menschen demonstrierten am Freitag in der Hauptstadt, "
                                  "sagte die Polizei, und die Regierung schwieg dazu.", encoding="utf-8")
    (folder / "metadata.csv").write_text("doc_id,outlet,file\na,A,a.txt\nb,B,b.txt\n", encoding="utf-8")
    for _ in range(2):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            mk.load_corpus(folder, quiet=True, cache=tmp_path / "cache")
        said = [str(w.message) for w in caught if "not in English" in str(w.message)]
        assert len(said) == 1 and "1 document(s) are not in English: b (de)" in said[0]


def test_actor_mentions_are_computed_once_and_kept_with_the_cache(tmp_path, monkeypatch):
    import sys

    actors = sys.modules["mediakit.actors"]                      # the module (mk.actors is the function)
    fresh = mk.actor_mentions(mk.load_corpus(BUNDLED, quiet=True))
    runs = _count_calls(monkeypatch, actors._Finder, "run")
    first = mk.load_corpus(BUNDLED, quiet=True, cache=tmp_path)
    kept = mk.actor_mentions(first)
    mk.quotes(first)                                             # reads the same mentions
    mk.actor_labels(first)
    assert len(runs) == 1
    again = mk.actor_mentions(mk.load_corpus(BUNDLED, quiet=True, cache=tmp_path))   # another notebook's process
    assert len(runs) == 1
    pd.testing.assert_frame_equal(kept, fresh)
    pd.testing.assert_frame_equal(again, fresh)
    kept.loc[0, "actor"] = "changed"                             # a caller's change stays the caller's
    assert mk.actor_mentions(first).loc[0, "actor"] == fresh.loc[0, "actor"]
    mk.actor_mentions(first, actors={"actors": {"x": {"name": "X", "variants": ["Xavier"]}}})
    assert len(runs) == 2                                        # other actors: computed, not kept


def test_quotes_are_computed_once_and_kept_with_the_cache(tmp_path, monkeypatch):
    import sys

    quotes = sys.modules["mediakit.quotes"]
    fresh = mk.quotes(mk.load_corpus(BUNDLED, quiet=True))
    runs = _count_calls(monkeypatch, quotes, "_quotes")
    kept = mk.quotes(mk.load_corpus(BUNDLED, quiet=True, cache=tmp_path))
    again = mk.quotes(mk.load_corpus(BUNDLED, quiet=True, cache=tmp_path))      # another notebook's process
    assert len(runs) == 1 and len(list(tmp_path.glob("*/quotes.parquet"))) == 1
    pd.testing.assert_frame_equal(kept, fresh)
    pd.testing.assert_frame_equal(again, fresh)
    mk.quotes(mk.load_corpus(BUNDLED, quiet=True, cache=tmp_path), sections=["body"])
    assert len(runs) == 2                                        # other sections: computed, not kept


def test_the_ledger_of_figures_is_computed_once_and_crowd_sizes_read_it(tmp_path, monkeypatch):
    import sys

    crowds = sys.modules["mediakit.crowds"]
    fresh = mk.figures(mk.load_corpus(BUNDLED, quiet=True))
    runs = _count_calls(monkeypatch, crowds, "_figures")
    corpus = mk.load_corpus(BUNDLED, quiet=True, cache=tmp_path)
    estimates = mk.crowd_estimates(corpus)
    pd.testing.assert_frame_equal(mk.figures(corpus), fresh)
    pd.testing.assert_frame_equal(mk.figures(mk.load_corpus(BUNDLED, quiet=True, cache=tmp_path)), fresh)
    assert len(runs) == 1
    assert estimates["phrase"].tolist() == fresh.loc[fresh["counts"] == "crowd", "phrase"].tolist()
