"""Repairs of the small parser's misreads around a cue's complement.

en_core_web_sm often hangs the subject of a bare complement clause on the cue as its
object ("Garland said unemployment ... have broad relevance", "a judge ruled the practice
... is unconstitutional"), and the clause's verb as a coordinated verb, a bare adverbial
clause, or a participle of that object. A finite clause needs a subject and a finite
adverbial clause a subordinator, so these readings are taken back to the complement the
writer meant (issue 16: the gold set's recall gap on "ruled", "said ... burned before").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.quotes.lexicon import CueLexicon, request_verbs
from onrecord.quotes.sources import HEARER_VERBS, SUBJECT_DEPS
from onrecord.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Forms of "say", whose noun object is in practice a misparsed clause subject.
SAY_FORMS = frozenset("say says said saying".split())
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))


def misparsed_subject(verb: Token, clause: Token, first: int) -> int:
    """``Garland said unemployment ... have broad relevance``, ``the judge ruled the draft violated
    ...``: a subjectless complement whose subject the parser made the object of the cue. A finite
    clause needs a subject, so the object is its subject, for every cue but those whose object is
    the hearer ("told reporters", :data:`HEARER_VERBS`)."""
    if verb.lower_ in HEARER_VERBS or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children):
        return first
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.i < first), None)
    return obj.left_edge.i if obj is not None else first


def misparsed_complement(ctx: DocContext, verb: Token, lexicon: CueLexicon) -> list[Span]:
    """``Garland said unemployment and lost earning power ... have broad relevance``.

    The small parser often reads the subject of a bare complement clause as
    the object of the cue and hangs the clause's verb off it as a ``conj``
    ("a judge ruled the practice ... is unconstitutional"). A noun object
    followed by a finite verb that depends on the cue is taken as a misparsed
    complement: the content runs from the object to the end of the sentence.
    The verbs of saying almost never take a plain noun object; for other cues
    the finite verb must not be one the cue coordinates with a conjunction or a
    comma ("announced the plan and left"), nor a cue itself ("urges her husband
    to come out and repeatedly says": the speaker's next act), and a cue whose
    object is the hearer is left out.
    """
    if verb.lower_ in HEARER_VERBS:
        return []
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != _next_word(ctx, verb.i):
        return []
    _, sent_end = ctx.sentence(verb)
    joints = [c.i for c in verb.children if c.dep_ in ("cc", "punct") and c.i > obj.i]
    if not any(t.tag_ in FINITE_TAGS and _misread_verb(t, verb, lexicon, joints) for t in ctx.doc[obj.i + 1:sent_end]) \
            and not (verb.lower_ in SAY_FORMS and any(_past_read_as_participle(c) for c in obj.children)):
        return []
    return ctx.clause_span(obj.left_edge.i, sent_end - 1, verb.i)


def _next_word(ctx: DocContext, i: int) -> int:
    """The first token after ``i`` that is not a time expression ("said Thursday")."""
    doc = ctx.doc
    i += 1
    while i < len(doc) and doc[i].dep_ == "npadvmod" and doc[i].head.i == i - 1:
        i += 1
    return i


def _misread_verb(tok: Token, verb: Token, lexicon: CueLexicon, joints: list[int]) -> bool:
    """``tok``, finite, is the verb of a complement the parser hung on the cue: for "say", through
    any coordination; for other cues, as the cue's own conjunct without a conjunction or comma of
    the cue's before it and not a cue itself, or as a bare adverbial clause."""
    if verb.lower_ in SAY_FORMS:
        return _depends_on(tok, verb) or _bare_finite_clause(tok, verb)
    if tok.dep_ == "conj" and tok.head.i == verb.i:
        return not any(j < tok.i for j in joints) and not lexicon.is_verb_cue(tok.lower_)
    return _bare_finite_clause(tok, verb)


def _past_read_as_participle(tok: Token) -> bool:
    """``said several acres of land burned before the flames were put out``: the parser read the
    complement's past tense as a participle modifying the object of "said". A participle with a
    clause of its own, a subordinated one ("before ...") or an object, and no agent ("a prayer
    written by his mother") or auxiliary, is taken for that past tense."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.i > tok.head.i \
        and not any(c.dep_ in ("agent", "aux", "auxpass") for c in tok.children) \
        and any(c.dep_ in ("dobj", "ccomp") or c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children)
                for c in tok.children)


def _bare_finite_clause(tok: Token, verb: Token) -> bool:
    """``ruled the male-only draft violated the Due Process Clause``: the parser made the
    complement's verb an adverbial clause of the cue; a finite adverbial clause needs a
    subordinator ("because", "when"), so one without is the misread complement, when no comma
    sets it off from the object ("announced a withdrawal, beyond the one first announced ...":
    there the verb is a participle the tagger read as finite)."""
    return tok.dep_ == "advcl" and tok.head.i == verb.i and not any(c.dep_ == "mark" for c in tok.children) \
        and not any(t.text == "," for t in tok.doc[verb.i + 1:tok.i])


def _depends_on(tok: Token, ancestor: Token) -> bool:
    """``tok`` hangs from ``ancestor`` through coordination only, not a relative clause."""
    while tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl", "advcl", "pcomp"):
            return False
        tok = tok.head
        if tok.i == ancestor.i:
            return True
    return False


def misparsed_insertion(ctx: DocContext, verb: Token) -> tuple[list[Span], int | None]:
    """``Many of the cultures in Montana, the complaint pointed out, have a concept of family …``.

    An attribution inserted between commas into its content ("A, X said, B") that the parser
    made the sentence's main verb, with the content's pieces hanging from it (A as an adverbial
    clause, B as a ``dep``), or hung on B with A ("If the birds had been domesticated, they
    reasoned, the specimens would …"): the content is A and B, as for an inserted attribution
    parsed right.
    A needs no verb of its own (it is B's subject) unless a subordinator opens it ("If …, they
    reasoned, …"); B needs a verb; neither may be quoted (the quotation rules' case), and A may
    not end in a relative pronoun ("polynyas, which, they observed, occurred …"). Returns the
    content and the cue's subject, the one between the commas (the parser may give it two).
    """
    if ctx.in_quote[verb.i]:
        return [], None
    doc = ctx.doc
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ in SUBJECT_DEPS), None)
    after = verb.i + 1
    if after < len(doc) and doc[after].dep_ == "prt" and doc[after].head.i == verb.i:
        after += 1
    if subject is None or subject.left_edge.i < 1 or doc[subject.left_edge.i - 1].text != "," \
            or subject.right_edge.i != verb.i - 1 or after >= len(doc) or doc[after].text != ",":
        return [], None
    first, end = ctx.sentence(verb)
    comma = subject.left_edge.i - 1
    left, right = doc[first:comma], doc[after + 1:end]
    if not left or any(ctx.in_quote[t.i] for t in (*left, *right)) or left[-1].tag_ in ("WDT", "WP"):
        return [], None
    if any(t.tag_ in FINITE_TAGS for t in left) and left[0].dep_ != "mark" and left[0].tag_ != "IN":
        return [], None
    if not any(t.pos_ in ("VERB", "AUX") for t in right):
        return [], None
    content = ctx.clause_span(first, comma - 1, verb.i, min_words=1) + ctx.clause_span(after + 1, end - 1, verb.i)
    return content, subject.i


def misread_request(ctx: DocContext, word: Token) -> Attribution | None:
    """``spoke at the rally and encouraged supporters to remain hopeful``: the tagger read the
    request verb as an adjective of its addressee, and the parser hung the addressee and the
    infinitive on the speaker's previous verb (as its conjunct, or as the infinitive's subject).
    The content is the infinitive from "to" (docs/annotation.md, requests); the speaker is the
    subject of the nearest verb above the addressee that has one besides it."""
    doc = ctx.doc
    if word.pos_ != "ADJ" or word.dep_ != "amod" or word.lower_ not in request_verbs() or ctx.in_quote[word.i] \
            or word.i == 0 or doc[word.i - 1].lower_ not in ("and", ","):
        return None
    noun = word.head
    to = noun.right_edge.i + 1
    if noun.i != word.i + 1 or to + 1 >= len(doc) or doc[to].lower_ != "to" or doc[to + 1].tag_ != "VB":
        return None
    infinitive = doc[to].head
    source, up = None, noun.head
    for _ in range(4):
        source = next((c.i for c in up.children if c.dep_ in SUBJECT_DEPS and c.i != noun.i), None)
        if source is not None or up.head.i == up.i:
            break
        up = up.head
    if source is None:
        return None
    content = ctx.clause_span(to, infinitive.right_edge.i, word.i)
    return Attribution(content, ctx.char_span(word.i, word.i), "verb-phrasal", source_token=source,
                       confidence=0.6) if content else None
