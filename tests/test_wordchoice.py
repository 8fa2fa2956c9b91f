"""Word choice: the killing family counted by reading the articles, and by an independent regex count."""

import re

import pandas as pd
import pytest

import mediakit as mk

# Read off the headlines and bodies: what each outlet calls the strike on Soleimani and the other killings.
KILLING = {
    "Radio Farda (RFE/RL)": {"neutral": ["air strike", "killed"], "loaded": []},
    "Kurdistan 24": {"neutral": ["killed", "airstrike", "killed", "killing", "strikes"], "loaded": ["assassination"]},
    "The Independent": {"neutral": ["killing"] * 3 + ["killed"] + ["killing", "drone strike", "killing", "killing"],
                        "loaded": []},
    "Iran News Daily": {"neutral": ["airstrikes", "Death", "strike", "strike", "drone strike"],
                        "loaded": ["assassinations", "assassinated"]},
    "SouthFront": {"neutral": ["drone strike", "killed"], "loaded": []},
}


@pytest.fixture(scope="module")
def occurrences(corpus):
    return mk.word_choice(corpus)


@pytest.mark.parametrize("outlet", list(KILLING))
@pytest.mark.parametrize("variant", ["neutral", "loaded"])
def test_killing_family_as_read_in_the_articles(occurrences, outlet, variant):
    rows = occurrences[(occurrences["outlet"] == outlet) & (occurrences["family"] == "killing")
                       & (occurrences["variant"] == variant)]
    assert rows["match"].tolist() == KILLING[outlet][variant]


NEUTRAL = re.compile(r"\b(?:air strikes?|drone strikes?|airstrikes?|strik(?:e|es|ing)|kill(?:s|ed|ing)?|deaths?)\b",
                     re.I)
LOADED = re.compile(r"\b(?:assassin\w*|murder(?:s|ed|ing)?|martyr(?:dom|ed|s)?)\b", re.I)


def test_killing_counts_agree_with_an_independent_regex_count(occurrences, corpus):
    rates = mk.word_choice_rates(occurrences, corpus).query("family == 'killing'").set_index(["outlet", "variant"])
    for outlet, text in corpus.texts()[["outlet", "text"]].itertuples(index=False):
        assert rates.loc[(outlet, "neutral"), "count"] == len(NEUTRAL.findall(text))
        assert rates.loc[(outlet, "loaded"), "count"] == len(LOADED.findall(text))


def test_rates_per_thousand_words(occurrences, corpus):
    rates = mk.word_choice_rates(occurrences, corpus)
    words = corpus.tokens[~corpus.tokens["is_punct"] & corpus.tokens["section"].isin(["headline", "body"])]
    iran = corpus.docs.loc[corpus.docs["outlet"] == "Iran News Daily", "doc_id"].item()
    n_words = int((words["doc_id"] == iran).sum())
    row = rates[(rates["outlet"] == "Iran News Daily") & (rates["variant"] == "loaded")].iloc[0]
    assert (row["count"], row["words"]) == (2, n_words)
    assert row["per_1000_words"] == pytest.approx(2000 / n_words)
    assert row["share"] == pytest.approx(2 / 7)
    # every variant of the lexicon for every outlet, zeros included
    assert len(rates) == 5 * len(rates[["family", "variant"]].drop_duplicates())


def test_multiword_terms_and_longest_match(occurrences):
    farda = occurrences[occurrences["outlet"] == "Radio Farda (RFE/RL)"]
    assert "Popular Mobilization Forces" in set(farda["match"])
    assert "Forces" not in set(farda["match"])            # the longer name wins over "forces"
    iran = occurrences[occurrences["outlet"] == "Iran News Daily"]
    assert set(iran.loc[iran["variant"] == "resistance", "match"]) == {"anti-terror forces"}
    assert set(iran.loc[iran["variant"] == "official_name", "match"]) == {"Hashd al-Shaabi"}


def test_occupation_words(occurrences):
    occ = occurrences[occurrences["variant"] == "occupation"]
    assert sorted(zip(occ["outlet"], occ["match"], strict=True)) == [
        ("Iran News Daily", "non-occupying"), ("Iran News Daily", "occupier"), ("Kurdistan 24", "occupation"),
        ("SouthFront", "occupier"), ("The Independent", "occupier")]


def test_offsets_and_sentences(occurrences, corpus):
    text = corpus.docs.set_index("doc_id")["text"]
    for r in occurrences.itertuples():
        assert text[r.doc_id][r.start:r.end] == r.match
        assert r.match in r.sentence


def test_user_lexicon_adds_a_family():
    corpus = mk.load_corpus(pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["A", "B"],
                                          "text": ["Rioters looted shops.", "Protesters marched peacefully."]}),
                            quiet=True)
    lexicon = {"actors": {"neutral": ["protester"], "loaded": ["rioter", "mob"]}}
    t = mk.word_choice(corpus, lexicon)
    actors = t[t["family"] == "actors"]
    assert list(zip(actors["outlet"], actors["variant"], actors["match"], strict=True)) == [
        ("A", "loaded", "Rioters"), ("B", "neutral", "Protesters")]


def test_a_family_needs_two_variants():
    corpus = mk.load_corpus(pd.DataFrame({"doc_id": ["a"], "outlet": ["A"], "text": ["x"]}), quiet=True)
    with pytest.raises(ValueError, match="family 'solo' needs two or more variants"):
        mk.word_choice(corpus, {"solo": {"only": ["x"]}})
