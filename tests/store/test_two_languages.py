"""One speaker across English and Russian articles (issue 19), through ``Tracker.ingest`` on both backends."""
from __future__ import annotations

import pytest

from tests.fixtures import TWO_LANGUAGES, write_articles


@pytest.fixture
def stored(tracker, tmp_path):
    tracker.ingest([write_articles(tmp_path / "a.jsonl", TWO_LANGUAGES)])
    return tracker


def test_a_person_in_english_and_in_russian_is_one_speaker(stored):
    dmitry = stored.speaker("Dmitry Peskov")
    assert dmitry["name"] == "Dmitry Peskov" and dmitry["quotes"] == 4
    assert {"Dmitry Peskov", "Dmitry S. Peskov", "Дмитрий Песков"} <= set(dmitry["aliases"])
    assert stored.speaker("Дмитрий Песков")["id"] == dmitry["id"]
    assert {"kremlin spokesman", "пресс-секретарь"} <= set(dmitry["roles"])


def test_people_who_only_share_a_surname_stay_apart_across_languages(stored):
    dmitry, alexander = stored.speaker("Dmitry Peskov"), stored.speaker("Alexander Peskov")
    assert alexander["id"] != dmitry["id"]
    assert "Александр Песков" in alexander["aliases"] and "Александр Песков" not in dmitry["aliases"]
    assert alexander["quotes"] == 2  # Aleksandr, as BGN/PCGN writes it, is the press's Alexander


def test_a_cyrillic_surname_finds_the_speaker_keyed_by_its_transliteration(stored):
    ids = {stored.speaker("Dmitry Peskov")["id"], stored.speaker("Alexander Peskov")["id"]}
    assert set(stored.store.find_speakers("Песков")) == ids  # no alias "Песков": the key, both people


def test_every_article_and_statement_says_its_language(stored):
    langs = dict(stored.store._all("SELECT doc_id, lang FROM articles"))
    assert langs == {"a1": "en", "a2": "en", "a3": "en", "a4": "en", "r1": "ru", "r2": "ru"}
    assert {(h["article"], h["lang"]) for h in stored.search("весной")} == {("r2", "ru")}
    assert stored.article(stored.search("весной")[0]["article_id"])["lang"] == "ru"


def test_each_article_is_stored_under_the_pipeline_of_its_language(stored, tmp_path):
    pipelines = dict(stored.store._all("SELECT doc_id, pipeline FROM articles"))
    assert pipelines["r1"] == stored.pipeline_id("ru") != pipelines["a1"] == stored.pipeline_id("en")
    assert "ru_" in pipelines["r1"] and "ru_" not in pipelines["a1"]  # Natasha's models, spaCy's
    again = stored.ingest([write_articles(tmp_path / "again.jsonl", TWO_LANGUAGES)])
    assert (again.stored, again.unchanged) == (0, len(TWO_LANGUAGES))


@pytest.mark.parametrize("words", ["переговоры", "переговорах", "прогресс переговоры", "Переговоров"])
def test_a_russian_search_finds_inflected_forms(stored, words):
    hits = stored.search(words)
    assert [h["article"] for h in hits] == ["r1"], words
    page = stored.search_page(words, facets=("speaker",))
    assert page["total"] == 1 and page["facets"]["speaker"][0]["count"] == 1


def test_an_english_search_is_not_stemmed(stored):
    assert stored.search("discuss") == [] and len(stored.search("discussing")) == 1


def test_shoigu_in_russian_and_in_english_is_one_speaker(tracker, tmp_path):
    tracker.ingest([write_articles(tmp_path / "s.jsonl", [
        {"id": "s1", "lang": "ru", "text": "По словам министра обороны Сергея Шойгу, учения завершены успешно."},
        {"id": "s2", "text": "\"The exercises went well,\" Defence Minister Sergei Shoigu said on Monday."},
        {"id": "s3", "text": "\"The season went well,\" coach Ivan Shoigu said on Monday."},
    ])])
    sergei = tracker.speaker("Sergei Shoigu")
    assert sergei["quotes"] == 2 and {"Сергей Шойгу", "Sergei Shoigu"} <= set(sergei["aliases"])
    assert tracker.speaker("Ivan Shoigu")["id"] != sergei["id"]
