"""Word choice: the general families read off the five articles, senses, `near`, the quoted/own split, and
families on texts written here about other events."""

import re

import pandas as pd
import pytest

import mediakit as mk

# Read off the headlines and bodies: every word of the general killing family, the outlet's own words only.
KILLING = {
    "Radio Farda (RFE/RL)": {"neutral": ["killed"], "loaded": []},
    "Kurdistan 24": {"neutral": ["killed", "killing"], "loaded": ["assassination"]},
    "The Independent": {"neutral": ["killing", "killing", "killing", "killed", "killing", "killing", "killing"],
                        "loaded": []},
    "Iran News Daily": {"neutral": [], "loaded": ["assassinations", "assassinated"]},
    "SouthFront": {"neutral": ["killed"], "loaded": []},
}
# The same, only where the sentence is about Soleimani: the 600 protesters killed since October, the 10 people
# killed this week and the US-Iraqi contractor are other deaths.
KILLING_NEAR_SOLEIMANI = {
    "Radio Farda (RFE/RL)": ["killed"], "Kurdistan 24": ["killed", "assassination"],
    "The Independent": ["killing", "killing", "killing", "killing"],
    "Iran News Daily": ["assassinated"], "SouthFront": ["killed"],
}


@pytest.fixture(scope="module")
def occurrences(corpus):
    return mk.word_choice(corpus)


@pytest.mark.parametrize("outlet", list(KILLING))
@pytest.mark.parametrize("variant", ["neutral", "loaded"])
def test_general_killing_family_as_read_in_the_articles(occurrences, outlet, variant):
    rows = occurrences[(occurrences["outlet"] == outlet) & (occurrences["family"] == "killing")
                       & (occurrences["variant"] == variant)]
    assert rows["match"].tolist() == KILLING[outlet][variant]


@pytest.mark.parametrize("outlet", list(KILLING_NEAR_SOLEIMANI))
def test_near_restricts_a_family_to_one_actor(corpus, outlet):
    t = mk.word_choice(corpus, near="Soleimani")
    rows = t[(t["outlet"] == outlet) & (t["family"] == "killing")]
    assert rows["match"].tolist() == KILLING_NEAR_SOLEIMANI[outlet]


def test_quoted_words_are_the_speakers(corpus):
    every = mk.word_choice(corpus, voice="all")
    quoted = every[every["quoted"]]
    # "America killed our national leaders," read one banner; “Get out, occupier.”; "occupation" in Sadr's words
    assert ("Kurdistan 24", "killed") in set(zip(quoted["outlet"], quoted["match"], strict=True))
    occ = quoted[quoted["variant"] == "occupation"]
    assert sorted(zip(occ["outlet"], occ["match"], strict=True)) == [
        ("Iran News Daily", "non-occupying"), ("Iran News Daily", "occupier"), ("Kurdistan 24", "occupation"),
        ("SouthFront", "occupier"), ("The Independent", "occupier")]
    own = mk.word_choice(corpus)
    assert not own["quoted"].any() and (own["variant"] != "occupation").all()   # no outlet says "occupation"
    assert len(every) == len(own) + len(quoted)


def test_killing_counts_agree_with_an_independent_regex_count(occurrences, corpus):
    """Independent check: a regex over the analysed text, outside quotation marks."""
    rates = mk.word_choice_rates(occurrences, corpus).query("family == 'killing'").set_index(["outlet", "variant"])
    neutral = re.compile(r"\b(?:kill(?:s|ed|ing)?|di(?:e|es|ed|ing)|deaths?|dead)\b", re.I)
    loaded = re.compile(r"\b(?:assassinat\w*|murder\w*|execut\w*|martyr\w*|slaughter\w*|massacre\w*|eliminat\w*)\b",
                        re.I)
    quotes = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
    for outlet, text in corpus.texts()[["outlet", "text"]].itertuples(index=False):
        own = quotes.sub(" ", text)
        assert rates.loc[(outlet, "neutral"), "count"] == len(neutral.findall(own))
        assert rates.loc[(outlet, "loaded"), "count"] == len(loaded.findall(own))


def test_rates_per_thousand_own_words(occurrences, corpus):
    rates = mk.word_choice_rates(occurrences, corpus)
    words = corpus.tokens[~corpus.tokens["is_punct"] & ~corpus.tokens["quoted"]
                          & corpus.tokens["section"].isin(["headline", "body"])]
    iran = corpus.docs.loc[corpus.docs["outlet"] == "Iran News Daily", "doc_id"].item()
    n_words = int((words["doc_id"] == iran).sum())
    row = rates[(rates["outlet"] == "Iran News Daily") & (rates["family"] == "killing")
                & (rates["variant"] == "loaded")].iloc[0]
    assert (row["count"], row["words"]) == (2, n_words)
    assert row["per_1000_words"] == pytest.approx(2000 / n_words)
    assert row["share"] == 1.0                        # Iran News Daily never says "killed" in its own words
    # every variant of every family for every outlet, zeros included, with no lexicon given again
    assert len(rates) == 5 * len(rates[["family", "variant"]].drop_duplicates())
    assert {"killing", "protesters", "armed_actors", "state", "speech", "military_action", "unrest", "presence",
            "migrants", "armed_groups", "event"} <= set(rates["family"])


def test_event_families_come_from_the_corpus_lexicon(corpus):
    bare = mk.load_corpus(corpus.source, quiet=True, lexicon=False)
    assert "armed_groups" not in set(mk.word_choice_rates(mk.word_choice(bare), bare)["family"])
    farda = mk.word_choice(corpus).query("outlet == 'Radio Farda (RFE/RL)' and family == 'armed_groups'")
    assert "Popular Mobilization Forces" in set(farda["match"])
    assert "Forces" not in set(farda["match"])            # the longer name wins over "forces"


def test_offsets_and_sentences(occurrences, corpus):
    text = corpus.docs.set_index("doc_id")["text"]
    for r in occurrences.itertuples():
        assert text[r.doc_id][r.start:r.end] == r.match
        assert r.match in r.sentence


OTHER = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["Left", "Right", "Wire"], "text": [
    "Protesters marched on City Hall. Police said 12 demonstrators were arrested. The United States stated its "
    "concern. The two sides will strike a deal, officials said.",
    "Rioters looted shops as the mob attacked police. In March, the regime claimed the riots were planned. "
    "Death to America, they chanted.",
    "Stocks staged a rally in Tokyo. The death toll rose to 12. Police occupied Harcourt Road.",
]})


@pytest.fixture(scope="module")
def other():
    return mk.word_choice(mk.load_corpus(OTHER, quiet=True))


def test_general_families_on_another_event(other):
    got = sorted(zip(other["outlet"], other["family"], other["variant"], other["match"], strict=True))
    assert ("Left", "protesters", "neutral", "Protesters") in got
    assert ("Left", "protesters", "neutral", "demonstrators") in got
    assert ("Right", "protesters", "loaded", "Rioters") in got and ("Right", "protesters", "loaded", "mob") in got
    assert ("Right", "unrest", "loaded", "riots") in got
    assert ("Right", "state", "loaded", "regime") in got
    assert ("Right", "speech", "doubting", "claimed") in got
    assert ("Wire", "killing", "neutral", "death") in got                 # "the death toll" is about deaths


@pytest.mark.parametrize("match", ["strike", "March", "Death", "rally", "occupied", "States", "stated"])
def test_other_senses_are_not_counted(other, match):
    # "strike a deal", "In March", "Death to America", "a rally in Tokyo" stocks, "occupied Harcourt Road",
    # "The United States"; "stated" is counted once, as speech, never as the country
    rows = other[other["match"] == match]
    assert rows["family"].tolist() == (["speech"] if match == "stated" else [])


def test_user_lexicon_adds_a_family():
    corpus = mk.load_corpus(pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["A", "B"],
                                          "text": ["Looters emptied shops.", "Residents cleaned up."]}), quiet=True)
    lexicon = {"aftermath": {"neutral": ["residents"], "loaded": ["looters"]}}
    t = mk.word_choice(corpus, lexicon)
    t = t[t["family"] == "aftermath"]
    assert list(zip(t["outlet"], t["variant"], t["match"], strict=True)) == [
        ("A", "loaded", "Looters"), ("B", "neutral", "Residents")]
    assert "aftermath" in set(mk.word_choice_rates(mk.word_choice(corpus, lexicon), corpus)["family"])


def test_bad_lexicons_are_named():
    corpus = mk.load_corpus(pd.DataFrame({"doc_id": ["a"], "outlet": ["A"], "text": ["x"]}), quiet=True)
    with pytest.raises(ValueError, match="family 'solo' needs two or more variants"):
        mk.word_choice(corpus, {"solo": {"only": ["x"]}})
    with pytest.raises(ValueError, match="duo.exclude: bad pattern"):
        mk.word_choice(corpus, {"duo": {"a": ["x"], "b": ["y"], "exclude": ["("]}})
    with pytest.raises(ValueError, match="voice must be"):
        mk.word_choice(corpus, voice="mine")


def test_each_voice_is_its_own_table_when_one_corpus_is_asked_twice():
    # The table of all occurrences is kept on the corpus; asking for one voice must never change another.
    # Kurdistan 24 quotes a banner's "killed" (read off the article): a speaker's word, not the outlet's.
    c = mk.load_corpus("data/baghdad-2020-01-24", quiet=True)
    own, everything, quoted = mk.word_choice(c), mk.word_choice(c, voice="all"), mk.word_choice(c, voice="quoted")
    assert len(everything) == len(own) + len(quoted) and not own["quoted"].any() and quoted["quoted"].all()
    assert (own.attrs["voice"], everything.attrs["voice"], quoted.attrs["voice"]) == ("own", "all", "quoted")
    fresh = mk.word_choice(mk.load_corpus("data/baghdad-2020-01-24", quiet=True), voice="all")
    assert fresh.equals(everything)
    banner = quoted[(quoted["outlet"] == "Kurdistan 24") & (quoted["match"] == "killed")]
    assert len(banner) == 1 and banner["sentence"].iloc[0].startswith("\"America killed")
    assert banner["start"].iloc[0] not in own.loc[own["outlet"] == "Kurdistan 24", "start"].tolist()
