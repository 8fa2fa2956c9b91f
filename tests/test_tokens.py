"""Sentences and tokens, checked on the bundled articles and against NLTK's own Punkt."""

import pytest

import mediakit as mk
from conftest import doc_text
from mediakit.clean import paragraphs
from mediakit.tokens import punkt_breaks, sentence_breaks


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran-backed militias", ["Iran-backed", "militias"]),
    ("a “million-strong” march", ["a", "“", "million-strong", "”", "march"]),
    ("If you don’t leave, you’ll be ousted", ["If", "you", "don’t", "leave", ",", "you’ll", "be", "ousted"]),
    ("Lt. Gen. Qassem Soleimani", ["Lt.", "Gen.", "Qassem", "Soleimani"]),
    ("the U.S. military", ["the", "U.S.", "military"]),
    ("U.S power", ["U.S", "power"]),
    ("about 5,200 US troops", ["about", "5,200", "US", "troops"]),
    ("more than 2.5 million took part", ["more", "than", "2.5", "million", "took", "part"]),
    ("Sadr’s supporters", ["Sadr’s", "supporters"]),
    ("John J. Catherine", ["John", "J.", "Catherine"]),
    ("in Iraq.The end", ["in", "Iraq", ".", "The", "end"]),
    ("Move.. Move…", ["Move", "..", "Move", "…"]),
    # white space other than a space, and characters of two to four bytes in UTF-8 before a word
    ("\u3000Café\xa0crowds\u2009😀 ✊ marched\u2028in Kyiv.\x1c ", ["Café", "crowds", "😀", "✊", "marched", "in",
                                                               "Kyiv", "."]),
    ("  ", []),
])
def test_tokenize(text, expected):
    tokens, starts, ends = mk.tokenize(text)
    assert tokens == expected
    assert [text[a:b] for a, b in zip(starts, ends, strict=True)] == expected


def _sentence_with(corpus, outlet, phrase):
    doc_id = corpus.docs.loc[corpus.docs["outlet"] == outlet, "doc_id"].item()
    s = corpus.sentences[(corpus.sentences["doc_id"] == doc_id) & corpus.sentences["text"].str.contains(
        phrase, regex=False)]
    assert len(s) == 1, f"{phrase!r} is in {len(s)} sentences"
    return s["text"].item()


@pytest.mark.parametrize(("outlet", "phrase", "starts", "ends"), [
    ("Iran News Daily", "Lt. Gen. Qassem Soleimani", "America’s military presence has been",
     "outside Baghdad airport on January 3."),
    ("SouthFront", "Maj. Gen. Qassim Soleimani", "The decision was taken in the wake of a U.S. drone strike",
     "Abd al-Mahdi al-Muhandis."),
    ("SouthFront", "The U.S. rejected", "The U.S. rejected the official Iraqi decision",
     "in the oil-rich country."),
    ("Radio Farda (RFE/RL)", "U.S. President Donald Trump", "However, following a meeting between U.S.",
     "maintain its presence in the Middle Eastern country."),
    ("The Independent", "Amer Saad", "“The American forces should leave,”", "told the Associated Press."),
    ("Iran News Daily", "occupier!", "Huge crowds of men, women, and children", "“Yes to sovereignty!”"),
])
def test_abbreviations_and_quotes_do_not_end_sentences(corpus, outlet, phrase, starts, ends):
    sentence = _sentence_with(corpus, outlet, phrase)
    assert sentence.startswith(starts) and sentence.endswith(ends)


def test_no_sentence_ends_with_an_abbreviation(corpus):
    body = corpus.sentences[corpus.sentences["section"].isin(["headline", "body"])]
    assert not body["text"].str.contains(r"\b(?:U\.S\.|Lt\.|Gen\.|Maj\.|Mr\.)$", regex=True).any()


def test_two_sentences_in_one_paragraph_are_split(corpus):
    s = _sentence_with(corpus, "Iran News Daily", "Hashd al-Shaabi force agreed")
    assert s == "Military factions from the Hashd al-Shaabi force agreed to join."


def test_sentence_breaks_agree_with_nltk_punkt(corpus):
    """NLTK's PunktSentenceTokenizer with the same shipped parameters is the independent computation.

    Read off the texts, the only two places they differ in headlines and bodies are Punkt's mistakes: it
    ends a sentence inside “Get out, get out occupier!” and ..., and after the opening quote of “U.S.
    """
    differences = []
    for doc in corpus.docs.itertuples():
        s = corpus.sections[(corpus.sections["doc_id"] == doc.doc_id)
                            & corpus.sections["section"].isin(["headline", "body"])]
        for start, end in zip(s["start"], s["end"], strict=True):
            for a, b in paragraphs(doc.text[start:end]):
                para = doc.text[start + a:start + b]
                ours, theirs = set(sentence_breaks(para)[0]), set(punkt_breaks(para))
                differences += [para[max(0, i - 12):i + 6] for i in sorted(ours ^ theirs)]
    assert differences == ["t occupier!” and “", "“U.S. Presi"]



def test_sentences_glued_where_a_paragraph_break_was_lost():
    # Newsmax (North Korea's missile; the immigration court backlog), whose paragraphs reach us glued to each
    # other: "...a full-scale conflict.Yet CNN reported ...", "... told the Times.\"It means ...", "... become an
    # adult.\"Currently serving ...": a sentence ends there, before an opening quote and after a closing one.
    # The Iran deal: "... expire after 10-15 years.\"\"I said it ensures it,\" said Sherman": one mark closes, the
    # next opens. Guards, written for the test: an e-mail address ("Michelle.Hackman@wsj.com"), an abbreviation
    # ("Sen.Warren") and an initialism ("the U.S.Army") end no sentence
    text = ("the North is preparing for a full-scale conflict.Yet CNN reported early Thursday. Immigration Judge "
            "Dana Leigh Marks told the Times.\"It means that my caseload gets pushed back,\" she said. \"People lose "
            "track of witnesses or become an adult.\"Currently serving as president, Marks expects retirements. "
            "Write to Michelle.Hackman@wsj.com or ask Sen.Warren about the U.S.Army now. He said \"the limits "
            "expire after 10-15 years.\"\"I said it ensures it,\" said Sherman.")
    ends, starts = sentence_breaks(text)
    assert [text[e - 8:e] + "|" + text[s:s + 5] for e, s in zip(ends, starts, strict=True)] == [
        "onflict.|Yet C", "hursday.|Immig", "e Times.|\"It m", "he said.|\"Peop", " adult.\"|Curre",
        "rements.|Write", "rmy now.|He sa", " years.\"|\"I sa"]



def test_a_glued_break_reads_the_quotations_not_a_count_of_marks():
    # Newsmax (Bowe Bergdahl's release), its paragraphs glued and one mark lost ("...he did.\"There were military
    # assets ...": no mark opens the soldier's second quotation). Counting the marks before "revolting.\"He also"
    # took that mark for an opening one, so the quotation's closing mark began the next sentence and Bergdahl's
    # words went to "He also attacked the Army, saying ...". The quotations, paired, close it before "He".
    text = ("\"Regardless of what you learned, we still have a responsibility,\" he said. \"That's what he did.\"There "
            "were military assets required, but the problem came of his own accord.\"Another unidentified soldier "
            "said, \"The unit completely changed its operational posture.\" Bergdahl reportedly wrote his father. "
            "\"I have seen their ideas. It is all revolting.\"He also attacked the Army, saying it cut down people.")
    ends, starts = sentence_breaks(text)
    assert [text[e - 8:e] + "|" + text[s:s + 5] for e, s in zip(ends, starts, strict=True)][-1] == 'olting."|He al'


SADR = {"Sadr", "al-Sadr", "Sadr's", "Sadr’s"}
SOLEIMANI = {"Soleimani", "Soleimani’s"}


@pytest.mark.parametrize(("spellings", "norm"), [
    (SADR, "sadr"),
    ({"Moqtada", "Muqtada"}, "muqtada"),
    ({"Qassem", "Qasim", "Qassim"}, "qassem"),
    (SOLEIMANI, "soleimani"),
    ({"Shi'ite", "Shiite", "Shia"}, "shia"),
    ({"Khazali", "al-Khazali"}, "khazali"),
    ({"Isis", "ISIS"}, "isis"),
])
def test_every_spelling_shares_one_norm(corpus, spellings, norm):
    t = corpus.tokens[corpus.tokens["token"].isin(spellings)]
    assert set(t["token"].astype(str)) == spellings      # each spelling really is in the corpus
    assert set(t["norm"].astype(str)) == {norm}


def test_mobilisation_spelling_from_the_alias_table():
    c = mk.load_corpus(_frame("The Popular Mobilisation Forces and the Popular Mobilization Units."), quiet=True)
    assert c.tokens.loc[c.tokens["token"].isin(["Mobilisation", "Mobilization"]), "norm"].nunique() == 1


def test_users_extend_the_alias_table():
    text = "Moqtada al-Sadr and Muqtada as-Sadr."
    c = mk.load_corpus(_frame(text), aliases={"aliases": {"sadr": ["assadr"]}}, quiet=True)
    assert c.tokens.loc[c.tokens["token"].isin(["al-Sadr", "as-Sadr"]), "norm"].astype(str).tolist() == [
        "sadr", "sadr"]


def test_stopwords_and_punctuation_flags(corpus):
    t = corpus.tokens.drop_duplicates("token").set_index("token")
    assert t.loc["the", "is_stop"] and t.loc["The", "is_stop"] and not t.loc["march", "is_stop"]
    assert t.loc["“", "is_punct"] and t.loc["5,200", "is_punct"] == False  # noqa: E712
    extra = mk.load_corpus(_frame("Baghdad march."), stopwords=["march"], quiet=True)
    assert extra.tokens["is_stop"].tolist() == [False, True, False]


def test_possessive_contractions_keep_their_norm():
    c = mk.load_corpus(_frame("It’s Sadr’s march, let's go."), quiet=True)
    assert c.tokens["norm"].astype(str).tolist() == ["it's", "sadr", "march", ",", "let's", "go", "."]


def test_comments_are_their_own_layer(corpus):
    comments = corpus.tokens[corpus.tokens["section"] == "comments"]
    assert set(comments["doc_id"]) == {"004_137260fd76543ccb"}
    assert "Americunts" in set(comments["token"].astype(str))
    assert doc_text(corpus, "SouthFront").count("Americunt") == (
        comments["token"].astype(str).str.startswith("Americunt").sum())


def _frame(text):
    import pandas as pd

    return pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [text]})
