"""Role phrases: the noun phrases an article gives a person, and nothing else.

Issue 16 found a speaker page listing "leading president nominee percent wife a rally": the
words of every modifier subtree near a name, pooled. A role is now one whole noun phrase
in one of the three places news gives it (the places GGT and PolNeAR mark a source's
description; the order of Lee et al.'s 2013 appositive and role-appositive sieves):

* a title before the name, in the name's own noun phrase: "Kremlin spokesman Dmitry Peskov",
  "the Russian president's spokesman Dmitry Peskov";
* an apposition after it: "Dmitry Peskov, the Kremlin spokesman, said";
* the noun the name is in apposition to: "the Kremlin's spokesman, Dmitry Peskov".

A phrase is kept only when it is a noun phrase: at most ``MAX_ROLE_WORDS`` words whose
syntactic head is a noun or a title ("minister of Cuba" is headed by "minister", not "Cuba"),
without verbs, numbers, pronouns or another person's name (a possessive owner,
"Huber's tag team partner", is allowed). Issue 18's audit of shown roles adds what is not a
role although it is a noun phrase: forms of address ("Mr."), relations ("her son", "his opponent": relation_nouns.txt),
the speaker's own words ("Our team"), and a noun cut off from the clause that restricts it
("the only candidate [wearing a facemask]").
"""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from onrecord.nlp.wordlists import read_word_file
from onrecord.speakers.names import ROLE_PREPS, courtesy_titles, honorifics, role_groups

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Long enough for a role with its of/at phrase ("evolutionary biomechanicist at London's Royal
#: Veterinary College", issue 18); clause fragments are kept out by the parts of speech, not the length.
MAX_ROLE_WORDS = 10
#: Parts of speech a role phrase is made of ("PART" is the possessive 's).
ROLE_POS = frozenset(("NOUN", "PROPN", "ADJ", "PART"))
#: Dependents of a noun that belong to its phrase, to its left.
LEFT_DEPS = frozenset(("amod", "compound", "poss", "nmod", "case", "det", "punct"))
HYPHENS = frozenset(("-", "–", "‐"))
DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its", "our", "my", "your"))
#: Prepositions of place or time: a noun after one is where or when a person spoke, not who they are.
PLACE_TIME_PREPS = frozenset(("on", "in", "at", "during", "after", "before", "from", "into", "onto"))
#: Owners that make a phrase the speaker's own words ("Our team"), not the writer's description of a person.
SPEAKER_OWNERS = frozenset(("our", "my", "your"))


@cache
def relation_nouns() -> frozenset[str]:
    """Nouns of a relation to another person (relation_nouns.txt): "son", "opponent", not roles."""
    return frozenset(read_word_file("onrecord.speakers.lang.en", "relation_nouns.txt"))


def role_phrases(doc: Doc, start: int, end: int) -> list[str]:
    """The role phrases of the name ``doc[start:end]``, lower case, in text order."""
    found: list[str] = []
    title = title_before(doc, start, end)
    if title:
        found.append(title)
    head = doc[end - 1]
    for child in head.children:
        if child.dep_ == "appos" and child.i >= end and child.pos_ in ("NOUN", "PROPN") and _adjacent(doc, end, child):
            found.append(_phrase(doc, child))  # "the Senate Majority Leader" is tagged PROPN; _checked wants a title
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < start and not _place_or_time(head.head):
        found.append(_phrase(doc, head.head))
    elif start >= 2 and doc[start - 1].text == "," and _twin(doc[start - 2], head):
        found.append(_phrase(doc, doc[start - 2]))
    return [p for p in dict.fromkeys(found) if p]


def _twin(noun: Token, name: Token) -> bool:
    """A noun set off by a comma before the name in the same relation to the same word: "The Labour Party's
    leader, Jeremy Corbyn announced" parsed as two subjects of "announced" is one subject in apposition
    (issue 18's audit); without a conjunction two subjects are one."""
    return noun.pos_ == "NOUN" and noun.head.i == name.head.i != name.i and noun.dep_ == name.dep_


def _place_or_time(noun: Token) -> bool:
    """The object of a preposition of place or time: "on the live television, President Erdogan" is where he
    spoke, not who he is; the parser hangs the name on it as an apposition (issue 18's audit)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in PLACE_TIME_PREPS


def _adjacent(doc: Doc, end: int, noun: Token) -> bool:
    """An apposition starts right after the name, or after its comma: "Peskov, the spokesman". One the parser
    hung on the name from further on ("Trump himself, his wife Melania", "..., 50 percent") is not his."""
    first = noun.left_edge.i
    return first == end or (first == end + 1 and doc[end].text in (",", "(", "—", "–"))


def title_before(doc: Doc, start: int, end: int) -> str:
    """The words before a name that modify it inside its noun phrase ("Kremlin spokesman"), or ""."""
    first = start
    while first > 0:
        prev = doc[first - 1]
        if _title_token(prev) and (_attached(prev, end) or (first == start and _title_noun(prev))):
            first -= 1  # a title right before the name is its own, wherever the parser hung it (issue 18:
        elif first < start and _hyphen_start(doc, first) < first:  # "Trump and Turkish President Erdoğan")
            first = _hyphen_start(doc, first)
        elif first < start and prev.lower_ in ROLE_PREPS and first >= 2 and _title_noun(doc[first - 2]):
            first -= 1  # "Montana Secretary of State Corey Stapleton"
        elif first < start and _joins_nouns(doc, first - 1):
            first -= 1  # "Retired FBI agent and terrorism specialist Ali Soufan"
        else:
            break
    while first < start and (doc[first].lower_ in DETERMINERS or doc[first].pos_ == "PART"
                             or doc[first].text in HYPHENS):
        first += 1
    if first >= start:
        return ""
    if first > 0 and doc[first - 1].lower_ in ("a", "an") and doc[first - 1].head.i == start - 1:
        return ""  # "delayed a rally Trump planned": an indefinite noun is not a title of the name
    if first > 0 and _without_object(doc[first - 1]):
        return ""  # "On live television Erdogan attacked": the words are the preposition's object (issue 18)
    head = next((doc[k - 1] for k in range(first + 1, start) if doc[k].lower_ in ROLE_PREPS), doc[start - 1])
    return _checked(doc, first, head, start - 1)


def _hyphen_start(doc: Doc, first: int) -> int:
    """Where the hyphenated word that ``doc[first]`` ends begins: "co-author" is one word, not "author"."""
    while first > 0 and not doc[first - 1].whitespace_ and (doc[first - 1].text in HYPHENS
                                                             or doc[first].text in HYPHENS):
        first -= 1
    return first


def _joins_nouns(doc: Doc, i: int) -> bool:
    """An "and" between two nouns of one title: "agent and terrorism specialist", "co-author and geochemist"
    (issue 18's audit); not one after a name ("Trump and Turkish President Erdoğan")."""
    return doc[i].lower_ == "and" and i > 0 and doc[i - 1].pos_ == "NOUN" and doc[i + 1].pos_ in ROLE_POS


def _without_object(tok: Token) -> bool:
    """A preposition the parser left without its object, having joined the object to the name after it."""
    return tok.dep_ == "prep" and not any(child.dep_ in ("pobj", "pcomp") for child in tok.children)


def _attached(tok: Token, end: int) -> bool:
    """The token hangs on a word to its right inside the phrase, or is the 's of the word before it."""
    while tok.dep_ == "conj" and tok.pos_ == "NOUN" and tok.head.i < tok.i:
        tok = tok.head  # the second of two joined titles hangs where the first does: "agent and specialist"
        # (common nouns only: "Party for Socialism and Liberation" is a name cut by the walk)
    return tok.i < tok.head.i < end or (tok.dep_ == "case" and tok.head.i == tok.i - 1)


def _title_noun(tok: Token) -> bool:
    """A title word used as a noun: "President", not the "Former" of "Former Trump adviser"."""
    return tok.pos_ != "ADJ" and _role_word(tok.lower_)


def _role_word(word: str) -> bool:
    """A title written as a proper noun ("MP", "Senator", "CEO") is still a role word."""
    word = word.rstrip(".")
    return word in role_groups() or (word in honorifics() and word not in courtesy_titles())


def _title_token(tok: Token) -> bool:
    """A word that can be part of a title: a noun, adjective or possessive; a determiner; an acronym, which
    the tagger may take for a verb ("USCG Captain", issue 18); a hyphen inside a word."""
    glued_hyphen = tok.text in HYPHENS and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
    if tok.ent_type_ == "PERSON" and not _role_word(tok.lower_):  # a title the entity took in: "Pope Francis"
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PART"  # an owner: "Huber's"
    return tok.pos_ in ROLE_POS or glued_hyphen or _acronym(tok) or (tok.lower_ in DETERMINERS and tok.dep_ in ("det", "poss"))


def _acronym(tok: Token) -> bool:
    """An all-capitals word, a body's initials ("USCG"), which the small tagger often takes for a verb."""
    return tok.is_upper and tok.is_alpha and len(tok) > 1


def _phrase(doc: Doc, noun: Token) -> str:
    """The noun phrase of an appositive noun: its left modifiers, itself, and an "of"/"for" phrase; "" when a
    participle clause restricts the noun ("Hawkins, the only candidate wearing a facemask"): without it the
    phrase says something the article does not."""
    if any(child.dep_ == "acl" for child in noun.rights):
        return ""
    first = noun.i
    for child in noun.lefts:
        if child.dep_ in LEFT_DEPS:
            first = min(first, child.left_edge.i)
    first = _hyphen_start(doc, first)
    last = noun.i
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ROLE_PREPS and child.i == last + 1:
            last = child.right_edge.i
            break
    while first < noun.i and (doc[first].lower_ in DETERMINERS or doc[first].is_punct):
        first += 1
    while last > noun.i and doc[last].is_punct:
        last -= 1
    return _checked(doc, first, noun, last)


def _head_is_role(head: Token) -> bool:
    """The phrase's syntactic head (issue 18: "minister of Cuba" is headed by "minister", its last word is a
    name) is a noun or a title, not a relation ("Biden's son") nor owned by the speaker ("Our team")."""
    word = head.lower_
    if word in relation_nouns() or any(child.lower_ in SPEAKER_OWNERS for child in head.children):
        return False
    return head.pos_ == "NOUN" or _title_noun(head)


def _checked(doc: Doc, first: int, head: Token, last: int) -> str:
    """doc[first..last] as a role, or "" when it is no noun phrase (a clause fragment, a number, an address).
    ``head`` is the phrase's head noun: the apposition's noun, or a title's word next to the name (English
    modifiers come before their noun, whatever the parser made of a capitalised title)."""
    tokens = doc[first:last + 1]
    words = [t for t in tokens if not t.is_punct]
    if not words or len(words) > MAX_ROLE_WORDS:
        return ""
    for t in tokens:
        verb = t.pos_ == "VERB" and t.dep_ != "amod" and not _acronym(t)
        conj = t.pos_ == "CCONJ" and not (first < t.i < last and _joins_nouns(doc, t.i))
        if t.pos_ in ("AUX", "NUM", "PRON", "SCONJ") or conj or t.like_num or verb:
            return ""  # a participle modifier stays: "the leading nominee", "the newly elected mayor"
        owner = t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PART"
        if t.ent_type_ == "PERSON" and not owner and not _role_word(t.lower_):  # "Pope" of "Pope Francis"
            return ""
    if not _head_is_role(head):
        return ""
    text = tokens.text.lower()
    if all(w.rstrip(".") in courtesy_titles() for w in text.split()):
        return ""
    return text
