"""Quote-mark pairing: every mark style, and no exception on broken text."""
import pytest

from onrecord.quotes.marks import pair_quote_marks


def quoted(text):
    return [text[q.start:q.end] for q in pair_quote_marks(text)]


@pytest.mark.parametrize("text, expected", [
    ('He said "we will win" today.', '"we will win"'),
    ("He said “we will win” today.", "“we will win”"),
    ("Headline: Trump says ‘I will win’ tonight", "‘I will win’"),
    ("Er sagte „wir gewinnen“ heute.", "„wir gewinnen“"),
    ("Il a dit « nous gagnerons » hier.", "« nous gagnerons »"),
    ("''We will win,'' he said.", "''We will win,''"),
    ("``We will win,'' he said.", "``We will win,''"),
])
def test_mark_styles(text, expected):
    assert quoted(text) == [expected]


def test_apostrophes_are_not_quote_marks():
    text = "McCallum’s staff said the students’ union “won’t budge” on it."
    assert quoted(text) == ["“won’t budge”"]


def test_nested_single_quotes_stay_inside_the_double_quote():
    text = "“He told me, ‘go home’, and left,” she said."
    assert quoted(text) == ["“He told me, ‘go home’, and left,”"]


def test_multi_paragraph_quote_reopens_each_paragraph():
    text = "“First paragraph of the quote.\n\n“Second paragraph, closed here.”\n\nAfter."
    spans = pair_quote_marks(text)
    assert len(spans) == 1
    assert len(spans[0].pieces) == 2 and spans[0].closed
    assert text[spans[0].start:spans[0].end].endswith("closed here.”")


def test_unclosed_quote_ends_with_its_paragraph():
    text = "“This quote never closes.\n\nA new paragraph without marks."
    (span,) = pair_quote_marks(text)
    assert not span.closed
    assert text[span.start:span.end] == "“This quote never closes."


def test_thirty_five_unmatched_marks_do_not_raise():
    text = " ".join(['"'] * 35) + ' and “ some ” stray ” marks “ here'
    spans = pair_quote_marks(text)  # textacy raises ValueError here; we must not
    assert isinstance(spans, list)
    # the well-formed pair survives; the last “ never closes, so it runs to the end of the text
    assert quoted(text) == ["“ some ”", "“ here"]
    assert [q.closed for q in spans] == [True, False]
    assert spans[1].end == len(text)
    # none of the 35 straight marks, nor the stray ”, is paired into a quote
    assert all(q.start > text.rindex('"') for q in spans)
    stray = text.index("stray ”") + len("stray ")
    assert not any(q.start <= stray < q.end for q in spans)
    # spans lie within the text, in order, without overlapping
    assert all(0 <= q.start < q.end <= len(text) for q in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_odd_count_of_marks_keeps_the_good_pairs():
    text = 'He said "yes" and then " a stray mark.\n\nShe said "no."'
    assert '"no."' in quoted(text)


# Guillemets used as quotation marks (issue 15): «…» with the English comma inside, the
# German and Danish order »…«, and the single ‹…› (›…‹ inside a German »…«).

def test_guillemets_as_english_quotation_marks():
    text = "«We will win,» the senator said. «And we will govern.»"
    assert quoted(text) == ["«We will win,»", "«And we will govern.»"]


def test_reversed_guillemets_german_danish_order():
    text = "»We will win,« the senator said. »And we will govern.«"
    assert quoted(text) == ["»We will win,«", "»And we will govern.«"]


def test_single_guillemets():
    text = "‹We will win,› the senator said."
    assert quoted(text) == ["‹We will win,›"]


@pytest.mark.parametrize("text, expected", [
    ("«He told me, ‹go home›, and left,» she said.", "«He told me, ‹go home›, and left,»"),
    ("»He told me, ›go home‹, and left,« she said.", "»He told me, ›go home‹, and left,«"),
])
def test_single_guillemets_nest_inside_double_ones(text, expected):
    assert quoted(text) == [expected]


def test_reversed_guillemets_reopen_each_paragraph():
    text = "»First paragraph of the quote.\n\n»Second paragraph, closed here.«\n\nAfter."
    (span,) = pair_quote_marks(text)
    assert len(span.pieces) == 2 and span.closed


def test_guillemets_of_page_furniture_open_nothing():
    # a breadcrumb or "more" link is no quotation
    assert quoted("Home » World » Europe\n\nRead more ›") == []
