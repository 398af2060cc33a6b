"""Language routing: English to the English pipeline, Russian to the Russian one, the rest skipped."""
import pytest

from onrecord.ingest.jsonl import read_record, screened
from onrecord.ingest.language import article_language, detect_language, unsupported_language, with_language
from onrecord.records import Article, InputProblem


@pytest.mark.parametrize("text", ["Песков заявил.", "Путин", "«Нет»", "OK, Песков"])
def test_short_russian_texts_route_to_russian(text):
    assert detect_language(text)[0] == "ru" and article_language(text) == "ru"


@pytest.mark.parametrize("text", ["Apple", "Peskov said so.", ""])
def test_short_other_texts_stay_english(text):
    assert article_language(text) == "en"


def test_long_russian_text_is_detected():
    text = "Пресс-секретарь президента России Дмитрий Песков заявил журналистам, что Кремль пока не видит " \
           "прогресса на переговорах, и добавил, что следующая встреча пройдёт в Стамбуле на будущей неделе."
    assert detect_language(text) == ("ru", "ru") and unsupported_language(text) is None


def test_short_ukrainian_text_is_not_taken_for_russian():
    assert detect_language("Київ заявив, що")[0] != "ru"


def test_the_setting_overrides_the_record_and_the_text():
    assert article_language("Peskov said so.", declared="en", setting="ru") == "ru"


def test_a_record_lang_field_overrides_detection():
    art = read_record({"id": "a", "text": "Peskov said so.", "lang": "RU"}, "f:1", "a")
    assert art.meta["lang"] == "RU" and with_language(art).meta["lang"] == "ru"


def test_a_declared_language_is_never_skipped():
    german = "Der Streik, der den Hafen der Stadt neun Tage lang lahmgelegt hatte, ist am Dienstag beendet worden."
    assert isinstance(screened(Article(german, "a", "a")), InputProblem)
    assert isinstance(screened(Article(german, "a", "a", {"lang": "ru"})), Article)


def test_every_result_says_its_language(extract):
    from onrecord.service import extract_articles
    from onrecord.settings import Settings

    results = extract_articles([Article("Песков заявил, что переговоры идут.", "ru", "ru"),
                                Article("Peskov said talks go on.", "en", "en")], Settings())
    assert [r.to_record()["lang"] for r in results] == ["ru", "en"]
    assert results[0].quotes[0].provenance.model == "ru_natasha_news_v1"
