"""Voices: speakers and their words, read off the five articles, and on an article written here."""

import pandas as pd
import pytest
from test_actors import EXTRA, OTHER

import mediakit as mk
from mediakit.actors import genders
from mediakit.tokens import quote_spans


@pytest.fixture(scope="module")
def said(corpus):
    return mk.quotes(corpus)


@pytest.mark.parametrize(("outlet", "speaker", "kind", "quote"), [
    ("Iran News Daily", "Qais al-Khazali", "direct", "To Trump, the fool – the people’s message of rejection was "
     "clear: If you don’t leave voluntarily, you’ll be ousted despite yourself,"),
    ("Iran News Daily", "Ali al-Sistani", "indirect", "Iraqis had a right to protest “peacefully” in support of "
     "their country’s sovereignty"),
    ("The Independent", "Lynn Maalouf", "direct", "This worrying evidence signals that the Iraqi security forces "
     "have resumed their lethal campaign of repression against protesters who are simply exercising their rights "
     "to freedom of expression and to peaceful assembly,"),
    ("The Independent", "Lynn Maalouf", "direct", "This latest escalation is a clear indication that the Iraqi "
     "authorities have no intention whatsoever to genuinely put an end to these grave violations."),
    ("The Independent", "Amer Saad", "direct", "The American forces should leave,"),
    ("The Independent", "Amer Saad", "direct", "I am ready to fight against the Americans if Muqtada al-Sadr asks us."),
    ("Kurdistan 24", "one banner", "direct", "America killed our national leaders,"),
    ("Kurdistan 24", "Sadr", "direct", "The hour of independence and sovereignty has come,"),
    ("Radio Farda (RFE/RL)", "Witnesses", "indirect", "the marchers were protected by Sadr's Saraya al-Salam brigades "
     "and Iraq's Popular Mobilization Forces, an umbrella grouping of Iran-backed Shi'ite militias"),
    ("Radio Farda (RFE/RL)", "the White House", "indirect", "the two sides agreed on the need for the U.S. military "
     "to maintain its presence in the Middle Eastern country"),
])
def test_speakers_and_their_words(said, outlet, speaker, kind, quote):
    rows = said[(said["outlet"] == outlet) & (said["speaker"] == speaker) & (said["quote"] == quote)]
    assert rows["kind"].tolist() == [kind]


def test_chants(said):
    chants = said[said["verb"].isin(["chanted", "chanting"])]
    assert sorted(zip(chants["outlet"], chants["quote"], strict=True)) == [
        ("Iran News Daily", "Get out, get out occupier!"), ("Iran News Daily", "Yes to sovereignty!"),
        ("SouthFront", "Get out of our land before we make you leave."), ("SouthFront", "No, No America,"),
        ("The Independent", "Get out, occupier."), ("The Independent", "No, no America,")]


def test_actors_are_one_voice_across_spellings(said):
    sadr = said[said["actor"] == "Muqtada al-Sadr"]
    assert set(sadr["speaker"]) >= {"Sadr", "al-Sadr", "the cleric"}
    assert set(sadr["outlet"]) == {"Kurdistan 24", "The Independent", "Iran News Daily", "SouthFront"}


def test_scare_quotes_are_not_statements(said):
    assert not said["quote"].isin(["occupier", "million-man", "arrogant", "peacefully", "real engagement."]).any()


def test_offsets(said, corpus):
    text = corpus.docs.set_index("doc_id")["text"]
    for r in said.itertuples():
        assert text[r.doc_id][r.start:r.end] == r.quote


def test_voices_summary(said):
    v = mk.voices(said).set_index("outlet")
    assert "Lynn Maalouf" in v.loc["The Independent", "only_here"]
    assert "Qais al-Khazali" in v.loc["Iran News Daily", "only_here"]
    assert "Muqtada al-Sadr" not in v.loc["SouthFront", "only_here"]       # quoted by four outlets
    assert v.loc["The Independent", "direct"] == (said[(said["outlet"] == "The Independent")]["kind"]
                                                  == "direct").sum()


def test_another_event():
    corpus = mk.load_corpus(pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [OTHER]}), quiet=True)
    q = mk.quotes(corpus, actors=EXTRA)
    assert q[["speaker", "actor", "verb", "kind", "quote"]].values.tolist() == [
        ["Marie Dupont", "Marie Dupont", "said", "direct", "We cannot live on these prices,"],
        ["Janusz Wojciechowski", "Janusz Wojciechowski", "told", "indirect", "the EU would listen"],
        ["Janusz Wojciechowski", "Janusz Wojciechowski", "said", "direct", "The talks are open to all,"]]


def test_according_to():
    text = "Ten people were hurt in the clashes, according to the health ministry."
    q = mk.quotes(mk.load_corpus(pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [text]}), quiet=True))
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["the health ministry", "according to", "Ten people were hurt in the clashes"]]


def _quotes(*texts, outlets=None):
    outlets = outlets or [f"O{i}" for i in range(len(texts))]
    frame = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "outlet": outlets, "text": list(texts)})
    return mk.quotes(mk.load_corpus(frame, quiet=True))


def test_an_attribution_never_crosses_into_the_next_sentence():
    q = _quotes('Donald Trump said, "We will be back in some form." His successor, Joe Biden, said the country '
                'must heal.')
    assert q[["speaker", "verb", "kind"]].values.tolist() == [["Donald Trump", "said", "direct"],
                                                             ["Joe Biden", "said", "indirect"]]


def test_every_reported_statement_of_a_sentence():
    q = _quotes("Baghdad officials said they wanted a timeline but US special envoy, James Jeffrey, said Thursday "
                "there was no real engagement.")
    assert q[["speaker", "quote"]].values.tolist() == [
        ["Baghdad officials", "they wanted a timeline"], ["James Jeffrey", "there was no real engagement"]]


def test_a_verb_with_an_object_before_that():
    q = _quotes("Cleric Hassan Nasser, one of the organisers, had warned the U.S. that it will be dealt with "
                "as an occupier.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Hassan Nasser", "warned", "it will be dealt with as an occupier"]]


def test_a_continued_quote_keeps_its_own_verb():
    q = _quotes('"Our rights are not negotiable," Maria Lopez wrote on Monday.\n'
                'She went further, adding, "We will march every week until they listen."')
    assert q[["speaker", "verb"]].values.tolist() == [["Maria Lopez", "wrote"], ["Maria Lopez", "adding"]]


def test_short_quotes_with_a_speaker_and_doubled_apostrophes():
    q = _quotes('"Any," Moore said when asked about regrets.', "''I love depreciation,'' he told the Times.")
    assert q[["speaker", "quote"]].values.tolist()[0] == ["Moore", "Any,"]
    assert q["quote"].tolist()[1] == "I love depreciation,"


def test_a_quote_over_several_paragraphs_opened_after_a_colon():
    q = _quotes("The senator said in a statement:\n“We cannot accept this budget as written.\n"
                "“It cuts schools, hospitals and roads at once.”")
    assert q[["speaker", "kind"]].values.tolist() == [["The senator", "direct"], ["The senator", "direct"]]
    assert q["quote"].tolist()[1] == "It cuts schools, hospitals and roads at once."


def test_slogans_titles_and_adverbials_are_no_statements():
    q = _quotes('Supporters wore "Make America Great Again" hats. He appeared on "Meet the Press" on Sunday. '
                'In a statement, the ministry said the border was closed.')
    assert q[["speaker", "quote"]].values.tolist() == [["the ministry", "the border was closed"]]


def test_voices_are_actors_across_spellings_and_every_outlet_is_listed():
    texts = ['"The budget is fair," said Finance Minister Olaf Berg.',
             'Berg, the finance minister, said the budget was fair and balanced.',
             'Signs read "No cuts to schools". Germany said the budget was a matter for the government.',
             "The weather was fine all day."]
    frame = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "outlet": ["A", "B", "C", "D"], "text": texts})
    corpus = mk.load_corpus(frame, quiet=True)
    v = mk.voices(mk.quotes(corpus), corpus).set_index("outlet")
    assert v.loc["A", "speakers"] == "Olaf Berg" and v.loc["A", "only_here"] == ""    # heard in A and B
    assert v.loc["C", "statements"] == 2 and v.loc["C", "voices"] == 0                  # a sign and a country
    assert v.loc["D", ["statements", "voices"]].tolist() == [0, 0]


def test_voices_join_speakers_by_the_spelling_variants_of_the_corpus_lexicon():
    texts = ["The march was peaceful, the marchers said.", "The march was peaceful, the walkers said."]
    frame = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["A", "B"], "text": texts})
    plain = mk.load_corpus(frame, quiet=True)
    assert mk.voices(mk.quotes(plain), plain)["only_here"].tolist() == ["the marchers", "the walkers"]
    given = mk.load_corpus(frame, aliases={"aliases": {"marchers": ["walkers"]}}, quiet=True)
    v = mk.voices(mk.quotes(given), given).set_index("outlet")
    assert v["only_here"].tolist() == ["", ""] and v["voices"].tolist() == [1, 1]       # one voice, heard twice


def test_titles_and_dotted_abbreviations_stay_inside_the_speaker():
    q = _quotes('"The ordinary meaning of sex is biologically male or female," wrote the U.S. Department of Justice '
                'in a brief supporting the employers.',
                '"We will not back down on this," said Sen. Marco Rubio.',
                "Prescott is home to one of 110 Hotshot crews in the country, according to the U.S. Forest Service "
                "website.")
    assert q["actor"].tolist() == ["Department of Justice", "Marco Rubio", "Forest Service"]
    assert q["kind"].tolist() == ["direct", "direct", "indirect"]


def test_a_statement_attributed_at_its_end():
    q = _quotes("Thousands marched through the capital on Friday, police said.",
                "The Lakefront Trail was shut down on Thursday, blocking access to the park, after too many people "
                "gathered, said Chicago Mayor Lori Lightfoot.",
                "When George Bush saw the news, his mind turned to terrorism, he told ABC's Diane Sawyer in an "
                "exclusive interview.",
                "The strike killed 12 people, the ministry said in a statement on Sunday.")
    assert q[["speaker", "verb"]].values.tolist() == [["police", "said"], ["Lori Lightfoot", "said"],
                                                     ["George Bush", "told"], ["the ministry", "said"]]
    assert q["quote"].tolist()[0] == "Thousands marched through the capital on Friday"
    assert q["quote"].tolist()[3] == "The strike killed 12 people"


def test_what_follows_the_verb_is_the_statement_not_the_speaker():
    q = _quotes("Stephen Schneck, the director of the Institute at The Catholic University of America, said he "
                "loves that little car.",
                "After trying six times, Collins finally got through to Cameron and allegedly told him the drug was "
                "a bust.",
                "While she plans to remain politically active, Longoria told me she will not run for office in Texas.",
                "Greg Carlock, a climate researcher who helped author the Green New Deal, said lawmakers who seek "
                "middle ground policies on global warming risk losing young voters.",
                "And Dr. Robert Redfield, head of the Centers for Disease Control, added that it is now recommended "
                "for workers in nursing homes to be tested weekly.")
    assert q[["speaker", "quote"]].values.tolist() == [
        ["Stephen Schneck", "he loves that little car"], ["Collins", "the drug was a bust"],
        ["Longoria", "she will not run for office in Texas"],
        ["Greg Carlock", "lawmakers who seek middle ground policies on global warming risk losing young voters"],
        ["Robert Redfield", "it is now recommended for workers in nursing homes to be tested weekly"]]  # "Dr.": a title


def test_relative_pronouns_quoted_titles_and_they():
    q = _quotes("Donald Trump boasted about his victory over the Democratic party, which he said had suffered "
                "“the greatest defeat in the history of the country”.",
                'This week, the Wall Street Journal labeled the former "Desperate Housewives" star a "Hispanic '
                'activist and power player in Washington, D.C." She is a top supporter.',
                "Senator Hagel was too soft on Iran and too hard on Israel, they said.")
    assert q[["speaker", "actor"]].values.tolist() == [["Donald Trump", "Donald Trump"],
                                                      ["Wall Street Journal", "Wall Street Journal"],
                                                      ["they", ""]]


def test_a_surname_is_the_person_named_first_with_an_initial():
    q = _quotes('George W. Bush saw the news about Boston. "I was deeply concerned that there might have been a '
                'plot," Bush said.\n\nFormer First Lady Laura Bush gave Diane Sawyer a tour of the Center.')
    assert q["actor"].tolist() == ["George W. Bush"]


def test_a_listener_and_a_time_before_that():
    q = _quotes('Trump told reporters at the White House that "the Republican senators are great people," and left.',
                "Director James Clapper told Congress this month that Russian interference did not change any vote "
                "counts.")
    assert q[["speaker", "verb", "quote", "kind"]].values.tolist() == [
        ["Trump", "told", "the Republican senators are great people,", "direct"],
        ["James Clapper", "told", "Russian interference did not change any vote counts", "indirect"]]


def test_more_verbs_of_saying_and_the_sentence_that_opens_with_one():
    q = _quotes("“I take it as an insult to all of us,” Rand Paul continued.",
                "“I think I am being unfairly targeted by a bunch of hacks,” Rand Paul fumed on ABC on Sunday.",
                "In the trial, the lead prosecutor, Rep. Adam Schiff, appealed to senators, insisting, “Right matters "
                "and truth matters.”",
                "Mike Winston said there had been several factors working in his favor. Mike Winston said party "
                "loyalists had completed “working through the fact that they were unhappy he was the nominee.”")
    assert q[["speaker", "verb", "kind"]].values.tolist() == [
        ["Rand Paul", "continued", "direct"], ["Rand Paul", "fumed", "direct"],
        ["Adam Schiff", "insisting", "direct"], ["Mike Winston", "said", "indirect"],
        ["Mike Winston", "said", "indirect"], ["Mike Winston", "said", "direct"]]   # the statement, then its quotation


def test_an_adverb_is_no_speaker():
    q = _quotes("These verdicts were firmer, meaner, and more assertively stated than those of their rivals.",
                "The Smith family said it would appeal the ruling next week.")
    assert q[["speaker", "quote"]].values.tolist() == [["The Smith family", "it would appeal the ruling next week"]]


def test_quotations_attributed_at_the_end_of_their_sentence():
    q = _quotes("Monday's \"act of senseless violence\" is a reminder of the \"darkness that can lurk in the human "
                "heart,\" says Cardinal Sean O'Malley.",
                "The “extraordinary measures” taken by the Treasury will run out by March, Secretary Jack Lew said.")
    assert q[["speaker", "quote"]].values.tolist() == [
        ["Sean O'Malley", "act of senseless violence"], ["Sean O'Malley", "darkness that can lurk in the human heart,"],
        ["Jack Lew", "The “extraordinary measures” taken by the Treasury will run out by March"]]  # his statement
    #   (a term quoted inside a sentence does not hide the sentence's own attribution)


def test_mixed_quotation_marks_and_an_adverb_after_the_speaker():
    q = _quotes("“Make no mistake: this case was about trying to tilt elections under the guise of preventing ‘voter "
                "fraud,’ \" party chairman Tom Perez said.",
                'Donald Trump closed the campaign in Ohio, and he officially announced his new slogan: "Keep America '
                'Great."')
    assert q[["speaker", "actor", "verb"]].values.tolist() == [["Tom Perez", "Tom Perez", "said"],
                                                              ["Donald Trump", "Donald Trump", "announced"]]


def test_speaker_phrases_read_as_a_reader_would():
    q = _quotes('"James Comey is loyal to himself," said RNC Chairwoman Ronna McDaniel in a statement issued at the '
                "end of the ABC interview with the former FBI director on Sunday night.",
                "Michael Fey, a chief technology officer at Santa Clara, California-based firm McAfee, said that media "
                "organizations will continue to be targets of attacks.",
                'The risks are "significantly higher," said Lee Thomas, the former Reagan administration EPA leader. '
                '"There is a lot more uncertainty around global warming," he said.',
                "They resort to fighting through the courts, says the mayor. “It is the only thing we can do.”",
                "Many young people reading this article are screaming, “How can you NOT be a fan of Bernie?”")
    assert q[["speaker", "kind"]].values.tolist() == [
        ["Ronna McDaniel", "direct"], ["Michael Fey", "indirect"], ["Lee Thomas", "direct"], ["Lee Thomas", "direct"],
        ["the mayor", "indirect"], ["the mayor", "direct"], ["", "direct"]]


def test_a_roundup_of_quotations_each_signed_by_its_author():
    q = _quotes("What the papers say\n“The plan would cover everyone, but the cost is the question nobody has "
                "answered.” Sarah Kliff, Vox\n“This is the most ambitious bill in a decade.” — Jonathan Chait, New "
                "York magazine\n“We will see.” Senate Majority Leader Mitch McConnell\n“Make America Great Again” "
                "Rally Held")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Sarah Kliff", "", "The plan would cover everyone, but the cost is the question nobody has answered."],
        ["Jonathan Chait", "", "This is the most ambitious bill in a decade."],
        ["Mitch McConnell", "", "We will see."]]            # a title in quotation marks is signed by nobody


def test_an_attribution_set_off_by_commas_inside_the_statement():
    q = _quotes("Times in trouble\nSulzberger, said Goodwin, should use an outside law firm. The plan, the mayor said "
                "on Monday, will cost $5 million. The deal, according to two officials, is dead. Kendra Stewart, a "
                "professor at the College of Charleston, says a win here will not change the balance, but it would "
                "count. The bill, which she wrote, passed easily.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Goodwin", "said", "Sulzberger, said Goodwin, should use an outside law firm"],
        ["the mayor", "said", "The plan, the mayor said on Monday, will cost $5 million"],
        ["two officials", "according to", "The deal, according to two officials, is dead"],
        ["Kendra Stewart", "says", "a win here will not change the balance, but it would count"]]   # no "she wrote"


def test_a_pronoun_stands_for_a_person_named_outside_quotation_marks():
    q = _quotes("Court watch\n“I was pleased to see the dissent from Justice Kavanaugh,” said Nancy Foster, a lawyer. "
                "“As Justice Kavanaugh said, the question is whether the law imposes an undue burden,” she added.\n"
                "Comedians have long complained that the dinner is a near-impossible task.")
    assert q[["speaker", "actor", "verb"]].values.tolist() == [
        ["Nancy Foster", "Nancy Foster", "said"], ["Nancy Foster", "Nancy Foster", "added"],
        ["Comedians", "", "complained"]]


def test_said_x_and_an_appositive_after_a_quotation_of_several_sentences():
    q = _quotes("Jobs report\n“This is a major disappointment. There was major weakness in construction,” an industry "
                "that had seen job gains in the winter, said John Silvia, chief economist at Wachovia Securities.\n"
                "Prices rose in March, said Ann Lee, an economist at the bank.")
    assert q[["speaker", "kind", "quote"]].values.tolist() == [
        ["John Silvia", "direct", "This is a major disappointment. There was major weakness in construction,"],
        ["Ann Lee", "indirect", "Prices rose in March"]]


def test_an_outlet_named_the_x_is_no_persons_surname_and_a_verb_inside_a_quotation_is_no_attribution():
    q = _quotes("Chen resigns\nRep. Katie Hill spoke on Monday. Chen resigned in June. According to The Hill, she "
                "“posted tweets or retweeted articles that were considered critical of Trump.” The Hill reported that "
                "she left in June.")
    assert "Katie Hill" not in set(q["actor"])
    assert q[["speaker", "verb", "quote"]].values.tolist()[-1] == ["The Hill", "reported", "she left in June"]
    assert "posted" not in set(q["verb"])            # "posted tweets" is inside the quotation


def test_a_party_word_is_no_speaker_and_its_noun_stands_for_the_person_it_described():
    q = _quotes("Vote nears\nCalifornia Democrat Adam Schiff said the case was strong. Minnesota Democratic Rep. Ilhan "
                "Omar called it unfair. “We have the evidence,” the California Democrat said. Will Republican senators "
                "convict? “I doubt it,” Republican Mitt Romney told reporters.")
    assert q[["speaker", "actor", "kind"]].values.tolist() == [
        ["Adam Schiff", "Adam Schiff", "indirect"], ["the California Democrat", "Adam Schiff", "direct"],
        ["Mitt Romney", "Mitt Romney", "direct"]]


def test_a_pronoun_speaker_is_the_subject_of_the_latest_sentence_that_names_a_fitting_person():
    # read off by hand: each "he" or "she" stands for the person the sentence before is about, not for the
    # person named last (Clinton, Sessions, Kim Jong Un) nor for one whose title tells the other pronoun (Ms.)
    q = _quotes("Voters react\nNorman Ornstein, a veteran analyst, spoke on Monday. Ornstein acknowledges some voters "
                "are wary of Hillary Clinton as well. “Even if you see it as the lesser of two evils,” he says.\n"
                "Donald Trump’s claim that he alone could fix it was hung around his neck as Clinton framed it. “He is "
                "forgetting every last one of us,” she said.\n"
                "Ms. Ann Cole met Mr. Tom Reed on Monday. “It was a good talk,” he said.\n"
                "John Wood, a former U.S. attorney, said Jeff Sessions could serve. But he said Donald Trump’s "
                "comments hurt Sessions. “I don’t think it is over,” he said.\n"
                "President Moon Jae-in flew to Pyongyang on Monday. After meeting Kim Jong Un, he told reporters: "
                "“This is a new beginning for us all.”\n"
                "Sally Barnes-Breen watched her father die. “They broke all the medical codes,” she told CNN.")
    assert q[["actor", "quote"]].values.tolist() == [
        ["Norman Ornstein", "Even if you see it as the lesser of two evils,"],
        ["Hillary Clinton", "He is forgetting every last one of us,"],
        ["Tom Reed", "It was a good talk,"],
        ["John Wood", "Jeff Sessions could serve"],
        ["John Wood", "Donald Trump’s comments hurt Sessions"],
        ["John Wood", "I don’t think it is over,"],
        ["Moon Jae-in", "This is a new beginning for us all."],
        ["Sally Barnes-Breen", "They broke all the medical codes,"]]


def test_they_is_the_plural_subject_of_its_sentence_or_the_one_before():
    # read off by hand: "they" is the group the sentence before (or its own first clause) is about; a person
    # named as a modifier ("Obama aides") is not the speaker's actor
    q = _quotes("Tweets\nThe tweet did not have the intended effect. North Korean officials responded by calling Trump "
                "“heedless and erratic” on Monday. They also said his tweets were “corroboration that he feels fear.”\n"
                "Talks\nDemocrats and immigrant rights groups were more encouraging. They said they disagreed with "
                "some of the principles.\n"
                "Votes\nCrowdpac advisers pointed to the senator’s donor base. In particular, they cited four votes "
                "that they said push him to the right.\n"
                "Trust\nObama aides bristle at suggestions he is to blame; they say Republicans decided early to "
                "oppose him.\n"
                "Suit\nHarvard and MIT sued on Wednesday. They argued that the policy contradicted the directive.")
    assert q[["speaker", "quote"]].values.tolist() == [
        ["North Korean officials", "heedless and erratic"],
        ["North Korean officials", "his tweets were “corroboration that he feels fear.”"],   # their statement,
        ["North Korean officials", "corroboration that he feels fear."],                     # and their words
        ["Democrats and immigrant rights groups", "they disagreed with some of the principles"],
        ["Crowdpac advisers", "push him to the right"],
        ["Obama aides", "Republicans decided early to oppose him"],
        ["Harvard and MIT", "the policy contradicted the directive"]]
    assert q["actor"].tolist()[:3] == ["North Korea"] * 3
    assert q["actor"].tolist()[3:] == ["", "", "", ""]       # a group, a modifier, two bodies: no one actor


def test_they_after_a_singular_subject_is_not_given_to_that_subject():
    # "they" are the officials The Hill asked, not The Hill; "Three months" and "Ten percent" are no speakers; "they
    # asked the voters questions that included fake news statements" reports no words (a relative clause after the
    # object: this test counted it as a row until the rows were read again, a wrong row it now leaves out)
    q = _quotes("The Hill asked more than a dozen top officials how the party should work. Here’s what they said "
                "the party should do.\n"
                "Ten percent of these voters cast ballots for Trump. Specifically, they asked the voters questions "
                "that included fake news statements.")
    assert q["doc_id"].tolist() == ["d0"]
    assert not q["speaker"].isin(["The Hill", "Ten percent of these voters"]).any()
    assert (q["actor"] != "The Hill").all()


def test_a_name_that_ends_like_a_verb_is_a_speaker():
    # "Reed", "Manning", "King", "Ahmed" end in -ed or -ing as written in lower case verbs do; names are speakers
    q = _quotes("“We will not back down from this fight,” Chelsea Manning said on Monday. “It is over now,” said "
                "Tom Reed. “I am confident the chairman will stand with us,” Mr. King said. “They all talked about "
                "love,” Maxim Ahmed, 22, said.")
    assert q["speaker"].tolist() == ["Chelsea Manning", "Tom Reed", "King", "Maxim Ahmed"]


def test_attributions_in_the_shapes_a_reader_meets():
    q = _quotes(
        "Guns\n“I think the country has reached the tipping point,” said Mark Glaze of Mayors Against Illegal Guns "
        "— a group New York Mayor Michael Bloomberg formed to do battle with the NRA.\n"
        "Replies\n@beewel wrote: “The teenage father will be a better parent? Very narrow mind” – to which Reed "
        "responded, “issue not gay/straight. It is intact, loving parents.”\n"
        "Meeting\n“Mr. Trump's staff has told us that the meeting is on again,” Murphy of the Times confirmed. NATO "
        "Secretary General Jens Stoltenberg confirmed that member countries would spend more.\n"
        "Party\nThe CDU was a party of old men who thought a woman’s role was “kinder, küche, kirche” – children, "
        "kitchen, church – says Mr. Goffart.\n"
        "Chicago\nIn Chicago, several thousand people marched through the Loop. They gathered outside Trump Tower, "
        "chanting “Not my president!”")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Mark Glaze", "said", "I think the country has reached the tipping point,"],
        ["@beewel", "wrote", "The teenage father will be a better parent? Very narrow mind"],
        ["Reed", "responded", "issue not gay/straight. It is intact, loving parents."],
        ["Murphy", "confirmed", "Mr. Trump's staff has told us that the meeting is on again,"],
        ["Jens Stoltenberg", "confirmed", "member countries would spend more"],
        ["Goffart", "says", "kinder, küche, kirche"],
        ["several thousand people", "chanting", "Not my president!"]]


def test_what_was_written_is_no_statement_and_a_later_verb_of_saying_is_read():
    q = _quotes("Earlier this month, Reps. John Carter and Michael McCaul wrote a letter to the Secretary of Defense "
                "asking for the medal. Mr. Carter wrote the report was flawed from the start. Her death was "
                "confirmed by the office of her husband and came two days after a family spokesman said she would "
                "not seek further treatment.")
    assert q[["verb", "quote"]].values.tolist() == [["wrote", "the report was flawed from the start"],
                                                    ["said", "she would not seek further treatment"]]
    assert q["speaker"].tolist()[1] == "a family spokesman"


def test_party_tags_initials_and_adverbials_around_a_speaker():
    q = _quotes("“It was a good day for every student,” John B. King Jr., secretary of education, said in a statement "
                "to The New York Times. Sen. Gary Peters (D., Mich.), who served in the Navy Reserve, said the images "
                "were hard to watch. Afterward, Foreign Relations Chairman Robert Menendez, D-New Jersey, said he "
                "had agreed to a text. ZTE said on May 6, 2018 it applied to suspend the ban. “This is about "
                "survival,” Goodwin concludes. “If it does not change now, its days are numbered.”")
    assert q[["speaker", "kind", "quote"]].values.tolist() == [
        ["John B. King Jr.", "direct", "It was a good day for every student,"],
        ["Gary Peters", "indirect", "the images were hard to watch"],
        ["Robert Menendez", "indirect", "he had agreed to a text"],
        ["ZTE", "indirect", "on May 6, 2018 it applied to suspend the ban"],
        ["Goodwin", "direct", "This is about survival,"],
        ["Goodwin", "direct", "If it does not change now, its days are numbered."]]


def test_a_pronoun_after_an_opening_phrase_keeps_its_turn():
    # "In earlier posts, he attacked Donald Trump": the sentence is about "he" (Bowers), so Trump is no antecedent
    q = _quotes("Robert Bowers posted often on the site. On Saturday morning, he criticised a refugee aid group. In "
                "earlier posts, he attacked US President Donald Trump and his slogan. “Trump is a globalist, not a "
                "nationalist,” he wrote.")
    assert q[["actor", "quote"]].values.tolist() == [["Robert Bowers", "Trump is a globalist, not a nationalist,"]]


def test_speakers_set_off_by_commas_and_verbs_no_list_holds():
    # read off by hand (a third judged sample, seed 808): each quotation's speaker
    q = _quotes(
        "Convention\nOn MSNBC the next night, regular panelist Steve Schmidt, a former GOP campaign consultant, said "
        "there had been “real tough blows tonight on Donald Trump.”\n"
        "Farewell\n“It was magnificent,” MSNBC’s Chris Matthews tingled, “a wonderful farewell address.”\n"
        "Deserter\n“He walked off,” said former Pfc. Jose Baggett, a former comrade.\n"
        "Campaign\n“That is what is important for you to understand,” said Trump’s new campaign chief, Paul "
        "Manafort, in front of a crowd.\n"
        "Lawyers\n“We are done here,” said Donald Trump’s lawyer.\n"
        "Shows\n“We were teased over and over again,” Sen. Richard J. Durbin, Illinois Democrat, told CBS’ “Face "
        "the Nation” on Sunday.")
    assert q[["speaker", "actor", "quote"]].values.tolist() == [
        ["Steve Schmidt", "Steve Schmidt", "there had been “real tough blows tonight on Donald Trump.”"],   # his
        ["Steve Schmidt", "Steve Schmidt", "real tough blows tonight on Donald Trump."],       # statement, and words
        ["MSNBC’s Chris Matthews", "Chris Matthews", "It was magnificent,"],       # the words as written
        ["MSNBC’s Chris Matthews", "Chris Matthews", "a wonderful farewell address."],
        ["former Pfc. Jose Baggett", "Jose Baggett", "He walked off,"],
        ["Paul Manafort", "Paul Manafort", "That is what is important for you to understand,"],
        ["Donald Trump’s lawyer", "", "We are done here,"],
        ["Richard J. Durbin", "Richard J. Durbin", "We were teased over and over again,"]]


def test_speakers_read_off_a_fourth_sample():
    # read off by hand (seed 909): roundups signed on their own line, "according to" after a quotation, a speaker
    # after an opening phrase or clause
    q = _quotes(
        "Email\n“I received a very nice call this morning from the Rams,” Belmar wrote in the e-mail, according to "
        "the St. Louis Post-Dispatch.\n"
        "Rules\nTo be clear, “placing a bill on the calendar does not guarantee that the Senate will consider it,” "
        "according to the Congressional Research Service.\n"
        "Missiles\nDuring his New Year's address, Kim Jong Un said the preparations for a launch had “reached the "
        "final stage.”\n"
        "Race\nThe camp has been careful. Asked whether Bernie Sanders should drop out, former President Bill "
        "Clinton declined to weigh in. “We should finish the course. Finish the election,” he said.\n"
        "Views\n“The summary is a wild look into the president’s mind-set.”\n"
        "“Third, the call shows how Trump enlists the government in his schemes.”\n"
        "David A. Graham, The Atlantic\n"
        "“His defenders will say this evidence is all circumstantial.”\n"
        "Ken White, The Atlantic")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Belmar", "wrote", "I received a very nice call this morning from the Rams,"],
        ["the Congressional Research Service", "according to",
         "placing a bill on the calendar does not guarantee that the Senate will consider it,"],
        ["Kim Jong Un", "said", "the preparations for a launch had “reached the final stage.”"],   # the statement,
        ["Kim Jong Un", "said", "reached the final stage."],                                     # then its quotation
        ["Bill Clinton", "said", "We should finish the course. Finish the election,"],
        ["David A. Graham", "", "The summary is a wild look into the president’s mind-set."],
        ["David A. Graham", "", "Third, the call shows how Trump enlists the government in his schemes."],
        ["Ken White", "", "His defenders will say this evidence is all circumstantial."]]


def test_speakers_read_off_a_fifth_sample():
    # read off by hand (seed 1010): a name with a stray comma before "said" and a day after it; a person used as a
    # modifier; a pronoun after "when"; a verdict declared is no statement
    q = _quotes(
        "Guns\n“The biggest problem we have at the moment is spending and debt,” Senate Minority Leader Mitch "
        "McConnell of Kentucky, said Sunday.\n"
        "Campaign\nA senior Trump campaign aide added later Friday that Donald Trump lost faith in Manafort weeks "
        "ago.\n"
        "Mayor\nBernie Sanders ran the city. He was at least 47 years old when he declared: “I have my own feelings "
        "about what causes cancer.”\n"
        "Trial\nThe jury found Edwards not guilty on one count. The judge declared a mistrial on the other five "
        "counts. The mayor declared that the city was safe.")
    assert q[["speaker", "actor", "quote"]].values.tolist() == [
        ["Mitch McConnell", "Mitch McConnell", "The biggest problem we have at the moment is spending and debt,"],
        ["A senior Trump campaign aide", "", "Donald Trump lost faith in Manafort weeks ago"],
        ["Bernie Sanders", "Bernie Sanders", "I have my own feelings about what causes cancer."],
        ["The mayor", "", "the city was safe"]]


def test_speakers_read_off_a_sixth_sample():
    # read off by hand (seed 1111): a participle clause is no speaker; a quotation used as a modifier and a quoted
    # subheading are no statements; a paragraph of quotation continues the person paraphrased just before it
    q = _quotes(
        "Even First Lady Melania Trump appeared to blame Congress, issuing a rare policy statement saying that she "
        "“hates to see children separated from their families.”",
        "Senate Democrats have really personified the “you shall not pass” war cry for anything abortion-related.",
        "Judge Richard Roberts said, “We are being told to furlough.”\n"
        "Back on Capitol Hill, earlier complaints had drawn some skepticism.\n"
        "At a hearing in July, Sen. Jeff Sessions (R-Ala.) suggested some of the impacts were being exaggerated.\n"
        "“Congress voted and the American people seem quite comfortable with the idea that we can reduce it.”\n"
        "‘We look terrible’\n"
        "Shreveport Mayor Cedric Glover said police are working with the FBI to find who sent the letters.\n"
        "“We are also taking the necessary steps to protect postal workers.”")
    assert q[["speaker", "actor", "quote"]].values.tolist() == [
        ["Melania Trump", "Melania Trump", "hates to see children separated from their families."],
        ["Richard Roberts", "Richard Roberts", "We are being told to furlough."],
        ["Jeff Sessions", "Jeff Sessions",
         "Congress voted and the American people seem quite comfortable with the idea that we can reduce it."],
        ["Cedric Glover", "Cedric Glover", "police are working with the FBI to find who sent the letters"],
        ["Cedric Glover", "Cedric Glover", "We are also taking the necessary steps to protect postal workers."]]


def test_it_continues_the_document_that_spoke_just_before():
    # read off by hand (seed 1111): "It" is the indictment quoted just before, not the country named earlier
    q = _quotes("The indictment was unsealed on Monday in Cyprus. “To hide payments from authorities, Manafort "
                "laundered the money,” the indictment claims. It notes that Manafort used “his hidden overseas wealth "
                "to fund a lavish lifestyle”.")
    assert q[["speaker", "verb"]].values.tolist() == [["the indictment", "claims"], ["the indictment", "notes"],
                                                      ["the indictment", "notes"]]   # its statement, and its words


def test_two_people_who_speak_together_are_both_the_speaker_and_no_one_actor():
    q = _quotes("Nancy Pelosi and Chuck Schumer said in a joint statement, “This is a disgrace to the nation.”",
                "“The North can fire 500,000 rounds on Seoul,” analysts Victor Cha and David Kang wrote.",
                "Omar, in a statement issued after the vote with Tlaib and Representative Andre Carson, said “we are "
                "tremendously proud to be part of this body.”")
    assert q[["speaker", "actor"]].values.tolist() == [
        ["Nancy Pelosi and Chuck Schumer", ""], ["analysts Victor Cha and David Kang", ""], ["Omar", ""]]


def test_he_is_the_person_described_just_before_when_no_name_is_nearer():
    # read off by hand (seed 1111): the unnamed briefer, not the agency named before; an indefinite description
    # introduces someone new; a definite one after a named person still refers back to that person
    q = _quotes(
        "Officials of Immigration and Customs Enforcement stood outside the meeting. The ICE briefer never made it "
        "in the room, an administration official said. If he had been allowed to speak, he would have told them "
        "that the limits would lead to 30,000 people being released.",
        "John Smith arrived on Monday. A spokesman for the ministry declined to comment. “We had no choice,” he said.",
        "President Donald Trump spoke in Iowa. The Republican candidate announced an event. He said he will host it.")
    assert q[["speaker", "actor"]].values.tolist() == [
        ["an administration official", ""], ["The ICE briefer", ""], ["A spokesman for the ministry", ""],
        ["Donald Trump", "Donald Trump"]]


def test_speakers_read_off_a_seventh_sample():
    # read off by hand (seed 1212): an adverb after a pronoun and "what he said" leave the pronoun to resolve
    q = _quotes(
        "For years, Republican lawmakers campaigned on a promise to repeal Obamacare. They rightly noted that "
        "Obamacare severely disrupted the health insurance markets.",
        "At his rally last week Donald Trump launched into a tirade against the judge. And what he said was "
        "shocking:\n“I think Judge Curiel should be ashamed of himself.”")
    assert q[["speaker", "quote"]].values.tolist() == [
        ["Republican lawmakers", "Obamacare severely disrupted the health insurance markets"],
        ["Donald Trump", "I think Judge Curiel should be ashamed of himself."]]


def test_speakers_read_off_an_eighth_sample():
    # read off by hand (seed 1313): the listener of "he told" is not the next "he"; "the Arab Spring" is no person;
    # an unnamed member of a party or a website is not the party ("one GOP operative"), a spokesman speaks for it
    q = _quotes(
        "Charles Krauthammer spoke on Sunday. “In seven years, we will be in a single-payer system,” he told Fox News "
        "host Chris Wallace. He said the law had failed.",
        "President Barack Obama spoke on Tuesday. The speech restated support for the Arab Spring. “True democracy "
        "is hard work,” he said.",
        "“The president kind of handed this to us,” one GOP operative said. “We reject it,” a GOP spokesman said. "
        "“It is a good law,” the retired Harvard Law professor asserted. “Not yet,” a State Department official "
        "said, “we are still talking.”")
    assert q[["speaker", "actor"]].values.tolist() == [
        ["Charles Krauthammer", "Charles Krauthammer"], ["Charles Krauthammer", "Charles Krauthammer"],
        ["Barack Obama", "Barack Obama"], ["one GOP operative", ""], ["a GOP spokesman", "GOP"],
        ["the retired Harvard Law professor", ""], ["a State Department official", "State Department"],
        ["a State Department official", "State Department"]]


def test_speakers_read_off_a_ninth_sample():
    # read off by hand (seed 1414): a name before its title "of" an organisation speaks; a parenthesis is no speaker
    # and a subject after an opening phrase ("On MSNBC, Chris Matthews called ...") is not the speaker before
    q = _quotes("“It's insane,” Chris Sillman, Senior Captain of the Houston Fire Department, told Fox News.",
                "The laws were passed. (Critics said the laws could let businesses deny jobs to gay people.)",
                "On NBC, Tom Brokaw said the convention was trying to “work up a big hate for Hillary.” On MSNBC, "
                "Chris Matthews called the convention a “festival of hating Hillary tonight, this brewing up of a "
                "ritual,” adding more.")
    assert q[["speaker", "actor"]].values.tolist() == [
        ["Chris Sillman", "Chris Sillman"], ["Critics", ""], ["Tom Brokaw", "Tom Brokaw"],   # his statement
        ["Tom Brokaw", "Tom Brokaw"], ["Chris Matthews", "Chris Matthews"]]                  # and its quotation
    # a photographer's credit is no antecedent; a name after its description opens the sentence before "he"
    q = _quotes("Children play near damaged houses in Kobani, Syria April 3, 2019. REUTERS/Ali Hashisho\n"
                "The church’s current pastor, Zani Bakr, 34, arrived last year from Afrin. He converted in 2007.\n"
                "“This was painted by IS as a religious conflict,” he said.")
    assert q[["speaker", "actor"]].values.tolist() == [["Zani Bakr", "Zani Bakr"]]


def test_adding_after_an_attribution_keeps_its_speaker():
    # read off by hand (seed 1616): the words of the first quotation are no speaker of the second
    q = _quotes("Professor David McCuan spoke. “It is no longer the suburbs versus the cities,” he says, adding, "
                "“there is an old adage about the streets.”",
                "Labour's shadow chancellor John McDonnell told the Today programme the deal was \"worse than May's\", "
                "adding: \"We can't vote for that or let it go through.\"")
    assert q[["speaker", "verb"]].values.tolist() == [
        ["David McCuan", "says"], ["David McCuan", "adding"], ["John McDonnell", "told"], ["John McDonnell", "told"],
        ["John McDonnell", "adding"]]   # "the deal was “worse than May's”", then its quotation


def test_a_pull_quote_that_repeats_the_article_is_no_statement():
    # read off by hand (seed 1717): the quotation alone in its paragraph is the next paragraph's sentence
    q = _quotes("The IRS checks returns.\n“ Last month, Treasury Secretary Steven Mnuchin said the relatives of dead "
                "recipients needed to return the money. ”\nLast month, Treasury Secretary Steven Mnuchin said the "
                "relatives of dead recipients needed to return the money. He spoke on CNBC.")
    assert q[["speaker", "kind"]].values.tolist() == [["Steven Mnuchin", "indirect"]]


def test_a_day_before_the_pronoun_and_points_out():
    # read off by hand (seed 1919): "On Sunday she tweeted" is hers; "points out" attributes a quotation
    q = _quotes("Rep. Ilhan Omar called for action. On Sunday she tweeted, “Nothing terrifies this corrupt president "
                "more than Congress upholding the law.”",
                "Joseph diGenova spoke. “When the director said that it was a unanimous decision, that was a lie,” "
                "diGenova points out.")
    assert q[["speaker", "verb"]].values.tolist() == [["Ilhan Omar", "tweeted"], ["Joseph diGenova", "points out"]]


def test_an_outlet_owning_its_reporter_is_not_the_speaker():
    q = _quotes("The capper came on Tuesday evening, when Axios’s Jonathan Swan reported that Trump would withdraw "
                "the nomination.")
    assert q[["actor", "quote"]].values.tolist() == [["Jonathan Swan", "Trump would withdraw the nomination"]]


def test_whom_he_and_she_can_stand_for_is_read_off_titles_and_said_he():
    frame = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": [
        "Budget talks\nMs. Ann Cole met Mr. Tom Reed and Congresswoman Lia Ortiz. Dan Webb said he would wait.",
        "Budget vote\nAnn Cole said she would vote yes. Sam Lowe spoke."]})
    corpus = mk.load_corpus(frame, quiet=True)
    assert genders(mk.actor_mentions(corpus), corpus) == {
        "Ann Cole": "she", "Tom Reed": "he", "Lia Ortiz": "she", "Dan Webb": "he"}


def test_a_given_name_the_document_writes_tells_whom_she_stands_for():
    # USA TODAY, "Kanye West tweets he's running for president in 2020, Elon Musk offers 'full support'": the
    # corpus tells nothing of either comedian's sex, but "Tiffany" does, so "she wrote" is not Dave Chappelle's
    q = _quotes("Tiffany Haddish parodied West's announcement Sunday on Twitter, copying and pasting what he tweeted "
                "and joking that fellow comedian Dave Chappelle would be her running mate.\n\n"
                "\"#HaddishChappelle2020,\" she wrote.")
    direct = q[q["kind"] == "direct"]
    assert direct[["actor", "verb", "quote"]].values.tolist() == [
        ["Tiffany Haddish", "wrote", "#HaddishChappelle2020,"]]


def test_the_user_s_given_names_add_to_the_shipped_ones():
    # written for the test, in the shape of the USA TODAY text above: names no list ships ("Zola", "Quinn") tell
    # nothing until the user's actors file lists them
    text = ("Zola Haddish parodied the announcement on Twitter, joking that fellow comedian Quinn Chappelle would be "
            "her running mate.\n\n\"#HaddishChappelle2020,\" she wrote.")
    corpus = mk.load_corpus(pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [text]}), quiet=True)
    listed = mk.quotes(corpus, actors={"given_names": {"he": ["Quinn"], "she": ["Zola"]}})
    assert listed.loc[listed["kind"] == "direct", "actor"].tolist() == ["Zola Haddish"]


def test_a_middle_initial_makes_a_person_and_another_document_s_given_name_does_not_count():
    # Associated Press, "Barr: Trump tweets on cases make it 'impossible' to do job": "Beryl A. Howell", named once
    # with no title, is a person, and "she wrote" is hers, not the national security adviser's said before
    q = _quotes("Robert O’Brien, the national security adviser, said the president has every right to weigh in.\n\n"
                "Meanwhile, the Chief Judge of the D.C. District Court, Beryl A. Howell, also did something unusual: "
                "She issued a statement Thursday on the firestorm around the sentencing.\n\n"
                "“The Judges of this court base their sentencing decisions on careful consideration of the actual "
                "record in the case before them,” she wrote. “Public criticism or pressure is not a factor.”",
                # guard, a text written for it: a surname that another document gives a man's first name ("Eric
                # Ingram") still stands for the woman this one names ("Sarah Hall Ingram", as Politico's "Punching
                # bag IRS unscathed in Obamacare rollout, so far")
                "Eric Ingram, a farmer, said he would plant early this year.",
                "The agency's health care chief Sarah Hall Ingram has escaped much of the criticism. That jibes with "
                "what Ingram told the House oversight committee. She testified then that the IRS systems are "
                "working.")
    assert q[["doc_id", "speaker", "verb", "quote"]].values.tolist() == [
        ["d0", "Robert O’Brien", "said", "the president has every right to weigh in"],
        ["d0", "Beryl A. Howell", "wrote", "The Judges of this court base their sentencing decisions on careful "
                                           "consideration of the actual record in the case before them,"],
        ["d0", "Beryl A. Howell", "", "Public criticism or pressure is not a factor."],
        ["d1", "Eric Ingram", "said", "he would plant early this year"],
        ["d2", "Ingram", "testified", "the IRS systems are working"]]


def test_whom_told_addresses_is_not_what_was_told():
    # Vox, "The 9 biggest questions about the Nunes memo, answered"; NPR, "Sally Yates Testifies: 'We Believed Gen.
    # Flynn Was Compromised'"; Reuters, "Senators get FBI report on Kavanaugh, Republicans push vote": the words
    # told begin after the listener ("his close advisers", "the senators", "a small gathering in Boca Raton,
    # Florida,"), not inside it
    q = _quotes("According to the Washington Post, Trump told his close advisers prior to the memo’s release that it "
                "could give him the ammo he needs to fire Rosenstein or force him to resign.",
                "Yates told the senators the Department of Justice had two concerns over Flynn's actions.",
                "On Thursday afternoon, retired Supreme Court Justice John Paul Stevens told a small gathering in Boca "
                "Raton, Florida, that Kavanaugh should not be confirmed.",
                # guard, from The Atlantic's "The Brutality of Police Culture in Baltimore": "her" is the one told,
                # not an owner ("told her colleagues")
                "After pulling Green to her feet, the officer told her she was under arrest.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Trump", "told", "it could give him the ammo he needs to fire Rosenstein or force him to resign"],
        ["Yates", "told", "the Department of Justice had two concerns over Flynn's actions"],
        ["John Paul Stevens", "told", "Kavanaugh should not be confirmed"],
        ["the officer", "told", "she was under arrest"]]


def test_an_attribution_at_the_end_may_name_whom_it_was_told_and_cite_its_source():
    # Newsmax, "Rush Limbaugh: Left Has 'Fear and Hatred of Christianity'"; Scientific American, "Federal Government
    # Is Failing on Climate Readiness, Watchdog Says": "told his radio audience Monday." and "said (Climatewire,
    # March 29, 2017.)" end the attribution of the sentence before them
    q = _quotes("The left's fear and hatred of religion has driven America's culture wars for the past 30 years, Rush "
                "Limbaugh told his radio audience Monday.",
                "Trump’s executive order in March 2017 reversed the federal government’s leadership on climate change, "
                "the GAO said (Climatewire, March 29, 2017.)",
                # guard, from USA TODAY's "Mitch McConnell says he believes Roy Moore's accusers": what the Post
                # reported is not what Moore denied; and a listener followed by "he" is no attribution at the end
                "Moore has vehemently denied the allegations, reported by the Washington Post last week, that he had "
                "inappropriate relationships with teenagers.",
                "After the game, Smith told his wife he was leaving.")
    assert q[["doc_id", "speaker", "verb", "quote"]].values.tolist() == [
        ["d0", "Rush Limbaugh", "told", "The left's fear and hatred of religion has driven America's culture wars for "
                                        "the past 30 years"],
        ["d1", "the GAO", "said", "Trump’s executive order in March 2017 reversed the federal government’s leadership "
                                  "on climate change"],
        ["d3", "Smith", "told", "he was leaving"]]


def test_an_attribution_after_a_quotation_may_go_on_and_if_opens_no_speaker():
    # CNN, "Five justices appear receptive to gutting Defense of Marriage Act": ", Clement said, adding that ..."
    # after a quotation and a few words names its speaker; CNN, "Obamacare and NSA spying: What did Obama know, and
    # when did he find out?": after "said", "if ..." is what was said, not who said it
    q = _quotes("Paul Clement, the high-profile lawyer hired by House Speaker John Boehner, suggested the act was "
                "passed as a \"cautious approach.\"\n\n\"In 1996 something was happening\" in the country, Clement "
                "said, adding that Congress wanted to create uniformity in the federal sphere.",
                "Republican Rep. Peter King, a key member of the Homeland Security Committee, said if the surveillance "
                "happened without the President's knowledge, it has larger implications.")
    # (Clement's first sentence, "suggested the act was passed as ...", is a statement too, read since 2026-12-01)
    assert q[["speaker", "kind", "quote"]].values.tolist() == [
        ["Paul Clement", "indirect", "the act was passed as a \"cautious approach.\""],
        ["Clement", "direct", "In 1996 something was happening"],
        ["Clement", "indirect", "Congress wanted to create uniformity in the federal sphere"],
        ["Peter King", "indirect", "if the surveillance happened without the President's knowledge, it has larger "
                                   "implications"]]


def test_what_the_speaker_reports_another_said_is_the_other_s():
    # BBC News, "Trump threatens 'national emergency' over wall": Pence told Fox News what Trump said, so "without a
    # wall" is Trump's
    q = _quotes("Vice-President Mike Pence told Fox News the deal was being \"talked about\", but that Mr Trump said "
                "no deal was possible \"without a wall\".")
    assert q[["speaker", "kind", "quote"]].values.tolist() == [
        ["Mike Pence", "indirect", "the deal was being \"talked about\""],
        ["Mike Pence", "direct", "talked about"], ["Trump", "indirect", "no deal was possible \"without a wall\""],
        ["Trump", "direct", "without a wall"]]


def test_a_surname_that_speaks_first_in_its_sentence_and_that_as_the_subject():
    # Townhall, "Debt Ceiling to Hit Mid-October" (an excerpt that names the Treasury secretary by surname only):
    # "Lew said" makes Lew a person, whom "he" then stands for (not Speaker John Boehner, to whom he wrote; the
    # article's first sentence, shortened here), and in "He says that wouldn't be enough" "that" is the subject
    q = _quotes("Lew wrote to Speaker John Boehner on Monday. Lew said it's impossible for Treasury to predict exactly "
                "when borrowing limit will be reached. But he warns that if action isn't taken soon, the government "
                "could be left with $50 billion in cash by mid-October. He says that wouldn't be enough to cover "
                "Social Security payments.",
                # Reuters, "Trump trial enters pivotal week as calls for witnesses grow": the Clinton of "Another
                # Clinton impeachment alumnus, Alan Dershowitz," describes Dershowitz, who is "he"
                "Another Clinton impeachment alumnus, Alan Dershowitz, carried a pair of worn antique books as he "
                "began closing the day’s defense. “Purely non-criminal conduct, including abuse of power and "
                "obstruction of Congress, are outside the range of impeachable offenses,” he said.")
    assert q[["actor", "verb", "quote"]].values.tolist() == [
        ["Lew", "said", "it's impossible for Treasury to predict exactly when borrowing limit will be reached"],
        ["Lew", "warns", "if action isn't taken soon, the government could be left with $50 billion in cash by "
                         "mid-October"],
        ["Lew", "says", "that wouldn't be enough to cover Social Security payments"],
        ["Alan Dershowitz", "said", "Purely non-criminal conduct, including abuse of power and obstruction of "
                                    "Congress, are outside the range of impeachable offenses,"]]


def test_neither_and_another_open_no_name():
    # Written for the test: "Neither Trump nor ..." and "Another Green Beret" named no actor "Neither Trump" or
    # "Another Green Beret" on the 20 MB file; the name is what follows
    corpus = mk.load_corpus(pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [
        "Neither Donald Trump nor his lawyers commented. Another Green Beret told of a conversation with Afghan "
        "soldiers. Nobody said a word, and everyone says so."]}), quiet=True)
    assert mk.actor_mentions(corpus)[["mention", "actor"]].values.tolist() == [
        ["Donald Trump", "Donald Trump"], ["Green Beret", "Green Beret"], ["Afghan", "Afghanistan"]]


def test_a_participle_s_speaker_after_a_clause_put_first_and_verbs_that_scold():
    # USA TODAY, "'It's anyone's guess what happens next': Democrats shoot down Trump's plan to end shutdown": after
    # "Even before Trump ... table," the main clause's subject says; National Review, "Kerry to Israel: A State Cannot
    # Be Both Jewish and Democratic" and the Washington Post on Maine's coronavirus cases: "admonished", "scolded"
    q = _quotes("Even before Trump officially made his speech and put protections for young immigrants on the "
                "bargaining table, Democrats denounced the offer, saying it wasn't enough to end the historic "
                "shutdown.",
                "In this context of claiming that Israeli policy was “leading toward one state, or perpetual "
                "occupation,” Kerry admonished: “If the choice is one state, Israel can either be Jewish or "
                "democratic. It cannot be both.”",
                "Three maskless young Somali women tried to dodge Fatuma Hussein as they glided down the street. "
                "“I’m your auntie,” Hussein scolded them in English and Somali.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Democrats", "saying", "it wasn't enough to end the historic shutdown"],
        ["Kerry", "admonished", "leading toward one state, or perpetual occupation,"],
        ["Kerry", "admonished", "If the choice is one state, Israel can either be Jewish or democratic. It cannot be "
                                "both."],
        ["Hussein", "scolded", "I’m your auntie,"]]


def test_he_continues_the_one_a_role_noun_described_as_the_last_speaker():
    # Washington Times, "Green Berets reveal Afghan National Army soldiers' incompetence": no person is named, so
    # "he" is the captain who spoke just before (not "Green Berets", a name of no known kind)
    q = _quotes("Green Berets reveal Afghan National Army soldiers’ incompetence\n\n"
                "After the insertion, “The detachment took point due to the ANA’s inability to move during periods of "
                "darkness,” the captain said.\n\n"
                "At about the midpoint in village clearing, he said, “The ANA became stagnant and were hiding in the "
                "green zones,” swaths of forested areas in an otherwise desert valley.",
                # guard, written for the test: a body's role noun is no "he"
                "“The cuts are temporary,” the federal government said.\n\nAt the time, he said, “We have no money "
                "left for the program.”")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d0", "the captain"], ["d0", "the captain"],
                                                        ["d1", "the federal government"], ["d1", "he"]]


def test_quoted_words_inside_a_reported_statement_and_subjects_with_asides():
    # CNN, "Obama signs U.S.-Israel security act on eve of Romney trip": Carney's statement is read whole, with the
    # words he is quoted in, and voices() counts it once; Politico, "'Assimilation' a flash point in immigration
    # debate": the leaders between the dashes and after "Following the meeting," say; Christian Science Monitor,
    # "More light on the NSA": "a majority of Americans (56 percent) say"
    q = _quotes("Carney said Obama directed the Iron Dome funding in May and the money was transferred \"in recent "
                "days,\" leading to the announcement Friday in conjunction with the signing of the bill.",
                "Following the meeting, several conservative leaders — including Alfonso Aguilar, executive director "
                "of Latino Partnership for Conservative Principles; Al Cardenas, chairman of American Conservative "
                "Union; and Grover Norquist of Americans for Tax Reform — signed a statement, saying they were ready "
                "to support reform given certain conditions.",
                "That surge of interest isn’t reflected in a recent poll, which found that a majority of Americans "
                "(56 percent) say the NSA’s tracking of millions of telephone records is fine with them if it helps "
                "to fight terrorism.")
    rows = q[["doc_id", "speaker", "kind", "quote"]].values.tolist()
    assert rows[0][:3] == ["d0", "Carney", "indirect"] and rows[0][3].startswith(
        "Obama directed the Iron Dome funding in May and the money was transferred \"in recent days,")
    #                                       (where it ends is arguable: the writer's "leading to ..." or not)
    assert rows[1:] == [
        ["d0", "Carney", "direct", "in recent days,"],
        ["d1", "several conservative leaders", "indirect", "they were ready to support reform given certain "
                                                           "conditions"],
        ["d2", "a majority of Americans", "indirect", "the NSA’s tracking of millions of telephone records is fine "
                                                      "with them if it helps to fight terrorism"]]
    assert mk.voices(q[q["doc_id"] == "d0"])[["statements", "direct", "indirect"]].values.tolist() == [[1, 0, 1]]


def test_a_statement_before_a_colon_and_a_participle_with_a_quoted_subject():
    # Breitbart News, "NAFTA Safe for Now: Trump Calls Trudeau and Peña Nieto to Renegotiate": "The White House
    # confirmed that ...:" reports a statement before the
    # release it introduces; Fox News, "White House: ISIS fighters in Syrian town creating 'target-rich environment'
    # for US": "claiming “manpower” is streaming into the area" is Austin's
    q = _quotes("The White House confirmed that Trump assured both leaders this step would not be taken in a press "
                "release Wednesday evening:\n\nPresident Trump agreed not to terminate NAFTA at this time.",
                "\"The enemy has made a decision to make Kobani his main effort,\" Austin said, claiming \"manpower\" "
                "is streaming into the area.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["The White House", "confirmed", "Trump assured both leaders this step would not be taken in a press release "
                                         "Wednesday evening"],
        ["Austin", "said", "The enemy has made a decision to make Kobani his main effort,"],
        ["Austin", "claiming", "\"manpower\" is streaming into the area"]]


def test_the_name_of_a_show_or_a_book_is_no_statement():
    q = _quotes("Show time\nSen. Amy Klobuchar said on CNN’s “New Day” that the plan would fail. Rep. Jim Jordan "
                "told NBC’s “Meet the Press” on Sunday: “We will win.” Sen. Elizabeth Warren appeared on “State of "
                "the Union” with Jake Tapper. “It was fine,” she said on “Face the Nation.” He read “The Art of the "
                "Deal” twice.")
    assert q[["speaker", "kind", "quote"]].values.tolist() == [
        ["Amy Klobuchar", "indirect", "the plan would fail"], ["Jim Jordan", "direct", "We will win."],
        ["Elizabeth Warren", "direct", "It was fine,"]]


def test_doubled_apostrophes_a_party_tag_and_a_verb_of_two_words():
    q = _quotes("Senate panel\n“Our staff was banned from seeing it,” an irritated Chairman Dianne Feinstein "
                "(D-Calif.) declared. Hillary Clinton scowled. “I was in the Senate at the same time,” she shot back.\n"
                "“These guys are so young,’’ said Jon Lester, “I don’t think they’ll understand it.’’\n"
                "‘‘I love depreciation,’’ Donald Trump said.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Dianne Feinstein", "declared", "Our staff was banned from seeing it,"],
        ["Hillary Clinton", "shot back", "I was in the Senate at the same time,"],
        ["Jon Lester", "said", "These guys are so young,"],
        ["Jon Lester", "said", "I don’t think they’ll understand it."],
        ["Donald Trump", "said", "I love depreciation,"]]


def test_a_named_person_takes_a_quotation_from_the_speaker_before_and_a_spouse_tells_the_pronoun():
    q = _quotes("Berman out\nBarr later said in a statement that Berman had “chosen public spectacle over public "
                "service” and asked Trump to fire him. President Trump did, but added, “That is really up to him. "
                "I am not involved.”\nWith husband Philip watching from the gallery, Mrs May made a final plea to MPs. "
                "“This is the moment and this is the time,” she said.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Barr", "said", "Berman had “chosen public spectacle over public service” and asked Trump to fire him"],
        ["Barr", "said", "chosen public spectacle over public service"],
        ["Trump", "added", "That is really up to him. I am not involved."],
        ["May", "said", "This is the moment and this is the time,"]]


def test_a_question_is_attributed_by_the_words_right_after_it():
    q = _quotes("Hearing\nCommittee Chairman Darrell Issa balked at the remarks. “Are you stupid?” Mr. Issa asked at "
                "one point. “I don’t think so, no,” Mr. Gruber replied.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Issa", "asked", "Are you stupid?"], ["Gruber", "replied", "I don’t think so, no,"]]


def test_what_x_said_is_x_speaking():
    # read off the AllSides sample: "in what police said was a failed arson attempt" is the police's statement;
    # "what he's talking about" inside a quotation names nobody
    q = _quotes("A burning object was thrown at a synagogue in Gothenburg on Saturday in what police said was a "
                "failed arson attempt.",
                "In the past he has called him \"a mutt who doesn't know what he's talking about\" and said that he "
                "wanted to \"punch him in the face\".")
    first = q.loc[q["doc_id"] == "d0", ["speaker", "quote"]].values.tolist()
    assert first == [["police", "was a failed arson attempt"]]
    assert not q["speaker"].fillna("").str.contains("talking").any()


def test_speakers_read_off_a_tenth_sample():
    # read off by hand (seed 2020): a verb after "had"; a topic is no statement ("wrote about", but "said about 200
    # people" is one); "Let’s ... say" is nobody's; an essay "entitled “...”" is a title; a retweet's quotation is
    # the tweet's author's
    q = _quotes("Pope Francis criticised him. And Trump fired back.\n\"For a religious leader to question a person's "
                "faith is disgraceful,\" Trump had charged.",
                "Several weeks ago, CNN’s Brian Stelter wrote about Sinclair’s plan to force its anchors to read the "
                "promos. The White House said about 200 professionals from across the country attended.",
                "Let’s play devil’s advocate and say that Bernie wins the presidency and congress approves it all.",
                "Google picked out an essay I wrote in 2009 for Foreign Policy, entitled “The Sick Man of Asia.” I was "
                "ahead of the times.",
                "Haley spoke at the United Nations.\nRT @USUN: “I ask my colleagues here in the Security Council, "
                "who among us would accept this?” "
                "pic.twitter.com/gh0ukdqCCp — Nikki Haley (@nikkihaley) May 15, 2018")
    rows = q[["doc_id", "speaker", "verb"]].values.tolist()
    assert rows == [["d0", "Trump", "charged"], ["d1", "The White House", "said"], ["d4", "Nikki Haley", "tweeted"]]


def test_speakers_read_off_an_eleventh_sample():
    # read off by hand (seed 2121, 19 of 30 right before these rules): "he" after an appositive name is that name;
    # a statement inside a quotation is the speaker's words, not a statement of the outlet's; a headline quoted
    # after "headlined" is a title; the paper officials spoke to is not their actor
    q = _quotes("Roger Stone was sentenced. A former prosecutor on Stone's case, Aaron Zelinsky, added to the intrigue "
                "when he told Congress this week that he came under pressure to give Stone a break.",
                "Rouhani spoke on Monday.\n“Germany’s chancellor and France’s president were there. They all insisted "
                "on a meeting. They said America was saying it would lift the sanctions,” the president said.",
                "The Daily Beast searched the list. In a story headlined “The Disgraced and Little-Known Generals "
                "Backing Donald Trump,” the outlet reported that four were present during a 1991 scandal.",
                "The New York Times published it. Officials who spoke to The Times anonymously said the plans did "
                "not include a land invasion of Iran.")
    got = q[["doc_id", "actor", "verb", "kind"]].values.tolist()
    assert got == [["d0", "Aaron Zelinsky", "told", "indirect"], ["d1", "", "said", "direct"],
                   ["d2", "", "reported", "indirect"], ["d3", "", "said", "indirect"]]


def test_a_long_title_after_called_is_no_statement():
    # read off by hand (seed 2222): the document's title is no one's statement; what it states is
    q = _quotes("In April 2014, the administration expanded the definition. In a document called “Questions and "
                "Answers on Title IX and Sexual Violence” it stated that “Title IX’s prohibition extends to claims of "
                "discrimination based on gender identity.”")
    assert not q["quote"].str.startswith("Questions and Answers").any()
    assert q["quote"].str.startswith("Title IX’s prohibition").any()


def test_a_participle_of_saying_belongs_to_the_sentence_subject():
    # read off the Syria practice corpus and the AllSides sample: "..., saying" is said by the sentence's subject,
    # not by the noun before the comma ("after the missile strike"), nor by a description of the subject
    q = _quotes("Tillerson used harsh language against Moscow after the missile strike, saying it had “failed” to "
                "live up to its promise.",
                "In New Jersey, Hickox, a nurse from Maine, blasted the state, saying she was treated \"like a "
                "criminal.\"",
                "Speaking to reporters, Mr. Sessions’s deputy, Rod J. Rosenstein, demurred when asked about leaks, "
                "saying he would not “comment on hypotheticals.”",
                "Harry Reid stayed positive.\n\"We've made tremendous progress,\" he said, saying that \"everyone "
                "just needs to be patient\" and that \"tomorrow will be a bright day.\"")
    speakers = q.groupby("doc_id")["speaker"].agg(list).to_dict()
    assert speakers["d0"] == ["Tillerson", "Tillerson"] and speakers["d1"] == ["Hickox", "Hickox"]   # (a statement,
    #                                                                      and the words quoted from it, each time)
    assert speakers["d2"] == ["Rod J. Rosenstein"] * 2 and speakers["d3"][1:] == ["Harry Reid", "Harry Reid"]


def test_an_adjective_is_no_verb_of_saying_and_the_first_that_clause_is_read():
    # Associated Press on the Syria strike: "the possible added benefit of signaling to China that ..." is what
    # the officials noted, not a statement by "the timing of the strike"
    q = _quotes("U.S. officials noted that the timing of the strike had the possible added benefit of signaling to "
                "China that Trump is willing to act alone.")
    assert q[["speaker", "verb"]].values.tolist() == [["U.S. officials", "noted"]]


def test_speakers_read_off_the_practice_corpora():
    # Charlottesville, Berlin and George Floyd practice corpora: a party tag is no speaker; "who" after a name and
    # its description is the name; the subject of two coordinated verbs speaks; a time phrase is no speaker
    q = _quotes("Ryan spoke.\nAlso on Twitter, Rep. Ileana Ros-Lehtinen (R-Fla.) said, “Blaming both sides? No. Back "
                "to the drawing board.”",
                "Mr Urban had been working for his cousin Ariel Zurawski, the Polish owner of the lorry, who said he "
                "had last been in contact on Monday.",
                "Jason Kessler, a former staffer for candidate Tom Perriello, witnessed and filmed the car incident "
                "and said he expected violence.",
                "House Speaker Nancy Pelosi, D-Calif., called Trump's proposal \"unacceptable\" and said it was a "
                "non-starter in Congress.",
                "Police arrived. Just a few hours later, thousands of people marched through Brooklyn, shouting "
                "“justice now!” while cars drove alongside.",
                "Still, the issue has challenges for Rubio, who has vowed to vote against budget legislation that "
                "includes any funding for the law.")
    speakers = q.groupby("doc_id")["speaker"].agg(list).to_dict()
    assert speakers == {"d0": ["Ileana Ros-Lehtinen"], "d1": ["Ariel Zurawski"], "d2": ["Jason Kessler"],
                        "d3": ["Nancy Pelosi"], "d4": ["thousands of people"], "d5": ["Rubio"]}


def test_a_country_before_other_words_is_the_speaker_only_where_they_speak_for_it():
    # Read off the AllSides sample: "American foreign policy experts", "Syrian opposition activists" and "a
    # British legal commentator" speak for no state; "Iraqi officials", "Iran's foreign ministry", "Iranian
    # police" and "Iran later" do; "The United States and its allies" keeps the United States.
    q = _quotes(
        "Deal\nAmerican foreign policy experts said the deal was weak and would collapse soon.\n"
        "Toll\nSyrian opposition activists reported another 77 dead on Tuesday, mostly in Damascus.\n"
        "Court\n“If the U.S. is given priority, then justice will be denied,” a British legal commentator argued.\n"
        "Talks\nIraqi officials said the talks would resume next week in Baghdad.\n"
        "War\nIran's foreign ministry said the strike was an act of war against the nation.\n"
        "Dress\nIranian police announced they would not arrest women who refused to wear the veil.\n"
        "Swiss\nIran later said the remarks were war-mongering by U.S. officials.\n"
        "Rebels\nThe United States and its allies say the rebels have no capability to carry out the attack.")
    assert q[["speaker", "actor"]].values.tolist() == [
        ["American foreign policy experts", ""], ["Syrian opposition activists", ""],
        ["a British legal commentator", ""], ["Iraqi officials", "Iraq"], ["Iran's foreign ministry", "Iran"],
        ["Iranian police", "Iran"], ["Iran", "Iran"], ["The United States and its allies", "United States"]]


def test_speakers_read_off_a_twelfth_sample():
    # Read off by hand (seed 2424 and the changed rows it led to): "said Mr. Obama" is no antecedent of the "he"
    # who wrote; "with X explaining “...”" is X's; a parenthetical "he said," gives the sentence's quotation to
    # him; "so-called" and a name's label in commas are terms; "X led by Y, as well as Z, insisted" is X; "who"
    # stands for the noun phrase before it ("a Houston Rockets employee who tweeted"), or for the name an
    # appositive describes ("Jason Collins, the NBA player who announced"); a bullet is no part of a speaker.
    q = _quotes(
        "Taranto\nJames Taranto, a member of the editorial board, said Mr. Obama apparently is no longer claiming "
        "credit for the pullout.\n“Obama is not only disclaiming responsibility for the troop pullout,” he wrote.\n"
        "Tomb\nSenior Army leaders declined proposals for a guard, with one senior quartermaster explaining “there is "
        "no place at the Amphitheater where a sentry may be quartered.”\n"
        "Deal\nPutting the deal in place, Kerry said, will keep other nations “from chasing a weapon on their own.”\n"
        "Term\nThe term applies only to the mistreatment of a so-called “person of color” in the country.\n"
        "Label\n(His older brother, Tamerlan Tsarnaev, \"suspect No. 1,\" was killed in an exchange with police.)\n"
        "Georgia\nIn Georgia, Democrats led by Stacey Abrams, as well as a chorus of liberal pundits, insisted that "
        "the governor’s race there had been stolen.\n"
        "NBA\nBeijing’s tantrum was set off by a Houston Rockets employee who tweeted support for the protesters.\n"
        "Collins\nThe president was asked about Jason Collins, the NBA player who announced Monday that he is gay.\n"
        "Study\n• A recent study by the institute concluded that the average temperature had declined.")
    assert q[["speaker", "actor"]].values.tolist() == [
        ["James Taranto", "James Taranto"], ["James Taranto", "James Taranto"], ["one senior quartermaster", ""],
        ["Kerry", "Kerry"], ["Democrats", "Democrats"], ["a Houston Rockets employee", ""],
        ["Jason Collins", "Jason Collins"], ["A recent study by the institute", ""]]


def test_speakers_read_off_a_thirteenth_sample():
    # Read off by hand (seeds 2626 and 2727): a quotation opened by " and closed by '' (USA TODAY); a source named
    # after a place word ("Israeli newspaper Haaretz"), also for a quotation inside its sentence; "X quoted Y
    # saying"; a new subject that labels ("Politico called it"); "CNN first reported"; a poll's finding ("Morning
    # Consult showed half of Americans say": the half, not the state); "But after ..., one officer told"; "X sent Y
    # a letter saying"; the question put to those polled is no statement; a quotation alone after "Trump continued
    # to slam the media." is his; "Trump’s “...,” he concluded" is not Trump; "The 'end of the world' has arrived"
    # is a term; "Former" opens no name.
    q = _quotes(
        "Dowd said the legal team had no objection.\n\"No one has more right to express himself than President "
        "Trump,'' Dowd said. \"He doesn't need this crap.''",
        "The statement called for an \"independent and transparent investigation\" into the deaths, according to "
        "Israeli newspaper Haaretz.",
        "Forbes quoted Sen. Orrin Hatch, R-UT, saying the bill was \"quite literally the best we could do.\" Politico "
        "called it a bill \"that nobody really wanted,\" pointing to an earlier effort.",
        "CNN first reported Friday night that a federal grand jury approved the first charges in the investigation.",
        "Back in the U.S., Morning Consult showed half of Americans say Trump’s use of Twitter hurts our national "
        "security.",
        "But after footage of the shooting was finally released, one Chicago officer told Mr. Moskos that most of his "
        "fellow officers eventually agreed that it “was a bad shooting.”\nFormer Chicago police officer Jason Van "
        "Dyke was eventually convicted of second-degree murder.",
        "Trump’s attorney sent Cruz a letter on Tuesday saying the ad was \"replete with outright lies, false, "
        "defamatory and destructive statements\" and Cruz could be held liable.",
        "When asked whether “the current political system in the United States is basically functional or basically "
        "dysfunctional,” 64 percent said it was dysfunctional.",
        "President Donald Trump spoke in Harrisburg on Saturday.\nTrump continued to slam the media. “Media outlets "
        "like MSNBC and CNN are fake news.” He gave journalists a harsh assessment. “Let’s rate the media’s 100 days "
        "because, as you know, they are in disgrace.”",
        "Max Abelson wrote that Trump “controls the teensiest details.” Trump’s “corporate leadership,” he concluded, "
        "“is a kind of teenager’s fantasy of adult office power.”",
        "Wages grew in 18 states. The 'end of the world' has arrived, and it feels pretty great, actually.")
    direct = q[q["kind"] == "direct"]
    assert direct[["doc_id", "speaker", "actor", "quote"]].values.tolist() == [
        ["d0", "Dowd", "Dowd", "No one has more right to express himself than President Trump,"],
        ["d0", "Dowd", "Dowd", "He doesn't need this crap."],
        ["d1", "Haaretz", "Haaretz", "independent and transparent investigation"],
        ["d2", "Orrin Hatch", "Orrin Hatch", "quite literally the best we could do."],
        ["d2", "Politico", "", "that nobody really wanted,"],
        ["d5", "one Chicago officer", "Chicago", "was a bad shooting."],
        ["d6", "Trump’s attorney", "", "replete with outright lies, false, defamatory and destructive statements"],
        ["d8", "Trump", "Donald Trump", "Media outlets like MSNBC and CNN are fake news."],
        ["d8", "Trump", "Donald Trump", "Let’s rate the media’s 100 days because, as you know, they are in disgrace."],
        ["d9", "Max Abelson", "Max Abelson", "controls the teensiest details."],
        ["d9", "Max Abelson", "Max Abelson", "corporate leadership,"],
        ["d9", "Max Abelson", "Max Abelson", "is a kind of teenager’s fantasy of adult office power."]]
    indirect = q[q["kind"] == "indirect"]
    assert indirect[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "Dowd", "Dowd"], ["d1", "Haaretz", "Haaretz"], ["d3", "CNN", "CNN"], ["d4", "half of Americans", ""],
        ["d5", "one Chicago officer", "Chicago"],       # "told Mr. Moskos that most of his fellow officers ..."
        ["d7", "64 percent", ""],                       # "64 percent said it was dysfunctional" (a share speaks)
        ["d9", "Max Abelson", "Max Abelson"]]           # "wrote that Trump “controls the teensiest details.”"
    frame = pd.DataFrame({"doc_id": ["a"], "outlet": ["O"], "text": [
        "Former Chicago police officer Jason Van Dyke was convicted. Until David turned ten he could not read. "
        "Under Obama, the agency grew. Shares of Under Armour fell."]})
    names = mk.actor_mentions(mk.load_corpus(frame, quiet=True))["actor"].tolist()
    assert "Former Chicago" not in names and "Until David" not in names and "Jason Van Dyke" in names
    assert "Under Obama" not in names and "Under Armour" in names     # an opener only as a sentence's first word


def test_speakers_read_off_a_fourteenth_sample():
    # Read off by hand (seed 2828 and the rows it changed on 1,500 articles): "A GOP strategist who is familiar
    # with ... said that X, who ..., “...”" is the strategist; "Trump tweet" and "Strzok lawyer" name no speaker;
    # a paragraph "X issued a statement ...:" introduces the next; a quotation in a sentence that ends
    # ", according to court filings" is theirs; "the suits' claims as “baseless”" holds no verb of saying, and
    # "Trump's camp" is the camp.
    q = _quotes(
        "A GOP strategist who is familiar with Conway’s relationship with the Mercers said that Bekah Mercer, who "
        "runs the family’s political operation, “leans heavily on Kellyanne Conway. She is the Mercers’ sounding "
        "board.”",
        "President Trump tweeted again. In response to the latest letter and Trump tweet, though, Strzok lawyer Aitan "
        "Goelman said the line referred to an effort to stop leaks.\n“The term ‘media leak strategy’ in Mr. Strzok’s "
        "text refers to a Department-wide initiative,” he said in a statement.",
        "Actress Ashley Judd sued Harvey Weinstein on Tuesday.\nWeinstein spokesman Juda Engelmayer issued a statement "
        "to USA TODAY rejecting the lawsuit's claims:\n“The most basic investigation of the facts will show that Mr. "
        "Weinstein never did anything to harm her career.”",
        "President Trump’s former national security adviser, Michael Flynn, is set to plead guilty Friday to "
        "“willfully and knowingly” making “false, fictitious and fraudulent statements,” according to court filings "
        "in the investigation.",
        "Three lawsuits argued that the program was mired in fraud. Trump's camp rejected the suits' claims as "
        "\"baseless and without any merit.\"")
    assert q.loc[q["kind"] == "direct", ["doc_id", "speaker", "actor", "verb"]].values.tolist() == [
        ["d0", "A GOP strategist", "", "said"], ["d1", "Aitan Goelman", "Aitan Goelman", "said"],
        ["d2", "Juda Engelmayer", "Juda Engelmayer", ""],
        ["d3", "court filings in the investigation", "", "according to"],
        ["d3", "court filings in the investigation", "", "according to"], ["d4", "Trump's camp", "", ""]]


def test_a_name_after_known_as_the_or_told_is_no_statement():
    # Read off seed 2929: "a group ... known as the “Gang of Eight,”" is a name; "told “Fox & Friends.”" names the
    # show that was told, and the quotation before it stays Karen Hunt's
    q = _quotes('The proposal, negotiated by a group of senators from both parties known as the "Gang of Eight," also '
                'insists on stronger worker verification.',
                '“There’s fires, debris all over the streets, everywhere,” Napa resident Karen Hunt earlier told “Fox '
                '& Friends.”')
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d1", "Karen Hunt", "There’s fires, debris all over the streets, everywhere,"]]


def test_a_role_after_a_name_a_reflexive_and_a_question():
    # Read off seed 3030 and the rows it changed: "the House Republican leadership aide" is an aide, not a
    # Republican named before; "Trump himself noted that" is Trump; "What did Papadopoulos say he told Donald
    # Trump?" asks, and states nothing
    q = _quotes('Rep. Cathy McMorris Rodgers, R-Washington, told Politico that a shutdown was possible.\n"If that '
                'story sparks the White House to abandon their strategy, that\'s a good thing," said the House '
                'Republican leadership aide.',
                "Donald Trump spoke on Monday. Trump himself noted that there are ethical concerns about his dealings.",
                "What did Papadopoulos say he told Donald Trump?\nThe young operative told Mr Trump that he could set "
                "up a meeting.")
    assert q[["doc_id", "speaker", "actor", "kind"]].values.tolist() == [
        ["d0", "Cathy McMorris Rodgers", "Cathy McMorris Rodgers", "indirect"],
        ["d0", "the House Republican leadership aide", "", "direct"],
        ["d1", "Trump", "Donald Trump", "indirect"], ["d2", "The young operative", "", "indirect"]]


def test_a_capitalised_plural_subject_and_a_name_before_its_description_at_the_end():
    # Read off seed 3131 and the rows it changed: "Activists said ... They said" is the activists (a role noun
    # capitalised as the sentence's first word), but "Sanders said ... They said" is no Sanders; "..., Djoko
    # Murjatmodjo, an aviation official at ..., told the national newspaper Kompas." gives the clause before it to
    # him; "“...” Rick Hasen, a professor at the University of California, Irvine, wrote" is Hasen
    q = _quotes("Activists said the team later arrived in Moadamiyeh, a western suburb of the capital. They said the "
                "team was meeting with doctors.",
                "Senator Bernie Sanders spoke. Sanders said the plan was dead. They said it was alive.",
                "Air traffic control denied permission for the plane to climb to 38,000 feet, Djoko Murjatmodjo, an "
                "aviation official at the Indonesian Transport Ministry, told the national newspaper Kompas.",
                "“North Carolina’s gerrymandering was one of the most brazen in the nation,” Rick Hasen, a professor "
                "at the University of California, Irvine, wrote on his blog.")
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "Activists", "the team later arrived in Moadamiyeh, a western suburb of the capital"],
        ["d0", "Activists", "the team was meeting with doctors"],
        ["d1", "Sanders", "the plan was dead"], ["d1", "They", "it was alive"],
        ["d2", "Djoko Murjatmodjo", "Air traffic control denied permission for the plane to climb to 38,000 feet"],
        ["d3", "Rick Hasen", "North Carolina’s gerrymandering was one of the most brazen in the nation,"]]


def test_a_verb_in_an_if_clause_is_not_the_attribution():
    # Read off seed 3232: "If he continues to do that, she says the question could be this: “...”" is hers
    q = _quotes("Jan Leighley teaches politics at American University.\nThis year, Mr. Donald Trump has heightened "
                "that issue, Ms. Leighley says. If he continues to do that, she says the question for voters could be "
                "this: \"Is one being irresponsible by not casting a ballot?\"")
    assert q.loc[q["kind"] == "direct", ["speaker", "actor"]].values.tolist() == [["Leighley", "Jan Leighley"]]


def test_the_one_written_to_is_not_the_writer():
    # Read off seed 3131: "Writing to Energy Secretary Samuel Bodman, Mr. Ryan ... cited the “...”" is Ryan's
    q = _quotes("Writing to Energy Secretary Samuel Bodman, Mr. Ryan, Wisconsin Republican and now nominee for vice "
                "president, and three Democratic lawmakers cited the “importance and impact of this federal loan "
                "program” in a letter.")
    assert q[["speaker", "quote"]].values.tolist() == [["Ryan", "importance and impact of this federal loan program"]]


def test_a_group_of_a_person_speaks_as_the_group_or_the_one_it_names():
    # Read off the rows the rule changed on 1,500 articles: "Kemp's office claiming ... a “...”" is the office,
    # "Ms. Trump’s lawyer, Jamie Gorelick, has said ... “...”" is Gorelick; a possessive in a leading "According to
    # The Hill," changes nothing
    q = _quotes("Brian Kemp is the secretary of state. The controversy began with an announcement from Kemp's office "
                "claiming there had been a \"failed attempt to hack the state's voter registration system.\"",
                "Ivanka Trump joined the White House. Ms. Trump’s lawyer, Jamie Gorelick, has said her role is to be "
                "the president’s “eyes and ears,” in the West Wing.")
    assert q.loc[q["kind"] == "direct", ["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "Kemp's office", ""], ["d1", "Jamie Gorelick", "Jamie Gorelick"]]


def test_he_is_not_a_name_in_the_clause_he_is_the_subject_of():
    # read off a Salon article of the AllSides sample: "he" launched into a tirade against the judge, so the judge
    # is not "he"; "his San Diego rally" names a place that owns nothing; "Advertisement:" is no paragraph of it
    salon = ("Donald Trump is on the ropes\nBut Trump was clearly rattled by more than just criticism by Clinton and "
             "the press about his comments and his fundraiser. He's edgy and he's agitated in a way we haven't seen "
             "before.\n\nThat may be why at his San Diego rally last week he launched into a bizarre 15 minute tirade "
             "against the judge overseeing one of his lawsuits. And what he said was shocking:\n\nAdvertisement:\n\n"
             "“I think Judge Curiel should be ashamed of himself. I think it’s a disgrace that he’s doing this.”\n\n"
             "The judge is American, born in Indiana.")
    other = "Rally\nPresident Donald Trump spoke in San Diego on Friday."
    q = _quotes(salon, other)
    assert q[["speaker", "actor", "kind"]].values.tolist() == [["Trump", "Donald Trump", "direct"]]
    # read off a Frank Bruni column: he took on Trump's enablers, so Trump is not "he" who said it
    slate = ("Debate\nPete Buttigieg definitely came out on top. Buttigieg’s backers told him before this debate that "
             "he needed to show more fire. He didn’t achieve quite the animation that they sought, but he made "
             "strides in that direction. At no point during the night did I come so close to standing up and cheering "
             "as when he took on Trump’s Republican enablers on Capitol Hill.\n\n“If you are watching at home and "
             "you are a Republican member of Congress,” he said, “consider the fact that when the sun sets on your "
             "career, you will be remembered.”")
    q = _quotes(slate, other)
    said = q[q["verb"] == "said"]
    assert said[["speaker", "actor"]].values.tolist() == [["Buttigieg", "Pete Buttigieg"]] * 2


def test_a_surname_that_is_also_a_common_word_is_the_person_named_in_full_before():
    # read off a Breitbart article of the AllSides sample: "Day" is written in lower case far more often than
    # capitalised, so it was no name, and "he argued" after "Day claimed ..." went to Rupert
    text = ("NY County Issues Subpoenas\n“The health of our county” will not be “compromised because of ignorance, "
            "stupidity, or obstinance,” Ed Day, the county executive, told reporters.\n\n“Failure to comply will be "
            "costly: $2,000 per day,” Patricia Rupert, the county’s health commissioner, added.\n\n“Unfortunately, "
            "I am now forced by these circumstances to send subpoenas to the individuals who are required to "
            "cooperate with us,” Rupert said.\n\nDay claimed that his colleagues do not want to get anyone in "
            "trouble.\n\nThey only want to speak to them to find out who else might have contracted the disease to "
            "keep it from spreading, he argued.\n\n“We want people to do the right thing for their neighbors,” and "
            "voluntarily speak to health officials, Day said.")
    days = "Days\nEvery day the line grew. The next day it was longer, and the day after that it reached the park."
    q = _quotes(text, days)
    assert q[["speaker", "actor", "quote"]].values.tolist()[-3:] == [
        ["Day", "Ed Day", "his colleagues do not want to get anyone in trouble"],
        ["Day", "Ed Day", "They only want to speak to them to find out who else might have contracted the disease "
                         "to keep it from spreading"],
        ["Day", "Ed Day", "We want people to do the right thing for their neighbors,"]]


def test_a_broader_role_noun_is_the_person_introduced_with_a_narrower_one():
    # read off a CNN article of the AllSides sample: Rep. Marsha Blackburn is "the Tennessee lawmaker", the last
    # lawmaker named before it (a representative is a lawmaker; broader_roles in actors.toml)
    cnn = ("Tax deal\nOne of them, Rep. Tom Cole of Oklahoma, reiterated Sunday that he could go along with this "
           "scenario.\n\nBut one of his colleagues, Rep. Marsha Blackburn, said the Republicans shouldn't budge. "
           "Despite the loss of Republican seats in the House and Senate, Blackburn argued voters affirmed support for "
           "the GOP on Election Day and \"clearly said we don't want our taxes to go up.\"\n\n\"The president thinks "
           "he has momentum, I think he is running on adrenaline from the campaign,\" the Tennessee lawmaker told CNN.")
    q = _quotes(cnn)
    assert q[["speaker", "actor", "kind"]].values.tolist()[-3:] == [
        ["Marsha Blackburn", "Marsha Blackburn", "indirect"], ["Blackburn", "Marsha Blackburn", "direct"],
        ["the Tennessee lawmaker", "Marsha Blackburn", "direct"]]


def test_a_role_noun_after_someone_introduced_without_a_name_is_nobody_named():
    # read off a Hill article of the AllSides sample: the senator who requested anonymity is "the lawmaker", not
    # Sen. Bernie Sanders, the last senator named
    hill = ("Senators\nSen. Bernie Sanders (I-Vt.) seized front-runner status by winning the New Hampshire primary."
            "\n\n“I think there’s a substantial element of people worried about where we’re going,” said a "
            "Democratic senator, who requested anonymity to comment on discussions with colleagues.\n\nAsked about "
            "Sanders’s reputation as a lawmaker on the far left of the nation’s ideological spectrum, the lawmaker "
            "said, “Senators worry about that.”")
    q = _quotes(hill, hill.replace("the lawmaker said", "the senator said"))
    assert q[["speaker", "actor"]].values.tolist() == [["a Democratic senator", ""], ["the lawmaker", ""],
                                                       ["a Democratic senator", ""], ["the senator", ""]]
    # a role given to a named person ("Muslim Advocates, a civil rights group") introduces nobody new
    m = mk.actor_mentions(mk.load_corpus(pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [
        "Visas\nMuslim Advocates, a civil rights group, questioned the approach. The guidelines \"are extremely "
        "disappointing,\" the group said."]}), quiet=True))
    assert m[["mention", "actor"]].values.tolist() == [["Muslim Advocates", "Muslim Advocates"],
                                                      ["the group", "Muslim Advocates"]]


def test_a_new_subject_that_labels_inside_a_sentence_speaks():
    # read off a Media Research Center article of the AllSides sample: Joy Reid's words, not Stephanopoulos's
    mrc = ("Reviews\nMinutes later on ABC, anchor George Stephanopoulos gushed over First Lady Michelle Obama: "
           "“Polished, passionate and personal,” while on MSNBC, Joy Reid called the First Lady’s speech “magnificent, "
           "exquisite...[and] splendid.”")
    q = _quotes(mrc)
    assert q[["speaker", "verb"]].values.tolist() == [["George Stephanopoulos", ""], ["Joy Reid", "called"]]


def test_idioms_hypotheticals_and_acts_are_no_statements():
    # read off a Fox News poll report, a Guest Writer column and a Reason article of the AllSides sample
    fox = ("Poll\nNH GOP primary voters want a strong leader (27 percent) and someone who tells it like it is (21 "
           "percent) more than a nominee who has true conservative values (15 percent).")
    column = ("Newsom\nWhen Gavin Newsom announced his run for governor, he suggested that “California has a "
              "responsibility and opportunity to show the country and the world what inclusive, progressive "
              "government can achieve.” If this is what he meant, the country should say, “No, thank you.”")
    q = _quotes(fox, column)
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Gavin Newsom", "suggested", "California has a responsibility and opportunity to show the country and the "
                                      "world what inclusive, progressive government can achieve."]]
    # an act, but a statement after "that,"
    q = _quotes("Wall\nPresident Donald Trump spoke. Trump in January announced that, in exchange for $5.7 billion in "
                "border wall funding, he was prepared to back a three-year extension of protections.",
                "Wages\nSince President Lyndon Johnson declared war on poverty, the nation has spent about $18 "
                "trillion at the federal, state and local levels of government.")
    assert q[["speaker", "verb"]].values.tolist() == [["Trump", "announced"]]


def test_the_subject_before_a_long_appositive_and_a_group_of_people_speak():
    # read off a Reason article: the verb phrase before "complained" is not its subject
    reason = ("Hacking\nIn a CNN interview last month, the Arizona senator, a harsh critic of Donald Trump who "
              "denounced him, endorsed him, and then withdrew his endorsement, complained that by leaking "
              "information helpful to the Republican nominee the Russians have been able to interfere with our "
              "electoral process.")
    q = _quotes(reason)
    assert q[["speaker", "verb", "kind"]].values.tolist() == [["the Arizona senator", "complained", "indirect"]]
    # read off a Washington Times article: "they" are the clerks, a group of people
    times = ("Clerks\nA bipartisan group of 34 of Judge Kavanaugh’s former law clerks wrote in support of his "
             "nomination Tuesday to Mr. Grassley.\n\n“We never once saw [Judge Kavanaugh] take a shortcut, treat a "
             "case as unimportant, or search for an easy answer,” they wrote.")
    q = _quotes(times)
    assert q["speaker"].tolist() == ["A bipartisan group of 34 of Judge Kavanaugh’s former law clerks"]


def test_leaders_of_two_bodies_and_a_relative_clause_are_no_one_actor():
    # read off a Fox News article of the AllSides sample: the leaders of the House and Senate are not the Senate
    fox = ("IPAB\nThe Republican leaders of the House and Senate announced Thursday that they will boycott the "
           "ObamaCare-created committee responsible for holding down Medicare costs.")
    q = _quotes(fox)
    assert q[["speaker", "actor"]].values.tolist() == [["The Republican leaders of the House and Senate", ""]]
    # read off a Washington Times column: "that led to Monica Lewinsky" is no one who insists
    times = ("Emails\n“The energy in this story is enormously defused by committing to release emails in some form "
             "or fashion,” Chris Lehane, who managed the Clinton White House response to Whitewater and “the bimbo "
             "eruptions” that led to Monica Lewinsky, insists the allegations were overblown.")
    q = _quotes(times)
    assert "that led to Monica Lewinsky" not in q["speaker"].tolist()


def test_a_denied_statement_and_a_name_that_modifies_a_thing_give_no_speaker():
    # read off a CNN article of the AllSides sample: Romney "did not directly say" it, so he did not say it
    cnn = ("Syria\nBut even this supposed distinction from Obama was less than meets the eye, as Romney did not "
           "directly say that his administration would arm the Syrian rebels.")
    assert _quotes(cnn).empty
    # read off a Post Millennial column: "a MAGA hat" does not speak (and “love thy neighbor” quoted inside the
    # sentence with no one said to say it is no statement at all); "a New York Times editorial" does
    column = ("Hats\nAnyone reading this is free to wear a MAGA hat, but you can’t both wear a MAGA hat and claim to "
              "“love thy neighbor.”")
    editorial = ("Guns\nA New York Times editorial offered the following argument against having any armed teachers: "
                 "\"Nationwide statistics on police shootings are hard to come by.\"")
    q = _quotes(column, editorial)
    assert q[["doc_id", "speaker", "actor"]].values.tolist() == [["d1", "New York Times", "New York Times"]]


def test_quoted_as_saying_and_a_speaker_after_a_closing_parenthesis():
    # read off a Washington Times article of the AllSides sample: "Mr. Assad was quoted as saying"
    times = ("Syria\nMr. Assad told Russia’s Izvestia daily that accusations that his troops used chemicals were "
             "“politically motivated.”\n\n“This is nonsense,” Mr. Assad was quoted as saying in an interview published "
             "Monday. “First they level the accusations, and only then they start collecting evidence.”")
    q = _quotes(times)
    assert q[["speaker", "verb", "kind"]].values.tolist() == [
        ["Assad", "told", "indirect"], ["Assad", "saying", "direct"], ["Assad", "", "direct"]]
    # read off a CNN article and a Christian Science Monitor one: a dateline's or an aside's ")" ends no speaker
    cnn = ("Moore\n(CNN) Alabama Republican Senate candidate Roy Moore says he will sue the Washington Post over its "
           "report.")
    csm = ("Maine\nCombine that economic stagnation with changing demographics and the fear of terrorism (or, perhaps "
           "in Maine’s case, the growing heroin crisis) and Galston said you have a frightening mix that is ripe for "
           "the political picking.")
    q = _quotes(cnn, csm)
    assert q[["speaker", "kind"]].values.tolist() == [
        ["Roy Moore", "indirect"], ["Galston", "indirect"]]


def test_a_verb_of_saying_in_the_clause_before_a_quotation_names_its_speaker():
    # read off a CNN article of the AllSides sample: the legislators stated it, not Justice Kagan who quoted them
    cnn = ("DOMA\nHowever, Justice Elena Kagan drew an audible gasp from the packed courtroom by quoting from the "
           "official House reports of 17 years ago, when legislators stated one reason to pass DOMA was to \"express "
           "moral disapproval\" over gays and lesbians being allowed to wed.")
    q = _quotes(cnn)
    assert q[["speaker", "verb", "kind"]].values.tolist() == [["legislators", "stated", "indirect"],
                                                             ["legislators", "stated", "direct"]]
    # but "a short chant" is no verb: Hogg led it
    chant = ("March\nDavid Hogg positioned himself at the head of the pack, instructed someone to fetch him a "
             "megaphone, and led a short chant — “Tell me what democracy looks like!”")
    q = _quotes(chant)
    assert q[["speaker", "kind"]].values.tolist() == [["David Hogg", "direct"]]


def test_answered_is_a_verb_of_saying():
    # read off a CNN column by David Gergen of the AllSides sample
    cnn = ("Plan B\nWhat's your Plan B, I asked. \"We don't need a Plan B,\" they answered. \"After the president "
           "hangs tough -- no more Mr. Nice Guy -- the other side will buckle.\" Sure enough, Republicans caved.")
    q = _quotes(cnn)
    assert q[["speaker", "verb"]].values.tolist() == [["they", "answered"], ["they", ""]]


def test_a_person_named_in_a_possessive_or_a_relative_clause_is_not_the_speaker():
    # read off the AllSides sample: "Trump’s new Sherpa" was Trump (Fox News), "One source who heard Petraeus
    # brief" was Petraeus (Fox News); "Pyongyang’s declaration" speaks for North Korea (Reuters)
    fox = ("Delegates\nPresident Donald Trump needs his detractors to give up. When Trump’s new Sherpa suggests that "
           "it has all been a fake so far, that gives new cause for alarm to the conservatives.")
    benghazi = ("Benghazi\nCIA Director David Petraeus briefed lawmakers on the attack. One source who heard Petraeus "
                "brief also told Fox News, “I can confirm that he explicitly stated there was no protest.”")
    reuters = ("Nuclear club\nNorth Korea said its nuclear test site had been closed. Pyongyang’s declaration said it "
               "no longer needed nuclear tests.")
    q = _quotes(fox, benghazi, reuters)
    assert q[["speaker", "actor"]].values.tolist() == [
        ["Trump’s new Sherpa", ""], ["One source who heard Petraeus brief", ""], ["North Korea", "North Korea"],
        ["Pyongyang’s declaration", "North Korea"]]


def test_a_time_after_the_speaker_is_not_part_of_the_speaker():
    # read off the AllSides sample: "The social network on Thursday said" (CNET), "Rep. Jackie Speier (D-Calif.) on
    # Sunday warned" (The Hill), where the time had kept the speaker from its actor; "an audit released Monday"
    # keeps its time (CNN)
    cnet = ("Twitter\nTwitter is changing how it handles tweets from politicians. The social network on Thursday said "
            "it will start placing a notice over tweets that break its rules.")
    hill = ("Mueller\nRep. Jackie Speier (D-Calif.) on Sunday warned that a firing of the special counsel would start "
            "a crisis.")
    cnn = ("Veterans\nAn internal Veterans Affairs audit released Monday said tens of thousands of veterans wait at "
           "least 90 days for care.")
    q = _quotes(cnet, hill, cnn)
    assert q[["speaker", "actor"]].values.tolist() == [
        ["The social network", ""], ["Jackie Speier", "Jackie Speier"],
        ["An internal Veterans Affairs audit", "Veterans Affairs"]]


def test_words_introduced_as_someones_are_theirs():
    # read off the AllSides sample (The Washington Post): the zinger is Brzezinski's, not Biden's
    post = ("Biden\nNow that the shoe is on the other foot, Biden had to face this zinger from Brzezinski: “Are "
            "women to be believed — are women to be believed unless it pertains to you?” Biden’s answer was long.")
    q = _quotes(post)
    assert q[["speaker", "kind"]].values.tolist() == [["Brzezinski", "direct"]]


def test_he_or_she_and_any_verb_after_a_quotation_ending_in_a_comma_is_the_speaker():
    # read off the New York Times (AllSides sample, seed 4646) and USA Today: "enthused", "sighed" are in no list
    q = _quotes("DES MOINES — Arriving at the kickoff of her inaugural “Roast and Ride” event here, Senator Joni "
                "Ernst of Iowa grinned as a friend pressed a Monster Energy drink into her hand.\n"
                "“I need the caffeine,” she enthused.\n"
                "Indeed, monster energy was on the agenda Saturday.",
                "Rique Rose loses approximately $200 in tips. He wonders how he will pay his bills.\n"
                "“I guess we’re just going to have to endure it,” he sighed.")
    assert q[["speaker", "actor", "verb", "quote"]].values.tolist() == [
        ["Joni Ernst", "Joni Ernst", "enthused", "I need the caffeine,"],
        ["Rique Rose", "Rique Rose", "sighed", "I guess we’re just going to have to endure it,"]]


def test_the_subject_of_a_passive_verb_of_saying_listened_and_the_by_phrase_spoke():
    # read off the AllSides sample (Fox News; a report on the Korean hotline; a report on an Iowa hospital): the
    # subject of "is told" is the listener, not the speaker; a verb in the passive with no one named says nothing
    # about who spoke, so the next verb of the sentence is read
    q = _quotes("Fox News is told that Petraeus seemed wedded to the narrative that the attack was spontaneous.\n"
                "The exercise, though, was announced a day after North Korea said it had shut down a key military "
                "hotline.\n"
                "Employees were told by the hospital’s chief radiologist that they needed to clean up a backlog of "
                "orders.\n"
                "The gap can largely be explained by the fact that Pollster includes several online polls.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["North Korea", "said", "it had shut down a key military hotline"],
        ["the hospital’s chief radiologist", "told", "they needed to clean up a backlog of orders"]]


def test_the_one_prompted_to_say_and_the_one_who_offered_a_prayer_speak():
    # read off the American Spectator and CBN (AllSides sample, seed 4747) and NPR (administration officials)
    q = _quotes("It came on the heels of the death and destruction that Mother Nature visited upon Texas, prompting "
                "one cynic to say, “We’ve got to get Mother Nature before she gets us.”",
                "On Sunday's National Day of Prayer, Dr. James Dobson offered an uplifting prayer.\n"
                "\"Heavenly Father, we thank you for inviting us to bring our cares and concerns to You.\"",
                "On Thursday, administration officials issued a statement strongly opposing the House measure.\n"
                "\"This concurrent resolution is misguided,\" the statement from the Office of Management and "
                "Budget on the administration's policy said.")
    assert q[["speaker", "quote"]].values.tolist() == [
        ["one cynic", "We’ve got to get Mother Nature before she gets us."],
        ["James Dobson", "Heavenly Father, we thank you for inviting us to bring our cares and concerns to You."],
        ["administration officials", "This concurrent resolution is misguided,"]]


def test_continuing_to_do_something_else_is_no_verb_of_saying():
    # read off a tweet quoted by Townhall (AllSides sample, seed 4747) and the Washington Times (Steele dossier)
    q = _quotes("Fox's \"straight news\" division continues to push Trump's \"OBAMAGATE\" conspiracy as its top "
                "story while the death toll approaches 100,000.",
                "Afterward, Mr. Steele continued to receive “raw intelligence,” including the Gubarev accusations.",
                "The senator continued to insist that “the deal is dead and buried for now.”")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["The senator", "continued", "the deal is dead and buried for now."]]


def test_the_person_called_or_accused_is_not_the_speaker():
    # read off the Associated Press (Sanders ends his campaign), Politico (impeachment testimony) and the Washington
    # Times (Georgia's election), AllSides sample: the person named right after "called", "accused" is the object
    # of the verb, and the pronoun that is its subject is someone else
    q = _quotes("“The path toward victory is virtually impossible,” Sanders told supporters Wednesday. Sanders had "
                "said Joe Biden would win.\n\nHe called Biden a “very decent man” but didn’t offer an explicit "
                "endorsement of the former vice president.",
                "Taylor, the top American diplomat in Ukraine, directly connected Trump to a quid pro quo.\n\nThe "
                "White House accused Taylor of being part of a “coordinated smear campaign” against the president.",
                "Ms. Abrams said she lost but would not concede. Brian Kemp won the election.\n\nShe called Mr. Kemp "
                "the “architect of voter suppression” that secured an ill-gotten win.")
    direct = q[q["kind"] == "direct"]
    assert direct[["actor", "quote"]].values.tolist() == [
        ["Sanders", "The path toward victory is virtually impossible,"], ["Sanders", "very decent man"],
        ["White House", "coordinated smear campaign"], ["Abrams", "architect of voter suppression"]]


def test_a_filing_speaks_and_an_editorial_is_its_paper():
    # read off the Washington Times (the Steele dossier), Yahoo! The 360 and The Flip Side (roundups, each view signed
    # after it or below it): "the court filing" is a noun phrase, not a verb in -ing; an editorial is its newspaper's
    q = _quotes("As a result, Mr. Wood arranged for Mr. Kramer to meet with Mr. Steele “in order to show him the "
                "pre-election memoranda on a confidential basis,” the court filing says.",
                "From the Left\n\n“It’s no coincidence that his call for a ban on new immigrants dovetails with "
                "one of his campaign themes.” — Editorial, Los Angeles Times\n\n"
                "“Democrats want to impeach Mr. Trump for asking a foreign government to investigate.”\n\n"
                "Editorial Board, Wall Street Journal")
    assert q["speaker"].tolist() == ["the court filing", "Los Angeles Times", "Wall Street Journal"]


def test_some_and_most_can_speak():
    # read off NPR (the emergency declaration) and the Christian Science Monitor (Democratic voters), AllSides sample
    q = _quotes("The president's actions were illegal, unlawful, even unconstitutional. Some said the president was "
                "\"provoking a constitutional crisis.\"",
                "When push comes to shove, most say they’ll vote for their party’s nominee come November.")
    assert q[["speaker", "quote"]].values.tolist() == [
        ["Some", "the president was \"provoking a constitutional crisis.\""],      # the statement, and its words
        ["Some", "provoking a constitutional crisis."],
        ["most", "they’ll vote for their party’s nominee come November"]]


def test_a_pronoun_speaker_stands_for_no_one_named_after_it():
    # read off Newsmax (Trump’s legal brief) and Salon (The View), AllSides sample: "It accused the House Democrats
    # ... and said" is the summary's statement (the "It" of the sentence before goes on), and "who said that Kelly
    # has “...”" is the panelist's
    q = _quotes("The executive summary asserted that the \"House Democrats theory of 'abuse of power' is not an "
                "impeachable offense.\" It rejected the obstruction of Congress charge as frivolous and dangerous.\n\n"
                "It accused the House Democrats of conducting a rigged process and said they succeeded in proving "
                "that Trump had done nothing wrong.",
                "Megyn Kelly spoke to Trump. Behar found herself agreeing with Republican panelist Nicolle Wallace, "
                "who said that Kelly has \"proven herself to put journalism ahead of politics.\"")
    said = q[q["verb"] == "said"]
    assert said[["speaker", "quote"]].values.tolist() == [
        ["The executive summary", "they succeeded in proving that Trump had done nothing wrong"],
        ["Nicolle Wallace", "Kelly has \"proven herself to put journalism ahead of politics.\""],   # her statement,
        ["Nicolle Wallace", "proven herself to put journalism ahead of politics."]]                # and her words


def test_an_age_and_a_dateline_are_no_speakers():
    # read off Reuters (voters before the midterms), the New York Times (the health-care ruling) and an article on
    # Fiorina's campaign (AllSides sample, her first name added): "X, 67, a Republican in California, says" is X's
    # statement, after the dateline; "X, 60, took credit ... and said" is X's
    q = _quotes("NEW YORK (Reuters) - Ben Chico, 67, a Republican in California, says his annoyance with Democrats "
                "morphed into full-blown outrage when he heard they might try to impeach President Donald Trump after "
                "the Nov. 6 elections.",
                "In Loudoun County, Va., Angela Laws, 58, the owner of a cleaning service, said she and her fiancé "
                "were relieved at the news.",
                "In an interview with CNN, Carly Fiorina, 60, took credit for transforming HP and said she would bring "
                "the same skills to the White House.")
    assert q["speaker"].tolist() == ["Ben Chico", "Angela Laws", "Carly Fiorina"]


def test_what_follows_according_to_and_a_colon_is_the_statement():
    # read off CNN (Obama after the midterms), AllSides sample: the source ends at the colon, and what it said
    # follows it
    q = _quotes("It wasn't exactly a state secret that Obama had a lot on his to-do list after the election. The "
                "thinking, according to a knowledgeable source: He felt constrained and frustrated by his tactical "
                "responsibilities to Democrats in trouble. Don't rock the boat.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["a knowledgeable source", "according to",
         "He felt constrained and frustrated by his tactical responsibilities to Democrats in trouble"]]


def test_the_subject_of_a_passive_warning_and_an_announced_bill_say_nothing():
    # read off Townhall (Clinton's emails) and USA TODAY (the DREAMers bill), AllSides sample: "She was personally and
    # specifically warned that" is someone else's warning, unnamed; "announced a bill that would provide" describes
    # the bill
    q = _quotes("She was personally and specifically warned that her unsecure email set-up put national security "
                "secrets in danger in both 2009 and 2011.",
                "On Monday, Republicans on the Senate Judiciary Committee announced a bill that would provide a path "
                "to citizenship for up to 1.8 million DREAMers, in exchange for $25 billion for a border wall.")
    assert q.empty


def test_the_subject_of_two_verbs_in_the_present_speaks():
    # read off The Hill (ObamaCare enrollment), AllSides sample: "Democrats accuse ... and say" is the Democrats'
    q = _quotes("With the president making no secret of his desire to kill the law completely, Democrats accuse the "
                "administration of \"sabotage\" and say the number of new enrollees is likely to drop as a result.")
    said = q[q["verb"] == "say"]
    assert said[["speaker", "quote"]].values.tolist() == [
        ["Democrats", "the number of new enrollees is likely to drop as a result"]]


def test_a_description_after_a_is_no_persons_name():
    # read off Al Jazeera (Kartarpur corridor), AllSides sample: "a Nanakpanthi Hindu" describes two people, so "he"
    # stands for Muzawer Mal
    q = _quotes("The Evacuee Trust Property Board is the main government body tasked with maintaining Sikh and Hindu "
                "religious sites across Pakistan.\n\n"
                "Muzawer Mal, a Nanakpanthi Hindu from Pakistan's southeast Sindh province, stood beaming at the site "
                "of Guru Nanak's birthplace. \"I came here five times to roam with my 12 children. We have such a "
                "strong connection to Guru Nanak,\" he said.\n\n"
                "Esardas Punjabi, a 55-year-old Nanakpanthi Hindu who had taken a 12-hour bus from Shikarpur, "
                "prayed at the shrine.")
    assert q[["speaker", "actor"]].values.tolist() == [["Muzawer Mal", "Muzawer Mal"]]


def test_who_works_for_a_person_speaks_as_such():
    # read off Politico (Grassley's nominees, Cassidy), The New York Times (Romney's tour), Fox News (Conor Powell) and
    # the Washington Times (Lisa Jackson's emails), AllSides sample: a spokesperson speaks for the person named after
    # it; an aide or a friend speaks, but not as that person; an email to a person is not hers
    q = _quotes("Chuck Grassley spoke on Monday. A spokeswoman for Grassley also noted that so far in his presidency, "
                "Obama has had 308 judicial nominees confirmed.",
                "Mitt Romney toured Ohio. “We’re playing on their territory,” said a senior adviser to Mr. Romney.",
                "Conor Powell resigned. “Conor was growing increasingly embarrassed by the channel,” a friend of "
                "Powell told Politico.",
                "Lisa P. Jackson ran the EPA. “I just got a call from the Sierra Club,” the email to Mrs. Jackson "
                "said.")
    assert q[["speaker", "actor"]].values.tolist() == [
        ["A spokeswoman for Grassley", "Chuck Grassley"], ["a senior adviser to Mr. Romney", ""],
        ["a friend of Powell", ""], ["the email to Mrs. Jackson", ""]]


def test_according_to_a_description_and_a_name_after_it():
    # read off National Review (Christmas), AllSides sample: the source is the name in apposition
    q = _quotes("Jesus’s birthday only became a priority for the Church when people started to believe he wasn’t a "
                "real person but a spirit or some such, according to the aforementioned Christmas scholar, Stephen "
                "Nissenbaum. Real humans are born, not invented.")
    assert q[["speaker", "verb"]].values.tolist() == [["Stephen Nissenbaum", "according to"]]


def test_a_role_is_not_someone_first_named_pages_later():
    # read off BBC News (the Brexit vote), AllSides sample: "the prime minister" of the opening paragraphs is Theresa
    # May ("Mrs May"), not the Irish prime minister named 8,000 characters later (the paragraphs between stand in here)
    q = _quotes("MPs are voting on Theresa May's Brexit deal after she made a final bid to convince them to back "
                "it.\n\n"
                "Battling a sore throat after late night talks with the EU, the prime minister urged MPs to vote for "
                "her \"improved deal\" or risk \"no Brexit at all\".\n\n"
                + "Mrs May said the vote was the most important of their careers. The debate went on all day. " * 85
                + "\n\nThe Irish Prime Minister Leo Varadkar said the new agreements showed both sides' \"good "
                  "faith\".")
    urged = q[q["quote"] == "no Brexit at all"]
    assert urged[["speaker", "actor"]].values.tolist() == [["the prime minister", ""]]


def test_in_the_words_of_and_according_to_before_a_quotation():
    # read off The Hill (the midterms), RealClearPolitics ("transform") and The American Conservative (presidents'
    # pensions), AllSides sample: "in the words of X" and an opening "According to X," name who speaks, the
    # participle after the speaker aside; a quotation's own sentence with a verb of saying keeps its subject
    q = _quotes("And Republican incumbents “are dropping like flies,” in the words of one Democratic strategist "
                "helping to win back the House.",
                "That’s good news if you don’t like America. According to the dictionary, to “transform” is to “make a "
                "thorough or dramatic change in the form, appearance or character” of something.",
                "After leaving the White House “dead broke”, in the words of Hillary Clinton, they quickly raked in "
                "tens of millions of dollars.",
                "According to the report, European Commission spokesman Daniel Rosario only reiterated the belief that "
                "“free and fair trade is one of the most powerful engines for growth.”")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["one Democratic strategist", "in the words of", "are dropping like flies,"],
        ["the dictionary", "according to", "make a thorough or dramatic change in the form, appearance or character"],
        ["Hillary Clinton", "in the words of", "dead broke"],
        ["Daniel Rosario", "", "free and fair trade is one of the most powerful engines for growth."]]


def test_a_title_after_wrote_is_no_statement():
    # read off Townhall (North Korea), AllSides sample: the book an expert wrote is not what anyone said
    q = _quotes("Gordon Chang, an expert on North Korea who wrote “Nuclear Showdown, North Korea Takes On The World,” "
                "told CNN’s Brooke Baldwin that this was definitely done to unnerve Kim Jong-un.")
    assert "Nuclear Showdown, North Korea Takes On The World," not in set(q["quote"])


def test_who_after_a_description_of_a_named_person_is_that_person():
    # read off Fox News (a book on Kavanaugh's confirmation), AllSides sample: "who claimed" is Ramirez, not the
    # Kavanaugh of her description
    q = _quotes("They particularly unload on the New Yorker for publishing the allegations of Deborah Ramirez, a Yale "
                "classmate of Kavanaugh who claimed that he exposed himself to her.")
    assert q[["speaker", "verb"]].values.tolist() == [["Deborah Ramirez", "claimed"]]


def test_a_studys_title_is_no_statement():
    # read off the Christian Science Monitor (children on women presidents), AllSides sample
    q = _quotes("Their rationale was based on their observation that no women had been elected, says Christia Spears "
                "Brown, a co-author of the 2019 study “Toward a Developmental Science of Politics.”")
    assert "Toward a Developmental Science of Politics." not in set(q["quote"])


def test_the_main_clauses_subject_after_a_clause_put_first():
    # read off Vox (Google) and USA TODAY (Helsinki), AllSides sample: the quotation's speaker is the subject of the
    # verb of saying after the opening clause, not the person named in it
    q = _quotes("Shortly after President Trump was elected in 2016, Google co-founder Sergey Brin said in an "
                "all-hands company meeting that he found the election “deeply offensive” as “an immigrant and a "
                "refugee.”",
                "After a news conference in Helsinki in which Trump appeared to favor Putin's denials over the "
                "findings of the intelligence community, Brennan wrote on Twitter that the president's performance "
                "was \"nothing short of treasonous.\"")
    direct = q[q["kind"] == "direct"]
    assert direct[["speaker", "quote"]].values.tolist() == [
        ["Sergey Brin", "an immigrant and a refugee."], ["Brennan", "nothing short of treasonous."]]


def test_a_statement_opened_by_as_x_said():
    # read off the New York Times (the filibuster), Scientific American (remdesivir), CNN (the shutdown) and NPR
    # (West Virginia), AllSides sample: "As X noted, ..." gives the clause after the comma to X; where that clause
    # has its own verb of saying, its subject speaks
    q = _quotes("As Mr. Reid noted on the floor, half of all filibusters waged against nominations in Senate history "
                "have occurred since Mr. Obama was elected.",
                "As Scientific American reported previously, remdesivir works by inhibiting an enzyme called an "
                "RNA-dependent RNA polymerase.",
                "As CNN's Manu Raju reported Friday, Senate Majority Leader Mitch McConnell and his Democratic "
                "counterpart, Chuck Schumer, are not talking about any sort of plan B at the moment.",
                "As Dave Mistich of West Virginia Public Broadcasting reported, Military Affairs and Public Safety "
                "secretary Jeff Sandy said they were being withheld after threats to harm those involved began to "
                "surface.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Reid", "noted", "half of all filibusters waged against nominations in Senate history have occurred since "
                          "Mr. Obama was elected"],
        ["Scientific American", "reported", "remdesivir works by inhibiting an enzyme called an RNA-dependent RNA "
                                            "polymerase"],
        ["CNN's Manu Raju", "reported", "Senate Majority Leader Mitch McConnell and his Democratic counterpart, Chuck "
                                        "Schumer, are not talking about any sort of plan B at the moment"],
        ["Jeff Sandy", "said",
         "they were being withheld after threats to harm those involved began to surface"]]


def test_more_verbs_of_saying_end_a_sentence():
    # read off the Christian Science Monitor (drones), Politico (Scott Walker) and the New York Times (Reihan
    # Salam), AllSides sample: "pointed out" and "argues" after the words name who spoke them
    q = _quotes("At the same time, the technology “is quickly becoming cheaper and more powerful,” which has "
                "accelerated interest in deploying drones among police departments, Mr. Calabrese pointed out.",
                "Scott Walker took the stage on Thursday. He’d been elected and reelected and survived a recall "
                "attempt, he pointed out, in a state that hasn’t voted for a Republican for president since 1984.",
                "Reihan Salam has a plan. Republicans, he argues, should keep the social conservatism, which "
                "reinforces families.")
    assert q[["actor", "verb"]].values.tolist() == [["Calabrese", "pointed out"], ["Scott Walker", "pointed out"],
                                                   ["Reihan Salam", "argues"]]


def test_verbs_of_saying_used_otherwise_are_no_statements():
    # read off National Review (federal spending), Politico (Trump's nomination; an ATF nominee) and Reason
    # (Rivoli's book), AllSides sample: "adds up to", "explains only one kind of", "said of X", "writes of X"
    q = _quotes("Everything else — from the federal highways to staffing the embassies to the FBI — adds up to about "
                "20 cents on the federal spending dollar.",
                "A battle over ideology or influence, however, explains only one kind of defection from party ranks.",
                "“I think the nominee is going to be scrutinized,” Sen. Jeff Sessions (R-Ala.), a member of the "
                "Judiciary Committee, said of a prospective ATF nominee.",
                "In the book, Rivoli, a Georgetown University international business and finance professor, writes "
                "of buying a tourist t-shirt in Fort Lauderdale, Florida.")
    assert q["kind"].tolist() == ["direct"]
    assert not q["speaker"].str.contains("of |up to|only one", regex=True).any()


def test_a_statement_opened_by_according_to():
    # read off Breitbart (Benghazi) and Vice (oil demand), AllSides sample, and a sentence written for the rule:
    # "According to X, ..." with no quotation gives the rest of the sentence to X, after X's own description; a verb
    # of saying in it is read as its own statement
    q = _quotes("Recently revealed emails demonstrate that there was an alternative explanation. According to some "
                "intelligence, the attack had been pre-planned as revenge for the death of al-Qaeda terrorist Abu "
                "Yahya al-Libi.",
                "According to data from Rystad Energy, a Norwegian energy consultancy, the demand for oil across the "
                "world could drop by more than five times.",
                "According to police, the gunman said he acted alone.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["some intelligence", "according to", "the attack had been pre-planned as revenge for the death of al-Qaeda "
                                              "terrorist Abu Yahya al-Libi"],
        ["data from Rystad Energy", "according to", "the demand for oil across the world could drop by more than "
                                                    "five times"],
        ["the gunman", "said", "he acted alone"]]


def test_a_verb_that_needs_that_reports_a_clause_with_a_pronoun_subject():
    # read off Breitbart (Benghazi), Fox News (Trump on Pelosi) and NPR (Latino turnout), AllSides sample:
    # "claimed it was", "alleged she was" report what was said, "that" or not; a dash
    # aside between the speaker and the verb is not the speaker; "the data suggests there was" is evidence
    q = _quotes("Yet only weeks later, Hillary—while admitting it was her biggest regret as secretary—claimed it was "
                "an “unpredictable” event.",
                "Trump questioned whether she was sincere about her faith and alleged she was waging a war on American "
                "democracy.",
                "Preliminary data suggests there was a significant jump in Latino participation.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Hillary", "claimed", "it was an “unpredictable” event"],
        ["Trump", "alleged", "she was waging a war on American democracy"]]


def test_a_document_speaks_not_the_one_it_was_written_to():
    # read off Townhall (the Benghazi cable), AllSides sample, and sentences written for the rule: a review of a
    # cable addressed to Hillary Clinton is not her, nor a memo to Trump; a report by the Pentagon is the Pentagon's
    q = _quotes("According to a review of the cable addressed to the Office of the Secretary of State Hillary Clinton, "
                "the Emergency Action Committee was also briefed \"on the location of approximately ten Islamist "
                "militias and AQ training camps within Benghazi.\" A memo to President Trump warned that “the deal is "
                "dead.” A report by the Pentagon said “the strike was lawful.”")
    assert q["actor"].tolist() == ["", "", "Pentagon"]


def test_words_labelled_in_a_relative_clause_are_its_subjects():
    # read off Reuters (Seattle's protest zone), AllSides sample: "a protest zone that the city’s police chief
    # derided as “lawless and brutal”" are the police chief's words, not the dateline's city
    q = _quotes("SEATTLE (Reuters) - Seattle authorities moved on Wednesday to dismantle a protest zone that the "
                "city’s police chief derided as “lawless and brutal” and which had prompted U.S. President Donald "
                "Trump to call for action against demonstrators.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["the city’s police chief", "derided", "lawless and brutal"]]


def test_plural_verbs_of_saying_and_that_with_a_comma():
    # read off The Atlantic (Biden's record), Politico (the CFPB) and the New York mayor (AllSides sample):
    # "Fact checkers note that", "warned that, in addition to ..., the rollback opened"; "warn his own son about
    # that possibility" is no "warned that"
    q = _quotes("Fact checkers note that the Obama administration inherited an economy stricken by the 2008 financial "
                "collapse.",
                "Democrats and consumer watchdogs warned that, in addition to encouraging unfair lending practices, "
                "the rollback opened a whole new front in Republicans' deregulation drive under Trump.",
                "The New York mayor says he's had to warn his own son about that possibility.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Fact checkers", "note", "the Obama administration inherited an economy stricken by the 2008 financial "
                                  "collapse"],
        ["Democrats and consumer watchdogs", "warned", "in addition to encouraging unfair lending practices, the "
                                                       "rollback opened a whole new front in Republicans' "
                                                       "deregulation drive under Trump"],
        ["The New York mayor", "says", "he's had to warn his own son about that possibility"]]


def test_no_one_and_one_who_could_are_no_speakers():
    # read off the AllSides sample (National Review on citizenship, the Intelligence Committee on drones, a column
    # on a public utility): a denied or imagined statement was made by no one
    q = _quotes("But no one claims naturalized citizens are eligible to run for president.",
                "No one on the committee said they were opposed to the drone program.",
                "One could easily argue that the network really serves a public utility.")
    assert q.empty


def test_a_title_in_capitals_before_the_speaker():
    # read off the Washington Times (Syria), AllSides sample: “...,” MR. Fabius said.
    q = _quotes("“It will be negotiated in coming days,” Mr. Fabius told Europe 1 radio on Monday.\n\n“The only option "
                "that I can’t imagine would be to do nothing,” MR. Fabius said.")
    assert q["speaker"].tolist() == ["Fabius", "Fabius"]


def test_a_list_between_hyphens_before_the_verb_is_no_speaker():
    # read off Reuters (the coronavirus), AllSides sample
    q = _quotes("On Friday, eight states - Pennsylvania, Indiana, Minnesota, Kentucky, Oklahoma, Nebraska, South "
                "Carolina and Hawaii - reported their first cases, meaning more than half of the 50 U.S. states now "
                "have the virus.")
    assert q["speaker"].tolist() == ["eight states"]


def test_a_transcripts_turns_are_their_speakers_words():
    # read off Democracy Now (the Syria strike, a practice corpus) and The Hill's and the AP's lists (AllSides
    # sample): a paragraph that opens "AMY GOODMAN:" is her words, quotation marks or not; "The Hill:" and
    # "THE FACTS:" are no one speaking
    q = _quotes("Headline\n\nAMY GOODMAN: For more, we are going to Lebanon, where we’re joined by Yazan "
                "al-Saadi.\n\nYAZAN AL-SAADI: Well, my first response is that I personally don’t think it’s going "
                "to matter much.\n\nAMY GOODMAN: Alia, if you would respond?\n\nALIA MALEK: Yeah. No, I didn’t say "
                "it was a positive thing.\n\nTHE FACTS: Her hopes were not borne out.\n\nThe Hill: Trump encounters "
                "GOP resistance.\n\nThe Hill: State Department to provide legal aid to employees.")
    assert q["speaker"].tolist() == ["Amy Goodman", "Yazan Al-Saadi", "Amy Goodman", "Alia Malek"]
    assert q["quote"].iloc[1].startswith("Well, my first response") and set(q["kind"]) == {"direct"}


def test_a_quotation_inside_a_reported_statement_is_the_statements_speakers():
    # read off the AP (North Korea), AllSides sample: the officials declared the words; Kim only led the meeting
    q = _quotes("On Sunday, Kim Jong Un led a high-level meeting of party officials who declared building the economy "
                "and \"nuclear armed forces\" as the nation's priorities.")
    direct = q[q["kind"] == "direct"]
    assert direct[["speaker", "verb", "quote"]].values.tolist() == [["party officials", "declared",
                                                                    "nuclear armed forces"]]


def test_a_quotation_in_a_statement_keeps_its_own_speaker_after_another_verb_or_a_colon():
    # read off Salon (Kinsley) and NewsBusters (Obama's soundbite), AllSides sample: "as X used to say, “...”" and
    # "...: “...”" are not the words of the statement around them
    q = _quotes("Now, the people in charge say this is because, as Mike Kinsley used to say, \"the scandal is what's "
                "legal.\"",
                "While that headline suggested to viewers that Obama was taking responsibility, a soundbite ran of the "
                "President distancing himself from blame: \"I think they underestimated what had been taking place in "
                "Syria.\"")
    direct = q[q["kind"] == "direct"]
    assert direct["speaker"].tolist() == ["Mike Kinsley", "Obama"]


def test_a_quotation_joined_by_and_to_the_next_shares_its_speaker():
    # read off the Christian Science Monitor (Trump's foreign assets), AllSides sample
    q = _quotes("“Trump continued to hold more than $130 million in foreign assets in a revocable trust at the end "
                "of 2018,” and has reported “more than $100 million in income during his first two years in office "
                "generated by these foreign assets,” writes Anna Massoglia, a researcher at the Center for Responsive "
                "Politics in Washington, in an email.")
    assert q[["speaker", "verb"]].values.tolist() == [["Anna Massoglia", "writes"]] * 2


@pytest.mark.parametrize(("sentence", "speaker"), [
    # read off NPR (the CNN pipe bomb), AllSides sample, with the name changed: a name that lists words
    ("John Maynard, a former bomb technician for the federal Bureau of Alcohol, Tobacco, Firearms and Explosives, "
     "told NPR that he has concerns about the material inside the pipe.", "John Maynard"),
    # read off the Christian Science Monitor (Zuckerberg's testimony): a relative clause after the description
    ("But Nelson, the top Democrat on the Commerce, Science and Transportation committee, which will hear the "
     "testimony Tuesday, said the executive was willing to turn things around.", "Nelson"),
    # read off the Washington Times (the Senate bill) and the AP (the women's march, a practice corpus)
    ("Senate Minority Leader Mitch McConnell, Kentucky Republican, who voted against the Senate bill, said Tuesday "
     "that he doesn’t think there’s any way to match that legislation up.", "Mitch McConnell"),
    ("Retired teacher Linda Lastella, 69, who came to Washington from Metuchen, New Jersey, said she had never "
     "marched before.", "Linda Lastella"),
    # a lead phrase before the name, and a relative clause after it (Politico, Salon; AllSides sample)
    ("Shortly before Rep. West went off the rails, political scientists Keith Poole and Howard Rosenthal, who have "
     "long tracked polarization, said their studies found that Republicans are more conservative.",
     "political scientists Keith Poole and Howard Rosenthal"),
    ("Tuesday, Sen. Joe Manchin, who sponsored the compromise plan, said he wouldn’t bring it back up until he can "
     "get the support of five more senators.", "Joe Manchin"),
])
def test_the_speaker_before_a_description_and_a_relative_clause(sentence, speaker):
    q = _quotes(sentence)
    assert q["speaker"].tolist() == [speaker]


def test_writers_named_in_a_list_write():
    # read off Vox (Flynn's calls) and the Christian Science Monitor (a study), AllSides sample: "write" after a
    # plural subject, and a list of names before it
    q = _quotes("“All nine officials said Flynn’s references to the sanctions were explicit,” the Post’s Greg "
                "Miller, Adam Entous and Ellen Nakashima write.",
                "“Children of parents who talk politics at home vote more often as adults,” the authors write.")
    assert q[["speaker", "verb"]].values.tolist() == [["Greg Miller", "write"], ["the authors", "write"]]


def test_a_title_after_a_comma_or_before_a_byline_is_no_statement():
    # read off Politico (Bernstein's book) and Reason (a podcast's links), AllSides sample
    q = _quotes("Bernstein says he has never sought to psychoanalyze Clinton, but it’s hard not to read the first few "
                "chapters of his book, “A Woman in Charge,” without being struck by the value placed on saving money.",
                "Relevant links from the show:\n\n\"Hillary Clinton Says Donald Trump Is an Illegitimate President and "
                "Tulsi Gabbard Is a Russian Tool,\" by Robby Soave")
    assert q[q["kind"] == "direct"].empty


def test_a_persons_chief_of_staff_or_family_speaks_not_the_person():
    # read off the Washington Times (Priebus), AllSides sample: the quotation's speaker is the chief of staff
    q = _quotes("President Trump’s chief of staff accused the media of attempting to “delegitimize the president in "
                "his first days” and vowed to “fight back against slanted coverage.”")
    assert q["speaker"].tolist() == ["Trump’s chief of staff"] * 2


def test_words_named_as_a_remark_from_someone_after_the_quotation():
    # read off The Week (the impeachment trial), AllSides sample: the Chief Justice's admonition, not Nadler's
    q = _quotes("MSNBC audiences might have enjoyed watching Nadler accuse Republican senators of preparing for a "
                "\"vote against the United States.\" Both issued statements calling his remarks offensive, and the "
                "admonition to \"remember that they are addressing the world's greatest deliberative body\" from John "
                "Roberts on Monday only underscored their feelings.")
    assert q["speaker"].tolist() == ["Nadler", "John Roberts"]


def test_a_document_states_and_a_long_description_before_told():
    # read off National Review (the Flynn filing) and Vanity Fair (North Korea), AllSides sample; "in 12 states" is
    # no one
    q = _quotes("“The Government is not persuaded that the interview was conducted with a legitimate investigative "
                "basis,” the decision states, citing Flynn’s 2017 guilty plea.",
                "“If the State Department was fully staffed, up and running with expertise on the issue, then yeah, it "
                "would be a little bit strange,” Robert Carlin, a former U.S. intelligence officer and State "
                "Department adviser on North Korea negotiations, told me.",
                "Voters approved the “recreational use of marijuana by adults” in 12 states and the District.")
    assert q[["speaker", "verb"]].values.tolist()[:2] == [["the decision", "states"], ["Robert Carlin", "told"]]
    assert q["speaker"].tolist()[2:] in ([], [""])


@pytest.mark.parametrize(("sentence", "speaker"), [
    # read off BBC News (Harvey) and Fox News (Iowa), AllSides sample: "in City, State," is where the speaker is
    ("The BBC's Barbara Plett Usher in Houston, Texas, says Congress is expected to act quickly on the request.",
     "Barbara Plett Usher"),
    ("Farmer Ted Mottaz of Galesburg, Illinois, told the paper that tariffs had cut his income in half this year.",
     "Farmer Ted Mottaz"),
    # BBC News (DeVos): an adverb after the auxiliary is no part of the speaker
    ("She had earlier told Congress the department had to make tough choices following a cut to its budget.",
     "She"),
])
def test_a_place_and_its_state_or_an_adverb_in_the_subject(sentence, speaker):
    q = _quotes(sentence)
    assert q["speaker"].tolist() == [speaker]


def test_it_continues_the_organisation_that_spoke_just_before():
    # read off NPR (the relief bill), AllSides sample: "it said" is Schumer's office, not Congress named in between
    q = _quotes("It also prohibits businesses controlled by the president and members of Congress from participating "
                "in the loan programs, Schumer's office said. In addition, children, spouses and other relatives will "
                "also be banned, it said.")
    assert q["speaker"].tolist() == ["Schumer's office"] * 2


def test_a_show_of_eight_capitalised_words_is_no_statement():
    # read off The Hill (Cassidy), AllSides sample; "to strike a deal on “Asylum and Loophole problems at the Southern
    # Border.”" (Politico) is Trump's wording, not a title
    q = _quotes("\"If you are immune, you have a lot more freedom,\" he said on “Full Court Press with Greta Van "
                "Susteren.\"",
                "Trump said he would delay the operation to see if they can strike a deal on “Asylum and Loophole "
                "problems at the Southern Border.”")
    assert q["quote"].tolist() == ["If you are immune, you have a lot more freedom,",
                                   "he would delay the operation to see if they can strike a deal on “Asylum and "
                                   "Loophole problems at the Southern Border.”",        # his statement, then
                                   "Asylum and Loophole problems at the Southern Border."]   # the words quoted


def test_a_quotation_in_a_statement_about_the_sentences_subject_is_the_statements():
    # read off The Daily Caller (EPA), AllSides sample: Dravis is talked about; her friend speaks. And (Politico,
    # guns) "telling the NRA that “...”, according to X" stays the words of the one telling
    q = _quotes("The leaks were tied to EPA senior counsel Samantha Dravis, one source said.\n\nDravis had been "
                "considering leaving for some time, the former senior counsel’s friend told The Hill, adding it’s "
                "“one drama after another.”",
                "Biden has made a point of highlighting the diversity of groups backing the effort, telling the NRA "
                "in a meeting Thursday that “all of a sudden there is a different attitude” from groups not "
                "previously invested in gun control, according to Richard Feldman, who attended the session.")
    direct = q[q["kind"] == "direct"]
    assert direct["speaker"].tolist()[0] == "the former senior counsel’s friend"
    assert direct["speaker"].tolist()[1] != "Richard Feldman"         # Biden's words (Biden is named once here)


def test_it_stands_for_the_sentences_subject_without_its_adverb():
    # read off the AP (the Stena Impero), AllSides sample
    q = _quotes("Gibraltar later released the tanker, then called the Grace 1, after it said Iran promised the ship "
                "would not go to Syria.")
    assert q["speaker"].tolist() == ["Gibraltar"]


@pytest.mark.parametrize(("sentence", "speaker"), [
    # read off Townhall (the Benghazi cable) and the AllSides sample: a dated document speaks, and a participle
    # after the noun is no part of it; "the world looked on ... as the virus claimed" stays no one's
    ("Summarizing the meeting, the Aug. 16 cable marked “SECRET” said that the senior security officer did not "
     "believe the consulate could be protected.", "the Aug. 16 cable"),
    ("A 2009 Government Accountability Office report said Congress would have to spend billions just to repair the "
     "existing fence.", "A 2009 Government Accountability Office report"),
    ("An internal Veterans Affairs audit released Monday said that more than 57,000 veterans had waited at least 90 "
     "days for appointments.", "An internal Veterans Affairs audit"),
])
def test_a_dated_document_speaks_without_its_participle(sentence, speaker):
    q = _quotes(sentence)
    assert q["speaker"].tolist() == [speaker]


def test_what_one_threatens_or_pledges_to_do_quoted_is_the_subjects():
    # read off Politico (Caforio on Knight) and the AllSides sample (Trump's oath; Mills in Maine): the quotation
    # after "threatened to" is Knight's, inside Caforio's sentence, and Caforio's next quotation stays his;
    # "He has not kept his promise to “...”" (written for the test) is no pledge in the sentence, but the words of
    # its subject's promise: his
    q = _quotes("“Knight is the Donald Trump of Southern California,” Caforio said, citing an incident in which "
                "Knight, baited by an anti-immigration protester, threatened to “drop [his] ass.” “[Knight] has "
                "extreme immigration views, extreme family planning views, so I’m not surprised.”",
                "Moments earlier, with his hand on Bibles once used by Abraham Lincoln and his own family, Trump "
                "pledged to “preserve, protect and defend the Constitution of the United States.”",
                "Mills said she would meet with representatives of immigrant, racial and ethnic groups about the "
                "coronavirus and pledged to “work to reduce these inequities.”",
                "Donald Trump campaigned in 2016. He has not kept his promise to “drain the swamp once and for "
                "all.”")
    assert q["speaker"].tolist() == ["Caforio", "Knight", "Caforio", "Trump", "Mills", "Mills", "Donald Trump"]
    #                                                                   (her statement, then the words quoted)
    assert q["verb"].tolist()[-1] == ""
    assert q["verb"].tolist()[1] == "threatened"


def test_a_clause_opened_by_though_or_even_as_is_no_part_of_the_speaker():
    # read off the AllSides sample (Weiner; the Iowa crime figures; Rachel Maddow on the draft): "though he" is
    # he, "although the NYPD" the NYPD, and "even as she" she
    q = _quotes("Anthony Weiner pointed to “sometime last summer” though he said he couldn’t “say exactly when.”",
                "It also saw 25 fewer rapes, although the NYPD noted that rape “continues to be underreported.”",
                "Rachel Maddow piped up that she has long “struggled with the civilian-military divide” and “the easy "
                "answer is there should be a draft,” even as she acknowledged that the Pentagon is against it.")
    assert q["speaker"].tolist() == ["Anthony Weiner", "Anthony Weiner", "the NYPD", "the NYPD", "Rachel Maddow",
                                     "Rachel Maddow"]          # (the NYPD's statement, and the words quoted from it)


def test_she_in_a_clause_put_first_is_the_woman_named_after_it():
    # read off Fox News (Katie Hill on Cummings and Cohen): no woman is named in the two sentences before, so
    # "she" is Hill, named as the main clause's subject right after the comma (not Schiff, of no known gender)
    q = _quotes("Rep. Katie Hill said she wanted answers. Her office said she would speak on Sunday.\n\n"
                "Michael Cohen said he had lied. Cohen met with staff for Adam Schiff for "
                "more than 10 hours before his testimony. In addition to his public remarks, Cohen has met with the "
                "House panel several times behind closed doors.\n\n"
                "Even as she acknowledged that Democrats “can't go anywhere” on impeaching President Trump at the "
                "moment, Hill indicated that Cummings had more than enough justification.")
    row = q[q["quote"].str.startswith("can't go")]
    assert row["actor"].tolist() == ["Katie Hill"]


def test_a_person_named_in_the_pronouns_own_clause_is_not_its_antecedent():
    # read off CNN (Jimmy Carter on the media): "He praised Trump ... and said" is Carter's statement, though
    # Trump is named in the sentence before as well
    q = _quotes("Former president Jimmy Carter spoke to Maureen Dowd of the Times about President Donald Trump.\n\n"
                "It appears that Carter defended Trump a few times during the interview.\n\n"
                "“At the Carter Center,” he told the Times, “we deal with Putin and the Russians quite frequently.”\n\n"
                "He praised Trump for taking the initiative to reach out to Saudi Arabia and said the President has "
                "been under a stricter spotlight than his predecessors.")
    row = q[q["quote"].str.startswith("the President has been")]
    assert row["actor"].tolist() == ["Jimmy Carter"]


def test_a_speaker_after_said_without_its_participle_or_relative_clause():
    # read off CNN (the House report on Boko Haram), the Washington Examiner and Politico: the report speaks, and
    # its next quotation goes on in its voice; "a person who worked at ..." is a person
    q = _quotes("“A number of factors have been attributed to fueling Boko Haram's violence,” said the House panel's "
                "report compiled in November 2011. “These grievances have led to sympathy among the local Muslim "
                "population.”",
                "“I remember we were looking into it and the story didn’t materialize,” said a person who worked at "
                "American Media Inc. at the time.")
    assert q["speaker"].tolist() == ["the House panel's report", "the House panel's report", "a person"]


def test_a_thing_called_by_a_quoted_name_is_no_statement():
    # read off Vox (the Nunes memo): a name given, not words said; "what he called “...”" stays his words
    q = _quotes("The biggest issue in American politics right now is something called “the Nunes memo.”",
                "Trump attacked what he called “a total witch hunt by the Democrats” on Friday.")
    assert q["quote"].tolist() == ["a total witch hunt by the Democrats"]


def test_reads_after_a_quotation_a_relative_clause_after_according_to_and_a_parent():
    # read off The Hill (a letter of House liberals), the Washington Times (gun purchases) and the AP (the Guyger
    # trial): the letter speaks; "according to a study that suggests ..." is the study; the father of Botham Jean
    # is no part of Botham Jean's voice; "says he reads WNDR because it “...”" is still Alvarado's
    q = _quotes("“It is our hope that their presence in the House Gallery will remind President Trump that he is not "
                "the arbiter of patriotism,” reads the letter.",
                "Almost all first-time gun purchases in 2012 were made at retailers where background checks are "
                "required, according to a study that suggests that most such sales are already subject to checks.",
                "Amber Guyger faces up to life in prison for the fatal shooting of Botham Jean.\n\nThe father of "
                "Botham Jean says his life has been upended since a Dallas police officer shot and killed his son.",
                "Justin Alvarado, a veteran from Los Angeles, says he reads WNDR because it “has a good perspective on "
                "things,” and he shares its articles.")
    assert q["speaker"].tolist()[:3] == ["the letter", "a study", "The father of Botham Jean"]
    assert q["actor"].tolist()[2] != "Botham Jean"
    assert set(q["speaker"].tolist()[3:]) == {"Justin Alvarado"}      # his statement and the quotation in it


def test_informed_reports_a_statement_but_not_in_the_passive_nor_after_a_quotation():
    # read off NPR (the State of the Union), The Hill (the shutdown), the Daily Caller (the FISA memos), a wire
    # story on Feinstein and the Wall Street Journal on Trump's veterans' gifts (AllSides sample): the one who
    # informs speaks, and the quotation inside is his; "was not informed either that" and "had been informed by
    # X that" keep the sentence's "said"; "“accurately” informed the court" is no attribution
    q = _quotes("President Donald Trump introduced Stephanie Davis and her daughter. He then informed Janiyah that a "
                "scholarship “has become available” and she would be able to go to “the school of your choice.”",
                "She said President Barack Obama was not informed either that Angela Merkel's communications were "
                "being collected since 2002.",
                "Keith David told the Journal that he was confused. He said he had been informed by a Trump "
                "representative that the check was tied to the event.",
                "The Democrats’ claim that the Justice Department “accurately” informed the court about this matter "
                "is laughable.")
    assert q.loc[q["doc_id"] == "d0", "actor"].tolist() == ["Donald Trump"] * 3   # the statement, its two quotations
    assert q.loc[q["doc_id"] == "d1", "verb"].tolist() == ["said"]
    assert q.loc[q["doc_id"] == "d2", "verb"].tolist()[-1] == "said"
    assert "d3" not in set(q["doc_id"])


def test_a_conditional_question_reports_no_statement():
    # read off Vox (Trump and Judge Curiel): "If President Barack Obama or President Marco Rubio said ..., would
    # that be considered racist?" is said by no one
    q = _quotes("If President Barack Obama or President Marco Rubio said all white people should be banned from "
                "acting as judge in a court case against him, would that be considered racist?")
    assert q.empty


def test_an_attribution_between_two_quotations_and_at_the_end_of_a_sentence_with_a_quoted_term():
    # read off Townhall (the Marcott study), CNBC (the Betsy Ross flag), Bloomberg (stocks) and Fox News
    # (Hillary Clinton's emails), AllSides sample: "” reported the New York Times “" names the Times; a term
    # quoted inside a sentence does not hide its closing "said Mark Pitcavage"; "said by phone" still attributes
    q = _quotes("“In the new research, Shaun Marcott and his colleagues” reported the New York Times “compiled the "
                "most meticulous reconstruction yet of global temperatures.”",
                "The “Betsy Ross” flag is not part of a database maintained by the Anti-Defamation League of more "
                "than 150 so-called hate symbols, including the Confederate flag, a noose, Pepe the Frog and Sadistic "
                "Souls, said Mark Pitcavage, senior research fellow at ADL's Center on Extremism.",
                "“Jobless claims were a little bit better than expected which gives some comfort,” Richard Sichel, who "
                "oversees about $1.9 billion, said by phone.",
                "Bloomberg News, citing “three sources with knowledge of her team’s plan,” says Hillary adopted “the "
                "time-tested Clinton approach” to say as little as possible.")
    assert q["speaker"].tolist() == ["the New York Times", "the New York Times", "Mark Pitcavage", "Richard Sichel",
                                     "Bloomberg News", "Bloomberg News"]
    assert q["quote"].tolist()[2].startswith("The “Betsy Ross” flag is not part")


def test_a_persons_associate_or_adviser_is_not_that_person():
    # read off Politico (Manafort's new role; Sanders's camp on Warren), AllSides sample: "one Trump associate" and
    # "an unnamed Sanders adviser" speak, not Trump or Sanders; "Trump adviser Carter Page" is Carter Page
    q = _quotes("The day after Cruz won Wisconsin, Donald Trump met privately with Paul Manafort.\n\n“Paul is not "
                "entering this campaign as a technician,” one Trump associate said. “He’s entering as a strategist.”",
                "Bernie Sanders spoke in Iowa. A story included a quote from an unnamed Sanders adviser asserting, "
                "“Warren fundamentally fails a basic threshold question: Can she beat Trump?”")
    assert q["actor"].tolist() == ["", "", ""]


def test_a_participle_after_a_relative_clause_belongs_to_its_antecedent():
    # read off Bloomberg (Merck's upgrade), AllSides sample: "..., who also increased his price target ..., saying
    # “mounting” pressure may ..." is the analyst's, not the drugmaker's, the sentence's subject
    q = _quotes("The second-biggest U.S. drugmaker was raised to buy from hold by Jefferies analyst Jeffrey Holford, "
                "who also increased his price target to $54 a share from $48, saying “mounting” shareholder pressure "
                "may lead to a restructuring.",
                "The senator met with the families of the victims, who later spoke to reporters, saying “we are not "
                "going to stop until we get answers from the police.”")
    assert q["speaker"].tolist() == ["Jeffrey Holford", "the families of the victims"]


def test_it_after_a_statement_by_a_name_of_no_known_kind_is_that_name():
    # read off BBC News (Facebook's political ads), AllSides sample: "it added" goes on from "Facebook said" in the
    # sentence before, not to the Senate named two sentences further back
    q = _quotes("Executives from Facebook and other internet giants will testify before a Senate "
                "hearing on Tuesday.\n\n\"When it comes to advertising on Facebook, people should be able to tell who "
                "the advertiser is,\" Rob Goldman, Facebook's vice president of ads, said in a blog post.\n\n"
                "Facebook said it was expanding the transparency measures to all ads. Users would also be able to view "
                "the ads any page was running, it added.")
    assert q.loc[q["verb"] == "added", "speaker"].tolist() == ["Facebook"]


@pytest.mark.parametrize(("text", "speaker"), [
    # read off Fox News (Merkley), Fox News online (Nunes sues Twitter), Yahoo! The 360 and MarketWatch (AllSides
    # sample):
    # a quotation that opens its paragraph, signed after a dash on its line, whatever follows the name
    ("“I don’t think there’s confidence by anyone in the room. This is more of a show-me moment,” – Sen. Jeff "
     "Merkley, D-Ore., describing the ObamaCare briefing to reporters.", "Jeff Merkley"),
    ("\"Twitter is a machine. It is a modern-day Tammany Hall.\" — Devin Nunes' personal attorney, Steven S. Biss",
     "Steven S. Biss"),
    ("“We cannot afford an election our people don’t believe in.” — Rachel Kleinfeld and Joshua Kleinfeld, National "
     "Review", "Rachel Kleinfeld and Joshua Kleinfeld"),
    ("“They don’t know how persistent these rates will be.” — Tendayi Kapfidze, chief economist at LendingTree, on "
     "why lenders have held off from cutting interest rates more", "Tendayi Kapfidze"),
    ("\"We will see what happens next.\"\n\n— With assistance by Miao Han and Josh Wingrove", ""),
])
def test_a_quotation_signed_after_a_dash_is_the_signers(text, speaker):
    assert _quotes(text)["speaker"].tolist() == [speaker]


def test_a_name_after_a_description_opened_by_another_or_his_is_the_speaker():
    # read off an opinion column on tariffs, Reuters (hush money payments) and BBC News (the Brexit vote), AllSides
    # sample
    q = _quotes("Another Republican, Sen. James Lankford, was reported as saying that the administration \"is trying "
                "to use tariffs to solve every problem but HIV and climate change.\"",
                "His Democratic counterpart on the Intelligence Committee, Representative Adam Schiff, said Trump "
                "could be indicted once he leaves office.",
                "Another Brexit-supporting Tory, Jacob Rees-Mogg, said he had not yet decided which way to vote.")
    assert set(q["speaker"]) == {"James Lankford", "Adam Schiff", "Jacob Rees-Mogg"}


def test_wrote_a_book_with_its_title_quoted_reports_no_statement():
    # read off Salon (Olympic politics), AllSides sample: the book's title is no statement of its author
    q = _quotes("To parse Olympic politics, this week Salon called up the Nation sports correspondent Dave Zirin, who "
                "wrote the book \"Game Over: How Politics Has Turned the Sports World Upside Down,\" and co-authored "
                "the memoir of John Wesley Carlos, the bronze medalist whose defiant raised fist defined the 1968 "
                "Olympics.")
    assert q.empty


def test_it_after_an_opener_is_read_as_it_opening_the_sentence():
    # read off Politico (EPA's website) and Fox News (Gaza), AllSides sample: "And it said", "On Thursday, it said"
    # stand for the organisation that spoke before, not the whole sentence; "said A and that B" says A too
    q = _quotes("In a press release, EPA said it was removing references to the “so-called Clean Power Plan,” which "
                "the agency is reviewing. And it said it was reviewing content on the site related to climate change "
                "and regulations.",
                "The deaths marked the third time since the outbreak of the Gaza war six weeks ago that Hamas has "
                "announced the killing of alleged collaborators. On Thursday, it said seven people had been arrested "
                "and that three of them had been killed on suspicion of working with Israel.")
    assert q.loc[q["quote"].str.startswith(("it was reviewing", "seven people")), "actor"].tolist() == ["EPA", "Hamas"]


def test_a_speaker_after_said_without_the_relative_clause_that_describes_it():
    # read off NPR (the Main Street Caucus) and The New York Times (lawmakers' trips), AllSides sample
    q = _quotes("\"Anytime you're raising and spending money based on your access to and relationship with members, "
                "they have a right to ask if it's being done transparently and legally,\" said one GOP lawmaker who "
                "was in the Republican Main Street Caucus. \"The concern in this case is that it wasn't.\"",
                "“An informal setting is an effective way to build a better relationship,” said a health care "
                "lobbyist who attended the fund-raising weekend in Vail this month.")
    assert q["speaker"].tolist() == ["one GOP lawmaker", "one GOP lawmaker", "a health care lobbyist"]


@pytest.mark.parametrize(("text", "speaker"), [
    # read off Newsmax (Rubio in Iowa), Vox (Flynn), the Wall Street Journal (the G-7), CNN (the ICBM test) and Vox,
    # AllSides sample: an attribution after the quotation's sentence goes on with words of its own
    ("“Some people in Iowa really believe that Rubio would be unrecoverable if he chose to mount a campaign in 2016” "
     "for president, said Bob Vander Plaats, chief executive officer of The Family Leader, an Iowa-based coalition.",
     "Bob Vander Plaats"),
    ("“It was initiated when on Christmas Day, he had sent a text to the Russian ambassador” at the time, Pence said "
     "during a January 15 appearance on CBS’s Face the Nation.", "Pence"),
    ("“We know that beggar-thy-neighbor policies don’t work. That was the lesson of the 1920s and the 1930s,” said the "
     "minister, Chrystia Freeland, on CNN.", "Chrystia Freeland"),
    ("The test ICBM was destroyed \"thousands of miles off the coast\" of the US mainland, the director of the Missile "
     "Defense Agency, Vice Adm. Jim Syring, told reporters at the Pentagon via a Wednesday phone call.", "Jim Syring"),
    ("\"If you tried all of that and none of it worked, what we're left with is learning to live with pain,\" Anna "
     "Lembke, a Stanford psychiatrist and author of Drug Dealer, MD, told me.", "Anna Lembke"),
])
def test_an_attribution_after_the_sentence_with_its_appositives_and_places(text, speaker):
    assert _quotes(text).query("kind == 'direct'")["speaker"].tolist() == [speaker]


def test_bragged_attributes_a_quotation_and_who_d_is_who():
    # read off Slate (Trump and the police) and The Daily Beast (Blake Neff), AllSides sample
    q = _quotes("All along, he assumed that law enforcement was on his side. He bragged that “the cops,” like “the "
                "plumbers” and “the truck drivers,” were “the people that like me best.”",
                "A CNN report said that Carlson’s top writer, Blake Neff, had for years pseudonymously posted bigoted "
                "comments to AutoAdmit.\n\nThe 29-year-old Neff, who’d worked on Carlson’s show for nearly four "
                "years and once bragged that “anything [Carlson is] reading off the teleprompter, the first draft was "
                "written by me,” resigned after his extensive history of hateful comments was revealed.")
    long = q[(q["kind"] == "direct") & (q["quote"].str.split().str.len() >= 5)]
    assert long["speaker"].tolist() == ["He", "Neff"]


def test_a_quotation_after_a_colon_is_the_words_of_the_clause_s_subject():
    # read off Politico (Alice Rivlin), a Rich Lowry column (Kamala Harris) and TheBlaze (Pelosi), AllSides sample: a
    # person who is the subject, or a pronoun that opens the clause, not another name in it. The first sentence of
    # the second and of the third text is written for the test: it names Trump and Pelosi as the articles do earlier
    q = _quotes("Looking forward, former Clinton administration budget director Alice Rivlin had a simple solution "
                "this week during a briefing at the Bipartisan Policy Center: “We need to fix the tax code first and "
                "then worry about the rest.”",
                "President Donald Trump called the caravan an invasion. Asked about Trump’s tone on the caravan, "
                "Senator Kamala Harris made it sound as though it’d be "
                "un-American to turn the migrants away: “We are a country that — our strength has always been that we "
                "are a tolerant country.”",
                "House Speaker Nancy Pelosi defended the whistleblower on Thursday.\n\nShe then recited her "
                "legislative resume: \"I have more experience in intelligence than anybody in the Congress, anybody "
                "that's ever served.\"")
    assert q["actor"].tolist() == ["Alice Rivlin", "Kamala Harris", "Nancy Pelosi"]


def test_a_description_that_labels_in_quotation_marks_speaks():
    # read off the Washington Times (the marijuana foundation) and Fox News (the CIA's judgment), AllSides sample
    q = _quotes("The foundation called it an “irresponsible move for such a person in the most highly-regarded "
                "position in this country.”",
                "One official also told Reuters that the CIA’s judgment was based on the fact that only Democratic "
                "information was leaked. The official called this a “thin reed upon which to base an analytical "
                "judgment.”")
    assert q.loc[q["kind"] == "direct", "speaker"].tolist() == ["The foundation", "The official"]


@pytest.mark.parametrize(("text", "speaker"), [
    # read off USA TODAY (FOIA requests), Vox (a Fox News clip), Politico (Eleanor Holmes Norton) and ProPublica
    # (Warren and Schatz), AllSides sample
    ("\"We're pushing three-quarters of a million\" annually, says Fred J. Sadler, who retired recently after four "
     "decades in FOIA operations at the U.S. Food and Drug Administration.", "Fred J. Sadler"),
    ("\"That would be a great American resurrection,\" host Bill Hemmer replies.", "Bill Hemmer"),
    ("“It says everything about my colleagues that they would use the occasion of a tragedy on one of our members to "
     "come forward the day after with one of these bills,” Del. Eleanor Holmes Norton (D-D.C.) said following the "
     "shooting.", "Eleanor Holmes Norton"),
    ("Sens. Elizabeth Warren and Brian Schatz, who requested the GAO’s review after ProPublica’s coverage, said the "
     "report confirms that Trump empowered his friends to secretly steer the second-largest government agency "
     "without any accountability or oversight.", "Sens. Elizabeth Warren and Brian Schatz"),
])
def test_replies_a_long_relative_clause_a_delegate_and_senators_titled_together(text, speaker):
    assert _quotes(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # read off NPR (testing "tongue in cheek"), BBC News (the shutdown meeting; Iran's nuclear deal), AllSides sample:
    # a quotation inside the statement of a sentence's first clause is not the next clause's speaker's
    ("The White House says he was being \"tongue in cheek,\" but Trump has repeatedly said testing makes the United "
     "States look bad.", "The White House"),
    ("House Speaker Nancy Pelosi said Friday's meeting had been \"contentious\", while Senate Democratic leader Chuck "
     "Schumer said the president resisted.", "Nancy Pelosi"),
    ("The UK's Foreign Secretary Boris Johnson said Britain had \"no intention of walking away\", and Germany's "
     "Chancellor Angela Merkel said her country would act.", "Boris Johnson"),
    # The Hill (the Black Voices Coalition) and Newsmax (the Taliban prisoners): who labels it, in the passive
    ("Vice President Pence will travel to Atlanta to deliver remarks during the launch of the Black Voices Coalition, "
     "described by the Trump campaign as “a national effort to mobilize and empower Black Americans who support "
     "President Trump.”", "the Trump campaign"),
    ("The five Taliban prisoners released by the United States into the custody of Qatar were described by Sen. John "
     "McCain on Sunday as the \"hardest of the hardcore.\"", "John McCain"),
])
def test_a_quotation_in_a_first_clause_or_labelled_by_an_agent(text, speaker):
    assert _quotes(text).query("kind == 'direct'")["speaker"].tolist() == [speaker]


def test_says_so_reports_no_statement():
    # read off USA TODAY (an opinion column on Trump and the press), AllSides sample
    assert _quotes("He rejects those stories and the outlets that report them, and he says so all the time.").empty


def test_likened_to_in_quotation_marks_is_the_subject_s_words():
    # read off NPR (the debt limit) and Fox News online (amnesty for Snowden), AllSides sample
    q = _quotes("At a news conference dominated by discussion of what's expected to be Washington's next big political "
                "battle, President Obama insisted Monday that he will not let Republicans tie an increase in the "
                "federal government's borrowing limit to negotiations over cuts in future federal spending.\n\nHe "
                "likened tying the debt limit debate and budget talks to holding \"a gun to the head of the American "
                "people.\"",
                "However, NSA Director Gen. Keith Alexander sharply disagreed. He likened it to \"a hostage taker "
                "taking 50 people hostage, shooting 10 and then say 'You give me full amnesty and I'll let the other "
                "40 go.'\"")
    assert q.loc[q["kind"] == "direct", "actor"].tolist() == ["Obama", "Keith Alexander"]


@pytest.mark.parametrize("text, speaker", [
    # Fox News (Ryan and Trump on ObamaCare): "told" a listener of four capitalised words, then a comma
    ("Ryan publicly said Americans would be living with ObamaCare for the “foreseeable future,” while Trump simply "
     "told The New York Times, “It’s enough already.”", "Trump"),     # (the first quotation is Ryan's)
    # Politico (the Journal's editorial page): a description between dashes, then the verb
    ("In one of the most memorably stinging lines of Trump’s young presidency, the editorial—authored by Gigot—said, "
     "“The president clings to his assertion like a drunk to an empty gin bottle.”", "the editorial"),
    # BBC News (Trump and the NFL): "asked" an object of four words, then a colon; the first sentence is the
    # article's photo caption, moved before the paragraph
    ("Mr Trump attacked protesting players at a rally in Alabama.\n\nThe US president waded into the argument on "
     "Friday when he asked a crowd of supporters: \"Wouldn't you love to see one of these NFL owners, when somebody "
     "disrespects our flag, to say, 'Get that son of a bitch off the field right now... he is fired'?\"", "Trump"),
    # CNN (the father of an alleged Capitol plotter)
    ("They took the whole family in for questioning. \"Where is my son; what is he being charged with?\" John Cornell "
     "wanted to know.", "John Cornell"),
    # The Daily Caller (PragerU's videos): "had earlier" is no part of the speaker
    ("PragerU had earlier posted a statement via Twitter stating that “at least two videos” had been deleted, and "
     "included a screenshot of Facebook analytics.", "PragerU"),
    # Christian Science Monitor (Snowden's asylum): "to which" before a description and a name (right before this
    # session's rules too: a guard, as the listener "the White House," is now read off the statement)
    ("Ecuador has come under fire for offering Snowden asylum, to which embassy official Efraín Baus told the White "
     "House, \"Mr. Edward Snowden has requested political asylum in Ecuador ... this situation is not being provoked "
     "by Ecuador.\"", "Efraín Baus"),
])
def test_the_speaker_before_a_quotation_after_a_listener_a_dash_or_a_relative(text, speaker):
    assert _quotes(text).query("kind == 'direct'")["speaker"].tolist()[-1:] == [speaker]


def test_who_before_the_subject_of_a_reported_clause_and_what_stays_a_statement():
    # Wall Street Journal (Rosenstein), Washington Times (the Charlotte shooting): "who confidants said" - the
    # confidants speak; USA TODAY (the impeachment hearing): "said the call record indicated otherwise: “...”" is a
    # statement followed by the words, not a colon after an object; Newsmax (the party platform): "which the
    # party's 2012 platform said was" stays a statement
    q = _quotes("Deputy Attorney General Rod Rosenstein, who confidants said expected to be fired Monday, will meet "
                "face-to-face with President Trump on Thursday.",
                "There officers encountered Mr. Scott, who officials said exited a vehicle with a handgun.",
                "But Rep. Sheila Jackson Lee, D-Texas, said the call record indicated otherwise: \"I beg to differ "
                "with my friends.\"",
                "Perhaps Trump's clearest break with Republican orthodoxy is on trade, which the party's 2012 platform "
                "said was \"crucial for our economy\" and a path to \"more American jobs.\"")
    rows = q.query("kind == 'indirect'")
    assert rows["speaker"].tolist() == ["confidants", "officials", "Sheila Jackson Lee", "the party's 2012 platform"]
    assert rows["quote"].iloc[2].startswith("the call record indicated otherwise")


def test_a_quotation_opened_straight_and_closed_curly_ends_at_its_close():
    # Christian Science Monitor (the Kobane airstrikes): the writer opened with " and closed with ”
    q = _quotes("\"We have been striking when we can. They don't fly flags and move around in large convoys the way "
                "they did. They don't establish headquarters that are visible or identifiable,” US Joint Chiefs of "
                "Staff Gen. Martin Dempsey said.")
    assert q[["speaker", "quote"]].values.tolist() == [["Martin Dempsey", (
        "We have been striking when we can. They don't fly flags and move around in large convoys the way they did. "
        "They don't establish headquarters that are visible or identifiable,")]]


def test_a_roundup_signed_by_two_authors():
    # The Flip Side (wages, from the left): the quotation is signed on the line below by its two authors
    q = _quotes("From the Left\n\nThe left worries that too many workers are being left out of the economic gains."
                "\n\n“We must focus not just on wage trends but on wage levels… and ask: Are wages adequate?”\n\n"
                "Martha Ross and Nicole Bateman, Brookings Institution Blog\n\n"
                "One Democratic presidential candidate writes, “The American Dream is dying by the numbers.”")
    assert q["speaker"].tolist() == ["Martha Ross and Nicole Bateman", "One Democratic presidential candidate"]


def test_he_is_not_one_of_two_named_together_nor_the_object_of_an_opening_participle():
    # CNN (Ben Carson's youth) and New York Post (Bloomberg's announcement); the first sentence of each was written
    # for the test in place of the articles' earlier paragraphs, which name the same man
    q = _quotes("Ben Carson has repeatedly described a violent youth. Scott Glover and Maeve Reston spoke with nine "
                "friends, classmates and neighbors who grew up with Carson, and none had any memory of the anger or "
                "violence the candidate has described.\n\nFriday morning on CNN's \"New Day,\" he said the network's "
                "reporting of his past was a \"bunch of lies.\"",
                "Michael Bloomberg also described a “cruel and dysfunctional” immigration system.\n\nThen addressing "
                "Trump by name, he said he challenged the president on gun violence and “won stronger gun laws in "
                "states across the country.”")
    assert q.query("kind == 'indirect'")["actor"].tolist() == ["Ben Carson", "Michael Bloomberg"]


def test_a_sign_that_said_speaks_and_its_holder_speaks_on():
    # CNN (the Eric Garner protests), National Review (Hong Kong's security law), Politico (Joni Ernst's town halls);
    # and, same file, National Review (the Covid timeline): "told the Washington Post that" is no sign
    q = _quotes("Protesters chanted, \"black lives matter.\"\n\nOne woman held a sign that said, \"Stop killing us.\"",
                "A 19-year-old demonstrator was arrested for having a sticker on his phone that said “Free Hong Kong, "
                "Revolution Now.”",
                "“I would assume so,” said Perry Howell of Iowa City, who was holding a sign that read, “Sen. Ernst "
                "please don’t castrate Obamacare” — a reference to a viral ad she ran in 2014. “She had very politic "
                "answers. She knows that she’s in a hostile environment.”",
                "January 18: HHS Secretary Azar has his first discussion about the virus with President Trump. "
                "Unnamed “senior administration officials” told the Washington Post that “the president interjected "
                "to ask about vaping.”")
    assert q[["doc_id", "speaker"]].values.tolist()[:6] == [
        ["d0", "Protesters"], ["d0", "a sign"], ["d1", "a sticker"], ["d2", "Perry Howell"], ["d2", "sign"],
        ["d2", "Perry Howell"]]
    assert "the Washington Post" not in q.loc[q["doc_id"] == "d3", "speaker"].tolist()
    # Reuters, in the Charlottesville practice corpus: a second slogan on the same placards
    q = _quotes("About 130 people demonstrated outside the U.S. Embassy in London, some with placards reading “Fascism "
                "is not to be debated, it is to be smashed,” and “I am an ashamed American.”")
    assert q["speaker"].tolist() == ["placards", "placards"]


def test_he_after_an_opening_participle_continues_the_same_man():
    # New York Post (Bloomberg's announcement); the first sentence was written for the test in place of the
    # article's earlier paragraphs, which name him (in this short form the session's starting code was right too:
    # a guard for the participle rules, which must not take the turn from him)
    q = _quotes("Michael Bloomberg also described a “cruel and dysfunctional” immigration system.\n\nThen addressing "
                "Trump by name, he said he challenged the president on gun violence and “took on Trump the climate "
                "denier.”\n\n“I know what it takes to beat Trump, because I already have. And I will do it again,” he "
                "said on the campaign site.")
    assert q["actor"].unique().tolist() == ["Michael Bloomberg"] and len(q) == 3


def test_he_said_at_the_end_after_someone_spoke_is_not_a_name_in_the_statement():
    # BBC News (the LeBaron family in Mexico): "he" is Mr LeBaron, who gave the account, not his cousin named in it;
    # Mother Jones (restaurant surcharges): after a question, with no one speaking, "Myint has experimented ...,
    # he said" is Myint's own account (the session's starting code was right here too: a guard)
    q = _quotes("Mr Alex LeBaron gave a detailed account of the attacks in an an interview for Mexican radio station "
                "el Heraldo.\n\nHis cousin Rhonita Miller, 30, four of her children, two of whom were babies, died in "
                "a car in the first attack, he said.",
                "How do diners feel about springing an extra few cents towards this vision? Anthony Myint has "
                "experimented with a three percent surcharge at Mission Chinese Food for more than a year now, and "
                "only one person has opted out, he said.")
    assert q["actor"].tolist() == ["Alex LeBaron", "Anthony Myint"]


@pytest.mark.parametrize("text, speaker", [
    # The first (in this short form) and the last two were right on the session's starting code too: the first was
    # wrong there in the whole article ("the president"); the last two guard against rules of this session (the
    # roundup signature, the time before a subject) that broke them in a first version.
    # ABC News (Tillerson on the Iran deal): the president is named in a clause put first, "And though ..."
    ("In the past, Trump has seemed skeptical of climate change.\n\nAnd though the president has called the Iran deal "
     "an “embarrassment,” Tillerson said this week the U.S. is still a part of the deal.\n\n“We are using that "
     "agreement and working with our European partners in particular to truly hold Iran accountable,” he said.",
     "Tillerson"),
    # Salon (Trump on Kim Jong Un): the paragraph that introduces the quotations "spoke ... :", then an advert
    ("This past week Trump spoke admiringly of another despot --- North Korea's Kim Jong Un:\n\nAdvertisement:\n\n"
     "“You’ve got to give him credit: How many young guys take over these tough generals? How does he do that?”",
     "Trump"),
    # The Flip Side (Wisconsin's court): a roundup's quotation in two parts, signed after the second on its line
    ("From the Left\n\n“Wisconsin law gives the state Department of Health Services extraordinarily broad power… “As "
     "[Justice Brian Hagedorn] notes in dissent, the majority opinion ‘has failed to provide almost any guidance.’ "
     "Wisconsin now has no stay-at-home order…’” Ian Millhiser, Vox", "Ian Millhiser"),
    # Vox (the climate town hall): Biden's words quoted in a roundup signed by its writer stay Biden's
    ("“The fact of the matter is that we make up 15 percent of the problem. The rest of the world makes up 80, 85 "
     "percent of the problem,” Biden said. “If we did everything perfectly — and we must and should in order to get "
     "other countries to move — we still have to get the rest of the world to come along.” —Ella Nilsen", "Biden"),
    # BBC News (Russia and the Syria strikes): "On Thursday a ... spokeswoman asked whether ... “...”"
    ("On Thursday a foreign ministry spokeswoman asked whether the aim of Western strikes might be \"to quickly remove "
     "the traces of the provocation\".", "a foreign ministry spokeswoman"),
])
def test_the_speaker_of_a_last_quotation_after_an_opener_an_introduction_or_a_roundup(text, speaker):
    assert _quotes(text).query("kind == 'direct'")["speaker"].tolist()[-1] == speaker


def test_which_said_before_a_quotation_is_the_organisation_it_follows():
    # Daily Beast (Kerry's "apartheid" remark): "a statement from AIPAC, the bipartisan pro-Israel lobby, which said,
    # “...”" is AIPAC's, not that of Abe Foxman quoted before it; the second text was written for the test
    q = _quotes("In a statement, Abe Foxman, the president of the Anti Defamation League, said, “It is startling and "
                "deeply disappointing that a diplomat chose to use such an inaccurate and incendiary term.” These "
                "remarks were echoed in a statement from AIPAC, the bipartisan pro-Israel lobby, which said, “Any "
                "suggestion that Israel is, or is at risk of becoming, an apartheid state is offensive and "
                "inappropriate.”",
                "The remarks drew a rebuke from the group, which said, “This is a disgrace.”")
    assert q["speaker"].tolist() == ["Abe Foxman", "AIPAC", "the group"]


def test_a_speaker_around_a_pop_up_card_is_joined_by_one_space():
    # The Hill (the no votes before the shutdown): the card after "Pete King" is set aside, and the speaker's words
    # around it read "Pete King ... and two others" with single spaces
    q = _quotes("Rep. Pete King Peter (Pete) KingHouse panel advances flavored e-cigarette ban Hillicon Valley: "
                "Schumer questions Army over use of TikTok MORE (R-N.Y.) and two others replied they were firmly “no” "
                "votes. And the leaders didn’t press them any further.")
    speaker = q.loc[q["quote"] == "no", "speaker"].iloc[0]
    assert speaker.startswith("Pete King") and "  " not in speaker


def test_said_without_giving_details_reports_no_words_but_without_a_clause_does():
    # BBC News (the Gaza border, and Russia's missiles for Iran) and Washington Times (the Kavanaugh hearing). The
    # army's statement is read around the term it quotes, as the quotation is
    q = _quotes("In response, an Israeli tank and an aircraft targeted \"two terror posts\" in Gaza, the army said "
                "without giving further details.",
                "US Secretary of State John Kerry had raised concerns with Mr Lavrov about the announcement, White "
                "House spokesman Josh Earnest said, without elaborating.",
                "Democrats said without talking to Ms. Blasey Ford or seeing her documents, investigators aren’t "
                "getting the full picture.")
    assert q[["speaker", "quote"]].values.tolist() == [
        ["the army", "In response, an Israeli tank and an aircraft targeted \"two terror posts\" in Gaza"],
        ["the army", "two terror posts"],
        ["Josh Earnest", "US Secretary of State John Kerry had raised concerns with Mr Lavrov about the announcement"],
        ["Democrats", "without talking to Ms. Blasey Ford or seeing her documents, investigators aren’t getting the "
                      "full picture"]]


def test_a_book_after_author_of_and_a_headline_are_no_statements():
    # CNN's Julian Zelizer column (the outlet is named "Julian Zelizer" in the AllSides sample): the author's note;
    # Daily Beast (Bernie Sanders's kibbutz): a newspaper's headline
    q = _quotes("Julian Zelizer, a historian at Princeton University and a CNN political analyst, is the author of "
                "\"The Fierce Urgency of Now: Lyndon Johnson, Congress, and the Battle for the Great Society.\"",
                "Indeed, when Stalin died, its newspaper, On Guard, ran the headline \"The Progressive World Mourns "
                "the Death of J.V. Stalin.\"")
    assert q.empty


def test_they_after_a_clause_put_first_and_a_name_after_better_than():
    # Scientific American (facts and beliefs; its "(devoutly)" and "In another study," left out), CBN (tech
    # platforms' bias) and Politico (the bank tax: "If banks get in trouble ..., they argue" is not the banks);
    # National Review (nuclear energy): "better than Theodore Roosevelt, who once declared", shortened
    q = _quotes("When religious participants were told that God's existence will always be untestable, they reported "
                "stronger desirable religious beliefs afterward.",
                "While some tech company executives may lean liberal, they have long asserted that their products are "
                "without political bias.",
                "If banks get in trouble and need government assistance, they argue that the banks wouldn’t be "
                "relying on taxpayer money.",
                "Few Republicans understood this better than Theodore Roosevelt, who once declared that few questions "
                "compare “in importance with the great central task of leaving this land even a better land for our "
                "descendants.”")
    assert q.query("kind == 'indirect'")["speaker"].tolist() == [
        "religious participants", "some tech company executives", "they", "Theodore Roosevelt"]


def test_they_ve_before_an_adverb_and_emphasis_added():
    # Townhall (the Obama campaign's attacks on Romney; the first sentence written for the test in place of the
    # column's earlier paragraphs) and National Review (Comey's testimony, "(emphasis added)" by the columnist)
    q = _quotes("Democrats have attacked Romney relentlessly. They've falsely claimed that he outsourced American jobs "
                "while bankrupting domestic companies.",
                "Comey testified that “the FBI, as part of our counterintelligence mission, is investigating the "
                "Russian government’s efforts to interfere in the 2016 presidential election” (emphasis added).")
    assert q["speaker"].tolist() == ["Democrats", "Comey"]


def test_one_of_them_then_a_name_and_a_lead_phrase_before_the_speaker():
    # New York Times (Democrats and the health law): "said one of them, Representative Patrick Murphy, ..." is
    # Murphy's, and so is the quotation after it; KUTV (Patriot Prayer's rally; the first sentence shortened from
    # the article's): "For the record, Gibson told us ... ." then a quotation alone is Gibson's
    q = _quotes("“Of course there’s politics. Of course it’s become a partisan fight, but I try not to look at it like "
                "that,” said one of them, Representative Patrick Murphy, a Florida Democrat who won his seat in 2012 "
                "against a Tea Party favorite, Allen West, by fewer than 2,000 votes. “I would imagine there will be "
                "more and more attacks coming for months on end.”",
                "KTVU spoke with the Patriot Prayer rally's organizer Joey Gibson on Wednesday.\n\nHe said he wouldn't "
                "be preaching a conservative message. For the record, Gibson told us he's pro-gay rights, against the "
                "Patriot Act and against the War on Drugs. \"I don't like endless wars.\"")
    direct = q.query("kind == 'direct'")
    assert direct[["speaker", "actor"]].values.tolist() == [
        ["Patrick Murphy", "Patrick Murphy"], ["Patrick Murphy", "Patrick Murphy"], ["Gibson", "Joey Gibson"]]


def test_a_shop_after_a_is_no_speaker():
    # Salon (conservatives and the police): "a McDonald's" is a restaurant, not a Mr. McDonald (the sentence before
    # written for the test, naming a Robert McDonald as the corpus's other articles did)
    q = _quotes("Robert McDonald runs the department. When a couple of “liberal media” reporters get roughed up and "
                "handcuffed in a McDonald's by cops who “didn’t know better,” some conservatives take the side of the "
                "cops.")
    assert not q["speaker"].str.contains("McDonald").any()


def test_it_after_a_thing_of_a_person_and_a_question_asked_after_the_quotation():
    # New York Times (the impeachment trial's questions), shortened: "It" is the selection, not Ms. Collins, and a
    # selection that suggests is the writer's inference, no statement (no row, not one of Ms. Collins); Business
    # Insider (Giuliani as Trump's lawyer): "replied, "yes," when The Washington Post asked him" is Giuliani's
    q = _quotes("Mr. McConnell gave his party’s first question on Wednesday to Senators Mitt Romney of Utah, Susan "
                "Collins of Maine and Lisa Murkowski of Alaska.\n\nThe selection of Ms. Collins, who is facing the "
                "toughest re-election campaign in her long Senate career, was revealing: It suggested that Mr. "
                "McConnell was keenly focused on giving her every opportunity to have her voice heard before moving "
                "forward.",
                "President Donald Trump said on Friday that he doesn't know if former New York Mayor Rudy Giuliani is "
                "still his personal attorney.\n\n\"I haven't spoken to Rudy,\" Trump told reporters. \"He has been my "
                "attorney.\"\n\nGiuliani, however, "
                "replied, \"yes,\" when The Washington Post asked him if he was still representing the president.")
    said = dict(zip(q["quote"].str[:14], zip(q["speaker"], q["actor"], strict=True), strict=True))
    assert "Mr. McConnell " not in said
    assert said["yes,"] == ("Giuliani", "Rudy Giuliani")


def test_a_paper_quoted_someone_and_a_name_right_before_a_verb_later_in_the_sentence():
    # CBN (Israeli strikes in Syria): "The Times of Israel quoted the organization's head Rami Abdel Rahman"; Fox
    # Online News (North Korea's satellite): "quoted a ministry spokesman as saying"; Washington Times (Assad and the
    # chemical attack): "Mr. Assad was quoted as saying" stays his; Fox Online News (the Seaside Park bomb): a
    # name right before "said" later in a sentence that began with someone else; Associated Press (the Syria strike,
    # practice corpus): not a name after "for" ("a spokesman for Russian President Vladimir Putin warned")
    q = _quotes("According to the Syrian Observatory of Human Rights, at least 26 fighters were killed.\n\n\"At least "
                "26 fighters were killed, including four Syrians,\" The Times of Israel quoted the organization's head "
                "Rami Abdel Rahman.",
                "\"We hope that all countries concerned will use reason and remain cool so as to prevent the situation "
                "from developing to undesirable direction,\" the official Korean Central News Agency quoted a ministry "
                "spokesman as saying.",
                "Mr. Assad told Russia’s Izvestia daily that accusations that his troops used chemicals were "
                "“politically motivated.”\n\n“This is nonsense,” Mr. Assad was quoted as saying in an interview "
                "published Monday.",
                "Republican presidential nominee Donald Trump described the incident as a \"bomb\" going off and "
                "Democratic nominee Hillary Clinton said she had been briefed on \"bombings in New York and New "
                "Jersey.\"",
                "But a spokesman for Russian President Vladimir Putin warned that the strikes dealt \"a significant "
                "blow\" to relations between Moscow and Washington.")
    said = dict(zip(q["quote"].str[:16], q["speaker"], strict=True))
    assert said["At least 26 figh"] == "Rami Abdel Rahman"
    assert said["We hope that all"] == "a ministry spokesman"
    assert said["This is nonsense"] == "Assad"
    assert said["bombings in New "] == "Hillary Clinton"
    assert said["a significant bl"] == "a spokesman for Russian President Vladimir Putin"


def test_an_introduction_a_tape_a_subheading_and_an_imagined_quotation():
    # Fox News (Chris Hayes and the Islamic State, shortened): "the New York Times yesterday offered this cautionary
    # bit of reporting:" introduces the quotation after it; CNN (the women who accused Trump): the “Access Hollywood”
    # tape is no statement, and "in which he is caught saying" is his; Christian Science Monitor (abortion at the
    # Supreme Court): “Up for grabs”? is a subheading; Townhall (Obamacare): "Imagine if Paul Ryan had given a
    # speech ... he confessed that he “...”" was never said, but Guest Writer - Left (the Tea Party): "Imagine ...
    # had Obama said, “...,” as Trump has said" is Trump's. Sentences before the quotations written for the test.
    q = _quotes("Chris Hayes asked what the war would become.\n\nToward that end, the New York Times yesterday offered "
                "this cautionary bit of reporting:\n\n“After six weeks of American airstrikes, the Iraqi government’s "
                "forces have scarcely budged the Sunni extremists of the Islamic State from their hold on more than a "
                "quarter of the country.”",
                "Donald Trump ran in 2016. They came forward in the wake of a 2005 \"Access Hollywood\" tape "
                "that was released in October 2016 in which he is caught saying on a hot mic: \"And when you're a "
                "star, they let you do it. You can do anything.\"",
                "The court takes up the case.\n\n“Up for grabs”?\n\nWhen re-evaluating a precedent, the Supreme "
                "Court is supposed to apply the stare decisis doctrine.",
                "Imagine if Paul Ryan had given a speech circa 2003, in which he confessed that he \"happened to be a "
                "proponent of ending Medicare altogether.\"",
                "Imagine the storming of town halls and emergency declarations on Fox News had Obama said, “I have an "
                "Article Two authority where I have the right to do whatever I want as president,” as Trump has said.")
    assert q[["speaker", "quote"]].apply(lambda r: (r["speaker"], r["quote"][:12]), axis=1).tolist() == [
        ("the New York Times", "After six we"), ("Donald Trump", "And when you"), ("Trump", "I have an Ar")]


def test_a_source_familiar_with_or_close_to_someone_is_the_source():
    # CNN (Romney's campaign, 2012): "said one veteran Republican strategist familiar with the inner workings of the
    # campaign" had no speaker, nor the quotation after it; Politico (Pelosi as minority leader): "said a source close
    # to Pelosi" is the source, not Pelosi
    q = _quotes("\"It would have to take a serious effort to define the race on (the Romney campaign's) terms,\" said "
                "one veteran Republican strategist familiar with the inner workings of the campaign. \"They are going "
                "to have to run a more disciplined campaign.\"",
                "“Pelosi is invigorated by the challenge of building consensus around a new, economic message, and "
                "she’s shown her members she’s listening by bringing new blood to the table,” said a source close to "
                "Pelosi.")
    assert q[["speaker", "actor"]].values.tolist() == [["one veteran Republican strategist", ""]] * 2 + [
        ["a source", ""]]


def test_the_object_of_obligates_and_one_of_two_named_with_a_title_between():
    # Vox (the pardon power): the Constitution "obligates the president to “take care ...”", not his words;
    # Christian Science Monitor (drones): "Recent legislation requires the Federal Aviation Administration to “...”";
    # Guest Writer (Trump Jr.'s meeting, shortened; its first sentence written for the test): "He" is neither of
    # "Michael Flynn and short-lived campaign manager Paul Manafort", named together with a title between
    q = _quotes("Their argument is based on a line in the Constitution known as the “take care clause,” which "
                "obligates the president to “take care that the laws be faithfully executed.”",
                "Recent legislation requires the Federal Aviation Administration to “develop a comprehensive plan to "
                "safely accelerate the integration of civil unmanned aircraft systems into the national airspace.”",
                "Donald Trump Jr. met a Russian lawyer. Former national security adviser Michael Flynn and short-lived "
                "campaign manager Paul Manafort were shown the door over far less scandal.\n\nHe called Donald Trump "
                "Jr. a “high quality person” who did nothing wrong, or even unwise.")
    said = dict(zip(q["quote"].str[:12], q["speaker"], strict=True))
    assert said["take care th"] != "the president"
    assert said["develop a co"] == "Recent legislation"
    assert said["high quality"] not in ("Michael Flynn", "Paul Manafort")


def test_an_aside_with_a_time_a_question_about_a_phrase_and_a_reports_that_clause():
    # Politico (the economy, 2014): "Exports fell in September, the government said this week, widening the trade
    # deficit" is the government's statement around its attribution (the row was "this week, widening the trade
    # deficit"); Townhall (Flynn's unmasking): "What “meeting with [Susan] Rice” is he referring to?" quotes a
    # phrase to ask about it, no one's statement; Washington Post (the border fence): "Trump tweeted Sunday in
    # response to a ProPublica-Texas Tribune report that the riverbank has started to erode" is what the report
    # says, not Trump's tweet. The last sentence was written for the test: "said ... in a report that" is his.
    q = _quotes("Still, faltering global growth could create trouble for the U.S. economy in the months ahead. "
                "Exports fell in September, the government said this week, widening the trade deficit.",
                "What \"meeting with [Susan] Rice\" is he referring to? Click through and find out.",
                "Trump tweeted Sunday in response to a ProPublica-Texas Tribune report that the riverbank has started "
                "to erode. A federal judge on Wednesday ordered attorneys to set a schedule.",
                "The Pentagon said Monday in a report that the riverbank has started to erode.")
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "the government", "Exports fell in September, the government said this week, widening the trade "
                                 "deficit"],
        ["d3", "The Pentagon", "the riverbank has started to erode"]]


def test_said_nothing_about_a_relative_who_is_and_a_tweet_quoted_in_a_tweet():
    # Christian Science Monitor (voters in Kern County): "few besides Gibbons said anything about responding with
    # violence" and New York Times (the filibuster): "it says nothing about the ability of a Senate minority" report
    # no words; CNN (Biden on voting rights): "Biden, who's traveling to Selma, Alabama, this Sunday ..., said" is
    # Biden's (it was Alabama's); The Daily Caller (Trump's tweets on Syria): “@BigSexyBDAvis: @realDonaldTrump ...?”
    # opens a tweet of @BigSexyBDAvis that Trump quoted (the first paragraph was written for the test)
    q = _quotes("Yet few besides Gibbons said anything about responding with violence. But the Constitution gives "
                "presidents the right to name judges, and it says nothing about the ability of a Senate minority to "
                "stop them.",
                "Biden, who's traveling to Selma, Alabama, this Sunday to take part in the Bridge Crossing Jubilee, "
                "said the most important effort in coming years will be \"making sure the franchise is expanded and "
                "not restricted.\"",
                "Trump tweets on Syria\n\nDonald Trump has tweeted about Syria for years.\n\n“@BigSexyBDAvis: "
                "@realDonaldTrump mr trump would attack Syria or no?” No, lets make our country great again as they "
                "fight their war! — Donald J. Trump (@realDonaldTrump) September 4, 2013")
    assert q[["doc_id", "speaker", "quote"]].apply(tuple, axis=1).str[:2].tolist() == [
        ("d1", "Biden"), ("d1", "Biden"), ("d2", "@BigSexyBDAvis")]


def test_it_after_a_report_a_purpose_an_aside_with_told_and_a_reports_claim():
    # NPR (the House panel on Benghazi): "so that its members could discuss ..." is a purpose, no one's words, and
    # "It notes that ..." goes on from "The report", the subject before it (it was the House panel's); The Guardian
    # (Schiff): "..., Schiff told Lawfare, especially given ..." is his statement around the aside (the row was
    # "Lawfare, especially given ..."); Guest Writer - Right (Samantha Bee): "Vulture.com wrote up her concluding
    # segment: “...”" reports no words of its own before the quotation; CBN (Trump and the press): "has responded
    # to news reports that Russia obtained ..." is what the reports say
    q = _quotes("The report also cites a \"flawed\" process that was used to create talking points that the House "
                "panel had asked for so that its members could discuss the attacks publicly. It notes that the same "
                "talking points were used in Rice's public statements.",
                "But the role of Congress is fundamentally different from the special counsel’s job, Schiff told "
                "Lawfare, especially given concerns that a report issued by Mueller might in some way be suppressed.",
                "Bee showed how Democrats can’t get over Hillary Clinton losing. Vulture.com wrote up her concluding "
                "segment: “Samantha Bee closed out her “Not the White House Correspondents’ Dinner” with a bang at the "
                "DAR Constitution Hall on Saturday.”",
                "President-elect Donald Trump has responded to news reports that Russia obtained compromising personal "
                "and financial information about him.")
    assert q[["doc_id", "speaker", "verb"]].values.tolist() == [["d0", "The report", "notes"], ["d1", "Schiff", "told"]]
    assert q["quote"].str[:20].tolist() == ["the same talking poi", "But the role of Cong"]


def test_statements_before_a_colon_after_told_news_and_a_relative_after_the_speaker_are_kept():
    # guards for the rules above, read off the AllSides sample: NPR (Sanford): "a Republican woman who says she can't
    # back Sanford: "..."" states something before the colon; Fox News: "suggested to Fox News that" names an outlet,
    # not the news; New York Times: "continued to claim that" is the verb; The Guardian: "..., said Sandick, who was
    # one of ..." is Sandick's aside
    q = _quotes("That episode is fodder for a barrage of TV ads, including one featuring a Republican woman who says "
                "she can't back Sanford: \"I was mortified, angry, embarrassed, betrayed.\"",
                "Republicans, who have a 53-47 majority in the chamber, have suggested to Fox News that they would "
                "amend any witness resolution that subpoenas Bolton.",
                "Even after winning the election, Mr. Trump continued to claim that Mrs. Clinton had somehow robbed "
                "Mr. Sanders of victory.",
                "Mueller’s relatively mild presentation was a refreshing change from the typically overheated quality "
                "of the national discourse, said Sandick, who was one of more than 1,000 former federal prosecutors.")
    indirect = q[q["kind"] == "indirect"]
    assert indirect[["doc_id", "quote"]].apply(lambda r: (r["doc_id"], r["quote"][:14]), axis=1).tolist() == [
        ("d0", "she can't back"), ("d1", "they would ame"), ("d2", "Mrs. Clinton h"), ("d3", "Mueller’s rela")]


def test_the_subject_that_urges_or_instructs_others_to_do_what_a_quotation_says():
    # USA TODAY (the G-20 in Hamburg): "Flyers from the organizers instructed people to “be noisy, angry and
    # combative.”" had no speaker; The Hill (the Iran deal; its first sentence written for the test): "He also
    # encouraged Trump to “abrogate ...”" was Trump's; CNN (Syria strikes, a story highlight): "U.N. chief urges
    # countries to “...”" was "U.N."
    q = _quotes("The summit, titled \"Welcome To Hell,\" was the first serious test for the police. Flyers from the "
                "organizers instructed people to \"be noisy, angry and combative.\" The police knew that this would be "
                "the first gathering.",
                "Trump named John Bolton his national security adviser. Bolton penned an op-ed while the deal was "
                "being negotiated. He also encouraged Trump to “abrogate the Iran nuclear deal in his first days in "
                "office” last year.",
                "Kerry says Syria intelligence has been \"scrubbed and re-scrubbed\"\n\nU.N. chief urges countries to "
                "\"avoid further militarization of the conflict\" in Syria\n\nThe Senate will take up the bill.")
    said = q[q["kind"] == "direct"].set_index("doc_id")
    assert said.loc["d0", "speaker"] == "Flyers from the organizers"
    assert said.loc["d1", ["speaker", "actor"]].tolist() == ["Bolton", "John Bolton"]
    assert said.loc["d2", "speaker"].tolist() == ["Kerry", "U.N. chief"]


def test_commented_said_of_x_a_statement_from_x_and_a_group_named_x_for_y():
    # Vox (donations for the Amazon fires): "“...,” one person commented on their $15 donation" had no speaker;
    # USA TODAY (Mexico's election): "said of the election winner, “...”" was also an indirect row "of the
    # election winner, “I look ..." (the quotation is read as one); USA TODAY (a yearbook photo): "Full statement
    # from EVMS President Richard V. Homan:" introduces the quotation below it (its first line written for the
    # test); Townhall (ISIS takes an air base): "the Syrian Observatory for Human Rights reported" was "Observatory"
    q = _quotes("Still, some people are moved to donate money.\n\n“I donated because I hope people running this go "
                "fund me [sic] can do what I cannot do alone,” one person commented on their $15 donation to "
                "Conservation International.",
                "President Donald Trump tweeted congratulations and said of the election winner, \"I look very much "
                "forward to working with him.\"",
                "The school apologized on Friday.\n\nFull statement from EVMS President Richard V. Homan:\n\n"
                "\"We share the outrage, alarm and sadness voiced by our alumni regarding the picture.\"",
                "The warplanes had already been taken to other locations before ISIS took control, the Syrian "
                "Observatory for Human Rights reported. It said ISIS fighters were seen carrying the heads of Syrian "
                "regime soldiers.")
    assert q[["doc_id", "kind", "speaker", "actor"]].values.tolist() == [
        ["d0", "direct", "one person", ""],
        ["d1", "direct", "Donald Trump", "Donald Trump"],
        ["d2", "direct", "Richard V. Homan", "Richard V. Homan"],
        ["d3", "indirect", "the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"],
        ["d3", "indirect", "the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"]]


def test_and_said_after_a_clause_about_someone_else_is_the_subjects():
    # Washington Times (the George Floyd protests, a practice corpus): "Rep. Joe Kennedy III, Massachusetts
    # Democrat, tweeted a photo of Mr. Trump holding a Bible in front of the church and commented, “...”" was
    # Trump's once "commented" was read as a verb of saying (it was Kennedy's before, by the sentence's first
    # person); "tweeted a photo of" reports no words. The Washington Post (Tara Reade, AllSides sample): "when
    # Reade contacted her and remarked that “...”" stays Reade's (a guard: the clause is the subordinate one)
    q = _quotes("Rep. Joe Kennedy III, Massachusetts Democrat, tweeted a photo of Mr. Trump holding a Bible in front "
                "of the church and commented, “This egotistical, racist President must go.”",
                "LaCasse said the allegations came on her radar again only recently, when Reade contacted her and "
                "remarked that “this Joe Biden thing is coming up again.”")
    assert q[["doc_id", "kind", "speaker"]].values.tolist() == [["d0", "direct", "Joe Kennedy III"],
                                                               ["d1", "indirect", "LaCasse"],
                                                               ["d1", "direct", "Reade"]]


def test_words_just_quoted_and_taken_up_again_are_the_speakers():
    # Christian Science Monitor (Syria's "red line"): "“A whole bunch of chemical weapons” and “change my calculations
    # significantly” are phrases designed for maximum flexibility" takes up Obama's words quoted in the paragraph
    # before (they had no speaker); NPR (Obama's immigration order): "The “variety of options” McConnell mentioned"
    # (shortened). Guard, National Review (written for the test after its article on the slogan): a phrase the text
    # quotes three times or more is a term it discusses, no one's words
    q = _quotes("President Barack Obama said last year: “We have been very clear to the Assad regime that a red "
                "line for us is we start seeing a whole bunch of chemical weapons being moved around or utilized. That "
                "would change my calculations significantly.”\n\n“A whole bunch of chemical weapons” and “change my "
                "calculations significantly” are phrases designed for maximum flexibility.",
                "\"We're considering a variety of options,\" said Mitch McConnell, soon to be the majority leader.\n\n"
                "But what will they do?\n\nThe \"variety of options\" McConnell mentioned was left unspecified.",
                "“It means defund the police,” said Christy Lopez, a law professor.\n\nOn the street, “defund the "
                "police” was painted in yellow. A sign read “Defund the police” too.")
    said = q.groupby("doc_id")["speaker"].apply(list)
    assert said["d0"] == ["Barack Obama"] * 3
    assert said["d1"] == ["Mitch McConnell", "Mitch McConnell"]
    assert said["d2"] == ["Christy Lopez", "A sign"]       # (“defund the police” painted on the street: a phrase
    #                                                         quoted with no one said to say it, no statement)


def test_a_period_for_a_comma_before_name_said_a_show_after_on_cbs_and_a_question_heading():
    # Fox News (Buttigieg after El Paso): "“We need to acknowledge that this is a problem.” Buttigieg said, claiming
    # ..." had no speaker (the attribution after the period read as the next sentence's); Newsmax (Pompeo on North
    # Korea): "he said on CBS “Face the Nation.”" made the show a statement; BBC News (Macron on Syria): the heading
    # "Did Macron offer evidence?" made "Did Macron" a person, the speaker of "he said: “...”". Guards: Townhall ("one
    # insider writes, “...” Another says, “...”": the first is the insider's) and Salon ("posted on Instagram.
    # “WE ARE IN A SERIOUS WAR,” the title reads": kept as a statement, not dropped as a show, and the title's)
    q = _quotes("“We need to acknowledge that this is a problem.” Buttigieg said, claiming that white nationalism has "
                "been “condoned at the highest levels” in Washington.",
                "“They are in great need of agricultural equipment and technology,” he said on CBS “Face the Nation.”",
                "Emmanuel Macron said France would act.\n\nDid Macron offer evidence?\n\nHe did not give the source "
                "of his information but said: \"We have proof that last week chemical weapons were used.\"",
                "In exclusive communications obtained by CNN, one insider writes, \"You don't jeopardize yourself, you "
                "jeopardize your family as well.\" Another says, \"You have no idea the amount of pressure.\"",
                "But perhaps the saddest grasping comes from this ad that Trump posted on Instagram. \"WE ARE IN A "
                "SERIOUS WAR,\" the title reads, before running a reel of coverage.")
    direct = q[q["kind"] == "direct"]
    assert direct[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Buttigieg"], ["d0", "Buttigieg"], ["d1", "he"], ["d2", "Macron"], ["d3", "one insider"],
        ["d3", "Another"], ["d4", "the title"]]
    assert direct.loc[direct["doc_id"] == "d2", "actor"].tolist() == ["Emmanuel Macron"]


def test_a_clause_that_introduces_a_quotation_after_a_quoted_term_with_no_speaker():
    # Salon (the GOP as "the White Man's Party"): after a quoted term with no speaker in the paragraph ("“law and
    # order” had become ..."), "in 1965 FBI Director J. Edgar Hoover denounced ...: “...”" went on with the term's
    # empty speaker; Christian Science Monitor (Stacey Abrams in Georgia): "As supporters wore T-shirts with slogans
    # like “Eat Grits, Be Happy,” Ms. Pressley warmed up the rally, exhorting them to ... vote: “...”" likewise.
    # Guard, written for the test: a second quotation in the sentence of a named speaker goes on with that speaker
    q = _quotes("By the mid-1960s, “law and order” had become a surrogate expression for concern about the civil "
                "rights movement. Illustrating this rhetoric’s increasingly national reach, in 1965 FBI Director "
                "J. Edgar Hoover denounced the advocacy of nonviolent civil disobedience by civil rights leaders as "
                "a catalyst for lawbreaking and even violent rioting: “‘Civil disobedience,’ a seditious slogan of "
                "gross irresponsibility, has captured the imagination of citizens.”",
                "As supporters wore T-shirts with slogans like “Eat Grits, Be Happy,” Ms. Pressley warmed up the "
                "rally, exhorting them to urge their friends and family to vote: “If I’m speaking to the choir, well, "
                "I need you to sing!”",
                "“We will win this state,” Ms. Pressley said, and then: “I need you to sing, all of you!”")
    said = q[q["quote"].str.split().str.len() > 4]
    assert said[["doc_id", "speaker"]].values.tolist() == [["d0", "J. Edgar Hoover"], ["d1", "Pressley"],
                                                          ["d2", "Pressley"], ["d2", "Pressley"]]


def test_a_pronoun_after_a_glued_sentence_break():
    # Newsmax (the immigration court backlog), its paragraphs glued: "... Judge Dana Leigh Marks told the Times."It
    # means ...," she said." gave "she" to Jonathan Ryan, quoted two paragraphs before (the glued break was no
    # sentence end, so Marks stood in the pronoun's own sentence); "...conflict.Yet CNN reported" made "Yet CNN"
    q = _quotes("\"We see people every day,\" said Jonathan Ryan, a lawyer.\n\nAnother contributor to the backlog is a "
                "low number of immigration judges.\"The pace of these cases continues to be relentless,” San Francisco "
                "immigration Judge Dana Leigh Marks told the Times.\"It means that my pending caseload just gets "
                "pushed to the back,\" she said. \"People lose track of witnesses.\"Currently serving as president of "
                "the National Association of Immigration Judges, Marks expects a \"tsunami\" of retirements.",
                "There are no signs that the North is preparing for a full-scale conflict.Yet CNN reported early "
                "Thursday that a U.S. official says that the regime may be readying a missile launch.")
    assert q[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "Jonathan Ryan", "Jonathan Ryan"], ["d0", "Dana Leigh Marks", "Dana Leigh Marks"],
        ["d0", "Dana Leigh Marks", "Dana Leigh Marks"], ["d0", "Dana Leigh Marks", "Dana Leigh Marks"],
        ["d1", "CNN", "CNN"], ["d1", "a U.S. official", ""]]           # (the official's words inside CNN's report)


def test_a_quotation_glued_to_the_one_before_it():
    # Newsmax (the Iran deal, Wendy Sherman), its paragraphs glued: "... expire after 10-15 years.""I said it ensures
    # it ...," said Sherman, noting that ..., "all of the uranium development will be watched ..."" lost Sherman's
    # first quotation (a straight mark right after a closing one opened none) and gave her second to Richard Haass,
    # whose sentence ran on to it. The two marks close one quotation and open the next, and a sentence ends between
    q = _quotes("Richard Haass, the president of the Council on Foreign Relations, told Sherman he does not understand "
                "her use of the word \"never,\" as \"you know as well as anyone the limits on centrifuges and enriched "
                "uranium expire after 10-15 years.\"\"I said it ensures it because if Iran doesn't comply and starts "
                "to cheat off the deal then we have all our options at our disposal,\" said Sherman, noting that even "
                "though the number of centrifuges can be made after that period of time, \"all of the uranium "
                "development will be watched from the time it comes out of the ground.\"And Iran has been signed up.")
    direct = q[q["kind"] == "direct"]
    assert [(r.quote[:12], r.speaker) for r in direct.itertuples()] == [
        ("you know as ", "Richard Haass"), ("I said it en", "Sherman"), ("all of the u", "Sherman")]


def test_a_speaker_and_a_past_tense_verb_before_a_glued_sentence_break():
    # Newsmax (Ted Cruz and Ellen Page), its paragraphs glued: "“You’re discriminating against LGBT people…” Page
    # pressed.Cruz argues ..." gave Page's question to Cruz, who answered the one before (the verb "pressed" was read
    # only before a blank or the text's end)
    q = _quotes("Page was on location when she asked the candidate, \"what about LGBT people being fired for being "
                "gay-trans?\"\"Well, what we’re seeing right now, we’re seeing Bible-believing Christians being "
                "persecuted for living according to their faith,\" Cruz answered.\"You’re discriminating against LGBT "
                "people… Would you use that argument in segregation?\" Page pressed.Cruz argues Christian business "
                "owners are being asked to violate their beliefs.")
    assert [(r.quote[:12], r.speaker) for r in q[q["kind"] == "direct"].itertuples()] == [
        ("what about L", "she"), ("Well, what w", "Cruz"), ("You’re discr", "Page")]


def test_a_speaker_on_a_programme_named_in_quotation_marks():
    # Newsmax (Sen. Ron Johnson on Iraq): "President Barack Obama's “bugging out of Iraq, ...,” was an “incredibly
    # stupid and historic blunder” that led to ISIS' campaign of terror, Republican Sen. Ron Johnson said on Newsmax
    # TV's “America's Forum.”" gave Johnson's words to Obama: the programme's quoted name hid the speaker at the end
    q = _quotes("President Barack Obama's “bugging out of Iraq, not leaving a stabilizing force behind,” was an "
                "“incredibly stupid and historic blunder” that led to ISIS' campaign of terror, Republican Sen. Ron "
                "Johnson said on Newsmax TV's “America's Forum.”")
    assert q[["quote", "speaker"]].values.tolist() == [
        ["bugging out of Iraq, not leaving a stabilizing force behind,", "Ron Johnson"],
        ["incredibly stupid and historic blunder", "Ron Johnson"]]


def test_the_outlet_refers_back_to_the_outlet_named_as_a_source():
    # Reuters (Mueller’s questions), the Guardian (the Houston Chronicle on a chemical plant), Fox News (the Post on the
    # Women's March): "the newspaper", "the paper" stood for no one when the outlet was named as a source ("..., the
    # New York Times reported on Monday.", "According to the Houston Chronicle,", "according to the Post.") rather
    # than as its sentence's subject (sample 6176: "according to The State. ¶ The outlet reported that"). Guard,
    # Christian Science Monitor (CNN and Kellyanne Conway): "what the network told the New York Times’s Jim Rutenberg"
    # is CNN’s, named further back, not the Times’ (the listener comes after the description)
    q = _quotes("Mueller’s investigators read the questions to Trump’s lawyers who compiled them into a list, the "
                "New York Times reported on Monday. The newspaper said the list included questions about his tweets.",
                "According to the Houston Chronicle, the facility lost power from its primary supply late Monday "
                "night. While the company moved highly volatile organic peroxides into back-up containers, the "
                "chemicals could cause explosions or fires, the paper reported.",
                "Protesters carried signs that were playful and pointed, including “Wonder Woman in a pink pussy "
                "hat,” according to the Post.\n\nA small group of counter-protesters marched toward the hotel with "
                "signs, the paper reported.",
                "Conway cited a terrorist attack in Bowling Green that never happened. The decision also was the "
                "result of what the network told the New York Times’s Jim Rutenberg: that it had concerns about her "
                "credibility.")
    described = q[q["speaker"].str.fullmatch(r"[Tt]he (?:newspaper|paper|network)")]
    assert described[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "The newspaper", "New York Times"], ["d1", "the paper", "Houston Chronicle"],
        ["d2", "the paper", "Post"], ["d3", "the network", ""]]


def test_words_named_as_a_mantra_someone_used_are_theirs():
    # NPR (Democrats' civility debate, sample 6177): "Republicans argue top Democrats have only been fueling that
    # characterization, signaling lately that they won't abide by the mantra that former first lady Michelle Obama
    # famously used in the 2016 campaign — “when they go low, we go high.”" gave the mantra to the Republicans, whose
    # reported statement holds it
    q = _quotes("Republicans argue top Democrats have only been fueling that characterization, signaling lately that "
                "they won't abide by the mantra that former first lady Michelle Obama famously used in the 2016 "
                "campaign — \"when they go low, we go high.\"")
    direct = q[q["kind"] == "direct"]
    assert direct[["speaker", "actor", "verb"]].values.tolist() == [["Michelle Obama", "Michelle Obama", "used"]]


def test_a_name_listed_before_a_quotation_is_not_its_speaker():
    # George Will (media skepticism, sample 6177): "from Watergate and the Pentagon Papers, through Iraq’s missing
    # weapons of mass destruction and “if you like your health care plan you can keep it,” a default position of
    # skepticism is defensible" gave the words to the Pentagon Papers, the last name of the sentence. Guards, CNN (the
    # Cleveland police) and FiveThirtyEight's analysis cited by Vox: "the city and Justice Department have signed an
    # agreement “...”" and "analysis from Meredith Conroy, Mai Nguyen, and Nathaniel Rakich finds that ... “...”"
    # keep the names that go on to a verb
    q = _quotes("Considering the preceding 50 years, from Watergate and the Pentagon Papers, through Iraq’s missing "
                "weapons of mass destruction and “if you like your health care plan you can keep it,” a default "
                "position of skepticism is defensible.",
                "As a result of the findings, the city and Justice Department have signed an agreement “to develop a "
                "court-enforceable consent decree that will include a requirement for an independent monitor.”",
                "Indeed, statistical analysis from Meredith Conroy, Mai Nguyen, and Nathaniel Rakich finds that so "
                "far this cycle, “all else being equal, being a woman has been worth an additional 10 percentage "
                "points over being a man in the open Democratic primaries we looked at.”")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", ""], ["d1", "Justice Department"], ["d2", "Nathaniel Rakich"]]


def test_a_document_speaking_is_given_to_whoever_issued_it():
    # Fox News (the NSA and Google, sample 6177): "The NSA also released a statement saying ... . ¶ “...,” the
    # statement reads." left the statement with no actor; so did "according to a statement released by U.S. Forces
    # Korea" (Fox News) and "A Democrat-led Senate panel released a scathing report Tuesday" (Fox News). Guards: NBC
    # (Abbott's tests) "Abbott told NBC News in a statement" is not NBC's statement, and the Washington Post's "The
    # study published in CJR, on the other hand, observed" is another study than the one named before it
    q = _quotes("The NSA also released a statement saying the agency only uses attorney general-approved processes in "
                "data collection.\n\n\"NSA has multiple authorities that it uses to accomplish its mission, which is "
                "centered on defending the nation,\" the statement reads.",
                "The two B-2 Spirit bombers flew to South Korea, according to a statement released by U.S. Forces "
                "Korea.\n\n\"The United States is steadfast in its alliance commitment to the defense of the Republic "
                "of Korea,\" the statement said.",
                "A Democrat-led Senate panel released a scathing report Tuesday on CIA interrogation practices. The "
                "report said the agency misled the public.",
                "Abbott told NBC News in a statement that to date, the company has delivered more than 2 million "
                "tests.\n\n\"Our customers are telling us that they’re seeing positivity rates at or above local "
                "community testing,\" the statement said.",
                "A study by Andrew Guess found fact-checks rarely reach fake news readers. The study published in CJR, "
                "on the other hand, observed that audiences hardly overlapped.",
                # CNN (Boko Haram, sample 6181): "In its report, the Homeland Security Committee called for ... . Such
                # a move “...,” the report said."
                "In its report, the Homeland Security Committee called for an investigation.\n\nSuch a move \"may be "
                "required to provide our intelligence and law enforcement communities the tools necessary,\" the "
                "report said.")
    documents = q[q["speaker"].str.fullmatch(r"[Tt]he (?:statement|report|study)")]
    assert documents[["doc_id", "actor"]].values.tolist() == [
        ["d0", "NSA"], ["d1", "Forces Korea"], ["d2", "Senate"], ["d3", ""], ["d4", ""],
        ["d5", "Homeland Security Committee"]]


def test_a_word_quoted_in_the_sentence_before_does_not_hide_its_speaker():
    # ABC News (the war on ISIS, sample 6178): "“No,” the U.S. is not at war with ISIS, Secretary of State John Kerry
    # told ABC News Thursday in Saudi Arabia. “We're engaged in a counter-terrorism operation ...”" left the second
    # quotation with no speaker: the sentence before it was read for its speaker only when it quoted nothing, and
    # its one quoted word is no statement. Bloomberg (China's tariffs): "China is trying to seek an “equal” position
    # ..., said Gai Xinzhe, analyst at ... . “Any talks in the future ...”" is the analyst's
    q = _quotes("\"No,\" the U.S. is not at war with ISIS, Secretary of State John Kerry told ABC News Thursday in "
                "Saudi Arabia. \"We're engaged in a counter-terrorism operation of a significant order. And "
                "counter-terrorism operations can take a long time.\"",
                "China is trying to seek an “equal” position in future talks with the U.S., said Gai Xinzhe, analyst "
                "at the Bank of China’s Institute of International Finance in Beijing. “Any talks in the future, "
                "should they happen, should be conducted on an equal and faithful basis.”")
    direct = q[q["kind"] == "direct"]
    assert direct[["doc_id", "speaker"]].values.tolist() == [["d0", "John Kerry"], ["d1", "Gai Xinzhe"]]


def test_a_speaker_before_a_party_tag_and_a_set_aside_card():
    # The Hill (primary challenges, sample 6178): "“Look, I took on Pelosi. ...,” said Rep. Tim Ryan Timothy (Tim)
    # RyanTim Ryan endorses Biden for president ... MORE (D-Ohio), who challenged ..." gave the words to "Rep": the
    # site's pop-up card is set aside as blanks, and the name, followed by blanks and a party tag, was cut at "Rep."
    q = _quotes("“Look, I took on Pelosi. I’m all for having fights and doing what needs to be done,” said Rep. Tim "
                "Ryan Timothy (Tim) RyanTim Ryan endorses Biden for president Strategists say Warren plan could "
                "appeal to centrists MORE (D-Ohio), who challenged House Minority Leader Nancy Pelosi.",
                "“I think it is time to move on,” said Sen. Chris Murphy (D-Conn.), who sits on the committee.")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d0", "Tim Ryan"], ["d1", "Chris Murphy"]]


def test_a_quote_from_someone_is_theirs_whoever_offers_it():
    # National Review (sample 6179): "... my colleague Kevin Williamson, who skeptically examines ..., and offers a
    # spectacular quote from professor Ronald Purser: “It’s the new capitalist, secular religion. ...”" gave Purser's
    # words to Williamson; Reason: "But Khan launches her 96-page essay with this quote from The New York Times:
    # “...”" gave the Times' words to Lina Khan
    q = _quotes("Don’t miss this brilliant essay from my colleague Kevin Williamson, who skeptically examines "
                "corporate America’s embrace of the “mindfulness” philosophy, and offers a spectacular quote from "
                "professor Ronald Purser: “It’s the new capitalist, secular religion. But calling something "
                "‘secular’ doesn’t make it secular.”",
                "But Khan launches her 96-page essay with this quote from The New York Times: \"Even as Amazon became "
                "one of the largest retailers in the country, it never seemed interested in charging enough to make a "
                "profit.\"")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d0", "Ronald Purser"], ["d1", "The New York Times"]]


def test_saying_something_that_is_no_statement():
    # National Review (a talk-show host's apology, sample 6179): "one of my guests said something that made me laugh"
    # was a statement, "made me laugh"; Fox News: "Clinton said something very different privately". Guards,
    # Scientific American and Politico: "Joughin ... said that nothing can stop the collapse of the ice sheet" and
    # "Michael McKenna ... said anything short of withdrawal would leave the U.S. open to legal challenges" are
    q = _quotes("During an interview on Saturday night, one of my guests said something that made me laugh. However, "
                "Clinton said something very different privately.",
                "Ian Joughin, leader of the other research team, said that nothing can stop the collapse of the ice "
                "sheet. Michael McKenna, a Republican energy strategist, said anything short of withdrawal would "
                "leave the U.S. open to legal challenges.")
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d1", "Ian Joughin", "nothing can stop the collapse of the ice sheet"],
        ["d1", "Michael McKenna", "anything short of withdrawal would leave the U.S. open to legal challenges"]]


def test_an_adverb_before_the_verb_is_no_speaker_and_a_modal_opens_the_words():
    # CNN (mask orders in Texas, sample 6179): "Clay Jenkins, the county judge -- in effect, the county supervisor --
    # in Texas' Dallas County, likewise said statewide action would provide more assurance that all of his
    # neighboring counties ... follow the same approach." had the speaker "likewise" and the words "all of his
    # neighboring counties ...", as if "statewide action would provide more assurance" were whom he told. CNN (the
    # coalition against ISIS): "Mike Rogers, ..., said the President should have been building that coalition for
    # the past year" had the words "coalition for the past year"
    q = _quotes("Clay Jenkins, the county judge -- in effect, the county supervisor -- in Texas' Dallas County, "
                "likewise said statewide action would provide more assurance that all of his neighboring counties in "
                "North Texas follow the same approach.",
                "Mike Rogers, the Republican head of the House Intelligence Committee, said the President should have "
                "been building that coalition for the past year.")
    assert q[["speaker", "quote"]].values.tolist() == [
        ["Clay Jenkins", "statewide action would provide more assurance that all of his neighboring counties in North "
                         "Texas follow the same approach"],
        ["Mike Rogers", "the President should have been building that coalition for the past year"]]


def test_a_subject_before_a_verb_of_stance_and_a_participle_of_saying():
    # The Flip Side (the minimum wage, sample 6181): "The left supports raising the minimum wage, arguing that it is
    # unlikely to cause major job losses" had the speaker "The left supports"; the Washington Post: "Many privacy
    # advocates support requiring Congress to codify any changes to Section 215, arguing that ..." ("... support");
    # the Hill: "The GOP opposes any increase in tax rates ..., saying the nation needs to reduce the cost of
    # government" had none
    q = _quotes("The left supports raising the minimum wage, arguing that it is unlikely to cause major job losses.",
                "Many privacy advocates support requiring Congress to codify any changes to Section 215, arguing that "
                "legislation is the only way to ensure they last.",
                "The GOP opposes any increase in tax rates or other steps to bring in more tax revenue, saying the "
                "nation needs to reduce the cost of government.")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "The left"], ["d1", "Many privacy advocates"], ["d2", "The GOP"]]


def test_a_paragraph_ending_from_a_name_and_where_it_wrote_introduces_the_quotation():
    # Fox News Opinion (the Democrats' women candidates, sample 6182): "Here’s a different view of the former Harvard
    # law professor from Megan Garber in the Atlantic: ¶ “Warren had something about her, ...”" gave Garber's words to
    # Warren, of whom they speak
    q = _quotes("Here’s a different view of the former Harvard law professor from Megan Garber in the Atlantic:\n\n"
                "“Warren had something about her, apparently: something that galled the pundits and the public in a "
                "way that led to assessments of her not just as ‘strident’ and ‘shrill,’ but also as ‘condescending.’”")
    assert q["speaker"].tolist() == ["Megan Garber"]


def test_the_subject_after_it_appears_that_is_the_center_a_pronoun_continues():
    # CNN (Jimmy Carter's interview, sample 6182): "It appears that Carter defended Trump a few times during the
    # interview. ¶ “At the Carter Center,” he told the Times, “...”" gave "he" to Trump: Carter, after "that", was read
    # as the subject of a reported clause ("said Sessions could serve"), which no one reports here
    q = _quotes("Former President Jimmy Carter criticized several of President Barack Obama's actions on foreign "
                "policy, and praised President Donald Trump.\n\nIt appears that Carter defended Trump a few times "
                "during the interview.\n\n\"At the "
                "Carter Center,\" he told the Times, \"we deal with Putin and the Russians quite frequently concerning "
                "Syria.\"")
    assert q["actor"].tolist() == ["Jimmy Carter", "Jimmy Carter"]


def test_a_clause_put_first_may_hold_an_appositive_before_the_main_clause():
    # National Review (Bill Kristol, sample 6182): "When Michael Anton, a writer whose articles often appeared in The
    # Weekly Standard, went to work for the Trump administration, Kristol reduced Anton to the status of an infamous
    # Nazi lawyer: “...”" gave Kristol's words to Anton: the clause put first was read only to its first comma. Fox
    # News: "Asked by CBS News' Catherine Herridge how history would judge ..., Barr initially responded, laughing:
    # “...”" is Barr's. Guard, Newsmax: "In his chilling assessment for Friday, the Florida Republican, a member of
    # the Senate’s Foreign Relations and Select Intelligence Committees, says President Barack Obama was right ...
    # “...,” he wrote." stays Rubio's (two appositives, no clause)
    q = _quotes("Bill Kristol hammers the comparisons. When Michael Anton, a writer whose articles often appeared "
                "in The Weekly Standard, went to work for the Trump administration, Kristol reduced Anton to the "
                "status of an infamous Nazi lawyer: “Carl Schmitt to Mike Anton: First time tragedy, second time "
                "farce.”",
                "Attorney General Bill Barr spoke to CBS News. Asked by CBS News' Catherine Herridge how history "
                "would judge the decision, Barr initially responded, laughing: \"Well, history is written by the "
                "winners, so it largely depends on who's writing the history.\"",
                "Sen. Marco Rubio spoke on Friday. In his chilling assessment for Friday, the Florida Republican, a "
                "member of the Senate’s Foreign Relations and Select Intelligence Committees, says President Barack "
                "Obama was right to use military force. \"But this should not be our only goal,\" he wrote.")
    direct = q[q["kind"] == "direct"]
    assert direct[["doc_id", "actor"]].values.tolist() == [
        ["d0", "Bill Kristol"], ["d1", "Bill Barr"], ["d2", "Marco Rubio"]]


def test_words_a_subject_labels_something_as_are_the_subjects():
    # New York Magazine (Sarah Jeong, held-out sample 6186): "The editors of the Verge, where Jeong still works,
    # described any assertion of racism in Jeong’s tweets as “dishonest and outrageous,”" gave the editors' words to
    # Jeong; CNN: "Biden was introduced by Rep. John Lewis, who described the vice president as “my friend, my
    # brother, our leader”" gave Lewis's to Biden. Guards, CNN and the Washington Times: "Her son, former President
    # George W. Bush, described her as a “fabulous First Lady.”" is Bush's; "Nancy Pelosi, who last week denounced
    # the gathering as a “white supremacist rally,”" is Pelosi's
    q = _quotes("Sarah Jeong joined the board. The editors of the Verge, where Jeong still works, described any "
                "assertion of racism in Jeong’s tweets as “dishonest and outrageous,” a function of bad faith.",
                "Speaking Wednesday, Vice President Joe Biden was introduced by Rep. John Lewis, who described the "
                "vice president as \"my friend, my brother, our leader\" on the stage.",
                "Barbara Bush died on Tuesday. Her son, former President George W. Bush, described her as a “fabulous "
                "First Lady.”",
                "House Minority Leader Nancy Pelosi, who last week denounced the Patriot Prayer gathering in San "
                "Francisco as a “white supremacist rally,” had no public comment.")
    assert q[["doc_id", "speaker", "verb"]].values.tolist() == [
        ["d0", "The editors of the Verge", "described"], ["d1", "John Lewis", "described"],
        ["d2", "George W. Bush", ""], ["d3", "Nancy Pelosi", ""]]


def test_who_noted_or_argued_the_sentence_before_goes_on_as_he():
    # Fox News (Trump's campaign and his children): "Kushner, a senior adviser to Trump, has made significant progress
    # on criminal justice reform, ..., Parscale noted. ¶ Ivanka, meanwhile, “has proven herself to be an accomplished
    # CEO,” in her role as adviser, he said." gave "he" to Kushner, the one Parscale spoke of; "X, Bennett added,
    # ..." and "..., Buchanan argues, because ..." (The Atlantic, held-out sample 6186) tell the same
    q = _quotes("Brad Parscale, Trump’s campaign manager, responded.\n\nJared Kushner, a senior adviser to Trump, has "
                "made significant progress on criminal justice reform, landing the 2028 Olympics in LA, Parscale "
                "noted.\n\nIvanka, meanwhile, “has proven herself to be an accomplished CEO and has made historic "
                "strides for women,” in her role as adviser, he said.")
    assert q.loc[q["kind"] == "direct", "actor"].tolist() == ["Brad Parscale"]


def test_an_embedded_tweet_saved_as_text_is_its_signers():
    # Townhall (Pelosi and the State of the Union, statement recall draw 114): tweets embedded in the page and saved as
    # text, with no quotation marks ("... https://t.co/PzIQ3kxapM — Steve Scalise (@SteveScalise) January 16, 2019"),
    # were no statements at all (about 400 on the 20 MB file); Bloomberg (a Senate vote): what a tweet reports
    # someone said is still read ("Lisa Murkowski just told me she'll vote with Democrats ... — Laura Litvan
    # (@LauraLitvan) July 18, 2017")
    q = _quotes("Republicans like Rep. Steve Scalise say Trump should forge ahead.\n\n#ShutdownNancy shut down the "
                "government, and now #SOTU. What are Democrats afraid of Americans hearing? https://t.co/PzIQ3kxapM — "
                "Steve Scalise (@SteveScalise) January 16, 2019\n\nActually, he answered the question for her.",
                "Three Republicans oppose it.\n\nLisa Murkowski just told me she'll vote with Democrats to block "
                "McConnell's repeal only health bill. That kills it — Laura Litvan (@LauraLitvan) July 18, 2017")
    assert q[["doc_id", "speaker", "verb", "kind"]].values.tolist() == [
        ["d0", "Steve Scalise", "say", "indirect"], ["d0", "Steve Scalise", "tweeted", "direct"],
        ["d1", "Laura Litvan", "tweeted", "direct"], ["d1", "Lisa Murkowski", "told", "indirect"]]
    assert q["quote"].iloc[1] == ("#ShutdownNancy shut down the government, and now #SOTU. What are Democrats afraid "
                                  "of Americans hearing?")


def test_words_named_as_a_persons_statement_that_are_that_persons():
    # Politico: Franken quotes what Sessions told National Review; the words are Sessions's
    q = _quotes("“It’s fair to expect sitting before us you’re not going to misrepresent your own record,” Franken "
                "said as he zeroed in on Sessions’ statement to National Review in 2009 that he “filed 20 or 30 "
                "civil-rights cases to desegregate schools when I was a United States attorney.” Sessions conceded "
                "that statement appeared to be an exaggeration.")
    assert q[q.quote.str.startswith("filed 20")]["speaker"].tolist() == ["Sessions"]
    assert q[q.quote.str.startswith("It’s fair")]["speaker"].tolist() == ["Franken"]
    # a plural that is a verb is no such noun: the campaign's words
    q = _quotes('Mandel also has a new ad, called "A Different Set of Rules," which claims Brown has been missing '
                'votes in the Senate.\n\nBrown\'s campaign calls that the "most ridiculous and misleading attack yet."')
    assert q["speaker"].tolist() == ["Brown's campaign"]


def test_says_little_about_is_no_statement():
    # Slate, on a HUD rule: what a shift "says little about" is no words it said
    q = _quotes("While the shift announced Monday says little about Carson’s plans for enforcing the Fair Housing Act, "
                "it does outline some specific criticisms of the 2015 rule. This has produced howls of outrage, but it "
                "says more about the people who are upset than Trump.")
    assert q.empty


def test_a_participle_after_an_aside_is_the_tellers():
    # CNN: "the Ohio Republican" (Boehner) insisted and declared; "Americans" said nothing
    q = _quotes('Speaker John Boehner spoke on Sunday, later adding that "when you look at Obamacare, what you see is '
                'a government-centered health care delivery system."\n\nAmericans don\'t want that, the Ohio '
                'Republican insisted, declaring they instead "want to be able to pick their own type of health '
                'insurance, they want to be able to pick their own doctor."')
    assert q[["speaker", "actor", "verb"]].values.tolist()[1] == ["the Ohio Republican", "John Boehner", "declaring"]
    # CNN, on the IRS: the report's words
    q = _quotes('The controversial move began in early 2010 and continued for more than 18 months, the report said, '
                'declaring that "the IRS used inappropriate criteria that identified for review Tea Party groups."')
    assert q[["speaker", "verb"]].values.tolist() == [["the report", "declaring"]]


def test_a_surname_is_not_the_firm_named_after_its_owner():
    # TheBlaze: "Kaepernick said" is Colin Kaepernick, not Kaepernick Publishing, named nearer the quotation's start
    q = _quotes("Former NFL player-turned-activist Colin Kaepernick has written a memoir.\n\nKapernick told USA Today "
                "Sports that he is set to launch his memoir through his newly formed company, Kaepernick Publishing."
                "\n\n\"I learned early on that in fighting against systematic oppression, dehumanization and "
                "colonization, who controls the narrative shapes the reality of how the world views society,\" "
                "Kaepernick said during a Tuesday interview with USA Today.")
    assert q[q.quote.str.startswith("I learned")]["actor"].tolist() == ["Colin Kaepernick"]
    # Reuters: Andy Lipow, head of Lipow Oil Associates
    q = _quotes("Oil prices aren't likely to rise enough to save U.S. shale producers, said Andy Lipow, head of oil "
                "consulting firm Lipow Oil Associates.\n\n“Even if oil prices rally $5 to $10 a barrel from this "
                "morning, it’s not enough to put most shale oil producers back in the black,” Lipow said.")
    assert q[q.quote.str.startswith("Even if")]["actor"].tolist() == ["Andy Lipow"]


def test_a_surname_before_source_or_friend_is_no_speaker():
    # TheBlaze: "A Kardashian source" speaks, not Kim Kardashian
    q = _quotes("Kim Kardashian is upset with Kanye West.\n\nA Kardashian source also reportedly told Entertainment "
                "Tonight that the family is concerned over how West's remarks may impact the couple's daughter.")
    assert q[["speaker", "actor"]].values.tolist() == [["A Kardashian source", ""]]


def test_a_person_before_ally_or_critic_and_a_name_is_no_speaker():
    # Fox News: Kathleen Parker's words, not Trump's, whom she criticises; Newsmax-style "former Biden aide X"
    q = _quotes("From the right, Trump critic Kathleen Parker goes off on “Donald Trump’s many campaign lies. What "
                "else can one call the promises that he now treats as alien concepts?” Though she admits she’s "
                "happier with his new positions.")
    assert q[q.quote.str.startswith("Donald")]["actor"].tolist() == ["Kathleen Parker"]
    q = _quotes('A widely quoted op-ed in USA Today by former Biden aide Elizabeth E. Alexander offered a spirited '
                'defense: "He was, is and always has been a champion for women and equality."')
    assert q["actor"].tolist() == ["Elizabeth E. Alexander"]


def test_what_a_subject_did_not_do_before_but_said_is_no_part_of_the_speaker():
    # CNN, on Michael Cohen's sentencing; The New York Times, on Comey's testimony: the subject before "did not ...
    # but said" speaks (the first had the whole phrase as its speaker, the second no statement at all)
    q = _quotes("The special counsel's office did not give a sentence recommendation but said Cohen had cooperated "
                "with its inquiries.", "Questioned by Senator Susan Collins, Mr. Comey did not identify the friend by "
                "name but said he is a professor at Columbia University.")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d0", "The special counsel's office"], ["d1", "Comey"]]
    assert q["quote"].tolist() == ["Cohen had cooperated with its inquiries",
                                   "he is a professor at Columbia University"]


def test_a_pronoun_subject_speaks_over_a_name_in_its_words():
    # CNN, on Jeb Bush's foreign-policy speech: "He" (Bush) calls for "serious diplomatic efforts", not the Kurdish
    # Peshmerga he speaks of
    q = _quotes('In Iraq, Bush said he would embed U.S. Marines and soldiers with Iraqi forces.\n\nHe also called for '
                'stepping up support for the Kurdish Peshmerga, providing forward air controllers on the ground, and '
                'make "serious diplomatic efforts" to ensure that the Shiites, Sunnis and Kurds in Iraq can build a '
                'stable government.')
    assert q[q.quote.eq("serious diplomatic efforts")]["actor"].tolist() == ["Bush"]
    # guards: a headline stays its outlet's; a verb that labels keeps the subject and its verb
    q = _quotes("Paul is on short lists for president.\n\nHe doesn’t need any more headlines like this recent one on "
                "the Atlantic magazine web site – “Can Rand Paul Learn to Tell the Truth?”",
                'Deaton said the program works.\n\nHe called the House vote "a moment in time" and said he sees the '
                'pendulum swinging.')
    direct = q[q.kind.eq("direct")]
    assert direct[["doc_id", "speaker", "verb"]].values.tolist() == [["d0", "Atlantic", ""], ["d1", "Deaton", "called"]]


def test_a_role_of_a_place_is_shown_as_written():
    # CNN: "the leader of Iraq's Kurdistan region" spoke; the speaker was shown as 'Kurdistan'
    q = _quotes("Meanwhile, the leader of Iraq's Kurdistan region asked for intensified U.S. airstrikes, saying he "
                "would welcome foreign fighters.")
    assert q["speaker"].tolist() == ["the leader of Iraq's Kurdistan region"]


def test_said_name_near_a_time_or_place_after_a_quotation():
    # NPR, on a Democratic debate: "said Clinton near the end of the evening" left both her quotations with no speaker
    q = _quotes('"I just want to make one point," said Clinton near the end of the evening. "We have our '
                'differences and we get into vigorous debate about issues."')
    assert q["speaker"].tolist() == ["Clinton", "Clinton"] and q["verb"].tolist()[0] == "said"


def test_put_it_this_way_before_a_colon_is_a_verb_of_saying():
    # Rolling Stone: "One GOP strategist put it this way: “...”" went to the GOP; Politico: "Or as Morgan Sperry,
    # ..., put it: “...”" went to Warren
    q = _quotes("The Republicans sent forth to take on Trump have been so incompetent. One GOP strategist put it this "
                "way: “Maybe 34 percent is Trump’s ceiling. But 34 in a five-person race wins.”",
                "Or as Morgan Sperry, a 2018 NYU grad who worked on Warren’s Senate reelection campaign before moving "
                "to Iowa earlier this year, put it: “If you can do all these events, people are like, ‘This is lit.’”")
    assert q[["speaker", "verb"]].values.tolist() == [["One GOP strategist", "put it"], ["Morgan Sperry", "put it"]]


def test_his_office_or_her_spokeswoman_speaks_for_the_person():
    # CNN, on the Chibok girls: "his office said" is the governor's voice (no actor before); a made-up guard: "her
    # spokeswoman" is Susan Collins's
    q = _quotes('The governor of the state, Gov. Kashim Shettima, ordered officials to distribute the video.\n\nGov. '
                'Kashim Shettima "views the development as encouraging, especially given the fact that some of the '
                'girls said they were not harmed," his office said in a statement.',
                "Sen. Susan Collins has not decided. Her spokeswoman said the senator would read the bill this "
                "weekend.")
    assert q[["speaker", "actor"]].values.tolist() == [["his office", "Kashim Shettima"],
                                                      ["Her spokeswoman", "Susan Collins"]]


def test_a_plural_note_after_a_statement_and_a_participle_placed_before_that():
    # Christian Science Monitor: "..., analysts note." (statement recall draw 117); Washington Times: "arguing in a
    # conference call that ..." (draw 116): both missed
    q = _quotes("But even failed missions can be of intelligence value, analysts note.",
                "Democrats countered the attacks later in the day, arguing in a conference call that Mr. Romney is "
                "distorting the president’s record.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["analysts", "note", "But even failed missions can be of intelligence value"],
        ["Democrats", "arguing", "Mr. Romney is distorting the president’s record"]]
    # guards from the 20 MB file: a note that is a noun, "that" that points
    q = _quotes("Clinton has tried to strike a positive note, stating at a rally that she will keep fighting.",
                "Jaffe, writing in that 1954 Harvard Law Review article, similarly acknowledged that most regulators "
                "had underperformed.")
    assert "note" not in q["verb"].tolist() and "writing" not in q["verb"].tolist()


def test_a_nickname_in_quotation_marks_is_part_of_the_name():
    # The Washington Post: "said Robert "Bob" Crandall" gave the words to "Robert"; the Christian Science Monitor:
    # "Craig “Buster” Barnard puts it" to "Craig", and "says Rick “Ozzie” Nelson" read “Ozzie” as his words, the
    # sentence before as no one's, and his next words went to Bill Nelson
    q = _quotes('"I think a tax cut is absurd," said Robert "Bob" Crandall, a former American Airlines CEO who now '
                'lives in Florida.',
                "As Bakersfield resident Craig “Buster” Barnard puts it: “We are in California, but we are not of "
                "California.”\n\n“Everybody puts this part of California down,” he adds. “We had to be taught to be "
                "self-reliant.”",
                "True, hostage rescue operations using Special Forces are “extraordinarily "
                "complicated” under any circumstances, says Rick “Ozzie” Nelson, a nonresident fellow at the "
                "Center for Strategic and International Studies.\n\nThat is because “high-value hostages are "
                "high-value assets to our adversaries,” Nelson says.")
    assert q[["doc_id", "actor", "quote"]].values.tolist() == [
        ["d0", "Robert Crandall", "I think a tax cut is absurd,"],
        ["d1", "Craig Barnard", "We are in California, but we are not of California."],
        ["d1", "Craig Barnard", "Everybody puts this part of California down,"],
        ["d1", "Craig Barnard", "We had to be taught to be self-reliant."],
        ["d2", "Rick Nelson", "True, hostage rescue operations using Special Forces are “extraordinarily "
                              "complicated” under any circumstances"],
        ["d2", "Rick Nelson", "high-value hostages are high-value assets to our adversaries,"]]


def test_a_quoted_word_in_a_title_case_headline_stays_a_quotation():
    # NPR's headline: 'Dumb' is Trump's word, not a nickname between two names; Reason's list of headlines
    for text in ("Trump Disparages 'Dumb' Deal With Australia On Refugees",
                 "Nick Cave Slams 'Woke' Culture as 'Self-Righteous' and Suppressive, by Nick Gillespie"):
        starts, ends = quote_spans(text)
        assert any(text[a:b] in ("'Dumb'", "'Woke'") for a, b in zip(starts, ends, strict=True))


def test_an_opening_word_before_a_comma_is_no_speaker_s_name():
    # The Washington Times: "Still, it likely will take years ..., said Curt Levey, president of ..." ran the
    # statement on through his name and title, as "Still," were a speaker named before an apposition
    q = _quotes("Still, it likely will take years to fully evaluate whether Mr. Trump truly transformed the 9th "
                "Circuit, said Curt Levey, president of the Committee of Justice, which promotes constitutionalist "
                "positions on legal and policy issues.")
    assert q[["speaker", "quote"]].values.tolist() == [
        ["Curt Levey", "Still, it likely will take years to fully evaluate whether Mr. Trump truly transformed the 9th "
                       "Circuit"]]


def test_they_after_a_possessive_group_and_a_listener_with_a_number():
    # CNN (David Gergen): "his top advisers were signaling ... "Just watch," they said to me" left "they"
    # unresolved (a possessive opened no plural subject); BBC: "told BBC Radio 4's Today programme it was ..." began
    # the words at "4's Today programme"; guard: "Their concerns" are no speakers
    q = _quotes('Weeks before the November elections, his top advisers were signaling that he intended to be a '
                'different kind of president in his second term.\n\n"Just watch," they said to me, in effect.',
                "Foreign Secretary Dominic Raab told BBC Radio 4's Today programme it was a chance to get Brexit done.",
                'Their concerns were many. "Just watch," they said.')
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "his top advisers", "Just watch,"], ["d1", "Dominic Raab", "it was a chance to get Brexit done"],
        ["d2", "they", "Just watch,"]]


def test_a_surname_just_after_a_second_full_name_is_that_person():
    # USA TODAY (Baltimore riots), from speaker sample 6225: eight sentences after Freddie Gray was last named,
    # "Wayne Gray, 47, ... Instead, Gray said" and "Gray said of O'Malley" were given to Freddie Gray, named first
    text = (
            'The violence erupted on the day of the funeral for Freddie Gray, 25, who died after suffering a mort'
            'al spinal injury while in police custody.\n\nGray, 25, died April 19, one week after being arrested an'
            "d suffering a severe spinal injury. After Gray's funeral Monday, protests ostensibly against police "
            'violence quickly deteriorated into devastating riots. Bands of looters, some armed with crowbars, ro'
            'amed the city, hurling rocks at police, destroying patrol cars, smashing store windows and torching '
            'buildings.\n\nResidents swept glass and debris from battered sidewalks and streets while National Guar'
            'd members stood sentry during daylight hours Tuesday.\n\nTanisha Owens, 30, an elementary school teach'
            'er living in Baltimore, said she hopes young people will get a chance to come to peaceful protests i'
            'n the city and learn how to voice their concerns.\n\n"My students see this destruction happen to their'
            ' communities and they need to also see the good side of it," Owens said. "I want them to understand '
            'that not everyone is bad. There\'s also good in their city."\n\nOwens added that she was impressed at h'
            'ow quickly people cleaned up stores affected by looting. She and several co-workers came to the city'
            ' with brooms and gloves but found that all the places they wanted to volunteer were already cleared '
            'of debris.\n\nBut many said they remain frustrated by what they believe is unfair treatment of blacks '
            'by police.\n\n"We have too much violence against all the little brown children," Mitchum Alexander, 46'
            ', of Baltimore, said. "We need to put a stop to this and educate law enforcement and people in socie'
            'ty so incidents like this don\'t occur."\n\nMartin O\'Malley, former governor of Maryland and former may'
            'or of Baltimore, stopped by West Baltimore where hundreds of demonstrators gathered all day.\n\n"There'
            '\'s a lot of pain in our city right now, a lot of people feeling very sad," O\'Malley said. "We have g'
            'ot to come through this together. We are a people who have seen worst days and we will come through '
            'this."\n\nYet as O\'Malley walked through crowds of protesters some heckled him and told him to leave.\n'
            "\nWayne Gray, 47, has lived in Baltimore his entire life and said O'Malley had a chance to help the c"
            "ity and didn't. Instead, Gray said O'Malley didn't help improve the lives of poor people and started"
            ' the culture and policies that led to over arresting black men.\n\n"He had a chance to fix this," Gray'
            ' said of O\'Malley. "He\'s part of the frustration that built up in these black men."')
    q = _quotes(text, "Donald Trump visited the border. First lady Melania Trump joined him. Trump said the wall "
                      "was going up fast.")
    assert q[q["speaker"] == "Gray"]["actor"].unique().tolist() == ["Wayne Gray"]
    # guard, written for the test: the story's subject named in the sentence before keeps the surname
    assert q[q["doc_id"] == "d1"]["actor"].tolist() == ["Donald Trump"]


def test_a_document_in_its_owner_s_possessive_speaks_for_the_owner():
    # CNN (sequestration): "“We should close loopholes ...,” Boehner's statement said." had no actor; The Hill,
    # from speaker sample 6224: "But the first lady’s statement, ... also said" (still none: "first lady" is no role
    # noun); guard: a person in the possessive ("Boehner's spokesman") is not the one who speaks
    q = _quotes('House Speaker John Boehner wrote to the president on Friday.\n\n"We should close loopholes and '
                'carve-outs in the tax code, but that revenue should be used to lower rates across the board," '
                "Boehner's statement said.",
                "House Speaker John Boehner wrote to the president on Friday. Boehner's spokesman said the letter "
                "spoke for itself.")
    assert q[["speaker", "actor"]].values.tolist() == [["Boehner's statement", "John Boehner"],
                                                      ["Boehner's spokesman", ""]]


def test_a_description_with_its_relative_clause_is_the_subject():
    # Politico: "One Republican senator who requested anonymity to discuss the lunch said ..." was no one's
    # statement; Daily Kos, from speaker sample 6226: the public relations specialist's words went to "a Russian
    # attorney", the last of a list inside his relative clause; Salon: "than his Democratic rival declaring, “...”"
    # made the rival the speaker; Reason: "he has oft-stated his preference" is no verb of saying
    q = _quotes("One Republican senator who requested anonymity to discuss the lunch said there was a lot of anxiety "
                "within the GOP conference immediately after news of Bolton’s manuscript.",
                "The public relations specialist who arranged a meeting last year between President Donald Trump's "
                "son, Donald Trump Jr., and a Russian attorney said on Monday he did so at the request of "
                "singer-songwriter-businessman Emin Agalarov, a Moscow-based client of his.",
                "And he said the GOP was harder to deal with than his Democratic rival declaring, “Disloyal R’s are "
                "far more difficult than Crooked Hillary.”",
                "President Trump said he supports free trade, but it has to be fair trade, and he has oft-stated his "
                "preference for top-down central planning.")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "One Republican senator"], ["d1", "The public relations specialist"], ["d2", "he"], ["d2", "he"],
        ["d3", "Trump"]]
    # guards from the 20 MB file: the words of someone inside the clause stay theirs
    q = _quotes("Trump invited Iain Lanphier, an eighth-grader who he said aspired to join the newly created Space "
                "Force.")
    assert len(q) == 1 and q["speaker"][0] != "an eighth-grader"


def test_an_office_of_two_words_refers_back_to_the_person_holding_it():
    # Bloomberg, from speaker sample 6228: "Boris Johnson issued a strong message ... The prime minister, who will
    # also not attend, said ..." left the prime minister unresolved ("the president" was read, "the prime minister"
    # was not); another document titles him, as the corpus does
    q = _quotes("Prime Minister Boris Johnson met the queen on Monday.",
                "Boris Johnson issued a strong message that his government will remain focused on Brexit by banning "
                "his ministers from attending the World Economic Forum in Davos, Switzerland, next month. The prime "
                "minister, who will also not attend, said he wants to “get on with delivering the priorities of the "
                "British people.”")
    assert q[["speaker", "actor"]].drop_duplicates().values.tolist() == [["The prime minister", "Boris Johnson"]]


def test_its_ministry_speaks_for_the_country_before_it():
    # CNN's story highlights, from speaker sample 6228: "South Korea doesn't consider latest threat "new," its
    # unification ministry says" had no actor ("his office" was read, "its ministry" was not)
    q = _quotes('North Korea threatened war.\n\nSouth Korea doesn\'t consider latest threat "new," its unification '
                'ministry says.')
    assert q[["speaker", "actor"]].values.tolist() == [["its unification ministry", "South Korea"]]


def test_an_organisation_named_after_its_kind_keeps_its_first_word():
    # Reuters, from speaker sample 6229: "the trade group Internet Association ... said" was "Association"
    # ("Internet" alone is no name)
    q = _quotes("On the other side, the trade group Internet Association, whose members include content providers "
                "Alphabet, Facebook and Pandora Media Inc, said it was weighing legal options in a lawsuit against the "
                "FCC order.")
    assert q["actor"].tolist() == ["Internet Association"]


def test_but_which_goes_on_the_relative_clause_of_the_speaker():
    # Reuters, from held-out speaker sample 6232: "Larry Cohen, chairman of Our Revolution, a progressive group founded
    # by Sanders but which operates independently from the campaign, said ..." gave the words to "operates
    # independently from the campaign"; The Washington Times: "Rep. Raul Labrador, an Idaho Republican who ... but
    # who dropped out, ..., said" was no one's; guard, from CNN: a month is no speaker ("who was fired in February,
    # but who has said")
    q = _quotes("Larry Cohen, chairman of Our Revolution, a progressive group founded by Sanders but which operates "
                "independently from the campaign, said time was short to stage a turnaround.",
                "Jon Nicosia, a former breaking news editor at the Examiner who was fired in February, but who has "
                "said he believes the outlet was wrong to do so, was one of the people who spoke to CNN Business.")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d0", "Larry Cohen"]]


def test_a_party_member_of_one_state_is_no_description_of_another_states():
    # NPR, from speaker sample 6249: "Rep. Jim Himes ... says the Connecticut Democrat" was given to "Oregon Democratic
    # Rep. Peter DeFazio", named eight sentences later (a description's state was checked against appositives only)
    q = _quotes("Rep. Jim Himes is willing to vote against the wishes of his constituents. Probably not this time, "
                "though.\n\n\"Like the rest of the country, my constituency is pretty much opposed to the intervention "
                "in Syria,\" says the Connecticut Democrat.\n\nOn Thursday, Oregon Democratic Rep. Peter DeFazio "
                "reported this tally of constituents who called his office.")
    assert q[["speaker", "actor"]].values.tolist()[0] == ["the Connecticut Democrat", "Jim Himes"]


def test_another_described_person_opens_the_sentence_before_a_pronoun():
    # Politico, from speaker sample 6247: "“Will he evolve?” Nobles said. ... Another former employee answered it.
    # “...,” he said." was Nobles's ("Another" opened no description, and "A former employee answered" was read as
    # the head "former" and the adverb "employee"); CNN's "The artist who created the iconic “Hope” poster ...
    # “Not even close,” he said." stays the artist's (a relative pronoun before the verb). Guard, from the Washington
    # Post: "A white man said ... . She told him ..." is not the man's
    q = _quotes("“Will he evolve?” Nobles said. “Good question.”\n\nAnother former employee answered it. “I don’t "
                "think he’s ever going to evolve on managerial style,” he said.",
                "Even pro-Obama Democrats still feel disappointment. The artist who created the iconic “Hope” poster "
                "recently faced the question of whether the president had lived up to it. “Not even close,” he said.",
                "A white man said his Latina wife from the Rio Grande Valley broke down after reading the manifesto. "
                "She told him she’s sorry if their future kids are targets because of her.")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Nobles"], ["d0", "Another former employee"], ["d1", "The artist"], ["d2", "A white man"],
        ["d2", "She"]]


def test_a_document_owned_in_two_words_and_the_writer_of_a_document_that_goes_on():
    # Fox News, from speaker sample 6246: "“...,” Beth Mynett's court filing read." had no speaker ("filing" after
    # "court" was read as a verb); Fox News, sample 6248: "Graham said in a series of tweets that also suggested
    # Trump’s responses were praised by white supremacists" gave the words to "tweets"
    q = _quotes("Omar is a member. “Defendant’s more recent travel and long work hours now appear to be more related "
                "to his affair with Representative Omar than with his actual work commitments,” Beth Mynett's court "
                "filing read.",
                "“For the sake of our Nation -- as our president -- please fix this,” Graham said in a series of "
                "tweets that also suggested Trump’s responses were praised by white supremacists.")
    assert q[["speaker", "verb"]].values.tolist() == [
        ["Beth Mynett's court filing", "read"], ["Graham", "said"], ["Graham", "suggested"]]


def test_a_places_police_and_one_who_refers_to_another_as_quoted():
    # BBC News, from speaker sample 6249: "New York police described the Manhattan package as one that “...”" was
    # New York's words; Politico: "She referred to freshman Rep. Ilhan Omar (D-Minn.) as “that woman out of
    # Minnesota”" was Omar's; National Review: "“Give the people what they want,” sneered Ray Davies" had no speaker
    q = _quotes("A bomb squad came, police from Miami-Dade County said.\n\nMeanwhile New York police described the "
                "Manhattan package as one that \"closely resembled others sent across the country in recent days\".",
                "Greene spoke. She referred to freshman Rep. Ilhan Omar (D-Minn.) as \"that woman out of Minnesota\".",
                "“Give the people what they want,” sneered Ray Davies of the Kinks in 1981’s blistering power-pop tune "
                "of the same name.")
    assert q[["doc_id", "speaker", "verb"]].values.tolist() == [
        ["d0", "police from Miami-Dade County", "said"], ["d0", "New York police", ""], ["d1", "She", "referred to"],
        ["d2", "Ray Davies", "sneered"]]


def test_the_writer_of_a_tweet_set_in_the_text_is_no_pronouns_antecedent():
    # Vox, from speaker sample 6251: "... was astonishing: The response is worse somehow pic.twitter.com/... —
    # Matthew Yglesias (@mattyglesias) October 7, 2016 He seamlessly pivoted ... after the debate he told reporters,
    # “...”" gave Trump's words to Yglesias, who signed the tweet. Guard: the tweet itself stays his
    q = _quotes("Even by his standards, Donald Trump's reaction to the release of an audio tape was astonishing:\n\n"
                "\"The response is worse somehow\" pic.twitter.com/BkTU8YrVql — Matthew Yglesias (@mattyglesias) "
                "October 7, 2016\n\nHe seamlessly pivoted from a devastating revelation about his own misogyny to "
                "pointing out that Bill Clinton is the Real Sexist. After the debate he told reporters, \"I’m very "
                "happy that I was able to hold back on the indiscretions with respect to Bill Clinton.\"")
    assert q[["speaker", "actor"]].values.tolist() == [["Matthew Yglesias", "Matthew Yglesias"],
                                                      ["Donald Trump", "Donald Trump"]]


def test_the_head_of_a_title_of_something_is_a_role_of_its_own():
    # The Washington Times, from speaker sample 6250: "Former Secretary of State Hillary Rodham Clinton ... “...,” the
    # former secretary said." had no actor ("Secretary of State" gave the role "secretary of state" only). Guard,
    # from The Daily Caller: "the secretary of the Treasury" is no secretary of state
    q = _quotes("Former Secretary of State Hillary Rodham Clinton brushed aside emails Thursday. Mrs. Clinton rejected "
                "the line of questioning.\n\n“I believe to this day the video played a role,” the former secretary "
                "said.",
                "Secretary of State Hillary Clinton spoke on Monday. Under federal law the secretary of the Treasury "
                "may issue licenses to arms dealers, the secretary of the Treasury said in a statement.")
    assert q[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "the former secretary", "Hillary Rodham Clinton"], ["d1", "the secretary of the Treasury", "Treasury"]]


def test_a_holiday_a_party_before_a_name_and_a_comparison_after_a_quotation_are_no_speakers():
    # CNN, from speaker sample 6252: "according to a survey of voters ... on Election Day" had the actor "Election
    # Day"; the Washington Times, sample 6253: "announcements Tuesday from Democrats Bob Casey of Pennsylvania and
    # Chris Coons of Delaware" named the actor "Democrats Bob Casey"; NPR, sample 6247: "64% of registered voters
    # said the new Obama policy was “about right,” compared to 18% who said it goes too far" gave the poll's words to
    # "18% who". Guard: "Sharon Day", a given name first, is a person
    q = _quotes("And about 8 in 10 Americans disapprove of Congress, according to a survey of voters outside of "
                "polling places on Election Day. RNC co-chair Sharon Day said the party was ready.",
                "Senate support stands at 33 votes, thanks to announcements Tuesday from Democrats Bob Casey of "
                "Pennsylvania and Chris Coons of Delaware.\n\n“This agreement will constrain the Iranian nuclear "
                "program,” Casey said in a statement.",
                "In Tuesday's CNN/ORC poll, 64% of registered voters said the new Obama policy was \"about right,\" "
                "compared to 18% who said it goes too far.")
    assert q[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "a survey of voters outside of polling places on Election Day", ""], ["d0", "Sharon Day", "Sharon Day"],
        ["d1", "Bob Casey", "Bob Casey"], ["d2", "64% of registered voters", "ORC"], ["d2", "18%", "ORC"]]


def test_a_pronoun_with_a_verb_of_its_own_before_a_comma_is_the_subject_of_said():
    # The Washington Times, from speaker sample 6256: "He also vowed a massive infrastructure-building program, said
    # the country would impose “extreme vetting” ..." gave the words to "He also vowed a massive
    # infrastructure-building program"
    q = _quotes("Donald Trump spoke in Ohio on Monday. He also vowed a massive infrastructure-building program, said "
                "the country would impose “extreme vetting” on visitors from countries connected to terrorism, and "
                "would halt Syrian refugees.")
    assert q[["speaker", "actor"]].values.tolist()[0] == ["Donald Trump", "Donald Trump"]


def test_a_speaker_after_a_quotation_with_an_appositive_of_an_appositive():
    # The Atlantic, from speaker sample 6258: "“...,” Raquel Sanchez Alvarado, a worker with American Foods, a
    # Wisconsin meatpacking company, told local reporters in mid-April. “...”" had no speaker (and "Foods told
    # reporters in mid-April" was a statement)
    q = _quotes("“We worked really close to each other,” Raquel Sanchez Alvarado, a worker with American Foods, a "
                "Wisconsin meatpacking company, told local reporters in mid-April. “People are scared that they will "
                "be fired.”")
    assert q[["speaker", "verb", "kind"]].values.tolist() == [["Raquel Sanchez Alvarado", "told", "direct"],
                                                             ["Raquel Sanchez Alvarado", "", "direct"]]


def test_a_dated_statement_owned_by_its_speaker():
    # Reason, from speaker sample 6259: "from Thomas Jefferson, who wrote that “...,” through Joe Biden's 2008
    # assertion that “...”" gave Biden's words to the "who" of Jefferson (a year between the owner and the noun)
    q = _quotes("The tradition runs from Thomas Jefferson, who wrote that \"all men are created equal,\" through Joe "
                "Biden's 2008 assertion that \"I believe my rights are not derived from the Constitution. My rights "
                "are because I exist.\" Repeal the amendment.")
    assert q[["speaker", "actor"]].values.tolist()[-1] == ["Joe Biden", "Joe Biden"]


def test_the_one_holder_of_an_office_named_before_is_whom_the_office_stands_for():
    # The Guardian, from speaker sample 6259: "Donald Trump signed a short-term spending measure late on Monday ...
    # [McConnell and Harris in the sentences before] On Tuesday morning, the president tweeted: “...”" had no actor
    # (the one named just before, McConnell, is no president). Guard: where the document names two presidents,
    # neither is chosen
    q = _quotes("Donald Trump signed a short-term spending measure late on Monday.\n\nMcConnell on Tuesday reiterated "
                "that it was his intention to allow debate. “I intend to keep my word,” McConnell told reporters.\n\n"
                "Sixteen Democrats voted against the measure, including Senator Kamala Harris of California.\n\n"
                "On Tuesday morning, the president tweeted: “Nobody knows for sure that a deal can be reached.”",
                "Donald Trump met Barack Obama on Monday. McConnell spoke on Tuesday. Harris voted no. Cruz voted yes. "
                "The president tweeted: “Nobody knows for sure.”",
                "President Donald Trump spoke on Friday, and President Barack Obama spoke on Saturday.")
    assert q[["doc_id", "speaker", "actor"]].values.tolist()[2:] == [
        ["d0", "the president", "Donald Trump"], ["d1", "The president", ""]]


def test_the_agency_after_a_dateline_or_after_saying_something_and_as_someone_put_it():
    # USA TODAY, from held-out speaker sample 6271: "WASHINGTON -- The Food and Drug Administration warned ... . The
    # agency said that ..." had no actor (the dateline hid the sentence's subject); CBS News, sample 6263: "The
    # production halt won't start until January, Boeing said Monday. The company also said ..." had none either (the
    # company spoke last, it opened no sentence); The Hill, samples 6268 and 6274: "the press is “running around
    # breathlessly” screaming about imaginary “horrors” at the White House, as one GOP lobbyist put it." was "GOP"'s
    q = _quotes("WASHINGTON -- The Food and Drug Administration warned doctors and hospitals Thursday to use extra "
                "caution.\n\nThe agency said that even meticulous cleaning of the scopes may not entirely eliminate "
                "the risk.",
                "The production halt won't start until January, Boeing Co. said Monday. The company also said it would "
                "not lay off or furlough workers at this time.",
                "They point to the tax overhaul as evidence the press is “running around breathlessly” screaming about "
                "imaginary horrors at the White House, as one GOP lobbyist put it.")
    described = q[q["speaker"].isin(["The agency", "The company", "one GOP lobbyist"])]
    assert described[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "The agency", "Food and Drug Administration"], ["d1", "The company", "Boeing Co."],
        ["d2", "one GOP lobbyist", ""]]


def test_a_participle_after_a_quoted_word_is_no_speaker():
    # Christian Science Monitor (California's Republicans): "The governor is “100%” singling out Huntington Beach,
    # says Mayor Erik Peterson." gave the quoted word to "singling out Huntington Beach" (a place read as a person);
    # the mayor says it. Guard, Vox (Eric Holder): "In every single speech Barack Obama gave when running for
    # president he said he would close Guantanamo" stays Obama's
    q = _quotes("The governor is “100%” singling out Huntington Beach, says Mayor Erik Peterson. The city’s attorney "
                "agrees.",
                "In every single speech Barack Obama gave when running for president he said he would close "
                "Guantanamo\n\nJT: In every single speech Barack Obama gave when running for president he said he "
                "would close Guantanamo. Every single one.")
    assert q[["doc_id", "kind", "speaker", "actor"]].values.tolist() == [
        ["d0", "indirect", "Erik Peterson", "Erik Peterson"],
        ["d1", "indirect", "Barack Obama", "Barack Obama"], ["d1", "indirect", "Barack Obama", "Barack Obama"]]


def test_an_adverb_before_the_verb_and_a_possessed_object_after_it_are_no_speakers():
    # Fox News (bump stocks): "Gun Owners of America, a nonprofit lobbying group, announced its opposition Thursday
    # to any such restrictions." was a statement by "its opposition Thursday to any such restrictions"; Fox News
    # (Online) (Berkeley's course for foreign students): "The Facebook post clearly declared that ..." was said by
    # "The Facebook post clearly"; Christian Science Monitor (Stacey Abrams): "Stacey Abrams took a second ..., then
    # quickly wrote: “...”" by "quickly". Guard, written for the test: "..., said its spokesman" is the spokesman's
    q = _quotes("Gun Owners of America, a nonprofit lobbying group, announced its opposition Thursday to any such "
                "restrictions.",
                "The Facebook post clearly declared that the proposed course was not intended to serve a broader "
                "educational purpose.",
                "Stacey Abrams took a second the other day to think, then quickly wrote: “To be governor of Georgia & "
                "own a transporter like in ‘Star Trek’.”",
                "The company will appeal the ruling, said its spokesman.")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d1", "The Facebook post"], ["d2", "Stacey Abrams"],
                                                       ["d3", "its spokesman"]]


def test_interjected_attributes_a_quotation():
    # Salon (the New Jersey 4): "“That's not true,” interjected her friend Terrain Dandridge." and The Daily Wire
    # (Jeff Van Drew): "“That’s a very Republican thing by the way,” Trump interjected as the room erupted in
    # laughter." had no speaker
    q = _quotes("\"We could just be ourselves,\" she recalled.\n\n\"That's not true,\" interjected her friend Terrain "
                "Dandridge. \"That's where it happened to us.\"",
                "Van Drew said that far-left Democrats came to him.\n\n“That’s a very Republican thing by the way,” "
                "Trump interjected as the room erupted in laughter.")
    assert q.loc[q["quote"].str.contains("not true|happened|Republican thing"), "actor"].tolist() == [
        "Terrain Dandridge", "Terrain Dandridge", "Trump"]


def test_a_participle_of_saying_after_a_comma_reports_the_subjects_statement():
    # ", saying ..." and ", adding that ..." reported no statement at all (640 of 651 such sentences of the 20 MB
    # sample were missed). Wall Street Journal (Clinton's emails), CNN (tax rates: a plural subject and its
    # verb), USA TODAY (the strike on Syria: the subject of the clause after "but"), Washington Times (Obama on
    # Putin: "and GOP voters" is no new clause), Bloomberg (Manbij: a subordinate clause first)
    q = _quotes("Mrs. Clinton has denied such charges, saying she merely wanted the “convenience” of using a single "
                "device rather than carrying one for work and another for personal correspondence.",
                "Republicans oppose the return to higher rates, saying it will inhibit job growth because small "
                "business owners declare their profits as personal income and therefore would face a tax increase.",
                "Trump ordered the strike in retaliation for Assad's alleged use of chemical weapons in a rebel-held "
                "town Tuesday, but Russia defended Assad, saying the chemicals were released when Syrian planes struck "
                "a terrorist lab.",
                "Mr. Obama also blasted Republican officials, and GOP voters, for expressing positive views of Mr. "
                "Putin, noting that a recent poll found that 37 percent of Republican voters approve of the former "
                "head of the KGB.",
                "While the U.S. says no timeline was attached to the plan, Ankara wants the Kurds out fast, saying "
                "they are linked to a militant Kurdish separatist group that Turkey has been battling for decades.")
    rows = q[q["verb"].isin(["saying", "noting"])]
    assert rows[["doc_id", "speaker", "verb"]].values.tolist() == [
        ["d0", "Clinton", "saying"], ["d1", "Republicans", "saying"], ["d2", "Russia", "saying"],
        ["d3", "Obama", "noting"], ["d4", "Ankara", "saying"]]
    assert rows["quote"].iloc[0].startswith("she merely wanted the “convenience” of using")
    assert rows["quote"].iloc[2] == "the chemicals were released when Syrian planes struck a terrorist lab"


def test_the_speaker_of_a_participle_of_saying_where_the_sentence_names_another():
    # Washington Times: the participle is the one of a person named after "with" ("The debate continued Monday, with
    # former RNC Chairman Mike Duncan, ..., saying"), in a clause after "when" ("The squabble ... has been simmering
    # since last week, when Mr. Christie criticized ..., saying"), before a description ("Karen Bass, California
    # Democrat,"), and of the one who said the words before ("The SANA news agency said the people were freed ...,
    # adding that"); Newsmax: "Democrat lawmakers laid out their arguments against Trump, saying" is not Trump's;
    # CNN (Gary Herbert): after "“...,” Herbert told reporters", Herbert's; Washington Times: not the dateline
    # ("BEIRUT (AP) — Russia and ..."); Fox News (Online) (Kavanaugh): not the opener ("More important, she")
    q = _quotes("The debate continued Monday, with former RNC Chairman Mike Duncan, who led the party during part of "
                "Mr. Bush’s presidency, saying it’s been obvious for many years that the party has to broaden its "
                "coalition to be competitive on a national basis.",
                "The squabble between the highly visible party figures has been simmering since last week, when Mr. "
                "Christie criticized the strain of libertarianism being championed by Mr. Paul and others, saying "
                "that people having such “esoteric, intellectual debates” about national security should come to New "
                "Jersey to face 9/11 widows and orphans to have the conversation.",
                "Congressional Black Caucus Chairwoman Karen Bass, California Democrat, called the push for police "
                "accountability a “rainbow movement” for the diversity of its supporters around the country and "
                "world, saying cellphone videos helped expose widespread police brutality against black Americans.",
                "The SANA news agency said the people were freed around midnight on Sunday, adding that they had been "
                "held by the Army of Islam group since 2013.",
                "In a 111-page document filed before the Senate trial begins in earnest on Tuesday, Democrat "
                "lawmakers laid out their arguments against Trump, saying the president must be removed from office "
                "to protect national security and preserve the country's system of government.",
                "\"I think Chris has been a great leader for New Jersey,\" Herbert told reporters, adding that it was "
                "possible more details could emerge in the bridge scandal.",
                "BEIRUT (AP) — Russia and the Syrian military blamed Israel for a pre-dawn missile attack Monday on a "
                "major air base in central Syria, saying Israeli fighter jets launched the missiles from Lebanon’s "
                "airspace.",
                "The allegations came from Julie Swetnick.\n\nSwetnick backed off from saying Kavanaugh had spiked the "
                "punch, recalling only that he had handed out the punch. More important, she dropped her claim that "
                "Kavanaugh was present at her rape, saying only that she had seen him earlier at the same party.")
    rows = q[q["verb"].isin(["saying", "adding"]) & q["kind"].eq("indirect")]
    assert rows[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Mike Duncan"], ["d1", "Christie"], ["d2", "Karen Bass"], ["d3", "The SANA news agency"],
        ["d4", "Democrat lawmakers"], ["d5", "Herbert"], ["d6", "Russia"], ["d7", "Swetnick"]]
    assert q.loc[q["quote"].eq("esoteric, intellectual debates"), "speaker"].tolist() == ["Christie"]


def test_a_statement_before_a_participle_of_saying_ends_at_its_comma():
    # Breitbart News (McConnell on the national emergency): the statement after "said that" ran on into the
    # participle's words. Guards, written for the test: a participle with no words reported ("saying goodbye",
    # "adding to the confusion") is no statement
    q = _quotes("McConnell later also said that he tried to convince Trump to not declare a national emergency, "
                "contending that future Democrat presidential administrations might abuse Trump’s precedent.",
                "The senator waved from the stage, saying goodbye to his family, who had gathered outside.",
                "The mayor left the meeting early, adding to the confusion over the new budget rules.")
    assert q[["doc_id", "verb", "quote"]].values.tolist() == [
        ["d0", "said", "he tried to convince Trump to not declare a national emergency"],
        ["d0", "contending", "future Democrat presidential administrations might abuse Trump’s precedent"]]


def test_an_attribution_at_the_end_with_late_friday_or_tuesday_evening():
    # Washington Times (the Grace 1 tanker): "..., the Justice Department said late Friday." and (jobs) "..., the
    # Labor Department reported Friday morning."; CBS News (Elaine Chao): "..., Mr. Trump’s transition team announced
    # Tuesday evening." reported no statement
    q = _quotes("A U.S. court has issued a warrant for the seizure of an Iranian oil tanker at the center of a fierce "
                "international dispute, the Justice Department said late Friday.",
                "The nation’s unemployment rate edged up from 8.1 percent to 8.2 percent last month as businesses from "
                "factories to office parks pulled back on hiring, the Labor Department reported Friday morning.",
                "Former Labor Secretary Elaine Chao will be President-elect Donald Trump’s transportation secretary, "
                "Mr. Trump’s transition team announced Tuesday evening.")
    assert q[["doc_id", "speaker", "verb"]].values.tolist() == [
        ["d0", "the Justice Department", "said"], ["d1", "the Labor Department", "reported"],
        ["d2", "Mr. Trump’s transition team", "announced"]]
    assert q["quote"].iloc[0].endswith("at the center of a fierce international dispute")


def test_they_after_dozens_of_people():
    # Fox News (Online) (the Air Force and religion): "Dozens of House lawmakers accused ... “...,” they wrote" left
    # "they" unresolved (a quantity before "of" was no group)
    q = _quotes("Dozens of House lawmakers accused the U.S. Air Force this week of being \"hostile towards "
                "religion,\" citing a string of recent incidents they claim show the military is taking separation of "
                "church and state too far.\n\n\"Censorship is not required for compliance with the Constitution,\" "
                "they wrote in a letter to Defense Secretary Leon Panetta.")
    assert q.loc[q["verb"].eq("wrote"), "speaker"].tolist() == ["Dozens of House lawmakers"]


def test_an_inverted_attribution_with_a_long_description_ends_the_statement():
    # New York Times (the Mavni program): "..., said Margaret D. Stock, a retired lieutenant colonel in the Army
    # Reserve who helped create the program and is now an immigration lawyer ..." gave the whole sentence, her
    # description too, as her words. Guards: an attribution set inside the statement keeps the whole sentence
    # (Fox News: "In fact, says Tevi Troy, a former Bush administration official, the Obama plan raised 21
    # taxes."; written for the test: "The plan, the mayor said on Monday, will cost millions.")
    q = _quotes("The military may want to curtail the Mavni program simply because it has become an administrative "
                "headache, clogged with too many regulations, said Margaret D. Stock, a retired lieutenant colonel in "
                "the Army Reserve who helped create the program and is now an immigration lawyer representing some "
                "Mavni soldiers.",
                "In fact, says Tevi Troy, a former Bush administration official, the Obama plan raised 21 taxes.",
                "The plan, the mayor said on Monday, will cost millions.")
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "Margaret D. Stock", "The military may want to curtail the Mavni program simply because it has become "
                                    "an administrative headache, clogged with too many regulations"],
        ["d1", "Tevi Troy", "In fact, says Tevi Troy, a former Bush administration official, the Obama plan raised 21 "
                            "taxes"],
        ["d2", "the mayor", "The plan, the mayor said on Monday, will cost millions"]]


def test_they_after_a_list_of_names_and_a_show_title_is_no_statement():
    # ProPublica (the VA's Mar-a-Lago advisers): "In a statement, Perlmutter, Moskowitz and Sherman said ... “...,”
    # they said" left "they" unresolved; USA TODAY (Biden): "Biden told the "TODAY" show" made "TODAY" his words
    q = _quotes("In a statement, Perlmutter, Moskowitz and Sherman said they provided assistance to the president and "
                "VA officials who asked for it. “We volunteered to assist the VA solely because we wanted to help "
                "America’s veterans get the best possible care,” they said.",
                "\"Americans aren't looking for revolution,\" Biden told the \"TODAY\" show in late February, days "
                "before the South Carolina primary victory that revived his campaign.")
    assert q.loc[q["kind"].eq("direct"), ["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "Perlmutter, Moskowitz and Sherman", "We volunteered to assist the VA solely because we wanted to help "
                                                    "America’s veterans get the best possible care,"],
        ["d1", "Biden", "Americans aren't looking for revolution,"]]


def test_an_adverb_before_the_verb_and_a_relative_clause_in_a_speakers_description():
    # Business Insider (pizzagate): "the story, which baselessly alleged that ..." was said by "baselessly"; a
    # Guest Writer (Right) column: "James Clapper, publicly acknowledged that" by "publicly"; Vox (viral events):
    # "A number of Instagram accounts in June, for example, falsely claimed that" by "falsely"; Bloomberg (stocks):
    # "“...,” James Paulsen, the ... strategist at Wells Capital Management, which oversees $325 billion, said by
    # telephone." had no speaker
    q = _quotes("Flynn's son, Michael Flynn Jr., vehemently defended the story, which baselessly alleged that a "
                "pedophilia ring involving high-level Democratic Party officials is operating out of a Washington "
                "pizzeria called Comet Ping Pong.",
                "Obama’s national intelligence director, James Clapper, publicly acknowledged that hackers appeared to "
                "have targeted presidential campaigns.",
                "A number of Instagram accounts in June, for example, falsely claimed that meals would be sent to "
                "Sudan for every repost or follow they received.",
                "“The bottom line is there’s been a lot of chatter about how the market’s going to respond when the "
                "Fed tapers,” James Paulsen, the Minneapolis-based chief investment strategist at Wells Capital "
                "Management, which oversees $325 billion, said by telephone.")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "the story"], ["d1", "James Clapper"], ["d2", "A number of Instagram accounts"], ["d3", "James Paulsen"]]


def test_a_quoted_title_after_a_preposition_is_no_statement_even_beside_a_speaker():
    # ABC News (Proposition 8): "“...,” wrote Solicitor General Donald B. Verrilli Jr. in a “friend of the court”
    # brief" made "friend of the court" his words; Townhall (Obamacare): "The goals, Pelosi writes in a “dear
    # colleague” letter that begins the document, are “to educate our constituents about the new law,”" made "dear
    # colleague" hers. Guard, after Slate (Wilson in 1917), shortened for the test: "calling for an “organized,
    # common peace” among nations" stays his words (no title after it)
    q = _quotes("\"Proposition 8 thus violates equal protection,\" wrote Solicitor General Donald B. Verrilli Jr. in a "
                "\"friend of the court\" brief filed in favor of gay and lesbian couples challenging Prop 8.",
                "The goals, Pelosi writes in a “dear colleague” letter that begins the document, are “to educate our "
                "constituents about the new law,” she said.",
                "In 1917, Woodrow Wilson gave a speech calling for an “organized, common peace” among nations.")
    assert not q["quote"].str.contains("friend of the court|dear colleague").any()
    assert q.loc[q["doc_id"].eq("d2"), "quote"].tolist() == ["organized, common peace"]


def test_a_title_in_ing_or_ed_opening_a_sentence_is_part_of_its_subject_not_an_opening_clause():
    # Fox News (Obama and the new Congress), of the 20 MB file: "Incoming Senate Majority Leader Mitch McConnell,
    # R-Ky., in response to Obama's comments, urged the president to work with the new Congress. “...,” he said in
    # a statement." gave the statement to the president: "Incoming ...," was read as an opening clause ("Speaking
    # to reporters, ..."), and only the mentions after it as the subject. Its first paragraph written for the test,
    # the quotation shortened.
    q = _quotes("President Barack Obama spoke on Wednesday about the new Congress. Obama said he would work with "
                "it.\n\nIncoming Senate Majority Leader Mitch McConnell, R-Ky., in response to Obama's comments, "
                "urged the president to work with the new Congress.\n\n"
                "\"While the Keystone XL pipeline was blocked in a Democrat-led Senate, that will begin to change in "
                "January,\" he said in a statement.")
    assert q["speaker"].tolist() == ["Obama", "Mitch McConnell"]


def test_a_sentence_about_what_was_said_reports_nothing_but_a_claim_in_a_relative_clause_is_reported():
    # National Review (Krauthammer's obituary): "Everything he wrote was characterized by his uncommon
    # intelligence." was his statement "was characterized by ..."; American Spectator: "What Trump said was pretty
    # reasonable, ..." Trump's. Guards, from CNN (Erdogan; Schumer), shortened for the test: "what he says is
    # Russia's violation of Turkish airspace" and "what critics say is currency manipulation" stay the claims of
    # Erdogan and of the critics, and "All he said was that ..." (written for the test) his statement.
    q = _quotes("Everything he wrote was characterized by his uncommon intelligence.",
                "What Trump said was pretty reasonable, though perhaps unnecessary.",
                "And Erdogan's condemnation of what he says is Russia's violation of Turkish airspace is nothing new.",
                "He wants a plan to censure China for what critics say is currency manipulation.",
                "All he said was that the plan would fail.")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d2", "he"], ["d3", "critics"], ["d4", "he"]]
    assert q["quote"].iloc[0].startswith("is Russia's violation of Turkish airspace")   # (it runs on past "airspace")
    assert q["quote"].iloc[1:].tolist() == ["is currency manipulation", "the plan would fail"]


def test_a_name_before_an_appositive_left_open_is_the_speaker():
    # The Daily Caller (school discipline), of the 20 MB file: "Connecticut Democratic Sen. Chris Murphy, a member
    # of the Health Education Labor and Pension Committee said, “...”" gave the quotation to "Health Education
    # Labor" (the appositive's comma is missing before "said"); the same sentence with an indirect statement
    # (written for the test) was not read at all. Guards, written for the test: after an opening clause or an
    # adverb of time, "a spokesman" and "an administration official" stay the speaker; and BBC News (Kavanaugh):
    # "Mark Judge, a high school friend of Judge Kavanaugh who Dr Ford says was in the room ..." is no statement
    # of Judge's.
    q = _quotes("Connecticut Democratic Sen. Chris Murphy, a member of the Health Education Labor and Pension "
                "Committee said, “The school discipline processes had nothing to do with why law enforcement didn’t "
                "intervene.”",
                "Connecticut Democratic Sen. Chris Murphy, a member of the Health Education Labor and Pension "
                "Committee said the school discipline processes had nothing to do with it.",
                "Asked about Trump, a spokesman said, “We have no comment on this at all.”",
                "Asked about Trump, a spokesman said the president had no comment on this at all.",
                "Also Wednesday, an administration official said, “We are done with this now.”",
                "Mark Judge, a high school friend of Judge Kavanaugh who Dr Ford says was in the room at the time of "
                "the assault, has promised to co-operate with any law enforcement agency.")
    assert q[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "Chris Murphy", "Chris Murphy"], ["d1", "Chris Murphy", "Chris Murphy"], ["d2", "a spokesman", ""],
        ["d3", "a spokesman", ""], ["d4", "an administration official", ""]]


def test_a_name_in_title_case_described_after_it_is_no_statement():
    # Washington Times (Gallagher): "“The Sewing Circle,” the WhatsApp group chat, formed ..." was a statement
    # with no speaker; Christian Science Monitor (Clinton in New Hampshire): "supporters waving “NEA Democrats for
    # Hillary,” a reference to the largest national teachers union" was Clinton's. Both of the 20 MB file,
    # shortened for the test. Guard, written for the test: "“We Will Win,” the crowd chanted." stays the crowd's.
    q = _quotes("He later boasted in a text. “The Sewing Circle,” the WhatsApp group chat, formed with a select few "
                "members of Alpha platoon after they returned to San Diego.",
                "Clinton spoke at a rally packed with supporters waving “NEA Democrats for Hillary,” a reference to "
                "the largest national teachers union, which has long backed her.",
                "“We Will Win,” the crowd chanted.")
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [["d2", "the crowd", "We Will Win,"]]


def test_a_name_that_modifies_a_role_noun_is_no_antecedent():
    # The Dallas Morning News (Beto O'Rourke leaves the race), of the 20 MB file: "Castro, the other Texan in the
    # presidential field, has struggled even more for traction. The former Obama housing secretary and San Antonio
    # mayor has none of the four polls ... He lauded his erstwhile rival. “...,” he wrote." gave Castro's words to
    # Obama. Its first sentence written for the test. Guard, written for the test: "Barack Obama told reporters"
    # (no determiner before the name) stays Obama's sentence.
    q = _quotes("Barack Obama spoke in Texas on Monday. Julian Castro, the other Texan in the presidential field, "
                "has struggled even more for traction. The former Obama housing secretary and San Antonio mayor has "
                "none of the four polls needed to qualify for the debate.\n\nHe lauded his erstwhile rival.\n\n"
                "“Beto has inspired millions of Americans all over our country,” he wrote.",
                "Joe Biden spoke. Barack Obama told reporters he would win.\n\n“We will win this,” he said.")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d0", "Julian Castro"], ["d1", "Barack Obama"],
                                                        ["d1", "Barack Obama"]]


def test_a_name_between_an_opening_adverb_and_a_party_tag_is_the_speaker():
    # Fox News (the Mueller report), of the 20 MB file: "Meanwhile, House Intelligence Committee Chairman Rep. Adam
    # Schiff, D-Calif., has claimed that there is evidence of collusion with the Russians." gave the claim to
    # "Meanwhile". Guards, after The Hill and BBC News of the same file, shortened for the test: "As Representative
    # King, an opponent of the Affordable Care Act, explained" is King's; "Meanwhile Patriots quarterback Tom Brady,
    # a golf buddy of Mr Trump, told" is Brady's, not Trump's.
    q = _quotes("Meanwhile, House Intelligence Committee Chairman Rep. Adam Schiff, D-Calif., has claimed that there "
                "is evidence of collusion with the Russians.",
                "As Representative King, an opponent of the Affordable Care Act, explained, \"I still think we should "
                "repeal it.\"",
                "Meanwhile Patriots quarterback Tom Brady, a golf buddy of Mr Trump, told a Boston radio show that he "
                "did not agree.")
    assert q[["doc_id", "actor"]].values.tolist() == [["d0", "Adam Schiff"], ["d1", "King"], ["d2", "Tom Brady"]]


def test_a_speaker_phrase_that_reports_another_speaker_is_the_second():
    # Vox (the Stone sentencing), of the 20 MB file: "the New York Times reports that one official claims there was
    # a “breakdown in management”" gave the words to the whole phrase; New York Times - News (Polls ... in Ohio and
    # Florida): "aides to Mr. Romney acknowledge that they are not leading" gave them to Romney (an aide speaks for
    # herself); Vox (White America is quietly self-segregating): "The primary reason white respondents said they'd be
    # uncomfortable ... was poor neighborhood quality" to "The primary reason white respondents". Shortened for the
    # test. Guards of the same file: Reason (The New Trustbusters): "Khan claims that ideological motives explain
    # this “...”" stays Khan's; NPR (the Iran deal): "Boehner said that under the terms announced today, Iran will
    # ..." stays Boehner's.
    q = _quotes("As for why Shea allowed it, the New York Times reports that one official claims there was a "
                "“breakdown in management” and no clear approval was given by top officials.",
                "With 41 days remaining until the election, aides to Mr. Romney acknowledge that they are not leading "
                "in either state.",
                "The primary reason white respondents said they'd be uncomfortable in their least desired "
                "neighborhood was poor neighborhood quality.",
                "Lina Khan wrote a paper in 2017.\n\nKhan claims that ideological motives explain this “effort to "
                "idealize competitive markets and assume that nonintervention was almost always superior.”",
                "Like many other critics of the deal, Boehner said that under the terms announced today, Iran will "
                "still be able to enrich uranium.")
    assert q[["doc_id", "speaker", "verb"]].values.tolist() == [
        ["d0", "the New York Times", "reports"], ["d0", "one official", "claims"], ["d0", "one official", "claims"],
        ["d1", "aides to Mr. Romney", "acknowledge"],
        ["d2", "white respondents", "said"], ["d3", "Khan", "claims"], ["d3", "Khan", "explain"],
        ["d4", "Boehner", "said"]]      # (a statement, and the words quoted from it: d0, d3; d0's report holds it)
    assert q["actor"].iloc[1] == ""


def test_an_attribution_with_a_capitalised_verb_or_a_that_clause_after_the_verb():
    # Townhall (Chinese smuggling), of the 20 MB file: "“...,” Said Deputy U.S. attorney Mark Conover." (a typo)
    # gave the words no speaker; American Spectator (2018: A Year for the (Comic) Books): "..., the mischievous
    # geniuses at the Defense Advanced Projects Research Agency — DARPA — announced that they had, just for the hell
    # of it, reinvented the wheel." gave "they" the sentence's opening as a statement (a speaker read after
    # "announced": "that they had"). The first shortened for the test.
    q = _quotes("“We see these sort of alien smuggling issues as humanitarian concerns,” Said Deputy U.S. attorney "
                "Mark Conover.",
                "As the month ended, the mischievous geniuses at the Defense Advanced Projects Research Agency — "
                "DARPA — announced that they had, just for the hell of it, reinvented the wheel.")
    assert q[["doc_id", "speaker", "verb"]].values.tolist() == [["d0", "Mark Conover", "said"]]
    assert not (q["speaker"] == "they").any()


def test_a_free_relative_inside_a_sentence_reports_nothing():
    # Democracy Now (Robert Reich on Trump and the media), of the 20 MB file: "the public ... is led to think that
    # anything that The Washington Post, or another paper whose credibility the president-elect tries to undermine,
    # says is [not] justified" was a statement of the Post's. Guard, written for the test: "Despite everything,
    # Trump said he would win" is Trump's.
    q = _quotes("The public is led to think that anything that The Washington Post, or another paper whose "
                "credibility the president-elect tries to undermine, says is [not] justified or is [not] true.",
                "Despite everything, Trump said he would win the vote easily.")
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [["d1", "Trump", "he would win the vote easily"]]


def test_pronouns_after_a_name_used_as_a_modifier_an_owner_and_a_thing_before_the_quotation():
    # Of the 20 MB file, shortened for the test. Salon (Megyn Kelly): "It's hard to imagine that Kelly won't handle
    # the Duggar interview just as skillfully. ... But she also stressed that ..." gave Kelly's words to Michelle
    # Duggar ("the Duggar interview" names no one who speaks); Washington Times (pro-gun Democrats): "When President
    # Obama told Mexico ..., Mr. Reid’s adverse reaction shelved that part of his party leader’s agenda. But ..., he
    # said “...”" gave Reid's words to Obama; CNN (Mystery company off the hook): "The company “even retraced its
    # steps ...,” it wrote to the judge." gave the company's words to the District Court named before.
    q = _quotes("Michelle Duggar spoke on Fox. It's hard to imagine that Megyn Kelly won't handle the Duggar interview "
                "just as skillfully. But she also stressed that nothing would be off limits.",
                "Senate Majority Leader Harry Reid, a Nevada Democrat, has long backed gun rights.\n\n"
                "When President Obama told Mexico that the U.S. should ratify a small-arms treaty, Mr. Reid’s adverse "
                "reaction shelved that part of his party leader’s agenda.\n\nBut in the wake of the shooting, he said "
                "“every idea should be on the table.”",
                "The U.S. District Court for the District of Columbia ruled on Friday.\n\nThe company “even retraced "
                "its steps to make sure that nothing fell through the cracks,” it wrote to the judge.")
    direct = q[q["kind"].eq("direct") | q["doc_id"].eq("d0")]
    assert direct[["doc_id", "speaker"]].values.tolist() == [["d0", "Megyn Kelly"], ["d1", "Reid"],
                                                             ["d2", "The company"]]


def test_the_speaker_of_a_sentence_is_in_its_main_clause_or_in_an_attribution_that_opens_it():
    # Of the 20 MB file, shortened for the test. Fox News (Romney offers powerful alternative): "Where Obama has done
    # nothing ..., Romney would “identify and organize ...”" gave Romney's words to Obama; Reason (The New
    # Trustbusters): "As McCraw put it, Brandeis attacked consumer welfare ... because “consumers had betrayed him”"
    # is McCraw's account, and John Stossel's "As Sen. Rand Paul’s father, retired Texas Congressman Ron Paul, put
    # it, “...”" is Ron Paul's (both guards: the main clause's name is not the speaker there).
    q = _quotes("Barack Obama and Mitt Romney debated.\n\nWhere Obama has done nothing to help Syrian rebels for want "
                "of a permission slip from the UN, Romney would “identify and organize those members of the "
                "opposition who share our values.”",
                "Louis Brandeis hated big firms. Thomas McCraw wrote his history.\n\nAs McCraw put it, Brandeis "
                "attacked consumer welfare as an objective because “consumers had betrayed him: They had refused to "
                "follow his precepts.”",
                "Sen. Rand Paul spoke. Ron Paul spoke.\n\nAs Sen. Rand Paul’s father, retired Texas Congressman Ron "
                "Paul, put it, “No secret cabal of government officials should have the authority to create money.”")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d0", "Romney"], ["d1", "McCraw"], ["d2", "Ron Paul"]]


def test_who_after_a_description_and_a_quotation_that_is_how_someone_put_it():
    # Of the 20 MB file, shortened for the test. Louisville Courier-Journal (McConnell angry over the Bolton
    # manuscript): "And Kentucky's longtime senator, who has said he's in “total coordination” with the White
    # House" gave the words to John Bolton, named last; RollingStone (In Supreme Irony, the Horse Race Favors Bernie
    # Sanders): "“Sanders cements his front-runner status ...,” is how The New York Times put it." had no speaker.
    # Guard, The Guardian (Georgia special election): "JoAnn Birrell, a local elected official, who said: “...”"
    # stays hers (the description is her appositive).
    q = _quotes("Senate Majority Leader Mitch McConnell did not know that President Donald Trump's administration had "
                "a copy of an explosive manuscript by ex-national security adviser John Bolton, a spokesman said. "
                "And Kentucky's longtime senator, who has said he's in “total coordination” with the White "
                "House on the impeachment trial, reportedly isn't happy.",
                "There is a Yeah, but passage in nearly every write-up. “Sanders cements his front-runner status, but "
                "his narrow margins show how volatile this race is,” is how The New York Times put it.",
                "JoAnn Birrell spoke. Handel’s attitude was shared by some supporters, including JoAnn Birrell, a "
                "local elected official, who said: “If you look at the folks who are doing this, it’s all anti-Trump "
                "protesters.”")
    direct = q[q["kind"] == "direct"]
    assert direct[["doc_id", "speaker", "verb"]].values.tolist() == [
        ["d0", "Kentucky's longtime senator", "said"], ["d1", "The New York Times", "put"],
        ["d2", "JoAnn Birrell", "said"]]


def test_according_to_inside_a_clause_that_goes_on_reports_the_whole_clause():
    # Of the 20 MB file: The Guardian (The hysteria over Russian bots): "The grand total for all political ad
    # spending in the 2016 election cycle, according to Advertising Age, was $9.8bn" reported only its subject
    # ("The grand total for ... cycle"). Guards: Bloomberg (McCain Says Revenue Increase Possible): "..., according
    # to Chris Raymond, vice president of business development ..." (his title, not the statement's); written for
    # the test: "The march drew 20,000 people, according to police, while organisers said 100,000 took part."
    q = _quotes("The grand total for all political ad spending in the 2016 election cycle, according to Advertising "
                "Age, was $9.8bn.",
                "The sales won’t be enough to offset U.S. budget reductions, according to Chris Raymond, vice "
                "president of business development at Boeing.",
                "The march drew 20,000 people, according to police, while organisers said 100,000 took part.")
    rows = q[q["verb"] == "according to"]
    assert rows[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "Advertising Age", "The grand total for all political ad spending in the 2016 election cycle, "
                                  "according to Advertising Age, was $9.8bn"],
        ["d1", "Chris Raymond", "The sales won’t be enough to offset U.S. budget reductions"],
        ["d2", "police", "The march drew 20,000 people"]]


def test_a_pronoun_subject_and_a_thing_before_speak_for_it():
    # Of the 20 MB file, shortened for the test. CNN (Hillary Clinton: I have experience with men 'off the
    # reservation'): "She criticized his foreign policy as “reckless, loose, dangerous” ..." had no speaker; BBC
    # News (Fake news a democratic crisis for UK, MPs warn): "The report is expected to be very critical of
    # Facebook ... / “...,” it will say." had none; BBC News ('World faces worst recession'): "The Fund said ... .
    # It said investors might be unwilling ..." went to "GDP", named before; Fox News (Is the president really
    # seething ...?): "He has defended Kavanaugh, said he has a hard time believing the allegations" to Kavanaugh.
    q = _quotes("Hillary Clinton spoke in Ohio on Monday.\n\nShe criticized his foreign policy as “reckless, loose, "
                "dangerous” and said he is “really insulting to women.”",
                "The report is expected to be very critical of Facebook, which has been under scrutiny.\n\n"
                "“Facebook has hampered our efforts to get information about their company throughout this "
                "inquiry,” it will say.",
                "A second wave would knock 8 points off global GDP. The Fund said this scenario could trigger a "
                "downward spiral in indebted economies. It said investors might be unwilling to lend to some nations.",
                "Donald Trump spoke to reporters. He has defended Kavanaugh, said he has a hard time believing the "
                "allegations and ripped the Democrats.")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Hillary Clinton"], ["d0", "Hillary Clinton"], ["d1", "The report"], ["d2", "The Fund"],
        ["d2", "The Fund"], ["d3", "Donald Trump"]]


def test_the_one_told_is_not_the_teller_and_a_term_someone_said():
    # Of the 20 MB file, shortened for the test. Fox News (London knife crime): "a mother grilled Khan ... . “...,”
    # she told Khan." gave the mother's words to Sadiq Khan (no one names her: "she" stays unresolved); CNN (Hillary
    # Clinton: I have experience with men 'off the reservation'): "a term she said had “some very offensive roots”"
    # gave the words to "a term she".
    q = _quotes("Sadiq Khan spoke on Monday. Last month, a mother grilled Khan over the growing crime in the city.\n\n"
                "“It happened outside that police station that is closed down, my local police station,” she told "
                "Khan.",
                "Amanda Renteria, the campaign's political director, walked back the use of the word, a term she said "
                "had “some very offensive roots” to Native Americans.")
    mother = q[q["doc_id"] == "d0"]
    assert len(mother) == 1 and mother["actor"].iloc[0] != "Sadiq Khan" and mother["speaker"].iloc[0] != "Khan"
    assert q.loc[q["doc_id"] == "d1", ["speaker", "actor"]].values.tolist() == [["Amanda Renteria", "Amanda Renteria"]]


def test_a_paragraph_naming_a_column_by_someone_introduces_the_quotation_after_it():
    # Fox Online News (Evolution or flip-flopping? Why Trump is drawing flak), of the 20 MB file, shortened for the
    # test: "..., as in this column by CNN’s Fareed Zakaria: / “One might wonder ...”" had no speaker.
    q = _quotes("Fareed Zakaria writes for CNN.\n\nTrump's reversals have drawn left-handed compliments, as in this "
                "column by CNN’s Fareed Zakaria:\n\n“One might wonder why he didn’t have that conversation during the "
                "campaign. But at this point, it doesn’t matter.”")
    assert q[["speaker", "actor"]].values.tolist() == [["CNN’s Fareed Zakaria", "Fareed Zakaria"]]


def test_continued_reports_words_only_with_that_or_a_verb_of_saying():
    # Of the 20 MB file, shortened for the test: Townhall (CBP health checks after a child's death): "when the nausea
    # continued he was taken back to the hospital" was a statement of the nausea's; CNN (Conservative: She was not a
    # faceless liberal): "the country's politicians ... continued to push agendas that benefited themselves" one of
    # theirs. Guard, of the same file: "Mr. Trump continued to claim that Mrs. Clinton had somehow robbed ..." is his.
    q = _quotes("However, later that night when the nausea continued he was taken back to the hospital.",
                "And yet the country's politicians continued to push agendas that benefited themselves and few "
                "others.",
                "Even after winning the election, Mr. Trump continued to claim that Mrs. Clinton had somehow robbed "
                "Mr. Sanders of victory.")
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d2", "Trump", "Mrs. Clinton had somehow robbed Mr. Sanders of victory"]]


def test_a_dash_typed_as_a_hyphen_a_post_by_someone_and_words_named_as_someones_after_a_colon():
    # Of the 20 MB file, shortened for the test. CNN (Rep. Bachmann looks forward to 'limitless' future): "Democrats
    # were less laudatory - the House Majority PAC, which works ..., wrote Bachmann's decision was “...”" went to
    # Bachmann; Washington Times (Ferguson-like attack in Utah escapes media notice): "“...,” says a Thursday post on
    # Twitter by radio talk-show host Wayne Dupree, who is black." to "a Thursday post"; CNN (A tale of two terms):
    # "Her own experience ... shapes her early take on the political climate as Obama begins his fifth year in
    # office: “...”" to Obama (the first sentence, naming Mary Matalin, is written for the test); Fox Online News
    # (UK election: Johnson's Conservatives ...): "His message to voters ... was simple: “Get Brexit done.”" had none.
    q = _quotes("Rep. Michele Bachmann will not run again.\n\nDemocrats were less laudatory - the House Majority PAC, "
                "which works to elect Democrats to Congress, wrote Bachmann's decision was \"good news for the people "
                "of Minnesota and our nation.\"",
                "“Black cop kills unarmed white male #DillonTaylor in Utah,” says a Thursday post on Twitter by radio "
                "talk-show host Wayne Dupree, who is black.",
                "“They won’t have more than a year,” said the veteran Republican strategist Mary Matalin.\n\nHer own "
                "experience in the second Bush-Cheney term shapes her early take on the political climate as Obama "
                "begins his fifth year in office: “With a 2016 open primary looming, it will be all positioning all "
                "the time.”",
                "Boris Johnson called the election to get his withdrawal agreement through the chamber. His message to "
                "voters tired of the drama since the 2016 referendum was simple: \"Get Brexit done.\"")
    assert q[["doc_id", "actor"]].values.tolist() == [
        ["d0", "House Majority PAC"], ["d0", "House Majority PAC"], ["d1", "Wayne Dupree"], ["d2", "Mary Matalin"],
        ["d2", "Mary Matalin"], ["d3", "Boris Johnson"]]     # (d0: its statement, and the words quoted from it)


def test_a_speaker_from_a_place_and_its_state_and_no_words_where_a_thing_was_said():
    # CNN (Aaron Schock to resign amid spending scandal), of the 20 MB file, shortened for the test: "“...,” Ted
    # Mottaz, a resident of Elmwood, Illinois, told CNN just outside of Schock's Capitol Hill office." had no speaker,
    # and "just outside of Schock's Capitol Hill office" was a statement of his. Guard, Politico (Judge sets July 14
    # surrender date ... for Roger Stone), of the same file: "Trump tweeted just before 3 a.m. the next day that the
    # sentence was unfair" reports what follows "that".
    # Christian Science Monitor (Do voters care about more Trump tapes?): "“...,” John Green, a religion and politics
    # expert at the University of Akron, in Ohio, told the Monitor." ("in" before the state).
    q = _quotes("\"I'm very surprised that that happened. I'm sad that it happened,\" Ted Mottaz, a resident of "
                "Elmwood, Illinois, told CNN just outside of Schock's Capitol Hill office.",
                "Trump tweeted just before 3 a.m. the next day that the sentence was unfair.",
                "“Without overstating the case, it does remind me of the defense of President Bill Clinton,” John "
                "Green, a religion and politics expert at the University of Akron, in Ohio, told the Monitor.")
    assert q[["doc_id", "kind", "speaker", "quote"]].values.tolist() == [
        ["d0", "direct", "Ted Mottaz", "I'm very surprised that that happened. I'm sad that it happened,"],
        ["d1", "indirect", "Trump", "the sentence was unfair"],
        ["d2", "direct", "John Green", "Without overstating the case, it does remind me of the defense of President "
                                       "Bill Clinton,"]]


def test_a_pronoun_after_a_time_phrase_is_the_speaker():
    # Vox (The surprisingly logical reason Donald Trump is bringing up Bill Clinton's sex scandals), of the 20 MB
    # file, shortened for the test (its first sentence written for it): "after the debate he told reporters, “...”"
    # had the speaker "the debate he".
    q = _quotes("Donald Trump spoke in Ohio. In case anyone wasn't clear, after the debate he told reporters, \"I'm "
                "very happy that I was able to hold back on the indiscretions with respect to Bill Clinton.\"")
    assert q[["speaker", "actor"]].values.tolist() == [["Donald Trump", "Donald Trump"]]


def test_a_term_named_as_a_phrase_is_no_statement_whatever_follows_it():
    # Of the 20 MB file, shortened for the test: Fox News (Hope & change we can believe in -- strong Republican
    # health care alternative is here): "the phrase “loyal opposition” boasts a distinguished lineage" was a statement
    # of "a distinguished lineage"; Washington Times (Tragedy strikes hearts, changes minds of pro-gun Democrats):
    # "restrictions on so-called “assault weapons,” as Senate Majority Leader Harry Reid said it’s time ..." one of
    # Reid's; Christian Science Monitor (More light on the NSA): "the phrase “Big Brother is watching you” tells the
    # story of ..." one of "the story". Guard, written for the test: a sentence in quotation marks after "the phrase"
    # is still read ("the phrase “We will not go back.”" then "she said").
    q = _quotes("To be sure, there’s nothing wrong with opposing; the phrase “loyal opposition” boasts a distinguished "
                "lineage in English parliamentary history.",
                "Some pro-gun Democrats are now open to restrictions on so-called “assault weapons,” as Senate "
                "Majority Leader Harry Reid said it’s time Congress holds a gun-control debate.",
                "The classic novel that spawned the phrase “Big Brother is watching you” tells the story of a "
                "totalitarian government that closely spies on its citizens.",
                "Jane Roe spoke at the rally. She repeated the phrase “We will not go back.” she said.")
    assert q.loc[q["kind"] == "direct", ["doc_id", "quote"]].values.tolist() == [["d3", "We will not go back."]]


def test_a_written_work_is_no_statement_and_who_after_a_phrase_is_the_people_before_it():
    # Of the 20 MB file, shortened for the test: Slate (The Weekly Standard’s Dismantling Is Terrible News ...): "the
    # Week’s Damon Linker wrote a devastating critique of the magazine’s many lies" was a statement of his; The Daily
    # Caller (Gorsuch Joins Liberals To Make Deportations Harder): "Justice Elena Kagan wrote the opinion for a
    # five-member majority" one of hers; Washington Times (Pelosi, Democrats try impeachment as election issue ...):
    # "Sen. Susan Collins ... and Sen. Cory Gardner ... are two moderate Republicans up for re-election who said they
    # are willing ..." was said by "re-election". Guard, written for the test: "wrote that" still reports.
    q = _quotes("In May, the Week’s Damon Linker wrote a devastating critique of the magazine’s many lies about "
                "the FBI.",
                "Justice Elena Kagan wrote the opinion for a five-member majority.",
                "Sen. Susan Collins of Maine and Sen. Cory Gardner of Colorado are two moderate Republicans up for "
                "re-election who said they are willing to consider calling witnesses.",
                "Damon Linker wrote that the magazine had lied about the FBI.")
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d2", "two moderate Republicans", "they are willing to consider calling witnesses"],
        ["d3", "Damon Linker", "the magazine had lied about the FBI"]]


def test_clarified_reports_no_quote_is_empty_and_a_pronoun_after_a_phrase_speaks():
    # Of the 20 MB file, shortened for the test. Vox (Robert Mueller won’t save us): "Trump’s lawyers clarified that
    # the president can fire the FBI director “at any time and for any reason,”" went to the president ("clarified"
    # was no verb of saying); The Daily Wire (Trump, Biden Talk By Phone About Coronavirus): "writing on Twitter,
    # “”[W]hat ever happened ...?”" made a row with no words, spoken by "[W]hat ever happened to that phone call he";
    # Fox Online News (Opinion: Benghazi, Bergdahl and Hamas ...): "Speaking at West Point on May 28, 2014 he
    # reiterated that ... we may strike “...”" went to "2014 he" (its first sentence written for the test). Guards,
    # of the same file: Fox Online News (Report says NSA monitored 35 world leaders ...): "Westerwelle said he told
    # the ambassador “...”" stays Westerwelle's, not the ambassador's; Fox Online News (Strzok-Page texts on 'media
    # leak strategy' ...): "Strzok wrote, “...,” and on April 12 he told her ..." stays Strzok's.
    q = _quotes("Later, Trump’s lawyers clarified that the president can fire the FBI director “at any time and for "
                "any reason,” including to shut down an inconvenient investigation.",
                "Trump called out Biden early Monday, writing on Twitter, “”[W]hat ever happened to that phone call?”",
                "Barack Obama has never made a secret of his policy. Speaking at West Point on May 28, 2014 he "
                "reiterated that in taking direct action we may strike “only where there is near certainty of no "
                "civilian casualties.”",
                "The German Foreign Ministry summoned U.S. Ambassador John B. Emerson for a meeting with Foreign "
                "Minister Guido Westerwelle.\n\nIn a written statement, Westerwelle said he told the ambassador \"it "
                "is unacceptable that the mobile phone of our Federal Chancellor may have been subject to "
                "surveillance.\"",
                "On April 22, though, Strzok wrote, \"article is out! Well done, Page,\" and on April 12 he told her "
                "that two negative articles would soon come out, according to Meadows.")
    direct = q[q["kind"] == "direct"]
    assert direct["quote"].str.strip(" .,?!").ne("").all()
    assert direct[["doc_id", "actor"]].values.tolist() == [
        ["d0", ""], ["d2", "Barack Obama"], ["d3", "Guido Westerwelle"], ["d4", "Strzok"]]
    assert direct["speaker"].iloc[0] == "Trump’s lawyers"


def test_a_former_member_of_an_organisation_does_not_speak_for_it():
    # Of the 20 MB file, shortened for the test: Fox Online News (Les Moonves, top CBS exec, accused of sexual
    # misconduct ...): "“...” — Former CBS employee" was spoken by CBS; Politico (New GOP Congress confronts a crushing
    # to-do list): "former House lawyers say the proposal raise constitutional issues" by the House. Guard, written
    # for the test: "CBS said in a statement" is still CBS's.
    q = _quotes("“I had people touch my butt a couple times.” — Former CBS employee",
                "Democrats are up in arms, and former House lawyers say the proposal raises constitutional issues.",
                "CBS said in a statement that the claims were false.")
    assert q[["doc_id", "actor"]].values.tolist() == [["d0", ""], ["d1", ""], ["d2", "CBS"]]


def test_a_heading_that_quotes_the_words_given_next_is_no_statement():
    # USA TODAY (An abrupt ending that inspired GOP fury ...), of the 20 MB file, shortened for the test: the
    # subheading "'I have not heard a new point or original thought from either side'" was a statement of Zoe
    # Lofgren, quoted before it; the words are Rep. Tom McClintock's, given next ("... I have not heard a new point
    # or an original thought ..."). Guard, written for the test: a quotation alone in its paragraph that the next
    # paragraph does not repeat is still read.
    q = _quotes("“We don’t believe that’s a high crime and misdemeanor,” she said.\n\n'I have not heard a new point or "
                "original thought from either side'\n\nMembers of Congress appeared to be getting tired. Rep. Tom "
                "McClintock, R-Calif., quipped, \"Dare I state the obvious: I have not heard a new point or an "
                "original thought from either side in the last three hours.\"",
                "Sen. Jane Roe spoke on Monday.\n\n“We will keep fighting for the families of this state.”\n\nThe "
                "vote is on Tuesday.")
    assert [b.startswith("I have not heard") for b in q.loc[q["doc_id"] == "d0", "quote"]] == [False, False]
    assert q.loc[q["doc_id"] == "d1", "quote"].tolist() == ["We will keep fighting for the families of this state."]


def test_a_headline_named_as_one_is_no_statement():
    # Fox News (Des Moines Register publishes gun-ban column ...), of the 20 MB file, shortened for the test: "In a
    # column that appeared after the shooting with the headline “Kaul: Nation needs a new agenda on guns,” he proposed
    # ..." was a statement with no speaker. Guard, written for the test: words someone says after a headline is named
    # are still read.
    q = _quotes("In a column that appeared after the shooting with the headline \"Kaul: Nation needs a new agenda on "
                "guns,\" he proposed a new liberal agenda.",
                "The editor defended the headline. “We stand by every word of it,” she said.")
    assert q[["doc_id", "quote"]].values.tolist() == [["d1", "We stand by every word of it,"]]


def test_a_list_of_titles_is_no_statement_and_elaborated_reports():
    # Of the 20 MB file, shortened for the test: The Daily Caller (Year-End Wrap-Up: 2016’s Best Books And Movies For
    # Conservatives): "Some of the top conservative movies of 2016 include: “13 Hours,” “Hell or High Water,” ..." were
    # statements with no speaker; Vox (House Democrats’ plan to start protecting the Affordable Care Act, explained):
    # "Another source familiar with the situation elaborated: “...”" had no speaker. Guards, written for the test:
    # slogans on signs in a list and chanted slogans are still read.
    q = _quotes("Some of the top conservative movies of 2016 include: “13 Hours,” “Hell or High Water,” “Hacksaw "
                "Ridge.”",
                "Another source familiar with the situation elaborated: “If there was a chance that a clean fix could "
                "be enacted, it would be worthwhile.”",
                "Protesters carried signs, including “Our Rights Are Real,” and “Protect Women,” the Post reported.",
                "“We Will Win,” “Stop The Steal,” they chanted.")
    assert q.groupby("doc_id").size().to_dict() == {"d1": 1, "d2": 2, "d3": 2}
    assert q.loc[q["doc_id"] == "d1", "speaker"].tolist() == ["Another source familiar with the situation"]


def test_she_says_she_is_she():
    # Vox (Michael Avenatti’s client says she witnessed Kavanaugh sexually assault girls in high school), of the 20 MB
    # file, shortened for the test (its first sentence written for it): "She says she attended more than 10 house
    # parties ... and observed the pair as “joined at the hip.”" had the speaker "She says she".
    q = _quotes("Julie Swetnick signed a declaration. She says she attended more than 10 house parties with them from "
                "1981 to 1983 and observed the pair as “joined at the hip.”")
    assert q.loc[q["kind"] == "direct", ["speaker", "actor"]].values.tolist() == [["Julie Swetnick", "Julie Swetnick"]]


def test_a_participle_of_saying_before_the_words_outranks_the_paper_that_reported_them():
    # Of the 20 MB file, shortened for the test: TheBlaze.com (New Calif. bill would force restaurants to offer only
    # water or milk ...): "Assemblyman Kevin McCarty (D) argued ..., telling his colleagues in the chamber, “...,” the
    # Sacramento Bee reported." went to the Bee; TheBlaze.com (Former Trump campaign aide Rick Gates pleads guilty ...):
    # "Gates's lawyer, Thomas Green, declined to comment, saying he would “keep our powder dry,” USA Today reported." to
    # USA Today. Guard, written for the test: "“...,” the Sacramento Bee reported." alone is
    # the Bee's.
    q = _quotes("Assemblyman Kevin McCarty (D) argued for the bill's passage, telling his colleagues in the chamber, "
                "\"Kids' meals shouldn't come with a side order of diabetes,\" the Sacramento Bee reported.",
                "Gates's lawyer, Thomas Green, declined to comment, saying he would “keep our powder dry,” USA Today "
                "reported.",
                "\"The bill passed on a party-line vote,\" the Sacramento Bee reported.")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Kevin McCarty"], ["d1", "Thomas Green"], ["d2", "the Sacramento Bee"]]


def test_an_article_before_a_noun_like_notes_and_what_i_call_and_according_to_inside_a_quotation():
    # Of the 20 MB file, shortened for the test: Associated Press (Trump praise of ‘tormented’ Flynn raises pardon
    # speculation): "The notes also say, “...”" had no speaker ("notes" read as the verb); USA TODAY (‘I knew something
    # was not right’ ...): "He is now facing disciplinary proceedings and contends they are ..." was said by "He is
    # now facing disciplinary proceedings and"; Townhall (Obama Halts Global Warming by Executive Order): "what I like
    # to call “Science for Journalists.”" was a statement of the "Global Warming Alarmists Brigade"; NPR (DOMA
    # Challenge Tests Federal Definition Of Marriage): "She simply “wasn't married ..., according to DOMA.”" was a
    # statement of DOMA. The first sentences of the first two texts are written for the test.
    q = _quotes("An FBI official wrote notes that day. The notes also say, “If we’re seen as playing games, WH will be "
                "furious.”",
                "Jeff Dettbarn alerted the compliance officer. He is now facing disciplinary proceedings and contends "
                "they are an effort to retaliate against him.",
                "I ponder the Global Warming Alarmists Brigade’s latest effort in pseudo-science, or what I like to "
                "call “Science for Journalists.”",
                "And as for Edie Windsor: She simply \"wasn't married in the eyes of the United States Congress, "
                "according to DOMA.\"")
    assert q.loc[q["doc_id"] == "d0", "speaker"].tolist() == ["The notes"]
    assert q.loc[q["doc_id"] == "d1", ["speaker", "actor"]].values.tolist() == [["Jeff Dettbarn", "Jeff Dettbarn"]]
    assert "d2" not in set(q["doc_id"])
    assert "DOMA" not in set(q["speaker"])


def test_began_and_interrupted_attribute_a_quotation_right_before_them():
    # Of the 20 MB file, shortened for the test (the first sentence of the first text written for it): NPR (Sparks Fly
    # Between Clinton And Sanders At Flint Debate): "“If you are talking about the Wall Street bailout ...,” Sanders
    # began." had no speaker; The Atlantic (The Coronavirus Was an Emergency Until Trump Found Out Who Was Dying): "“Due
    # to the meatpacking, though, ...,” Roggensack interrupted to clarify." none. Guard, of the same file (RollingStone,
    # New Hampshire 2020 ...): "The New York Times declared “the End of Marcomentum” roughly 10 days after it began."
    # stays the Times's.
    q = _quotes("Bernie Sanders and Hillary Clinton debated.\n\n\"If you are talking about the Wall Street bailout "
                "where some of your friends destroyed this economy,\" Sanders began. Clinton began to interrupt.",
                "“Due to the meatpacking, though, that’s where Brown County got the flare,” Roggensack interrupted to "
                "clarify.",
                "The New York Times declared “the End of Marcomentum” roughly 10 days after it began.")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Bernie Sanders"], ["d1", "Roggensack"], ["d2", "The New York Times"]]


def test_he_after_a_phrase_put_first_is_the_subject_after_it_and_a_name_before_a_role_is_no_subject():
    # Of the 20 MB file, shortened for the test (the first sentence of each text written for it): Washington Times
    # (Romney gets another chance to sketch out centrist views): "In March, Romney spokesman Eric Fehrnstrom famously
    # foreshadowed the changes when he told CNN: “...”" went to Romney. Guards, of the same file: USA TODAY (Obama
    # will walk away from Iran talks if no inspections): "“...,” Obama told correspondent Bill Plante." then "He
    # said talks with Iran ..." stays Obama's (a verb before the role noun); The Daily Caller (White House Slaps Down
    # Trump Health Conspiracy Theorists): "Dr. Sanjay Gupta specifically asked Jackson whether Trump had heart
    # disease to which he replied, “...”" stays the one asked; CNN (Why Trump just can't (and probably won't) quit
    # the wiretap story): "With his wiretapping claims, Trump ... unmasker of Obama, a fraudulent figure who isn't who
    # he says he is" stays Obama's (there the first sentence is written for the test too).
    q = _quotes("Mitt Romney softened some stances. In March, Romney spokesman Eric Fehrnstrom famously foreshadowed "
                "the changes when he told CNN: “Well, I think you hit a reset button for the fall campaign.”",
                "\"We're going to be able to determine whether or not their system is able to accept a deal,\" Obama "
                "told correspondent Bill Plante. He said talks with Iran have not cost the United States anything.",
                "Ronny Jackson briefed the press corps. During the briefing, CNN medical analyst Dr. Sanjay Gupta "
                "specifically asked Jackson whether Trump had heart disease to which he replied, “No, he does not "
                "have heart disease.”",
                "Barack Obama left office in 2017. In fact, the contours of Trump's recent Obama fixation have much in "
                "common with birtherism. With his wiretapping claims, Trump once again positions himself as the "
                "great unmasker of Obama, a fraudulent figure who isn't who he says he is -- or so the theory goes.")
    assert q[["doc_id", "actor"]].values.tolist() == [
        ["d0", "Eric Fehrnstrom"], ["d1", "Obama"], ["d1", "Obama"], ["d2", "Ronny Jackson"],
        ["d3", "Barack Obama"]]


def test_that_is_why_opens_no_speaker_and_telling_a_story_reports_no_words():
    # Of the 20 MB file, shortened for the test: Fox News Opinion (Trump absolutely right to slap new tariffs on
    # China): "That is why his negotiators have insisted that ..." was said by "is why his negotiators"; Townhall
    # (Hillary: I Don't Accept the FBI's 'Extremely Careless' Email Scandal Rebuke): "refuses to acknowledge that she
    # told a single untruth about her email scheme, Hillary ... rejects ..." and Christian Science Monitor (Ted Cruz
    # isn't backing off 'God talk,' even in New Hampshire): "he tells the story of his father, Rafael Cruz" were
    # statements. Guard, written for the test: "told the story's author she had been misquoted" is one.
    q = _quotes("Trump knows Beijing will cheat on any deal. That is why his negotiators have insisted that U.S. "
                "tariffs remain on Chinese goods.",
                "As her chief spokesman shamelessly refuses to acknowledge that she told a single untruth about her "
                "email scheme, Hillary equally shamelessly rejects James Comey's sharp reprimand.",
                "Ted Cruz asks voters to pray. And he tells the story of his father, Rafael Cruz, a Cuban refugee.",
                "Maria Lopez called the paper. She told the story's author she had been misquoted.")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d0", "his negotiators"], ["d3", "Maria Lopez"]]


def test_a_sentence_closed_by_the_same_he_said_passes_his_turn_back():
    # Of the 20 MB file, shortened for the test (the first sentence of the first two texts written for it): CNN
    # (Post-convention campaigns take off with focus on economy): "But any progress ... will be for naught ..., if
    # Romney wins the election, he said." (Obama speaking) then "“...,” he said in his speech." went to Romney;
    # Christian Science Monitor (Paris pullout: Now, US cities and states respond): "Tom Pyle ... says the federal
    # level did not let down US voters. Trump was right to withdraw ..., he says." then "..., he says." went to Trump.
    # Guard, of the same file (Christian Science Monitor, In Bronx, Sanders supporters see more common ground with
    # Trump than Clinton): "Kevin Rose, a bartender ..., recently became a citizen just to vote for Sanders, he says."
    # after "she says" stays his.
    q = _quotes("Mitt Romney said the report was very disappointing. President Barack Obama specified several "
                "economic pledges. But any progress thus far will be for naught, if Romney wins the election, he "
                "said.\n\n\"If you turn away now, change will not happen,\" he said in his speech.",
                "Donald Trump said the deal was bad. On the other hand, Tom Pyle, president of the American Energy "
                "Alliance, says the federal level did not let down US voters. Trump was right to withdraw from the "
                "Paris agreement, he says.\n\nMany of the adjustments made at the city level are the result of "
                "onerous regulations, he says.",
                "Her uncle was deported after being convicted of two misdemeanors, she says.\n\nKevin Rose, a "
                "bartender in Greenwich Village, recently became a citizen just to vote for Sanders, he says. “I "
                "don’t trust her; never have, never will,” he says.")
    assert q.loc[q["kind"] == "direct", ["doc_id", "actor"]].values.tolist() == [
        ["d0", "Barack Obama"], ["d2", "Kevin Rose"]]
    assert q.loc[(q["doc_id"] == "d1") & q["quote"].str.startswith("Many"), "actor"].tolist() == ["Tom Pyle"]


def test_assured_reports_words_and_an_appositive_left_open_after_a_name_does_not_speak():
    # Of the 20 MB file, shortened for the test (the first sentence of the first and third texts written for it):
    # Politico (The Week Mike Pence’s 2016 Dreams Crumbled): "“...,” Pence assured state and national media" had no
    # speaker; Washington Times (Justice Department issues warrant for Iranian tanker seizure): "Jessie K. Liu, the
    # U.S. Attorney for the District of Columbia said the tanker ..." was said by the attorney's description (its
    # actor the District of Columbia). Guards, of the same file: Townhall (Reid: Relax, Obamacare's Just an
    # Incremental Step Toward Single Payer): "they can rest assured that ..." reports nothing; Fox Online News (Trump
    # on 'Fox & Friends': ...): "In a phone interview ... with hosts Steve Doocy, Ainsley Earhardt, and Brian Kilmeade,
    # the president said that ..." stays the president's; Washington Times (Knew nothing about any misconduct: ...):
    # "Mark Judge, the man Ms. Blasey Ford says was in the room ..., also told" gives the words to Ms. Blasey Ford.
    q = _quotes("Mike Pence held a news conference.\n\n“It’s been a tough week here in the Hoosier State, but we’re "
                "going to move forward,” Pence assured state and national media.",
                "As average Americans try to survive the Obamacare era, they can rest assured that their rulers will "
                "soon return with an improved plan.",
                "A court issued a warrant. Jessie K. Liu, the U.S. Attorney for the District of Columbia said the "
                "tanker and its contents should be forfeited.",
                "In a phone interview on \"Fox & Friends\" with hosts Steve Doocy, Ainsley Earhardt, and Brian "
                "Kilmeade, the president said that his phone call was a \"good conversation.\"",
                "Mark Judge, the man Ms. Blasey Ford says was in the room when she was assaulted, also told the FBI "
                "nothing.")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Mike Pence"], ["d2", "Jessie K. Liu"], ["d3", "the president"], ["d4", "Blasey Ford"]]


def test_a_quotation_opening_its_sentence_after_someone_said_something_is_theirs():
    # Of the 20 MB file, shortened for the test: USA TODAY (Reports: 6 dead, suspects sought in Navy shooting):
    # "Patricia Ward, a logistics management specialist, said she was in the cafeteria. “I heard three shots ...”" had
    # no speaker; Al Jazeera (Sikhs mark Guru Nanak's 550th birth anniversary in Pakistan): "Sandhu, who runs a truck
    # company in Canada, said the highlight of his trip was ... “Every person treats us respectfully.”" neither.
    # Guards, of the same file: Christian Science Monitor (Why fake news holds such allure): "“Was it a fake story when
    # ...? When they said Trump cannot win ...?” asks Mr. Saks. “...”" stays his; NPR (Keeping It Civil: ...):
    # "Another tip is to stay humble, says Karin Tamerius, a former psychiatrist and founder of Smart Politics, a
    # nonprofit that teaches ... across the political spectrum. “...”" is not the tip's (it is hers, which is not read
    # yet: only that it is not the tip's is asserted). The first sentence of the last text is written for the test.
    q = _quotes("Rick Mason, a program management analyst, said a gunman began shooting.\n\nPatricia Ward, a logistics "
                "management specialist, said she was in the cafeteria. \"I heard three shots — pow, pow, pow. Thirty "
                "seconds later I heard four more shots.\"",
                "Sandhu, who runs a truck company in Canada, said the highlight of his trip was the number of tea "
                "invites he received. \"Every person treats us respectfully. They offer us tea.\"",
                "“Was it a fake story when The New York Times said Hillary Clinton was going to win in a landslide? "
                "When they said Trump cannot win because he has alienated too many people?” asks Mr. Saks. “The fake "
                "story was ‘Hillary Clinton is destined to win the presidency.’ ”",
                "Arguments go better with some rules. Another tip is to stay humble, says Karin Tamerius, a former "
                "psychiatrist and founder of Smart Politics, a nonprofit that teaches progressives activists how to "
                "communicate more effectively with people across the political spectrum. \"While you may be well "
                "educated on a topic, you may not know everything.\"")
    direct = q[q["kind"] == "direct"]
    assert direct.loc[direct["doc_id"] != "d3", ["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Patricia Ward"], ["d1", "Sandhu"], ["d2", "Saks"], ["d2", "Saks"]]
    assert not direct.loc[direct["doc_id"] == "d3", "speaker"].str.startswith("Another tip").any()


def test_a_roundup_line_after_a_lead_phrase_and_a_speaker_with_age_and_home_town_after_the_words():
    # Of the 20 MB file, shortened for the test: The Flip Side (General Election Update): "Regarding voting procedures
    # in November, “...” Jonathan Bernstein, Bloomberg" had no speaker; NBC News (Questions about COVID-19 test
    # accuracy raised across the testing spectrum): "“...,” Bowen, 31, of Portland, Oregon, said." none; USA TODAY
    # (Baltimore deals with devastation, nation with hard questions): "“...,” Mitchum Alexander, 46, of Baltimore,
    # said." none. Guard, written for the test: "On Monday, “We will win,” Trump said." stays Trump's.
    q = _quotes("Mail voting is popular.\n\nRegarding voting procedures in November, “No one knows how difficult "
                "in-person voting will be by the fall, but states should prepare for the worst.” Jonathan Bernstein, "
                "Bloomberg\n\nOn Monday, “We will win,” Trump said.",
                "For Sarah Bowen, it all started with a sore throat.\n\n“By the end of the day, it just got a little "
                "worse and I didn’t feel great,” Bowen, 31, of Portland, Oregon, said.",
                "\"We have too much violence against all the little brown children,\" Mitchum Alexander, 46, of "
                "Baltimore, said.")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Jonathan Bernstein"], ["d0", "Trump"], ["d1", "Sarah Bowen"], ["d2", "Mitchum Alexander"]]


def test_reflects_attributes_a_quotation_right_before_it():
    # Mother Jones (Waiter, There’s a Climate Surcharge in My Soup), of the 20 MB file, shortened for the test: "The
    # array is “a little high-end right now,” Sahni reflects, “which speaks to that clientele ...”" had no speaker.
    # Guard, written for the test: a quotation with no comma before "Smith reflects" is no statement of his.
    q = _quotes("Chhavi Sahni runs a restaurant. The array is “a little high-end right now,” Sahni reflects, “which "
                "speaks to that clientele who have the extra resource.”",
                "Crime rose. The county saw “a rise in crime” Smith reflects.")
    assert q.loc[q["doc_id"] == "d0", ["speaker", "actor"]].values.tolist() == [["Sahni", "Chhavi Sahni"]] * 2
    assert "Smith" not in set(q.loc[q["doc_id"] == "d1", "speaker"])


def test_a_place_after_in_or_from_says_nothing_quoted_near_it():
    # Of the 20 MB file, shortened for the test: Christian Science Monitor (For millions of immigrants, future hinges on
    # Supreme Court): "Their children were both born in the US, but have grown up “in the shadows”" gave the words to
    # the United States; CNN (What candidates' wives are telling us): "As a reporter from VG (The Way of the World),
    # the largest newspaper in Norway, was heard to ask, “...”" gave them to Norway.
    q = _quotes("Merced Cruz came from Mexico. Their children were both born in the US, but have grown up “in the "
                "shadows” with their parents.",
                "As a reporter from VG (The Way of the World), the largest newspaper in Norway, was heard to ask, "
                "\"What do these women do that their men can't?\"")
    assert q.loc[q["doc_id"] == "d0", "actor"].tolist() == []        # the writer's phrase: no one's, no statement
    assert q.loc[q["doc_id"] == "d1", "actor"].ne("Norway").all()      # (the reporter's: not read yet)


def test_a_dateline_a_person_from_a_country_and_a_tweet_with_words_before_its_link():
    # Of the 20 MB file, shortened for the test: CNN (Clinton to join recount that Trump calls 'scam'): "Washington
    # (CNN) Hillary Clinton's campaign said ..." was said by "Washington (CNN) Hillary Clinton's campaign"; CNN (ICE
    # raids are looming. ...): "“...,” the undocumented immigrant from Nicaragua told CNN." was Nicaragua's; Fox
    # Online News (Explosion in New York City believed to be 'intentional,' mayor says; 29 injured): "“...” NYC
    # explosion pic.twitter.com/... — Liz Mandel (@elisabetherapy)" had no speaker.
    q = _quotes("Washington (CNN) Hillary Clinton's campaign said Saturday it will take part in efforts to push for "
                "recounts in several key states.",
                "“I felt that day like it was a hurricane coming,” the undocumented immigrant from Nicaragua told CNN.",
                "Police searched the area.\n\n\"Louder than any thunder I've ever heard in my life. Like the sky "
                "exploded. Shook the building\" NYC explosion pic.twitter.com/WsY3Ax7PS7 — Liz Mandel "
                "(@elisabetherapy) September 18, 2016")
    assert q[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "Hillary Clinton's campaign", ""], ["d1", "the undocumented immigrant from Nicaragua", ""],
        ["d2", "Liz Mandel", "Liz Mandel"]]


def test_proclaimed_reports_words_and_loudly_is_no_part_of_the_speaker():
    # Of the 20 MB file, shortened for the test (the first sentence of the first text written for it): Reason (Trump's
    # Economic Fraud): "“There is no limit to the number of jobs we can create ...,” he proclaimed" had no speaker; Fox
    # Online News (Divorcing Trump: ...): "During the campaign, many loudly proclaimed that ..." (then no row); CNN (Why
    # the Senate Keystone vote is important): "where protestors loudly chanted, “...”" was said by "protestors loudly".
    q = _quotes("Donald Trump spoke in Detroit. \"There is no limit to the number of jobs we can create and the amount "
                "of prosperity we can unleash,\" he proclaimed.",
                "During the campaign, many loudly proclaimed that they could never vote for Trump.",
                "There was a more rambunctious protest in Carper's office, where protestors loudly chanted, \"You "
                "can't eat money, you can't drink oil.\"")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d0", "Donald Trump"], ["d1", "many"], ["d2", "protestors"]]


def test_a_clause_with_no_subject_put_first_leaves_the_pronoun_its_turn():
    # Vox (Lindsey Graham: firing Mueller “would be the end” of the Trump presidency), of the 20 MB file, shortened
    # for the test: "Sen. Joe Manchin ... told NBC’s Todd on Sunday that .... When pressed on the assertion by Todd, he
    # went on to discuss ... . “...,” he said." went to Todd. Guard, of the same file (NPR, Stumping For GOP Governors,
    # Chris Christie Gets His Own Boost): "While Christie generally wins praise for his record, he is also known for
    # his brashness ... . “Are you stupid?” he said" stays Christie's (a clause with its own subject).
    q = _quotes("Democratic Sen. Joe Manchin told NBC’s Chuck Todd on Sunday that the order was probably just “New "
                "York talk.”\n\nWhen pressed on the assertion by Todd, he went on to discuss Trump’s business record. "
                "“You have a person who’s the president of the United States that has been totally in control of his "
                "life,” he said.",
                "Haley Barbour praised the governors. “It is about divided government,” Barbour says.\n\nWhile Chris "
                "Christie generally wins praise for his record, he is also known for his brashness.\n\n\"Are you "
                "stupid?\" he said.")
    assert q.loc[q["kind"] == "direct", ["doc_id", "actor"]].values.tolist()[-3:] == [
        ["d0", "Joe Manchin"], ["d1", "Haley Barbour"], ["d1", "Chris Christie"]]


def test_a_roundup_signature_below_a_quotation_given_in_two_parts():
    # The Flip Side (Clinton’s Comments on Gabbard), of the 20 MB file, shortened for the test: a paragraph "“Trump’s
    # defenders will say ... But… ‘...’… ‍ “In the absence of an explicit quid pro quo ...”" (two parts of one view,
    # joined by a zero-width joiner) then "Noah Feldman, Bloomberg" on its own line: the second part had no speaker.
    q = _quotes("“The call shows how Trump enlists the might of the U.S. government in his schemes.”\n\nDavid A. "
                "Graham, The Atlantic\n\n“Trump’s defenders will say this evidence is all circumstantial. But "
                "circumstantial evidence is not weak evidence. But… ‘even when a corrupt deal is struck implicitly, "
                "the government can still prosecute extortion.’… \u200d “In the absence of an explicit quid pro quo "
                "over restarting aid, the context and circumstances are what will become the focus of the "
                "investigation.”\n\nNoah Feldman, Bloomberg")
    assert q["speaker"].iloc[[0, -1]].tolist() == ["David A. Graham", "Noah Feldman"]
    assert q["quote"].iloc[-1].startswith("In the absence")


def test_rear_adm_a_mom_in_a_country_a_name_before_he_said_and_a_sitcom():
    # Of the 20 MB file, shortened for the test: ABC News (In Shift, White House Calls ISIS Fight A ‘War’): "spokesman
    # Rear Adm. John Kirby echoed that assessment: “...,” he said." went to a person named "Rear"; Reason (There's
    # Light—and Growth—at the Other End of the Coronavirus Tunnel): "“...,” a mom in Canada tells me." to Canada; CNN
    # (Charleston church shooter Dylann Roof appears in court): "... came from Charleston County Sheriff's Office
    # spokesman Maj. Eric Watson. Roof, he said, “is in protective custody ...”" to Roof; Reuters (U.S. Supreme Court
    # snubs review of defamation suit against Cosby): "Cosby, who starred in the popular 1980s sitcom “The Cosby
    # Show,” of assault" was a statement. The second sentence of the third text is written for the test.
    q = _quotes("At the Pentagon, spokesman Rear Adm. John Kirby echoed that assessment: \"This is not the Iraq War,\" "
                "he said.",
                "\"My daughter is almost 12 and my son is 9, and they've been off school since March 12,\" a mom in "
                "Canada tells me.",
                "An insight into Roof's state of mind came from Charleston County Sheriff's Office spokesman Maj. Eric "
                "Watson. Dylann Roof was arrested in North Carolina.\n\nRoof, he said, \"is in protective custody. He "
                "is currently sitting on his bed.\"",
                "More than 50 women have accused Cosby, who starred in the popular 1980s sitcom “The Cosby Show,” of "
                "assault.")
    assert q[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "John Kirby", "John Kirby"], ["d1", "a mom in Canada", ""], ["d2", "Eric Watson", "Eric Watson"]]


def test_exclaimed_attributes_a_quotation():
    # Of the 20 MB file, shortened for the test: National Review (The War on Christmas): "Scrooge exclaims, “What would
    # I not have given to be one of them!”" went to the Ghost named before; Washington Times (White House says Russia
    # ‘losing’ war in Ukraine): "“Mom, hang in there,” exclaimed a weeping woman" had no speaker. The first sentence of
    # the second text is written for the test.
    q = _quotes("The Ghost then takes poor Ebenezer to see children playing. Scrooge exclaims, “What would I not have "
                "given to be one of them!”",
                "Shells exploded in the distance.\n\n“Mom, hang in there,” exclaimed a weeping woman.")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d0", "Scrooge"], ["d1", "a weeping woman"]]


def test_words_quoted_in_a_contrasting_clause_are_not_those_of_the_main_clauses_speaker():
    # USA TODAY (Trump slams 'fake news' and 'politically motivated ingrates' for criticizing Puerto Rico aid efforts),
    # of the 20 MB file, shortened for the test: "While Trump accused the mayor of acting as the behest of Democrats
    # “to be nasty to Trump,” Cruz said she was only appealing for quicker help" gave Trump's words to Cruz. Guard,
    # written for the test: "“We need help,” Cruz said Tuesday." stays hers.
    q = _quotes("President Donald Trump directly targeted the mayor of San Juan, Carmen Yulin Cruz.\n\nWhile Trump "
                "accused the mayor of acting as the behest of Democrats \"to be nasty to Trump,\" Cruz said she was "
                "only appealing for quicker help to save lives.\n\n\"We need help now,\" Cruz said Tuesday.")
    assert q[["speaker", "actor", "kind"]].values.tolist() == [
        ["Trump", "Donald Trump", "direct"], ["Cruz", "Carmen Yulin Cruz", "indirect"],
        ["Cruz", "Carmen Yulin Cruz", "direct"]]


def test_a_phrase_of_time_between_the_speaker_and_the_verb_names_no_one():
    # The Guardian (Fauci says US might not see 'second wave' of Covid-19 cases), of the 20 MB file, shortened for
    # the test: "Fauci, the director of ... who has been sidelined ... since April, after breaking with Donald
    # Trump’s position on reopening the economy, told CNN" gave the statement to "April".
    q = _quotes("But Fauci, the director of the National Institute of Allergy and Infectious Diseases who has been "
                "sidelined by the White House since April, after breaking with Donald Trump’s position on reopening "
                "the economy, told CNN on Friday increases in cases in several states were not necessarily indicative "
                "of a “second spike” of infections.")
    assert q.loc[q["kind"] == "indirect", "speaker"].tolist() == ["Fauci"]


def test_a_relative_clause_after_a_sentence_is_no_attribution():
    # New York Post (Whistleblower’s lawyers fear for his safety amid Trump remarks), of the 20 MB file, shortened
    # for the test: "... and passed it on to Maguire, who testified before the House Intelligence Committee." gave
    # the inspector general's act to Maguire as his statement. Guard: USA TODAY (China reports the most coronavirus
    # deaths in one day ...): "..., WHO Director-General Tedros Adhanom Ghebreyesus said." is his (WHO, not "who").
    q = _quotes("The intelligence community inspector general, Michael Atkinson, deemed the Aug. 12 complaint "
                "“credible” and passed it on to Maguire, who testified before the House Intelligence Committee.",
                "A team from the World Health Organization arrived in China this week to lay the groundwork for a "
                "larger international team, WHO Director-General Tedros Adhanom Ghebreyesus said.")
    assert q.loc[q["kind"] == "indirect", ["doc_id", "speaker"]].values.tolist() == [
        ["d1", "Director-General Tedros Adhanom Ghebreyesus"]]


def test_a_testimony_is_the_witness_words_not_those_of_the_one_who_heard_it():
    # USA TODAY (What the Mueller report on the Russia investigation says about Vice President Mike Pence), of the
    # 20 MB file, shortened for the test: "“...,” according to Flynn's testimony to special counsel Robert Mueller."
    # went to Mueller.
    q = _quotes("Michael Flynn told Trump that he may have forgotten details of his calls.\n\n\"The President "
                "responded, 'Okay, That's fine. I got it,'\" according to Flynn's testimony to special counsel Robert "
                "Mueller.")
    assert q.loc[q["kind"] == "direct", "actor"].tolist() == ["Michael Flynn"]


def test_what_a_video_shows_is_no_statement_of_the_one_who_tweeted_it():
    # NPR Online News (The Latest On Paris Attack: Several Detained, But Manhunt Continues), of the 20 MB file:
    # "Masouras also tweeted a video that shows the crowd whispering La Marseillaise" was his statement. Guard,
    # written for the test: "tweeted a message that ..." reports what he wrote.
    q = _quotes("Masouras also tweeted a video that shows the crowd whispering La Marseillaise, France's national "
                "anthem.",
                "Masouras also tweeted a message that the crowd was whispering La Marseillaise.")
    assert q["doc_id"].tolist() == ["d1"]


def test_a_phrase_put_first_is_not_the_subject_a_pronoun_continues():
    # Reason (Jerry Falwell Jr. Has a Free Speech Problem), of the 20 MB file, shortened for the test: after "In an
    # interview with radio host Todd Starnes, Falwell derided reporters ...", "Both pieces, he claimed, ..." went
    # to Starnes.
    q = _quotes("Jerry Falwell Jr. is now demanding the arrest of two reporters.\n\nIn an interview with radio host "
                "Todd Starnes, Falwell derided reporters at The New York Times and ProPublica for how they covered his "
                "decision. Both pieces, he claimed, unfairly portrayed Liberty's attitude toward the coronavirus as "
                "flippant and careless.")
    assert q["actor"].tolist() == ["Jerry Falwell Jr."]


def test_a_source_with_an_aside_in_brackets_and_a_report_named_after_its_verb():
    # Reason (Biker Gang Leader's DIY Guns Are Part of a Predictable Prohibition Story), of the 20 MB file, shortened
    # for the test: "“...,” according to the Australian Crime Commission (now folded into ...)." and "“...,” reports
    # the Switzerland-based Small Arms Survey." had no speaker. Guard: Daily Beast (Local Businesses Love the
    # ‘Domestic Terror’ Zone in Seattle, Actually): "stating its “anecdotal” reports had come from media" is no
    # report by anyone named "had come from media".
    q = _quotes("\"Drivers for domestic illicit manufacture of (submachine guns) include their lethality and compact "
                "size,\" according to the Australian Crime Commission (now folded into the Australian Criminal "
                "Intelligence Commission).\n\n\"Sub-machine guns are perhaps the most widely documented craft-produced "
                "small arms in circulation,\" reports the Switzerland-based Small Arms Survey.",
                "The department appeared to backtrack on those claims Thursday, stating its “anecdotal” reports had "
                "come from media and social media.")
    assert q[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "the Australian Crime Commission", "Australian Crime Commission"],
        ["d0", "the Switzerland-based Small Arms Survey", "Small Arms Survey"],
        ["d1", "The department", ""]]        # the department states, with a word quoted, where its reports came from


def test_a_role_after_a_nationality_is_the_person_who_holds_it():
    # ABC News (Trump's DOJ clears president of violating campaign finance law in Ukraine-Biden call), of the 20 MB
    # file, shortened for the test: "The Ukrainian president responded by assuring Trump that a new prosecutor would
    # “look into the situation.”" went to Ukraine, the country.
    q = _quotes("In the memorandum of the call between Trump and Ukrainian President Volodymyr Zelenskiy, Trump "
                "repeatedly invoked Barr.\n\nThe Ukrainian president responded by assuring Trump that a new prosecutor "
                "would \"look into the situation.\"")
    assert q["actor"].tolist() == ["Volodymyr Zelenskiy"] * 2     # "a new prosecutor would “...”", then the quotation


def test_words_quoted_in_a_clause_opened_by_and_though_are_not_the_main_clauses():
    # ABC News (Tillerson ends Europe trip after wave of rebukes on Trump positions), of the 20 MB file, shortened for
    # the test: "And though the president has called the Iran deal an “embarrassment,” Tillerson said this week the
    # U.S. is still a part of the deal." gave the president's word to Tillerson. Townhall (OPINION: Liberalism Is A
    # Social (Media) Disease): "And while conservatives said, “...,” liberals declared there was ..." gave the
    # conservatives' words to liberals. Guard: BBC News (Denmark defiant on Greenland after Trump cancels state
    # visit): "While praising Denmark as a "very special country", Mr Trump said in a tweet ... that" (a participle,
    # no clause of its own) stays his; its first sentence is written for the test.
    q = _quotes("In the past, Trump has seemed skeptical of climate change.\n\nAnd though the president has called "
                "the Iran deal an “embarrassment,” Tillerson said this week the U.S. is still a part of the deal.",
                "And while conservatives said, “If you have something, show me the proof,” liberals declared there was "
                "no need for proof.",
                "Mr Trump had praised Denmark. While praising Denmark as a \"very special country\", Mr Trump said in "
                "a tweet on Tuesday that his planned visit would no longer go ahead.")
    direct = q[q["kind"] == "direct"]
    assert ["d0", "Tillerson"] not in direct[["doc_id", "speaker"]].values.tolist()
    assert direct.loc[direct["doc_id"] != "d0", ["doc_id", "speaker"]].values.tolist() == [
        ["d1", "conservatives"], ["d2", "Trump"]]


def test_a_question_opened_by_will_names_no_one_called_will():
    # Christian Science Monitor (‘Texodus’: Why the Lone Star State might turn blue for real this time), of the 20 MB
    # file, shortened for the test: after "Will Texas turn blue?", "she says" went to a person named "Will Texas".
    # Guard, written for the test: "Will Hurd said ..." is a name.
    q = _quotes("“How well Beto did in the election last year – that was surprising,” says Mrs. Patruso, “and good.”"
                "\n\nSo could 2020 be the year? Will Texas turn blue?\n\n“I don’t think so just yet,” she says.",
                "Will Hurd said the wall was a waste. Will Hurd run again?")
    assert q["speaker"].tolist() == ["Patruso", "Patruso", "Will Hurd"]


def test_a_that_clause_of_a_speech_or_a_tweet_after_about_or_to_is_a_relative_clause():
    # Of the 20 MB file, shortened for the test: NPR Online News (Fact Checkers Ding Romney On A Few Familiar Points):
    # "what the organization said about the acceptance speech that GOP vice presidential nominee Paul Ryan gave to
    # the Republican National Convention" was the organisation's statement; Politico (House Republican leaders
    # condemn GOP candidate who made racist videos): "Greene replied to a tweet that included several memes" was
    # Greene's. Guard: Fox Online News (Kansas and Nebraska leaders welcome NRA convention after Dallas official’s
    # warning): "the NRA said after Caraway’s remarks that it will not consider moving the convention" is the NRA's.
    q = _quotes("That analysis from the nonpartisan FactCheck.org is cheery compared to what the organization said "
                "about the acceptance speech that GOP vice presidential nominee Paul Ryan gave to the Republican "
                "National Convention on Wednesday.",
                "In February 2019, Greene replied to a tweet that included several memes accusing Soros of being part "
                "of a secret totalitarian world government.",
                "Following Caraway’s remarks, the NRA said after Caraway’s remarks that it will not consider moving "
                "the convention.")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d2", "the NRA"]]


def test_a_sentence_opened_by_says_a_paraphrase_after_according_to_and_a_participle_after_but():
    # Of the 20 MB file, shortened for the test: Christian Science Monitor (How Obama can recover from stunning trade
    # defeat: Emulate Reagan): "Says one senator who usually sides with the administration: “...”" had no speaker;
    # BBC News (Summers could become 'too hot for humans'): a quotation alone after "According to Dr Rebecca Lucas,
    # ..., the symptoms can escalate ..." went to Dr Lee, named before; Fox Online News (Strzok-Page texts on 'media
    # leak strategy' fuel Trump fury at DOJ: 'NOTHING is being done'): "An FBI official pushed back at the time, but
    # Meadows largely stood by his claims, saying, “...”" went to the FBI official.
    q = _quotes("Members of the party think that the majority had bullied them. Says one senator who usually sides "
                "with the administration: “The inability of the president himself to build up a relationship with "
                "people on the Hill has made it impossible.”",
                "And as Dr Lee and other medics have found, the layers of equipment have the effect of preventing the "
                "sweat from evaporating.\n\nAccording to Dr Rebecca Lucas, who researches physiology at the University "
                "of Birmingham, the symptoms can escalate from fainting and disorientation to cramps.\n\n\"It can "
                "become very serious as you overheat, and in all areas of the body.\"",
                "It comes after Rep. Mark Meadows last month touched off a firestorm by claiming on Twitter that his "
                "office had information.\n\nAn FBI official pushed back at the time, but Meadows largely stood by his "
                "claims, saying, “We have emails and texts plainly showing the FBI leaks to the media.”")
    direct = q[q["kind"] == "direct"]
    assert direct[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "one senator who usually sides with the administration"], ["d1", "Rebecca Lucas"], ["d2", "Meadows"]]


def test_according_to_opening_a_clause_inside_the_sentence_names_the_words_after_it():
    # Of the 20 MB file, shortened for the test: Washington Free Beacon (Anne Frank Center Compares Trump to Hitler):
    # "Goldstein has a background in political organizing, and, according to the Atlantic, the center “shuttered its
    # small museum ...”" gave the words before "according to" to the Atlantic and the quotation to Goldstein; Vox
    # (The scandal over Mike Flynn's secret talks with the Russians, explained): "The conversation covered the
    # sanctions, and, according to two officials, suggested that ..." gave the first clause to the officials. Guards:
    # Politico (Jeb Bush comments have blogs in uproar): "Bush said Monday, according to Buzzfeed, accusing the
    # president of making a “purely political calculation”" stays Bush's; Washington Times (Former Sen. Tom Coburn,
    # Washington's top waste watcher, dead at 72): "according to a longtime aide, ... future “American Idol” winner"
    # is a title, no statement.
    q = _quotes("Steven Goldstein leads the center. Goldstein has a background in political organizing, and, according "
                "to the Atlantic, the center \"shuttered its small museum and disbanded its board of advisers.\"",
                "The conversation covered the sanctions, and, according to two officials, suggested that the Trump "
                "administration would be rolling back the sanctions in the future.",
                "“His first year could have been a year of enormous accomplishment,” Jeb Bush said Monday, according "
                "to Buzzfeed, accusing the president of making a “purely political calculation” to run a partisan "
                "administration.",
                "A little-known fact, according to a longtime aide, is that one of the babies Mr. Coburn delivered was "
                "future “American Idol” winner Carrie Underwood.")
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "the Atlantic", "shuttered its small museum and disbanded its board of advisers."],
        ["d1", "two officials", "suggested that the Trump administration would be rolling back the sanctions in the "
                                "future"],
        ["d2", "Jeb Bush", "His first year could have been a year of enormous accomplishment,"],
        ["d2", "Jeb Bush", "purely political calculation"]]


def test_no_matter_what_someone_said_reports_no_statement():
    # Salon (Donald Trump is on the ropes), of the 20 MB file, shortened for the test: "No matter what any of his
    # interviewers said he was obstinate in his insistence that ..." was a statement of his interviewers.
    q = _quotes("He claimed it is simple common sense. No matter what any of his interviewers said he was obstinate "
                "in his insistence that Judge Curiel was biased against him.")
    assert q["speaker"].tolist() == ["He"]


def test_a_clause_after_a_quotation_opened_by_while_is_no_attribution_of_it():
    # Of the 20 MB file, shortened for the test: USA TODAY (Iran Supreme Leader Ayatollah Ali Khamenei vows vengeance
    # for Gen. Qasem Soleimani's death): "Rouhani ... said “Iran will take revenge,” while Ali Rabiei ... said that
    # ..." gave Rouhani's words to Rabiei; Christian Science Monitor (How do Americans feel about NSA surveillance?
    # Ambivalent): a poll's wording "“have not gone far enough ...,” while only 32 percent said" went to the 32 percent.
    q = _quotes("Iran’s President Hassan Rouhani called Soleimani's killing a \"heinous crime\" and said \"Iran will "
                "take revenge,\" while Ali Rabiei, a spokesman for Iran’s cabinet, said that Iran’s response would be "
                "severe, swift and decisive.",
                "But Pew found in another poll that 47 percent are more concerned government policies “have not gone "
                "far enough to adequately protect the country,” while only 32 percent said they were more concerned "
                "the government has gone “too far.”")
    said = q.set_index("quote")["speaker"]
    assert said["Iran will take revenge,"] == "Hassan Rouhani"
    assert said["Iran’s response would be severe, swift and decisive"] == "Ali Rabiei"
    assert said["have not gone far enough to adequately protect the country,"] != "only 32 percent"


def test_and_instead_told_continues_the_clause_subject():
    # Of the 20 MB file, shortened for the test: Washington Times (RNC chief threatens John Kasich, other Republicans
    # who won’t support Donald Trump): "Mr. Bush has ..., and Mr. Cruz famously withheld an endorsement of Mr. Trump
    # ... and instead told Republicans to “vote their conscience”" went to Trump; Politico (John Boehner moves to end
    # DHS stalemate): "Boehner told the gathering ... and said that Senate Republicans “never found a way to win this
    # fight.”" went to the House (its first sentence is written for the test).
    q = _quotes("Mr. Bush has expressed similar sentiments, and Mr. Cruz famously withheld an endorsement of Mr. Trump "
                "during the Republican National Convention and instead told Republicans to “vote their conscience” in "
                "November.",
                "House Speaker John Boehner met his caucus on Wednesday. Boehner told the gathering of Republicans "
                "that another short-term bill would not pass the House and said that Senate Republicans “never found a "
                "way to win this fight.”")
    direct = q[q["kind"] == "direct"]
    assert direct[["doc_id", "speaker"]].values.tolist() == [["d0", "Cruz"], ["d1", "Boehner"]]


def test_one_of_them_and_she_yells_name_a_speaker():
    # Of the 20 MB file, shortened for the test: Fox Online News (NSA secretly tapped Google, Yahoo data centers
    # worldwide, new report claims): "“I hope you publish this,” one of them said." and The Guardian (Donald Trump
    # threatens Hillary Clinton with jail in second presidential debate): "One of them claimed: “...”" had no
    # speaker; New York Post (Woman shot dead by cop moments after yelling, ‘I’m pregnant!’): "“You’re actually
    # harassing me,” she yells at the unidentified officer" had none.
    q = _quotes("The drawing includes a smiley face.\n\n“I hope you publish this,” one of them said.",
                "He held an event with four women. One of them claimed: “Bill Clinton raped me and Hillary Clinton "
                "threatened me.”",
                "Grandmother-of-three Pamela Turner, 44, was shown on the video.\n\n“You’re actually harassing me,” "
                "she yells at the unidentified officer.")
    assert q[["doc_id", "speaker", "verb"]].values.tolist() == [
        ["d0", "one of them", "said"], ["d1", "One of them", "claimed"], ["d2", "Pamela Turner", "yells"]]


def test_a_participle_before_the_subjects_own_verb_and_averred():
    # Of the 20 MB file, shortened for the test: NPR Online News (The Latest On Paris Attack: Several Detained, But
    # Manhunt Continues): "some information reported early may turn out to be inaccurate" was a statement of "some
    # information"; Reason (The Fragile Generation): "Absolutely not, the magazine averred: “...”" had no speaker.
    # Guard: Fox Online News (Top Obama adviser stakes out defiant defense on IRS, Benghazi, AP scandals): "Sen. Rand
    # Paul, R-Ky., ... suggested there was a written policy ..." stays his.
    q = _quotes("As often happens in situations like these, some information reported early may turn out to be "
                "inaccurate.",
                "Absolutely not, the magazine averred: \"Take the kids with you, or save your errand for another "
                "time.\"",
                "Sen. Rand Paul, R-Ky., who appeared on CNN's State of the Union, suggested there was a written policy "
                "to target political groups opposing the president.")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d1", "the magazine"], ["d2", "Rand Paul"]]


def test_a_roundup_quotation_after_a_framing_sentence_is_signed_below():
    # The Flip Side (Trump's 2020 Budget Proposal), of the 20 MB file, shortened for the test: "Some urge the President
    # to fight for his budget. “...”" then "Stephen Moore, The Hill" on its own line had no speaker. Guard: The
    # Guardian (Democrats target 'troublesome' Trump cabinet nominees): "“...,” McConnell said on Wednesday, ... “...”"
    # then "On Wednesday, Schumer moderated his comments." is no signature.
    q = _quotes("Editorial Board, Wall Street Journal\n\nSome urge the President to fight for his budget. “The most "
                "powerful tool Trump has over legislation is the veto. He needs to use it often in the months ahead.”"
                "\n\nStephen Moore, The Hill\n\nCritics, however, argue that the savings are mainly imaginary.",
                "“Apparently, there’s yet a new standard which is to not confirm a supreme court nominee at all,” "
                "Mitch McConnell said on Wednesday, referring to a remark Schumer made. “I think that’s something the "
                "American people simply will not tolerate.”\n\nOn Wednesday, Schumer moderated his comments.")
    direct = q[q["kind"] == "direct"]
    assert direct[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Stephen Moore"], ["d1", "Mitch McConnell"], ["d1", "Mitch McConnell"]]


def test_the_document_reads_and_a_title_after_called_and_a_comma():
    # Of the 20 MB file, shortened for the test: The Guardian (US police killings undercounted by half, study using
    # Guardian data finds): "“...”, the report reads." went to Feldman, named before; USA TODAY (Fact check: Sunlight
    # does not kill the new coronavirus): "“...,” the graphic reads." had no speaker; Townhall (Flake Predicts a
    # Republican Will Challenge Trump in 2020): "a book called, "Conscience of a Conservative,"" was Flake's statement.
    q = _quotes("Feldman also noted that this problem was law-enforcement specific. “Evidence suggests that the "
                "accuracy of mortality classification for homicide is very high”, the report reads.",
                "The World Health Organization created a graphic as part of a series of myth busters.\n\n“UV lamps "
                "should not be used to sterilize hands or other areas of skin,” the graphic reads.",
                "Last July, we learned that Flake had written a book called, \"Conscience of a Conservative,\" where "
                "the author basically blamed Trump.")
    direct = q[q["kind"] == "direct"]
    assert direct[["doc_id", "speaker", "verb"]].values.tolist() == [
        ["d0", "the report", "reads"], ["d1", "the graphic", "reads"]]


def test_a_named_person_with_an_appositive_then_said_her_husband_is_hers():
    # Of the 20 MB file, shortened for the test: ABC News (US now leads world with over 82,000 cases): "Sen. Amy
    # Klobuchar, a Minnesota Democrat who recently dropped out of the 2020 presidential race, said her husband, John
    # Bessler, is recovering" was read as an aside ("X, said her husband, is ...") spoken by "her husband"; the
    # Washington Post (Black people — many of them immigrants — make up less than 2 percent of Maine’s population ...):
    # "Ines Mugisha, a 34-year-old immigrant from Burundi, said her husband, a home health-care aide ..., caught the
    # virus" the same. Guard, written for the test: "Sulzberger, said his friend Goodwin, should use ..." is an aside.
    q = _quotes("Sen. Amy Klobuchar, a Minnesota Democrat who recently dropped out of the 2020 presidential race, said "
                "her husband, John Bessler, is recovering from coronavirus.",
                "Ines Mugisha, a 34-year-old immigrant from Burundi, said her husband, a home health-care aide, caught "
                "the virus in recent weeks.",
                "Sulzberger, said his friend Goodwin, should use an outside law firm.")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Amy Klobuchar"], ["d1", "Ines Mugisha"], ["d2", "his friend Goodwin"]]


def test_a_relative_clause_after_an_object_is_no_statement_and_a_clause_object_starts_the_words():
    # Of the 20 MB file, shortened for the test: Washington Times (McCain threatens to end aid to Egypt): "ElBaradei
    # warned Saturday of increasing turmoil that could lead to military intervention" gave the relative clause ("could
    # lead to ...") to ElBaradei as his words; Guest Writer (The President Is This Presidency’s Worst Enemy): "Ross
    # Douthat of the New York Times says Trump should get a brain trust that can guide him" gave him only "can guide
    # him ..."; Politico (Fiscal cliff talks still in dark): "Korologos said public talks would lead to showboating
    # that could jeopardize ..." the same.
    q = _quotes("Egyptian democracy advocate Mohamed ElBaradei warned Saturday of increasing turmoil that could lead "
                "to military intervention.",
                "Ross Douthat of the New York Times says Trump should get a brain trust that can guide him on the "
                "right policies.",
                "Korologos said public talks would lead to showboating that could jeopardize the chances of resolving "
                "the issue.")
    assert q[["doc_id", "quote"]].values.tolist() == [
        ["d1", "Trump should get a brain trust that can guide him on the right policies"],
        ["d2", "public talks would lead to showboating that could jeopardize the chances of resolving the issue"]]


def test_agrees_after_a_quotation_names_its_speaker():
    # Of the 20 MB file, shortened for the test: Christian Science Monitor (‘Texodus’: Why the Lone Star State might
    # turn blue for real this time): "“Texas is going to be hotly contested,” agrees Senator Cruz." and (Impeachment’s
    # rock stars: Powerful women) "“Elise has been a rock star,” agreed Republican National Committee Chair Ronna
    # McDaniel at a Monitor Breakfast Thursday." had no speaker. ("agreed" reports no words elsewhere: "agreed to a
    # settlement that ..." is no statement.)
    q = _quotes("“Texas is going to be hotly contested,” agrees Senator Cruz.",
                "“Elise has been a rock star,” agreed Republican National Committee Chair Ronna McDaniel at a Monitor "
                "Breakfast Thursday.",
                "The agency then agrees to a settlement that ends up writing rules that the interest groups want.")
    assert q[["doc_id", "speaker", "verb"]].values.tolist() == [
        ["d0", "Cruz", "agrees"], ["d1", "Ronna McDaniel", "agreed"]]


def test_a_short_phrase_quoted_inside_a_sentence_with_no_one_who_said_it_is_no_statement():
    # Of the 20 MB file, shortened for the test: Socialist Worker (Polarized Politics In The Scrooge Economy): "One
    # such “canary in a coal mine” came from ..." and John Stossel (John Stossel - Beware Warrior Cops): "politicians
    # who wanted to look "tough on crime,"" were statements with no speaker. Guards: NPR Online News (Greenland Says
    # It's 'Not For Sale' After Reports That Trump Wants To Buy It): "He called the idea "a smart geopolitical move.""
    # is Gallagher's; Politico (How Clinton quelled an insurgency): a sign's words after a colon, "It read: “Keep your
    # promises.”", stay (the first sentence of that text is shortened).
    q = _quotes("One such “canary in a coal mine” came from a recent New York Federal Reserve report on household "
                "debt.",
                "The increase began under Nixon-era politicians who wanted to look \"tough on crime,\" even if that "
                "meant exaggerating the threat.",
                "Rep. Mike Gallagher, R-Wis., said it wasn't as crazy as headlines made it seem. He called the idea "
                "\"a smart geopolitical move.\"",
                "A red sign with black lettering was lifted high into the air.\n\nIt read: “Keep your promises.”")
    direct = q[q["kind"] == "direct"]
    assert direct[["doc_id", "quote"]].values.tolist() == [
        ["d2", "a smart geopolitical move."], ["d3", "Keep your promises."]]


def test_a_clause_after_a_quotation_opened_by_and_with_its_own_statement_is_no_attribution_of_it():
    # Of the 20 MB file, shortened for the test: International Business Times (No Death Penalty For Dzhokhar
    # Tsarnaev?): "David Hoose, an attorney in Northampton, Mass., described Clarke as “simply the best” and several
    # peers said her ability ... will be an asset" gave Hoose's words to the peers.
    q = _quotes("Meanwhile, David Hoose, an attorney in Northampton, Mass., described Clarke as “simply the best” and "
                "several peers said her ability to understand the emotional divide among Americans over the death "
                "penalty will be an asset to the team.")
    assert q.loc[q["kind"] == "direct", "speaker"].tolist() == ["David Hoose"]


def test_a_linking_adverb_alone_is_no_speaker():
    # Of the 20 MB file, shortened for the test: Vox (This election isn’t just Democrat vs. Republican. It’s normal vs.
    # abnormal.): "Ted Cruz ... gave a primetime speech in which he refused to endorse Trump, and instead told
    # Americans to "vote your conscience."" was said by "instead"; Townhall (Rubio's Immigration Strategy Worked
    # Brilliantly, But Disappointed Many): "Instead, many still deferred to Rubio, saying they were waiting ..." by
    # "Instead".
    q = _quotes("Ted Cruz, the runner-up in the primary, gave a primetime speech in which he refused to endorse Trump, "
                "and instead told Americans to \"vote your conscience.\"",
                "After the Gang unveiled its bill, one might have expected GOP lawmakers to take a stand. Instead, "
                "many still deferred to Rubio, saying they were waiting to see what kind of improvements he might "
                "deliver.")
    assert not q["speaker"].str.fullmatch("(?i)instead").any()
    assert q.loc[q["doc_id"] == "d0", "speaker"].tolist() == ["Ted Cruz"]


def test_a_speaker_after_a_quotation_is_no_lone_determiner_before_a_word_that_looks_like_a_verb():
    # Of the 20 MB file, shortened for the test: USA TODAY (Accused NSA leaker Reality Leigh Winner left easily
    # followed trail, FBI says): "“...,” the alleged NSA document says." and Associated Press (Trump praise of
    # ‘tormented’ Flynn raises pardon speculation): "“...” the notes say." were read as said by "the" ("alleged",
    # "notes" taken for the verb), so had no speaker.
    q = _quotes("\"It is unknown whether the deployment successfully compromised all the intended victims,\" the "
                "alleged NSA document says.",
                "“What’s our goal? Truth/admission or to get him to lie, so we can prosecute him or get him fired?” "
                "the notes say.")
    assert q[["doc_id", "speaker", "verb"]].values.tolist() == [
        ["d0", "the alleged NSA document", "says"], ["d1", "the notes", "say"]]


def test_messaged_and_texted_are_verbs_of_saying_and_a_thousands_comma_ends_no_source():
    # Of the 20 MB file, shortened for the test: Reason (Facebook Slams Independent Voices With Latest Political
    # Purge): "“...,” Bergman messaged me." and Daily Beast (The Awkward Arranged Marriage of Trump and Pence): "“...”
    # he texted The Daily Beast" had no speaker; Breitbart News (O’Reilly: Christianity's Decline in America Could Lead
    # to Collapse Like Roman Empire): "According to a Pew Research study of 35,000 American adults Christianity is on
    # the decline." gave "000 American adults ..." to "a Pew Research study of 35".
    q = _quotes("\"I was deleted for about 4 hours,\" Bergman messaged me.",
                "Roger Stone was pleased with the results.\n\n\"It was strong. A winning ticket!\" he texted The Daily "
                "Beast after the event.",
                "According to a Pew Research study of 35,000 American adults Christianity is on the decline.")
    assert q[["doc_id", "speaker", "verb"]].values.tolist() == [
        ["d0", "Bergman", "messaged"], ["d1", "Roger Stone", "texted"]]


def test_a_party_tag_and_an_appositive_after_a_question_lead_to_the_speaker_and_no_signature_has_a_verb():
    # Of the 20 MB file, shortened for the test: Fox Online News (House passes defense spending bill, rejects effort
    # to cut off NSA surveillance program): "“...?” Rep. Mike Rogers, R-Mich., chairman of the Intelligence
    # committee, said in pleading ..." and Fox News (Sebelius 'will testify' on ObamaCare website woes, Durbin says):
    # "“...,” Sen. Dick Durbin, D-Ill., the chamber’s No. 2 Democrat, told “Fox News Sunday.”" had no speaker (a party
    # tag before an appositive). The third text was written for the test: a question alone in its paragraph, then
    # "Name, appositive, said." was read as a roundup's signature ("“...” Sarah Kliff, Vox"), so had no verb.
    q = _quotes("\"Have 12 years gone by and our memories faded so badly that we forgot what happened on Sept. 11?\" "
                "Rep. Mike Rogers, R-Mich., chairman of the Intelligence committee, said in pleading with his "
                "colleagues to back the program during House debate.",
                "“Ultimately, Secretary Sebelius will testify,” Sen. Dick Durbin, D-Ill., the chamber’s No. 2 "
                "Democrat, told “Fox News Sunday.”",
                "\"Have 12 years gone by?\" Mike Rogers, chairman of the committee, said.")
    assert q.loc[q["kind"] == "direct", ["doc_id", "speaker", "verb"]].values.tolist() == [
        ["d0", "Mike Rogers", "said"], ["d1", "Dick Durbin", "told"], ["d2", "Mike Rogers", "said"]]


def test_a_paragraph_that_says_a_clause_and_ends_in_a_colon_introduces_the_quotation_below():
    # Of the 20 MB file, shortened for the test: Howard Kurtz (Hillary the Heir Apparent? Why her Obama-beating
    # numbers may be an illusion): "Maureen Dowd, in her New York Times column, says the Clintons have eclipsed the
    # incumbent:" and then three paragraphs of her column in quotation marks, which had no speaker. (The clause before
    # the colon is a statement of hers too, read since 2026-12-01: "says the Clintons have eclipsed the incumbent".)
    q = _quotes("Maureen Dowd, in her New York Times column, says the Clintons have eclipsed the incumbent:\n\n"
                "“Both President Obama and Hillary have recently referred to leadership as a relay race.\n\n"
                "“Obama’s reign has become increasingly bloodless.”")
    assert q[["speaker", "kind"]].values.tolist() == [["Maureen Dowd", "indirect"], ["Maureen Dowd", "direct"],
                                                     ["Maureen Dowd", "direct"]]


def test_an_introducing_paragraph_gives_no_pronoun_phrase_and_no_participles_subject_as_a_speaker():
    # Guards of the rule above, of the 20 MB file, shortened for the test: Salon (Nobody needs an AR-15: The Orlando
    # massacre teaches us (again) that we must ban semi-automatic human killing machines): "Since San Bernardino he has
    # consistently asserted that ...:" would give "San Bernardino he"; Drudge Report (TRUMP ERUPTS AS CRUZ SWEEPS
    # COLORADO WITHOUT VOTES): "In late February, just before Super Tuesday, the Post published a scathing editorial,
    # saying the party blundered ...:" would give "Super Tuesday". (Their right speakers, the "he" and the Post, are
    # not found yet.)
    q = _quotes("Since San Bernardino he has consistently asserted that Sayed Farook's family was implicated in the "
                "attacks:\n\n\"I believe that the sister of the killer knew what was going on.\"",
                "In late February, just before Super Tuesday, the Post published a scathing editorial, saying the "
                "party blundered on the 2016 presidential caucus:\n\n\"GOP leaders have never provided a satisfactory "
                "reason for forgoing a presidential preference poll.\"")
    assert len(q) == 3 and not q["speaker"].isin(["San Bernardino", "San Bernardino he", "Super Tuesday"]).any()
    assert q.loc[q["kind"] == "indirect", "speaker"].tolist() == ["he"]   # "asserted that ...:" read before its colon


def test_the_words_quoted_after_an_urging_are_the_urgers_own():
    # Of the 20 MB file, shortened for the test: The Hill (Trump demands border wall funds for Dreamer proposal):
    # "The proposal calls on Congress to cut funding from certain grants and agreements to punish the “...”" gave the
    # proposal's words to Congress; CNN (Trump to lay out plan for combating radical Islamic terrorism): "The
    # official called on the State Department to release a list of individuals who ... have since “...”" gave them
    # to the State Department. Guard, Fox Online News (Military officials urged Obama not to trade Taliban ‘4-star
    # generals,’ source says): after a comma the sentence's own speaker says the words, not the ones who advised.
    q = _quotes("The proposal calls on Congress to cut funding from certain grants and agreements to punish the "
                "\"states and localities that refuse to cooperate with Federal authorities.\"",
                "The official called on the State Department to release a list of individuals who had obtained visas "
                "since 2001 who have since \"been charged, implicated or accused of terrorism\" in order to decide.",
                "Senior military officials had advised President Obama not to make the Taliban-for-Bergdahl trade, a "
                "senior Defense official told Fox News, likening it to \"handing over five four-star generals of the "
                "Taliban.\"")
    assert q.loc[q["kind"] == "direct", ["doc_id", "speaker"]].values.tolist() == [
        ["d0", "The proposal"], ["d1", "The official"], ["d2", "a senior Defense official"]]


def test_a_paragraph_ending_from_a_named_source_and_a_colon_introduces_the_quotation_below():
    # Of the 20 MB file, shortened for the test: Fox News (Did Sebelius skate at ObamaCare hearing? Whatever):
    # "Sebelius’s insistence ... ran into some online fact-checking, including from Washington Post blogger Ezra
    # Klein:" and then his words in quotation marks, given to Karl Rove, quoted further up. The second text was
    # written for the test, a guard: a place of one word is not a source ("A dispatch from Kabul:").
    q = _quotes("Sebelius’s insistence that she’s not eligible for ObamaCare ran into some online fact-checking, "
                "including from Washington Post blogger Ezra Klein:\n\n“I dropped a note to Tim Jost, a law professor "
                "at Washington & Lee University.”",
                "A dispatch from Kabul:\n\n“The roads to the airport were closed all morning.”")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d0", "Ezra Klein"], ["d1", ""]]


def test_a_pronoun_inside_the_last_speakers_words_does_not_take_the_turn_from_the_speaker():
    # Of the 20 MB file, shortened for the test: The Hill (O’Rourke is fireball, but not all Dems are sold): "“He has
    # transitioned from a candidate to a cause ...,” said Robert Zimmerman, a top Democratic fundraiser, who called
    # the Beto phenomenon “very real.”" / "“His team doesn’t have to work too hard ...,” he said." gave the second
    # to O’Rourke; Washington Times (Sen. Mark Warner: Trump has 'parroted' Vladimir Putin): "“He never spoke ill
    # about Russia,” Mr. Warner, Virginia Democrat, told CNN." / "“It’s curious ...” he added." gave it to Putin. The
    # "he" that opens the first quotation is in the speaker's words, not the subject of the sentence.
    q = _quotes("O’Rourke wins kudos for his ability to connect with voters.\n\n“He has transitioned from a candidate "
                "to a cause,” said Robert Zimmerman, a top Democratic fundraiser, who called the Beto phenomenon "
                "“very real.”\n\n“His team doesn’t have to work too hard because he’s captivated the imagination of "
                "so many people,” he said.",
                "The president has kept other officials from his talks with Russian President Vladimir Putin.\n\n“He "
                "never spoke ill about Russia,” Mr. Warner, Virginia Democrat, told CNN.\n\n“It’s curious that you had "
                "Vladimir Putin policies almost being parroted by Donald Trump,” he added.")
    last = q[q["quote"].str.startswith(("His team", "It’s curious"))]
    assert last["actor"].tolist() == ["Robert Zimmerman", "Warner"]


def test_a_title_after_program_or_memoir_is_no_statement():
    # Of the 20 MB file, shortened for the test: CNN (Former BBC chief explains dropped Savile investigation): "his
    # own program, “Jim'll Fix It,” ran for almost 20 years" gave the title to the BBC; Reuters (Trump lawyer defends
    # Don Jr. meeting, says Secret Service allowed it): "Sekulow told the CBS program “Face the Nation.”" to Sekulow;
    # Fox News (Media dismisses military brass backing Trump): "reprimanded for disclosing classified information in
    # a 2008 memoir, “Never Surrender: ...”" to the Post.
    q = _quotes("He was the first host of the BBC's hugely popular \"Top of the Pops\" music show, and his own "
                "program, \"Jim'll Fix It,\" ran for almost 20 years.",
                "“The president was not aware about this meeting, did not participate in this meeting,” Sekulow told "
                "the CBS program “Face the Nation.”",
                "The Washington Post noted that one, retired Lt. Gen. William G. Boykin, was reprimanded for "
                "disclosing classified information in a 2008 memoir, “Never Surrender: A Soldier’s Journey to the "
                "Crossroads of Faith and Freedom.”")
    assert q[["doc_id", "speaker", "kind"]].values.tolist() == [["d1", "Sekulow", "direct"],
                                                              ["d2", "The Washington Post", "indirect"]]


def test_a_time_clause_closed_by_though_is_no_statement_but_a_because_clause_is():
    # Of the 20 MB file, shortened for the test: Fox News (Gloves off for top tier in GOP race after debate): "When
    # Rubio launched that same attack at Cruz Thursday night, though, Cruz deftly countered." was read as Cruz's
    # statement. Guards: Vox (Trump just decided not to sanction Russia for its election meddling): "Because the
    # naming-and-shaming list could very easily turn into an actual sanctions list in the future, said Richard
    # Nephew, ..." is his statement, and so is the Washington Times's (Supreme Court signals skepticism of campaign
    # finance limits) "If someone were allowed to give to every political candidate ... $3.5 million, they said."
    # ("they": the justices of the sentence before)
    q = _quotes("When Rubio launched that same attack at Cruz Thursday night, though, Cruz deftly countered.",
                "Because the naming-and-shaming list could very easily turn into an actual sanctions list in the "
                "future, said Richard Nephew, who oversaw sanctions policy at the State Department.",
                "The court’s liberal justices raised the appearance of corruption. If someone were allowed to give to "
                "every political candidate and every political party it could amount to $3.5 million, they said.")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d1", "Richard Nephew"],
                                                        ["d2", "The court’s liberal justices"]]


def test_a_participle_after_and_a_new_clause_is_its_subjects():
    # Of the 20 MB file, shortened for the test: CNN (Biden weighs in on voting rights case): "The provision was
    # reauthorized by Congress in 2006 for another 25 years and officials in Shelby County, Alabama, subsequently
    # filed suit, saying the monitoring was overly burdensome and unwarranted." gave the words to the provision.
    q = _quotes("The provision was reauthorized by Congress in 2006 for another 25 years and officials in Shelby "
                "County, Alabama, subsequently filed suit, saying the monitoring was overly burdensome and "
                "unwarranted.")
    assert q[["speaker", "quote"]].values.tolist() == [
        ["officials in Shelby County", "the monitoring was overly burdensome and unwarranted"]]

def test_an_apostrophe_s_after_a_period_opens_no_quotation_and_a_kin_speaks_for_herself():
    # Of the 20 MB file, shortened for the test: NPR Online News (A Senate Rule Silenced Elizabeth Warren. Is That
    # Rule So Bad?): "Martin Luther King Jr.'s widow had questioned Sessions' work ..." was read as a quotation ("s
    # widow had questioned Sessions") given to King, and the letter's words after the colon were his, not his
    # widow's; New York Magazine (David Hogg Is Taking His Gap Year at the Barricades): "Hogg’s mother, Rebecca
    # Boldrick, says that in June she received a letter in the mail that read, “...”" gave the letter to Hogg.
    q = _quotes("Martin Luther King Jr.'s widow had questioned Sessions' work as a federal prosecutor: \"Mr. "
                "Sessions has used the awesome powers of his office in a shabby attempt to intimidate and frighten "
                "elderly black voters.\"",
                "Hogg’s mother, Rebecca Boldrick, says that in June she received a letter in the mail that read, “Mess "
                "with the NRA, and you’ll be DOA.”")
    assert q.loc[q["kind"] == "direct", ["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Martin Luther King Jr.'s widow"], ["d1", "Rebecca Boldrick"]]


def test_a_document_that_opens_the_sentence_with_its_own_verb_speaks_the_words_quoted_in_it():
    # Of the 20 MB file, shortened for the test: Associated Press (Health officials ready new guidelines as
    # restrictions ease): "The guidance for religious groups includes providing congregants spiritual and emotional
    # care “...”" had no speaker; Washington Times (Ex-spy admits anti-Trump dossier unverified, blames Buzzfeed for
    # publishing): "The lawsuit calls BuzzFeed’s posting “...”" gave the words to BuzzFeed. Guards: CNN (Judge
    # dismisses Trump request to keep taxes secret in New York): "The ruling is also a setback for the US Justice
    # Department, which had asked ... to allow time for “...”" and Christian Science Monitor (Feds order schools to
    # recognize transgender students' chosen gender): "The directive is intended to clarify how ... comply with
    # Title IX, which “...”": a copula is no verb of the document's own.
    q = _quotes("The guidance for religious groups includes providing congregants spiritual and emotional care “on a "
                "flexible or virtual basis or refer them to other available resources.”",
                "Mr. Gubarev also is suing BuzzFeed for libel in Florida.\n\nThe lawsuit calls BuzzFeed’s posting “one "
                "of the most reckless and irresponsible moments in modern journalism.”",
                "The ruling is also a setback for the US Justice Department, which had asked last week to temporarily "
                "block the subpoena, to allow time for \"appropriate briefing of the weighty constitutional issues "
                "involved.\"",
                "The directive is intended to clarify how school districts that receive federal funding can comply "
                "with Title IX, which \"protects people from discrimination based on sex in education programs.\"")
    assert q.loc[q["kind"] == "direct", ["doc_id", "speaker"]].values.tolist() == [
        ["d0", "The guidance"], ["d1", "The lawsuit"], ["d2", "Justice Department"], ["d3", "Title IX"]]


def test_an_old_saying_is_nobodys_statement():
    # Of the 20 MB file, shortened for the test: Vox (Cory Booker on how America's criminal justice system destroys
    # the American dream): "You know the old saying — I've heard it a million times down here: “...”" was said by
    # "You know the old" ("saying" read as the verb).
    q = _quotes("This really does touch us all. You know the old saying — I've heard it a million times down here: "
                "\"Change doesn't come from Washington; it comes to Washington.\"")
    assert q["speaker"].tolist() == [""]


def test_words_quoted_after_but_the_go_on_from_the_sentence_before():
    # Of the 20 MB file, shortened for the test: Reason (The New Trustbusters Are Coming for Big Tech): "Jaffe noted
    # that administrative supervision of industry was the dream of the Progressive Era. But the “planning thesis took
    # almost no account of ...” and “gave too little weight to ...”" had no speaker. The second text was written for
    # the test, a guard: a sentence before that reports no one gives no speaker.
    q = _quotes("Jaffe noted that administrative supervision of industry was the dream of the Progressive Era. But the "
                "\"planning thesis took almost no account of the character and psychology of our administrators\" and "
                "\"gave too little weight to the dynamism of the industrial system.\"",
                "Administrative supervision of industry was the dream of the Progressive Era. But the \"planning "
                "thesis took almost no account of the character and psychology of our administrators.\"")
    assert q.loc[q["kind"] == "direct", ["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Jaffe"], ["d0", "Jaffe"], ["d1", ""]]


def test_the_group_is_the_organisation_that_opened_a_recent_sentence():
    # Of the 20 MB file, shortened for the test: Fox News (Walmart to stop Alaska handgun sales, end sales of
    # short-barrel rifle and handgun ammo nationwide): "The National Rifle Association (NRA) hit back Tuesday. “...,”
    # the group said."; Washington Times (Trump to arm more adults in schools, end Obama's light discipline of troubled
    # students): "The Congressional Black Caucus called the report “...”. / “...,” the group said." Both had no actor.
    # Guards: Washington Times (Step aside: GOP, conservatives, Democrats on collision course in New Hampshire), a
    # heading in capitals ("MR. BOEHNER, REFEREE") is no organisation; The Hill (Florida House declares porn a public
    # health risk shortly after denying assault rifle ban): "the newspaper" is not the Florida House (nor yet the Post,
    # named after "according to", not as a subject).
    q = _quotes("McMillon said the company would continue to serve hunters.\n\nThe National Rifle Association (NRA) "
                "hit back Tuesday. \"The strongest defense of freedom has always been our free-market economy,\" the "
                "group said.",
                "The Congressional Black Caucus called the report “a blatant affront to communities of color.”\n\n“Its "
                "suggestion that federal civil rights enforcement is to blame for school shootings is baseless and "
                "wrong,” the group said.",
                "— Sen. Rand Paul, to the Susan B. Anthony List Summit on Thursday.\n\nMR. BOEHNER, REFEREE\n\n“We’ve "
                "got a lot of good candidates out there,” the group said.",
                "The Florida House of Representatives opened its Tuesday session with a motion to debate a bill "
                "banning assault rifles, according to The Washington Post. In the same session, the legislature "
                "considered a resolution on pornography, according to the newspaper.")
    said = q[q["speaker"].str.fullmatch("(?i)the (?:group|newspaper)")]
    assert said[["doc_id", "actor"]].values.tolist()[:3] == [
        ["d0", "National Rifle Association"], ["d1", "Congressional Black Caucus"], ["d2", ""]]
    assert said.loc[said["doc_id"] == "d3", "actor"].tolist() != ["Florida House of Representatives"]


def test_he_after_words_said_by_someone_described_is_that_someone():
    # Of the 20 MB file, shortened for the test: Politico (Emails reveal coordination between Chao, McConnell
    # offices): "“DOT will talk to anyone,” said the aide, who requested anonymity .... He said he doesn’t often ask
    # Chao to take meetings because “...”" gave the aide's words to McConnell, named further up; Townhall (Leftist
    # Bullying Works): "“...,” said a spokeswoman for the company. She added that the company would focus its giving on
    # “...”" gave the spokeswoman's to the Fellowship of Christian Athletes.
    q = _quotes("Senate Majority Leader Mitch McConnell has pushed for the projects.\n\n“DOT will talk to anyone,” "
                "said the aide, who requested anonymity because of his ongoing dealings with the department. He said "
                "he doesn’t often ask Chao to take meetings because “people know they can pick up the phone and call "
                "DOT themselves.”",
                "The chain stopped funding the Fellowship of Christian Athletes and the Salvation Army. \"We made "
                "multi-year commitments to both organizations and we fulfilled those obligations in 2018,\" said a "
                "spokeswoman for the company. She added that the company would focus its giving on \"education, "
                "homelessness and hunger.\"")
    assert q.loc[q["kind"] == "direct", ["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "the aide", ""], ["d0", "the aide", ""],
        ["d1", "a spokeswoman for the company", ""], ["d1", "a spokeswoman for the company", ""]]


def test_the_secretary_general_is_the_one_titled_secretary_general_with_a_hyphen():
    # Of the 20 MB file, shortened for the test: NPR Online News (U.N. Chief Targets 'Dangerous Epidemic Of
    # Misinformation' On Coronavirus): "said U.N. Secretary-General António Guterres. ... , the secretary general
    # said." left the second statement with no actor (the role was written with a hyphen, the description without).
    q = _quotes("\"Around the world, people are scared,\" said U.N. Secretary-General António Guterres.\n\nWith "
                "COVID-19 now responsible for more than 120,000 deaths, the U.N. is creating a special communications "
                "project to combat misinformation about the virus, the secretary general said.")
    assert q[["speaker", "actor"]].values.tolist() == [["António Guterres", "António Guterres"],
                                                       ["the secretary general", "António Guterres"]]


def test_went_on_after_a_quotation_is_a_verb_of_saying():
    # Of the 20 MB file, shortened for the test: Politico (Jeb on running as a Bush: 'Interesting challenge'):
    # "“But on another level,” he went on, “...”" and New York Times (Blocking Parts of Arizona Law, Justices Allow Its
    # Centerpiece): "“...,” Justice Scalia went on. “...”" had no speaker. The third text was written for the test,
    # a guard: "went on" elsewhere says nothing ("The meeting went on for hours").
    q = _quotes("Jeb Bush conceded that definite advantages come from his family name. “On one level, I’ve had a "
                "front-row seat to watch history unfold,” he said.\n\n“But on another level,” he went on, “I know it’s "
                "an interesting challenge for me.”",
                "“The president said at a news conference that the new program is ‘the right thing to do,’” Justice "
                "Scalia went on. “Perhaps it is, though Arizona may not think so.”",
                "The meeting went on for hours, and the senators went on to approve a bill on “border security and "
                "legal immigration for all of us.”")
    direct = q[q["kind"] == "direct"]
    assert direct[["doc_id", "actor", "verb"]].values.tolist()[:4] == [
        ["d0", "Jeb Bush", "said"], ["d0", "Jeb Bush", "went on"], ["d0", "Jeb Bush", "went on"],
        ["d1", "Scalia", "went on"]]
    assert direct[["doc_id", "actor"]].values.tolist()[4:] == [["d1", "Scalia"], ["d2", ""]]


def test_an_adviser_to_a_person_speaks_for_himself_a_spokesman_for_the_person():
    # Of the 20 MB file, shortened for the test: NPR Online News ('Details Are Irrelevant': Biden Says Verbal
    # Slip-Ups Don't Undermine His Judgment): "A former senior policy adviser to Biden clarified that ..." and New
    # York Times (OPINION: Which Michelle Obama Will We Get When She Leaves the White House?): "longtime aides to the
    # Obamas said that ..." gave the statements to Biden and to the Obamas. Guard, The Hill (Missiles hit Iraq bases
    # housing US troops; Iran claims responsibility): "A spokesman for Pence said ..." still speaks for Pence.
    q = _quotes("Joe Biden voted for the war. A former senior policy adviser to Biden clarified that he was highly "
                "critical of the Bush administration's strategy from the outset.",
                "Michelle Obama spoke at the event. In interviews, longtime aides to the Obamas said that she does not "
                "yet know exactly how she wants to sound as a former first lady.",
                "Vice President Mike Pence was briefed. A spokesman for Pence said the vice president spoke with the "
                "speaker by phone.")
    assert q[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "A former senior policy adviser to Biden", ""], ["d1", "longtime aides to the Obamas", ""],
        ["d2", "A spokesman for Pence", "Mike Pence"]]


def test_a_nephew_named_after_the_one_he_is_nephew_of_speaks_and_is_he_after():
    # Of the 20 MB file, shortened for the test: BBC News (Pittsburgh shooting: What we know so far): "Daniel Stein's
    # nephew, Steven Halle, described him as “...”" and the "He said ..." after it were both given to Daniel Stein.
    q = _quotes("They were named on Sunday as Daniel Stein, 71; Melvin Wax, 88, and Irving Younger, 69.\n\n"
                "Daniel Stein's nephew, Steven Halle, described him as \"somebody that everybody liked\" and a "
                "\"kind soul\".\n\nHe said his uncle had recently become a grandfather and attended the synagogue "
                "every Saturday for services.")
    assert q[["speaker", "actor"]].values.tolist() == [["Steven Halle", "Steven Halle"]] * 2


def test_what_someone_was_told_and_reports_is_the_teller_s():
    # Of the 20 MB file, shortened for the test: New York Times - News (After Scrutiny, C.I.A. Mandate Is
    # Untouched): "he said that Mr. Casey told him that the role of Congress was ..." was given to "he", and
    # CNN (Web News) (Vice President Joe Biden apologizes to Turkey, UAE): "Biden said Erdogan told him that Turkey
    # had let ..." to Biden. Guard, Associated Press (Marchers protest Guyger 10-year murder sentence): nothing is
    # told when the words after "told her" are no clause ("Reade told her of the allegation", written for the test).
    q = _quotes("Loch K. Johnson met William J. Casey, the agency’s director, in 1981. During one dinner, he said that "
                "Mr. Casey told him that the role of Congress was to stay out of his business.",
                "Turkish President Recep Tayyip Erdogan demanded an apology from Joe Biden. Biden said Erdogan told "
                "him that Turkey had let too many foreign fighters through the border.",
                "Lynda LaCasse, a former neighbor, claimed that Reade told her of the allegation in the mid-1990s.")
    assert q[["doc_id", "speaker", "verb", "quote"]].values.tolist() == [
        ["d0", "Casey", "told", "the role of Congress was to stay out of his business"],
        ["d1", "Erdogan", "told", "Turkey had let too many foreign fighters through the border"],
        ["d2", "Lynda LaCasse", "claimed", "Reade told her of the allegation in the mid-1990s"]]
    assert q["actor"].tolist()[:2] == ["William J. Casey", "Recep Tayyip Erdogan"]


def test_a_participle_after_an_owner_describes_a_noun_and_claims_after_an_owner_are_the_owner_s():
    # Of the 20 MB file, shortened for the test: New York Times - News (After Scrutiny, C.I.A. Mandate Is
    # Untouched): "despite the Obama administration’s declared intention in May 2013 that ..." gave a statement to
    # "despite the Obama administration’s"; The Guardian (Immigration policy progress and setback have become
    # pattern for Dreamers): "Trump’s reported comments about countries like Haiti ... prompted a fierce backlash"
    # one to Trump. CNN - Editorial (OPINION: The power of a named accuser: Kavanaugh's future now hangs in the
    # balance): "despite Ford's claims that ..." are Ford's claims, a noun, not a participle (the speaker was
    # "despite Ford's").
    q = _quotes("The C.I.A. continues to carry out drone strikes in Yemen, despite the Obama administration’s declared "
                "intention in May 2013 that the drone program be transferred to the Pentagon.",
                "Then, less than 48 hours later, Trump’s reported comments about countries like Haiti and El Salvador "
                "prompted a fierce backlash.",
                "Kavanaugh has denied he did anything wrong, despite Ford's claims that at a party in the 1980s, he "
                "was drunk and forced himself upon her.")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d2", "Ford"]]


def test_a_poll_named_after_a_surname_is_no_person_s():
    # Of the 20 MB file, shortened for the test: Christian Science Monitor (In the staycation era, the art of
    # deliberate escape): "Not for a while, according to a Harris poll." was given to Kamala Harris. Guard, Breitbart
    # News (Exclusive- Rand Paul: The Patriot Act Provides No Security at the Cost of Our Liberty): "According to a
    # Pew Research poll, “...”" stays Pew Research's, a name of two words.
    q = _quotes("Kamala Harris spoke on Monday. When will travelers feel safe to step on a plane?\n\nNot for a "
                "while, according to a Harris poll. A majority of Americans say they will wait at least seven months.",
                "The American people agree with the FBI and the Second Circuit. According to a Pew Research poll, “93 "
                "percent said being in control of who can get information about them is important.”")
    assert q[["doc_id", "speaker", "actor"]].values.tolist()[0] == ["d0", "a Harris poll", ""]
    assert q.loc[q["doc_id"] == "d1", ["speaker", "actor"]].values.tolist() == [["a Pew Research poll", "Pew Research"]]


def test_a_name_then_its_appositive_speaks_whatever_names_the_appositive_holds():
    # Of the 20 MB file, shortened for the test: The Daily Caller (Washington Post Roundly Mocked For ‘Bizarre’ Stacey
    # Abrams Profile ...): "“...?” Stephen L. Miller, host of the “Versus Media Podcast” on Patreon, tweeted" had no
    # speaker (a title quoted inside the appositive), and then Patreon, read as a person. Vox (Why Hillary Clinton's
    # evolution on same-sex marriage is totally believable): "“...,” Jason Rahlan, a spokesperson for the Human
    # Rights Campaign (HRC), who also worked for Clinton ..., told me" was given to Clinton in the whole file, where
    # Rahlan's name is of no known kind; here it is a guard (the short text reads him as a person).
    q = _quotes("Abrams’s feature sparked many to mock the piece.\n\n“Have any Wash Post reporters resigned in "
                "embarrassment this morning?” Stephen L. Miller, host of the “Versus Media Podcast” on Patreon, "
                "tweeted Sunday morning. “No? Cool, so we’re all on board with supermodel Stacey Abrams then.”",
                "There's a charitable version of Clinton's evolution.\n\n\"I think most Americans appreciate the "
                "journey that so many folks have taken on the issue of marriage,\" Jason Rahlan, a spokesperson for "
                "the Human Rights Campaign (HRC), who also worked for Clinton at the State Department and her 2008 "
                "campaign, told me in an email. \"Many have seen it within their own families.\"")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Stephen L. Miller"], ["d0", "Stephen L. Miller"], ["d1", "Jason Rahlan"], ["d1", "Jason Rahlan"]]


def test_a_surname_that_is_also_a_title_names_the_person_named_before():
    # NPR, "West Virginia Governor Approves Firing All Cadets ...": "Justice said" is Gov. Jim Justice; Politico,
    # "Boston frames surveillance debate": "King told MSNBC" is Rep. Peter King. Guard (Fox News, "Cruz dares Trump
    # to sue him ..."): "the Cruz campaign" said it, not Ted Cruz.
    q = _quotes(
        'West Virginia Gov. Jim Justice announced Monday he has approved recommendations to fire the cadets.\n\n'
        '"As I said from the beginning, I condemn the photo in the strongest possible terms," Justice said in a '
        'statement.',
        'Rep. Peter King (R-N.Y.), the former Homeland Security chairman, joined a parade of officials.\n\n'
        '“I do favor more cameras,” King told MSNBC on Tuesday.',
        "Sen. Ted Cruz said the ad would stay. In its own letter, the Cruz campaign called the threats “laughable” "
        "and said: “Are you seriously suggesting that the voter should not be allowed to hear what Mr. Trump has "
        "said?”")
    assert q.loc[q["kind"] == "direct", ["doc_id", "actor"]].values.tolist() == [
        ["d0", "Jim Justice"], ["d1", "Peter King"], ["d2", ""]]


def test_a_name_that_opens_with_a_given_name_can_be_the_speaker_or_he():
    # Media Matters, "Want Evidence Benghazi Is A Phony Scandal?": Robert Gates, named once with nothing that tells
    # his kind, "called that “...”" (not George W. Bush, the first person otherwise); Christian Science Monitor,
    # "19 firefighters killed battling Arizona wildfire ...": "he said" is Chuck Overmyer, not President Obama.
    # Guard (New York Magazine, "David Hogg Is Taking His Gap Year ..."): "a John Hughes movie" is no one's name here.
    q = _quotes(
        "-- Robert Gates, former Secretary of Defense under George W. Bush and Barack Obama, called that “sort of a "
        "cartoonish impression of military capabilities and military forces.” He went on.",
        "President Barack Obama called the 19 firefighters heroes.\n\nAs the blaze spread, people started fleeing, "
        "including Chuck Overmyer and his wife, Ninabill. They loaded up what belongings they could.\n\nAs he looked "
        "out his rear view mirror he could see embers on the roof of his garage.\n\n\"We knew it was gone,\" he said.",
        "David Hogg sat on the sand. “You won’t take anybody’s shit,” he said. It was as teen-earnest as a John "
        "Hughes movie. Then he looked around at the beach. “Beaches are a place for a mass shooting,” he said.")
    assert q[["doc_id", "actor"]].values.tolist() == [
        ["d0", "Robert Gates"], ["d1", "Chuck Overmyer"], ["d2", "David Hogg"], ["d2", "David Hogg"]]


def test_a_person_telling_someone_and_a_name_before_a_colon_speak():
    # New York Times, "Which Michelle Obama Will We Get ...": "A professor, Cathy Cohen, remembers Mrs. Obama telling
    # her, “...”" (Mrs. Obama's words); USA TODAY, "The middleman: How Lev Parnas joined Team Trump ...": a caption,
    # "Rudy Giuliani associate Lev Parnas: ‘...’". Guard (a sentence with its verb: the name before the colon is
    # the one addressed): "Mr. Woodward directed a message to Mr. Trump: “...”" is Woodward's.
    # (Both fail once "Cathy Cohen" and "Rudy Giuliani" count as people by their given names, without the rules
    # for "telling her," and for the caption.)
    q = _quotes(
        "Michelle Obama worked at the University of Chicago. A professor, Cathy Cohen, remembers Mrs. Obama telling "
        "her, “I grew up not far from here and the university never once reached out to me.”",
        "Lev Parnas met Rudy Giuliani in 2018. \"I was the middleman between two worlds,\" Parnas told Cooper on "
        "CNN.\n\nRudy Giuliani associate Lev Parnas: ‘I'll be vindicated’ Two associates of Rudy Giuliani were "
        "arraigned Wednesday.",
        "Bob Woodward spoke at the dinner. Mr. Woodward directed a message to Mr. Trump: “Mr. President, the media is "
        "not fake news.”")
    assert q[["doc_id", "actor"]].values.tolist() == [
        ["d0", "Michelle Obama"], ["d1", "Lev Parnas"], ["d1", "Lev Parnas"], ["d2", "Bob Woodward"]]


def test_boasting_and_joking_report_what_was_said():
    # USA TODAY, "House narrowly passes Paul Ryan's budget plan": "..., said House Speaker John Boehner, R-Ohio,
    # boasting that it also authorizes ...". Guard (USA TODAY, on Kanye West's run): "Tiffany Haddish parodied ...,
    # copying and pasting what he tweeted and joking that ..." is not what "he" tweeted.
    q = _quotes(
        '"This budget does more than just balance," said House Speaker John Boehner, R-Ohio, boasting that it also '
        "authorizes construction of the Keystone XL oil pipeline.",
        "Billionaire Mark Cuban spoke first.\n\nTiffany Haddish parodied West's announcement Sunday on Twitter, "
        "copying and pasting what he tweeted and joking that fellow comedian Dave Chappelle would be her running "
        "mate.")
    assert q[["doc_id", "actor", "verb", "quote"]].values.tolist() == [
        ["d0", "John Boehner", "said", "This budget does more than just balance,"],
        ["d0", "John Boehner", "boasting", "it also authorizes construction of the Keystone XL oil pipeline"]]


def test_a_source_described_after_the_verb_and_the_people_a_who_stands_for():
    # Politico, "How Clinton quelled an insurgency": "“...,” admitted a campaign source involved with the planning"
    # (the source, described by what it was involved with); The Hill, "The Memo: Warren's rise ...": "That point tends
    # to irritate Sanders supporters, who argue ..." (the supporters, not the verb before them). Guard: "the Defense
    # Department, which said" keeps its article.
    q = _quotes("Plan B would be one that Brooklyn would activate. “We never really got to Plan B,” admitted a "
                "campaign source involved with the planning.",
                "That point tends to irritate Sanders supporters, who argue he is not given credit for his policy "
                "ideas as readily as Warren.",
                "The White House referred questions about the attack to the Defense Department, which said service "
                "members were killed by an explosion while on routine patrol.")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "a campaign source"], ["d1", "Sanders supporters"], ["d2", "the Defense Department"]]


def test_where_someone_said_and_what_follows_a_quotation_but_names_no_one():
    # Orange County Register, "Power outage map: Where Southern California Edison has cut electricity ...": "the
    # areas in ... San Bernardino counties where Edison said it has cut electricity" (Edison, not the counties);
    # Newsmax, "Actor Jussie Smollett Arrested ...": "the area where Smollett said the attack occurred". USA TODAY,
    # "At U.N., Trump calls for a 'great reawakening of nations' ...": a link's "Trump threatens to ‘...’ if it
    # continues on nuclear path" is Trump's threat, not said by "it" (NATO, named just before; the link's line,
    # "More:At United Nations, ...", is now set aside by cleaning, so the same words stand here as a sentence).
    q = _quotes("Edison cut power to thousands.\n\nHere are the areas in Los Angeles, Orange, Riverside and San "
                "Bernardino counties where Edison said it has cut electricity or was considering it as of 6:30 p.m.",
                "Police arrested two brothers who were recognized from surveillance footage of the area where "
                "Smollett said the attack occurred.",
                "That philosophy has rankled NATO allies.\n\nAt United Nations, Trump threatens to 'totally "
                "destroy North Korea' if it continues on nuclear path.")
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "Edison", "it has cut electricity or was considering it as of 6:30 p.m"],
        ["d1", "Smollett", "the attack occurred"],
        ["d2", "Trump", "totally destroy North Korea"]]


def test_a_title_penned_by_its_author_is_no_statement():
    # Politico, "Inside Warren's battle plan to win Iowa ...": "(First up: “This Fight is Our Fight,” penned by
    # Warren in 2017.)" is a book's title
    q = _quotes("Warren aides and volunteers have also organized a book club. (First up: “This Fight is Our Fight,” "
                "penned by Warren in 2017.)")
    assert q.empty


def test_a_person_named_by_a_given_name_alone_and_a_labeller_after_while():
    # Townhall, "Does Concealed Carry Belong in Churches and Schools?": "Suzanne raised her hand ... “...,” she said"
    # (Suzanne, named by her given name only); BBC News, "London attack: Seven killed ...": "Theresa May described
    # ... as "dreadful", while Labour leader Jeremy Corbyn called them "brutal and shocking"" (Corbyn's words).
    # Guards: the Wall Street Journal, "Donald Trump's Diplomatic Moderation": after "meeting with British Prime
    # Minister Theresa May, he said" is Trump ("Theresa" is "she"); Rich Lowry, "War by euphemism": "Jane's Defence
    # Weekly" is no person (who says the words after it is not read right: that row is not checked).
    q = _quotes(
        "As Ector introduced himself, the discussion turned to school shootings. A teacher, Suzanne, raised her "
        "hand, and Ector motioned for Suzanne to speak.\n\n“The school where I teach has almost identical safety "
        "measures that were in place at the Sandy Hook Elementary School,” she said.",
        "Theresa May described Saturday night's events as \"dreadful\", while Labour leader Jeremy Corbyn called "
        "them \"brutal and shocking\".",
        "Mr. Trump has taken a similar posture toward NATO. After meeting with British Prime Minister Theresa May, he "
        "said he would strongly back the alliance.",
        "The last time I checked, Jane’s Defence Weekly doesn’t set aside a special category for the Tomahawk as "
        "“weapons of mild discomfort.”")
    assert q[["doc_id", "actor"]].values.tolist()[:3] == [["d0", "Suzanne"], ["d1", "Jeremy Corbyn"], ["d2", "Trump"]]
    assert "Jane" not in set(q["actor"])


def test_they_after_a_subject_with_an_aside_a_lead_phrase_or_an_irregular_verb():
    # Washington Times (noncitizen voters): "Three professors at Old Dominion University — Mr. Richman, Gulshan A.
    # Chattha and David C. Earnest — took these answers ... Using other measuring tools, they said, ..."; Reuters
    # (Cohen's sentencing): "U.S. prosecutors on Friday sought prison time for Cohen ... for the payments they said
    # were ...". Guard: a dateline's dash ("BEIJING — Chinese authorities reported 25 new cases — 22 in Beijing")
    # is no aside.
    q = _quotes("Three professors at Old Dominion University — Mr. Richman, Gulshan A. Chattha and David C. Earnest — "
                "took these answers and extrapolated that about 620,000 were illegally registered to vote. Using "
                "other measuring tools, they said, the actual number of noncitizen voters could be as low as 38,000.",
                "U.S. prosecutors on Friday sought prison time for Cohen, Trump’s self-proclaimed “fixer,” for the "
                "payments they said were made in “coordination with and at the direction of” Trump, as well as on "
                "charges of evading taxes.")
    said = q[(q["doc_id"] == "d0") | q["quote"].str.startswith("coordination")]   # (not the label "fixer")
    assert said[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Three professors at Old Dominion University"], ["d1", "U.S. prosecutors"]]


def test_a_programme_named_in_quotation_marks_is_where_it_was_said():
    # CNN, "Ropes, chains found in home where women held captive": "Chief Michael McGrath told NBC's "Today" show
    # that ..."; Fox News, "Cheney defends CIA interrogation techniques ...": "Cheney, speaking on Fox News' “Special
    # Report with Bret Baier,” said some of the ..."; Fox News, "Romney: Obama yet to 'level with the American
    # people' ...": "Obama, in an interview with CBS' "60 Minutes," said recent violence ... was due to "bumps in the
    # road"" (Obama's; "60 Minutes" is no statement). Guard: The Hill, "Dems set to use McConnell's legislative
    # graveyard against him": "blasted McConnell this week as the Senate's “Rip van Winkle,”" is Jeffries' label.
    q = _quotes(
        "Cleveland police Chief Michael McGrath told NBC's \"Today\" show that the women were bound.",
        "Cheney, speaking on Fox News' “Special Report with Bret Baier,” said some of the controversial techniques "
        "had been previously tested.",
        "Obama, in an interview with CBS' \"60 Minutes,\" said recent violence in the Mideast was due to \"bumps in "
        "the road\" on the way to democracy.",
        "Rep. Hakeem Jeffries, chairman of the House Democratic Caucus, blasted McConnell this week as the Senate's "
        "“Rip van Winkle,” urging Republicans to act.")
    assert q[["doc_id", "speaker", "kind", "quote"]].values.tolist() == [
        ["d0", "Michael McGrath", "indirect", "the women were bound"],
        ["d1", "Cheney", "indirect", "some of the controversial techniques had been previously tested"],
        ["d2", "Obama", "indirect", "recent violence in the Mideast was due to \"bumps in the road\" on the way to "
                                    "democracy"],
        ["d2", "Obama", "direct", "bumps in the road"],
        ["d3", "Hakeem Jeffries", "direct", "Rip van Winkle,"]]


def test_who_said_is_the_one_the_relative_clause_describes():
    # ABC News ("Flynn has promised special counsel 'full cooperation' ..."): "Flynn consulted with a senior
    # transition team official who said the Trump “did not want Russia to escalate the situation,”" (the official's
    # words, not Flynn's); Reuters ("Americans want to see a bipartisan fix for Obamacare: Reuters/Ipsos poll"):
    # "11 percent said they believed that Obamacare had ended, versus 67 percent who said the program was “still
    # operating.”" (the 67 percent).
    q = _quotes("After that conversation, Flynn consulted with a senior transition team official who said the Trump "
                "“did not want Russia to escalate the situation,” so Flynn relayed the request directly to Kislyak.",
                "Among the people surveyed, 11 percent said they believed that Obamacare had ended, versus 67 percent "
                "who said the program was “still operating.”")
    assert q.loc[q["kind"] == "direct", ["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "senior transition team official", ""], ["d1", "67 percent", ""]]


def test_a_reported_statement_without_that_whose_subject_is_a_noun_phrase():
    # Breitbart, "FNC's Carlson: 'The Mob Is an Arm of the Democratic Establishment'": "Carlson argued the apparent
    # conclusion was the “mob” was an arm of ..." and "The U.S. Attorney suggested Federal charges would be
    # brought"; CNN, "Democrats weigh how to nudge Sanders out": "Reid informed Sanders he was backing Clinton" (the
    # one informed is no part of it). Guard (Daily Beast, "Trump Sabotages His Own Coronavirus 'Mission
    # Accomplished' Moment"): "Weijia Jiang asked Trump why it was a competition" is a question, not a statement.
    q = _quotes("Carlson argued the apparent conclusion was the “mob” was an arm of the Democratic Party’s "
                "establishment.",
                "The U.S. Attorney suggested Federal charges would be brought — brought against whom?",
                "The two had an emotional call when Reid informed Sanders he was backing Clinton in February.",
                "When CBS reporter Weijia Jiang asked Trump why it was a competition with those around the globe, "
                "the president used his answer to attack her.")
    assert q.loc[q["kind"] == "indirect", ["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "Carlson", "the apparent conclusion was the “mob” was an arm of the Democratic Party’s establishment"],
        ["d1", "The U.S. Attorney", "Federal charges would be brought — brought against whom?"],
        ["d2", "Reid", "he was backing Clinton in February"]]


def test_an_adverb_before_a_participle_and_expressed_concern_that():
    # Slate ("Obama Warns Democratic Candidates Not to Go Too Far Left ..."): "..., repeatedly saying he will support
    # whoever comes out on top" and "the former president expressed concern that members of the progressive wing ...
    # could end up hurting ...".
    q = _quotes("Former President Barack Obama has taken pains to avoid commenting on the contest, repeatedly saying "
                "he will support whoever comes out on top.",
                "Earlier this year, the former president expressed concern that members of the progressive wing of "
                "the party could end up hurting their own cause.")
    assert q[["doc_id", "verb", "quote"]].values.tolist() == [
        ["d0", "saying", "he will support whoever comes out on top"],
        ["d1", "expressed concern", "members of the progressive wing of the party could end up hurting their own "
                                    "cause"]]


def test_a_speaker_after_a_quotation_with_a_relative_clause_between():
    # Fox News, "Priebus: Trump ready to accept Russia hacking report ...": "“...,” Priebus, who is still chairman
    # of the Republican National Committee, also said Sunday." (Priebus, not the committee); Vox, "K-pop fan activism
    # for Black Lives Matter needs context": "“...,” Miranda Ruth Larsen, a K-pop fan and cultural studies researcher
    # at the University of Tokyo, whose work focuses on male Korean and Japanese idols and groups, said ...".
    q = _quotes("“There’s no evidence that shows the outcome of the elections was changed,” Priebus, who is still "
                "chairman of the Republican National Committee, also said Sunday.",
                "“It sounds sort of racist because it often is racist,” Miranda Ruth Larsen, a K-pop fan and cultural "
                "studies researcher at the University of Tokyo, whose work focuses on male Korean and Japanese idols "
                "and groups, said during an interview.")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d0", "Priebus"], ["d1", "Miranda Ruth Larsen"]]


def test_a_programme_whose_title_opens_on_a_number_is_where_it_was_said():
    # Townhall ("Trump Campaign Goes After Biden Over Criticism of Ivanka, Jared ..."): "Joe Biden told CBS’s “60
    # Minutes” that it’s “improper” for Ivanka Trump and her husband ... to serve in the administration" reports
    # Biden's statement (a title that opens on a number, read since the title's words became one pattern).
    q = _quotes("Democratic presidential candidate Joe Biden told CBS’s “60 Minutes” that it’s “improper” for Ivanka "
                "Trump and her husband, Jared Kushner, to serve in the administration.")
    assert q.loc[q["kind"] == "indirect", ["speaker", "quote"]].values.tolist() == [
        ["Joe Biden", "it’s “improper” for Ivanka Trump and her husband, Jared Kushner, to serve in the "
                      "administration"]]


def test_reports_after_the_words_and_a_pronoun_with_a_past_verb_after_claimed():
    # Christian Science Monitor, "Syrian rebels claim direct assault on Assad": "A faction of the Free Syrian Army,
    # Tahrir al-Sham, claimed it fired toward Assad’s convoy ..." and "..., reports The Wall Street Journal." (the
    # outlet's report); Mediaite, "CBS News Has Fired Former ABC News Employee ...": "ABC News has confirmed they’re
    # conducting an investigation". Guards: "reports" as a noun (BBC News, "Rio Olympics: US swimmer Jimmy Feigen
    # 'settles robbery row'": "... after seeing TV reports"; Fox News, "Fed survey finds US growth, hiring mostly
    # steady": "reports last week showed that ...").
    q = _quotes("A faction of the Free Syrian Army, Tahrir al-Sham, claimed it fired toward Assad’s convoy after "
                "scouting out the route of his motorcade.",
                "The north of the country is largely rebel-held, with foreign fighters capturing a key airbase near "
                "the city of Aleppo earlier this week, reports The Wall Street Journal.",
                "As I noted in this thread, ABC News has confirmed they’re conducting an investigation into the leak.",
                "The swimmers do not report the incident to police or to the US Olympic Committee, and police officers "
                "only get involved after seeing TV reports",
                "In addition to the slowdown in hiring in May and April, reports last week showed that manufacturing "
                "activity grew more slowly last month.")
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "Tahrir al-Sham", "it fired toward Assad’s convoy after scouting out the route of his motorcade"],
        ["d1", "The Wall Street Journal", "The north of the country is largely rebel-held, with foreign fighters "
                                          "capturing a key airbase near the city of Aleppo earlier this week"],
        ["d2", "ABC News", "they’re conducting an investigation into the leak"]]


def test_a_second_statement_in_a_clause_of_the_first_and_after_but():
    # Washington Times, "Trump says Russian indictments prove ‘no collusion’ ...": "Rod Rosenstein said the Russian
    # operation was aimed at ..., but said there’s no evidence ..." (both his); Reuters, "North Korea's pledge to
    # dismantle nuclear site ...": "North Korea claimed it conducted a ... test ..., a detonation that Japanese
    # broadcaster TV Asahi said caused one of the tunnels to collapse" (North Korea's claim, and within it TV Asahi's);
    # Townhall, "Brace Yourselves: Retaliation Against North Korea Possible ...": "X and Y both said their sources
    # said that preemption is off the table" (the sources, not "both said their sources"); Mediaite: "Two sources
    # familiar with the matter tell me that CBS News has fired the staffer". Guard (The Hill, "Bloomberg news shakes
    # up 2020 race"): "a lie he told to protect the conspiracy theorist Jerome Corsi" tells nothing.
    q = _quotes("Deputy Attorney General Rod Rosenstein said the Russian operation was aimed at benefiting Mr. Trump’s "
                "candidacy, but said there’s no evidence presented at this time to show that any Americans "
                "intentionally helped the scheme.",
                "North Korea claimed it conducted a successful hydrogen bomb test last September at the mountainous "
                "site, a detonation that Japanese broadcaster TV Asahi said caused one of the tunnels to collapse.",
                "Steve Herman of Voice of America News and Anna Fifield, Tokyo bureau chief for The Washington Post, "
                "both said their sources said that preemption is off the table.",
                "Two sources familiar with the matter tell me that CBS News has fired the staffer in question.",
                "Stone had told lawmakers that his main connection to WikiLeaks was Randy Credico, which prosecutors "
                "argue was a lie he told to protect the conspiracy theorist Jerome Corsi.")
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "Rod Rosenstein", "the Russian operation was aimed at benefiting Mr. Trump’s candidacy"],
        ["d0", "Rod Rosenstein", "there’s no evidence presented at this time to show that any Americans "
                                 "intentionally helped the scheme"],
        ["d1", "North Korea", "it conducted a successful hydrogen bomb test last September at the mountainous site, "
                              "a detonation that Japanese broadcaster TV Asahi said caused one of the tunnels to "
                              "collapse"],
        ["d1", "Asahi", "caused one of the tunnels to collapse"],       # (the name the actor finder reads)
        ["d2", "their sources", "preemption is off the table"],
        ["d3", "Two sources familiar with the matter", "CBS News has fired the staffer in question"],
        ["d4", "Stone", "his main connection to WikiLeaks was Randy Credico, which prosecutors argue was a lie he told "
                        "to protect the conspiracy theorist Jerome Corsi"]]


def test_a_verb_after_one_set_aside_and_a_relative_speaker_before_where_they_said_it():
    # Fox News, "More than 170,000 without power as Hermine barrels through Florida ...": "The Florida governor
    # declared an emergency in 51 counties and said about 6,000 National Guardsmen stood ready ..." (the act set
    # aside, the statement read); Washington Times, "Romney gets another chance to sketch out centrist views": "female
    # voters in swing states, who in a recent Gallup Poll said abortion is ..." (the voters, not the poll); Mother
    # Jones, "These Teens Were Learning to Spot Misinformation Online ...": "That had been her own conclusion, she
    # tells me, when ...". Guards: American Spectator, "Does President Trump Get It?": "Sessions then wrote to POTUS
    # who then wrote Comey’s farewell" (an act); Quillette, "A Professor Speaks Out ...": "they even say and write
    # things that would earn appreciative nods" (no words said).
    q = _quotes("The Florida governor declared an emergency in 51 counties and said about 6,000 National Guardsmen "
                "stood ready to mobilize for the storm's aftermath.",
                "It was a direct appeal to female voters in swing states, who in a recent Gallup Poll said abortion is "
                "the most important issue for them this election season.",
                "Ms. Chikaonda saw the photo. That had been her own conclusion, she tells me, when she first saw the "
                "phony image of her city burning.",
                "But it was dated the same day that Sessions then wrote to POTUS who then wrote Comey’s farewell, and "
                "dispatched his long-time personal aide to deliver that termination letter to Comey.",
                "Sometimes, they even say and write things that would earn appreciative nods from Lynne Cheney.")
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "The Florida governor", "about 6,000 National Guardsmen stood ready to mobilize for the storm's "
                                       "aftermath"],
        ["d1", "female voters", "abortion is the most important issue for them this election season"],
        ["d2", "Chikaonda", "That had been her own conclusion, she tells me, when she first saw the phony image of her "
                       "city burning"]]


def test_a_statement_reported_around_the_words_it_quotes():
    # BBC News, "Trump’s ‘rat-infested’ attack on lawmaker was racist, says Pelosi": "Mr Cummings ... suggested the
    # Trump administration had "an empathy deficit" in its handling of migrants" (his statement, the words quoted
    # inside it), "The tweets, Ms Pelosi wrote, were "racist attacks" on Mr Cummings"; Fox News, "Trump offers
    # 'sympathy' and support to New Zealand ...": "officials said at least one may not be connected" (a number, not a
    # place). Guards: Politico, "Carter: I won't be pushed around": "Asked whether ..., McCain said, “It doesn’t
    # matter.”" (the quotation only); CBN, "Manafort Accused of Several Tries to Tamper with Witnesses": "In one
    # call, the agent wrote, Manafort said he wanted to give the witness a "heads-up about Hapsburg."" (Manafort's).
    q = _quotes("Mr Cummings, who represents Maryland's 7th congressional district, suggested the Trump administration "
                "had \"an empathy deficit\" in its handling of migrants.",
                "Ms Pelosi led Democratic legislators in defending Mr Cummings.\n\nThe tweets, Ms Pelosi wrote, were "
                "\"racist attacks\" on Mr Cummings, whose district's population is more than 50% black.",
                "Of the other three people in custody, one of whom was a woman, officials said at least one may not be "
                "connected to the attacks.",
                "Asked whether Carter’s relationships with National Security Adviser Susan Rice could help him, McCain "
                "said, “It doesn’t matter.”",
                "In one call, the agent wrote, Manafort said he wanted to give the witness a \"heads-up about "
                "Hapsburg.\"")
    assert q.loc[q["doc_id"].ne("d4") | q["kind"].eq("indirect"), ["doc_id", "speaker", "kind", "quote"]].values.tolist(
    ) == [
        ["d0", "Cummings", "indirect", "the Trump administration had \"an empathy deficit\" in its handling of "
                                       "migrants"],
        ["d0", "Cummings", "direct", "an empathy deficit"],
        ["d1", "Pelosi", "indirect", "The tweets, Ms Pelosi wrote, were \"racist attacks\" on Mr Cummings, whose "
                                     "district's population is more than 50% black"],
        ["d2", "officials", "indirect", "at least one may not be connected to the attacks"],
        ["d3", "McCain", "direct", "It doesn’t matter."],
        ["d4", "Manafort", "indirect", "he wanted to give the witness a \"heads-up about Hapsburg.\""]]
    #   (the words quoted inside Manafort's statement are given to "the agent", a known error left as it was)


def test_a_statement_after_another_in_one_clause_ends_it():
    # CNN, "Trump criticizes Justin Trudeau, says US won't endorse G7 statement": "Shortly after Trudeau said that he
    # was "happy to announce ..." indicating that the US had signed on, Trump announced the US would reverse its
    # decision" (Trudeau's, then Trump's); The Guardian, "Democrats target 'troublesome' Trump cabinet nominees":
    # "Coons said he was “generally encouraged” ..., although he said he wanted to hear more"; ABC News, "Paul Ryan
    # Visits Miami ...": "Bush said he's "a great example for the Romney family" and said that those family ideals
    # are what is needed".
    q = _quotes("Shortly after Trudeau said that he was \"happy to announce that we have released a joint communique "
                "by all seven countries\" indicating that the US had signed on, Trump announced the US would reverse "
                "its decision and not sign on to the statement after all.",
                "Senator Chris Coons, a Democrat from Delaware, said he was “generally encouraged” by his conversation "
                "with Tillerson, although he said he wanted to hear more before deciding whether to support his "
                "nomination.",
                "The youngest Romney son spoke before the former governor, and Bush said he's \"a great example for "
                "the Romney family\" and said that those family ideals are what is needed in the White House.")
    indirect = q[q["kind"] == "indirect"]
    assert indirect[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "Trudeau", "he was \"happy to announce that we have released a joint communique by all seven "
                          "countries\" indicating that the US had signed on"],
        ["d0", "Trump", "the US would reverse its decision and not sign on to the statement after all"],
        ["d1", "Chris Coons", "he was “generally encouraged” by his conversation with Tillerson"],
        ["d1", "Chris Coons", "he wanted to hear more before deciding whether to support his nomination"],
        ["d2", "Bush", "he's \"a great example for the Romney family\""],
        ["d2", "Bush", "those family ideals are what is needed in the White House"]]


def test_statements_read_off_held_out_articles_of_the_20_mb_file():
    # Fox News, "Sebelius 'will testify' on ObamaCare website woes, Durbin says": "“...,” he told Fox News, adding her
    # not testifying could lead to her resignation"; Townhall, "McCain to David Gregory: ...": "McCain concludes by
    # saying there’s been a massive cover-up"; USA TODAY, "Europe, U.S. on edge as terror manhunt expands": "Jawad
    # Bendaoud admitted loaning ... but has said he didn't know ..." and "He said his brother is "very intelligent"
    # and may have changed his mind"; Fox News, "Professor predicts Kanye West could tap into 'protest vote' ...":
    # "..., Professor Jason Nichols told "Tucker Carlson Tonight" Friday."; Townhall, "Here's Your 'Something': ...":
    # "According to Nancy Pelosi, you’re a brain-cell away from being declared mentally unfit" (a passive, no verb of
    # saying) and "Omar claimed Muslims are being “terrorized” by ...". Guards: Fox News, "Critics slam 'embarrassing'
    # Mayor Sadiq Khan ...": "..., adding additional strain to his “under-resourced” police force"; NPR, "No Talks
    # Underway To Resolve Shutdown": "..., explaining why his Democrats voted down the House request" (no words).
    q = _quotes("Florida Republican Sen. Marco Rubio spoke.\n\n“Her refusal to testify and be transparent has "
                "undermined her credibility,” he told Fox News, adding her not testifying could lead to her "
                "resignation.",
                "The interview aired.\n\nAfter explaining to Gregory that there are still a number of unanswered "
                "questions regarding Benghazi, McCain concludes by saying there’s been a massive cover-up.",
                "A man was held.\n\nJawad Bendaoud admitted loaning his Saint-Denis apartment to the suspected "
                "ringleaders but has said he didn't know his guests were avowed jihadists. Mohamed Abdeslam spoke on "
                "TV. He said his brother is \"very intelligent\" and may have changed his mind.",
                "West may run.\n\nRapper Kanye West could receive a sizable \"protest vote\" if he goes forward with "
                "his campaign, University of Maryland Professor Jason Nichols told \"Tucker Carlson Tonight\" Friday.",
                "Omar spoke in March.\n\nAccording to Nancy Pelosi, you’re a brain-cell away from being declared "
                "mentally unfit. Instead, Omar claimed Muslims are being “terrorized” by the nation’s response to "
                "9/11.",
                "Khan spoke.\n\nThis is all while Khan encouraged millions of Londoners to march against the "
                "president, adding additional strain to his “under-resourced” police force.",
                "Reid spoke.\n\n\"We're not going to re-litigate the health care issue,\" Sen. Harry Reid said on the "
                "Senate floor, explaining why his Democrats voted down the House request for a conference.")
    indirect = q[q["kind"] == "indirect"]
    assert indirect[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "Marco Rubio", "her not testifying could lead to her resignation"],
        ["d1", "McCain", "there’s been a massive cover-up"],
        ["d2", "Jawad Bendaoud", "he didn't know his guests were avowed jihadists"],
        ["d2", "Mohamed Abdeslam", "his brother is \"very intelligent\" and may have changed his mind"],
        ["d3", "Jason Nichols", "Rapper Kanye West could receive a sizable \"protest vote\" if he goes forward "
                                "with his campaign"],
        ["d4", "Nancy Pelosi", "you’re a brain-cell away from being declared mentally unfit"],
        ["d4", "Omar", "Muslims are being “terrorized” by the nation’s response to 9/11"]]


def test_a_relative_clause_after_the_speaker_and_no_statement_in_a_question_or_by_no_one():
    # Reuters, "FAA to order inspections of jet engines after Southwest blast": "The GE-Safran partnership that built
    # the engine said it was sending ..." (the partnership, not "built the engine"); Washington Times, "Clinton pins
    # responsibility on Stevens": "emails Thursday that showed she privately told family and world leaders that ..."
    # (hers); Daily Beast, "The Awkward Arranged Marriage of Trump and Pence": "He told the crowd that Trump had
    # called him ..., during which time he proclaimed he hadn’t made his “final, final decision.”" (his statement,
    # the quotation inside it). Guards: Breitbart, "FNC’s Carlson: ‘The Mob Is an Arm of the Democratic
    # Establishment’": "what does it tell you that the FBI ... fell for this hoax so completely?"; TheBlaze, "Don Jr.
    # and Ivanka Trump among Republicans' top 2024 choices ...": "not a single political leader ... has stated they
    # intend to run".
    q = _quotes("The investigation goes on.\n\nThe GE-Safran partnership that built the engine said it was sending "
                "about 40 technicians to help with Southwest’s inspections.",
                "Clinton testified.\n\nFormer Secretary of State Hillary Rodham Clinton brushed aside emails Thursday "
                "that showed she privately told family and world leaders that the 2012 attack on the U.S. diplomatic "
                "post in Benghazi was a terrorist assault.",
                "Vice President Mike Pence spoke.\n\nHe told the crowd that Trump had called him with the decision on "
                "Wednesday night, during which time he proclaimed he hadn’t made his “final, final decision.”",
                "Carlson spoke.\n\nBut for now, what does it tell you that the FBI and Federal prosecutors fell for "
                "this hoax so completely? Well, it tells you everything.",
                "Pence leads.\n\nTo be clear, not a single political leader mentioned in this story has stated they "
                "intend to run for president in 2024.")
    indirect = q[q["kind"] == "indirect"]
    assert indirect[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "The GE-Safran partnership", "it was sending about 40 technicians to help with Southwest’s "
                                            "inspections"],
        ["d1", "Hillary Rodham Clinton", "the 2012 attack on the U.S. diplomatic post in Benghazi was a terrorist "
                                         "assault"],
        ["d2", "Mike Pence", "Trump had called him with the decision on Wednesday night, during which time he "
                             "proclaimed he hadn’t made his “final, final decision.”"]]


def test_the_commas_around_a_company_suffix_set_off_no_appositive():
    # Politico, "Trump Foundation acknowledges violating 'self-dealing' ban": "Roman, a plumbing contractor whose
    # company WDF, Inc., had worked on two Trump construction projects ..., told POLITICO that “...”" is Roman's (not
    # "Inc.").
    q = _quotes("The foundation listed its donors.\n\nLawrence Roman gave $10,000. Roman, a plumbing contractor whose "
                "company WDF, Inc., had worked on two Trump construction projects a decade ago on Manhattan’s West "
                "Side, told POLITICO that “my donation was strictly on a personal basis, nothing to do with business.”")
    assert q[["speaker", "actor"]].values.tolist() == [["Roman", "Lawrence Roman"]]


def test_a_quoted_term_opens_the_statement_and_a_programme_is_told():
    # USA TODAY, "Europe, U.S. on edge as terror manhunt expands": "Jambon said "several suspects" linked to the Nov.
    # 13 Paris attacks were being sought in Belgium" (his statement, the term it quotes inside); Fox News, "Democrats,
    # Republicans battle along familiar lines ahead of new fiscal talks": "Jim Jordan told “Fox News Sunday” that
    # Democrats got the revenue increases ..." (the programme is whom he told). Guard (Vanity Fair, "TRUMP’S DARK, RAW
    # INAUGURATION SPEECH ..."): "When Obama shook hands with Trump afterwards and said “Good job,” it must’ve hurt"
    # (the words are the quotation; the rest is the writer's).
    q = _quotes("Belgium is on alert.\n\nJambon said \"several suspects\" linked to the Nov. 13 Paris attacks were "
                "being sought in Belgium.",
                "The sides drew battle lines.\n\nOhio Republican Rep. Jim Jordan told “Fox News Sunday” that Democrats "
                "got the revenue increases they wanted before Congress adjourned.",
                "Trump spoke.\n\nWhen Obama shook hands with Trump afterwards and said “Good job,” it must’ve hurt.")
    assert q[["doc_id", "speaker", "kind", "quote"]].values.tolist() == [
        ["d0", "Jambon", "indirect", "\"several suspects\" linked to the Nov. 13 Paris attacks were being sought in "
                                     "Belgium"],
        ["d0", "Jambon", "direct", "several suspects"],
        ["d1", "Jim Jordan", "indirect", "Democrats got the revenue increases they wanted before Congress adjourned"],
        ["d2", "Obama", "direct", "Good job,"]]


def test_a_second_speaker_after_and_and_according_to_after_a_lead_phrase():
    # Time, "Holder: U.S. To Make More Convicts Eligible for Presidential Clemency": "Former pardon attorneys and
    # experts have said many of prisoners ... are currently serving lengthy sentences, and Holder said Monday he
    # expects “thousands” of applications" (two statements); The Hill, "Florida House declares porn a public health
    # risk ...": "In the same session, less than an hour later, according to the newspaper, the legislature
    # considered ..." (what follows the lead phrase); RealClearPolitics, "President Trump Takes Victory Lap on Criminal
    # Justice Reform": "an unlikely mix of conservative and liberal groups that argued that harsh sentences ...".
    # Guard (Newsmax, "Wal-Mart Ends Health Coverage for Part-Timers, Cites Obamacare"): "In 2013, 62 percent of
    # large retail chains didn't offer ..., according to Mercer, a global consulting company." (the clause before).
    q = _quotes("Holder spoke.\n\nFormer pardon attorneys and experts have said many of prisoners with "
                "similar cases are currently serving lengthy sentences, and Holder said Monday he expects "
                "“thousands” of applications for clemency.",
                "The House voted.\n\nIn the same session, less than an hour later, according to the newspaper, "
                "the legislature considered a GOP-backed bill to declare porn a public health risk.",
                "The law passed.\n\nThe measure was supported by an unlikely mix of conservative and liberal "
                "groups that argued that harsh sentences for drug crimes had filled the nation’s prisons.",
                "Wal-Mart cut coverage.\n\nIn 2013, 62 percent of large retail chains didn't offer healthcare "
                "benefits to any of its part-time workers, according to Mercer, a global consulting company.")
    indirect = q[q["kind"] == "indirect"]
    assert indirect[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "Former pardon attorneys and experts", "many of prisoners with similar cases are currently serving "
                                                      "lengthy sentences"],
        ["d0", "Holder", "he expects “thousands” of applications for clemency"],
        ["d1", "the newspaper", "the legislature considered a GOP-backed bill to declare porn a public health risk"],
        ["d2", "liberal groups", "harsh sentences for drug crimes had filled the nation’s prisons"],
        ["d3", "Mercer", "In 2013, 62 percent of large retail chains didn't offer healthcare benefits to any of its "
                         "part-time workers"]]


def test_an_emphatic_did_say_and_a_relative_clause_after_the_object():
    # Fox News, "House Republicans unveil government funding measure": "The Pentagon did say it would furlough
    # thousands of military school teachers" (the Pentagon's); Washington Times, "Hillary Clinton emails worry
    # officials about security breaches": "the IG said in his memo to Congress that classified information in her
    # emails should never have been ..." (the IG's). Guard (Fox News, "Coronavirus whacks Dow but lifts disease
    # fighting stocks"): "D.R. Horton reported top and bottom-line results that outpaced Wall Street estimates" (a
    # relative clause about the results, no words).
    q = _quotes("The cuts began.\n\nThe Pentagon did say it would furlough thousands of military school teachers "
                "around the world.",
                "Clinton spoke.\n\nBut again, the IG said in his memo to Congress that classified information in her "
                "emails should never have been stored outside secure networks.",
                "Stocks fell.\n\nOn the earnings front, homebuilder D.R. Horton reported top and bottom-line results "
                "that outpaced Wall Street estimates.")
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "The Pentagon", "it would furlough thousands of military school teachers around the world"],
        ["d1", "the IG", "classified information in her emails should never have been stored outside secure "
                         "networks"]]


def test_emphasize_in_the_present_and_a_participle_declaring():
    # Politico, "Arizona man facing charges for threatening Adam Schiff": "Lawmakers often emphasize that the
    # intensity of the rhetoric in Washington is not an excuse for violence"; Washington Times, "Senate Dems get 34th
    # vote to hand Obama victory on Iran deal": "Sen. Barbara Mikulski of Maryland became the crucial 34th vote
    # Wednesday morning, declaring the agreement is the best way to curb Iran’s nuclear ambitions". Guard: "declaring
    # a state of emergency" is an act.
    q = _quotes("Threats rose.\n\nLawmakers often emphasize that the intensity of the rhetoric in Washington is not an "
                "excuse for violence.",
                "The deal advanced.\n\nSen. Barbara Mikulski of Maryland became the crucial 34th vote Wednesday "
                "morning, declaring the agreement is the best way to curb Iran’s nuclear ambitions.",
                "The storm hit.\n\nThe governor acted quickly, declaring a state of emergency in 51 counties.")
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "Lawmakers", "the intensity of the rhetoric in Washington is not an excuse for violence"],
        ["d1", "Barbara Mikulski", "the agreement is the best way to curb Iran’s nuclear ambitions"]]


def test_in_saying_a_share_in_figures_and_a_time_between_subject_and_verb():
    # Townhall, "AG Barr On Government Activities In 2016: ...": "Barr was very direct in saying that he has more
    # questions than answers"; Reuters, "Most American voters support limited travel ban: poll": "Even among
    # Democratic voters, only 46 percent said they were opposed" (a share written in figures speaks, as "Forty-one
    # percent of Democrats" does); Politico, "Trump warns against panic amid news of first U.S. coronavirus death":
    # "the Food and Drug Administration this morning told certain labs that they could develop ..." (when, no part
    # of the speaker).
    q = _quotes("Barr spoke.\n\nBarr was very direct in saying that he has more questions than answers.",
                "Voters back it.\n\nEven among Democratic voters, only 46 percent said they were opposed.",
                "Cases rose.\n\nAs the numbers of U.S. cases continues to rise, the Food and Drug Administration this "
                "morning told certain labs that they could develop and use coronavirus diagnostic tests.")
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d0", "Barr", "he has more questions than answers"],
        ["d1", "only 46 percent", "they were opposed"],
        ["d2", "the Food and Drug Administration", "they could develop and use coronavirus diagnostic tests"]]


def test_a_pronoun_and_its_verb_after_said_are_what_was_said_not_who_said_it():
    # CBS News (the Senate's tax bill): "On Monday, moderate Sen. Susan Collins, R-Maine, said she'd support the
    # bill, meaning all voting Republicans are expected to back it" was read as an aside, "..., said X, ...", with
    # "she'd support the bill" as its speaker and the whole sentence as her words
    q = _quotes("Democrats are expected to oppose the bill.\n\nOn Monday, moderate Sen. Susan Collins, R-Maine, said "
                "she'd support the bill, meaning all voting Republicans are expected to back it, enough for passage.")
    assert q[["speaker", "quote"]].values.tolist() == [
        ["Susan Collins", "she'd support the bill, meaning all voting Republicans are expected to back it, enough for "
                          "passage"]]


def test_she_after_a_source_described_by_a_role_and_a_participle_is_that_source():
    # ProPublica (North Carolina's unemployment system): after "A contractor working with the DES call center, who
    # asked to remain anonymous, confirmed that ...", "she said" is the contractor, not Shawn Hill-Watkins, the woman
    # the article follows and last named ("working with ..." after the role noun hid it)
    q = _quotes("“I wake up thinking about it,” said Shawn Hill-Watkins, a mother of six.\n\nA contractor working "
                "with the DES call center, who asked to remain anonymous, confirmed that these frustrations are in "
                "fact standard features of the system. “If the whole queue is full, then the line gets dropped,” "
                "she said.")
    assert q["speaker"].tolist() == ["Shawn Hill-Watkins", "A contractor working with the DES call center",
                                     "A contractor working with the DES call center"]


def test_what_is_tweeted_out_is_a_thing_not_words_reported():
    # NPR (the Democratic debate's fact checks): "Clinton's team tweeted out the first fact check just 13 minutes into
    # the debate" made "out the first fact check ..." the team's words; Fox News (John Lewis's death): "Kayleigh
    # McEnany tweeted out condolences to the Lewis family". Guard, written for the test: "Police said up to 100
    # people were hurt" is a statement
    q = _quotes("Robby Mook rallied the troops.\n\nClinton's team tweeted out the first fact check just 13 minutes "
                "into the debate. White House Press Secretary Kayleigh McEnany tweeted out condolences to the Lewis "
                "family. Police said up to 100 people were hurt.")
    assert q[["speaker", "quote"]].values.tolist() == [["Police", "up to 100 people were hurt"]]


def test_who_after_a_name_and_of_a_place_stands_for_the_name():
    # Reuters (Booker's clemency plan): "most notably U.S. Senator Amy Klobuchar of Minnesota, who said she would
    # establish an advisory board" gave her words to Minnesota; Washington Times (the immigration bill): "Mitch
    # McConnell of Kentucky, who said Tuesday that". Guards, from USA TODAY (the voting commission) and NPR (the
    # animal cruelty law): "Maine Secretary of State Matthew Dunlap, who said" is Dunlap, not "Maine Secretary";
    # "the Fraternal Order of Police, who say" is the order, not "Fraternal Order"
    q = _quotes("Booker proposed clemency.\n\nOther Democratic candidates have weighed in on clemency, most notably "
                "U.S. Senator Amy Klobuchar of Minnesota, who said she would establish an advisory board. One of those "
                "is Minority Leader Mitch McConnell of Kentucky, who said Tuesday that the legislation has serious "
                "flaws. One lawsuit was filed by a Democratic member of the commission, Maine Secretary of State "
                "Matthew Dunlap, who said he was left out of the loop. The law was endorsed by some groups, such as "
                "the Fraternal Order of Police, who say there is a link between cruelty and violence.")
    assert q["speaker"].tolist()[:3] == ["Amy Klobuchar", "Mitch McConnell", "Matthew Dunlap"]
    assert q["actor"].tolist()[3] == "Fraternal Order of Police"


def test_it_after_an_agency_with_its_country_before_its_name_is_the_agency():
    # Christian Science Monitor (food supplies in the pandemic): "The U.S. Food and Drug Administration insists ... .
    # “...,” it reported last month." gave the words to the United States (the country that opens the agency's
    # name); Washington Times (deportations): "according to statistics that U.S. Immigration and Customs Enforcement
    # provided to the House Judiciary Committee" gave them to the committee, who received them
    q = _quotes("Stockpiles and substitutions.\n\nThe U.S. Food and Drug Administration insists there are no "
                "nationwide shortages of food. “Food production is widely dispersed throughout the U.S.,” it reported "
                "last month.",
                "The House Judiciary Committee met.\n\nCuba refused to take back 878 criminals last year, according "
                "to statistics that U.S. Immigration and Customs Enforcement provided to the House Judiciary "
                "Committee.")
    assert q["actor"].tolist() == ["Food and Drug Administration", "Food and Drug Administration",
                                   "Immigration and Customs Enforcement"]


def test_an_aside_between_dashes_after_a_short_subject_is_no_speaker():
    # BBC News (the mid-term elections): "Ms Pelosi - who is favourite to become speaker, a position she held from
    # 2007-11 - told supporters: "..."" gave the words to "a position she held from 2007-11". Guards, from the
    # Guardian (Clinton on assault weapons) and BBC News (Sturgeon on Brexit): the aside of a long clause, or of a
    # relative clause after a comma, is left as it is
    q = _quotes("Pelosi spoke.\n\nMs Pelosi - who is favourite to become speaker, a position she held from 2007-11 - "
                "told supporters: \"Today is more than about Democrats and Republicans.\"",
                "Nicola Sturgeon spoke.\n\nMs Sturgeon, who wants to seek an extension to Article 50 - the mechanism "
                "that sees the UK leave the EU on 29 March - said: \"There wasn't much indication that the prime "
                "minister is listening.\"",
                "Hillary Clinton spoke in Cleveland.\n\nRattling off all the ways that Florida allows the "
                "proliferation of guns – the state doesn’t regulate assault weapons – she said: “That’s a lot of "
                "‘nots’.”")
    assert q[["doc_id", "actor"]].values.tolist() == [["d0", "Pelosi"], ["d1", "Nicola Sturgeon"],
                                                      ["d2", "Hillary Clinton"]]


def test_a_but_inside_a_relative_clause_after_the_subject_splits_no_statement():
    # Reuters (North Korea's test site): "The IAEA, which in the past has inspected North Korea’s Yongbyon nuclear
    # complex but never Punggye-ri, has said in a statement that it “stands ready to contribute”" gave the words to
    # "never Punggye-ri": the "but" of the relative clause was read as the sentence's
    q = _quotes("Inspectors wait.\n\nThe IAEA, which in the past has inspected North Korea’s Yongbyon nuclear complex "
                "but never Punggye-ri, has said in a statement that it “stands ready to contribute” by resuming its "
                "work.")
    assert q["speaker"].tolist() == ["The IAEA", "The IAEA"]


def test_a_speaker_after_and_ends_a_clause_with_a_verb_of_its_own():
    # Reason (trust in government): "Only slightly more than a quarter of us trust the criminal justice system and
    # just 12 percent of us say we have ... confidence in Congress" was no statement (the subject ran from "Only"
    # to "us", and a share "of us" spoke for no one); Newsmax (the assault weapons ban): "few Americans have wanted
    # stricter laws and politicians say ..."; Fox News (the Afghan base shooting): "It wasn't clear if the two
    # incidents were linked and police said ...". Guards: a subject of two joined by "and" stays whole (National
    # Review: "Democrats led by Stacey Abrams and Ohio senator Sherrod Brown ... insisted"; Vox: "Legal scholars on
    # the left and the right say"; CNN: "a teary and happy president told campaign volunteers, ...")
    q = _quotes("Trust is low.\n\nOnly slightly more than a quarter of us trust the criminal justice system and just "
                "12 percent of us say we have confidence in Congress. But since that ban expired in 2004, few "
                "Americans have wanted stricter laws and politicians say they don't want to become targets. It wasn't "
                "clear if the two incidents were linked and police said they were investigating the incident.",
                "The race ended.\n\nDemocrats led by Stacey Abrams and Ohio senator Sherrod Brown insisted that the "
                "race had been stolen. Legal scholars on the left and the right say it’s a ridiculous case. It "
                "started the day after his re-election when a teary and happy president told campaign volunteers "
                "that he was proud.")
    assert q[["speaker", "quote"]].values.tolist() == [
        ["just 12 percent of us", "we have confidence in Congress"],
        ["politicians", "they don't want to become targets"],
        ["police", "they were investigating the incident"],
        ["Democrats", "the race had been stolen"],
        ["Legal scholars on the left and the right", "it’s a ridiculous case"],
        ["a teary and happy president", "he was proud"]]


def test_that_before_a_noun_and_a_comma_opens_no_statement():
    # ABC News (Ryan in Miami): "Florida is a crucial battleground state for both camps and Ryan acknowledged that
    # point, telling the crowd they “have a big say so.”" read "point, telling the crowd ..." as what Ryan said
    q = _quotes("Ryan spoke in Florida.\n\nFlorida is a crucial battleground state for both camps and Ryan "
                "acknowledged that point, telling the crowd they “have a big say so.”")
    assert not q["quote"].str.startswith("point").any()


def test_an_attribution_in_the_plural_present_ends_a_statement():
    # BBC News (the Port Authority attack): "The suspect, Akayed Ullah, ..., was injured by a "low-tech explosive
    # device" strapped to his body, officials say." was only the quoted term: "say" (the plural) was no verb of a
    # tail, and the verb was spent on the term. Vox (the FBI memos): "The sheer number of people ... who would need
    # to be incompetent, they say, makes that unlikely": "they" are the experts of the sentence before, not the
    # number of people the sentence speaks of
    q = _quotes("Lead.\n\nThe suspect, Akayed Ullah, a 27-year-old Bangladeshi immigrant, was injured by a \"low-tech "
                "explosive device\" strapped to his body, officials say.",
                "Lead.\n\nSeveral experts on national security law weighed in. The sheer number of people across the "
                "Department of Justice who would need to be incompetent, they say, makes that unlikely.")
    assert q[["doc_id", "speaker", "kind", "quote"]].values.tolist() == [
        ["d0", "officials", "indirect", "The suspect, Akayed Ullah, a 27-year-old Bangladeshi immigrant, was injured "
                                        "by a \"low-tech explosive device\" strapped to his body"],
        ["d0", "officials", "direct", "low-tech explosive device"],
        ["d1", "Several experts on national security law", "indirect",
         "The sheer number of people across the Department of Justice who would need to be incompetent, they say, "
         "makes that unlikely"]]


def test_an_attribution_in_the_plural_inside_a_statement_is_part_of_it():
    # Guards, from the Washington Times (military frustration): "Key lawmakers from both parties say frustration ...
    # is at its highest level, the product of ... advisers who, critics say, have iced the Pentagon out" is the
    # lawmakers'; Politico (Obama's immigration flip flop): "Aides privately acknowledge that Obama has flip flopped
    # — but for good reason, they insist." is the aides'; Fox News (the impeachment trial): "..., if Democrats
    # insist on Bolton." is a condition, no attribution; BBC News (Mexico's election): "struck a more conciliatory
    # note in his victory speech" ("note" and "claim" in the plural are left out: nouns)
    q = _quotes("Lead.\n\nKey lawmakers from both parties say frustration with the White House is at its highest "
                "level in decades, the product of an inner circle of advisers who, critics say, have iced the "
                "Pentagon out of the policymaking process.",
                "Lead.\n\nAides privately acknowledge that Obama has flip flopped — but for good reason, they insist.",
                "Lead.\n\nRepublicans have suggested that Schiff himself should testify, if Democrats insist on "
                "Bolton.",
                "Lead.\n\nHe used harsh language, but struck a more conciliatory note in his victory speech.")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d0", "Key lawmakers from both parties"], ["d1", "Aides"],
                                                        ["d2", "Republicans"]]


def test_reasoning_and_writing_that_report_a_statement():
    # Washington Times (Graham on Russia's hacking): "Sen. Lindsey Graham implored Trump ..., reasoning that the real
    # estate mogul is hesitant ..."; Christian Science Monitor (the Louisiana abortion law): "A three-judge panel of
    # the 5th Circuit reversed that ruling, writing that Act 620 was “remarkably different” from the Texas case".
    # Guard, from CNN (Kentucky's primary): "Sanders has a week to request in writing a re-canvass" is no statement
    q = _quotes("Lead.\n\nSen. Lindsey Graham implored Trump to punish Russians, reasoning that the real estate mogul "
                "is hesitant to delve into what happened. A three-judge panel of the 5th Circuit reversed that ruling, "
                "writing that the law was different from the Texas case. Sanders has a week to request in writing a "
                "re-canvass that would involve officials checking voting machines.")
    assert q[["speaker", "verb"]].values.tolist() == [["Lindsey Graham", "reasoning"],
                                                     ["A three-judge panel of the 5th Circuit", "writing"]]


def test_first_reported_in_a_paper_names_no_speaker():
    # ABC News (the aide's remark about McCain): "... and the White House did not deny the story, first reported in
    # The Hill." gave the sentence to "first"
    q = _quotes("Lead.\n\nSources confirmed to ABC News the comment was made by communications aide Kelly Sadler and "
                "the White House did not deny the story, first reported in The Hill.")
    assert "first" not in q["speaker"].tolist()


def test_they_after_the_words_said_is_a_plural_subject_or_speaker_before():
    # Politico (the fiscal cliff talks): "Many Washington veterans dismiss talk of open budget negotiations as fantasy.
    # Some degree of secrecy is essential, they say, ..." kept "they"; The Hill (Trump's base after Bannon): "There
    # are Republicans who see things differently. They argue that ..."; Christian Science Monitor (the sailors freed
    # by Iran): "The Riverine boats were not part of the carrier strike group, ..., the officials said. The craft are
    # not considered high-tech ..., they added." gave the words to the boats. Guard, from Breitbart (quoting the New
    # York Times): "Mr. Comey's defenders regard this as ..., one they say helps explain his decision-making" stays
    # the defenders'
    q = _quotes("Talks went on.\n\nMany Washington veterans dismiss talk of open budget negotiations as fantasy. Some "
                "degree of secrecy is essential, they say, especially with interest groups watching.",
                "Bannon left.\n\nThere are Republicans who see things differently. They argue that a more conventional "
                "approach from the White House is essential.",
                "The sailors were freed.\n\nThe Riverine boats were not part of the carrier strike group, and were on "
                "a training mission, the officials said. The craft are not considered high-tech, so there were no "
                "concerns about the Iranians gaining access to them, they added.",
                "Former officials spoke.\n\nMr. Comey's defenders regard this as one of the untold stories of the "
                "Clinton investigation, one they say helps explain his decision-making.")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Many Washington veterans"], ["d1", "Republicans"], ["d2", "the officials"], ["d2", "the officials"],
        ["d3", "Mr. Comey's defenders"]]


def test_a_party_tag_with_an_en_dash_and_a_cleft_before_the_speaker():
    # Reason (Republicans and socialized medicine): "Rep. Ted Yoho (R–Fla.) said" (an en dash in the party tag) left
    # both of his quotations with no speaker; CNN (Maine's Ebola quarantine): "It's an approach Maine's top health
    # official says she wants the state to take" gave the words to "It's an approach Maine's top health official"
    q = _quotes("Lead.\n\n\"You can look at it as socialized medicine,\" Rep. Ted Yoho (R–Fla.) said on Tuesday about "
                "the proposals. \"But in the face of an outbreak, a pandemic, what's your options?\"",
                "Lead.\n\nIt's an approach Maine's top health official says she wants the state to take.")
    assert q["speaker"].tolist() == ["Ted Yoho", "Ted Yoho", "Maine's top health official"]


def test_echoed_and_promised_attribute_only_right_after_the_words():
    # Politico (the Paris climate summit): "“Through our presence here today, ...,” German Chancellor Angela Merkel
    # echoed in her own remarks." and NPR (the Boston bombing live blog): "“We will find you and yes, you will face
    # justice,” the president promises the person or persons responsible" had no speaker. Guards: Politico (Sanders
    # aides at the convention): "“You will like the speech,” they promised." stays theirs; Media Research Center (the
    # 2016 conventions): "“very dark and angry, and mostly fact-free,” points echoed the next day by Senator
    # Franken" stays McCaskill's; Christian Science Monitor (Brexit): "“Brexit,” contains clear echoes of the
    # choice" is no one's
    q = _quotes("Lead.\n\n\"Through our presence here today, we show that we are stronger than the terrorists,\" "
                "German Chancellor Angela Merkel echoed in her own remarks.",
                "Lead.\n\n\"We will find you and yes, you will face justice,\" the president promises the person or "
                "persons responsible for the bombings.",
                "Lead.\n\nWeaver and Longabaugh tried to calm them down. “You will like the speech,” they promised.",
                "Lead.\n\nLater in the week, Senator McCaskill condemned the GOP program as “very dark and angry, and "
                "mostly fact-free,” points echoed the next day by Senator Franken.",
                "Lead.\n\nBritain’s vote to exit the European Union, or “Brexit,” contains clear echoes of the choice.")
    assert q[["doc_id", "speaker", "verb"]].values.tolist() == [
        ["d0", "Angela Merkel", "echoed"], ["d1", "the president", "promises"],
        ["d2", "Weaver and Longabaugh", "promised"], ["d3", "McCaskill", ""]]


def test_it_after_the_words_is_the_thing_that_spoke_in_the_sentence_before():
    # CNN (Alfa Bank and the Trump Organization server): "The bank told CNN it is now trying to identify the person
    # ... . “We believe that DNS traffic ... was deliberately captured ...,” it said." gave the words to CNN, the
    # bank's listener (the bank's own statement, in the same paragraph, is read after the quotation)
    q = _quotes("Lead.\n\nThe bank told CNN it is now trying to identify the person or entity who disseminated this "
                "internet traffic. \"We believe that DNS traffic in mainland Europe was deliberately captured,\" it "
                "said.")
    assert q[["speaker", "kind"]].values.tolist() == [["The bank", "indirect"], ["The bank", "direct"]]


def test_titles_listed_after_the_author_of_and_signs_listed_after_including():
    # CNN (Dean Baker's column on Trump's agenda): "the author of "Getting Back to Full Employment: ...," and "The
    # End of Loser Liberalism: Making Markets Progressive."" gave the second title to Baker as his words; Reuters
    # (the FBI report on Kavanaugh): "holding signs such as “Believe Survivors” and “Kava-Nope.”" and Fox Online
    # News (the 2019 Women's March, whose "carried singed" is written "signs" here): "protesters carried signs ...,
    # including “...,” “...,” and “Protect Women,” according to the Post" gave the signs' words to no one and to the
    # Post. Guard, from Fox News Opinion (DACA): "TRUMP VOWS TO SIGN IMMIGRATION EXECUTIVE ORDER: '...'" is no sign
    q = _quotes("Lead.\n\nDean Baker is co-director of the Center for Economic and Policy Research in Washington and "
                "the author of \"Getting Back to Full Employment: A Better bargain for Working People,\" and \"The End "
                "of Loser Liberalism: Making Markets Progressive.\" The views expressed are his own.",
                "Lead.\n\nThousands of anti-Kavanaugh protesters rallied outside the Supreme Court, holding signs such "
                "as “Believe Survivors” and “Kava-Nope.” Hundreds of demonstrators were arrested.",
                "Lead.\n\nNear Freedom Plaza, protesters carried signs that were playful and pointed, including "
                "“Wonder Woman in a pink pussy hat,” “Our Rights Are Real,” and “Protect Women,” according to the "
                "Post.",
                "Lead.\n\nTRUMP VOWS TO SIGN IMMIGRATION EXECUTIVE ORDER: 'WE'RE GOING TO BE TAKING CARE OF DACA'\n\n"
                "Over 200,000 DACA recipients are working.")
    assert q[["doc_id", "speaker", "quote"]].values.tolist() == [
        ["d1", "signs", "Believe Survivors"], ["d1", "signs", "Kava-Nope."],
        ["d2", "signs", "Wonder Woman in a pink pussy hat,"], ["d2", "signs", "Our Rights Are Real,"],
        ["d2", "signs", "Protect Women,"]]


def test_a_statement_of_anyone_is_no_one_s():
    # Media Matters (Wallace and LaPierre on Fox News Sunday): "there is nothing that anyone in the administration
    # has said that indicates they are going to have a universal registry" was read as what anyone said
    q = _quotes("Lead.\n\nThere is no indication. But there is nothing that anyone in the administration has said "
                "that indicates they are going to have a universal registry.")
    assert q.empty


def test_words_a_named_speaker_owns_are_that_speaker_s():
    # The Guardian (McConnell and Trump after Bannon's call for "war"): "the president’s support base, which Bannon
    # is addressing and which has responded eagerly to Trump’s talk of “draining the swamp”" gave Trump's words to
    # Bannon; Yahoo! News (Haley at the U.N.): "Haley repeated President Trump’s call “for all civilized nations to
    # stop the horrors ...”" to Haley. Guards: Bloomberg (the attack in Syria): "Trump’s statements “set in motion
    # enthusiasm by the enemy we’re fighting”" and Christian Science Monitor (the visa law): "Secretary Kerry’s
    # promise “suggests the administration will bend over backwards ...,” says Alireza Jafarzadeh" are the words of
    # the one who speaks of the statements
    q = _quotes("Lead.\n\nSuch words would not find favor with the president’s support base, which Bannon is "
                "addressing and which has responded eagerly to Trump’s talk of “draining the swamp” of Washington.",
                "Lead.\n\nWithout elaborating, Haley repeated President Trump’s call “for all civilized nations to "
                "stop the horrors taking place in Syria and demand a political solution.”",
                "Lead.\n\nSen. Lindsey Graham urged Trump to reconsider. Trump’s statements “set in motion enthusiasm "
                "by the enemy we’re fighting,” Graham said.",
                "Lead.\n\nSecretary Kerry’s promise “suggests the administration will bend over backwards to implement "
                "the nuclear deal,” says Alireza Jafarzadeh, deputy director of the council.")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Trump"], ["d1", "President Trump"], ["d2", "Lindsey Graham"], ["d3", "Alireza Jafarzadeh"]]


def test_a_title_after_titled_and_a_colon_and_emphasis_added_in_brackets():
    # Fox Online News (CPAC and Rand Paul): "the kick-off panel -- the one on which Gohmert spoke -- was titled: “Too
    # Many American Wars? Should We Fight Anywhere and Can We Afford It?”" gave the panel's title to Gohmert; The
    # Dispatch (the "1 million ventilators" error): "... over the course of the pandemic." [emphasis added]" gave the
    # quotation to "[emphasis"
    q = _quotes("Lead.\n\nIn an indication of how conservatives may be changing the discussion, the kick-off panel -- "
                "the one on which Gohmert spoke -- was titled: “Too Many American Wars? Should We Fight Anywhere and "
                "Can We Afford It?”\n\nNext.",
                "Lead.\n\nAs Berenson noted, the study in question did not call for 1 million ventilators, but rather "
                "that \"as many as one million people in the United States [may] need treatment with a ventilator over "
                "the course of the pandemic.\" [emphasis added]")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d1", "Berenson"]]


def test_a_member_described_by_its_organisation_is_not_the_organisation():
    # ABC News (Paul Ryan in Miami): "the GOP vice presidential nominee said his friends in Congress ..." and Fox
    # News (the Port Authority explosion): "A Greyhound bus driver told Fox News he heard a loud noise" gave the
    # statements to the GOP and to Greyhound (the rule read "vice" and "bus" as the nouns). Guard, from The Hill
    # (Never Trump groups in Indiana): "according to the Associated Press delegate tracker" stays the AP's
    q = _quotes("Lead.\n\nAt the famed Versailles restaurant, Ryan stood in front of a sign, and the GOP vice "
                "presidential nominee said his friends in Congress gave him a great education.",
                "Lead.\n\nA Greyhound bus driver told Fox News he heard a loud noise and soon was ordered by "
                "authorities to leave.",
                "Lead.\n\nTrump sits at 987 delegates, according to the Associated Press delegate tracker, and needs "
                "fewer than 50 percent of the rest.")
    assert q[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "the GOP vice presidential nominee", ""], ["d1", "A Greyhound bus driver", ""],
        ["d2", "the Associated Press delegate tracker", "Associated Press"]]


def test_a_name_a_colon_and_a_heading_is_no_turn_of_a_transcript():
    # CNN ("What is 'presidential greatness'?"): story highlights and headings "Richard Reeves: FDR was the greatest
    # president of the 20th century", "Joan Hoff: Presidents and war" were read as the historians' turns, as in a
    # transcript (each name written twice); a turn's words end as a sentence does
    q = _quotes("Story highlights America's top presidential scholars weigh in\n\nRichard Reeves: FDR was the "
                "greatest president of the 20th century\n\nJoan Hoff: Wartime presidents tend to be considered great, "
                "but perhaps no longer\n\nH.W. Brands: America is not ready for another great president right now\n\n"
                "Richard Reeves: FDR's place in the 20th century\n\nPresidential greatness is determined by being in "
                "the White House at the right time.\n\nJoan Hoff: Presidents and war\n\nA review of polls of "
                "presidential scholars since 1948 shows a pattern.")
    assert q.empty


def test_a_clause_after_shortly_after_and_a_research_two_people_own():
    # BBC News (the package at De Niro's restaurant): "Shortly after the news about De Niro's restaurant broke,
    # President Trump appeared to pin the blame on the media, tweeting: “...”" gave the tweet to De Niro, named in the
    # clause put first; CNN (Trump and the NRA): "Moments after the gun group endorsed Trump, the presumptive GOP
    # nominee dove right into attacking Clinton, saying she “...”" is the nominee's, not Clinton's; Pacific Standard
    # (campaign finance and polarisation): "La Raja and Schaffner's research, however, suggests that ..." is the
    # research's, not La Raja's
    q = _quotes("Lead.\n\nRobert De Niro said the restaurant was fine.\n\nShortly after the news about De Niro's "
                "restaurant broke, President Trump appeared to pin the blame on the media, tweeting: \"A very big part "
                "of the Anger we see today in our society is caused by the purposely false reporting.\"",
                "Lead.\n\nMoments after the gun group endorsed Trump, the presumptive GOP nominee dove right into "
                "attacking Clinton, saying she \"wants to abolish the Second Amendment.\"",
                "Lead.\n\nRay La Raja is a political scientist. La Raja and Schaffner’s research, however, suggests "
                "that the path the money takes does make a difference.")
    assert q[["doc_id", "speaker", "kind"]].values.tolist() == [
        ["d0", "Robert De Niro", "indirect"], ["d0", "Trump", "direct"],
        ["d1", "the presumptive GOP nominee", "direct"], ["d2", "La Raja and Schaffner’s research", "indirect"]]


def test_a_label_in_a_relative_clause_with_no_pronoun_is_the_labeller_s():
    # Politico (Trump's EPA rollbacks): "he says EPA will use fewer consent decrees — ... — a practice Republicans have
    # long criticized as “regulation by litigation.”" gave the Republicans' label to Pruitt; The Guardian (typhoon
    # Mangkhut): "Mangkhut, which the China Meteorological Administration called the “King of Storms”" to the
    # television that reported it
    q = _quotes("Lead.\n\nAnd he says EPA will use fewer consent decrees — settlements negotiated with companies that "
                "have violated regulations — a practice Republicans have long criticized as “regulation by "
                "litigation.”",
                "Lead.\n\nChina Central Television said Mangkhut, which the China Meteorological Administration called "
                "the “King of Storms,” had hit the coast.")
    direct = q[q["kind"] == "direct"]
    assert direct[["doc_id", "speaker", "verb"]].values.tolist() == [
        ["d0", "Republicans", "criticized"], ["d1", "the China Meteorological Administration", "called"]]


def test_search_words_members_and_adjectives_speak_not():
    # ProPublica (TurboTax ads): "Google searches for “free tax filing” and other similar phrases still yield ads"
    # gave the search words to Google; The Daily Caller (the House IT scandal): "Multiple House IT aides have
    # expressed concern that ..." gave the aides' words to "House IT"; Salon (a plan to defeat ISIS): "France has
    # banned Islamic headgear from schools as potentially divisive “ostentatious religious symbols”" to "Islamic".
    # Guards: Christian Science Monitor (Rand Paul): "this recent one on the Atlantic magazine web site – “Can Rand
    # Paul Learn to Tell the Truth?” –" stays the Atlantic's; Reason (Section 230): "Craigslist shuttered its
    # personals section ..., explaining that the new law opened “...”" stays Craigslist's
    q = _quotes("Lead.\n\nToday, Google searches for “free tax filing” and other similar phrases still yield ads for a "
                "plethora of products.",
                "Lead.\n\nThe Awans had access to every email. Multiple House IT aides have expressed concern that "
                "Awans could be blackmailing Democrats with their own data.",
                "Lead.\n\nOn secularist constitutional grounds, France has banned Islamic headgear from schools as "
                "potentially divisive \"ostentatious religious symbols\" and outlawed face-concealing veils.",
                "Lead.\n\nHe doesn’t need any more headlines like this recent one on the Atlantic magazine web site – "
                "“Can Rand Paul Learn to Tell the Truth?” – referencing “his sticky habit for bending the facts.”",
                "Lead.\n\nAfter the law passed, Craigslist shuttered its personals section almost immediately, "
                "explaining that the new law opened \"websites to criminal and civil liability when third parties "
                "misuse online personals unlawfully.\"")
    assert q[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d1", "Multiple House IT aides", ""], ["d2", "France", "France"], ["d3", "Atlantic", "Atlantic"],
        ["d3", "Atlantic", "Atlantic"], ["d4", "Craigslist", "Craigslist"]]


def test_a_degree_after_a_name_and_it_after_a_subordinate_clause():
    # Salon (Wendy Davis): "Dr. Lin-Fan Wang, M.D., MPH, a doctor of family medicine, told Salon" gave her words to
    # "MPH"; ABC News (the administration's brief on Proposition 8): "While the brief fell short of calling for a
    # fundamental right to marriage ..., it suggested that ..." to "While the brief fell short of"
    q = _quotes("Lead.\n\n\"There will always be a need for abortion,\" Dr. Lin-Fan Wang, M.D., MPH, a doctor of "
                "family medicine, told Salon.",
                "Lead.\n\nWhile the brief fell short of calling for a fundamental right to marriage under the "
                "Constitution, it suggested that gay marriage laws in seven other states could be in jeopardy.")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d0", "Lin-Fan Wang"], ["d1", "the brief"]]


def test_he_after_a_description_whose_sentence_names_someone_else_as_an_object():
    # Christian Science Monitor (Obama and Reagan): "The artist who created the iconic “Hope” poster recently faced
    # the question of whether the president had lived up to it. “Not even close,” he said." gave the artist's words
    # to Obama; CNN (the Navy Yard shooting): "The official said Alexis then entered the building ... . He said ..."
    # to Alexis. Guards: CNN (the Thai cave rescue): "The divers ... said ..., according to Karadzic. He added that"
    # (a plural description) stays Karadzic's; Associated Press (the 2019 elections): "A Vietnam veteran, retired
    # state worker and former journalist, Jennings described ... “...,” he said." stays Jennings's; National Review
    # (Pittsburgh): "The shooter, who has been identified as Robert Bowers, 46, ... He is said to have shouted" stays
    # Bowers's
    q = _quotes("Lead.\n\nObama's approval is lower. The artist who created the iconic “Hope” poster recently faced "
                "the question of whether the president had lived up to it. “Not even close,” he said.",
                "Lead.\n\nAaron Alexis was a contractor. The official said Alexis then entered the building and went "
                "to the third floor. He said Alexis did not appear to have an escape plan.",
                "Lead.\n\nIvan Karadzic was at the cave. The divers involved in Monday's operation said it was "
                "\"even more smoothly executed than yesterday,\" according to Karadzic.\n\nHe added that divers would "
                "likely be bringing new oxygen tanks into the cave overnight.",
                "Lead.\n\nIn Kentucky, 73-year-old Michael Jennings voted straight Democratic. A Vietnam veteran, "
                "retired state worker and former journalist, Jennings described the president as unfit for office.\n\n"
                "“If Kentucky can send a small flare up, that’s a hopeful sign,” he said.",
                "Lead.\n\nThe shooter, who has been identified as Robert Bowers, 46, is in custody. He is said to have "
                "shouted, “All Jews must die!” during the shooting spree.")
    said = q[q["quote"].str.startswith(("Not even", "Alexis did not", "divers would", "If Kentucky", "All Jews"))]
    assert said[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "The artist", ""], ["d1", "The official", ""], ["d2", "Karadzic", "Ivan Karadzic"],
        ["d3", "Jennings", "Michael Jennings"], ["d4", "Robert Bowers", "Robert Bowers"]]


def test_one_who_wrote_a_work_reported_no_words():
    # Washington Times (Smith & Wesson and microstamping): "A spokesman for Phil Mendelson, the city council chairman
    # who wrote the D.C. law, told me that, “...”" gave the spokesman's words, and more, to Mendelson as written.
    # Guard, from CNN (Bachmann's retirement): "the House Majority PAC ... wrote Bachmann's decision was “good news
    # ...”" is its statement
    q = _quotes("Lead.\n\nA spokesman for Phil Mendelson, the city council chairman who wrote the D.C. law, told me "
                "that, “The decision to delay was made recently in order to piggyback on the California program.”",
                "Lead.\n\nDemocrats were less laudatory - the House Majority PAC, which works to elect Democrats to "
                "Congress, wrote Bachmann's decision was \"good news for the people of Minnesota and our nation.\"")
    assert q[["doc_id", "speaker", "verb", "kind"]].values.tolist() == [
        ["d0", "A spokesman for Phil Mendelson", "told", "direct"],
        ["d1", "the House Majority PAC", "wrote", "indirect"], ["d1", "the House Majority PAC", "wrote", "direct"]]


def test_a_web_address_is_one_name_and_a_list_of_words_is_no_statement():
    # NPR (fact checkers at the 2012 convention): "FactCheck.org says it heard “a number of dubious or misleading
    # claims”" gave the words to "org"; PBS NewsHour (the CDC's "banned words"): "The terms are “fetus,”
    # “transgender,” “vulnerable,” ... and “science-based,” according to a story first reported ... in The Washington
    # Post" made each word a statement; BBC News (Google and Project Maven): "including “dozens of senior engineers”,
    # according to the New York Times - says that staff" took the words after the dash into the source. Guard, from
    # the Daily Mail (Facebook's exposed database): "A Facebook spokesperson confirmed to DailyMail.com that ... and
    # said: '...'" stays the spokesperson's
    q = _quotes("Lead.\n\nFactCheck.org says it heard \"a number of dubious or misleading claims\" from the Democrats.",
                "Lead.\n\nThe terms are “fetus,” “transgender,” “vulnerable,” “entitlement,” “diversity,” "
                "“evidence-based” and “science-based,” according to a story first reported on Friday in The "
                "Washington Post.",
                "Lead.\n\nThe letter, which was signed by 3,100 employees - including \"dozens of senior engineers\", "
                "according to the New York Times - says that staff have already raised concerns.",
                "Lead.\n\nA Facebook spokesperson confirmed to DailyMail.com that the database had been taken down and "
                "said: 'We are looking into this issue, but believe this is likely information obtained.'")
    direct = q[q["kind"] == "direct"]
    assert direct[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "FactCheck.org"], ["d2", "the New York Times"], ["d3", "A Facebook spokesperson"]]
    assert not (q["doc_id"] == "d1").any()


def test_citing_someone_as_saying_remembered_after_the_words_and_a_time_before_and():
    # Washington Times (Putin's polls): "His office scoffed at the polling numbers ..., with Russia’s Tass news agency
    # citing Kremlin spokesman Dmitry Peskov as saying “...”" gave Peskov's words to "His office"; Christian Science
    # Monitor (early crises of administrations): "“He just shouted too much,” remembered former Arms Control and
    # Disarmament Agency Director Ken Adelman" had no speaker; Politico (the IRS scandal): "The report won’t be
    # formally released until later this week and the California Republican said ..." gave the statement to "later
    # this week and the California Republican". Guard, from American Spectator (Susan Rice's note): "she suddenly
    # remembered a pearl of wisdom from Obama that she wanted to jot down" is no statement
    q = _quotes("Lead.\n\nHis office scoffed at the polling numbers in early May, with Russia’s Tass news agency "
                "citing Kremlin spokesman Dmitry Peskov as saying “we are not inclined to entirely trust the results "
                "of these polls.”",
                "Lead.\n\nAl Haig served for a little more than a year.\n\n“He just shouted too much,” remembered "
                "former Arms Control and Disarmament Agency Director Ken Adelman in a 2003 oral history of the Reagan "
                "team.",
                "Lead.\n\nThe report won’t be formally released until later this week and the California Republican "
                "said the agency is trying to get the damaging information out before hearings are convened.",
                "Lead.\n\nOn her last day in office, she suddenly remembered a pearl of wisdom from Obama that she "
                "wanted to jot down.")
    assert q[["doc_id", "speaker", "verb"]].values.tolist() == [
        ["d0", "Dmitry Peskov", "saying"], ["d1", "Ken Adelman", "remembered"],
        ["d2", "the California Republican", "said"]]


def test_a_participle_of_saying_that_opens_or_names_where_and_a_name_after_a_role():
    # Politico (fiscal fights): "Noting that “...,” Alan B. Krueger, chairman of the White House’s Council of Economic
    # Advisers, downplayed the report" had no speaker; Daily Beast (Sanders and Jewish voters): "New York Times
    # columnist Nicholas Kristof seconded that, writing in a recent column, “...”" gave Kristof's words to "many" (of
    # "as many have argued" before); NPR (Biden and impeachment): "..., argued White House counsel Pat Cipollone,"
    # to the White House. Guard, from Reuters (the border wall): "Senator Jack Reed, the senior Democrat on the Senate
    # Armed Services Committee, criticized the comments, saying in a statement, “...”" stays Reed's
    q = _quotes("Lead.\n\nNoting that “federal defense spending declined precipitously, likely due to uncertainty "
                "stemming from the sequester,” Alan B. Krueger, chairman of the White House’s Council of Economic "
                "Advisers, downplayed the report in a blog post.",
                "Lead.\n\nIn other words, he is not anti-Israel, as many have argued. New York Times columnist "
                "Nicholas Kristof seconded that, writing in a recent column, “The accusation that Sanders is "
                "anti-Israel is absurd.”",
                "Lead.\n\nWithout a vote to initiate an inquiry by the full House, argued White House counsel Pat "
                "Cipollone, there is no impeachment inquiry the administration is bound to respect.",
                "Lead.\n\nSenator Jack Reed, the senior Democrat on the Senate Armed Services Committee, criticized "
                "the comments, saying in a statement, “Declaring a trumped up national emergency in order to skirt "
                "congressional approval is wrong.”")
    said = q[q["kind"] == "direct"].drop_duplicates("doc_id")
    assert said[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Alan B. Krueger"], ["d1", "Nicholas Kristof"], ["d3", "Jack Reed"]]
    assert q.loc[q["doc_id"] == "d2", "speaker"].tolist() == ["Pat Cipollone"]


def test_sources_close_to_someone_are_not_that_someone():
    # Politico (Paul Ryan's fade): "Sources close to Ryan caution that his congressional focus ..." gave the sources'
    # statement to Ryan; CNN (Pence as Trump's running mate): "A source close to Pence told CNN's MJ Lee that ..." to
    # Pence
    q = _quotes("Lead.\n\nPaul Ryan is busy. Sources close to Ryan caution that his congressional focus at the moment "
                "ought not be confused with lack of interest in 2016.",
                "Lead.\n\nMike Pence got a try-out at a rally. A source close to Pence told CNN's MJ Lee that he was "
                "ready for the job.")
    assert q[["speaker", "actor"]].values.tolist() == [["Sources close to Ryan", ""], ["A source close to Pence", ""]]


def test_at_least_before_the_speaker_is_no_part_of_it():
    # Reason (John Stossel on The New York Times): "At least the reporter admits that “New York City could be burdened
    # with higher energy prices.”" had no speaker ("At least the reporter" opens with a preposition)
    q = _quotes("Lead.\n\nBut where will New Yorkers get power? At least the reporter admits that \"New York City "
                "could be burdened with higher energy prices.\"")
    assert q[["speaker", "verb"]].values.tolist() == [["the reporter", "admits"]]


def test_they_in_a_relative_clause_is_that_clause_s_plural_subject():
    # Fox News (ballot measures of 2016): "a decades-long effort known as the “sagebrush revolt” in which Western
    # states try to retake land they say once belonged to them" kept "they" unresolved
    q = _quotes("Lead.\n\nThe effort is part of a decades-long effort known as the “sagebrush revolt” in which "
                "Western states try to retake land they say once belonged to them.")
    assert q["speaker"].tolist() == ["Western states"]


def test_a_thing_that_suggests_is_the_writer_s_inference():
    # Reason ("Two Immigrants Debate Immigration"): "The evidence summarized in We Wanted Workers suggests that ..." was
    # a statement of "The evidence"; National Review (Trump's chances for reelection) the same of "Trump’s record".
    # Guards, AllSides sample: research suggests (Vox, how gay marriage won), and people do (The Daily Wire, NBA)
    q = _quotes("Lead.\n\nThe evidence summarized in We Wanted Workers suggests that it is quite possible that the "
                "efficiency gains are totally offset by the costs.",
                "Lead.\n\nYet Trump’s record suggests that he is unlikely to favor preemptory attacks.",
                "Lead.\n\nWith co-author Hye-Yon Lee, Mutz’s research on the topic suggests that America’s population "
                "has become both more educated and less religious.",
                "Lead.\n\nTwo players have now tested positive, and teammates have suggested to reporters that "
                "careless behavior was likely the reason.")
    assert q[["speaker", "verb"]].values.tolist() == [["Mutz’s research on the topic", "suggests"],
                                                      ["teammates", "suggested"]]


def test_who_works_for_a_person_with_a_long_title():
    # ABC News (Cruz's filibuster): "a spokesman for Senate Minority Leader Mitch McConnell announced that ..." was
    # McConnell's statement (the title made the name five words long, past the four the rule read); Daily Kos (the
    # shutdown fight) gave the words of "an aide to House Minority Leader Nancy Pelosi" to Pelosi
    q = _quotes("Lead.\n\nShortly after, a spokesman for Senate Minority Leader Mitch McConnell announced that "
                "McConnell would not support Cruz's filibuster push.",
                "Lead.\n\nFunding for the program \"must be included\" as \"permanent mandatory spending,\" an aide "
                "to House Minority Leader Nancy Pelosi told POLITICO.")
    assert q[["speaker", "actor"]].values.tolist() == [
        ["a spokesman for Senate Minority Leader Mitch McConnell", "Mitch McConnell"],
        ["an aide to House Minority Leader Nancy Pelosi", ""], ["an aide to House Minority Leader Nancy Pelosi", ""]]


def test_a_name_in_parentheses_inside_the_speaker_is_an_aside():
    # NPR (Putin and Obama's seats): "Radio Free Europe/Radio Liberty (in a story posted by Voice of America) notes
    # that “...”" is Radio Free Europe's, and "Voice of America adds that" is no country's
    q = _quotes("Lead.\n\nRadio Free Europe/Radio Liberty (in a story posted by Voice of America) notes that \"it's "
                "often the quiet moves that tell you about the real atmosphere.\"\n\nOne more thing about the "
                "seating: Voice of America adds that this is not the first time.")
    assert q[["speaker", "actor"]].values.tolist() == [
        ["Radio Free Europe", "Radio Free Europe"], ["Voice of America", "Voice of America"]]


def test_a_speaker_is_matched_where_a_word_ends_not_inside_a_longer_one():
    # The Guardian (Trump praises China): "Xi said" was tied to Xiaomi, named just before ("Photo by Xiaomi founder
    # Lei Jun"), as "Obama" was to "ObamaCare" elsewhere in the AllSides sample
    q = _quotes("Lead.\n\nTonight's state banquet menu. Photo by Xiaomi founder Lei Jun.\n\n“As we often say in "
                "China, what a joy it is to have friends come from afar,” Xi said in his toast.")
    assert q[["speaker", "actor"]].values.tolist() == [["Xi", "Xi"]]


def test_a_long_speaker_phrase_starts_at_a_word():
    # CNN (five things from Monday's debate): "A colleague turned to me several times unprompted during the 90-minute
    # exchange and said, “...”" gave the speaker "olleague"; the Washington Times (DeSantis and Gillum): "... after
    # DeSantis faulted Gillum ... and said that “...”" gave "eSantis" (a phrase before a verb is read up to 80
    # characters back, which may fall inside a word; the colleague's "A" lies beyond them and stays out)
    q = _quotes("Lead.\n\nA colleague turned to me several times unprompted during the 90-minute exchange and said, "
                "\"I wish all of the debates were like this one.\"",
                "Lead.\n\nThe fight escalated after DeSantis faulted Gillum for his support of groups such as The "
                "Dream Defenders and said that “I can find anti-Semites around him.”")
    assert [s.split()[0] for s in q["speaker"]] == ["colleague", "DeSantis"]


def test_here_is_how_someone_described_it_introduces_the_quotation():
    # Salon (Megyn Kelly's show): "Here's how she described the protest movements that have emerged following the
    # killings of Michael Brown, Freddie Gray, ...:" / “...” had no speaker; "she" is read where it stands, before the
    # names listed (not Freddie Gray)
    q = _quotes("Lead.\n\nMegyn Kelly hosts a show on Fox News.\n\nKelly did an hour-long special on policing. The "
                "title? \"America's Finest Under Fire.\" "
                "Here's how she described the protest movements that have emerged following the killings of Michael "
                "Brown, Freddie Gray, Walter Scott, Eric Garner and so many more:\n\n\"Many times they rush to "
                "judgment, ignore the results of investigations or dismiss the verdict.\"\n\nNot exactly a "
                "dispassionate introduction.")
    assert q[["speaker", "actor"]].values.tolist()[-1] == ["Kelly", "Megyn Kelly"]


def test_who_after_an_infinitive_is_the_one_named_not_the_verb():
    # ThinkProgress (Jim Jordan and the Ohio State wrestlers): "Dunyasha Yetts — one of the first wrestlers to come
    # forward, who says he asked Jordan ..." gave the statement to "come forward"
    q = _quotes("Lead.\n\nBut Dunyasha Yetts — one of the first wrestlers to come forward, who says he asked Jordan to "
                "accompany him to Strauss’s office because he feared he would be groped — says it’s a difference "
                "without a distinction.\n\n“Yeah, you can say we never told you those words,” Yetts told Politico.")
    assert q["speaker"].tolist()[0] == "Dunyasha Yetts"


def test_a_statement_after_argues_with_a_verb_in_the_present_and_no_that():
    # The Hill (McConnell and the Keystone veto): "The administration argues the bill circumvents the ongoing process
    # at the State Department." was missed ("argues" needs "that", or a clause with an auxiliary, until now). Guard:
    # "noted the bill's provisions for the poor" reports nothing
    q = _quotes("Lead.\n\nThe administration argues the bill circumvents the ongoing process at the State Department.",
                "Lead.\n\nShe noted the bill's provisions for the poor.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["The administration", "argues", "the bill circumvents the ongoing process at the State Department"]]


def test_who_after_among_stands_for_the_people_after_it():
    # The Hill (McConnell and the Keystone veto): "has spurred hope among opponents, who argue the project will
    # exacerbate climate change" gave the statement to "hope among opponents"
    q = _quotes("Lead.\n\nHis harsh evaluation of the pipeline has spurred hope among opponents, who argue the project "
                "will exacerbate climate change.")
    assert q["speaker"].tolist() == ["opponents"]


def test_estimates_that_reports_a_statement_and_an_estimated_number_none():
    # Wall Street Journal (Sanders's estate tax): "The Tax Policy Center estimates that a $3.5 million exemption would
    # mean ..." was missed. Guards: "some of the estimated 138,575 homeless people" (Washington Times) and "officials
    # estimated the attendance at ..." (The Guardian, Trump's El Paso rally) report nothing of their own, and leave the
    # "according to" around them; "one estimate we found" (Vox, plastic straws) is a noun
    q = _quotes("Lead.\n\nThe Tax Policy Center estimates that a $3.5 million exemption would mean that 0.5% of "
                "estates would pay.",
                "Lead.\n\nAccording to RedEye Chicago, some of the estimated 138,575 homeless people in Chicago are "
                "now setting up their own tent cities.",
                "Lead.\n\nAccording to local journalist Bob Moore, officials estimated the attendance at Trump’s "
                "rally at close to 7,000.",
                "Lead.\n\nThe exact number is unclear, but one estimate we found put it at 175 million straws every "
                "day.")
    assert q[["speaker", "verb"]].values.tolist() == [
        ["The Tax Policy Center", "estimates"], ["RedEye Chicago", "according to"], ["Bob Moore", "according to"]]


def test_with_someone_saying_reports_that_someone_s_statement():
    # Reuters (senators spar over the impeachment trial): "..., with Republican leader Mitch McConnell saying he has not
    # ruled out hearing from witnesses" was missed, as were poll shares (Vox: "with 56 percent saying"). Guard, from
    # The American Spectator: "with faux courage saying that" is a manner, no one speaking
    q = _quotes("Lead.\n\nU.S. senators on Monday sparred over the shape of an impeachment trial, with Republican "
                "leader Mitch McConnell saying he has not ruled out hearing from witnesses.",
                "Lead.\n\nAmericans have become more supportive over time, with 56 percent saying it should be allowed "
                "in 2015.",
                "Lead.\n\nThey showed up in their hats, with faux courage saying that they contemplated blowing up the "
                "White House.")
    assert q[["speaker", "verb"]].values.tolist() == [["Mitch McConnell", "saying"], ["56 percent", "saying"]]


def test_someone_reports_that_and_a_statement_inside_the_report():
    # NPR (the Paris attacks, live updates): "NPR's Peter Kenyon reports that officials say they are looking for
    # associates of Bilal Hadfi" had the officials' statement but not the report around it; "reports" was no verb of
    # saying. Guards, AllSides sample: "Despite reports that ..." (Washington Times) and "; reports that one may have
    # posed as a Syrian refugee" (Politico) are nouns
    q = _quotes("Lead.\n\nNPR's Peter Kenyon reports that officials say they are looking for associates of Bilal "
                "Hadfi.",
                "Lead.\n\nDespite reports that African nations are overwhelmed, Obama expressed optimism.",
                "Lead.\n\nAll were French nationals; reports that one may have posed as a Syrian refugee have not been "
                "verified.")
    assert q[["speaker", "verb", "quote"]].values.tolist() == [
        ["Peter Kenyon", "reports", "officials say they are looking for associates of Bilal Hadfi"],
        ["officials", "say", "they are looking for associates of Bilal Hadfi"]]


def test_saying_a_clause_in_the_present_after_a_time_that_opens_the_sentence():
    # New York Times (Trump and the Fed): "On Thursday, the Commerce Department revised its growth estimates for 2018,
    # saying the economy ... stands at 3.0 percent" was missed twice over: "On Thursday" was read as the name before
    # the comma, and "the economy stands" has no auxiliary; CNN (Kerry and Syria) the same present: "Kerry defended
    # the delay ..., saying the move gives the United States time"
    q = _quotes("Lead.\n\nOn Thursday, the Commerce Department revised its growth estimates for 2018, saying the "
                "economy stands at 3.0 percent, down a bit from the initially reported 3.1 percent.",
                "Lead.\n\nKerry defended the delay to seek congressional authorization, saying the move gives the "
                "United States time to make its case.")
    assert q[["speaker", "verb"]].values.tolist() == [["the Commerce Department", "saying"], ["Kerry", "saying"]]


def test_an_affiliate_named_after_its_network_speaks():
    # CNN (the Charlie Hebdo attack): "Police found an ID document ..., CNN affiliate BFMTV reported." gave the report
    # to CNN; CNN (Emanuel AME Church): "according to CNN affiliate WCSC" the same
    q = _quotes("Lead.\n\nPolice found an ID document of Said Kouachi at the scene of the shooting, CNN affiliate "
                "BFMTV reported.",
                "Lead.\n\nThe church will hold a service at 9:30 a.m. Sunday, according to CNN affiliate WCSC.")
    assert q[["speaker", "actor"]].values.tolist() == [["BFMTV", "BFMTV"], ["WCSC", "WCSC"]]


def test_a_phrase_opened_by_against_or_under_is_no_speaker():
    # BBC News (El Chapo's trial): "Key associates, including one former lieutenant, testified against Guzmán." was a
    # statement of "against Guzmán"; Politico (immigration hawks and the DOJ): "“...” under Sessions, said Vaughan."
    # gave the words to Sessions
    q = _quotes("Lead.\n\nKey associates, including one former lieutenant, testified against Guzmán.",
                "Lead.\n\nJessica Vaughan studies immigration.\n\n“Everyone involved on immigration issues has "
                "witnessed a long list of things that got done\" under Sessions, said Vaughan.")
    assert q["actor"].tolist() == ["Jessica Vaughan"]


def test_a_verb_then_where_it_was_said_then_that():
    # New York Post (the Iowa caucus count): "DNC chairman Tom Perez said in a series of tweets Tuesday evening that DNC
    # staffers were “assisting” ..." was missed ("tweets" read as a verb); Fox News (Nunes sues Twitter): "Dorsey ...
    # acknowledged on Joe Rogan's podcast earlier this month that the platform has been too aggressive" the same.
    # Guards: "The cost estimates in that article" (The Daily Caller) and "He made similar claims in Nevada before that
    # state held caucuses" (Washington Times) report nothing
    q = _quotes("Lead.\n\nDNC chairman Tom Perez said in a series of tweets Tuesday evening that DNC staffers were "
                "“assisting” the Iowa Democratic Party in an effort to get the results released as soon as possible.",
                "Lead.\n\nDorsey, the Twitter CEO, acknowledged on Joe Rogan's podcast earlier this month that the "
                "platform has been too aggressive in banning certain accounts.",
                "Lead.\n\nThe cost estimates in that article, however, only refer to the cost of the biggest bomb.",
                "Lead.\n\nHe made similar claims in Nevada before that state held caucuses last week.")
    indirect = q[q["kind"] == "indirect"]
    assert indirect[["doc_id", "speaker", "verb"]].values.tolist() == [
        ["d0", "Tom Perez", "said"], ["d1", "Dorsey", "acknowledged"]]


def test_words_that_go_on_to_a_comma_and_said_name_are_the_name_s():
    # New York Times (claiming Social Security early): "“... is to postpone claiming” Social Security, said Alicia H.
    # Munnell, director of ..." gave the words to Social Security. Guards: a phrase after the verb that is no name
    # ("insists the Whitewater and Monica allegations ... were", Washington Times), or goes on ("said Sanders is not a
    # “gatekeeper”", MSNBC) is no speaker after the verb
    q = _quotes("Lead.\n\n“The most potent lever that individuals can pull in trying to get themselves a secure "
                "retirement income is to postpone claiming” Social Security, said Alicia H. Munnell, director of the "
                "Center for Retirement Research at Boston College.",
                "Lead.\n\n“The energy in this story is enormously defused by committing to release emails,” Chris "
                "Lehane, who managed the Clinton White House response to Whitewater and “the bimbo eruptions” that "
                "led to Monica Lewinsky, insists the Whitewater and Monica allegations were “far more serious.”",
                "Lead.\n\nClinton and her campaign fired back aggressively Tuesday. She called the comment a “low "
                "blow” Tuesday on the stump and in a forum televised by CNN, said Sanders is not a “gatekeeper” of "
                "progressivism.")
    assert q[q["doc_id"] == "d0"]["speaker"].tolist() == ["Alicia H. Munnell"]
    assert set(q[q["doc_id"] == "d1"]["speaker"]) == {"Chris Lehane"}
    assert "Sanders" not in set(q[q["doc_id"] == "d2"]["speaker"])


def test_an_aside_in_parentheses_after_the_quotation_is_no_attribution():
    # Fox News ("Divorcing Trump"): "Ben Shapiro posted this rebuttal: “... utterly mad.”(Boot says he doesn’t view the
    # party as Nazis.)" gave Shapiro's words to Boot, and Boot's statement to "Trump" in the quotation before it
    q = _quotes("Lead.\n\nA World War II analogy? Conservative writer Ben Shapiro posted this rebuttal: \"If you think "
                "today's Republican Party resembles Japanese fascism or Nazism, Trump has driven you utterly mad."
                "\"(Boot says he doesn’t view the party as Nazis.)")
    assert q[["speaker", "kind"]].values.tolist() == [["Ben Shapiro", "direct"], ["Boot", "indirect"]]


def test_here_is_a_name_on_a_subject_introduces_the_quotation_after_it():
    # Salon (Joni Ernst's coverage): "Here's Ernst on the latter subject:" / “We don’t want to see ...” gave Ernst's
    # words to Norm Ornstein, quoted two paragraphs before
    q = _quotes("Lead.\n\nAs political scientist Norm Ornstein explained, the reporting avoided the views of the "
                "candidates. Nobody knew she believed in nullification. Here's Ernst on the latter subject:\n\n"
                "\"We don’t want to see a further push with Agenda 21.\"")
    assert q[q["kind"] == "direct"]["speaker"].tolist() == ["Ernst"]


def test_a_participle_aside_after_while_keeps_the_subject_before_it():
    # CNN (Obama back in campaign mode): "The White House, while defending Obama's economic record, says issues such as
    # Ebola ..." gave the statement to "defending Obama's economic record"
    q = _quotes("Lead.\n\nThe White House, while defending Obama's economic record, says issues such as Ebola and "
                "combating ISIS have occupied the bulk of his time.")
    assert q[["speaker", "actor"]].values.tolist() == [["The White House", "White House"]]


def test_it_after_however_continues_the_thing_the_sentence_before_opened_with():
    # New York Times (two states, eight textbooks): "The California edition does not mention Solyndra or the other
    # nations. However, it does include a section ..., noting that ..." gave the statement to China, named before
    q = _quotes("Lead.\n\nThe Texas book also states that action on global warming may not make a difference if "
                "China, India, Russia and Brazil do not also act.\n\nThe California edition does not mention Solyndra "
                "or the other nations. However, it does include a section on the threat from rising sea levels, "
                "noting that the impact on tourism in Florida could hurt that state’s economy.")
    noting = q[q["verb"] == "noting"]
    assert noting[["speaker", "actor"]].values.tolist() == [["The California edition", ""]]


def test_a_person_and_a_group_joined_by_and_speak_together():
    # CNN (fiscal cliff talks): "In response, Obama and Democrats note that their plan ... affects just 2% of
    # taxpayers" gave the statement to Obama alone
    q = _quotes("Lead.\n\nPresident Barack Obama met the leaders. In response, Obama and Democrats note that their "
                "plan affects just 2% of taxpayers and 3% of small business owners.")
    assert q[["speaker", "actor"]].values.tolist() == [["Obama and Democrats", ""]]


def test_a_role_before_a_name_and_its_comma_is_the_name_s_appositive():
    # Fox News (protests and coronavirus): "The mayor of Atlanta, Keisha Lance Bottoms, has been ... “...,” she told
    # CNN" gave her words to the mayor of Washington named before; NPR (the Paris attack): "The mayor of Paris, Anne
    # Hidalgo, tweeted ..." gave them to "The mayor" ("Paris, Anne Hidalgo" read as a city and its state); ABC News
    # (Haley and Tillerson): "the U.N. ambassador said" was the United Nations
    q = _quotes("Lead.\n\nWashington Mayor Muriel Bowser spoke on Sunday. The mayor of Atlanta, Keisha Lance Bottoms, "
                "has been one of the few politicians to keep up her admonitions. \"If you were out protesting last "
                "night, you probably need to go get a COVID test this week,\" she told CNN.",
                "Lead.\n\nThe Eiffel Tower turned off its lights. The mayor of Paris, Anne Hidalgo, tweeted a series "
                "of images showing the famous landmark going dark.",
                "Lead.\n\nU.N. Ambassador Nikki Haley dismissed the reports. \"That's so dramatic,\" Haley said.\n\n"
                "\"We present the president with all of the facts,” the U.N. ambassador said.")
    assert q["actor"].tolist() == ["Keisha Lance Bottoms", "Anne Hidalgo", "Nikki Haley", "Nikki Haley"]


def test_a_participle_belongs_to_the_main_clause_s_subject():
    # Vox (Cruz and the FAA): "When host Sean Hannity showed him video of a ... spokesperson calling his accusations
    # “ridiculous,” Cruz fired back, saying: “...”" gave Cruz's words to Hannity; Washington Times (Clinton's emails):
    # "A day after the IGs spoke out on July 24, Mrs. Clinton clung to her explanation, saying ..." gave hers to "A
    # day"; CNN (the Mississippi primary): "McDaniel, a state senator, ran on a platform of change, saying ..." to "a
    # state senator" ("ran", a past tense of its own). Guard, CNN (Biden's apology): "The apology came hours after
    # Erdogan expressed his anger ..., saying, “...”" stays Erdogan's (his the actor; "came" no verb that ends the
    # subject, which would make it "The apology")
    q = _quotes("Lead.\n\nWhen host Sean Hannity showed him video of a State Department spokesperson calling his "
                "accusations \"ridiculous,\" Cruz fired back, saying: \"What is ridiculous is the Obama "
                "Administration refusing to answer simple questions.\"",
                "Lead.\n\nA day after the IGs spoke out on July 24, Mrs. Clinton clung to her explanation, saying the "
                "investigators were wrong and nothing was classified at the time.",
                "Lead.\n\nState Sen. Chris McDaniel challenged Thad Cochran. McDaniel, a state senator, ran on a "
                "platform of change, saying Cochran has been in Washington long enough.",
                "Lead.\n\nThe apology came hours after Erdogan expressed his anger over the comments to reporters in "
                "Istanbul, saying, \"Biden has to apologize for his statements.\"")
    saying = q[q["verb"] == "saying"]
    assert saying["doc_id"].tolist() == ["d0", "d1", "d2", "d3"]
    assert saying["speaker"].tolist()[:3] == ["Cruz", "Clinton", "McDaniel"]
    assert saying["actor"].tolist()[3] == "Erdogan"


def test_an_adverb_a_subordinator_or_an_adverb_alone_is_no_part_of_the_speaker():
    # Fox News (the North Carolina Senate race): "But he nevertheless said the Tillis tactic ..." kept "he
    # nevertheless" unresolved; Time (detained protesters): "When the suit was first filed it alleged that" gave the
    # statement to "When the suit"; Bloomberg (corruption): "Recently announced Department of Justice guidelines do
    # take some steps" was a statement of "Recently". Guard, CNN (the Warthog): "McSally said" stays hers
    q = _quotes("Lead.\n\nAndrew Taylor, professor of political science, also said such responses could backfire.\n\n"
                "But he nevertheless said the Tillis tactic of painting Hagan as ineffective could generate the bump "
                "the GOP nominee needs.",
                "Lead.\n\nWhen the suit was first filed it alleged that at least 108 people were being illegally "
                "detained in Manhattan.",
                "Lead.\n\nRecently announced Department of Justice guidelines do take some steps in these directions, "
                "for instance by encouraging voluntary disclosure.",
                "Lead.\n\nRep. Martha McSally flew the plane. \"This is a mission where we show up when Americans' "
                "lives are at risk,\" McSally said.")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Andrew Taylor"], ["d0", "Andrew Taylor"], ["d1", "the suit"], ["d3", "Martha McSally"]]


def test_members_an_organisation_owns_speak_not_the_organisation():
    # Associated Press (New York's abortion law): "“...,” the state’s Catholic bishops said in a statement" gave the
    # words to "the state" (the Senate). Guards: a name after the owner is its own (Politico: "The AFL-CIO’s policy
    # director Damon Silvers, who is not a Catholic, said:"; NPR: "The New York Times' Jeremy Peters noted")
    frame = pd.DataFrame({"doc_id": ["d0"], "outlet": ["AP"], "text": [
        "Lead.\n\nNew York enacted protections for abortion rights Tuesday, a move that state leaders say was needed. "
        "The Democrat-led Senate and Assembly passed the bill Tuesday.\n\nSupporters had pushed for years only to be "
        "blocked in the state Senate, long controlled by Republicans.\n\n“Today, New York state has added a sad "
        "chapter to this already solemn date,” the state’s Catholic bishops said in a statement."]})
    q = mk.quotes(mk.load_corpus(frame, quiet=True, lexicon=False))       # (a user's corpus, no word lists)
    assert q[["speaker", "actor"]].values.tolist() == [["the state’s Catholic bishops", ""]]
    q = _quotes("Lead.\n\nThe AFL-CIO’s policy director Damon Silvers, who is not a Catholic, said: “I couldn’t recall "
                "any leader of any religion speaking so plainly about economic justice.”",
                "Lead.\n\nThe New York Times' Jeremy Peters noted that religious conservatives \"reacted strongly\" to "
                "Portman's switch.")
    assert q[["speaker", "actor"]].drop_duplicates().values.tolist() == [
        ["Damon Silvers", "Damon Silvers"], ["Jeremy Peters", "Jeremy Peters"]]


def test_they_after_a_subject_with_a_time_inside_and_a_source_close_to_an_organisation():
    # Associated Press (Flynn's pardon): "Lawyers for Flynn over the last two days released ... . They contend ..."
    # left "They" unresolved (the time took the subject past eight words), and a plural subject is no person named
    # in it (not Flynn); Fox News (Obama's immigration action): "A source close to the White House told Fox News
    # that ..." gave the statement to the White House
    q = _quotes("Lead.\n\nMichael Flynn pleaded guilty in 2017. Lawyers for Flynn over the last two days released a "
                "series of internal correspondence obtained through a Justice Department review. They contend the "
                "documents bolster their allegations that Flynn was set up to lie when he was questioned.",
                "Lead.\n\nA source close to the White House told Fox News that Obama could announce as early as next "
                "Friday.")
    assert q[["speaker", "actor"]].values.tolist() == [["Lawyers for Flynn", ""],
                                                       ["A source close to the White House", ""]]


def test_that_before_a_noun_of_saying_points_and_opens_no_statement():
    # Politico (early voting): "He reiterated that message in front of the Greensboro crowd later in the day" and
    # CNN (Snowden's interview): "He maintained that stance with Gellman, saying ..." were statements of "message in
    # front of ..." and "stance with Gellman". Guard: "He said that view was widely shared" reports a statement
    q = _quotes("Lead.\n\nBill Clinton spoke in Raleigh. He reiterated that message in front of the Greensboro crowd "
                "later in the day.",
                "Lead.\n\nEdward Snowden spoke to Barton Gellman. He maintained that stance with Gellman, saying that "
                "he's shrugged off personal attacks.",
                "Lead.\n\nSenator Mitch McConnell spoke on Monday. He said that view was widely shared among "
                "Republicans.")
    assert q[["doc_id", "verb"]].values.tolist() == [["d1", "saying"], ["d2", "said"]]


def test_a_group_and_a_name_speak_together():
    # Newsmax (assault weapons): "Several Democratic lawmakers and Independent Sen. Joe Lieberman said it was time
    # ..." gave the statement to Lieberman alone. Guard, The Guardian (Trump and the press): "though Lincoln
    # cultivated reporters and Jefferson once declared he would prefer “...”" stays Jefferson's
    q = _quotes("Lead.\n\nSeveral Democratic lawmakers and Independent Sen. Joe Lieberman said it was time to take "
                "a deeper look into the recent spate of mass shootings.",
                "Lead.\n\nAll three had combative relationships with the press, though Lincoln cultivated reporters "
                "and Thomas Jefferson once declared he would prefer “newspapers without government” rather than the "
                "reverse.")
    assert q[["speaker", "actor"]].drop_duplicates().values.tolist() == [
        ["Several Democratic lawmakers and Independent Sen. Joe Lieberman", ""],
        ["Thomas Jefferson", "Thomas Jefferson"]]


def test_words_trailing_off_are_the_speaker_s_named_after_them():
    # NPR (Toni Morrison): "“I lived in a little working-class town that had no black neighborhoods at all ...”
    # Morrison told Fresh Air's Terry Gross in 2015." kept no speaker (the ellipsis read as the sentence's end); The
    # Guardian (Barr's testimony): "“Erm. I wouldn’t, I wouldn’t, ah …” Barr replied." the same
    q = _quotes("Lead.\n\nToni Morrison grew up in Lorain, Ohio.\n\n\"I lived in a little working-class town that had "
                "no black neighborhoods at all ...\" Morrison told Fresh Air's Terry Gross in 2015. \"We all played "
                "together.\"",
                "Lead.\n\nAttorney General William Barr was asked about it. “Erm. I wouldn’t, I wouldn’t, ah …” Barr "
                "replied.")
    assert q[["doc_id", "actor"]].values.tolist() == [
        ["d0", "Toni Morrison"], ["d0", "Toni Morrison"], ["d1", "William Barr"]]


def test_a_member_of_an_organisation_named_with_a_preposition_is_no_voice_of_it():
    # Fox News (Cohen's testimony): "A top Democrat on the House Oversight Committee told “Fox News Sunday” that she
    # believes ..." gave her words to the committee. Guards: those who speak for it do ("A spokesman for the Pentagon
    # said", "An official at the State Department said")
    q = _quotes("Lead.\n\nA top Democrat on the House Oversight Committee told \"Fox News Sunday\" that she believes "
                "the panel will refer Cohen to the Justice Department.",
                "Lead.\n\nA spokesman for the Pentagon said the strike was lawful.",
                "Lead.\n\nAn official at the State Department said the talks would resume.")
    assert q["actor"].tolist() == ["", "Pentagon", "State Department"]


def test_a_statement_before_a_colon_and_one_after_two_appositives():
    # Breitbart (Obama and Netanyahu): "U.S. Lieutenant General Thomas Kelly, director of operations ..., said Israel’s
    # return to the pre-1967 borders would be a mortal mistake, asserting:" was skipped as the introduction of the
    # passage after it; NPR (intelligence briefings): "Priess, a former CIA officer and author of The President's Book
    # of Secrets, a history of the president's daily brief, said that ..." found no speaker after two appositives.
    # Guards: a sentence's opener is no name (Washington Times: "Still, about a dozen Republican senators, including
    # Minority Leader Mitch McConnell of Kentucky, have said ..."; Christian Science Monitor: "On Sunday, the deputy
    # speaker of Iraq's parliament Haider al-Abadi, a member of Maliki’s party, said in a tweet that ...")
    q = _quotes("Lead.\n\nU.S. Lieutenant General Thomas Kelly, director of operations for the Joint Chiefs of Staff "
                "during the Gulf War, said Israel’s return to the pre-1967 borders would be a mortal mistake, "
                "asserting:\n\nI look out from those heights and I cannot defend this land without that terrain.",
                "Lead.\n\nPriess, a former CIA officer and author of The President's Book of Secrets, a history of the "
                "president's daily brief, said that experience made Truman resolve that no future president should "
                "come into office unprepared.",
                "Lead.\n\nStill, about a dozen Republican senators, including Minority Leader Mitch McConnell of "
                "Kentucky, have said they will work to block the motion to proceed on the legislation.",
                "Lead.\n\nOn Sunday, the deputy speaker of Iraq's parliament Haider al-Abadi, a member of Maliki’s "
                "party, said in a tweet that a bloc of Shiite parties was close to choosing a new prime minister.")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Thomas Kelly"], ["d1", "Priess"], ["d2", "about a dozen Republican senators"],
        ["d3", "the deputy speaker of Iraq's parliament Haider al-Abadi"]]


def test_a_statement_its_speaker_has_told_a_group_of_people():
    # The Hill (Bolton's aide): "A top aide to ... John Bolton will not testify before Congress on Monday ..., his
    # lawyer has told Democratic investigators." was missed. Guard, Vox (health reform lies): "... and the truth and
    # context behind what they told voters." reports nothing
    q = _quotes("Lead.\n\nA top aide to former White House national security adviser John Bolton will not testify "
                "before Congress on Monday, his lawyer has told Democratic investigators.",
                "Lead.\n\nHere are some whoppers from members of both parties, and the truth and context behind what "
                "they told voters.")
    assert q[["doc_id", "speaker", "verb"]].values.tolist() == [["d0", "his lawyer", "told"]]


def test_a_version_number_in_a_name_a_pro_form_and_two_given_names_of_one_family():
    # From the held-out samples 6106-6107: InfoWars (the DNC leaks): "“...,” Guccifer 2.0 wrote under the heading ..."
    # kept no speaker (the name's period); Breitbart (Tucker Carlson on Iran): "Any politician who tells you
    # otherwise is dumb or lying." was a statement of "otherwise is dumb or lying"; Fox News (John Lewis): "Bill and
    # Hillary Clinton ... said they were grateful" was hers alone. Guards: "the same" opens a clause (USA TODAY, the
    # ricin letters: "Raymond Kelly said the same machine or computer had produced the two letters"), and "that
    # number, which ..." is a noun "that" points to (Townhall: "had expressed confidence that they'd hit that number,
    # which they viewed as symbolically significant")
    q = _quotes("Lead.\n\n“Worldwide known cyber security company CrowdStrike announced that the servers had been "
                "hacked,” Guccifer 2.0 wrote under the heading “DNC’s Servers Hacked by Lone Hacker.”",
                "Lead.\n\nAny politician who tells you otherwise is dumb or lying.",
                "Lead.\n\nBill and Hillary Clinton said they were grateful their friend lived to see it.",
                "Lead.\n\nNew York Police Commissioner Raymond Kelly said the same machine or computer had produced "
                "the two letters to Bloomberg.",
                "Lead.\n\nThe vote fell two tallies shy of the 70 vote threshold. The bill's supporters had expressed "
                "confidence that they'd hit that number, which they viewed as symbolically significant.")
    assert q[["doc_id", "speaker"]].drop_duplicates().values.tolist() == [
        ["d0", "Guccifer 2.0"], ["d2", "Bill and Hillary Clinton"], ["d3", "Raymond Kelly"]]


def test_a_name_its_appositives_and_a_verb_before_a_colon_introduce_the_quotation_below():
    # From the held-out sample 6108: CBN (McCain's cancer): "And former President Barack Obama, who defeated McCain in
    # the 2008 presidential election, tweeted:" / “...” gave Obama's tweet to Trump, whose tweet was embedded before;
    # NPR (Eddie Gallagher): "In a statement issued late Thursday, Rear Adm. Charlie Brown, Chief of Information,
    # said:" / “...” the same
    q = _quotes("Lead.\n\nMelania and I send our thoughts and prayers to Senator McCain. — President Trump (@POTUS) "
                "July 20, 2017\n\nAnd former President Barack Obama, who defeated McCain in the 2008 presidential "
                "election, tweeted:\n\n\"John McCain is an American hero & one of the bravest fighters I've ever "
                "known.\"",
                "Lead.\n\nIn a statement issued late Thursday, Rear Adm. Charlie Brown, Chief of Information, said:\n\n"
                "\"The Navy follows the lawful orders of the President.\"")
    assert q[["doc_id", "speaker", "verb"]].values.tolist()[-2:] == [
        ["d0", "Barack Obama", "tweeted"], ["d1", "Charlie Brown", "said"]]


def test_he_after_a_quotation_whose_sentence_began_inside_it_and_a_person_and_a_titled_person():
    # From the held-out sample 6110: The Hill (Sessions): "“... He’s really on borrowed time,” said Brian Darling, a
    # Republican strategist and former Senate aide." / "“...,” he said" gave the second quotation to Cory Gardner
    # ("He’s", opening a sentence inside the quotation, was read as the subject of Darling's sentence); Fox News (the
    # Mueller report): "Barr and Deputy Attorney General Rod Rosenstein said ..." gave it to Rosenstein alone. Guards:
    # a sentence that opens with the same "he" outside quotation marks passes the turn on (Slate, Trump and the
    # police: "He warned, in the words of ..., “When the looting starts, the shooting starts.” He threatened ...
    # “the unlimited power of our Military.”" stays Trump's); one person with a company's name and two titles
    # ("Smith & Wesson President and CEO James Debney said")
    q = _quotes("Lead.\n\nSen. Cory Gardner met Sessions on Tuesday.\n\n“When you have Republicans calling for you to "
                "step down, that’s trouble. He’s really on borrowed time,” said Brian Darling, a Republican strategist "
                "and former Senate aide.\n\n“This is an attorney general who has been ridiculed by his own boss,” he "
                "said.",
                "Lead.\n\nAttorney General William Barr wrote the letter. Barr and Deputy Attorney General Rod "
                "Rosenstein said the evidence was not sufficient.",
                "Lead.\n\nPresident Donald Trump denounced George Floyd's killing. He warned, in the words of an "
                "infamous police chief, “When the looting starts, the shooting starts.” He threatened protesters with "
                "“the unlimited power of our Military.”",
                "Lead.\n\nSmith & Wesson President and CEO James Debney said, “We will continue to work with the NRA.”")
    assert q[["doc_id", "actor"]].values.tolist() == [
        ["d0", "Brian Darling"], ["d0", "Brian Darling"], ["d1", ""], ["d2", "Donald Trump"], ["d2", "Donald Trump"],
        ["d3", "James Debney"]]


def test_a_definite_description_names_the_person_the_corpus_titles_so():
    # From the sample 6114-6116 and the rows of the 20 MB file that speak as "the <office>": the Washington Times
    # (guns): "But Senate Majority Leader Harry Reid said ... . “...,” the Nevada Democrat told reporters." and (Huma
    # Abedin) "Senate Judiciary Committee Chairman Chuck Grassley, Iowa Republican, sees it differently ... . “...,”
    # the senator told The Times." had no actor: neither document titles Reid a Democrat nor Grassley a senator, but
    # the corpus does ("Sen. Chuck Grassley" in another article); the Daily Caller (Lavrov): "Donald Trump defended
    # ... an Islamic State terrorist threat. In a series of tweets Tuesday morning, the president said" (the
    # "terrorist" of "an ... threat" had been taken for someone introduced). Guards: someone introduced unnamed (the
    # Washington Times, Trump's speech: "A senior White House official said ... . The official said") stays unnamed;
    # "the president" is no senator named just before (the Guardian, the shutdown: Harris, then "the president
    # tweeted")
    q = _quotes("Lead.\n\nBut Senate Majority Leader Harry Reid said adding in Mrs. Feinstein’s proposal would have "
                "hurt chances to get anything done this year.\n\n“I’m not going to try to put something on the floor "
                "that won’t succeed,” the Nevada Democrat told reporters.",
                "Lead.\n\nSenate Judiciary Committee Chairman Chuck Grassley, Iowa Republican, sees it differently.\n\n"
                "“Multiple employers often mean competing or overlapping interests,” the senator told The Times.",
                "Lead.\n\nSen. Chuck Grassley wrote to the State Department on Monday.",
                "Lead.\n\nA senior White House official said Mr. Trump’s speech will be about “economic opportunity "
                "and protecting the American people.”\n\nThe official said much of the speech was still being written.",
                "Lead.\n\nSixteen progressive Democrats voted against the measure, including Senator Kamala Harris of "
                "California, who said it would be “foolhardy” to trust McConnell.\n\nOn Tuesday morning, the president "
                "tweeted: “Nobody knows for sure that the Republicans & Democrats will be able to reach a deal.”",
                "Lead.\n\nDonald Trump defended sharing information with Russian officials after the Washington Post "
                "reported that he told them sensitive intelligence about an Islamic State terrorist threat.\n\nIn a "
                "series of tweets Tuesday morning, the president said he had the “absolute right” to reveal “facts” to "
                "Russian Foreign Minister Sergei Lavrov.",
                "Lead.\n\nPresident Donald Trump spoke at the White House on Monday.")
    described = q[q["speaker"].str.lower().str.startswith("the ")]
    assert described[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "the Nevada Democrat", "Harry Reid"], ["d1", "the senator", "Chuck Grassley"],
        ["d3", "The official", ""], ["d4", "the president", ""], ["d5", "the Washington Post", "Washington Post"],
        ["d5", "the president", "Donald Trump"], ["d5", "the president", "Donald Trump"]]


def test_a_role_and_a_name_after_an_organisation_of_a_place_name_the_one_who_speaks():
    # From the held-out sample 6118: The Hill (Trump's insults): "“It’s a sign of maturity. ...,” said U.S. Chamber of
    # Commerce political analyst Scott Reed." was given to "U.S. Chamber" (a name of no known kind before "of" was
    # read as "Mark Glaze of Mayors Against Illegal Guns"); on the 20 MB file the same for "Joint Chiefs of Staff
    # Chairman Gen. Martin Dempsey said" (the Washington Times, ISIL). Guards: a name, then its organisation ("Theodore
    # Leopold of the law firm Cohen Milstein, one of the lead attorneys ..., says", the Christian Science Monitor,
    # Flint), and the one asked after "of his colleague" (Townhall, Virginia: "asked Republican Delegate Todd Gilbert of
    # his colleague Democratic Delegate Kathy Tran")
    q = _quotes("Lead.\n\n“It’s a sign of maturity. He’s got his team around him now,” said U.S. Chamber of Commerce "
                "political analyst Scott Reed.",
                "Lead.\n\nJoint Chiefs of Staff Chairman Gen. Martin Dempsey said the group poses an “imminent threat” "
                "because Americans fighting with the group could return home.",
                "Lead.\n\nTheodore Leopold of the law firm Cohen Milstein, one of the lead attorneys for the "
                "plaintiffs in the class-action suit, says bodily integrity refers to the protection of citizens’ "
                "rights. Mr. Leopold says his clients are seeking justice.",
                "Lead.\n\n\"Where it's obvious a woman is about to give birth, she has physical signs,\" asked "
                "Republican Delegate Todd Gilbert of his colleague Democratic Delegate Kathy Tran in a committee "
                "meeting.")
    assert q.drop_duplicates("doc_id")[["doc_id", "actor"]].values.tolist() == [
        ["d0", "Scott Reed"], ["d1", "Martin Dempsey"], ["d2", "Theodore Leopold"], ["d3", "Todd Gilbert"]]


def test_they_after_a_clause_first_a_plural_who_spoke_and_a_delegation():
    # From the rows of the 20 MB file with "they" unresolved (290): Politico (Trump's conflicts): "With Trump having
    # expressed an interest in ..., equal pay for women, and ..., Democrats say they see a benefit ... . They say it’s
    # good for the country, too." (the clause before the subject hid it); Fox News (Mueller's lawyers): "As Mueller
    # builds up his team, Trump allies are moving to downplay the Russia controversy. They say ..."; National Review
    # (China): "In the preceding days, a WHO delegation conducted a field visit to Wuhan. They concluded, “...”" ("WHO"
    # had been read as the pronoun "who"). Guard, a text written for it: one person who spoke after a clause is no
    # "they" 
    q = _quotes("Lead.\n\nWith Trump having expressed an interest in a major infrastructure plan, equal pay for women, "
                "and closing the carried interest tax loophole, Democrats say they see a benefit in not having a "
                "president distracted by endless ethical scandals. They say it’s good for the country, too.",
                "Lead.\n\nAs Mueller builds up his team, Trump allies are moving to downplay the Russia controversy. "
                "They say fired FBI Director James Comey’s testimony last week affirms the president’s claims.",
                "Lead.\n\nIn the preceding days, a WHO delegation conducted a field visit to Wuhan. They concluded, "
                "“deployment of the new test kit nationally suggests that human-to-human transmission is taking "
                "place in Wuhan.”",
                "Lead.\n\nWith the committee having asked for the records twice, Rep. Elijah Cummings said the "
                "request was fair. They say it’s good for the country, too.")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "Democrats"], ["d0", "Democrats"], ["d1", "Trump allies"], ["d2", "a WHO delegation"],
        ["d3", "Elijah Cummings"], ["d3", "They"]]


def test_findings_given_to_an_outlet_are_not_the_outlets():
    # From the held-out sample 6119: CNN (Republican women): "[Pew's finding], according to previously unpublished
    # findings provided to CNN." was given to CNN, the one they were given to. Guard: a person's own testimony to
    # someone is still the person's ("according to Flynn's testimony to special counsel Robert Mueller")
    q = _quotes("Lead.\n\nIn its American Trends Panel on-line survey, the Pew Research Center has likewise found big "
                "gaps between Republican- and Democratic-women over gender roles, according to previously unpublished "
                "findings provided to CNN.",
                "Lead.\n\nMichael Flynn met the ambassador twice. Trump knew of the calls, according to Michael "
                "Flynn's testimony to special counsel Robert Mueller.")
    assert q[["doc_id", "actor"]].values.tolist() == [["d0", ""], ["d1", "Michael Flynn"]]


def test_it_after_a_firm_named_by_its_noun():
    # From the held-out sample 6120: CBS News (the Iranian tanker): "..., private maritime security firm Dryad Maritime
    # warned. / “It is likely that the region ... will face another period of increasing maritime threats ...,” it
    # added." was given to Tehran: a name of no known kind after "firm" is a body that "it" continues
    q = _quotes("Lead.\n\nThe tanker was hit near Jeddah amid months of tensions between Tehran and the U.S. It is "
                "\"highly likely to be part of the wider narrative of deteriorating relations,\" private maritime "
                "security firm Dryad Maritime warned.\n\n\"It is likely that the region will face another period of "
                "increasing maritime threats,\" it added.")
    assert q[["speaker", "actor"]].values.tolist()[-1] == ["private maritime security firm Dryad Maritime",
                                                           "Dryad Maritime"]


def test_a_caption_that_reads_its_words():
    # From the held-out sample 6122: CNN (Youngstown): "Andy Lipkin ... said the post was accompanied by a caption that
    # read, "Police identified the ... shooter as ..."" gave the caption's words to Lipkin; a caption, a billboard, a
    # plaque or an inscription reads its words as a sign does
    q = _quotes("Lead.\n\nAndy Lipkin, the executive vice-president of the Youngstown Area Jewish Federation, said the "
                "post was accompanied by a caption that read, \"Police identified the Youngstown Jewish Family "
                "Community shooter as local white nationalist Seamus O'Rearedon\" -- Seamus being a Gaelic version of "
                "Reardon's name.")
    assert q[q["kind"] == "direct"][["speaker", "actor", "verb"]].values.tolist() == [["caption", "", "read"]]


def test_a_statement_after_where_it_was_made_and_sources_by_what_they_know():
    # From the statement draws 102-103 (The Hill, Fox News reporter): "Housley said on Twitter he wants to dedicate
    # more time to his family-owned winery" and "[his decision], former Fox News employees with knowledge of his
    # situation told Politico on Friday." were not read (a place of saying before a clause with no "that"; a speaker
    # phrase of nine words). And a name in what sources know is not who speaks (the Hill, Pelosi: "aides close to
    # Pelosi point out that"). Guard: "said in a statement to The New York Times." reports no words
    q = _quotes("Lead.\n\nAdam Housley said on Twitter he wants to dedicate more time to his family-owned winery.",
                "Lead.\n\nOn-air senior correspondent Adam Housley has decided to leave because he disapproved of "
                "on-air discussions, former Fox News employees with knowledge of his situation told Politico on "
                "Friday.",
                "Lead.\n\nNancy Pelosi spoke on Monday. And aides close to Pelosi point out that she has built a "
                "coalition of Democrats.",
                "Lead.\n\nThe governor said in a statement to The New York Times.")
    assert q[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "Adam Housley", "Adam Housley"],
        ["d1", "former Fox News employees with knowledge of his situation", "Fox News"],
        ["d2", "aides close to Pelosi", ""]]


def test_a_participle_after_a_clause_of_while_is_its_subjects():
    # From the held-out sample 6128: the Washington Times (Paris agreement): "The leaders are hoping for a communique
    # ..., while opponents within the U.S. are hoping to prevent that, saying it would tie Mr. Trump’s hands" gave
    # the words to the leaders. Guard: the sentence's subject when no clause comes between ("Republicans oppose the
    # return to higher rates, saying it will inhibit job growth")
    q = _quotes("Lead.\n\nThe leaders are hoping for a communique reaffirming the Paris agreement, while opponents "
                "within the U.S. are hoping to prevent that, saying it would tie Mr. Trump’s hands going forward.",
                "Lead.\n\nRepublicans oppose the return to higher rates, saying it will inhibit job growth.")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d0", "opponents"], ["d1", "Republicans"]]


def test_two_bodies_that_speak_together_are_no_one_actor():
    # From statement draw 105: the Washington Times (shutdown): "House Republicans and the White House had said they
    # were making progress" was given to House Republicans alone; on the 20 MB file "Harvard and MIT", "the FBI and
    # the Department of Homeland Security", "France and the United States" the same
    q = _quotes("Lead.\n\nHouse Republicans and the White House said they were making progress over the previous two "
                "days.",
                "Lead.\n\nThe FBI and the Department of Homeland Security said the attack was being investigated.")
    assert q[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "House Republicans and the White House", ""],
        ["d1", "The FBI and the Department of Homeland Security", ""]]


def test_both_between_a_subject_and_its_verb():
    # From statement draw 105: the Washington Times (shutdown): "House Republicans and the White House had both said
    # they were making progress" was not read ("both" ended no subject); on the 20 MB file "Boehner and McConnell have
    # both said", "Jordan and Hice both said" the same
    q = _quotes("Lead.\n\nHouse Republicans and the White House had both said they were making progress over the "
                "previous two days.",
                "Lead.\n\nBoehner and McConnell have both said they don't want a shutdown of Homeland Security.")
    assert q[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "House Republicans and the White House"], ["d1", "Boehner and McConnell"]]


def test_a_name_inside_the_quotation_is_not_the_speaker_who_goes_on():
    # From speaker sample 6137: Politico (Trump as a manager): "“A narcissist does not hear the naysayers,” he wrote
    # ... . “At the Trump Organization, I listen to people ...”" gave the second quotation to the Trump Organization:
    # the speaker who goes on ("Trump") was looked up in the quotation's own words. On the 20 MB file the same gave
    # "Kathleen Willey" the name of her husband ("the examiner “suggested that he [Ed Willey] held the gun ...”")
    q = _quotes("Lead.\n\nDonald Trump ran a company.\n\nTrump, too, of course, has said many things about Trump."
                "\n\nIn 2004, in Think Like a Billionaire, he "
                "cited a book about narcissism. “A narcissist does not hear the naysayers,” he wrote, practically "
                "identifying himself as such. “At the Trump Organization, I listen to people, but my vision is my "
                "vision.”")
    assert q[["speaker", "actor"]].values.tolist()[-2:] == [["Trump", "Donald Trump"]] * 2


def test_the_court_or_the_department_is_the_organisation_named_before_with_that_head():
    # From speaker sample 6137: CNN (DACA): "the Supreme Court -- bolstered with two of President Donald Trump's
    # nominees -- has ruled against the Trump administration. Monday, the court said ..." had no actor; CNN (Ridgecrest
    # earthquake): "The San Bernardino County Fire Department said ... . “...,” the department said." the same. Guard:
    # a department named only inside a quotation is nobody's
    q = _quotes("Lead.\n\nThe opinion is the second time in a week when the Supreme Court -- bolstered with two of "
                "President Donald Trump's nominees -- has ruled against the Trump administration. Monday, the court "
                "said LGBTQ Americans are protected under the Civil Rights Act.",
                "Lead.\n\nThe San Bernardino County Fire Department said it received multiple reports of damage. "
                "\"Homes shifted, foundation cracks, retaining walls down,\" the department said.",
                "Lead.\n\nHe called it “a disgrace to the Justice Department.” The department said it would not "
                "comment.")
    described = q[q["speaker"].str.lower().isin(["the court", "the department"])]
    assert described[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "the court", "Supreme Court"], ["d1", "the department", "San Bernardino County Fire Department"],
        ["d2", "The department", ""]]


def test_a_speaker_set_off_by_commas_with_other_verbs_of_saying():
    # From speaker sample 6138: a guest column (Buttigieg's national service plan): "National service, he avers, is
    # “one of those ideas that's always popular but never urgent.”" had no speaker; the Christian Science Monitor
    # (Justice Kennedy's cases): "..., she adds, but they “could be in danger of ...”" went to Kennedy
    q = _quotes("Lead.\n\nPete Buttigieg was emphatic that he's not talking about forcing people to serve only in the "
                "military. National service, he avers, is \"one of those ideas that's always popular but never "
                "urgent.\" That's true.",
                "Lead.\n\n“It would be easy to distinguish his cases,” says Professor Kimberly West-Faulcon.\n\n"
                "In other words, the rights Justice Anthony Kennedy helped secure are unlikely to disappear, she adds, "
                "but they “could be in danger of becoming idiosyncratic opinions.”")
    assert q[q["quote"].str.contains("always popular|idiosyncratic")][["actor", "verb"]].values.tolist() == [
        ["Pete Buttigieg", "avers"], ["Kimberly West-Faulcon", "adds"]]


def test_what_was_concluded_is_said():
    # From speaker sample 6138: Vice (self-managed abortion): "..., but “a rapid increase in legislation restricting
    # access to abortion in the clinic setting” has contributed to renewed interest in self-managed abortions, the
    # researchers concluded." had no speaker; Politico (the GOP autopsy): "Backing immigration reform, the authors
    # concluded, would be necessary to shed that image." was not read
    q = _quotes("Lead.\n\nPeople have been self-managing their abortions for millennia, but “a rapid increase in "
                "legislation restricting access to abortion in the clinic setting” has contributed to renewed interest "
                "in self-managed abortions, the researchers concluded.",
                "Lead.\n\nThe party had become the realm of old men. Backing immigration reform, the authors "
                "concluded, would be necessary to shed that image.")
    assert q[["doc_id", "speaker", "verb", "kind"]].values.tolist() == [
        ["d0", "the researchers", "concluded", "direct"], ["d1", "the authors", "concluded", "indirect"]]


def test_who_labels_what_someone_owns_is_the_speaker():
    # From the 20 MB file (found reading how labels are attributed after sample 6141): the Daily Signal (Don Jr.):
    # "He called Mueller’s investigation the “greatest witch hunt since Salem,”" went to Mueller; Politico (Palin on
    # Bashir): "She called attacks like Bashir’s “par for the course.”" to Bashir
    q = _quotes("Lead.\n\nDonald Trump Jr. described his father as a builder. He called Mueller’s investigation the "
                "“greatest witch hunt since Salem,” propagated at the hands of the media.",
                "Lead.\n\nSarah Palin said she is used to it. She called attacks like Bashir’s “par for the course.”")
    assert q[q["quote"].str.contains("witch hunt|par for")][["actor", "verb"]].values.tolist() == [
        ["Donald Trump Jr.", "called"], ["Sarah Palin", "called"]]


def test_a_website_described_with_its_owner_is_the_owner_s_voice():
    # From speaker sample 6138: Politico (the Clinton Foundation): "The Clinton Foundation’s website suggests that
    # ... . “All Foundation employees are paid ...,” the website says." had no actor. Guard: "the other group" is not
    # the group just named
    q = _quotes("Lead.\n\nThe Clinton Foundation’s website suggests that there’s a strict wall between the foundation "
                "and the office. “All Foundation employees are paid for work through the Foundation payroll,” the "
                "website says.",
                "Lead.\n\nThe Sierra Club sued the agency. “We will win,” the other group said.")
    assert q[["speaker", "actor"]].values.tolist()[-2:] == [
        ["the website", "Clinton Foundation"], ["the other group", ""]]


def test_an_administrator_is_a_title_and_a_subject_may_follow_an_opening_phrase():
    # From speaker sample 6146: Politico (Pruitt's EPA): "What Administrator Scott Pruitt calls his “Back to Basics”"
    # named the actor "Administrator Scott Pruitt" (38 rows on the 20 MB file: FEMA's Brock Long, CMS's Seema
    # Verma, ...); Fox News (the NRA convention): "Following Caraway’s remarks, the NRA said ... . “...,” the group
    # said." had no actor
    q = _quotes("Lead.\n\n“We were disappointed by the court’s recent ruling,” CMS Administrator Seema Verma said in a "
                "statement.",
                "Lead.\n\nFollowing Caraway’s remarks, the National Rifle Association said it will not consider moving "
                "the convention.\n\n“Our members work in fire stations and police departments,” the group said.")
    assert q[q["kind"] == "direct"][["speaker", "actor"]].values.tolist() == [
        ["Seema Verma", "Seema Verma"], ["the group", "National Rifle Association"]]


def test_he_after_a_sentence_told_by_someone_is_who_told_it():
    # From speaker sample 6143: NPR (Toni Morrison): "Morrison was grounded in the black cultural liberationist art of
    # the 1960s, said Richard Yarborough, who teaches ... . She and others in that generation “expressed their
    # mission” by focusing on black lives, he said." gave "he" to Morrison, whose sentence it is, not to who told it;
    # the Washington Times (the 9th Circuit): "..., said Curt Levey, president of the Committee of Justice ... . He
    # noted that ..." to Trump
    q = _quotes("Lead.\n\nToni Morrison won the Nobel Prize.\n\nMorrison was grounded in the black cultural "
                "liberationist art of the 1960s, said Richard Yarborough, who teaches African American literature. She "
                "and others in that generation “expressed their mission” by focusing on black lives, he said.",
                "Lead.\n\nIt likely will take years to fully evaluate whether Donald Trump truly transformed the 9th "
                "Circuit, said Curt Levey, president of the Committee of Justice. He noted that most senior judges "
                "are still in place.",
                # USA TODAY (Virginia's election): "..., which may signal trouble elsewhere for President Donald
                # Trump, McGowen said. “It may be a signal ...,” he said" went to Trump
                "Lead.\n\nErnest McGowen teaches politics.\n\nTurnout was high in the suburbs, which may signal "
                "trouble elsewhere for President Donald Trump, McGowen said. “It may be a signal to President Trump "
                "that the suburbs are moving,” he said.")
    assert q[q["quote"].str.startswith(("She and others", "most senior", "It may be"))][
        ["speaker", "actor"]].values.tolist() == [["Richard Yarborough", "Richard Yarborough"],
                                                  ["Curt Levey", "Curt Levey"], ["McGowen", "Ernest McGowen"]]


def test_a_place_or_a_people_named_last_is_no_speaker_without_a_verb():
    # From the 20 MB file (read after speaker samples 6140-6146, where a quotation with no verb of saying went to the
    # name before it): Fox News (school walkout): "carrying the American flag and holding signs that read “guns don’t
    # kill people, people kill people”" was the United States'; CNN (Trump's speech): "his proposal to ban all
    # foreign Muslims from the US -- ... -- calling on authorities to “temporarily suspend immigration from ...”" the
    # Muslims'. Guard: a country that opens the sentence keeps its words (Reuters: "Saudi Arabia in its own statement
    # was more circumspect, only saying it sought a meeting ... to discuss “a desired balance to the oil market.”")
    q = _quotes("Lead.\n\nStudents walked onto the school’s track carrying the American flag and holding signs that "
                "read “guns don’t kill people, people kill people, and always will.”",
                "Lead.\n\nThe candidate set out his proposal to ban all foreign Muslims from the US -- which he hasn't "
                "repudiated -- calling on authorities to “temporarily suspend immigration from some of the most "
                "dangerous and volatile regions of the world.”",
                "Lead.\n\nSaudi Arabia in its own statement was more circumspect, only saying it sought a meeting of "
                "OPEC to discuss “a desired balance to the oil market.”")
    assert q[["doc_id", "speaker"]].values.tolist() == [["d0", "signs"], ["d1", ""], ["d2", "Saudi Arabia"]]
    #                                      (the signs speak since sample 6165: a long phrase before "read" names them)


def test_a_name_after_the_quotation_whose_appositive_is_left_open():
    # From speaker sample 6150: Townhall (NBC on North Korea): "“The leadership in North Korea has shown absolutely no
    # sign ...,” Victor Cha, the Korea Chair at the Center for Strategic and International Studies told NBC News
    # Thursday." had no speaker (the appositive's closing comma is missing); InfoWars (the DNC hack): "“...,” Dmitry
    # Peskov, the Kremlin spokesman told Reuters" the same. Guard: a phrase that is no name before the open
    # appositive is no speaker (CBS News: "“...” and is a registered Democrat, a source familiar with the matter
    # told CBS News")
    q = _quotes("Lead.\n\n\"The leadership in North Korea has shown absolutely no sign or interest in diplomacy,\" "
                "Victor Cha, the Korea Chair at the Center for Strategic and International Studies told NBC News "
                "Thursday.",
                "Lead.\n\nThe whistleblower had a “professional relationship with a current 2020 Democratic contender” "
                "and is a registered Democrat, a source familiar with the matter told CBS News on Thursday.")
    assert q[q["kind"] == "direct"][["speaker", "verb"]].values.tolist() == [
        ["Victor Cha", "told"], ["a source familiar with the matter", "told"]]


def test_the_party_s_nominee_is_the_person_the_sentences_before_center_on():
    # From speaker sample 6147: Newsmax (Trump on the press): "“The newspaper's going to hell,” Trump told a rally
    # ... . “So, I think maybe ...,” the Republican nominee added" had no actor; the 20 MB file's "the Democratic
    # nominee said" of Clinton the same. Guard: a person of the other party is not the nominee
    q = _quotes("Lead.\n\n\"The newspaper's going to hell,\" Donald Trump told a rally Saturday.\n\n\"So, I think "
                "maybe we'll start thinking about taking their press credentials away,\" the Republican nominee added.",
                "Lead.\n\nRepublican Sen. Marco Rubio spoke on Monday about the race in Florida.\n\n\"We are 11 days "
                "out,\" the Democratic nominee said.")
    assert q[q["speaker"].str.contains("nominee")][["speaker", "actor"]].values.tolist() == [
        ["the Republican nominee", "Donald Trump"], ["the Democratic nominee", ""]]


def test_a_share_of_a_poll_s_respondents_is_the_poll_s_answer():
    # From speaker samples 6139 (Reuters: "About 75 percent of adults say they want armed security guards in school"),
    # 6147 and 6150 (Politico: "Sixty percent of those who support Obama say they are “extremely likely” to vote"):
    # a share of respondents is no one who speaks; the actor is the poll named before it, or none (it was
    # "Democrats" for "75 percent of Democrats said"). Guard: "Two senior officials said" are people
    q = _quotes("Lead.\n\nThe latest Reuters/Ipsos poll was conducted online. About 75 percent of adults say they want "
                "armed security guards in school.",
                "Lead.\n\nThe race is close. But 75 percent of Democrats said the economy was not so good.",
                "Lead.\n\nTwo senior officials said the plan was dead.")
    assert q[["speaker", "actor"]].values.tolist() == [
        ["About 75 percent of adults", "Ipsos"], ["75 percent of Democrats", ""], ["Two senior officials", ""]]


def test_a_group_and_where_it_sits_is_the_group():
    # From speaker sample 6149: Politico (the sequester): "Republicans on Capitol Hill say the last-minute invitation
    # ... is a sign that the president is not serious" had the actor Capitol Hill; the Christian Science Monitor's
    # "Many Republicans in Congress argue that ..." had Congress
    q = _quotes("Lead.\n\nThe plan pleased Republicans.\n\nRepublicans on Capitol Hill say the last-minute invitation "
                "to the White House is a sign that the president is not serious.",
                "Lead.\n\nThe bill split Republicans.\n\nMany Republicans in Congress argue that extending the "
                "benefits should be paid for.")
    assert q[["speaker", "actor"]].values.tolist() == [
        ["Republicans on Capitol Hill", "Republicans"], ["Many Republicans in Congress", "Republicans"]]


def test_both_before_two_speakers_is_no_part_of_the_subject():
    # From speaker samples 6144 and 6155: CNN (D.C. mayoral race): "Both Wells and Evans have said -- quite bluntly --
    # that they are ready ..." went to Evans alone; a guest column (the Russia probe): "Both Comey and Page testified
    # before House investigators that ..." to Page alone
    q = _quotes("Lead.\n\nBoth Comey and Page testified before House investigators that there was no hard evidence.",
                "Lead.\n\nBoth Wells and Evans have said -- quite bluntly -- that they are ready to talk about race.")
    assert q[["speaker", "actor"]].values.tolist() == [["Comey and Page", ""], ["Wells and Evans", ""]]


def test_a_speaker_familiar_with_someone_s_thinking():
    # From statement draw 108: CNN (Hagel's resignation): "Several people familiar with Flournoy's thinking say she
    # decided to withdraw her name ..." was not read (a subject ending in "-ing" was taken for a clause); CNN
    # (Sanders and Reid): "one source familiar with Reid's thinking said he believes ..." the same
    q = _quotes("Lead.\n\nSeveral people familiar with Flournoy's thinking say she decided to withdraw her name.",
                "Lead.\n\nPrior to that meeting, one source familiar with Reid's thinking said he believes Sanders can "
                "be helpful.")
    assert q[["speaker", "verb"]].values.tolist() == [
        ["Several people familiar with Flournoy's thinking", "say"], ["one source familiar with Reid's thinking",
                                                                      "said"]]


def test_words_told_to_the_speaker_are_the_teller_s():
    # From speaker sample 6160: New York Magazine (the Boldricks): "Rebecca says that alumni told her, “There is the
    # potential that your son will be ...”" went to Rebecca; on the 20 MB file, Fox News (Pagliano): "The RNC's filing
    # said lawyers for the agency had informed them in discussions that “...”" went to the RNC. Guards: a verb's
    # object is no teller ("Burke told department officials in Washington that whistleblower claims of “...”"), nor
    # is a clause whose verb is no verb of speech ("Khan claims that ideological motives explain this “...”")
    q = _quotes("Lead.\n\nDavid went on a private tour, and Rebecca says that alumni told her, \"There is the "
                "potential that your son will be the leader of this country.\" Rebecca was out of her mind with pride.",
                "Lead.\n\nThe RNC's filing said lawyers for the agency had informed them in discussions that \"the "
                "State Department has represented that no responsive records exist\" for any Pagliano emails.",
                "Lead.\n\nBurke told department officials in Washington that whistleblower claims of \"gunwalking\" "
                "were \"categorically false.\"",
                "Lead.\n\nLina Khan wrote the paper.\n\nKhan claims that ideological motives explain this \"effort to "
                "idealize competitive markets and assume that nonintervention was almost always superior to "
                "interference.\"")
    direct = q[q["kind"] == "direct"]
    assert direct[["doc_id", "speaker", "actor"]].values.tolist() == [
        ["d0", "alumni", ""], ["d1", "lawyers for the agency", ""], ["d2", "Burke", "Burke"],
        ["d3", "Khan", "Lina Khan"]]


def test_a_document_is_not_the_outlet_that_obtained_it():
    # From speaker sample 6160: Fox News (Benghazi): "... a “coordinated attack,” according to a classified cable
    # reviewed by Fox News." had the actor Fox News; on the 20 MB file the same for "documents obtained by The Times",
    # "a copy of the book viewed by Breitbart News", "a memo obtained by Fox News" (14 rows). Guard: a document's
    # author stays its actor ("according to a statement released by Mayor John Smith")
    q = _quotes("Lead.\n\nThe mission convened an \"emergency meeting\" less than a month before the assault, "
                "according to a classified cable reviewed by Fox News.",
                "Lead.\n\nDuties include intake and transports, according to a memo obtained by Fox News.",
                "Lead.\n\nThe city will rebuild its bridges, according to a statement released by Mayor John Smith.")
    assert q[["doc_id", "actor"]].values.tolist() == [["d0", ""], ["d0", ""], ["d1", ""], ["d2", "John Smith"]]


def test_two_people_named_with_their_titles_say_together():
    # From speaker sample 6160: Fox News (IPAB): "House Speaker John Boehner and Senate Republican Leader Mitch
    # McConnell, in a letter Thursday to President Obama, said they would refuse ..." was not read (a subject of
    # ten words), and so "“These reduced payments will ...,” they wrote." two sentences on had no speaker; on the 20
    # MB file "Dominion CEO Thomas F. Farrell II and Duke CEO Lynn J. Good said" went to Good alone. Guard: one
    # person with two titles is that person ("Former Obama Defense Secretary and Republican Sen. Chuck Hagel told")
    q = _quotes("Lead.\n\nHouse Speaker John Boehner and Senate Republican Leader Mitch McConnell, in a letter "
                "Thursday to President Obama, said they would refuse to recommend any nominees to the "
                "committee.\n\nThey revived concerns that the panel would enforce Medicare cuts.\n\n\"These "
                "reduced payments will force providers to stop seeing Medicare patients,\" they wrote.",
                "Lead.\n\nIn a statement Sunday, Dominion CEO Thomas F. Farrell II and Duke CEO Lynn J. Good said the "
                "natural gas project would have delivered needed infrastructure.",
                "Lead.\n\nFormer Obama Defense Secretary and Republican Sen. Chuck Hagel told CNN on Thursday that he "
                "was encouraged.")
    assert q[["speaker", "actor", "kind"]].values.tolist() == [
        ["House Speaker John Boehner and Senate Republican Leader Mitch McConnell", "", "indirect"],
        ["House Speaker John Boehner and Senate Republican Leader Mitch McConnell", "", "direct"],
        ["Dominion CEO Thomas F. Farrell II and Duke CEO Lynn J. Good", "", "indirect"],
        ["Chuck Hagel", "Chuck Hagel", "indirect"]]


def test_a_verb_said_only_after_a_quotation_may_come_before_its_speaker():
    # From speaker sample 6161: CBN (Tim Kaine): "“I am so excited. ...,” reflected Alexis Herman, former secretary
    # of labor." had no speaker ("reflected" was read after a name only: "“...,” Sahni reflects"); on the 20 MB file
    # "“...,” echoed fellow Republican Sen. Lindsey Graham of South Carolina" and "“Oftentimes,” reflects Mr. Reef"
    # the same
    q = _quotes("Lead.\n\nAnd he has never lost an election.\n\n\"I am so excited. I've known Tim Kaine for many years "
                "and so I know his heart,\" reflected Alexis Herman, former secretary of labor.",
                "Lead.\n\n\"Your government has let you down in a time of your need,\" echoed fellow Republican Sen. "
                "Lindsey Graham of South Carolina, describing his message to the families.")
    assert q[["speaker", "verb"]].values.tolist() == [["Alexis Herman", "reflected"], ["Lindsey Graham", "echoed"]]


def test_words_as_someone_put_it_are_theirs_and_only_those():
    # From the 20 MB file (read after speaker sample 6160's "Both Lynch and Bill Clinton"): Fox News (the tarmac
    # meeting): "... the Brexit vote, “and things like that,” as Lynch put it." went to Bill Clinton; The New York
    # Times: "“closer to the action,” as Defense Secretary Ash Carter put it" had no speaker. Guard: the phrases
    # quoted after it in its paragraph are no longer his (Bloomberg View: "our “addiction to foreign oil,” as
    # Barack Obama put it, ... talk about “American energy independence”" gave that phrase to Obama)
    q = _quotes("Lead.\n\nBoth Lynch and Bill Clinton have insisted the meeting was social, focusing on golf, travel, "
                "\"and things like that,\" as Lynch put it.",
                "Lead.\n\nMore US troops are on their way to Iraq in roles that will bring them \"closer to the "
                "action,\" as Defense Secretary Ash Carter put it.",
                "Lead.\n\nPopulists get the vapors when they think about our \"addiction to foreign oil,\" as Barack "
                "Obama put it, but more of our oil comes from Canada. If you pay attention, you'll notice that "
                "Washington's batty talk about \"American energy independence\" has been replaced by talk of \"North "
                "American energy independence.\"")
    direct = q[q["kind"] == "direct"]
    assert direct[["quote", "speaker", "verb"]].values.tolist() == [
        ["and things like that,", "Lynch", "put"], ["closer to the action,", "Ash Carter", "put"],
        ["addiction to foreign oil,", "Barack Obama", "put"]]


def test_the_presumptive_party_nominee_is_the_candidate_named_before():
    # From speaker sample 6162: CNN (Romney's 6 % pledge): "“I can tell you that ...,” the presumptive GOP nominee
    # told the magazine." had no actor ("presumptive" was no modifier of a role, and "GOP" inside the phrase was
    # taken for the organisation it names); on the 20 MB file the same for Trump after the NRA's endorsement
    q = _quotes("Lead.\n\nMitt Romney offered three ways to achieve that goal.\n\nRomney's initial claim came in an "
                "interview with TIME Magazine.\n\n\"I can tell you that we would get the unemployment rate down to "
                "6%,\" the presumptive GOP nominee told the magazine.")
    assert q[["speaker", "actor"]].values.tolist() == [["the presumptive GOP nominee", "Mitt Romney"]]


def test_a_name_that_modifies_a_supporter_is_no_antecedent():
    # From speaker sample 6162: AP (the 2019 elections): "A staunch Trump support, Simmons called the impeachment
    # investigation unfounded. “It’s one diversion after another to keep Trump from doing anything,” he said." went
    # to Trump, named first in the sentence, as a modifier ("supporters" was read, not the singular)
    q = _quotes("Lead.\n\nVoters tied their decisions to President Donald Trump.\n\nRichard Simmons, 63, a butcher "
                "from Glen Allen, Virginia, was just as staunchly in the GOP camp.\n\nA staunch Trump support, Simmons "
                "called the impeachment investigation unfounded. \"It's one diversion after another to keep Trump "
                "from doing anything,\" he said.")
    assert q[["speaker", "actor"]].values.tolist() == [["Simmons", "Richard Simmons"]]


def test_lies_told_are_no_statement():
    # From speaker sample 6162: The Daily Wire (a professor's accuser): "It was discovered that Wright told many,
    # many more lies than previously thought." was read as Wright's statement "many, many more lies than previously
    # thought". Guard: "told reporters that lies were spreading fast" reports a clause
    q = _quotes("Lead.\n\nIt was discovered that Morgan Wright told many, many more lies than previously thought.",
                "Lead.\n\nJohn Smith told reporters that lies were spreading fast.")
    assert q[["doc_id", "quote"]].values.tolist() == [["d1", "lies were spreading fast"]]


def test_a_quip_after_a_quotation_names_its_speaker():
    # From speaker sample 6163: Vox (the CNN climate town hall): "(“Thanks for your help,” Biden cracked at one
    # point.)" had no speaker: "cracked" is read as a verb of saying right after a quotation only (not "cracked down")
    q = _quotes("Lead.\n\nAnderson Cooper turned it around when he took over. (\"Thanks for your help,\" Biden "
                "cracked at one point.) And Bill Weir was around all night.",
                "Lead.\n\nPolice cracked down on the protest, and the mayor said \"order must be kept.\"")
    assert q[["doc_id", "speaker", "verb"]].values.tolist()[0] == ["d0", "Biden", "cracked"]
    assert "cracked" not in q["verb"].tolist()[1:]


def test_a_statement_issued_is_its_issuer_s_for_every_quotation_of_the_sentence():
    # From speaker sample 6164: CNN (the Rams and the St. Louis police): "The team issued a statement saying the
    # organization had “positive discussions” Monday with Belmar and other police officials “during which we
    # expressed our respect ...”" gave the second quotation to "The team issued a statement" (the first to "The team")
    q = _quotes("Lead.\n\nThe team issued a statement saying the organization had \"positive discussions\" Monday with "
                "Belmar and other police officials \"during which we expressed our respect for their concerns.\"")
    assert q["speaker"].tolist() == ["The team", "The team"]


def test_a_quotation_whose_words_go_on_to_its_speaker():
    # From the 20 MB file (read after speaker sample 6164): CNN (Christie on the Russia probe): "“I’ve never seen the
    # president talk about” the possibility of such pardons, Christie said," had no speaker; so did "“I wish the
    # president would lead us rather than being dragged to the table” on the debt ceiling issue, McConnell said on
    # NBC’s “Meet the Press.”" (The Christian Science Monitor). Guard: a quotation closed by its own period is not
    # continued ("“That is the law.” The rest, he said, ...")
    q = _quotes("Lead.\n\nThe governor also addressed the question of pardons.\n\n\"I've never seen the president talk "
                "about\" the possibility of such pardons, Christie said, adding that no one should count on one.",
                "Lead.\n\n\"I wish the president would lead us rather than being dragged to the table\" on the debt "
                "ceiling issue, McConnell said on NBC's \"Meet the Press.\"",
                "Lead.\n\nMr. Smith read the statute aloud. \"That is the law.\" The rest of the hearing, he said, was "
                "about money.")
    direct = q[q["kind"] == "direct"]
    assert direct[["doc_id", "speaker", "verb"]].values.tolist()[:2] == [["d0", "Christie", "said"],
                                                                         ["d1", "McConnell", "said"]]
    assert direct.loc[direct["doc_id"] == "d2", "verb"].tolist() == [""]


def test_an_outlet_that_reports_after_a_quotation_and_documents_that_read_or_list():
    # From speaker sample 6165: Washington Times (Teneo): "“Instead of introducing his distinguished guests, he
    # launched into a long-winded sales pitch,” the New Republic reports." had no speaker ("reports" was a verb only
    # before "that"); The Daily Caller: "“Pandemonium ensues as she ...,” WaPo’s profile on Abrams reads." had none (a
    # document after an owner, not an article); Fox News (Benghazi): "The email lists the following two goals, among
    # others: “...” and “...”" had none (a colon before the words); Fox News (Parkland): "... holding signs that read
    # “guns don’t kill people, people kill people”" had none (a phrase too long for a speaker). Guards: "Paul ...
    # declared: “...,” Time reports." is Paul's (Time reports his words); "“...,” reports the Detroit News" stays
    # the paper's; "not “thousands,” as news reports from last week had indicated" has no speaker "news"
    q = _quotes("Lead.\n\n\"Instead of introducing his distinguished guests, he launched into a long-winded sales "
                "pitch,\" the New Republic reports.",
                "Lead.\n\n\"Pandemonium ensues as she walks to the far left of the stage,\" WaPo's profile on Abrams "
                "reads.",
                "Lead.\n\nThe email lists the following two goals, among others: \"to underscore that these protests "
                "are rooted in an Internet video\" and \"to reinforce the President's strength and steadiness.\"",
                "Lead.\n\nStudents walked onto the school's track carrying the American flag and holding signs that "
                "read \"guns don't kill people, people kill people.\"",
                "Lead.\n\nRand Paul called for a change in foreign policy, and declared: \"It's time to put a stop to "
                "this madness,\" Time reports.",
                "Lead.\n\n\"The term limits law will force nearly 70 percent of state senators out of office,\" "
                "reports the Detroit News.",
                "Lead.\n\nNapolitano said that \"several hundred\" detainees were released, not \"thousands,\" as news "
                "reports from last week had indicated.")
    direct = q[q["kind"] == "direct"]
    assert direct[["doc_id", "speaker"]].values.tolist() == [
        ["d0", "the New Republic"], ["d1", "WaPo's profile on Abrams"], ["d2", "The email"], ["d2", "The email"],
        ["d3", "signs"], ["d4", "Rand Paul"], ["d5", "the Detroit News"], ["d6", "Napolitano"]]


def test_they_and_a_first_verb_before_and_say():
    # From speaker sample 6166: CBN (Manafort's associate): "The court documents do not name Manafort's associate, but
    # they refer to him as “Person A” and note the pseudonym is consistent with previous filings" was said by "they
    # refer to him as “Person A” and" (the first of two verbs after "they" was not read as one). Guards (earlier
    # tests): "they even say and write things that" and "They can and do say" report nothing
    q = _quotes("Lead.\n\nThe court documents do not name the associate, but they refer to him as \"Person A\" and "
                "note the pseudonym is consistent with previous filings in the case.",
                "Lead.\n\nSometimes, they even say and write things that would earn appreciative nods from Lynne "
                "Cheney.",
                "Lead.\n\nThey talk to each other. They can and do say whatever will get them the attention they "
                "crave.")
    assert q[["doc_id", "speaker", "verb"]].values.tolist() == [["d0", "they", "note"]]


def test_works_written_asides_of_time_listeners_tweeted_at_and_phrases_that_are_no_speakers():
    # From the held-out speaker samples 6167 and 6169, read on the session's code: Daily Beast: "Judge Kelly wrote
    # eight opinions on deportation appeals" was a statement (a number before the work); Townhall: "..., based on
    # multiple previous reports ." was said by "based on multiple previous"; Fox News: "Jay Carney, as late as a week
    # after the attack, said that ..." by "the attack"; Fox News: "“...,” he began, tweeting at Fox News' Sean Hannity.
    # / Moments later, he added: “...”" went to Hannity; Portland Press Herald: "to “go to hell” over fishing
    # regulations and later reportedly said" to "over fishing regulations and". Guard: "over half said" is a share
    q = _quotes("Lead.\n\nOn immigration, Judge Jane Kelly wrote eight opinions on deportation appeals, affirming "
                "seven of them.",
                "Lead.\n\nThe talking points were what we thought they were, based on multiple previous reports .",
                "Lead.\n\nAnd White House Press Secretary Jay Carney, as late as a week after the attack, said that "
                "there was no evidence of a preplanned attack.",
                "Lead.\n\nPresident Donald Trump attacked his attorney general.\n\n\"So where is the investigation,\" "
                "he began, tweeting at Fox News' Sean Hannity.\n\nMoments later, he added: \"Sessions has taken a VERY "
                "weak position!\"",
                "Lead.\n\nGov. Paul LePage spoke.\n\nHe also said as a candidate that he would tell President Obama to "
                "\"go to hell\" over fishing regulations and later reportedly said at a fundraiser that the president "
                "\"hates white people.\"",
                "Lead.\n\nVoters were asked about the plan. \"It is too expensive,\" over half said.")
    assert q[["doc_id", "speaker", "kind"]].values.tolist() == [
        ["d2", "Jay Carney", "indirect"],
        ["d3", "Donald Trump", "direct"], ["d3", "Donald Trump", "direct"],
        ["d4", "Paul LePage", "direct"], ["d4", "Paul LePage", "indirect"], ["d4", "Paul LePage", "direct"],
        ["d5", "over half", "direct"]]


def test_a_relative_clause_after_a_quoted_name_of_a_thing_is_no_attribution():
    # From the held-out speaker sample 6167: Townhall (DAPA): "enjoining the Department of Homeland Security from
    # implementing “any and all aspects of ... program” that President Obama announced on November 20, 2014." gave the
    # order's words to Obama; on the 20 MB file the title "“Guiding Principles for Federal Architecture” that Daniel
    # Patrick Moynihan wrote in 1962 when ..." went to Moynihan (a title, wrong in the samples of the last session),
    # and "“No evidence” that Clinton asked for ..." to Clinton. The words are the thing's, not the clause's
    # subject's; "wrote in 1962 when ..." reports nothing either. Guard: "Moynihan wrote in 1962 the country was not
    # ready" is his statement
    q = _quotes("Lead.\n\nThe court enjoined the department from implementing \"any and all aspects of the program\" "
                "that President Obama announced on November 20, 2014.",
                "Lead.\n\nThe order borrows language from the \"Guiding Principles for Federal Architecture\" that "
                "Daniel Patrick Moynihan wrote in 1962 when the future senator was working in the Labor Department.",
                "Lead.\n\nDaniel Patrick Moynihan wrote in 1962 the country was not ready.")
    assert "Barack Obama" not in q["actor"].tolist() and "Obama" not in q["speaker"].tolist()
    assert q.loc[q["doc_id"] != "d0", ["doc_id", "quote"]].values.tolist() == [
        ["d2", "in 1962 the country was not ready"]]


def test_a_clause_put_first_may_end_in_a_dashed_aside():
    # From speaker sample 6171: Politico (O'Rourke in El Paso): "And as Trump confronted O’Rourke at a campaign-style
    # rally on an issue central to both of their political identities — immigration and the border wall — O’Rourke
    # seized the opportunity ... / “Yeah, I’m back in the mix ...,” he told POLITICO" went to Trump, the subject of the
    # clause put first (it was read up to a comma only). Guard: a dash inside a word is no aside (National Review:
    # "When Alexander–Murray was introduced, Kasich’s band of ten pro-Obamacare governors ... fired off a letter")
    q = _quotes("Lead.\n\nBeto O’Rourke and Donald Trump held rallies.\n\nAnd as Trump confronted O’Rourke at a "
                "campaign-style rally on an issue central to both of their political identities — immigration and the "
                "border wall — O’Rourke seized the opportunity to re-establish his footing.\n\n“Yeah, I’m back in the "
                "mix,” he told POLITICO before addressing thousands of supporters where Trump was redoubling his call.")
    assert q[["speaker", "actor"]].values.tolist() == [["O’Rourke", "Beto O’Rourke"]]
