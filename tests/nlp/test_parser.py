"""load_parser: the configured spaCy pipeline, with onrecord's sentence hints, loaded once;
parser_text: what of a text the tokenizer is given."""
import re

import pytest

from onrecord.errors import ModelNotFoundError
from onrecord.nlp.parser import (
    MAX_PUNCT_RUN,
    MAX_SPACELESS_RUN,
    UNUSED_COMPONENTS,
    load_parser,
    parser_provenance,
    parser_text,
)
from onrecord.nlp.sentences import COMPONENT as SENTENCE_HINTS
from onrecord.settings import Settings

MODEL = Settings().model


@pytest.fixture(scope="module")
def nlp():
    return load_parser(MODEL)


def test_pipeline_has_parser_ner_and_hints_before_the_parser(nlp):
    names = nlp.pipe_names
    assert {"parser", "ner", SENTENCE_HINTS} <= set(names)
    assert names.index(SENTENCE_HINTS) < names.index("parser")
    assert not set(UNUSED_COMPONENTS) & set(names)


def test_loaded_once(nlp):
    assert load_parser(MODEL) is nlp
    assert load_parser(MODEL) is load_parser(MODEL)


def test_unknown_model_is_a_clear_error():
    with pytest.raises(ModelNotFoundError, match="no_such_pipeline_xyz.*not installed"):
        load_parser("no_such_pipeline_xyz")


def test_provenance_is_name_and_version():
    name, version = parser_provenance(MODEL)
    assert isinstance(name, str) and isinstance(version, str)
    assert name.startswith("en_") and name != "en_?"
    assert version and version != "?" and version[0].isdigit()


def test_parses_a_hand_written_sentence(nlp):
    doc = nlp("Mayor Ann Lee said on Monday that the bridge will reopen.")
    said = next(t for t in doc if t.text == "said")
    assert said.dep_ == "ROOT" and said.pos_ == "VERB"
    assert "Ann Lee" in {e.text for e in doc.ents if e.label_ == "PERSON"}


def test_line_break_starts_a_sentence(nlp):
    # spaCy's parser alone runs the headline into the next paragraph's sentence
    doc = nlp("READ MORE: Alberta proposes new parks\n\nPhillips stated that the parks would open.")
    phillips = next(t for t in doc if t.text == "Phillips")
    assert phillips.is_sent_start


def test_abbreviation_full_stop_does_not_end_a_sentence(nlp):
    # spaCy's parser alone ends a sentence after "lbs."; the hints keep it going
    doc = nlp("He has lost 16 lbs. since he signed up, she said.")
    since = next(t for t in doc if t.text == "since")
    assert not since.is_sent_start
    assert [s.text for s in doc.sents] == [doc.text]


def test_abbreviation_full_stop_before_a_quoted_continuation_does_not_end_a_sentence(nlp):
    # issue 16: "loops" of the sentence cut after "lbs." became the speaker of "says"
    doc = nlp("Ron Paley, who lost 16 lbs. “and two belt loops” over the summer, says the program helped.")
    assert [s.text for s in doc.sents] == [doc.text]


def test_capitalised_word_after_a_quotation_closed_after_a_stop_starts_a_sentence(nlp):
    # Wikinews closes quotations with a bracketed stop: the next sentence was glued to the quotation
    doc = nlp('She told the press, "They will find other slang[.]" As of Tuesday there were reports.')
    assert [s.text for s in doc.sents][-1] == "As of Tuesday there were reports."


def test_opening_quotation_after_an_abbreviation_starts_no_sentence(nlp):
    doc = nlp('Mr. "Big" Smith said the deal was done.')
    assert len(list(doc.sents)) == 1


def test_angle_quotation_marks_are_split_off_and_read_as_quote_marks(nlp):
    # spaCy's English tokenizer knows « and » but glued ‹ and › to the word ("‹We", "win,›"),
    # and its tagger, which never saw them, made them nouns inside a name ("› Ann Lee")
    doc = nlp("‹We will win the vote,› Ann Lee said. »Yes,« she said. ›No‹")
    assert {"‹", "›", "»", "«"} <= {t.text for t in doc}
    assert all(len(t.text) == 1 for t in doc if set(t.text) & set("‹›«»"))
    assert [t.tag_ for t in doc[:8] if t.text in "‹›"] == ["``", "''"]
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Ann Lee"]


def longest(pattern: str, text: str) -> int:
    return max((len(m.group()) for m in re.finditer(pattern, text)), default=0)


@pytest.mark.parametrize("run", ['"', "“", "!", "(", ")", "'", "$", "…", "«", "_", "—", "%", "😀", "'s", "a!"])
def test_parser_text_breaks_long_runs_in_place(run):
    """Issue 15: spaCy's tokenizer splits a run without spaces one prefix or suffix at a time, so
    a long run took time in the square of its length; the tokenizer only sees bounded runs."""
    text = "He said: " + run * 5_000 + " and left."
    bounded = parser_text(text)
    assert len(bounded) == len(text)
    assert all(b == t or b == " " for b, t in zip(bounded, text))  # only spaces put in, in place
    assert longest(r"(?:[^\w\s]|_)+", bounded) <= MAX_PUNCT_RUN
    assert longest(r"\S+", bounded) <= MAX_SPACELESS_RUN


@pytest.mark.parametrize("length", [MAX_PUNCT_RUN + 1, 2 * MAX_PUNCT_RUN + 1, 2 * MAX_PUNCT_RUN + 2, 10_000])
def test_parser_text_keeps_the_length_at_every_run_length(length):
    bounded = parser_text("x " + "!" * length + " y")
    assert len(bounded) == length + 4 and bounded.startswith("x " + "!" * MAX_PUNCT_RUN + " ")
    assert longest(r"!+", bounded) <= MAX_PUNCT_RUN


def test_ordinary_text_reaches_the_parser_unchanged():
    text = ("Mayor Ann Lee said on Monday: “We will win!!!” — and left…\n\n" + "-" * 80 + "\n\n"
            "Read more at https://example.com/" + "a/b-c_d" * 40 + "?utm_source=x (PHOTO)")
    assert parser_text(text) is text
