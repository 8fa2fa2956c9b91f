"""Event lexicons: given once, beside the corpus or by name, and read by every measure; none ships."""

import subprocess
import sys
import tomllib
from importlib import resources

import pandas as pd
import pytest

import mediakit as mk
from conftest import BUNDLED

SEED_NAMES = ["sadr", "soleimani", "muhandis", "khazali", "sistani", "hashd", "baghdad march", "troop_count",
              "boycott", "march_location", "abdul-mahdi"]


def test_no_event_knowledge_ships_with_the_package():
    shipped = " ".join(p.read_text(encoding="utf-8").lower()
                       for p in resources.files("mediakit").joinpath("lexicons").iterdir() if p.name.endswith(".toml"))
    assert [name for name in SEED_NAMES if name in shipped] == []


def test_the_bundled_event_lexicon_is_the_worked_example():
    data = tomllib.loads((BUNDLED / "lexicon.toml").read_text(encoding="utf-8"))
    assert {"aliases", "phrases", "actors", "framing", "claims", "cleaning"} <= set(data)
    assert set(mk.load_lexicon(BUNDLED / "lexicon.toml").data) == set(data)


def test_a_folder_lexicon_is_picked_up_and_said(capsys):
    corpus = mk.load_corpus(BUNDLED)
    assert "event lexicon: lexicon.toml" in capsys.readouterr().out
    assert corpus.lexicon.source.endswith("lexicon.toml")
    assert "troop_count" in set(mk.claims(corpus)["claim"])
    bare = mk.load_corpus(BUNDLED, lexicon=False, quiet=True)
    assert not bare.lexicon and mk.claims(bare).empty
    # the lexicon's cleaning rule is what sets SouthFront's reader comments aside
    assert "comments" in set(corpus.sections["section"]) and "comments" not in set(bare.sections["section"])


def test_a_lexicon_given_by_mapping_reaches_every_measure():
    frame = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["A", "B"], "text": [
        "Mr Smyth said the raid on the farm was an outrage.", "Mr Smith said the police visit was routine."]})
    lexicon = {"aliases": {"smith": ["smyth"]},
               "framing": {"police_action": {"neutral": ["visit"], "loaded": ["raid"]}},
               "claims": {"farm": {"patterns": ["\\bfarm\\b"]}}}
    corpus = mk.load_corpus(frame, lexicon=lexicon, quiet=True)
    assert corpus.tokens["norm"].astype(str).tolist().count("smith") == 2           # the alias, at loading
    rates = mk.word_choice_rates(mk.word_choice(corpus), corpus)                      # given once, not again
    assert rates.query("family == 'police_action' and count > 0")[["outlet", "variant"]].values.tolist() == [
        ["A", "loaded"], ["B", "neutral"]]
    assert mk.claims(corpus)["outlet"].tolist() == ["A"]
    smith = mk.actor_mentions(corpus)
    assert smith.loc[smith["mention"].isin(["Smyth", "Smith"]), "actor"].nunique() == 1


def test_bad_lexicons_name_the_file_and_the_fix(tmp_path):
    bad = tmp_path / "lexicon.toml"
    bad.write_text("[actorz.x]\nname = 'X'\n", encoding="utf-8")
    with pytest.raises(mk.CorpusError, match=r"lexicon.toml: unknown table\(s\) \['actorz'\]"):
        mk.load_corpus(BUNDLED, lexicon=bad)
    bad.write_text("[actors\n", encoding="utf-8")
    with pytest.raises(mk.CorpusError, match="lexicon.toml: not valid TOML"):
        mk.load_corpus(BUNDLED, lexicon=bad)
    with pytest.raises(mk.CorpusError, match="no such lexicon file"):
        mk.load_corpus(BUNDLED, lexicon=tmp_path / "nope.toml")


def test_the_command_line_takes_a_lexicon(tmp_path):
    other = tmp_path / "other.toml"
    other.write_text("[claims.x]\npatterns = ['march']\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "mediakit.cli", "summary", str(BUNDLED), "--lexicon", str(other)],
                         capture_output=True, text=True, check=True)
    assert "event lexicon: other.toml" in run.stdout
    run = subprocess.run([sys.executable, "-m", "mediakit.cli", "report", str(BUNDLED), "--lexicon",
                          str(tmp_path / "missing.toml"), "--out", str(tmp_path / "r")], capture_output=True, text=True)
    assert run.returncode == 2 and "missing.toml: no such lexicon file" in run.stderr


def test_an_alias_given_at_loading_reaches_word_choice_and_actors():
    frame = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["A", "B"], "text": [
        "The rioteers smashed windows.", "Mayor Jo Smyth said Jo Smith was calm."]})
    corpus = mk.load_corpus(frame, aliases={"aliases": {"rioters": ["rioteers"], "smith": ["smyth"]}}, quiet=True)
    loaded = mk.word_choice(corpus).query("family == 'protesters'")
    assert loaded[["outlet", "variant", "match"]].values.tolist() == [["A", "loaded", "rioteers"]]
    assert mk.actor_mentions(corpus).query("outlet == 'B'")["actor"].nunique() == 1


def test_the_command_line_renames_columns(tmp_path, corpus):
    table = corpus.docs[["doc_id", "outlet", "title", "text"]].rename(columns={"doc_id": "id", "outlet": "source"})
    path = tmp_path / "export.csv"
    table.to_csv(path, index=False)
    run = subprocess.run([sys.executable, "-m", "mediakit.cli", "summary", str(path), "--rename", "id=doc_id",
                          "--rename", "source=outlet"], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.startswith("5 documents from 5 outlets"), run.stderr
    bad = subprocess.run([sys.executable, "-m", "mediakit.cli", "summary", str(path), "--rename", "id"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "'id' is not old=new" in bad.stderr


def test_a_lexicon_adds_countries_to_the_country_table():
    frame = pd.DataFrame({"doc_id": ["a"], "outlet": ["A"], "text": [
        "Officials in Freedonia said the Freedonian army had left. Fredville was calm on Monday."]})
    lexicon = {"countries": {"Freedonia": ["Freedonian", "Freedonians", "Fredville"]}}
    found = mk.actor_mentions(mk.load_corpus(frame, lexicon=lexicon, quiet=True))
    country = found[found["actor"] == "Freedonia"]
    assert set(country["mention"]) == {"Freedonia", "Freedonian", "Fredville"}
    assert set(country["kind"]) == {"country"}
