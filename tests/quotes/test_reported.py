"""Reported speech: cues, complements, inverted and inserted attributions."""
import onrecord


def test_that_clause(extract):
    f = extract("Dmitry Peskov spoke to reporters. He noted that the sides aren't discussing a prisoner swap.")
    q = f.containing("prisoner swap")
    assert q.type == "indirect" and f.cue(q) == "noted" and f.source(q) == "He"
    assert f.content(q).startswith("that the sides")


def test_bare_complement_clause(extract):
    f = extract("The minister said the plant would close in March.")
    q = f.containing("plant would close")
    assert q.type == "indirect" and f.source(q) == "The minister"


def test_according_to(extract):
    f = extract("According to the health ministry, the plant will close in March.")
    q = f.containing("plant will close")
    assert f.cue(q) == "According to" and f.source(q) == "the health ministry"


def test_according_to_after_the_content(extract):
    f = extract("The plant will close in March, according to the health ministry.")
    q = f.containing("plant will close")
    assert "according" not in f.content(q) and f.source(q) == "the health ministry"


def test_inverted_claim_after_content(extract):
    f = extract("The talks will continue next week, has claimed the president's spokesman.")
    q = f.containing("talks will continue")
    assert "spokesman" in f.source(q) and "claimed" in f.cue(q)


def test_inverted_writes_agency(extract):
    f = extract("The talks will continue next week in Minsk, writes TASS.")
    q = f.containing("talks will continue")
    assert q.speaker.name == "TASS" and f.cue(q) == "writes"


def test_inserted_attribution(extract):
    f = extract("The talks, Peskov said on Monday, will not resume before spring.")
    assert any("resume before spring" in f.content(q) for q in f.quotes)


def test_reporting_noun_with_that_clause(extract):
    f = extract("The Kremlin's statement that the sides are close to a deal came on Monday.")
    q = f.containing("sides are close")
    assert f.cue(q) == "statement" and "Kremlin" in f.source(q)


def test_cue_inside_a_quote_is_not_an_attribution(extract):
    f = extract('"People told me they wanted change," Smith said.')
    assert len(f.quotes) == 1 and f.quotes[0].speaker.name == "Smith"


def test_every_record_has_provenance_and_confidence(extract):
    f = extract("The minister said the plant would close in March.")
    q = f.quotes[0]
    assert 0.0 <= q.confidence <= 1.0
    assert q.provenance.onrecord_version and q.provenance.pipeline.startswith("onrecord.rules")
    assert q.provenance.model and q.provenance.model_version


def test_abbreviation_full_stop_does_not_end_the_content(extract):
    f = extract("Purdy says he's lost 16 lbs. since he signed up for the walking programme.")
    q = f.containing("16 lbs")
    assert f.content(q).endswith("walking programme") and f.source(q) == "Purdy"


def test_cue_does_not_take_a_clause_from_the_next_paragraph(extract):
    f = extract("READ MORE: Alberta proposes new parks in the Rockies\n\n"
                "Phillips stated the government isn't done getting public feedback.")
    q = f.containing("government isn't done")
    assert f.source(q) == "Phillips" and f.cue(q) == "stated"
    assert "Alberta" not in f.content(q)


def test_misparsed_object_of_said_is_the_content(extract):
    """spaCy reads "unemployment" as the object of "said" and the clause's verb as a conj."""
    f = extract("Garland said unemployment and lost earning power due to heart attacks have "
                "broad societal relevance, with consequences such as bankruptcy.")
    q = f.containing("broad societal relevance")
    assert f.content(q).startswith("unemployment and lost") and f.source(q) == "Garland"


def test_owned_reporting_noun_with_of_phrase(extract):
    f = extract("Marta Keller repeated her claims of widespread ballot tampering.")
    q = f.containing("ballot tampering")
    assert f.content(q) == "widespread ballot tampering" and f.cue(q) == "claims"
    assert q.speaker.name == "Marta Keller"


def test_owned_request_noun_with_for_phrase(extract):
    f = extract("The nurses' union renewed its demands for a pay review before the winter.")
    q = f.containing("pay review")
    assert f.content(q).startswith("a pay review") and f.cue(q) == "demands"


def test_unowned_reporting_noun_with_of_phrase_is_not_a_statement(extract):
    assert extract("There were reports of gunfire near the station overnight.").quotes == []


def test_plural_reporting_noun_with_that_clause(extract):
    f = extract("The minister's statements that the dam was safe turned out to be wrong.")
    assert f.content(f.containing("dam was safe")) == "that the dam was safe"


def test_said_with_a_noun_object_is_not_a_quote(extract):
    f = extract("The priest said a short prayer for the victims of the fire.")
    assert f.quotes == []


def test_link_captions_and_advertising_breaks_are_not_statements(extract):
    f = extract("WATCH: Sanders says Trump didn't cave on the border wall\n\n"
                "Story continues below advertisement\n\n"
                "Schumer said the talks would go on next week.")
    assert [f.content(q) for q in f.quotes] == ["the talks would go on next week"]


def test_writers_aside_between_dashes_splits_the_content(extract):
    f = extract("Wojtaszek said she agreed with the Crown attorney — who led the effort in 2001 — "
                "that the ruling was based on hope.")
    first, second = f.containing("she agreed"), f.containing("ruling was based")
    assert first is not second and first.attribution_id == second.attribution_id
    assert "who led" not in f.content(first) + f.content(second)


def test_party_tag_in_parentheses_stays_in_the_content(extract):
    f = extract("Cruz said he would consider naming Sen. Mike Lee (R-Utah) to the Supreme Court.")
    q = f.containing("Mike Lee")
    assert f.content(q).endswith("to the Supreme Court")


def test_when_asked_whether_is_the_question_not_a_statement(extract):
    f = extract('When asked on Monday whether he was overstating the debt, Mayor Ray Cole said, '
                '"That is the number we were given."')
    assert [f.content(q) for q in f.quotes] == ['"That is the number we were given."']


def test_infinitive_describing_a_noun_is_no_act_of_speech(extract):
    assert extract("It was an odd thing to say: his last term ended years before the firm began.").quotes == []


def test_concluded_is_a_finding_counted_only_with_the_evidence_class(extract, settings):
    text = "The budget office concluded that the pipeline would lose money if costs rose again."
    assert extract(text).quotes == []
    wide = settings.updated(cue_classes=("speech", "writing", "evidence"))
    assert onrecord.extract(text, settings=wide)


def test_owned_reporting_noun_before_a_colon_introduces_the_content(extract):
    f = extract("Wendy Gold now lives in Amherst with a cat.\n\n"
                "Her message now is simple: do not share or sell prescriptions.")
    q = f.containing("do not share")
    assert f.cue(q) == "message" and q.speaker.name == "Wendy Gold"


def test_unowned_noun_before_a_colon_is_no_statement(extract):
    assert extract("The message of the film is simple: nobody wins a war.").quotes == []


def test_embedded_cue_not_set_off_by_punctuation_is_not_an_inserted_attribution(extract):
    f = extract("Ms. Mays said a time limit on the backstop could help, but it is not certain the EU would agree.")
    assert [f.content(q) for q in f.quotes] == ["a time limit on the backstop could help"]


def test_remembering_someone_apologizing_is_not_their_statement(extract):
    f = extract("Wendy Gold remembers him apologizing in court, saying he had never meant for Kody to die.")
    assert [f.content(q) for q in f.quotes] == ["he had never meant for Kody to die"]


def test_statement_reads_is_spoken_by_its_owner(extract):
    f = extract('"Past limits may have been justified," reads Judge Mona Hale\'s statement, '
                '"but women and men are now similarly placed."')
    q = f.containing("similarly placed")
    assert f.cue(q) == "reads" and q.speaker.name == "Mona Hale"


def test_part_of_a_statement_reads(extract):
    f = extract('Part of the council\'s statement reads "the bridge could be rebuilt within two years."')
    assert f.cue(f.containing("rebuilt within")) == "reads"


def test_a_person_reading_is_no_statement(extract):
    assert extract('He read the letter "from the front" aloud to the class.').quotes == []


def test_misparsed_object_of_ruled_is_the_subject_of_the_content(extract):
    """The small parser reads the complement's subject as the object of any clause-taking cue."""
    f = extract("On Friday, a judge in Iowa ruled the state's practice of drafting sons but not daughters "
                "for farm work is unconstitutional.")
    q = f.containing("is unconstitutional")
    assert f.content(q).startswith("the state's practice") and f.source(q) == "a judge"


def test_cue_coordinated_with_another_act_keeps_its_noun_object(extract):
    f = extract("The governor announced the budget and left the chamber.")
    assert not any("left the chamber" in f.content(q) for q in f.quotes)


def test_subject_read_into_the_opening_time_phrase(extract):
    """"On Friday Ford Motor Company": without a comma the parser makes the company the object of "On"."""
    f = extract("On Friday Ford Motor Company announced the federal regulators were reviewing its brake tests.")
    q = f.containing("reviewing its brake tests")
    assert f.source(q) == "Ford Motor Company" and q.speaker.name == "Ford Motor Company"


def test_colon_ends_the_complement_before_an_interrupted_quotation(extract):
    f = extract('After the vote, spokesperson Lena Ortiz indicated the ministry was surprised by the result: '
                '"While we study the ruling," she said, "we ask the council to think again."')
    q = f.containing("surprised")
    assert f.content(q) == "the ministry was surprised by the result"
    assert f.content(f.containing("While we study")) == '"While we study the ruling,"'


def test_according_to_after_a_conjunction_takes_only_the_conjunct_it_opens(extract):
    f = extract("The group is a small party of the north, mostly rural and, according to the police, "
                "funded from abroad.")
    q = f.containing("funded from abroad")
    assert f.content(q) == "funded from abroad" and f.source(q) == "the police"


def test_name_in_use_in_the_passive_is_not_a_statement(extract):
    f = extract('That year\'s outbreak was widely called "pig fever." Farmers culled their herds.')
    assert f.quotes == []


def test_passive_naming_verb_takes_its_agent(extract):
    f = extract('She was called "a liar" by her rival.')
    q = f.containing("liar")
    assert f.source(q) == "her rival"


def test_complement_misread_as_an_adverbial_clause_of_the_cue(extract):
    """A finite adverbial clause needs a subordinator: "ruled the draft violated ..." is a complement."""
    f = extract("In reply to a suit by a parents' group, District Judge Rosa Kemp ruled the school-only "
                "levy violated the equal protection clause of the state constitution.")
    q = f.containing("violated the equal")
    assert f.content(q).startswith("the school-only levy") and q.speaker.name == "Rosa Kemp"


def test_per_opening_the_sentence_attributes_to_the_owner_of_the_rules(extract):
    f = extract("Per the ministry's new rules, all schools are to close two hours early on Fridays.")
    q = f.containing("all schools")
    assert f.cue(q) == "Per" and q.speaker.name == "the ministry"


def test_per_inside_a_rate_is_not_a_cue(extract):
    assert extract("Tickets cost five dollars per person at the door of the hall.").quotes == []


def test_name_spelt_out_in_parentheses_stays_in_the_content(extract):
    f = extract("The director, Bob Hale, told the paper that HAP (Home Assistance Program) payments had "
                "raised the number of evictions.")
    q = f.containing("HAP")
    assert f.content(q) == "that HAP (Home Assistance Program) payments had raised the number of evictions"


def test_cue_coordinated_after_a_request_is_not_its_misread_complement(extract):
    f = extract('The mother then urges her son to stay in the house and repeatedly says, "Stay inside," '
                "until the police arrive.")
    q = f.containing("Stay inside")
    assert f.cue(q) == "says" and not f.content(q).startswith("her son")


def test_verdict_label_in_the_passive_is_a_statement(extract):
    """"labeled" judges, it does not name: unlike "was called", the verdict is someone's."""
    f = extract('When the fact-checkers examined the claim, it was labeled "Half True."')
    q = f.containing("Half True")
    assert q.source is None


def test_past_tense_misread_as_a_participle_of_the_object_of_said(extract):
    f = extract("The fire service said two barns burned before the crews arrived from town.")
    q = f.containing("barns burned")
    assert f.content(q) == "two barns burned before the crews arrived from town"


def test_said_a_prayer_written_by_someone_is_not_a_quote(extract):
    assert extract("The priest said a short prayer written by his mother for the victims.").quotes == []


def test_inserted_attribution_the_parser_made_the_main_verb(extract):
    f = extract("Most of the fishing villages on the coast, the report pointed out, have no road to the "
                "nearest hospital.")
    pieces = [f.content(q) for q in f.quotes]
    assert "Most of the fishing villages on the coast" in pieces
    assert "have no road to the nearest hospital" in pieces
    assert all(f.source(q) == "the report" for q in f.quotes)


def test_inserted_attribution_after_a_conditional(extract):
    f = extract("If the wells had been dug by hand, they argued, the walls would show tool marks.")
    pieces = [f.content(q) for q in f.quotes]
    assert pieces == ["If the wells had been dug by hand", "the walls would show tool marks"]


def test_inserted_attribution_after_a_relative_pronoun_is_left_alone(extract):
    f = extract("The team mapped the gaps in the ice, which, they observed, opened in the same places each year.")
    assert not any(f.content(q).endswith("which") for q in f.quotes)


def test_reports_of_a_clause(extract):
    f = extract("By Friday there had been reports of drivers blocking the border crossings in two provinces.")
    q = f.containing("drivers blocking")
    assert f.content(q) == "drivers blocking the border crossings in two provinces" and q.source is None


def test_reports_of_a_topic_are_no_statement(extract):
    assert extract("There were reports of a fire near the old station.").quotes == []


def test_claims_an_actor_dismisses_are_not_its_own_statement(extract):
    f = extract("The water board dismissed claims that the reservoir had been contaminated.")
    assert not any(f.content(q) == "that the reservoir had been contaminated" and q.speaker.name == "water board"
                   for q in f.quotes)


def test_opening_clause_before_an_inserted_attribution_is_content(extract):
    f = extract("If the new figures hold, economists say, the bank will cut rates again in May.")
    pieces = [f.content(q) for q in f.quotes]
    assert pieces == ["If the new figures hold", "the bank will cut rates again in May"]



def test_question_put_before_an_inserted_attribution_is_not_content(extract):
    f = extract("When told of the council's report that no study had been done, he said, “I never claimed one was.”")
    assert not any(f.content(q).startswith("When told") for q in f.quotes)


def test_question_put_before_a_quoted_answer_is_not_content(extract):
    f = extract("He spoke first. When told of the board’s note they had never done a survey, he said, "
                "“I’ve never said there’s a survey.”")
    assert [f.content(q) for q in f.quotes] == ["“I’ve never said there’s a survey.”"]


def test_comparison_with_what_a_report_says_is_no_statement(extract):
    f = extract("A claim that the debt is higher than county reports say it is could justify deep cuts.")
    assert not any(f.cue(q) == "say" for q in f.quotes)
