"""The role a statement is shown with, as the article writes it (issue 18)."""
from onrecord.store.statement_role import ROLE_WINDOW, statement_role


def test_role_written_nearest_to_the_statement_is_shown_as_written():
    text = "Kremlin spokesman Dmitry Peskov spoke. Later the Press Secretary said no."
    assert statement_role(text, ("kremlin spokesman", "press secretary"), text.index("said")) == "Press Secretary"


def test_role_given_far_from_the_statement_keeps_the_articles_capitals():
    text = "Green Party presidential nominee Howie Hawkins spoke." + " Filler words." * ROLE_WINDOW + " He said no."
    assert statement_role(text, ("green party presidential nominee",), text.index("He said")) == \
        "Green Party presidential nominee"
