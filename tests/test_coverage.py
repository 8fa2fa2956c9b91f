"""Coverage and claims: what each outlet reports, read off the articles, and on articles written here."""

import pandas as pd
import pytest

import mediakit as mk
from mediakit.coverage import sentence_vectors


@pytest.fixture(scope="module")
def facts(corpus):
    return mk.claims(corpus)


@pytest.mark.parametrize("claim", ["non_binding", "boycott"])
def test_only_the_independent_reports(facts, claim):
    assert set(facts.loc[facts["claim"] == claim, "outlet"]) == {"The Independent"}


def test_three_outlets_give_the_troop_count(facts):
    troops = facts[facts["claim"] == "troop_count"]
    assert sorted(zip(troops["outlet"], troops["value"], strict=True)) == [
        ("Iran News Daily", "5,200"), ("Kurdistan 24", "five thousand"), ("The Independent", "5,200")]


def test_march_locations(facts):
    where = facts[facts["claim"] == "march_location"].set_index("outlet")["value"].to_dict()
    assert where == {"Radio Farda (RFE/RL)": "al-Hurriya Square", "Kurdistan 24": "Karrada",
                     "Iran News Daily": "Jadiriyah", "SouthFront": "Tahrir Square"}


def test_claims_matrix(facts, corpus):
    m = mk.claims_matrix(facts, corpus)
    assert list(m.index) == sorted(corpus.docs["outlet"])
    assert m.loc["Radio Farda (RFE/RL)", "troop_count"] == 0 and m.loc["The Independent", "non_binding"] == 1


@pytest.fixture(scope="module")
def aligned(corpus):
    return mk.coverage(corpus)


def test_every_analysed_sentence_once(aligned, corpus):
    analysed = corpus.sentences[corpus.sentences["section"].isin(["headline", "body"])]
    assert len(aligned) == len(analysed)
    text = corpus.docs.set_index("doc_id")["text"]
    assert all(text[d][a:b] == s for d, a, b, s in zip(aligned["doc_id"], aligned["start"], aligned["end"],
                                                       aligned["sentence"], strict=True))


def test_boycott_is_unique_and_the_resolution_shared(aligned):
    boycott = aligned[aligned["sentence"].str.contains("boycotted the vote")].iloc[0]
    assert (boycott["outlet"], boycott["n_outlets"]) == ("The Independent", 1)
    resolution = aligned[aligned["sentence"].str.startswith("On January 5, Iraq’s parliament passed")].iloc[0]
    assert resolution["n_outlets"] >= 3
    assert {"Iran News Daily", "Kurdistan 24", "Radio Farda (RFE/RL)"} <= set(resolution["outlets"].split("; "))


def test_group_columns_are_consistent(aligned):
    per_group = aligned.groupby("group")["outlet"].nunique()
    assert (aligned["n_outlets"] == aligned["group"].map(per_group)).all()


def test_two_articles_written_here():
    frame = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["Daily", "Herald"], "text": [
        "Parliament passed a law raising the retirement age to 64 on Tuesday. Unions called a general strike.",
        "On Tuesday parliament passed the law that raises the retirement age to 64. The opposition walked out."]})
    corpus = mk.load_corpus(frame, quiet=True)
    cov = mk.coverage(corpus)
    assert cov["n_outlets"].tolist() == [2, 1, 2, 1]
    found = mk.claims(corpus, {"strike": {"patterns": [r"general strike"]}})
    assert found.loc[found["claim"] == "strike", "outlet"].tolist() == ["Daily"]


def test_bad_threshold_and_pattern(corpus):
    with pytest.raises(ValueError, match="threshold must be between 0 and 1"):
        mk.coverage(corpus, threshold=0)
    with pytest.raises(ValueError, match="claim 'x': bad pattern"):
        mk.claims(corpus, {"x": {"patterns": ["("]}})


def test_alignment_is_mutual_best_matches(corpus):
    pairs = mk.align(corpus)
    # cosines of the sentences' own vectors (they were once computed on rows scrambled by the candidate search)
    sent, vectors = sentence_vectors(corpus)
    rows = {(d, s): i for i, (d, s) in enumerate(zip(sent["doc_id"].astype(str), sent["sentence_id"], strict=True))}
    for p in pairs.itertuples():
        i, j = rows[(p.doc_id, p.sentence_id)], rows[(p.doc_id_b, p.sentence_id_b)]
        assert abs((vectors[i] @ vectors[j].T).toarray()[0, 0] - p.similarity) < 1e-9
    assert (pairs["outlet"] != pairs["outlet_b"]).all() and (pairs["similarity"] >= 0.30).all()
    # each sentence has at most one partner per other outlet
    both = pd.concat([pairs[["doc_id", "sentence_id", "outlet_b"]].set_axis(["d", "s", "o"], axis=1),
                      pairs[["doc_id_b", "sentence_id_b", "outlet"]].set_axis(["d", "s", "o"], axis=1)])
    assert not both.duplicated().any()
    # "sanctions on Tehran" (The Independent) is not "threatening Baghdad with sanctions" (SouthFront)
    tehran = pairs["sentence"].str.contains("sanctions on Tehran") | pairs["sentence_b"].str.contains(
        "sanctions on Tehran")
    assert not tehran.any()


def test_groups_never_hold_two_sentences_of_one_outlet(corpus):
    cov = mk.coverage(corpus)
    assert not cov.duplicated(["group", "outlet"]).any()


def test_what_one_outlet_adds_to_a_shared_sentence(corpus):
    # Radio Farda: "Iraq's parliament passed a resolution calling for foreign troops to leave the country";
    # The Independent: "Iraq's parliament passed a non-binding resolution calling on the government to expel ..."
    d = mk.differences(corpus)
    added = d[(d["change"] == "insert") & (d["words_b"] == "non-binding")]
    assert added[["outlet", "outlet_b"]].values.tolist() == [["Radio Farda (RFE/RL)", "The Independent"]]
    assert (added["start"] == added["end"]).all()                        # where the word would stand
    pairs = mk.substitution_pairs(mk.substitutions(corpus))
    found = set(zip(pairs["words"], pairs["words_b"], strict=True))
    assert ("non-binding resolution", "resolution") in found              # the modifier, as a word choice
    assert ("airstrike killed top", "strike assassinated") in found       # Kurdistan 24 / Iran News Daily


def test_one_outlet_aligns_nothing():
    frame = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["Daily", "Daily"], "text": [
        "The council voted on the bridge plan on Monday.", "The council voted on the bridge plan on Monday."]})
    corpus = mk.load_corpus(frame, quiet=True)
    assert mk.align(corpus).empty and mk.substitutions(corpus).empty and mk.differences(corpus).empty
    assert (mk.coverage(corpus)["n_outlets"] == 1).all()


def test_an_alignment_kept_on_the_corpus_answers_only_its_own_threshold():
    # align() is kept on the corpus for coverage and substitutions; another threshold is another table.
    c = mk.load_corpus("data/baghdad-2020-01-24", quiet=True)
    loose, strict = mk.align(c, threshold=0.3), mk.align(c, threshold=0.4)
    assert len(strict) < len(loose) and strict["similarity"].min() >= 0.4 > loose["similarity"].min()
    assert mk.align(c, threshold=0.3).equals(loose)


def test_sentence_vectors_and_alignment_do_not_depend_on_the_order_of_the_token_table(corpus):
    # The five bundled articles with their token table in another order (every sentence's first token, then every
    # second one, ...: each sentence's words apart): each sentence's vector gathers its words wherever they lie.
    from dataclasses import replace

    apart = corpus.tokens.sort_values(["token_id", "doc_id", "sentence_id"], kind="stable").reset_index(drop=True)
    shuffled, expected = replace(corpus, tokens=apart), replace(corpus)
    (sent_a, a), (sent_b, b) = sentence_vectors(shuffled), sentence_vectors(expected)
    assert sent_a.equals(sent_b) and a.shape == b.shape and a.nnz > 1000
    assert abs(a - b).max() < 1e-12
    assert mk.align(shuffled).equals(mk.align(expected)) and len(mk.align(expected)) > 5
