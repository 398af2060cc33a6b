"""Role phrases the article gives a person, one construction each (issue 18's audit of shown roles)."""
import pytest

from onrecord.nlp.parser import load_parser
from onrecord.speakers.people import _non_person_labels, _person_spans, name_of
from onrecord.speakers.roles import role_phrases


@pytest.fixture(scope="module")
def roles_of(settings):
    nlp = load_parser(settings.model)

    def roles(text: str, name: str) -> list[str]:
        doc = nlp(text)
        for start, end in _person_spans(doc, _non_person_labels(doc)):
            full, _, cut = name_of(doc, start, end)
            if full == name:
                return role_phrases(doc, cut, end)
        raise AssertionError(f"{name!r} not found in {text!r}")
    return roles


def test_role_with_an_of_phrase_ending_in_a_name(roles_of):
    assert roles_of("Bruno Rodríguez, the foreign affairs minister of Cuba, said the plan would fail.",
                    "Bruno Rodríguez") == ["foreign affairs minister of cuba"]


def test_role_with_an_at_phrase_ending_in_a_name(roles_of):
    assert roles_of("\"It will take time,\" said John Hutchinson, an evolutionary biomechanicist at London's "
                    "Royal Veterinary College.", "John Hutchinson") == [
        "evolutionary biomechanicist at london's royal veterinary college"]


def test_capitalised_title_in_apposition(roles_of):
    assert roles_of("\"We will win,\" said Mitch McConnell, the Senate Majority Leader.",
                    "Mitch McConnell") == ["senate majority leader"]


def test_title_of_the_second_name_in_a_coordination(roles_of):
    text = "US President Donald Trump and Turkish President Recep Tayyip Erdoğan met on Monday, officials said."
    assert roles_of(text, "Recep Tayyip Erdoğan") == ["turkish president"]
    assert roles_of(text, "Donald Trump") == ["us president"]


def test_acronym_of_a_body_in_a_title(roles_of):
    assert roles_of("USCG Captain Jason Neubauer said the ship sank.", "Jason Neubauer") == ["uscg captain"]


def test_hyphenated_role_in_apposition_is_whole(roles_of):
    assert "co-author" in roles_of("Another co-author, engineering professor Julian Marshall, said the air "
                                   "was worse.", "Julian Marshall")


@pytest.mark.parametrize("text, name", [
    ("Anderson Cooper, her son, said she was happy.", "Anderson Cooper"),
    ("Biden's son Hunter Biden said he was happy.", "Hunter Biden"),
])
def test_kinship_is_no_role(roles_of, text, name):
    assert roles_of(text, name) == []


def test_place_of_speaking_is_no_role(roles_of):
    assert roles_of("Speaking on the live television, President Erdogan said the plan would fail.",
                    "Erdogan") == ["president"]


def test_noun_restricted_by_a_participle_clause_is_no_role(roles_of):
    assert roles_of("And Hawkins, the only candidate wearing a facemask, endorsed the Green New Deal.",
                    "Hawkins") == []


def test_speakers_own_words_are_no_role(roles_of):
    assert roles_of("Jane Smith, our team leader, said the work was done.", "Jane Smith") == []


def test_title_with_an_of_phrase_before_the_name(roles_of):
    assert roles_of("Montana Secretary of State Corey Stapleton said the count was correct.",
                    "Corey Stapleton") == ["montana secretary of state"]


def test_modifier_before_a_name_is_no_title(roles_of):
    assert roles_of("Former Trump adviser Michael Flynn was on stage while Trump flew over.", "Trump") == []


def test_personal_relation_is_no_role(roles_of):
    assert roles_of("Trump spoke first. His opponent, Joe Biden, said the race was close.", "Joe Biden") == []


def test_object_of_a_preposition_before_the_name_is_no_title(roles_of):
    assert roles_of("On live television Erdogan also attacked the proclamation.", "Erdogan") == []


def test_role_before_the_name_set_off_by_a_comma_without_closing_comma(roles_of):
    assert roles_of("The Labour Party's leader, Jeremy Corbyn announced he will not seek the post.",
                    "Jeremy Corbyn") == ["labour party's leader"]


def test_title_inside_the_name_entity(roles_of):
    assert roles_of("During the summit, Pope Francis said the victims had a right to measures.", "Francis") == ["pope"]


def test_two_titles_joined_by_and_before_the_name(roles_of):
    assert roles_of("Retired FBI agent and terrorism specialist Ali Soufan told NPR the group was weak.",
                    "Ali Soufan") == ["retired fbi agent and terrorism specialist"]


def test_name_of_a_body_with_and_is_not_cut_into_a_title(roles_of):
    assert roles_of("Party for Socialism and Liberation presidential nominee Gloria La Riva spoke on Monday.",
                    "Gloria La Riva") == ["presidential nominee"]
