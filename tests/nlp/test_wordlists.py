"""read_word_file: the packaged word lists as the stages read them."""
from importlib import resources

from onrecord.nlp.wordlists import read_word_file

SPEAKERS_EN = "onrecord.speakers.lang.en"


def test_packaged_file_without_comments_or_blank_lines():
    words = read_word_file(SPEAKERS_EN, "honorifics.txt")
    assert words, "honorifics.txt read as empty"
    assert not [w for w in words if w.startswith("#")]
    assert all(w and w == w.strip() for w in words)
    # entries as the file writes them: the word and the gender it implies
    assert {"mr m", "mrs f", "dr -", "senator -", "mayor -"} <= set(words)


def test_packaged_file_keeps_every_entry_in_order():
    raw = resources.files(SPEAKERS_EN).joinpath("honorifics.txt").read_text(encoding="utf-8").splitlines()
    entries = [ln.strip() for ln in raw if ln.strip() and not ln.lstrip().startswith("#")]
    assert read_word_file(SPEAKERS_EN, "honorifics.txt") == entries
    assert len(entries) < len(raw)  # the file does have comment lines to drop


def test_blank_lines_comments_and_padding(tmp_path, monkeypatch):
    package = tmp_path / "wordlist_probe"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "words.txt").write_text(
        "# a comment\n\nalpha\n   \n  beta gamma  \n\t\n#another comment\ndelta\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert read_word_file("wordlist_probe", "words.txt") == ["alpha", "beta gamma", "delta"]
