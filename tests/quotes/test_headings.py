"""Headline and heading quotations (issue 16): who a quotation without a cue of its own belongs to."""


def test_headline_name_on_topic_takes_the_name(extract):
    f = extract("Lavrov on the grain deal: ‘We see no grounds to extend it’\n\n"
                "Russia will not renew the agreement, the foreign ministry said.")
    q = f.containing("no grounds")
    assert f.source(q) == "Lavrov" and q.speaker.name == "Lavrov"


def test_headline_name_about_topic_takes_the_full_name_given_later(extract):
    f = extract("Marta Olsen about the new harbour: “It will be finished by the summer”\n\n"
                "The harbour will cost 40 million euros, Marta Olsen told the council.")
    assert f.containing("finished by the summer").speaker.name == "Marta Olsen"


def test_headline_title_of_stays_in_the_name(extract):
    f = extract("Mayor of Eastport: “We will rebuild every house on the shore”\n\nThe storm hit on Sunday.")
    assert f.source(f.containing("rebuild every house")) == "Mayor of Eastport"


def test_subheading_quote_repeated_later_takes_that_speaker(extract):
    """Never the body named in the paragraph before the sub-heading."""
    f = extract("The agriculture ministry said on Friday that the rules would change.\n"
                "“Prices will fall by winter”\n"
                "Economy Minister Anna Berg spoke after the meeting. “Prices will fall by winter, "
                "and wages will rise,” she said.")
    q = f.containing("Prices will fall by winter”")
    assert q.rule == "floating-quote" and q.speaker.name == "Anna Berg"


def test_headline_quote_repeated_in_the_body_takes_its_speaker(extract):
    f = extract("“We see no grounds to extend the deal”\n"
                "Moscow will not renew the grain agreement, the foreign ministry said on Monday.\n"
                "Foreign Minister Sergei Lavrov told reporters: “We see no grounds to extend the deal. "
                "The terms were never met.”")
    assert f.containing("extend the deal”").speaker.name == "Sergei Lavrov"


def test_heading_quote_takes_the_speaker_the_next_paragraph_opens_on(extract):
    f = extract("The union said on Friday that it would fight the rules in court.\n"
                "“This is the end of an era for small farms”\n"
                "Dairy farmer Tom Reyes, who milks 80 cows near the border, said the rules came too late.")
    q = f.containing("end of an era")
    assert q.speaker.name == "Tom Reyes"


def test_heading_quote_never_takes_the_paragraph_before(extract):
    f = extract("The union said on Friday that it would fight the rules in court.\n"
                "“This is the end of an era for small farms”\n"
                "Dairy farms have closed across the region this year. Tom Reyes said the rules came too late.")
    assert not [q for q in f.quotes if "end of an era" in f.content(q)]


def test_pull_quote_in_the_body_takes_the_speaker_it_repeats(extract):
    f = extract("Council leader Ruth Amis opened the session on Monday. “Nobody will lose their home "
                "because of this plan,” she said.\n\n"
                "The opposition leader, Karl Dunn, said the plan was rushed.\n\n"
                "“Nobody will lose their home because of this plan.”\n\n"
                "The vote is due in March.")
    pulled = [q for q in f.quotes if q.rule == "floating-quote"]
    assert len(pulled) == 1 and pulled[0].speaker.name == "Ruth Amis"


def test_photo_caption_with_its_credit_is_not_a_statement(extract):
    f = extract("Wendy Gold said she looked for the co-worker who shared the pills. (Stella Lauer/CBC)\n"
                "Wendy Gold said the pills should never have been shared.")
    assert [f.content(q) for q in f.quotes] == ["the pills should never have been shared"]


def test_photo_caption_credited_without_a_slash_is_not_a_statement(extract):
    f = extract("Ana Ruiz said the ferry had left without her. (Submitted by Carl Ruiz)\n"
                "Ana Ruiz said the harbour master later apologised.")
    assert [f.content(q) for q in f.quotes] == ["the harbour master later apologised"]


def test_speaker_label_in_capitals(extract):
    f = extract("Senator Ada Brandt (D-Maine) spoke at the hearing.\n\n"
                "BRANDT: “You are spending more time on the harbour than on the schools.” https://example.org/v\n")
    q = f.containing("harbour")
    assert q.speaker.name == "Ada Brandt"
