"""Reported content that is not a clause (docs/annotation.md; issue 16's recall gap)."""


def test_request_infinitive_is_the_content(extract):
    f = extract("The election committee urged states not to postpone their primaries.")
    q = f.containing("postpone")
    assert f.content(q) == "not to postpone their primaries" and f.cue(q) == "urged"
    assert f.source(q) == "The election committee"


def test_request_without_an_addressee_is_not_a_statement(extract):
    assert extract("She asked to leave the meeting early.").quotes == []


def test_passive_report_infinitive_takes_the_agent(extract):
    f = extract("Two bishops were reported by local radio to have visited the ward overnight.")
    q = f.containing("visited the ward")
    assert f.content(q).startswith("to have visited") and f.source(q) == "local radio"


def test_passive_report_without_agent_has_no_speaker(extract):
    f = extract("The suspect was said to have fled across the border on foot.")
    q = f.containing("fled across")
    assert q.source is None and q.speaker.name is None


def test_forecast_passive_is_not_a_report(extract):
    assert extract("The pipeline was forecast to be in service by the end of the year.").quotes == []


def test_it_was_reported_that(extract):
    f = extract("It was reported that the dam had cracked during the night.")
    q = f.containing("dam had cracked")
    assert f.cue(q) == "was reported" and q.source is None


def test_hearer_passive_without_agent_is_not_a_statement(extract):
    assert extract("The company was informed that it would not be invited to the talks.").quotes == []


def test_announced_noun_phrase_is_the_content(extract):
    f = extract("The government of Oman announced three days of national mourning.")
    q = f.containing("mourning")
    assert f.content(q) == "three days of national mourning" and f.cue(q) == "announced"


def test_announced_pronoun_is_not_content(extract):
    assert extract("He announced it on Monday after the vote.").quotes == []


def test_coordinated_cue_ends_the_content(extract):
    f = extract("Flynn said there was a lack of openness in the count and urged the crowd to keep protesting.")
    said, urged = f.containing("lack of openness"), f.containing("keep protesting")
    assert f.content(said) == "there was a lack of openness in the count"
    assert f.content(urged) == "to keep protesting" and urged.speaker.name == "Flynn"


def test_reader_addressed_as_you_is_not_a_speaker(extract):
    assert extract("When you say you hate his beard, he may still keep it.").quotes == []


def test_colon_introduction_without_a_speech_verb(extract):
    f = extract('Dave Marten, the clinic doctor, is more blunt: "We are going to find things that '
                'are horrifying."')
    q = f.containing("horrifying")
    assert q.speaker.name == "Dave Marten" and f.cue(q) == ":"


def test_colon_after_a_thing_is_no_ones_statement(extract):
    assert extract('The sign on the door read: "Closed until further notice for the holidays."').quotes == []


def test_announced_gerund_is_the_content(extract):
    f = extract("In March, the airline announced suspending its flights to the island.")
    q = f.containing("suspending")
    assert f.content(q) == "suspending its flights to the island" and f.source(q) == "the airline"


def test_told_of_is_what_was_told(extract):
    f = extract("The painter Ola Brandt told of being turned away from every gallery in town.")
    q = f.containing("turned away")
    assert f.content(q) == "being turned away from every gallery in town" and f.cue(q) == "told"


def test_spoke_of_is_what_was_spoken(extract):
    f = extract("The joint statement spoke of the army withdrawing from the valley within weeks.")
    q = f.containing("withdrawing")
    assert f.content(q).startswith("the army withdrawing") and f.cue(q) == "spoke"


def test_talked_about_a_clause_is_a_statement(extract):
    f = extract('The director talked about how the film was nearly abandoned "twice over."')
    q = f.containing("nearly abandoned")
    assert f.content(q).startswith("how the film") and q.type == "mixed"


def test_talked_about_a_topic_or_spoke_to_reporters_is_narration(extract):
    assert extract("The director talked about her childhood. She spoke to reporters on Monday.").quotes == []


def test_announced_noun_phrase_ends_before_a_modifier_holding_a_quotation(extract):
    f = extract('On Sunday, the ministry announced a full pullback from the border, beyond the pullback '
                'from the "buffer zone" first announced a week earlier.')
    q = f.containing("full pullback")
    assert f.content(q) == "a full pullback from the border"


def test_statements_speaking_of_are_their_issuers(extract):
    f = extract("Then both governments issued statements speaking of a ceasefire along the river.")
    q = f.containing("ceasefire")
    assert f.source(q) == "both governments" and f.cue(q) == "speaking"


def test_called_for_is_what_was_asked_for(extract):
    f = extract("The tenants' union called for an independent review of the rent increases.")
    q = f.containing("independent review")
    assert f.content(q) == "an independent review of the rent increases" and f.cue(q) == "called"
    assert f.source(q) == "The tenants' union" and q.type == "indirect"


def test_called_for_a_single_word_is_a_request(extract):
    f = extract("The senator called for calm on Tuesday.")
    assert [f.content(q) for q in f.quotes] == ["calm"]


def test_called_for_a_duration_is_not_a_request(extract):
    assert extract("Residents called for hours before the fire crew came.").quotes == []


def test_demanded_noun_phrase_is_the_content(extract):
    f = extract("Opposition leaders demanded an apology from the transport minister.")
    q = f.containing("apology")
    assert f.content(q) == "an apology from the transport minister" and f.source(q) == "Opposition leaders"


def test_alleged_noun_phrase_is_the_content(extract):
    f = extract("The auditors alleged serious accounting irregularities at the port authority.")
    q = f.containing("irregularities")
    assert f.content(q).startswith("serious accounting irregularities") and f.source(q) == "The auditors"


def test_alleged_as_an_adjective_is_no_statement(extract):
    assert extract("The alleged bribes were paid in cash.").quotes == []


def test_pledged_noun_phrase_is_the_content(extract):
    f = extract("The foundation pledged ten million dollars for flood relief in the delta.")
    q = f.containing("ten million")
    assert f.content(q).startswith("ten million dollars") and q.kind == "promise"


def test_identified_as_is_the_label_given(extract):
    f = extract("Police identified the driver as a 40-year-old man from Leeds.")
    q = f.containing("40-year-old")
    assert f.content(q).startswith("the driver as a 40-year-old man") and f.source(q) == "Police"


def test_named_as_without_quotation_marks(extract):
    f = extract("The interior minister named two militant groups as terrorist organisations.")
    assert f.content(f.containing("terrorist")) == "two militant groups as terrorist organisations"


def test_a_label_in_quotation_marks_is_left_to_the_quotation_rules(extract):
    f = extract('The panel named the new strain "variant B-2" in its report.')
    q = f.containing("variant B-2")
    assert q.rule == "partial-quote" and f.cue(q) == "named"


def test_cited_costs_without_a_label_is_narration(extract):
    assert extract("The report cited rising costs.").quotes == []


def test_requested_noun_phrase_is_the_content(extract):
    f = extract("The fire service requested power shutoffs across the canyon during the storm.")
    assert f.content(f.containing("shutoffs")).startswith("power shutoffs")


def test_stressed_noun_phrase_is_the_content(extract):
    f = extract("The minister stressed the need for calm in the border towns.")
    assert f.content(f.containing("need for calm")).startswith("the need for calm")


def test_request_verb_read_as_an_adjective(extract):
    f = extract("A former aide, Lena Ortiz, also spoke at the vigil and encouraged mourners to remain calm "
                "after the verdict.")
    q = f.containing("remain calm")
    assert f.content(q) == "to remain calm after the verdict" and q.speaker.name == "Lena Ortiz"


def test_participle_adjective_is_no_request(extract):
    assert extract("The encouraged players went on to win the cup.").quotes == []


def test_cite_x_as_y_without_quotation_marks(extract):
    f = extract("The new rules cite the 1998 flood as an example of what planners must avoid.")
    q = f.containing("1998 flood")
    assert f.content(q) == "the 1998 flood as an example of what planners must avoid"
    assert f.cue(q) == "cite" and f.source(q) == "The new rules"


def test_hailed_x_as_y(extract):
    f = extract("The ruling party hailed the new ferry line as a lifeline for the islands.")
    assert f.content(f.containing("ferry")) == "the new ferry line as a lifeline for the islands"


def test_acting_a_part_as_is_no_statement(extract):
    assert extract("Moreno portrayed the old king as a tired man in three films.").quotes == []


def test_agentless_passive_description_has_no_speaker_to_report(extract):
    assert extract("The old bridge was described as unsafe.").quotes == []


def test_passive_report_with_agent_reports_its_subject(extract):
    f = extract("The new curfew was condemned by members of the city council.")
    q = f.containing("curfew")
    assert f.content(q) == "The new curfew" and f.source(q) == "members"


def test_passive_description_with_a_quoted_label_stays_a_partial_quote(extract):
    f = extract('The trainer was described by the local paper as a "horse whisperer" last year.')
    assert any('"horse whisperer"' in f.content(q) for q in f.quotes)
    assert not any(f.content(q) == "The trainer" for q in f.quotes)


def test_threatened_by_a_circumstance_is_no_statement(extract):
    assert extract("Apart from when the mother's life is threatened by the illness, the law bans it.").quotes == []
