"""Refusals reported without words of the speaker's (docs/annotation.md): one test per construction."""


def _refusal(f):
    hits = [q for q in f.quotes if q.kind == "refusal"]
    assert len(hits) == 1, [(f.content(q), q.kind) for q in f.quotes]
    q = hits[0]
    assert q.no_quotation and q.type == "indirect"
    return q


def test_declined_to_comment_on_topic(extract):
    f = extract("The White House declined to comment on the report.")
    q = _refusal(f)
    assert f.content(q) == "the report" and f.cue(q) == "declined to comment on"
    assert q.speaker.name == "White House" and q.rule == "no-comment"


def test_declined_to_comment_without_topic(extract):
    f = extract("A spokesman for the bank declined to comment.")
    q = _refusal(f)
    assert f.content(q) == "to comment" and f.cue(q) == "declined to comment"


def test_declined_to_comment_on_a_day_names_no_topic(extract):
    f = extract("The ministry declined to comment on Monday.")
    assert f.content(_refusal(f)) == "to comment"


def test_refused_to_say_whether(extract):
    f = extract("Senator Mary Smith refused to say whether she would run again.")
    q = _refusal(f)
    assert f.content(q) == "whether she would run again" and q.speaker.name == "Mary Smith"


def test_did_not_respond_to_a_request_for_comment(extract):
    f = extract("The company did not respond to a request for comment.")
    q = _refusal(f)
    assert f.content(q) == "a request for comment" and f.cue(q) == "did not respond to"


def test_has_not_commented_on_topic(extract):
    f = extract("Jones hasn't commented on the allegations.")
    q = _refusal(f)
    assert f.content(q) == "the allegations" and f.cue(q) == "hasn't commented on"


def test_would_not_confirm_object(extract):
    f = extract("Police would not confirm the number of arrests.")
    q = _refusal(f)
    assert f.content(q) == "the number of arrests" and q.speaker.name == "Police"


def test_did_not_respond_to_an_attack_is_no_refusal(extract):
    f = extract("The army did not respond to the attack on the border post.")
    assert not [q for q in f.quotes if q.kind == "refusal"]


def test_did_not_say_a_that_clause_is_no_refusal(extract):
    f = extract("The mayor did not say that the bridge would close.")
    assert not [q for q in f.quotes if q.rule == "no-comment"]


def test_never_said_that_is_no_refusal(extract):
    f = extract("She has never said that about her rival.")
    assert not [q for q in f.quotes if q.rule == "no-comment"]


def test_declined_to_comment_inside_a_statement_belongs_to_it(extract):
    f = extract("The lawyer said his client had declined to comment on the charges.")
    assert [q.rule for q in f.quotes] != [] and not [q for q in f.quotes if q.rule == "no-comment"]


def test_declined_to_comment_with_a_quotation_keeps_the_words(extract):
    f = extract('The minister declined to comment, saying: "We do not comment on rumours."')
    assert not [q for q in f.quotes if q.no_quotation and "rumours" in f.content(q)]


def test_refused_to_provide_records(extract):
    f = extract("City officials have refused to provide these records.")
    q = _refusal(f)
    assert f.content(q) == "these records" and f.cue(q) == "have refused to provide"


def test_has_not_given_an_accounting(extract):
    f = extract("The department still has not given Congress an accurate accounting of the equipment.")
    assert f.content(_refusal(f)) == "an accurate accounting of the equipment"


def test_refused_to_release_prisoners_is_no_refusal(extract):
    f = extract("The governor refused to release the prisoners.")
    assert not [q for q in f.quotes if q.kind == "refusal"]


def test_declined_to_provide_someone_with_documents(extract):
    f = extract("In June, the archive declined to provide the two senators with documents about the inquiry.")
    q = _refusal(f)
    assert f.content(q) == "documents about the inquiry" and f.cue(q) == "declined to provide"


def test_declined_to_comment_with_reporters_keeps_no_topic(extract):
    f = extract("The minister declined to comment with reporters present.")
    assert f.content(_refusal(f)) == "to comment"


def test_skirted_all_questions(extract):
    f = extract("The secretary skirted all questions about the contract at the hearing.")
    q = _refusal(f)
    assert f.cue(q) == "skirted" and f.content(q).startswith("all questions about the contract")


def test_dodged_the_bullet_is_no_refusal(extract):
    f = extract("The secretary dodged the bullet when the vote failed.")
    assert not [q for q in f.quotes if q.kind == "refusal"]


def test_failed_to_respond_to_our_letter(extract):
    f = extract("The agency failed to respond to our letter.")
    assert f.content(_refusal(f)) == "our letter"


def test_a_bare_infinitive_not_done_is_no_refusal(extract):
    f = extract("The platforms are paid to not share the data with outside researchers. "
                "The board narrowed the review to sidestep the hard questions.")
    assert not [q for q in f.quotes if q.kind == "refusal"], [(f.content(q), q.kind) for q in f.quotes]


def test_an_act_not_done_under_a_condition_is_no_refusal(extract):
    f = extract("Voters will punish the council if it does not answer their letters.")
    assert not [q for q in f.quotes if q.kind == "refusal"], [(f.content(q), q.kind) for q in f.quotes]
