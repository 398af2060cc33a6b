"""Statements printed in full after a lead-in that a colon ends (quotes/documents.py)."""

LEAD = "Senator Ada Brandt released the following statement on the harbour bill:\n\n"


def test_quotation_after_a_lead_in_paragraph(extract):
    f = extract(LEAD + "“This bill keeps the harbour open. It protects every job on the docks.\n\n"
                       "“I urge my colleagues to pass it before the recess.”\n")
    pieces = [q for q in f.quotes if q.rule == "printed-document"]
    assert [f.content(q)[:12] for q in pieces] == ["“This bill k", "“I urge my c"]
    assert all(q.speaker.name == "Ada Brandt" and q.type == "direct" for q in pieces)
    assert f.cue(pieces[0]) == "released the following statement"


def test_document_without_quotation_marks(extract):
    f = extract(LEAD + "This bill keeps the harbour open and protects every job on the docks.\n\n"
                       "I urge my colleagues to pass it before the recess.\n\n###\n")
    pieces = [f.content(q) for q in f.quotes if q.rule == "printed-document"]
    assert pieces == ["This bill keeps the harbour open and protects every job on the docks.",
                      "I urge my colleagues to pass it before the recess."]
    assert all(q.speaker.name == "Ada Brandt" and q.type == "indirect" for q in f.quotes)


def test_a_list_heading_is_no_lead_in(extract):
    f = extract("The schedule for the week is as follows:\n\nMonday: arrivals and a short tour of the port.\n")
    assert f.quotes == []


def test_dateline_is_not_the_speaker(extract):
    f = extract("PORTLAND, Maine – Rep. Ada Brandt (ME-01) issued the following statement:\n\n"
                "“The harbour bill keeps every job on the docks, and I will vote for it.”\n")
    q = f.containing("harbour bill")
    assert q.speaker.name == "Ada Brandt"


def test_a_list_of_items_is_no_document(extract):
    f = extract("The Members announced the following grants:\n\n$250,000 to the Harbour Arts Council to restore "
                "the old customs house.\n\n$90,000 to the county library for new reading rooms.\n")
    assert not any(q.rule == "printed-document" for q in f.quotes)


def test_excerpts_under_a_heading_continue_the_latest_speaker(extract):
    f = extract("“We will keep the harbour open,” said Senator Ada Brandt.\n\n"
                "Today, Senator Brandt spoke on the floor.\n\nWatch the speech here.\n\n"
                "Floor Speech Excerpts:\n\n“The harbour is the heart of this town and its jobs.”\n\n"
                "“Every family on the docks depends on this bill passing.”\n")
    pieces = [q for q in f.quotes if q.rule == "printed-document"]
    assert len(pieces) == 2 and all(q.speaker.name == "Ada Brandt" for q in pieces)


def test_document_printed_below_a_pointer_sentence(extract):
    f = extract("“This harbour deserves better,” said Senator Ada Brandt.\n\n"
                "The full text of the resolution can be found here and below.\n\n"
                "Whereas the harbour has served the town for two hundred years;\n\n"
                "Whereas the docks employ four hundred families;\n")
    pieces = [f.content(q) for q in f.quotes if q.rule == "printed-document"]
    assert pieces == ["Whereas the harbour has served the town for two hundred years;",
                      "Whereas the docks employ four hundred families;"]
