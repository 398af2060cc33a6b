"""The learned quote model: where it lives, the checks made when loading it, and its role spans."""
import json
import shutil

import pytest

from onrecord.errors import ModelNotFoundError
from onrecord.nlp.parser import load_parser
from onrecord.nlp.quote_model import ROLES, RoleSpan, load_quote_model, model_path, with_roles
from onrecord.records import Span
from onrecord.settings import Settings

MODEL = Settings().model


def test_shipped_model_path_holds_a_model():
    path = model_path("")
    assert path.is_dir() and (path / "config.cfg").is_file()
    assert model_path("quote_roles") == path
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    assert meta["onrecord"]["base_model"] == MODEL  # shipped for the default parsing pipeline


def test_a_user_path_is_taken_as_given(tmp_path):
    assert model_path(str(tmp_path / "mine")) == tmp_path / "mine"


def test_shipped_model_loads_once_for_its_base_model():
    nlp = load_quote_model("", MODEL)
    assert "quote_roles" in nlp.pipe_names
    assert set(nlp.get_pipe("quote_roles").labels) >= set(ROLES)
    assert load_quote_model("", MODEL) is nlp


def test_wrong_base_model_is_a_helpful_error():
    with pytest.raises(ModelNotFoundError) as err:
        load_quote_model("", "en_core_web_md")
    message = str(err.value)
    assert f"trained on the spaCy pipeline {MODEL!r}, not 'en_core_web_md'" in message
    assert "python -m onrecord.training --base en_core_web_md" in message  # how to get one that fits
    assert "--engine rules" in message  # or how to do without


def test_missing_model_is_a_helpful_error(tmp_path):
    with pytest.raises(ModelNotFoundError, match="not found at .*make train.*ONRECORD_QUOTE_MODEL"):
        load_quote_model(str(tmp_path / "nothing here"), MODEL)


def test_a_pipeline_without_the_component_is_refused(tmp_path):
    other = tmp_path / "not_a_quote_model"
    shutil.copytree(model_path(""), other)
    meta = json.loads((other / "meta.json").read_text(encoding="utf-8"))
    config = (other / "config.cfg").read_text(encoding="utf-8")
    (other / "config.cfg").write_text(config.replace('pipeline = ["quote_roles"]', "pipeline = []"), encoding="utf-8")
    meta["pipeline"] = meta["components"] = []
    (other / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelNotFoundError, match="is not a quote model"):
        load_quote_model(str(other), MODEL)


def test_with_roles_gives_role_spans_inside_the_text():
    texts = ["“We will rebuild the bridge by March,” Mayor Ann Lee said on Monday.",
             "Officials said the tolls would go. The council meets again in May."]
    docs = [load_parser(MODEL)(t) for t in texts]
    results = list(with_roles(load_quote_model("", MODEL), iter(docs), batch_size=1))
    assert len(results) == len(docs) and all(got is doc for (got, _), doc in zip(results, docs))  # in order
    found = set()
    for (doc, roles), text in zip(results, texts):
        assert roles, f"no role spans in {text!r}"
        for role in roles:
            assert isinstance(role, RoleSpan) and isinstance(role.span, Span)
            assert role.label in ROLES
            assert 0 <= role.span.start < role.span.end <= len(text)
            assert role.span.text(text) == role.span.text(text).strip()  # whole tokens, no padding
            found.add((role.label, role.span.text(text)))
        spans = sorted((r.span.start, r.span.end) for r in roles)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "role spans overlap"
    assert ("CUE", "said") in found
    assert {label for label, _ in found} == set(ROLES)
