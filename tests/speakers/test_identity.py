"""Cross-article speaker identity, on the keys alone (no database)."""
from onrecord.speakers.identity import Candidate, choose, speaker_key


def _cand(id_, firsts=(), roles=(), quotes=1):
    return Candidate(id_, frozenset(firsts), frozenset(roles), quotes)


def test_name_variants_share_a_key():
    keys = [speaker_key(n, "name", True, s) for n, s in [
        ("Peskov", "Peskov"), ("Dmitry Peskov", "Dmitry Peskov"), ("Dmitry S. Peskov", "Dmitry S. Peskov"),
        ("Dmitry Peskov", "Kremlin spokesman Dmitry Peskov")]]
    assert {k.key for k in keys} == {"peskov"}
    assert keys[0].first is None and {k.first for k in keys[1:]} == {"dmitry"}
    assert keys[3].role == "kremlin spokesman"


def test_full_name_joins_the_surname_only_speaker():
    key = speaker_key("Dmitry Peskov", "name", True, None)
    assert choose(key, [_cand(1)]) == 1


def test_different_first_names_stay_apart():
    key = speaker_key("Anna Peskova Smith", "name", True, None)
    assert choose(key, [_cand(1, firsts={"john"})]) is None


def test_initial_matches_first_name():
    key = speaker_key("D. Peskov", "name", True, None)
    assert choose(key, [_cand(1, firsts={"dmitry"})]) == 1


def test_conflicting_roles_stay_apart():
    key = speaker_key("Smith", "name", True, "coach Smith")
    assert choose(key, [_cand(1, roles={"senator"})]) is None


def test_bare_surname_joins_the_most_quoted_fitting_person():
    key = speaker_key("Smith", "name", True, "Smith")
    assert choose(key, [_cand(1, firsts={"jane"}, quotes=2), _cand(2, firsts={"john"}, quotes=9)]) == 2


def test_pronouns_and_role_nouns_are_never_merged():
    assert speaker_key("he", "pronoun", False, "he") is None
    assert speaker_key("the spokesman", "role", False, "the spokesman") is None


def test_title_and_office_words_before_the_name_are_a_role():
    key = speaker_key("United States President Donald Trump", "name", True,
                      "United States President Donald Trump")
    assert key.name == "Donald Trump" and key.first == "donald" and key.role == "united states president"


def test_organisation_keyed_without_the():
    assert speaker_key("the Kremlin", "organisation", False, "the Kremlin").key == "kremlin"


def test_same_full_name_stays_one_person_across_roles():
    key = speaker_key("Donald Trump", "name", True, "President Donald Trump")
    assert choose(key, [_cand(1, firsts={"donald"}, roles={"candidate"})]) == 1


def test_outlet_is_its_own_kind():
    assert speaker_key("Reuters", "organisation", True, "Reuters").kind == "outlet"
    key = speaker_key("the Associated Press", "organisation", True, "the Associated Press")
    assert (key.kind, key.key) == ("outlet", "associated press")
    assert speaker_key("WSET-TV", "organisation", True, "WSET-TV").kind == "outlet"
    assert speaker_key("the Kremlin", "organisation", True, "the Kremlin").kind == "organisation"


def test_every_role_phrase_is_kept_whole():
    key = speaker_key("Dmitry Peskov", "name", True, "Kremlin spokesman Dmitry Peskov",
                      ("kremlin spokesman", "head of the press service"))
    assert key.role == "kremlin spokesman" and key.roles == ("kremlin spokesman", "head of the press service")


def test_roles_agree_on_their_head_noun():
    key = speaker_key("Smith", "name", True, "Smith", ("head of the press office",))
    assert choose(key, [_cand(1, roles={"press service chief"})]) == 1
    assert choose(key, [_cand(1, roles={"football coach"})]) is None


def test_a_cyrillic_name_is_keyed_by_its_transliteration():
    key = speaker_key("Дмитрий Песков", "name", True, None)
    assert (key.name, key.key, key.first) == ("Дмитрий Песков", "peskov", "dmitry")
    assert choose(key, [_cand(1, firsts={"dmitry"})]) == 1


def test_english_spellings_of_russian_first_names_are_one_first_name():
    for english, russian in [("Dmitriy Peskov", "Дмитрий Песков"), ("Sergei Lavrov", "Сергей Лавров"),
                             ("Yuri Ushakov", "Юрий Ушаков"), ("Alexei Navalny", "Алексей Навальный"),
                             ("Alexander Grushko", "Александр Грушко"), ("Fyodor Lukyanov", "Фёдор Лукьянов"),
                             ("Yevgeny Prigozhin", "Евгений Пригожин"), ("Maria Zakharova", "Мария Захарова")]:
        key = speaker_key(russian, "name", True, None)
        known = speaker_key(english, "name", True, None)
        assert key.key == known.key and choose(key, [_cand(1, firsts={known.first})]) == 1, english


def test_a_shared_surname_does_not_bridge_two_first_names_across_languages():
    key = speaker_key("Александр Песков", "name", True, None)
    assert choose(key, [_cand(1, firsts={"dmitry"}, quotes=9)]) is None


def test_a_bare_cyrillic_surname_follows_the_rules_of_one_language():
    bare = speaker_key("Песков", "name", True, None)
    assert bare.first is None and choose(bare, [_cand(1, firsts={"dmitry"})]) == 1
    assert choose(bare, [_cand(1, firsts={"dmitry"}, roles={"kremlin spokesman"})]) == 1
    coach = speaker_key("Песков", "name", True, None, roles=("тренер",))
    assert choose(coach, [_cand(1, firsts={"dmitry"}, roles={"kremlin spokesman"})]) is None


def test_an_indeclinable_surname_is_one_speaker_across_languages():
    russian = speaker_key("Сергей Шойгу", "name", True, None)
    english = speaker_key("Sergei Shoigu", "name", True, None)
    assert russian.key == english.key == "shoigu"
    assert choose(russian, [_cand(1, firsts={english.first})]) == 1


def test_an_indeclinable_surname_does_not_bridge_two_first_names():
    russian = speaker_key("Сергей Шойгу", "name", True, None)
    assert choose(russian, [_cand(1, firsts={"ivan"}, quotes=9)]) is None
