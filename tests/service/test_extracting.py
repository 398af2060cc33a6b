"""The one extraction chain behind ``onrecord.extract``, ``onrecord extract``, ``evaluate`` and the API."""
from __future__ import annotations

import json

import pytest

import onrecord
from onrecord.errors import OnrecordError
from onrecord.records import Article
from onrecord.service import extract_articles, extract_document, extract_paths

SAID = '"We will reopen the bridge in March," Mayor Ann Lee said on Monday.'


def test_extract_takes_text_only():
    with pytest.raises(TypeError):
        onrecord.extract(b"bytes")  # type: ignore[arg-type]


def test_extract_document_from_text_names_the_speaker(settings):
    result = extract_document(text=SAID, settings=settings)
    assert [q.speaker.name for q in result.quotes] == ["Ann Lee"]
    assert result.article.origin == "request"


def test_extract_document_from_html_reads_the_page_text(settings):
    page = f"<html><head><title>Bridge</title></head><body><article><p>{SAID}</p></article></body></html>"
    result = extract_document(html=page, settings=settings)
    assert "reopen the bridge" in result.article.text
    assert [q.speaker.name for q in result.quotes] == ["Ann Lee"]


@pytest.mark.parametrize("given", [{}, {"text": SAID, "html": "<p>x</p>"}])
def test_extract_document_wants_exactly_one_of_text_or_html(given, settings):
    with pytest.raises(OnrecordError, match="exactly one"):
        extract_document(settings=settings, **given)


def test_extract_articles_keeps_input_order(settings):
    articles = [Article(f'"Line {n} is open," Ann Lee said.', f"a{n}", f"a{n}") for n in range(5)]
    results = extract_articles(articles, settings.updated(batch_size=2))
    assert [r.article.id for r in results] == [a.id for a in articles]
    assert all(len(r.quotes) == 1 for r in results)


def test_extract_paths_reports_problems_and_keeps_the_good_articles(tmp_path, settings):
    good = tmp_path / "news.jsonl"
    good.write_text(json.dumps({"id": "one", "text": SAID}) + "\nnot json\n", encoding="utf-8")
    problems = []
    results = list(extract_paths([str(good), str(tmp_path / "missing.txt")], settings, problems.append))
    assert [r.article.id for r in results] == ["one"]
    assert {p.origin for p in problems} == {f"{good}:2", str(tmp_path / "missing.txt")}
