"""The measures on real corpora of other events, with no event word list: values read off the articles.

The practice corpora live in ../shared/corpus/practice (beside the checkout, never shipped); every test here
skips, saying so, where that folder is absent.
"""

import re
from pathlib import Path

import pytest

import mediakit as mk

PRACTICE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "practice"


def practice(name: str) -> mk.Corpus:
    path = PRACTICE / name
    if not (path / "metadata.csv").is_file():
        pytest.skip(f"practice corpus {name} not found at {path} (it lives in ../shared beside the checkout)")
    return mk.load_corpus(path, quiet=True)


@pytest.fixture(scope="module")
def floyd():
    return practice("george-floyd-protests-2020")


@pytest.fixture(scope="module")
def syria():
    return practice("syria-strike-2017")


@pytest.fixture(scope="module")
def berlin():
    return practice("berlin-market-attack-2016")


# ------------------------------------------------------------------------------------------------ actors

def test_floyd_actors(floyd):
    cast = mk.actors(floyd).set_index("actor")
    assert cast.loc["George Floyd", "kind"] == "person" and cast.loc["George Floyd", "outlets"] >= 10
    assert cast.loc["Donald Trump", "kind"] == "person"
    assert {"Derek Chauvin", "Tim Walz", "Jacob Frey", "Keisha Lance Bottoms", "Minneapolis", "National Guard",
            "White House"} <= set(cast.index)
    assert cast.loc["United States", "kind"] == "country"
    found = mk.actor_mentions(floyd)
    chauvin = found[found["actor"] == "Derek Chauvin"]
    assert {"Derek Chauvin", "Chauvin"} <= set(chauvin["mention"])


def test_floyd_role_nouns_stay_in_their_story(floyd):
    found = mk.actor_mentions(floyd)
    intercept = found[(found["outlet"] == "The Intercept") & (found["form"] == "role")]
    # "Mayor Jacob Frey" ... "the mayor described that “as an essential first step”"
    assert ("the mayor", "Jacob Frey") in set(zip(intercept["mention"], intercept["actor"], strict=True))
    # Vox never names Frey: its mayors are Bowser's, and a role goes to no actor of another story
    vox = found[found["outlet"] == "Vox"]
    assert "Jacob Frey" not in set(vox["actor"])


def test_syria_one_actor_across_spellings(syria):
    found = mk.actor_mentions(syria)
    assad = found[found["actor"] == "Bashar al-Assad"]
    assert {"Bashar al-Assad", "Bashar Assad", "Assad"} <= set(assad["mention"])
    assert assad["outlet"].nunique() == 12                     # every outlet names him
    russia = found[found["actor"] == "Russia"]
    assert {"Russia", "Russian", "Moscow"} <= set(russia["mention"])


@pytest.mark.parametrize(("outlet", "label", "kind"), [
    ("Associated Press", "Russia's deputy ambassador", "appositive"),   # "Russia's deputy ambassador, Vladimir ..."
    ("CNN (Web News)", "Russian Deputy Ambassador", "premodifier"),    # "Russian Deputy Ambassador Safronkov warned"
])
def test_syria_labels_per_outlet(syria, outlet, label, kind):
    labels = mk.actor_labels(syria)
    rows = labels[(labels["actor"] == "Vladimir Safronkov") & (labels["outlet"] == outlet)]
    assert (label, kind) in set(zip(rows["label"], rows["label_kind"], strict=True))


def test_berlin_labels_and_roles(berlin):
    labels = mk.actor_labels(berlin)
    urban = labels[(labels["actor"] == "Lukasz Urban") & (labels["outlet"] == "BBC News")]
    assert "Polish lorry driver" in set(urban["label"])
    # "a struggle with the lorry driver, found murdered in the cab": the driver the article names
    assert "the lorry driver" in set(urban.loc[urban["label_kind"] == "role", "mention"])
    amri = labels[labels["actor"] == "Anis Amri"]
    assert set(amri["kind"]) == {"person"} and {"Anis Amri", "Amri"} <= set(amri["mention"])
    germany = mk.actor_mentions(berlin).query("actor == 'Germany'")
    assert {"Germany", "Berlin", "German"} <= set(germany["mention"])


# ------------------------------------------------------------------------------------------------ word choice

def test_floyd_protesters_family_with_the_quoted_own_split(floyd):
    every = mk.word_choice(floyd, voice="all")
    loaded = every[(every["family"] == "protesters") & (every["variant"] == "loaded")]
    # In their own words only National Review ("Meet Rioters with Overwhelming Force", "emboldens mobs", "The
    # mob descended") and Townhall ("overrun by rioters") call them rioters or a mob ...
    assert set(loaded.loc[~loaded["quoted"], "outlet"]) == {"National Review", "Townhall"}
    # ... while CNN's are Trump's words: "professional anarchists, violent mobs ... looters, ... rioters"
    cnn = loaded[loaded["outlet"] == "CNN (Web News)"]
    assert cnn["quoted"].all() and sorted(cnn["match"].str.lower()) == ["anarchists", "looters", "mobs", "rioters"]


def test_floyd_neutral_counts_agree_with_a_regex(floyd):
    own = mk.word_choice(floyd)
    neutral = own[(own["family"] == "protesters") & (own["variant"] == "neutral")]
    ap = floyd.texts().set_index("outlet").loc["Associated Press", "text"]
    ap_own = re.sub(r"“[^”\n]*”|\"[^\"\n]*\"", " ", ap)
    pattern = r"\b(?:protesters?|protestors?|demonstrators?|activists?|marchers?|counter-protesters?)\b"
    assert (neutral["outlet"] == "Associated Press").sum() == len(re.findall(pattern, ap_own, re.I))


# ------------------------------------------------------------------------------------------------ substitutions

def test_floyd_verbs_of_saying_and_presence_are_not_nouns_or_tear_gas(floyd):
    # read off the articles: "in 23 states", "state investigators" and "on a seemingly sympathetic note" are no
    # verbs of saying; "Police deployed tear gas" is no military presence; "The National Guard deployed in 23
    # states" is one
    w = mk.word_choice(floyd)
    speech = w[w["family"] == "speech"]
    assert not speech["match"].str.lower().isin(["state", "states", "note", "notes"]).any()
    presence = w[w["family"] == "presence"]["sentence"]
    assert not presence.str.contains("tear gas").any()
    assert presence.str.contains("The National Guard deployed in 23 states").any()


def test_floyd_substitutions_found_with_no_word_list(floyd):
    pairs = mk.substitution_pairs(mk.substitutions(floyd))
    found = {(a, b): n for a, b, n in zip(pairs["words"], pairs["words_b"], pairs["sentence_pairs"], strict=True)}
    # the charge: "manslaughter" in The Intercept, "second-degree manslaughter" in AP, Reuters and others
    assert found[("manslaughter", "second-degree manslaughter")] >= 3
    # the time on Floyd's neck: The Hill "for about eight minutes", NBC "for nearly 9 minutes"
    assert ("about eight", "nearly 9") in found
    assert pairs.iloc[0]["sentence_pairs"] == pairs["sentence_pairs"].max()


def test_syria_coverage_has_no_giant_group(syria):
    cov = mk.coverage(syria)
    assert cov.groupby("group").size().max() <= 24          # two sentences per outlet at most, not chains
    assert (cov["n_outlets"] == 1).mean() > 0.5             # most sentences are one outlet's own


def test_two_shared_words_are_a_topic_not_the_same_fact(syria):
    marches = mk.align(practice("marches-2017-2018"))
    # Townhall "This is not just a fight over the Second Amendment." / National Review "They do not value the
    # Second Amendment, and so they dismiss it." (0.48); Townhall "weapons of war out of the hands of civilians" /
    # The Daily Caller "many legitimate weapons of war protecting the marchers" (0.36)
    for words in ("Second Amendment", "weapons of war"):
        assert not (marches["sentence"].str.contains(words) & marches["sentence_b"].str.contains(words)).any()
    # three words are enough: Newsmax "We are prepared to do more, but we hope that will not be necessary," and
    # AP "Haley said the U.S. was prepared to take further action in Syria but hoped it wouldn't be necessary"
    pairs = mk.align(syria)
    haley = pairs[pairs["sentence"].str.contains("prepared to") & pairs["sentence_b"].str.contains("prepared to")]
    assert {o for p in haley[["outlet", "outlet_b"]].values for o in p} >= {"Newsmax", "Associated Press"}


def test_a_number_in_common_aligns_sentences_told_in_other_words(berlin):
    pairs = mk.align(berlin)
    # Christian Science Monitor "killing 12 and wounding 48 others" / The Daily Caller "which killed 12 and injured
    # 48" (cosine 0.26); Fox News / BBC News "890,000 migrants" / "890,000 asylum seekers" (0.23)
    for a, b, words in [("Christian Science Monitor", "The Daily Caller", "48"), ("Fox News", "BBC News", "890,000")]:
        found = pairs[pairs["sentence"].str.contains(words) & pairs["sentence_b"].str.contains(words)]
        assert {a, b} in [{x, y} for x, y in found[["outlet", "outlet_b"]].values]


# ------------------------------------------------------------------------------------------------ figures

def test_berlin_ledger_of_the_dead_and_injured(berlin):
    figures = mk.figures(berlin)
    phrases = figures.groupby(["counts", "outlet"])["phrase"].agg(set)
    ledger = mk.compare_figures(figures, berlin).set_index(["counts", "outlet"])
    # 12 dead in every piece (Fox News: "At least 12"); injured: 48 (CSM, Daily Caller, CNN), "more than 50"
    # (Fox News), 49 (BBC)
    for outlet in ("Christian Science Monitor", "The Daily Caller", "CNN (Web News)", "BBC News"):
        assert "12" in phrases[("dead", outlet)]
    assert ledger.loc[("dead", "Fox News"), "figures"].startswith("At least 12")
    for outlet in ("Christian Science Monitor", "The Daily Caller", "CNN (Web News)"):
        assert "48" in ledger.loc[("injured", outlet), "figures"]
    assert "more than 50" in ledger.loc[("injured", "Fox News"), "figures"]
    assert "49" in ledger.loc[("injured", "BBC News"), "figures"]


def test_marches_crowd_sizes_read_off_the_articles():
    marches = practice("marches-2017-2018")
    sizes = mk.crowd_estimates(marches)
    rows = {(r.outlet, r.phrase): (r.kind, r.source) for r in sizes.itertuples()}
    # Newsmax: "Officials said the crowd in Washington could be more than half a million people"; "Organizers
    # estimated 3 million people would march worldwide" is an expectation, given by the organisers
    assert rows[("Newsmax", "more than half a million")] == ("reported", "Officials")
    assert rows[("Newsmax", "estimated 3 million")] == ("forecast", "Organizers")
    # "in Chicago, organizers canceled the march portion ... after the overflow crowd reached an estimated 150,000"
    assert rows[("Newsmax", "an estimated 150,000")] == ("reported", "")
    # The Hill's preview: "are expected to flood", and "a National Park Service permit for 500,000 people"
    assert set(sizes.loc[sizes["outlet"] == "The Hill", "kind"]) == {"forecast"}
    assert rows[("Fox News", "Some 500,000")] == ("forecast", "")
    # no crowds: Fox News quoting "Dozens of students have been shot and killed"; National Review's "hundreds of
    # thousands of Americans use guns in self-defense each year"; The Daily Caller "asked dozens of protesters"
    assert set(sizes["outlet"]).isdisjoint({"National Review", "The Daily Caller"})
    assert "Dozens" not in set(sizes.loc[sizes["outlet"] == "Fox News", "phrase"])


def test_syria_missiles_side_by_side(syria):
    weapons = mk.figures(syria).query("counts == 'weapons'")
    per_outlet = weapons.groupby("outlet")["phrase"].agg(set)
    # "59 Tomahawk" (Breitbart, citing the Pentagon; CSM; Politico); "some 60 cruise missiles" (AP);
    # "dozens of Tomahawk missiles" (Newsmax)
    for outlet in ("Breitbart News", "Christian Science Monitor", "Politico"):
        assert "59" in per_outlet[outlet]
    assert "some 60" in per_outlet["Associated Press"] and "dozens" in per_outlet["Newsmax"]
    assert "Pentagon" in " ".join(weapons.loc[weapons["outlet"] == "Breitbart News", "source"])


# ------------------------------------------------------------------------------------------------ cleaning

def test_the_hills_pop_up_cards_are_set_aside_and_its_names_read_whole(floyd):
    # The Hill's page saved its pop-up cards inside the sentences: "Mayor Bill de Blasio Bill de BlasioScience
    # says: 'Open the schools' ... MORE (D) appealed for calm"; three of them, after de Blasio, Walz and Trump
    aside = mk.set_aside(floyd)
    cards = aside[(aside["outlet"] == "The Hill") & aside["reason"].str.startswith("pop-up card")]
    assert [p.split()[0] for p in cards["preview"]] == ["Bill", "Timothy", "Donald"]
    hill = floyd.sentences[floyd.sentences["doc_id"] == "WGbgXLHfdou22jMX"]
    read = [" ".join(t.split()) for t in hill["text"]]
    assert "New York City Mayor Bill de Blasio (D) appealed for calm as images surfaced of numerous altercations " \
           "between police and demonstrators." in read
    named = set(mk.actor_mentions(floyd).query("outlet == 'The Hill'")["actor"])
    assert {"Bill de Blasio", "Tim Walz", "Donald Trump"} <= named
    assert named.isdisjoint({"Bill de Blasio Bill de BlasioScience", "James WalzTrump", "Trump Donald John TrumpFauci",
                             "Stopping Israel", "Joe Biden"})     # the cards' names glued to their headlines
    # an embedded tweet: "... pic.twitter.com/FsdemStnz8 — CJ Fogler (@cjzer...": its link and handles name nobody
    assert named.isdisjoint({"FsdemStnz8", "JasonLemon", "PDXzane"}) and "CJ Fogler" in named
    q = mk.quotes(floyd).query("outlet == 'The Hill'")
    assert "Open the schools" not in set(q["quote"])                # a headline of the card, not de Blasio's words
    assert set(q.loc[q["speaker"] == "The mayor", "actor"]) == {"Bill de Blasio"}
