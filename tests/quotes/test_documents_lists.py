"""Lists and statements printed after a lead-in and a colon, without quotation marks (quotes/documents.py)."""


def test_list_after_a_colon_is_one_piece_per_item(extract):
    f = extract("The senators asked the bank for answers on:\n\n"
                "How many customers were charged the fee twice;\n\n"
                "Whether the refunds will continue next year;\n\n"
                "Which branches kept charging after the order.\n\n"
                "The bank has until March to reply.")
    items = [q for q in f.quotes if q.rule == "printed-document"]
    assert [f.content(q).split()[0] for q in items] == ["How", "Whether", "Which"]
    assert len({q.attribution_id for q in items}) == 1 and f.source(items[0]) == "The senators"


def test_announced_statement_without_marks(extract):
    f = extract("Congresswoman Dana Reyes released the following statement on the closure of the mill:\n\n"
                "The closure is a blow to four hundred families who were promised their jobs were safe.\n\n"
                "I will ask the company to keep the pension fund whole.\n\n"
                "Reyes has represented the district since 2015.")
    pieces = [q for q in f.quotes if q.rule == "printed-document"]
    assert [f.content(q)[:15] for q in pieces] == ["The closure is ", "I will ask the "]
    assert {q.speaker.name for q in pieces} == {"Dana Reyes"} and pieces[0].type == "indirect"



def test_questions_after_a_colon_are_one_piece_each(extract):
    f = extract("In the letter, the senators demanded answers to the following questions:\n\n"
                "When did the agency first learn of the breach?\n\n"
                "Has the agency told the people whose records were taken?\n\n"
                "The agency has two weeks to respond.")
    items = [q for q in f.quotes if q.rule == "printed-document"]
    assert [f.content(q).split()[0] for q in items] == ["When", "Has"] and items[0].kind == "question"
