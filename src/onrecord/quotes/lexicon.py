"""The cue lexicon of a language, read once from the data files in ``lang/<code>/``.

Keeping words as data (as the GGT extractor and citron do) lets a user read
and extend them without touching the rules.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from onrecord.nlp.wordlists import read_word_classes, read_word_file


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Word forms that can act as cues, by kind."""

    verb_forms: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    nouns: frozenset[str]
    phrase_heads: frozenset[str]

    def is_verb_cue(self, lower: str) -> bool:
        return lower in self.verb_forms


@cache
def load_lexicon(classes: tuple[str, ...], lang: str = "en") -> CueLexicon:
    """The lexicon restricted to the given verb classes (speech, writing, ...).

    English lists every word form of a verb; Russian lists lemmas, which its parse gives.
    """
    package = f"onrecord.quotes.lang.{lang}"
    verbs = read_word_classes(package, "cue_verbs.txt")
    forms = {word for cls in classes for line in verbs.get(cls, ()) for word in line}
    phrases = tuple(tuple(p.split()) for p in read_word_file(package, "cue_phrases.txt"))
    return CueLexicon(frozenset(forms), phrases, reporting_nouns(lang), frozenset(p[0] for p in phrases))


@cache
def reporting_nouns(lang: str = "en") -> frozenset[str]:
    """Nouns that report a statement ("the Kremlin's statement that ...", ``lang/<code>/cue_nouns.txt``)."""
    return frozenset(read_word_file(f"onrecord.quotes.lang.{lang}", "cue_nouns.txt"))


def _forms(name: str) -> frozenset[str]:
    return frozenset(w for line in read_word_file("onrecord.quotes.lang.en", name) for w in line.split())


@cache
def request_verbs() -> frozenset[str]:
    """Cue verbs whose infinitive is the content ("urged states not to ...", ``lang/en/request_verbs.txt``)."""
    return _forms("request_verbs.txt")


@cache
def object_verbs() -> frozenset[str]:
    """Cue verbs whose noun object is the content ("announced the end of ...", ``lang/en/object_verbs.txt``)."""
    return _forms("object_verbs.txt")


@cache
def passive_report_verbs() -> frozenset[str]:
    """Cue verbs whose passive infinitive is the content ("was said to have ...", ``lang/en/passive_report_verbs.txt``)."""
    return _forms("passive_report_verbs.txt")


@cache
def naming_verbs() -> frozenset[str]:
    """Verbs that give a name, whose agentless passive reports no one's words (``lang/en/naming_verbs.txt``)."""
    return _forms("naming_verbs.txt")


@cache
def predicative_verbs() -> frozenset[str]:
    """Verbs that report their object as what an "as" phrase says ("cite X as an example",
    ``lang/en/predicative_verbs.txt``)."""
    return _forms("predicative_verbs.txt")


@cache
def issuing_verbs() -> frozenset[str]:
    """Verbs by which a subject gives out its own statements (``lang/en/issuing_verbs.txt``)."""
    return _forms("issuing_verbs.txt")


@cache
def document_verbs() -> frozenset[str]:
    """Verbs a document speaks with, "the statement reads …" (``lang/en/document_verbs.txt``)."""
    return _forms("document_verbs.txt")


@cache
def preposition_cues() -> dict[str, frozenset[str]]:
    """Verb forms by the preposition whose object is what they report ("told of ...", "spoke of
    ...", ``lang/en/preposition_cues.txt``)."""
    return _by_preposition("preposition_cues.txt")


@cache
def noun_prepositions() -> dict[str, frozenset[str]]:
    """Reporting nouns (singular) by the preposition whose object is what they report ("claims
    *of* fraud", "demands *for* an inquiry", ``lang/en/noun_prepositions.txt``)."""
    return _by_preposition("noun_prepositions.txt")


def _by_preposition(name: str) -> dict[str, frozenset[str]]:
    return {prep: frozenset(word for line in lines for word in line)
            for prep, lines in read_word_classes("onrecord.quotes.lang.en", name).items()}
