"""The Russian parser: Natasha's models written into spaCy Docs that the quote stages read."""
import pytest

from onrecord.nlp.ru.lemmas import lemma
from onrecord.nlp.ru.parser import load_russian_parser, parser_provenance_ru
from onrecord.nlp.ru.segment import MAX_SENTENCE_WORDS, sentences, with_spaces


@pytest.fixture(scope="module")
def nlp():
    return load_russian_parser()


def test_the_doc_rebuilds_the_text_exactly(nlp):
    text = "  Песков: «Мы готовы»\n\n«Мы пока не можем говорить о прогрессе», —  заявил он.\n"
    doc = nlp(text)
    assert doc.text == text
    assert all(t.idx == text.index(t.text, t.idx) for t in doc)


def test_every_sentence_is_one_tree(nlp):
    doc = nlp("«Мы пока не можем говорить о прогрессе», — заявил Песков. Он добавил, что переговоры продолжатся.")
    sents = list(doc.sents)
    assert len(sents) == 2
    for sent in sents:
        assert sum(1 for t in sent if t.dep_ == "ROOT") == 1
        assert all(t.head.i in range(sent.start, sent.end) for t in sent)


def test_a_line_break_ends_a_sentence(nlp):
    doc = nlp("Заголовок без точки\nПесков заявил, что переговоры идут.")
    assert [s.text.strip() for s in doc.sents] == ["Заголовок без точки", "Песков заявил, что переговоры идут."]


def test_parts_of_speech_lemmas_relations_and_entities(nlp):
    doc = nlp("Дмитрий Песков заявил журналистам, что Кремль готов к переговорам.")
    by_text = {t.text: t for t in doc}
    assert by_text["заявил"].pos_ == "VERB" and by_text["заявил"].lemma_ == "заявить"
    assert by_text["переговорам"].lemma_ == "переговоры"
    assert by_text["Песков"].ent_type_ == "PERSON"
    assert str(by_text["журналистам"].morph.get("Case")) == "['Dat']"
    assert by_text["готов"].dep_ == "ccomp" and by_text["готов"].head.text == "заявил"


def test_a_surname_lemma_is_the_surname_not_a_common_noun():
    assert lemma("Пескову", "PROPN") == "песков"
    assert lemma("песка", "NOUN") == "песок"


def test_long_sentences_are_cut_for_the_parser():
    text = " ".join(["слово"] * (MAX_SENTENCE_WORDS * 2 + 5))
    assert [len(s) for s in sentences(text)] == [MAX_SENTENCE_WORDS, MAX_SENTENCE_WORDS, 5]


def test_whitespace_follows_spacys_convention():
    text = "Он  сказал\n\nда "
    words, spaces, source = with_spaces(text, sentences(text))
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces)) == text
    assert words == ["Он", " ", "сказал", "\n\n", "да"] and source == [0, None, 1, None, 2]


def test_empty_text(nlp):
    assert len(nlp("")) == 0 and nlp("\n\n").text == "\n\n"


def test_provenance_names_the_natasha_models():
    name, version = parser_provenance_ru()
    assert name == "ru_natasha_news_v1" and version == "1.6.0"
