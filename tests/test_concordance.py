"""Concordance and collocations; collocation scores checked against NLTK's own finder."""

import math

import pandas as pd
import pytest
from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

import mediakit as mk


def test_kwic_finds_every_occupier_in_bodies(corpus):
    k = mk.kwic(corpus, "occupier", window=4)
    assert k["outlet"].tolist() == ["The Independent", "Iran News Daily", "SouthFront"]
    assert k["match"].tolist() == ["occupier"] * 3
    assert k.iloc[1]["left"] == "out, get out"            # four tokens, punctuation included
    assert mk.kwic(corpus, "occupier", window=7).iloc[1]["left"] == "chanting “Get out, get out"
    text = corpus.docs.set_index("doc_id")["text"]
    assert all(text[d][a:b] == m for d, a, b, m in zip(k["doc_id"], k["start"], k["end"], k["match"], strict=True))


def test_kwic_phrases_regex_and_sections(corpus):
    phrase = mk.kwic(corpus, "million-man march")
    # The Independent's “million-man march” and Kurdistan 24's "million-man" march: the same words
    assert phrase["outlet"].tolist() == ["Kurdistan 24", "The Independent"]
    assert mk.kwic(corpus, "million-man march", match="surface")["outlet"].tolist() == ["The Independent"]
    loaded = mk.kwic(corpus, r"assassinat\w*", regex=True)
    assert sorted(loaded["match"]) == ["assassinated", "assassination", "assassinations"]
    comments = mk.kwic(corpus, "Americunts", sections=["comments"])
    assert len(comments) == 3 and mk.kwic(corpus, "Americunts").empty
    with pytest.raises(ValueError, match="not a valid regular expression"):
        mk.kwic(corpus, "([", regex=True)


def test_kwic_matches_norms_as_keyness_counts_them(corpus):
    # "Shia" finds every spelling the alias table joins: Shi'ite (Radio Farda), Shia, and in captions Shiite
    assert set(mk.kwic(corpus, "Shia")["match"]) == {"Shi'ite", "Shia"}
    assert set(mk.kwic(corpus, "Shia", sections=["caption"])["match"]) == {"Shi'ite", "Shiite"}
    us = mk.kwic(corpus, "US")
    assert set(us["match"]) == {"US", "U.S."}                        # the country, never the pronoun
    assert "us" in set(mk.kwic(corpus, "us", match="surface", case=True)["match"])   # "... if Muqtada asks us"


def test_collocations_stay_within_sentences_and_flag_low_counts():
    frame = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["Troops left. Crowds cheered. Troops left."]})
    c = mk.collocations(mk.load_corpus(frame, quiet=True), min_count=1)
    assert set(zip(c["w1"], c["w2"], strict=True)) == {("troops", "left"), ("crowds", "cheered")}   # no "left crowds"
    assert c["low_count"].all() and c.loc[c["w1"] == "troops", "log_dice"].item() == 14


def _nltk_scores(corpus, group, window, min_count):
    tok = corpus.tokens[corpus.tokens["section"].isin(["headline", "body"]) & ~corpus.tokens["is_punct"]
                        & ~corpus.tokens["is_stop"]]
    ids = set(corpus.docs.loc[corpus.docs["outlet"] == group, "doc_id"])
    words = []
    for _, t in tok[tok["doc_id"].isin(ids)].groupby(["doc_id", "sentence_id"], observed=True):
        words += list(t["norm"].astype(str)) + [None] * (window - 1)          # pairs stay within a sentence
    finder = BigramCollocationFinder.from_words(words, window_size=window)
    finder.apply_freq_filter(min_count)
    return {name: dict(finder.score_ngrams(getattr(BigramAssocMeasures, fn)))
            for name, fn in [("pmi", "pmi"), ("t_score", "student_t"), ("g2", "likelihood_ratio")]}


@pytest.mark.parametrize("window", [2, 4])
def test_collocation_scores_agree_with_nltk(corpus, window):
    ours = mk.collocations(corpus, window=window, min_count=2)
    for group in corpus.docs["outlet"]:
        theirs = _nltk_scores(corpus, group, window, 2)
        mine = ours[ours["group"] == group]
        assert set(zip(mine["w1"], mine["w2"], strict=True)) == set(theirs["pmi"])
        for r in mine.itertuples():
            for name in ("pmi", "t_score", "g2"):
                assert getattr(r, name) == pytest.approx(theirs[name][(r.w1, r.w2)], abs=1e-9)


def test_collocations_sorted_by_measure_with_evidence(corpus):
    c = mk.collocations(corpus, measure="pmi")
    top = c[c["group"] == "The Independent"]
    assert top["pmi"].is_monotonic_decreasing
    row = c[(c["w1"] == "mr") & (c["w2"] == "sadr")].iloc[0]
    assert row["count"] == 3
    text = corpus.docs.set_index("doc_id")["text"]
    assert text[row["doc_id"]][row["start"]:row["end"]] == "Mr Sadr’s"   # norms: "Sadr’s" is "sadr"


def test_log_dice_by_hand():
    frame = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"],
                          "text": ["Popular mobilization units. Popular mobilization forces. Popular vote."]})
    c = mk.collocations(mk.load_corpus(frame, quiet=True), min_count=1).set_index(["w1", "w2"])
    # f(popular, mobilization) = 2, f(popular) = 3, f(mobilization) = 2: 14 + log2(2 * 2 / 5)
    assert c.loc[("popular", "mobilization"), "log_dice"] == pytest.approx(14 + math.log2(4 / 5), abs=1e-9)


def test_bad_options(corpus):
    with pytest.raises(ValueError, match="measure must be one of"):
        mk.collocations(corpus, measure="dice")
    with pytest.raises(ValueError, match="window must be"):
        mk.collocations(corpus, window=1)
