"""The learned quote model: linking its role spans into attributions, loading it, running it."""
import json

import pytest

import onrecord
from onrecord.errors import ModelNotFoundError
from onrecord.nlp.parser import load_parser
from onrecord.nlp.quote_model import RoleSpan, load_quote_model, model_path
from onrecord.quotes.context import DocContext
from onrecord.quotes.learned import link_roles
from onrecord.records import Span
from onrecord.settings import Settings
from onrecord.training.corpus import roles_doc


def _context(text: str) -> DocContext:
    return DocContext.build(load_parser(Settings().model)(text))


def _roles(text: str, *labelled: tuple[str, str]) -> list[RoleSpan]:
    """RoleSpans for (label, words) pairs, each words found left to right."""
    out, after = [], 0
    for label, words in labelled:
        start = text.index(words, after)
        out.append(RoleSpan(label, Span(start, start + len(words))))
        after = start + len(words)
    return out


def _text(text: str, span: Span | None) -> str | None:
    return span.text(text) if span else None


def test_content_takes_the_nearest_cue_and_its_source():
    text = "The senator believes the bill will pass. Her aide thinks it will fail."
    roles = _roles(text, ("SOURCE", "The senator"), ("CUE", "believes"), ("CONTENT", "the bill will pass"),
                   ("SOURCE", "Her aide"), ("CUE", "thinks"), ("CONTENT", "it will fail"))
    first, second = link_roles(_context(text), roles)
    assert _text(text, first.cue) == "believes" and _text(text, first.source_span) == "The senator"
    assert _text(text, second.cue) == "thinks" and _text(text, second.source_span) == "Her aide"


def test_pieces_sharing_a_cue_are_one_attribution():
    text = '"We are ready," the minister said, "and we will sign."'
    roles = _roles(text, ("CONTENT", '"We are ready,"'), ("SOURCE", "the minister"), ("CUE", "said"),
                   ("CONTENT", '"and we will sign."'))
    (att,) = link_roles(_context(text), roles)
    assert [_text(text, p) for p in att.content] == ['"We are ready,"', '"and we will sign."']


def test_content_without_a_cue_in_reach_stands_alone():
    text = "Officials said nothing. Then came a storm. Roads closed. The bridge will reopen on Monday."
    roles = _roles(text, ("SOURCE", "Officials"), ("CUE", "said"), ("CONTENT", "The bridge will reopen on Monday"))
    (att,) = link_roles(_context(text), roles)
    assert att.cue is None and not att.has_source and att.confidence < 0.8


def test_model_source_span_is_reported_and_resolved_through_its_head(extract_with):
    f = extract_with("model", "Dmitry Peskov spoke on Monday. He said that the talks would resume in March.")
    q = f.containing("talks would resume")
    assert f.source(q) == "He" and q.speaker.name == "Dmitry Peskov" and f.cue(q) == "said"


def test_guillemets_closing_mark_tagged_as_a_source_is_no_source():
    """The model tags the » of ``«…,» said Senator Ann Lee`` as a source of its own, nearer
    the content than the name (issue 15: the speaker was "»"); a mark is no speaker."""
    text = "«We will win,» said Senator Ann Lee."
    roles = _roles(text, ("CONTENT", "«We will win,"), ("SOURCE", "»"), ("CUE", "said"),
                   ("SOURCE", "Senator Ann Lee"))
    (att,) = link_roles(_context(text), roles)
    assert _text(text, att.source_span) == "Senator Ann Lee" and _text(text, att.cue) == "said"


def test_guillemets_model_engine_speaker(extract_with):
    f = extract_with("model", "«We will win,» said Senator Ann Lee.")
    q = f.containing("We will win")
    assert f.source(q) == "Senator Ann Lee" and q.speaker.name == "Ann Lee"


@pytest.mark.parametrize("engine", ["model", "hybrid"])
def test_provenance_names_the_engine_and_the_quote_model(extract_with, engine):
    f = extract_with(engine, "The minister said the plant would close in March.")
    p = f.containing("plant would close").provenance
    assert p.pipeline == f"onrecord.{engine}.v3" and p.quote_model.startswith("en_quote_roles-")


def test_rules_engine_names_no_quote_model():
    (q,) = onrecord.extract("The minister said the plant would close in March.", settings=Settings())
    assert q.provenance.pipeline == "onrecord.rules.v3" and q.provenance.quote_model is None


def test_missing_quote_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotFoundError, match="make train"):
        load_quote_model(str(tmp_path / "nothing-here"), Settings().model)


def test_quote_model_of_another_pipeline_is_a_clear_error():
    with pytest.raises(ModelNotFoundError, match="trained on the spaCy pipeline"):
        load_quote_model("", "en_core_web_lg")


def test_shipped_quote_model_is_small_and_says_what_it_reads():
    path = model_path("")
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    assert size < 100 * 2**20 and meta["onrecord"]["base_model"] == Settings().model
    strings = json.loads((path / "vocab" / "strings.json").read_text(encoding="utf-8"))
    assert strings == ["CONTENT", "CUE", "SOURCE"]  # no word list of the training texts ships


def test_training_corpus_marks_roles_as_entities():
    text = "The minister said the plant would close."
    rec = {"text": text, "quotes": [{"content": [18, 39], "source": [0, 12], "cue": [13, 17]}]}
    doc = roles_doc(load_parser(Settings().model), rec)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("The minister", "SOURCE"), ("said", "CUE"), ("the plant would close", "CONTENT")]


def test_training_corpus_drops_the_shorter_of_two_overlapping_spans():
    text = "The minister said the plant would close."
    rec = {"text": text, "quotes": [{"content": [18, 39], "source": None, "cue": [13, 17]},
                                    {"content": [22, 27], "source": None, "cue": None}]}
    doc = roles_doc(load_parser(Settings().model), rec)
    assert [e.label_ for e in doc.ents] == ["CUE", "CONTENT"]


def _rules(ctx: DocContext):
    from onrecord.quotes.direct import attach_quotations
    from onrecord.quotes.lexicon import load_lexicon
    from onrecord.quotes.reported import find_reported

    return attach_quotations(ctx, find_reported(ctx, load_lexicon(Settings().cue_classes)), floating_paragraphs=2)


def test_hybrid_takes_the_model_source_phrase_around_the_rules_head():
    from onrecord.quotes.hybrid import combine

    text = "Kremlin spokesman Dmitry Peskov said the talks would resume."
    ctx = _context(text)
    roles = _roles(text, ("SOURCE", "Kremlin spokesman Dmitry Peskov"), ("CUE", "said"),
                   ("CONTENT", "the talks would resume"))
    (att,) = combine(ctx, _rules(ctx), roles, add_unmatched=False)
    assert _text(text, att.source_span) == "Kremlin spokesman Dmitry Peskov" and att.source_token is not None


def test_hybrid_leaves_the_rules_attributions_as_they_were_and_keeps_follow_on_quotes_linked():
    from onrecord.quotes.hybrid import combine
    from onrecord.speakers.coref import resolve_speakers

    text = ('Kremlin spokesman Dmitry Peskov said the talks would resume.\n\n'
            '"We are ready for them."')
    ctx = _context(text)
    rules = _rules(ctx)
    roles = _roles(text, ("SOURCE", "Kremlin spokesman Dmitry Peskov"), ("CUE", "said"))
    combined = combine(ctx, rules, roles, add_unmatched=False)
    assert all(att.source_span is None for att in rules)  # the rules' own are untouched
    said, follow_on = combined
    assert _text(text, said.source_span) == "Kremlin spokesman Dmitry Peskov" and follow_on.follows is said
    assert {res.speaker.name for res in resolve_speakers(ctx, combined)} == {"Dmitry Peskov"}


def test_hybrid_adds_model_only_attributions_only_for_the_wider_scheme():
    from onrecord.quotes.hybrid import combine, wants_unmatched

    text = "The minister said the plant would close. Polls show the party is ahead."
    ctx = _context(text)
    roles = _roles(text, ("SOURCE", "Polls"), ("CUE", "show"), ("CONTENT", "the party is ahead"))
    speech_only = combine(ctx, _rules(ctx), roles, add_unmatched=wants_unmatched(("speech", "writing")))
    wider = combine(_context(text), _rules(_context(text)), roles,
                    add_unmatched=wants_unmatched(("speech", "writing", "evidence")))
    assert [_text(text, a.content[0]) for a in speech_only] == ["the plant would close"]
    assert [_text(text, a.content[0]) for a in wider] == ["the plant would close", "the party is ahead"]


@pytest.mark.parametrize("engine", ["model", "hybrid"])
@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "“”„", "x" * 5000])
def test_odd_texts_give_no_quotes_and_no_error(extract_with, engine, text):
    assert extract_with(engine, text).quotes == []
