"""Direct and mixed quotations, one construction a test."""
import pytest


def test_trailing_said(extract):
    f = extract('"We have no plans to change course," Dmitry Peskov said.')
    q = f.containing("no plans")
    assert q.type == "direct" and f.source(q) == "Dmitry Peskov" and f.cue(q) == "said"


def test_inverted_said_speaker(extract):
    f = extract('"The sides are far apart," said Senator Jane Smith.')
    q = f.containing("far apart")
    assert q.type == "direct" and "Jane Smith" in f.source(q)


def test_colon_introduction(extract):
    f = extract('Senator Jane Smith said: "The bill will pass before the recess."')
    q = f.containing("will pass")
    assert q.type == "direct" and q.speaker.name == "Jane Smith"


def test_colon_introduction_without_marks(extract):
    f = extract("Senator Jane Smith said: the bill will pass before the recess.")
    q = f.containing("will pass")
    assert q.type == "indirect" and q.speaker.name == "Jane Smith"


def test_dash_attribution(extract):
    f = extract('"We will not back down on this." — Senator Jane Smith')
    q = f.containing("back down")
    assert q.type == "direct" and f.cue(q) == "—" and q.speaker.name == "Jane Smith"


def test_headline_colon_quote(extract):
    f = extract("Peskov: “We are ready to talk”\n\nThe Kremlin spoke on Monday.")
    q = f.containing("ready to talk")
    assert q.speaker.name == "Peskov" and q.type == "direct"


def test_partial_quote_is_mixed(extract):
    f = extract("Peskov said these words “are concerning, of course.”")
    q = f.containing("are concerning")
    assert q.type == "mixed"
    assert f.content(q).startswith("these words")


def test_scare_quote_title_is_not_a_statement(extract):
    f = extract("No “law on non-returnees” in sight\n\nThe government has not drafted a bill yet.")
    assert f.quotes == []


def test_interrupted_quote_shares_one_attribution(extract):
    f = extract('"Judge," Brafman said, "I have never seen such a thing in my career."')
    first, second = f.containing("Judge"), f.containing("never seen")
    assert first.attribution_id == second.attribution_id
    assert f.source(first) == f.source(second) == "Brafman"


def test_continued_quote_in_the_same_paragraph(extract):
    f = extract('“The rink is full,” Cindy Secord said. “We are turning away potential users.”')
    q = f.containing("turning away")
    assert q.speaker.name == "Cindy Secord"


def test_floating_quote_goes_to_the_previous_speaker(extract):
    f = extract('“The rink is full every night,” Cindy Secord said.\n\n'
                '“We are turning away potential users because there is nothing there.”')
    q = f.containing("turning away")
    assert q.rule == "floating-quote" and q.source is None and q.cue is None
    assert q.speaker.name == "Cindy Secord"
    assert q.confidence < f.containing("rink is full").confidence


def test_multi_paragraph_quote_is_one_attribution_in_paragraph_pieces(extract):
    """Each paragraph reopens the mark and only the last closes: one statement,
    reported one piece per paragraph (as PolNeAR and GGT annotate it)."""
    f = extract('Mayor Ann Lee said on Monday:\n\n“The budget is tight this year.\n\n'
                '“We will still open the new library in March.”')
    first, second = f.containing("budget is tight"), f.containing("library in March")
    assert first is not second
    assert "\n" not in f.content(first)
    assert first.attribution_id == second.attribution_id
    assert first.speaker.name == second.speaker.name == "Ann Lee"


def test_quotation_between_lead_in_clause_and_cue_is_the_content(extract):
    f = extract('There\'s also the family -- "the spouse who can\'t go back to work because '
                'they have to provide care," she said.')
    q = f.containing("the spouse")
    assert "family" not in f.content(q) and f.source(q) == "she" and q.type == "direct"


def test_nickname_in_the_source_is_not_the_content(extract):
    f = extract("At least four band members were killed, lead singer Riefian “Ifan” Fajarsyah "
                "told followers on Instagram.")
    q = f.containing("band members were killed")
    assert "Fajarsyah" in f.source(q)


def test_quoted_as_saying(extract):
    f = extract("“When the books were shown to me, I was deeply dismayed,” he was quoted as saying "
                "in the press release.")
    q = f.containing("deeply dismayed")
    assert f.source(q) == "he" and f.cue(q) == "saying" and q.type == "direct"


def test_passive_tell_by_agent_of_quotation(extract):
    f = extract('In a meeting that day he was told by Emergencies Minister Yevgeny Zinichev of '
                '"presumably between 36 and 40 people under the rubble", while others waited.')
    q = f.containing("presumably")
    assert f.content(q).startswith('"presumably') and q.speaker.name == "Yevgeny Zinichev"


# Guillemets used as quotation marks (issue 15). The parser, which rarely saw them, can take
# the closing mark for the subject of the cue ("«…,» Lee said" named the speaker "»").

def test_guillemets_trailing_said_speaker_is_not_the_closing_mark(extract):
    f = extract("«We will win the vote,» Lee said on Monday.")
    q = f.containing("win the vote")
    assert f.content(q) == "«We will win the vote,»" and q.type == "direct"
    assert f.source(q) == "Lee" and q.speaker.name == "Lee"


def test_guillemets_inverted_said_speaker(extract):
    f = extract("«We will win the vote,» said Senator Ann Lee.")
    q = f.containing("win the vote")
    assert f.source(q) == "Senator Ann Lee" and q.speaker.name == "Ann Lee"


@pytest.mark.parametrize("text", [
    "»We will win the vote,« Ann Lee said.",
    "»We will win the vote,« said Senator Ann Lee.",
])
def test_reversed_guillemets_german_danish_order(extract, text):
    f = extract(text)
    q = f.containing("win the vote")
    assert f.content(q) == "»We will win the vote,«" and q.type == "direct"
    assert q.speaker.name == "Ann Lee"


@pytest.mark.parametrize("text", [
    "‹We will win the vote,› Ann Lee said.",
    "‹We will win the vote,› said Senator Ann Lee.",
])
def test_single_guillemets(extract, text):
    f = extract(text)
    q = f.containing("win the vote")
    assert f.content(q) == "‹We will win the vote,›" and q.type == "direct"
    assert q.speaker.name == "Ann Lee"


@pytest.mark.parametrize("text, content", [
    ("Ann Lee said: »We will win the vote.«", "»We will win the vote.«"),
    ("Ann Lee said: ‹We will win the vote.›", "‹We will win the vote.›"),
])
def test_guillemets_after_a_colon_introduction(extract, text, content):
    f = extract(text)
    q = f.containing("win the vote")
    assert f.content(q) == content and q.type == "direct" and q.speaker.name == "Ann Lee"


def test_interrupted_quote_around_told_the_press(extract):
    f = extract('"When patients come out cured," he told the press, "they will start trusting the clinic."')
    first, second = f.containing("come out cured"), f.containing("trusting the clinic")
    assert first.attribution_id == second.attribution_id and f.cue(second) == "told"


def test_quotation_after_the_cue_and_its_hearer_and_time(extract):
    f = extract('Medical anthropologist Mona Sperl told the press in a separate interview, "People of another '
                'faith have always been blamed for spreading germs."')
    q = f.containing("spreading germs")
    assert q.type == "direct" and f.source(q).endswith("Mona Sperl")


def test_floating_quotes_count_their_distance_from_the_speakers_latest_quotation(extract):
    f = extract('"Survivors were less likely to be working," Dr. Alma Garland said.\n\n'
                '"The loss in earnings was substantial for every group we looked at."\n\n'
                "Stroke patients lost the most, the figures show.\n\n"
                '"And if you looked at the average annual earnings, it was a third of their salary."')
    assert f.containing("a third of their salary").speaker.name == "Alma Garland"


def test_interrupted_quote_joined_by_and_after_the_cue(extract):
    f = extract('"We will win this fight," Lee said on Monday, and "nobody will stop us now."')
    first, second = f.containing("win this fight"), f.containing("nobody will stop")
    assert first.attribution_id == second.attribution_id and second.speaker.name == "Lee"


def test_floating_quote_after_the_writers_sentence_about_her_is_hers(extract):
    f = extract('"We work every day of the week," said editor Mia Holt.\n\n'
                "Actress Nora Vance will appear in a new crime series. She left her first show after one "
                'season. "It was not what I wanted to do. I had no lines at all."')
    assert f.containing("no lines").speaker.name == "Nora Vance"


def test_floating_quote_after_a_sentence_about_the_speaker_stays_the_speakers(extract):
    f = extract("Coach Pete Lund said the team was tired.\n\n"
                'He sat down after the game. "We gave everything we had tonight and it was not enough."')
    assert f.containing("gave everything").speaker.name == "Pete Lund"


def test_announced_statement_printed_in_the_next_paragraphs(extract):
    f = extract("Today, Senator Dana Whitfield issued the following statement after the court ruled on "
                "the water rights case.\n\n"
                "\u201cThis ruling leaves farmers in the valley without the certainty they were promised. "
                "We will keep working for a fair settlement.\n\n"
                "\u201cThe state must now come back to the table and negotiate in good faith.\u201d\n\n"
                "Whitfield has represented the district since 2019.")
    q = f.containing("leaves farmers")
    assert q.speaker.name == "Dana Whitfield" and f.cue(q) == "issued the following statement"
    second = f.containing("come back to the table")
    assert q.type == "direct" and second.attribution_id == q.attribution_id


def test_announced_remarks_need_the_next_paragraph(extract):
    f = extract("The mayor made the following remarks at the opening.\n\n"
                "The bridge was built in two years by a local firm.\n\n"
                "\u201cIt is a proud day for every family in this town and for everyone who worked on it,\u201d "
                "a resident said.")
    q = f.containing("proud day")
    assert f.source(q) == "a resident"


def test_dateline_is_not_the_speaker(extract):
    f = extract("WASHINGTON, D.C. \u2013 Senate Leader Maria Olsen (R-KY) said the budget talks had "
                "collapsed overnight.")
    q = f.containing("budget talks")
    assert q.speaker.name == "Maria Olsen" and "WASHINGTON" not in (f.source(q) or "")


def test_dateline_is_left_out_of_the_source(extract):
    f = extract("HOUSTON \u2014 Senators demanded answers to fifteen questions about the outage.")
    q = f.containing("fifteen questions")
    assert f.source(q) == "Senators"


def test_transcript_speaker_in_capitals(extract):
    f = extract("Senator Ruth Oduya questioned the director at the hearing on Tuesday.\n\n"
                "ODUYA: \u201cYou have spent more time on press releases than on the backlog itself.\u201d")
    q = f.containing("press releases")
    assert q.speaker.name == "Ruth Oduya" and q.rule == "colon-credit"


def test_quotations_under_an_excerpts_heading_are_the_speakers(extract):
    f = extract("Senator Ruth Oduya said the vote was a setback. \u201cWe will keep pressing for a vote on "
                "the amendment,\u201d she said.\n\nShe spoke on the floor later that day.\n\n"
                "Watch the speech here.\n\nFloor Speech Excerpts:\n\n"
                "\u201cWomen are a majority of the population but remain underrepresented in office.\u201d\n\n"
                "\u201cThe fact is, most Americans support the amendment. Half of the states agree.\n\n"
                "\u201cI am proud that my state ratified it fifty years ago.\u201d")
    assert {f.containing(words).speaker.name for words in ("underrepresented", "most Americans", "proud")} \
        == {"Ruth Oduya"}


def test_word_of_the_quotation_is_not_the_speaker_of_the_cue_after_it(extract):
    f = extract("“Each spring the town holds a fair. Schools, churches and clubs across the valley bake for it "
                "all week,” said Councillor Ines Varga.")
    q = f.containing("Schools")
    assert q.speaker.name.endswith("Ines Varga")
