"""Russian speakers resolved inside the article, one rule a test, on hand-written articles."""
import pytest

from onrecord.nlp.ru.lemmas import nominative


@pytest.mark.parametrize("form, case, gender, expected", [
    ("Пескова", "Gen", "Masc", "Песков"), ("Пескову", "Dat", "Masc", "Песков"), ("Песковым", "Ins", "Masc", "Песков"),
    ("Пескова", "Nom", "Fem", "Пескова"), ("Захаровой", "Gen", "Fem", "Захарова"), ("Дмитрия", "Gen", "Masc", "Дмитрий"),
    ("Шойгу", "Gen", "Masc", "Шойгу"), ("Кью", "Dat", "Masc", "Кью"),
])
def test_name_parts_in_any_case_to_the_nominative(form, case, gender, expected):
    assert nominative(form, case, gender) == expected


def test_inflected_surname_resolves_to_the_full_name(extract):
    f = extract("Дмитрий Песков прибыл в Минск. По словам Пескова, переговоры идут трудно.")
    assert f.containing("переговоры идут").speaker.name == "Дмитрий Песков"


def test_name_in_the_genitive_is_stored_in_the_nominative(extract):
    f = extract("По словам Марии Захаровой, МИД направил ноту протеста.")
    assert f.containing("направил ноту").speaker.name == "Мария Захарова"


def test_pronoun_continues_the_previous_speaker(extract):
    f = extract("Мария Захарова сообщила, что МИД направил ноту. Она подчеркнула, что ведомство не отступит.")
    q = f.containing("не отступит")
    assert q.speaker.name == "Мария Захарова" and q.speaker.mention_kind == "pronoun" and q.speaker.resolved


def test_pronoun_agrees_in_gender(extract):
    f = extract("Иван Петров встретился с Марией Захаровой. Она заявила, что встреча прошла хорошо.")
    assert f.containing("встреча прошла").speaker.name == "Мария Захарова"


def test_first_person_pronoun_is_not_resolved(extract):
    f = extract("Иван Петров пришёл на встречу. Я считаю, что это ошибка.")
    q = f.containing("это ошибка")
    assert q.speaker.name is None and not q.speaker.resolved


def test_role_noun_resolves_to_the_person_given_that_role(extract):
    f = extract("Пресс-секретарь президента Дмитрий Песков прибыл в Минск. Позже пресс-секретарь уточнил, "
                "что встреча пройдёт в пятницу.")
    q = f.containing("встреча пройдёт")
    assert q.speaker.name == "Дмитрий Песков" and q.speaker.mention_kind == "role"


def test_role_synonym_resolves(extract):
    f = extract("Представитель Кремля Дмитрий Песков заявил, что переговоры идут. Позже пресс-секретарь "
                "президента уточнил, что встреча пройдёт в Минске.")
    assert f.containing("встреча пройдёт").speaker.name == "Дмитрий Песков"


def test_agency_resolves_to_the_outlet_named_before(extract):
    f = extract("ТАСС опубликовал новые данные. Как сообщает агентство, переговоры пройдут в Стамбуле.")
    q = f.containing("переговоры пройдут")
    assert q.speaker.name == "ТАСС" and q.speaker.resolved


def test_vedomstvo_resolves_to_the_body_named_before(extract):
    f = extract("МИД России направил ноту протеста. В ведомстве заявили, что ответ будет жёстким.")
    q = f.containing("ответ будет")
    assert q.speaker.name == "МИД России"


@pytest.mark.parametrize("text, name", [
    ("Как сообщает РИА Новости, переговоры пройдут в Стамбуле.", "РИА Новости"),
    ("Кремль заявил, что переговоры пройдут в Стамбуле.", "Кремль"),
    ("В МИД России заявили, что переговоры пройдут в Стамбуле.", "МИД России"),
])
def test_organisations_and_outlets_are_their_own_kind(extract, text, name):
    q = extract(text).containing("переговоры пройдут")
    assert q.speaker.name == name and q.speaker.mention_kind == "organisation"


def test_source_mention_leaves_out_the_writers_clause(extract):
    f = extract("Студент Артем, пришедший на панихиду с друзьями, говорит, что такие сообщения тиражируются.")
    assert f.source(f.containing("тиражируются")) == "Студент Артем"


def test_a_person_entity_of_marks_only_names_nobody():
    from onrecord.nlp.ru.parser import load_russian_parser
    from onrecord.speakers.lang.ru.people import ArticlePeople

    nlp = load_russian_parser()
    doc = nlp("Иван Петров пришёл. « » сказал он.")
    doc.set_ents([doc.char_span(0, 11, "PERSON"), doc.char_span(20, 23, "PERSON")])
    people = ArticlePeople(doc)
    assert [p.name for p in people.people] == ["Иван Петров"]


def test_a_role_noun_inside_the_name_entity_is_left_out(extract):
    f = extract("Поп-звезда Мадонна заявила, что собирается выпустить новый альбом.")
    assert f.containing("новый альбом").speaker.name == "Мадонна"


@pytest.mark.parametrize("text", [
    "Газета «Ведомости» сообщила, что сделка будет закрыта в июне.",
    "Как пишет газета «Ведомости», сделка будет закрыта в июне.",
    "По данным газеты «Ведомости», сделка будет закрыта в июне.",
])
def test_name_in_guillemets_after_a_generic_noun_is_the_organisation(extract, text):
    q = extract(text).containing("сделка будет закрыта")
    assert q.speaker.name == "Ведомости" and q.speaker.mention_kind == "organisation"


def test_the_noun_of_an_attribution_phrase_is_no_role(extract):
    q = extract("По словам министра обороны Ивана Петрова, учения завершены.").containing("учения завершены")
    assert q.speaker.name == "Иван Петров" and q.speaker.roles == ("министр",)


def test_role_before_a_name_in_guillemets(extract):
    q = extract("Представитель компании «Нефтегаз» Иван Петров заявил, что цены вырастут.").containing("цены")
    assert q.speaker.name == "Иван Петров" and "представитель" in q.speaker.roles


@pytest.mark.parametrize("text, name", [
    ("По мнению прокуроров, обвиняемый действовал умышленно.", "прокуроры"),
    ("По словам британских журналистов, обвиняемый действовал умышленно.", "британские журналисты"),
    ("По словам нескольких свидетелей, обвиняемый действовал умышленно.", "нескольких свидетелей"),
])
def test_unresolved_group_is_named_in_the_nominative(extract, text, name):
    q = extract(text).containing("действовал умышленно")
    assert q.speaker.name == name and not q.speaker.resolved


@pytest.mark.parametrize("text", ["По сведениям агентства Reuters, завод закроют.", "Как пишет журнал Forbes, завод закроют."])
def test_name_in_latin_letters_after_a_generic_noun_is_the_organisation(extract, text):
    q = extract(text).containing("завод закроют")
    assert q.speaker.name in ("Reuters", "Forbes") and q.speaker.mention_kind == "organisation"
