"""The source mention: which words name the speaker, and what kind of words.

A mention is the head token's named entity when it has one, else its noun
phrase without relative clauses or appositions (GGT marks "Doug McCallum"
in "then-Surrey mayoral candidate Doug McCallum"; PolNeAR marks the phrase).

Three repairs of the parse come first (issue 16: such mentions were stored as
speaker names "study co" and "WHO" as a pronoun):

* a head cut inside a hyphenated word ("co" of "study co-author") takes the
  whole word, and when a name follows its phrase ("study co-author Karen
  Alley", "Huber's tag team partner Erick Rowan") the mention is that name:
  the role noun before it is its title, as GGT marks it;
* an all-capital "pronoun" the writer did not start a sentence with ("WHO")
  is an organisation's acronym;
* a statement noun that names its owner ("her statement", "a statement from
  the ministry", "CNN's projections") records the owner token, whom the
  resolution makes the speaker.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from onrecord.records import MentionKind, Span
from onrecord.speakers.names import first_name_genders, role_groups, statement_nouns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERSON_LABELS = ("PERSON",)
NP_LEFT_DEPS = ("det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case")
GROUP_PRONOUNS = ("they", "them", "their", "we", "our", "it", "its", "itself", "themselves")
#: Tags of words that stand for a noun without naming anyone: "which", "Some", "All", "that".
PRONOUN_TAGS = ("PRP", "PRP$", "WP", "WP$", "WDT", "DT", "EX")
#: Possessive pronouns the tagger may leave as nouns ("ours said").
POSSESSIVE_PRONOUNS = ("mine", "yours", "ours", "theirs", "hers")
#: Words of quantity that take a group with "of": "One of the officers", "Some of the residents".
QUANTITY_WORDS = ("one", "some", "many", "most", "several", "both", "all", "each", "none", "few", "any", "either",
                  "neither", "half", "two", "three", "four", "five")
#: Entity labels that never name a speaker ("One" tagged CARDINAL was stored as an organisation).
NUMERIC_LABELS = ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL")
#: Prepositions that name a statement's owner: "a statement from the ministry", "a report by Reuters".
OWNER_PREPS = ("from", "by", "of", "in")
HYPHENS = ("-", "–", "‐")
#: Prepositions inside a title: "The mayor of London, Sadiq Khan", "the delegate to the House, Aumua Amata".
TITLE_PREPS = ("of", "for", "to", "at")
#: Participles that give a described person's name: "an official named Jhony", "a man identified as ...".
NAMING_PARTICIPLES = ("named", "called", "identified")
#: Most tokens between a role noun and the name it titles.
MAX_TITLE_TOKENS = 12


@dataclass(frozen=True, slots=True)
class Mention:
    span: Span
    kind: MentionKind
    head: int
    text: str
    entity_label: str
    owner: int | None = None  # the token that owns a statement noun ("her" of "her statement")


#: Dashes that stand between words when spaced, never a hyphen inside a name ("Jean-Luc").
NP_BREAKING_DASHES = frozenset(("–", "—", "--"))


def mention_for(doc: Doc, head_i: int) -> Mention:
    head = doc[head_i]
    named = _name_after(doc, head)
    if named is not None:
        return named
    if _pronoun_like(head) and not _acronym(head):
        return Mention(_span(head, head), "pronoun", head_i, head.text, "")
    if head.ent_type_ and head.ent_type_ not in NUMERIC_LABELS:
        ent = _entity(doc, head)
        if ent is not None:
            kind: MentionKind = "name" if ent.label_ in PERSON_LABELS else "organisation"
            start = name_start(doc, ent.start, ent.end)
            return Mention(_span(doc[start], doc[ent.end - 1]), kind, head_i, doc[start:ent.end].text, ent.label_)
    first = head
    for child in head.lefts:
        if child.dep_ in NP_LEFT_DEPS and not _dash_between(doc, child.i, head.i):
            first = child.left_edge if child.left_edge.i < first.i else first
    of = _of_phrase(head)
    kind = "organisation" if head.pos_ in ("PROPN", "PRON") and of is None else "role"
    last = of.right_edge.i if of is not None else _word_end(doc, head.i)
    return Mention(_span(first, doc[last]), kind, head_i, doc[first.i:last + 1].text, "", _owner(head))


def name_start(doc: Doc, start: int, end: int) -> int:
    """An entity's first token, moved left over proper-noun compounds the
    recogniser left out ("Dmitry" of "Dmitry Peskov" in the small model), never
    over a date it tagged ("On Friday Ford Motor Company announced")."""
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].ent_type_ not in NUMERIC_LABELS and start <= doc[start - 1].head.i < end:
        start -= 1
    return start


def name_span(doc: Doc, start: int, end: int) -> Span:
    """An entity's characters, from :func:`name_start`."""
    return _span(doc[name_start(doc, start, end)], doc[end - 1])


def _word_end(doc: Doc, i: int) -> int:
    """The last token of the word holding token i: "co" "-" "author" is one word."""
    while i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text in HYPHENS \
            and not doc[i + 1].whitespace_ and doc[i + 2].is_alpha:
        i += 2
    return i


def _pronoun_like(tok: Token) -> bool:
    """A pronoun, a determiner or a bare numeral standing alone as the subject ("Some said", "One said")."""
    if _of_phrase(tok) is not None:
        return False  # "One of the officers", "Some of the residents": a description
    return tok.pos_ == "PRON" or tok.tag_ in PRONOUN_TAGS or tok.lower_ in POSSESSIVE_PRONOUNS \
        or (tok.tag_ == "CD" and not list(tok.children))


def _of_phrase(tok: Token) -> Token | None:
    """The "of" phrase of a quantity word: "of the officers" in "One of the officers"."""
    if tok.lower_ not in QUANTITY_WORDS and tok.tag_ != "CD":
        return None
    return next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)


def _acronym(tok: Token) -> bool:
    """"WHO" written as a subject mid-sentence: an acronym the tagger took for a pronoun."""
    return tok.is_upper and len(tok.text) > 1 and not tok.is_sent_start


def _owner(head: Token) -> int | None:
    """The owner a statement noun names: "her statement", "the ministry's statement", "a statement from X"."""
    if head.lower_ not in statement_nouns():
        return None
    for child in head.children:
        if child.dep_ == "poss":
            return child.i
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in OWNER_PREPS:
            objects = [g for g in child.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN", "PRON")]
            if objects:
                return objects[0].i
    return None


def _name_after(doc: Doc, head: Token) -> Mention | None:
    """A name that the head noun's phrase ends in, as in "study co-author Karen Alley" or "the mayor of
    London, Sadiq Khan" (see the module doc)."""
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ == "PERSON":
        return None
    named = _named_as(doc, head)
    if named is not None:
        return named
    person_role = head.lower_ in role_groups()
    i = _word_end(doc, head.i) + 1
    commas = 0
    end = None
    while i < len(doc) and i - head.i <= MAX_TITLE_TOKENS and commas <= 1:
        end = _name_end(doc, i, head if person_role else None)
        if end is not None or not _title_part(doc[i]):
            break
        commas += doc[i].text == ","
        i += 1
    if end is None:
        return None
    if not any(head.i <= t.head.i < i or t.i == head.head.i or t.head.i == head.head.i for t in doc[i:end]):
        return None  # a name in another clause, not one that hangs on the title
    return Mention(_span(doc[i], doc[end - 1]), "name", end - 1, doc[i:end].text, "PERSON")


def _named_as(doc: Doc, head: Token) -> Mention | None:
    """"An agency official named Jhony", "a man identified as Tom Reyes": the participle gives the name.
    A participle the parser hung lower in the phrase ("official in Banten province named Jhony") counts
    when what it names is tagged a person."""
    for verb in (t for t in head.subtree if t.i > head.i and t.lower_ in NAMING_PARTICIPLES and t.dep_ == "acl"):
        for tok in (t for t in verb.subtree if t.i > verb.i and t.pos_ == "PROPN" and t.is_title):
            end = _name_end(doc, tok.i)
            if end is None and verb.head.i == head.i:
                end = tok.i + 1  # a name given alone ("named Jhony")
            if end is not None:
                return Mention(_span(tok, doc[end - 1]), "name", end - 1, doc[tok.i:end].text, "PERSON")
            break
    return None


def _title_part(tok: Token) -> bool:
    """A token that may stand between a role noun and the name it titles ("co-author and Royal Society Fellow")."""
    return tok.text in HYPHENS or tok.text == "," or tok.pos_ in ("NOUN", "ADJ", "CCONJ", "DET", "PART") \
        or (tok.pos_ == "ADP" and tok.lower_ in TITLE_PREPS) \
        or (tok.pos_ == "PROPN" and tok.ent_type_ not in ("", "PERSON"))


def _name_end(doc: Doc, i: int, role: Token | None = None) -> int | None:
    """The end of the person's name that starts at token i: an entity, a run opening on a first name,
    or any capitalised run in apposition to a person's role noun ("a spokesperson, Morgan Ortagus",
    which the small model tags as an organisation)."""
    if i >= len(doc) or not doc[i].is_title:
        return None
    if doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B":
        end = i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return end
    end = i + 1
    while end < len(doc) and end - i < 4 and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    if doc[i].pos_ == "PROPN" and doc[i].lower_ in first_name_genders() and end - i >= 2:
        return end
    if role is not None and end - i >= 2 and doc[end - 1].dep_ == "appos" and doc[end - 1].head.i == role.i:
        return end
    return None


def _span(first: Token, last: Token) -> Span:
    return Span(first.idx, last.idx + len(last.text))


def _entity(doc: Doc, tok: Token):
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
        if ent.start > tok.i:
            break
    return None


def _dash_between(doc: Doc, modifier: int, head: int) -> bool:
    """A free-standing dash between a modifier and its head ends the noun phrase: the parser hangs
    a dateline on the subject after it ("HOUSTON — Senators demanded …": the mention is "Senators")."""
    return any(doc[i].text in NP_BREAKING_DASHES and (doc[i].whitespace_ or doc[i - 1].whitespace_)
               for i in range(modifier + 1, head))
