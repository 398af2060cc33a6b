"""Denials and accusations of a noun phrase (quotes/charges.py): one test per construction."""


def _charge(f):
    hits = [q for q in f.quotes if q.rule == "charge-object"]
    assert len(hits) == 1, [(f.content(q), q.rule) for q in f.quotes]
    assert hits[0].no_quotation and hits[0].type == "indirect"
    return hits[0]


def test_denied_reports_that(extract):
    f = extract("The ministry denied reports that troops had crossed the border.")
    q = _charge(f)
    assert q.kind == "denial" and f.content(q) == "reports that troops had crossed the border"
    assert f.cue(q) == "denied" and f.source(q) == "The ministry"


def test_denied_wrongdoing(extract):
    f = extract("The spokesman denied any wrongdoing.")
    assert f.content(_charge(f)) == "any wrongdoing"


def test_rejected_claims_that(extract):
    f = extract("The government rejected claims that it had lied.")
    q = _charge(f)
    assert q.kind == "denial" and f.content(q) == "claims that it had lied"


def test_accused_of(extract):
    f = extract("The senator accused the company of hiding the losses.")
    q = _charge(f)
    assert q.kind == "accusation" and f.content(q) == "the company of hiding the losses"


def test_blamed_for(extract):
    f = extract("The mayor blamed the contractor for the delays.")
    assert f.content(_charge(f)) == "the contractor for the delays"


def test_condemned_object(extract):
    f = extract("The minister condemned the attack on the embassy.")
    q = _charge(f)
    assert q.kind == "accusation" and f.content(q) == "the attack on the embassy"


def test_denied_him_entry_is_no_statement(extract):
    assert not extract("The border guards denied him entry.").quotes


def test_rejected_the_offer_is_no_statement(extract):
    assert not extract("The council rejected the offer.").quotes


def test_did_not_deny_the_allegations_is_no_statement(extract):
    assert not extract("He did not deny the allegations.").quotes


def test_accused_without_a_charge_is_no_statement(extract):
    assert not extract("The company was accused on Monday.").quotes
