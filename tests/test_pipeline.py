"""process_batch under hostile input (issue 15): what the parser is handed stays bounded, offsets stay exact.

Speed and memory are measured by benchmarks/bench_hostile.py, never asserted here; these tests
check the mechanisms that bound them: no long run of punctuation reaches the tokenizer, no
piece or parse batch holds more than a chunk's worth of tokens, and quotes found in any piece
index the article's own text.
"""
from __future__ import annotations

import re

import pytest

import onrecord.nlp.parser
from onrecord import pipeline
from onrecord.nlp.parser import MAX_PUNCT_RUN, MAX_SPACELESS_RUN
from onrecord.pipeline import chunks, process_batch, token_units
from onrecord.records import Article

QUOTE = '"We will win the vote in March," Mayor Ann Lee said on Monday.'


class ParserSpy:
    """The real parser, recording the texts of each ``pipe`` call."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp
        self.calls: list[list[str]] = []

    def pipe(self, texts, **kwargs):
        texts = list(texts)
        self.calls.append(texts)
        return self.nlp.pipe(texts, **kwargs)

    def __getattr__(self, name):
        return getattr(self.nlp, name)


@pytest.fixture
def spy(monkeypatch, settings):
    watcher = ParserSpy(onrecord.nlp.parser.load_parser(settings.model))
    monkeypatch.setattr(onrecord.nlp.parser, "load_parser", lambda model: watcher)
    return watcher


def only_quote(result, text):
    (q,) = result.quotes
    return q.content.text(text), q.speaker.name


def test_a_long_punctuation_run_reaches_the_parser_broken_and_offsets_hold(spy, settings):
    text = "He left. " + '"' * 3_000 + "\n\n" + QUOTE
    (result,) = process_batch([Article(text, "a", "a")], settings)
    handed = [t for call in spy.calls for t in call]
    assert [len(t) for t in handed] == [len(text)]
    assert max(len(m.group()) for m in re.finditer(r"\S+", handed[0])) <= MAX_SPACELESS_RUN
    assert max(len(m.group()) for m in re.finditer(r"[^\w\s]+", handed[0])) <= MAX_PUNCT_RUN
    assert only_quote(result, text) == ('"We will win the vote in March,"', "Ann Lee")


def test_chunks_of_dense_text_hold_a_bounded_number_of_tokens():
    """A chunk of punctuation holds a token per character: five times the tokens, and the
    parser's memory, of a chunk of prose of the same length."""
    text = '" ' * 40_000
    pieces = list(chunks(text, 100_000))
    assert "".join(p for _, p in pieces) == text
    assert [off for off, _ in pieces] == [sum(len(p) for _, p in pieces[:n]) for n in range(len(pieces))]
    assert all(token_units(p) <= pipeline.max_units(100_000) for _, p in pieces)


def test_chunks_without_paragraph_breaks_or_spaces_stay_within_the_bound():
    text = ("x" * 950 + "\n") + "y" * 2_500
    pieces = list(chunks(text, 1_000))
    assert [(off, len(p)) for off, p in pieces] == [(0, 951), (951, 1_000), (1_951, 1_000), (2_951, 500)]


def test_a_quote_in_a_later_chunk_keeps_its_offsets(spy, settings):
    filler = "The council met on Tuesday to discuss the budget for the coming year.\n\n" * 8
    text = filler + QUOTE + "\n\n" + filler
    (result,) = process_batch([Article(text, "a", "a")], settings.updated(chunk_chars=300))
    assert len([t for call in spy.calls for t in call]) > 3
    (q,) = result.quotes
    assert q.content.start > 300 and only_quote(result, text) == ('"We will win the vote in March,"', "Ann Lee")
    assert q.source.text(text) == "Mayor Ann Lee" and q.cue.text(text) == "said"


def test_a_parse_batch_holds_at_most_a_chunk_of_tokens(spy, settings):
    """Sixteen long articles parsed at once took sixteen times the memory of one: the texts of
    one ``pipe`` call hold at most a chunk's worth of tokens, unless one text alone."""
    articles = [Article(f"Story {n}. " + (QUOTE + " ") * 3, f"a{n}", "a") for n in range(6)]
    small = settings.updated(chunk_chars=800)
    results = process_batch(articles, small)
    assert len(spy.calls) > 1 and sum(len(c) for c in spy.calls) == len(articles)
    assert all(len(c) == 1 or sum(map(token_units, c)) <= pipeline.max_units(800) for c in spy.calls)
    assert [len(r.quotes) for r in results] == [3] * len(articles)
