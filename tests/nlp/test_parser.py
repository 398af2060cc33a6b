"""load_parser: the configured spaCy pipeline, with onrecord's sentence hints, loaded once."""
import pytest

from onrecord.errors import ModelNotFoundError
from onrecord.nlp.parser import UNUSED_COMPONENTS, load_parser, parser_provenance
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
