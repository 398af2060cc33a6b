"""Russian reported speech whose content is not a clause, or whose reporter is not named.

Read from the UD parse like :mod:`.reported`, which calls these:

* an impersonal passive (``lang/ru/impersonal_cues.txt``: ``Сообщается, что …``, ``В обращении
  министерства говорится, что …``; a short passive participle: ``было заявлено, что …``) and an
  indefinite-personal plural (``Британцев призвали …``)
  report without a reporter (Русская грамматика 1980, vol. 2, § on indefinite-personal and
  impersonal sentences): the source is the owner of the document or page, else none;
* a verb of request, order or promise (``lang/ru/infinitive_cues.txt``) reports its infinitive
  group (``пообещав подчиняться решениям``);
* a verb of denial or accusation (``lang/ru/object_cues.txt``) or of demand (``demand_cues.txt``)
  with no clause reports its object (``опровергла заявление об отставке``, ``обвиняет Россию в
  использовании оружия``, ``потребовали отставки тренера``), and so does
  the verb of speech under a refusal (``отказался комментировать ситуацию``: the topic);
* a verb of speech (``lang/ru/topic_cues.txt``) with only a topic after о reports the topic
  (``сообщил о задержании двух человек``);
* a reporting noun (``lang/ru/cue_nouns.txt``) with a что-clause: ``поступили заявления из
  правительства, что …``;
* the verb of a line that ends with a colon before a block quotation is its cue, whatever the verb
  (``Певица присоединилась к поздравлениям:``): the layout says that words follow.
"""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from onrecord.nlp.wordlists import read_word_file
from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.quotes.lexicon import CueLexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

PACKAGE = "onrecord.quotes.lang.ru"
SUBJECT_DEPS = ("nsubj", "nsubj:pass")
#: Relations by which a cue without a subject of its own takes its head's (и добавил / добавив, что).
INHERIT_DEPS = ("conj", "advcl", "xcomp")
#: Prepositions of the document or page an impersonal passive is said in: ``в заявлении``, ``на сайте``.
DOCUMENT_CASES = frozenset(("в", "во", "на"))
#: The charge of an accusation: ``обвиняет Россию в использовании …``.
CHARGE_CASES = frozenset(("в", "во"))
#: A colon that ends a line, just before the quotation a block starts with.
_BLOCK_LEAD = re.compile(r":[ \t\u00a0]*\n[ \t\u00a0]*$")
#: A colon just before an opening quotation mark on the same line: ``…: «…»``.
_INLINE_LEAD = re.compile(r":[ \t\u00a0]*[«„“\"]$")
#: Fewest words of a quotation in marks that a colon line without a cue verb leads into (fewer: a title).
MIN_LEAD_QUOTE_WORDS = 4


@cache
def word_list(name: str) -> frozenset[str]:
    """The lemmas of one of this package's word files, read once."""
    return frozenset(read_word_file(PACKAGE, name))


def block_leads(ctx: DocContext, lexicon: CueLexicon) -> set[int]:
    """The root verbs of the lines that end with a colon before a block quotation (one without
    marks: :func:`.quotations.block_quotations`) and hold no cue word of their own; and of a
    sentence that leads into a quotation in marks of at least ``MIN_LEAD_QUOTE_WORDS`` words with a
    colon (``Эрдоган выразил соболезнования: «Пусть …»``: Розенталь, § on direct speech after the
    author's words), when a person or body is its subject (``Его музыка звучала в фильмах: «…»``
    lists titles)."""
    leads = set()
    for q in ctx.quoted:
        if q.double:
            if not (_INLINE_LEAD.search(ctx.text, max(0, q.start - 4), q.start + 1)
                    and len(ctx.text[q.start:q.end].split()) >= MIN_LEAD_QUOTE_WORDS):
                continue
        elif not _BLOCK_LEAD.search(ctx.text, max(0, q.start - 8), q.start):
            continue
        colon = ctx.token_at(ctx.text.rindex(":", 0, q.start))
        start, _ = ctx.sentence(ctx.doc[colon])
        words = ctx.doc[start:colon]
        if any(lexicon.is_verb_cue(t.lemma_) for t in words):
            continue
        roots = [t for t in words if t.dep_ == "ROOT" and t.pos_ == "VERB"]
        leads.update(t.i for t in roots if not q.double or any(
            c.dep_ in SUBJECT_DEPS and _speaker_like(c) for c in t.children))
    return leads


def _speaker_like(tok: Token) -> bool:
    """A person or a body: animate, a named person or organisation."""
    return tok.morph.get("Animacy") == ["Anim"] or tok.ent_type_ in ("PERSON", "ORG")


def indefinite_personal(verb: Token) -> bool:
    """``Британцев призвали не дотрагиваться …``: a finite plural verb with no subject anywhere up its
    clause is an indefinite-personal sentence (Русская грамматика 1980, § неопределённо-личные
    предложения): someone unnamed reports, a statement with no source."""
    return (verb.morph.get("Number") == ["Plur"] and verb.morph.get("VerbForm") == ["Fin"]
            and verb.dep_ not in INHERIT_DEPS and not any(c.dep_ in SUBJECT_DEPS for c in verb.children))


def impersonal_passive(verb: Token) -> bool:
    """A cue that reports without a reporter: the -ся passive (``lang/ru/impersonal_cues.txt``) or the
    neuter short passive participle (:func:`short_passive`)."""
    return verb.lemma_ in word_list("impersonal_cues.txt") or short_passive(verb)


def short_passive(verb: Token) -> bool:
    """``В заявлении было сказано, что …``, ``было объявлено, что …``: the short passive participle of a
    cue, neuter as an impersonal predicate is, reports without a reporter as the -ся passive does
    (Русская грамматика 1980, § on the passive of verbs of speech; annotation_ru.md, "Impersonal
    reporting" and "Documents")."""
    morph = verb.morph
    return (morph.get("VerbForm") == ["Part"] and morph.get("Voice") == ["Pass"]
            and morph.get("Variant") == ["Short"] and morph.get("Gender") == ["Neut"])


def document_owner(verb: Token) -> int | None:
    """``В обращении министерства говорится …``, ``сообщается на сайте певицы``: the owner (the
    genitive) of the document or page an impersonal passive is said in."""
    for child in verb.children:
        if child.dep_ == "obl" and any(c.dep_ == "case" and c.lower_ in DOCUMENT_CASES for c in child.children):
            owner = next((c for c in child.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")), None)
            if owner is not None:
                return owner.i
    return None


def infinitive_content(ctx: DocContext, verb: Token):
    """``пообещав полностью подчиняться решениям преемника``: the infinitive group of a verb of request,
    order or promise (``lang/ru/infinitive_cues.txt``), without the addressee before it."""
    if verb.lemma_ not in word_list("infinitive_cues.txt"):
        return []
    inf = next((c for c in verb.children if c.dep_ == "xcomp" and c.morph.get("VerbForm") == ["Inf"]), None)
    return [] if inf is None else ctx.clause_span(inf.left_edge.i, inf.right_edge.i, verb.i, min_words=1)


def object_content(ctx: DocContext, verb: Token):
    """``опровергла заявление об отставке``: the object of a verb of denial, confirmation or
    accusation, with the charge of ``обвинить`` (``Россию в использовании оружия``); not a pronoun
    (``опроверг это``). ``назвали убийство преступлением``: object and label; ``призвали к бойкоту``:
    the noun after к."""
    lemma = verb.lemma_
    if lemma in word_list("appeal_cues.txt"):
        goal = next((c for c in verb.children if c.dep_ == "obl" and _case(c) in ("к", "ко")), None)
        return [] if goal is None else ctx.clause_span(goal.left_edge.i + 1, goal.right_edge.i, verb.i, min_words=1)
    labelled = lemma in word_list("label_cues.txt")
    demand = lemma in word_list("demand_cues.txt") and verb.morph.get("VerbForm") != ["Part"] and not any(
        c.lower_ == "не" for c in verb.children)  # ``потребовали отставки тренера``
    if not (labelled or demand or lemma in word_list("object_cues.txt") or refusal_start(verb) is not None):
        return []
    obj = next((c for c in verb.children if c.dep_ == "obj" and (c.pos_ in ("NOUN", "PROPN") or (
        c.pos_ == "PRON" and c.i > verb.i and c.lemma_ != "который" and _charged(verb, c)))), None)  # ``обвиняли его в …``
    if obj is None:
        return []
    first, last = obj.left_edge.i, obj.right_edge.i
    for c in verb.children:
        if c.i <= last:
            continue
        if labelled and c.dep_ in ("xcomp", "obl") and c.morph.get("Case") == ["Ins"] and c.pos_ in ("NOUN", "ADJ"):
            return ctx.clause_span(first, c.right_edge.i, verb.i, min_words=1)
        if c.dep_ == "obl" and _case(c) in CHARGE_CASES and not labelled:
            last = c.right_edge.i
    return [] if labelled else ctx.clause_span(first, last, verb.i, min_words=1)


#: Prepositions of the topic of speech: ``сообщил о задержании``, ``объявил об отставке``.
TOPIC_CASES = frozenset(("о", "об", "обо"))
#: Pronouns that stand for a topic told before (``об этом``, the relative ``о чём``): not a topic of their own.
ANAPHORIC_TOPICS = frozenset(("это", "что", "который", "всё", "все"))


def topic_content(ctx: DocContext, verb: Token):
    """``сообщил о задержании двух человек``: the topic of a verb of speech (``lang/ru/topic_cues.txt``)
    without its preposition; ``рассказала о том, что …``: the что-clause (annotation_ru.md, "A reporting
    verb with a noun phrase"). ``об этом`` and ``о чём`` stand for words told elsewhere: not here."""
    if verb.lemma_ not in word_list("topic_cues.txt"):
        return []
    for child in verb.children:
        if child.dep_ not in ("obl", "nmod") or _case(child) not in TOPIC_CASES or child.lemma_ in ANAPHORIC_TOPICS:
            continue
        if child.lemma_ == "тот":
            clause = next((c for c in child.children if c.i > child.i and any(
                m.dep_ == "mark" and m.lower_ == "что" for m in c.children)), None)
            if clause is None:
                continue
            mark = next(m for m in clause.children if m.dep_ == "mark" and m.lower_ == "что")
            return ctx.clause_span(mark.i, clause.right_edge.i, verb.i, min_words=2)
        case = next(c for c in child.children if c.dep_ == "case")
        return ctx.clause_span(case.i + 1, child.right_edge.i, verb.i, min_words=1)
    return []


def anaphoric_topic(verb: Token) -> Token | None:
    """The ``этом`` of ``Об этом сообщил X``: the cue reports words the text has just given."""
    return next((c for c in verb.children if c.dep_ in ("obl", "nmod") and c.lemma_ == "это"
                 and _case(c) in TOPIC_CASES), None)


def _charged(verb: Token, obj: Token) -> bool:
    """A charge in в follows the object of an accusation (``обвинили его в мошенничестве``)."""
    return verb.lemma_ in word_list("object_cues.txt") and any(
        c.dep_ == "obl" and c.i > obj.i and _case(c) in CHARGE_CASES for c in verb.children)


def refusal_start(verb: Token) -> int | None:
    """``отказался комментировать ситуацию``, ``не стал комментировать``: the first word of the refusal
    (``lang/ru/refusal_heads.txt``) whose infinitive the cue is, else None."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.i > verb.i:
        return None
    negation = next((c for c in head.children if c.lower_ == "не" and c.i < head.i), None)
    heads = word_list("refusal_heads.txt")
    if negation is not None and f"не {head.lemma_}" in heads:
        return negation.i
    return head.i if head.lemma_ in heads else None


def _case(noun: Token) -> str | None:
    """The preposition of a noun phrase, lower case."""
    return next((c.lower_ for c in noun.children if c.dep_ == "case"), None)


def noun_attribution(ctx: DocContext, noun: Token) -> Attribution | None:
    """``заявление Пескова о том, что …``, ``поступили заявления из правительства, что …``: the что-clause
    that explains a reporting noun (``acl``, or under ``о том``), its owner (the genitive, a
    possessive, or the body it comes from) the source. ``noun`` is one of the lexicon's nouns."""
    if noun.pos_ != "NOUN":
        return None
    holders = [noun] + [c for c in noun.children if c.dep_ == "nmod" and c.lemma_ == "тот"]
    clause = next((c for h in holders for c in h.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i
                   and any(m.dep_ == "mark" and m.lower_ == "что" for m in c.children)), None)
    if clause is None:
        return None
    mark = next(m for m in clause.children if m.dep_ == "mark" and m.lower_ == "что")
    content = ctx.clause_span(mark.i, clause.right_edge.i, noun.i, min_words=2)
    if not content:
        return None
    owner = next((c for c in noun.children if c.i < mark.i and (
        (c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN") and _case(c) is None)
        or (c.dep_ == "det" and c.lower_ in ("его", "её", "ее", "их")))), None)
    if owner is None and noun.dep_ in SUBJECT_DEPS:
        owner = next((c for c in noun.head.children if c.dep_ == "obl" and _case(c) in ("из", "от")), None)
    return Attribution(content, ctx.char_span(noun.i, noun.i), "noun-complement",
                       source_token=None if owner is None else owner.i, confidence=0.7)
