"""Actor labels, as read in the five articles, and on an article written here about another event."""

import pandas as pd
import pytest

import mediakit as mk


@pytest.fixture(scope="module")
def labels(corpus):
    return mk.actor_labels(corpus)


# How each outlet describes Sadr, read off the articles.
SADR = {
    "Kurdistan 24": "firebrand cleric",
    "Radio Farda (RFE/RL)": "a prominent Shi'ite cleric",
    "The Independent": "an influential Shia cleric",
    "Iran News Daily": "the influential cleric",
    "SouthFront": "Iraqi Shia cleric and political leader",
}


@pytest.mark.parametrize(("outlet", "label"), list(SADR.items()))
def test_sadr_labels_per_outlet(labels, outlet, label):
    sadr = labels[(labels["actor"] == "Muqtada al-Sadr") & (labels["outlet"] == outlet)]
    assert label in {part for value in sadr["label"] for part in value.split("; ")}


@pytest.mark.parametrize(("outlet", "label"), [
    ("Radio Farda (RFE/RL)", "Iran-backed Shi'ite"),
    ("Kurdistan 24", "Tehran-aligned Iraqi"),
    ("Kurdistan 24", "various Iranian-backed"),
    ("The Independent", "Iran-backed"),
])
def test_armed_groups_labels(labels, outlet, label):
    groups = labels[(labels["actor"] == "Iran-aligned armed groups") & (labels["outlet"] == outlet)]
    assert label in set(groups["label"])


def test_armed_groups_names(labels):
    names = labels[labels["actor"] == "Iran-aligned armed groups"].groupby("outlet")["mention"].agg(set)
    assert "anti-terror forces" in names["Iran News Daily"] and "Hashd al-Shaabi" in names["Iran News Daily"]
    assert "Popular Mobilization Units" in names["SouthFront"]


@pytest.mark.parametrize(("actor", "outlet", "label", "kind"), [
    ("Abu Mahdi al-Muhandis", "Kurdistan 24", "a senior Iraqi militia commander", "appositive"),
    ("Qassem Soleimani", "Iran News Daily", "Iranian Lt. Gen.", "premodifier"),
    ("Qassem Soleimani", "Radio Farda (RFE/RL)", "Iran's top military commander", "appositive"),
    ("Qais al-Khazali", "Kurdistan 24", "notorious militia commander", "premodifier"),
    ("Qais al-Khazali", "Iran News Daily", "a Hashd commander", "appositive"),
    ("Ali al-Sistani", "Iran News Daily", "Iraq’s top Shia authority; Ayatollah", "appositive+title"),
])
def test_other_labels(labels, actor, outlet, label, kind):
    rows = labels[(labels["actor"] == actor) & (labels["outlet"] == outlet) & (labels["label"] == label)]
    assert rows["label_kind"].tolist() == [kind]


def test_first_mention_and_headline(labels):
    first = labels[labels["first_mention"]]
    assert not first.duplicated(["doc_id", "actor"]).any()
    k24 = first[(first["outlet"] == "Kurdistan 24") & (first["actor"] == "Muqtada al-Sadr")].iloc[0]
    assert (k24["mention"], bool(k24["in_headline"])) == ("Sadr", True)
    farda = first[(first["outlet"] == "Radio Farda (RFE/RL)") & (first["actor"] == "Muqtada al-Sadr")].iloc[0]
    assert (farda["mention"], farda["label_kind"]) == ("a prominent Shi'ite cleric", "role")


def test_offsets(labels, corpus):
    text = corpus.docs.set_index("doc_id")["text"]
    for r in labels.itertuples():
        assert text[r.doc_id][r.start:r.end] == r.mention


def test_a_role_is_not_given_when_two_actors_share_it():
    frame = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [
        "Sadr met Sistani. The cleric said nothing."]})
    extra = {"actors": {"sistani": {"roles": ["cleric"]}}}
    t = mk.actor_labels(mk.load_corpus(frame, quiet=True), actors=extra)
    assert t["label_kind"].tolist() == ["", ""]


OTHER = ("Farmers block Brussels\nThousands of farmers drove tractors into Brussels on Monday. \"We cannot live on "
         "these prices,\" said Marie Dupont, a dairy farmer from Liège. Agriculture commissioner Janusz "
         "Wojciechowski, a former auditor, told reporters the EU would listen. \"The talks are open to all,\" he "
         "said. The commissioner left at noon.")
EXTRA = {"actors": {"wojciechowski": {"name": "Janusz Wojciechowski",
                                      "variants": ["Janusz Wojciechowski", "Wojciechowski"],
                                      "roles": ["commissioner"]}}}


def test_another_event():
    corpus = mk.load_corpus(pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [OTHER]}), quiet=True)
    t = mk.actor_labels(corpus, actors=EXTRA)
    t = t[t["actor"] == "Janusz Wojciechowski"]
    assert t[["mention", "label", "label_kind"]].values.tolist() == [
        ["Janusz Wojciechowski", "Agriculture commissioner; a former auditor", "premodifier+appositive"],
        ["The commissioner", "The commissioner", "role"]]


def test_shared_variants_are_refused(corpus):
    with pytest.raises(ValueError, match="share the name variant 'Sadr'"):
        mk.actor_labels(corpus, actors={"actors": {"other": {"variants": ["Sadr"]}}})
