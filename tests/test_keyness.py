"""Keyness, checked against independent computations: scipy's G-test and a hand-worked log-odds formula."""

import math
import re

import pandas as pd
import pytest
from scipy.stats import chi2, power_divergence

import mediakit as mk
from conftest import section_text


@pytest.fixture(scope="module")
def key(corpus):
    return mk.keyness(corpus, min_count=1)


def test_columns(key):
    assert list(key.columns[:12]) == ["group", "term", "count", "count_rest", "total", "total_rest", "rate",
                                      "rate_rest", "log_ratio", "g2", "p", "log_odds_z"]


def test_g2_agrees_with_scipy_to_1e9(key):
    for r in key.itertuples():
        n = r.total + r.total_rest
        expected = [r.total * (r.count + r.count_rest) / n, r.total_rest * (r.count + r.count_rest) / n]
        g2, p = power_divergence([r.count, r.count_rest], expected, lambda_="log-likelihood")
        assert r.g2 == pytest.approx(g2, abs=1e-9)
        assert r.p == pytest.approx(chi2.sf(g2, 1), abs=1e-9)


def _log_odds_z(a, b, n1, n2):
    """Monroe, Colaresi & Quinn (2008), eq. 16-22, with the pooled counts as the prior, by hand."""
    alpha_w, alpha_0 = a + b, n1 + n2
    delta = math.log((a + alpha_w) / (n1 + alpha_0 - a - alpha_w)) - math.log(
        (b + alpha_w) / (n2 + alpha_0 - b - alpha_w))
    return delta / math.sqrt(1 / (a + alpha_w) + 1 / (b + alpha_w))


def test_log_odds_z_agrees_with_the_formula_to_1e9(key):
    for r in key.itertuples():
        assert r.log_odds_z == pytest.approx(_log_odds_z(r.count, r.count_rest, r.total, r.total_rest), abs=1e-9)


def test_log_ratio_counts_zero_as_half(key):
    r = key[key["count_rest"] == 0].iloc[0]
    assert r["log_ratio"] == pytest.approx(math.log2((r["count"] / r["total"]) / (0.5 / r["total_rest"])))


def test_counts_read_off_the_text(key, corpus):
    independent = key[key["group"] == "The Independent"].set_index("term")
    text = section_text(corpus, "The Independent", "headline") + "\n" + section_text(corpus, "The Independent", "body")
    assert independent.loc["killing", "count"] == len(re.findall(r"\bkilling\b", text)) == 6
    assert independent.loc["killing", "count_rest"] == 1          # Kurdistan 24: "a recent one killing a ..."
    assert independent.index[0] == "killing"                      # its most distinctive word
    words = corpus.tokens[~corpus.tokens["is_punct"] & ~corpus.tokens["is_stop"] & ~corpus.tokens["quoted"]
                          & corpus.tokens["section"].isin(["headline", "body"])]
    assert (key["total"] + key["total_rest"] == len(words)).all()  # the outlets' own words, not their quotes


def test_house_spelling_of_us_is_no_key_term(key):
    # SouthFront writes "U.S." (10 times), the others "US": one norm, so neither is a key term by spelling
    assert "u.s." not in set(key.loc[key["p"] < 0.05, "term"])
    assert "us" not in set(key["term"])


def test_small_corpus_flags(key):
    # one article per outlet: every term comes from a single document, and most expected counts are under 5
    assert key["single_doc"].all()
    assert key["low_expected"].mean() > 0.9
    assert key["low_expected"].eq(key["expected"] < 5).all()


def test_single_doc_and_by_any_column():
    frame = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "X", "Y"], "side": ["left", "left", "right"],
                          "text": ["Militias marched. Militias rallied.", "Militias and troops.", "Troops left."]})
    c = mk.load_corpus(frame, quiet=True)
    k = mk.keyness(c, by="side", min_count=1).set_index(["group", "term"])
    assert k.loc[("left", "militias"), ["count", "n_docs", "single_doc"]].tolist() == [3, 2, False]
    assert k.loc[("left", "marched"), "single_doc"]
    with pytest.raises(KeyError, match="by='colour' is not a docs column"):
        mk.keyness(c, by="colour")


def test_ngrams_stay_within_sentences_and_drop_stopword_edges(corpus):
    bigrams = mk.keyness(corpus, ngram=2, min_count=1)
    independent = bigrams[bigrams["group"] == "The Independent"].set_index("term")
    assert independent.loc["mr sadr", "count"] == 3
    assert not bigrams["term"].str.match(r"^(the|of|and) |.* (the|of|and)$").any()
    frame = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
                          "text": ["Troops left. Crowds cheered.", "Rain fell."]})
    terms = set(mk.keyness(mk.load_corpus(frame, quiet=True), ngram=2, min_count=1)["term"])
    assert terms == {"troops left", "crowds cheered", "rain fell"}   # not "left crowds"


def test_one_group_is_no_comparison():
    frame = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["Troops left."]})
    with pytest.raises(ValueError, match="keyness compares groups"):
        mk.keyness(mk.load_corpus(frame, quiet=True))


def test_keep_stopwords(corpus):
    k = mk.keyness(corpus, stopwords="keep", min_count=1)
    assert "the" in set(k["term"])
    with pytest.raises(ValueError, match="stopwords must be 'drop' or 'keep'"):
        mk.keyness(corpus, stopwords="yes")


def test_first_occurrence_is_evidence(key, corpus):
    first = corpus.tokens.set_index(["doc_id", "start"])["norm"].astype(str)
    last = corpus.tokens.set_index(["doc_id", "end"])["norm"].astype(str)
    for r in mk.keyness(corpus, ngram=2, min_count=1).itertuples():
        assert (first[(r.doc_id, r.start)], last[(r.doc_id, r.end)]) == tuple(r.term.split())
    for r in key.itertuples():
        assert first[(r.doc_id, r.start)] == r.term


def _bh_by_hand(p):
    """Benjamini & Hochberg (1995), step-up: p(i) * m / i, made monotone from the largest p down."""
    order = sorted(range(len(p)), key=lambda i: p[i])
    out, running = [0.0] * len(p), 1.0
    for rank in range(len(p), 0, -1):
        i = order[rank - 1]
        running = min(running, p[i] * len(p) / rank)
        out[i] = running
    return out


def test_p_values_are_adjusted_for_every_test_of_the_table(key):
    assert key["p_adjusted"].tolist() == pytest.approx(_bh_by_hand(key["p"].tolist()), abs=1e-12)
    assert key["significant"].eq(key["p_adjusted"] < 0.05).all()
    # five articles: dozens of raw p-values under 0.05, none survives the correction
    assert (key["p"] < 0.05).sum() > 20 and not key["significant"].any()


def test_bonferroni_on_request(corpus):
    k = mk.keyness(corpus, min_count=1, correction="bonferroni")
    assert k["p_adjusted"].tolist() == pytest.approx([min(1.0, p * len(k)) for p in k["p"]], abs=1e-12)


def test_conservative_log_ratio():
    # 100 of 1,000 words against 10 of 1,000: log2(10) = 3.32; SE of ln RR = sqrt(1/100 - 1/1000 + 1/10 - 1/1000)
    # = 0.3286, so the 95% interval is 3.32 -/+ 1.96 * 0.3286 / ln 2 = 3.32 -/+ 0.929: conservative 2.39
    from mediakit.keyness import statistics

    s = statistics([100, 2], [10, 0], [1000, 1000], [1000, 1000])
    assert s["log_ratio"][0] == pytest.approx(3.3219, abs=1e-4)
    assert s["log_ratio_conservative"][0] == pytest.approx(2.3927, abs=1e-3)
    assert s["log_ratio_conservative"][1] == 0                         # 2 against 0: the interval crosses zero


def test_ranks_say_when_they_are_ties(key, corpus):
    iran = key[key["group"] == "Iran News Daily"].head(3)
    assert iran["rank"].tolist() == [1, 1, 1] and iran["tied"].all()   # three terms share one z
    by_effect = mk.keyness(corpus, min_count=1, rank_by="log_ratio_conservative")
    first = by_effect.groupby("group").head(1)
    assert (first["rank"] == 1).all()
    assert (by_effect.groupby("group")["log_ratio_conservative"].transform("max") ==
            by_effect.groupby("group")["log_ratio_conservative"].transform("first")).all()


def test_prior_strength(corpus):
    weak = mk.keyness(corpus, min_count=1, prior=0.1).set_index(["group", "term"])["log_odds_z"]
    strong = mk.keyness(corpus, min_count=1).set_index(["group", "term"])["log_odds_z"]
    assert weak.loc[("The Independent", "killing")] > strong.loc[("The Independent", "killing")]


def test_documents_can_be_the_groups(corpus):
    # Notebook 04 tells a user with one outlet to compare documents, `mk.keyness(c, by="doc_id")`; that raised
    # KeyError. The Independent's article (002_...) says "killing" six times, the other four once in all.
    k = mk.keyness(corpus, by="doc_id")
    assert set(k["group"]) == set(corpus.docs["doc_id"])
    top = k[k["group"] == "002_232c97f09dcc63de"].iloc[0]
    assert (top["term"], int(top["count"]), int(top["count_rest"])) == ("killing", 6, 1)
    assert set(mk.collocations(corpus, by="doc_id")["group"]) <= set(corpus.docs["doc_id"])
