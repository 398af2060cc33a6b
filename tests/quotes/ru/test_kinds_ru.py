"""Statement kinds of Russian statements (docs/kinds.md, docs/russian.md): the Russian cue and content
words of ``quotes/lang/ru`` read by the shared classifier, one test per kind, on hand-written sentences."""
import pytest

from onrecord.quotes.kinds import kind_from_text


def kind(cue, content, quote_type="indirect"):
    return kind_from_text(cue, content, quote_type)[0]


@pytest.mark.parametrize(("cue", "content", "expected"), [
    ("опроверг", "сообщения о своей отставке", "denial"),
    ("опровергла", "что покидает пост", "denial"),
    ("отрицает", "свою причастность к взрыву", "denial"),
    ("отвергли", "обвинения", "denial"),
    ("обвинил", "соседей в обмане", "accusation"),
    ("обвиняет", "власти в бездействии", "accusation"),
    ("предупредил", "что река может выйти из берегов", "warning"),
    ("пригрозила", "уйти в отставку", "warning"),
    ("пообещал", "что выплатит долги", "promise"),
    ("пообещав", "подчиняться решениям суда", "promise"),
    ("заверил", "что завод не закроют", "promise"),
    ("гарантировал", "что выплаты продолжатся", "promise"),
    ("подтвердил", "задержание двух человек", "confirmation"),
    ("признала", "что ошиблась", "confirmation"),
    ("спросил", "будет ли продлён договор", "question"),
    ("поинтересовалась", "почему дорогу не отремонтировали", "question"),
    ("спрогнозировал", "что цены вырастут", "prediction"),
    ("ожидает", "что рынок восстановится к осени", "prediction"),
])
def test_cue_gives_the_kind(cue, content, expected):
    assert kind(cue, content) == expected


@pytest.mark.parametrize("cue", ["отказался комментировать", "не стал комментировать", "отказалась комментировать"])
def test_refusal_to_comment(cue):
    assert kind(cue, "решение суда") == "refusal"


def test_unanswered_request_is_a_refusal():
    assert kind("не ответил на запрос", "") == "refusal"


def test_negated_cue_gives_no_kind():
    assert kind("не опроверг", "слухи о своей отставке") == "claim"


def test_question_mark_is_a_question():
    assert kind("сказал", "«Кто заплатит за это?»", "direct") == "question"


def test_denial_words_in_the_content():
    assert kind("заявил", "«Это не соответствует действительности»", "direct") == "denial"


def test_label_of_untruth_is_a_denial():
    assert kind("назвал", "эти сообщения ложью") == "denial"


def test_damning_label_is_an_accusation():
    assert kind("назвал", "убийство преступлением") == "accusation"


def test_plain_label_is_a_claim():
    assert kind("назвал", "книгу лучшей в году") == "claim"


def test_plain_saying_is_a_claim():
    assert kind_from_text("заявил", "что переговоры идут", "indirect") == ("claim", 0.7)


def test_speakers_own_future_in_a_quotation_is_a_promise():
    assert kind("сказал", "«Мы будем восстанавливать каждый дом»", "direct") == "promise"


@pytest.mark.parametrize(("text", "expected"), [
    ("Министр Иван Петров опроверг сообщения о своей отставке.", "denial"),
    ("Министр Иван Петров пообещал, что выплатит все долги.", "promise"),
    ("Министр Иван Петров отказался комментировать решение суда.", "refusal"),
])
def test_extracted_statement_has_the_kind(extract, text, expected):
    (q,) = extract(text).quotes
    assert q.kind == expected


def test_refusal_to_comment_holds_no_quotation(extract):
    (q,) = extract("Министр Иван Петров не стал комментировать решение суда.").quotes
    assert q.kind == "refusal" and q.no_quotation


def test_po_prognozam_is_a_prediction(extract):
    (q,) = extract("По прогнозам экспертов, цены на жильё вырастут.").quotes
    assert q.kind == "prediction"
