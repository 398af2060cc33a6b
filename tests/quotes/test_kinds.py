"""Statement kinds (docs/kinds.md): one test per signal of the classifier, on hand-written statements.

``kind_from_text`` is what the store uses on stored statements; ``extract`` checks that the parse
gives every statement the same kind from its widened cue.
"""
import pytest

import onrecord

from onrecord.quotes.kind_lexicon import kind_lexicon
from onrecord.quotes.kinds import HELPERS, OBJECT_CUES, kind_from_text, read_kind
from onrecord.records import STATEMENT_KINDS


def kind(cue, content, quote_type="indirect"):
    return kind_from_text(cue, content, quote_type)[0]


def test_plain_saying_is_a_claim():
    assert kind_from_text("said", "the talks went well", "indirect") == ("claim", 0.7)


def test_question_mark_is_a_question():
    assert kind("said", '"Who will pay for this?"', "direct") == "question"


def test_asked_whether_is_a_question():
    assert kind("asked", "whether the deal was legal") == "question"


def test_asked_to_is_a_request_and_a_claim():
    assert kind("asked", "the judge to delay the trial") != "question"
    assert kind("asked", "to delay the trial") == "claim"


def test_demanded_answers_is_a_question():
    assert kind("demanded", "answers from the agency about the contracts") == "question"
    assert kind("demanded", "that the minister resign") == "claim"


def test_denied_is_a_denial():
    assert kind("denied", "reports that troops had crossed the border") == "denial"


def test_did_not_deny_is_not_a_denial():
    assert kind("did not deny", "that he met the envoy") == "claim"


def test_nonsense_is_a_denial():
    assert kind("told reporters", '"That is nonsense, pure invention,"', "direct") == "denial"


def test_its_fake_is_a_denial():
    assert kind("said", '"I don\'t believe it, it\'s fake."', "direct") == "denial"


def test_would_not_say_is_a_refusal():
    reading = read_kind("would not say", "whether the talks would resume", "indirect")
    assert reading.kind == "refusal" and reading.no_quotation("indirect")


def test_declined_to_comment_is_a_refusal_without_quotation():
    reading = read_kind("declined to comment on", "the report", "indirect")
    assert reading.kind == "refusal" and reading.no_quotation("indirect")


def test_did_not_respond_to_a_request_is_a_refusal():
    assert kind("did not respond to", "a request for comment") == "refusal"
    assert kind("failed to respond to", "the senators' requests for information") == "refusal"


def test_did_not_respond_to_an_attack_is_not_a_refusal():
    assert kind("did not respond to", "the attack") == "claim"


def test_we_will_not_speculate_is_a_refusal_in_the_speakers_words():
    reading = read_kind("said", '"We will not speculate about a date,"', "direct")
    assert reading.kind == "refusal" and not reading.no_quotation("direct")


def test_no_comment_is_a_refusal():
    assert kind("said", '"No comment."', "direct") == "refusal"


def test_accused_is_an_accusation():
    assert kind("accused", "the company of hiding the losses") == "accusation"


def test_called_a_thug_is_an_accusation():
    assert kind("called", 'his rival a "thug"', "mixed") == "accusation"


def test_called_a_friend_is_a_claim():
    assert kind("called", 'his rival "a friend"', "mixed") == "claim"


def test_they_lied_is_an_accusation():
    assert kind("said", '"They lied to the voters,"', "direct") == "accusation"


def test_warned_is_a_warning():
    assert kind("warned", "that the river could flood") == "warning"


def test_if_then_we_will_is_a_warning():
    assert kind("said", '"If they cross the line, we will respond,"', "direct") == "warning"


def test_first_person_future_is_a_promise():
    assert kind("said", '"We will rebuild every house,"', "direct") == "promise"


def test_pledged_is_a_promise():
    assert kind("pledged", "to rebuild every house") == "promise"


def test_he_would_in_indirect_speech_is_a_promise():
    assert kind("said", "he would continue the policies of his predecessor") == "promise"
    assert kind("said", "it will refund all customers") == "promise"


def test_it_will_be_is_no_promise():
    assert kind("said", "it would be a difficult winter") == "claim"


def test_expected_to_is_a_prediction():
    assert kind("said", "prices are expected to rise next year") == "prediction"


def test_predicted_is_a_prediction():
    assert kind("predicted", "that prices would rise") == "prediction"


def test_confirmed_is_a_confirmation():
    assert kind("confirmed", "that two people died") == "confirmation"


def test_admitted_is_a_confirmation():
    assert kind("admitted", "that mistakes were made") == "confirmation"


def test_criticizing_for_is_an_accusation():
    assert kind("criticizing", "the Attorney General for the department's failure to act") == "accusation"
    assert kind("rebuked", "the board for its silence") == "accusation"


def test_calling_out_is_an_accusation():
    assert kind("calling out", "the Administration for an overdue report") == "accusation"


def test_calling_on_is_no_accusation():
    assert kind("called on", "the council to act") == "claim"


def test_must_be_held_accountable_is_an_accusation():
    assert kind("said", '"The Administration must be held accountable for this travesty."', "direct") == "accusation"


def test_you_are_trying_to_is_an_accusation():
    assert kind(None, '"You are trying to manage the Supreme Court."', "direct") == "accusation"


def test_stonewalling_is_an_accusation():
    assert kind("said", "the agency had been stonewalling the committee for months") == "accusation"


def test_agreed_to_is_a_promise():
    assert kind("agreed", "to refund the fees to every customer") == "promise"
    assert kind("offered", "five years of records") == "promise"


def test_agreed_that_is_a_claim():
    assert kind("agreed", "that time off was rare") == "claim"
    assert kind("agreed", "with the mayor") == "claim"


def test_raised_concerns_that_it_could_is_a_warning():
    assert kind("raised concerns", "that the new rule could allow lenders to raise fees") == "warning"


def test_raised_concerns_whether_is_a_question():
    assert kind("have raised concerns", "whether the records were kept as the law requires") == "question"


def test_expressed_concern_that_is_a_claim():
    assert kind("expressed concern", "that the financier had photographs of the president") == "claim"


def test_asked_for_answers_is_a_question():
    assert kind("asked for answers on", "the actions the bank took") == "question"


def test_demanded_that_someone_provide_information_is_a_question():
    assert kind("demanded", "the agency provide the following information") == "question"
    assert kind("demanded", "meetings with the agency's leadership") == "claim"


def test_committed_to_is_a_promise():
    assert kind("said", '"I remain committed to fixing the roads in this state."', "direct") == "promise"
    assert kind("said", '"I am proud of this bill. I will continue to fight for our farmers."', "direct") == "promise"


def test_at_risk_is_a_warning():
    assert kind("said", '"This cut will put thousands of families at risk."', "direct") == "warning"


def test_a_modal_before_stigmatizing_is_a_warning():
    assert kind("said", "the name would be stigmatizing for the people of the city") == "warning"


def test_but_would_keeps_the_speakers_subject():
    assert kind("tweeted", "he was not aware of the event but would go to see it anyway") == "promise"
    assert kind("said", "the plan was good and would pass") == "claim"


def test_no_cue_and_empty_content_is_a_claim():
    assert kind(None, "") == "claim"


def test_every_cue_kind_is_a_statement_kind():
    helpers = OBJECT_CUES | {"asking"}
    assert set(kind_lexicon().cue_kinds.values()) - helpers <= set(STATEMENT_KINDS)
    assert set(kind_lexicon().phrases) - HELPERS <= set(STATEMENT_KINDS)


@pytest.mark.parametrize("sentence, expected", [
    ("Smith refused to say whether she would run again.", "refusal"),
    ("The minister denied that troops had crossed the border.", "denial"),
    ("The agency warned that the river could flood.", "warning"),
    ('"We will rebuild every house," the mayor said.', "promise"),
])
def test_the_parse_gives_every_statement_its_kind(extract, sentence, expected):
    f = extract(sentence)
    assert [q.kind for q in f.quotes] == [expected]
    assert all(0.0 < q.kind_confidence <= 1.0 for q in f.quotes)


def test_we_are_going_to_is_a_promise():
    assert kind("saying", '"Hell yes, we\'re going to take your rifles."', "direct") == "promise"


def test_a_future_deep_in_a_long_quotation_is_no_promise():
    assert kind("said", '"The year was hard. Prices rose. We will see what comes."', "direct") == "claim"


def test_it_is_going_to_be_is_no_promise():
    assert kind("said", "it was going to be a long night") == "claim"


def test_baseless_said_of_a_report_is_a_denial():
    assert kind("said", "the reports were completely baseless") == "denial"
    assert kind("said", '"Rubbish," ', "direct") == "denial"


def test_baseless_before_a_noun_is_no_denial():
    assert kind("said", "the prosecutors brought baseless charges against him") != "denial"


@pytest.mark.parametrize("engine", ["rules", "model", "hybrid"])
def test_every_engine_gives_kinds(settings, engine):
    text = ('The agency warned that the river could flood. The White House declined to comment on the report. '
            '"We will rebuild every house," the mayor said.')
    quotes = onrecord.extract(text, settings=settings.updated(engine=engine))
    kinds = {q.kind for q in quotes}
    assert {"warning", "refusal", "promise"} <= kinds, [(q.content.text(text), q.kind) for q in quotes]
    assert all(q.no_quotation == (q.kind == "refusal") for q in quotes)


def test_refused_to_say_keeps_the_refusal_in_its_cue(extract):
    f = extract("Smith refused to say whether she would run again.")
    q = f.quotes[0]
    assert f.cue(q) == "refused to say" and kind_from_text(f.cue(q), f.content(q), q.type)[0] == "refusal"


def test_a_stored_statement_is_read_as_its_parse_read_it(extract):
    f = extract("The minister declined to answer whether the talks had failed. Police would not confirm "
                "the figures. The agency never publicly said that prices would rise. "
                '"We will rebuild every house," the mayor said. She did not deny that she met him.')
    assert len(f.quotes) >= 4
    for q in f.quotes:
        assert kind_from_text(f.cue(q), f.content(q), q.type) == (q.kind, q.kind_confidence), f.content(q)


def test_a_stored_row_with_missing_fields_reads_as_a_claim():
    assert kind_from_text(None, None, None) == ("claim", 0.7)
    assert kind_from_text("said", "\x00?!'’", "no such type")[0] in STATEMENT_KINDS
    assert kind_from_text("declined to comment", "x" * 100_000, "indirect")[0] == "refusal"


def test_skirted_questions_is_a_refusal_and_dodged_a_bullet_is_not():
    assert kind("skirted", "all questions about the contract") == "refusal"
    assert kind("dodged", "the bullet") == "claim"


@pytest.mark.parametrize("content", [
    '"The Administration is complicit in this cover-up."',
    '"This radical group wants to pack the Court."',
    '"It was a colossal failure of leadership."',
    '"The agency refused to answer our letters for a year."',
])
def test_blame_of_political_criticism_is_an_accusation(content):
    assert kind("said", content, "direct") == "accusation"


def test_fighting_corruption_is_a_claim():
    assert kind("said", "they were fighting corruption and dishonesty") == "claim"


def test_raised_concerns_about_a_harm_is_a_warning():
    assert kind("raised concerns", "about the damage the cuts would do to rural hospitals") == "warning"
    assert kind("raised concerns", "about threats to election workers") == "warning"
    assert kind("raised concerns", "about the timing of the vote") == "claim"


def test_negated_blame_is_no_accusation():
    assert kind("said", '"Congress cannot ignore this threat any longer."', "direct") == "claim"
    assert kind("said", '"It is impossible to ignore what that message says."', "direct") == "claim"
    assert kind("said", '"You ignored every letter we sent."', "direct") == "accusation"


def test_blame_of_the_speakers_own_side_is_no_accusation():
    assert kind("said", '"Our long failure to invest in bridges has a cost."', "direct") == "claim"
    assert kind("said", '"We will hold them accountable."', "direct") == "promise"
    assert kind("said", '"Their failure to invest in bridges has a cost."', "direct") == "accusation"


def test_not_held_accountable_still_blames():
    assert kind("said", '"The officers have not been held accountable."', "direct") == "accusation"


def test_holding_to_account_as_a_principle_or_a_programme_is_no_accusation():
    assert kind("said", '"Holding officials accountable is a principle both parties share."', "direct") == "claim"
    assert kind("said", '"This grant will help hold traffickers accountable."', "direct") == "claim"


def test_blame_words_in_a_stock_phrase_are_no_accusation():
    assert kind("said", '"The bill guards the grants against waste, fraud, and abuse."', "direct") == "claim"
    assert kind("said", '"The contractor committed fraud."', "direct") == "accusation"


def test_a_label_named_in_passing_is_no_accusation():
    assert kind("said", '"Tehran is funding terrorist groups across the region."', "direct") == "claim"


def test_a_label_said_of_someone_is_an_accusation():
    assert kind("said", '"These men are terrorists."', "direct") == "accusation"
    assert kind("said", "the gunman was a domestic terrorist") == "accusation"
    assert kind("called", 'the group "terrorists"', "mixed") == "accusation"


def test_negated_harm_is_no_warning():
    assert kind("said", "the treaty will not harm the farmers") == "claim"
    assert kind("said", '"If that were true, millions would not be at risk."', "direct") == "claim"
    assert kind("said", "the treaty would harm the farmers") == "warning"


def test_negated_untrue_word_is_no_denial():
    assert kind("said", "the reports were not baseless") == "claim"


def test_persecution_suffered_and_predatory_are_no_accusation():
    assert kind("said", '"Israel is a haven for people who fled centuries of persecution."', "direct") == "claim"
    assert kind("said", '"Borrowers need relief from predatory schools."', "direct") == "claim"


def test_someones_answer_still_not_given_is_an_accusation():
    assert kind("wrote", '"The agency still has not provided the records we asked for."', "direct") == "accusation"
    assert kind("said", "the ministry has yet to respond to the families") == "accusation"
    assert kind("said", '"We have not yet responded to the offer."', "direct") == "claim"
    assert kind("said", "the ministry has not responded to the offer") == "claim"


def test_blame_reported_as_an_allegation_or_a_condition_is_no_accusation():
    assert kind("said", '"The allegations of misconduct at the clinic are serious."', "direct") == "claim"
    assert kind("said", "the inquiry concerns past alleged war crimes") == "claim"
    assert kind("said", '"If the board fails to act, prices will rise."', "direct") != "accusation"
    assert kind("said", '"The board failed to act."', "direct") == "accusation"


def test_a_negated_telling_of_a_statement_is_no_refusal():
    assert kind("did not say", "he had ordered the raid") == "claim"
    assert kind("is not saying", "there were no problems") == "claim"
    assert kind("would not say", "whether he had ordered the raid") == "refusal"
    assert kind("would not confirm", "the figures") == "refusal"


def test_condemning_someones_wrong_is_an_accusation():
    assert kind("condemned", "the attack on the synagogue") == "accusation"
    assert kind("denounced", "the minister's decision") == "accusation"
    assert kind("condemning", "Hamas") == "accusation"


def test_condemning_a_wrong_in_general_is_a_claim():
    assert kind("condemn", "all forms of political violence") == "claim"
    assert kind("condemning", "antisemitism in all its forms") == "claim"


def test_blame_as_a_wrong_to_prevent_is_no_accusation():
    assert kind("said", '"This bill stops fraud in the jobless benefit system."', "direct") == "claim"
    assert kind("said", '"The office will detect and prevent waste and fraud."', "direct") == "claim"


def test_supposed_blame_is_no_accusation():
    assert kind("said", '"Failing to extend the program would be irresponsible."', "direct") != "accusation"
    assert kind("said", '"Ignoring this loophole can distort competition."', "direct") == "claim"
    assert kind("said", '"They are ignoring our letters."', "direct") == "accusation"


def test_named_as_terrorists_is_an_accusation():
    assert kind("named", "both militias as terrorists") == "accusation"
    assert kind("named", "her as the new coach") == "claim"


def test_condemning_in_quoted_words_is_an_accusation():
    assert kind("denounced", '"a national embarrassment"', "mixed") == "accusation"


def test_answering_a_charge_of_lying_is_a_denial():
    assert kind("told reporters", '"She did not lie. She is not a liar, whatever they said of her."', "direct") == "denial"


def test_blame_reported_as_someones_claim_or_a_possibility_is_no_accusation():
    assert kind("is reported", "to have claimed he was wrongfully jailed by the last government") == "claim"
    assert kind("said", "the deals were potentially unlawful") == "claim"
    assert kind("said", "the deals were unlawful") == "accusation"


def test_repudiated_is_a_denial():
    assert kind("repudiated", "the claim that the president is above the law") == "denial"


def test_at_risk_that_describes_is_no_warning():
    assert kind("said", '"Those most at risk deserve a better clinic."', "direct") == "claim"
    assert kind("said", '"If the bridge is at risk, we close it."', "direct") == "claim"
    assert kind("said", '"The neighbours who put their savings at risk need help."', "direct") == "claim"
    assert kind("said", '"Without the grant, the clinic and its jobs are at risk."', "direct") == "warning"


def test_putting_at_risk_without_a_modal_is_no_warning():
    assert kind("said", '"The mayor is weak, and it puts the town at risk."', "direct") == "claim"
    assert kind("said", '"This cut would put thousands of families at risk."', "direct") == "warning"


def test_harm_after_can_is_no_warning():
    assert kind("said", '"Old wiring can cause fires in a barn."', "direct") == "claim"
    assert kind("said", '"Old wiring could cause fires in a barn."', "direct") == "warning"
    assert kind("said", '"That nickname can be hurtful to the children."', "direct") == "warning"


def test_harm_after_would_have_is_no_warning():
    assert kind("said", '"The plan drops the change that would have jeopardized school meals."', "direct") == "claim"


def test_harm_word_in_an_object_is_no_warning():
    assert kind("said", '"Our bill would close the dangerous gap in the rules."', "direct") == "claim"
    assert kind("said", '"Closing the plant would be a disaster for the valley."', "direct") == "warning"
    assert kind("said", '"The new test will eliminate suffering for lab animals."', "direct") == "claim"


def test_future_in_the_condition_is_no_warning():
    assert kind("said", '"Roads matter if we are going to grow the county."', "direct") == "claim"
    assert kind("said", '"If they cross the line, we will respond."', "direct") == "warning"


def test_risk_after_would_have_is_no_warning():
    assert kind("said", '"The deal drops a change that would have put the pensions at risk."', "direct") == "claim"


def test_an_if_of_another_clause_is_no_warning():
    assert kind("said", '"Shops may close early if they like, so I will keep the rules simple."', "direct") == "promise"
    assert kind("said", '"But if the dam fails, we will evacuate the valley."', "direct") == "warning"
    assert kind("said", '"Tell the board that if it sells the park, we will sue."', "direct") == "warning"
