"""Cue-driven attribution: reported speech and the cue of most direct quotes.

Each cue (a reporting verb, "according to", or a reporting noun with a
that-clause) outside quotation marks is read from the dependency parse:

* content is the cue's clausal complement (``ccomp``; ``parataxis`` when it
  is the quotation itself), or, for an attribution inserted into or after
  its content ("..., Peskov said", "..., has claimed the president's
  spokesman"), the governing clause minus the attribution;
* a colon after the cue ("X said: ...") introduces the rest of the sentence;
* the source is the cue's subject (:mod:`onrecord.quotes.sources`);
* content that is an infinitive or a noun phrase ("urged states not to ...",
  "announced the end of ...") is :mod:`onrecord.quotes.phrasal`'s; reporting
  nouns and documents that speak are :mod:`onrecord.quotes.nominal`'s;
  "according to" and "per" are :mod:`onrecord.quotes.according`'s; the
  parser's misreads of a complement are repaired by :mod:`onrecord.quotes.misparse`.

The rules follow the verb-complement patterns of Krestel et al. (2008) and
the GGT quote extractor (Asr et al. 2021), and PolNeAR's span conventions
(content starts at "that"; the cue is the verb alone).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.according import phrase_attribution
from onrecord.quotes.complementizer import Reading, article_token, article_tokens, complement, \
    coordinated_clause, other_subject, reading, reread
from onrecord.quotes.context import MIN_CONTENT_WORDS, DocContext
from onrecord.quotes.documents import printed_documents
from onrecord.quotes.lexicon import CueLexicon, document_verbs, preposition_cues
from onrecord.quotes.misparse import misparsed_complement, misparsed_insertion, misparsed_subject, misread_request
from onrecord.quotes.no_act import no_act, scene
from onrecord.quotes.nominal import (
    announced_document,
    document_subject,
    is_reporting_noun,
    noun_attribution,
)
from onrecord.quotes.phrasal import ANNOUNCING_WORDS, is_passive, phrasal_content, topic_content
from onrecord.quotes.sources import (
    HEARER_VERBS,
    INVERTED_SOURCE_DEPS,
    SUBJECT_DEPS,
    agent_of,
    subject_of,
    unquoted_source,
    verb_source,
)
from onrecord.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Subjects that address the reader, never a reported speaker.
READER_PRONOUNS = ("you",)
#: Dependents of a cue verb, after its complement, that belong to the content.
TRAILING_MODIFIER_DEPS = frozenset(("advcl", "prep", "npadvmod", "advmod", "dobj", "oprd", "acomp"))


def find_reported(ctx: DocContext, lexicon: CueLexicon) -> list[Attribution]:
    """Every attribution that a cue in ``ctx`` anchors, in text order."""
    found: list[Attribution | None] = []
    readings: list[tuple[int, Reading]] = []  # (place in found, sentence to read again)
    doc = ctx.doc
    for tok in doc:
        if ctx.in_quote[tok.i] or tok.is_punct or ctx.is_furniture(tok.idx):
            continue
        lower = tok.lower_
        if tok.pos_ == "VERB" and lexicon.is_verb_cue(lower):
            att = _verb_attribution(ctx, tok, lexicon)
            read = reading(ctx, tok) if (att is None or not att.content) and not no_act(tok) else None
            if read is not None:
                readings.append((len(found), read))
                found.append(att)
                continue
        elif tok.pos_ == "VERB" and lower in document_verbs():
            att = _document_attribution(ctx, tok, lexicon)
        elif tok.pos_ == "VERB" and any(lower in forms for forms in preposition_cues().values()):
            att = _topic_attribution(ctx, tok)
        elif lower in lexicon.phrase_heads:
            att = phrase_attribution(ctx, tok, lexicon)
        elif lower in ANNOUNCING_WORDS:
            att = announced_document(ctx, tok, lexicon)
        elif tok.pos_ == "ADJ" and tok.dep_ == "amod":
            att = misread_request(ctx, tok)
        elif is_reporting_noun(tok, lexicon):
            att = noun_attribution(ctx, tok)
        else:
            continue
        if att is not None:
            found.append(att)
    for (place, read), parsed in zip(readings, reread(ctx, [r for _, r in readings])):
        att = _reread_attribution(ctx, read, parsed, lexicon) if parsed is not None else None
        found[place] = att or found[place]
    documents = printed_documents(ctx, lexicon, [att for att in found if att is not None])
    return [att for att in found if att is not None] + documents


def _reread_attribution(ctx: DocContext, read: Reading, parsed: Doc, lexicon: CueLexicon) -> Attribution | None:
    """The complement that a second parse with "that" spelled out gives the cue
    (:mod:`onrecord.quotes.complementizer`), with the same boundaries as a first parse's."""
    clause = complement(read, parsed)
    if clause is None:
        return None
    verb = ctx.doc[read.verb]
    head = article_token(ctx, read, clause.head)
    if head is None or coordinated_clause(ctx, verb, head) or other_subject(ctx, read, clause, head):
        return None
    last = _before_coordinated_cue(clause.head, _trailing_modifiers(clause.verb, clause.last), lexicon)
    bounds = article_tokens(ctx, read, parsed, clause.first, last)
    content = ctx.clause_span(bounds[0], bounds[1], verb.i) if bounds is not None else []
    if not content:
        return None
    # the cue's own subject in the second parse, which reads the words around the cue better
    # ("with local radio reporting nobody was …": the first parse made "radio" a modifier)
    second = subject_of(clause.verb, inverted=False)
    source = article_token(ctx, read, parsed[second]) if second is not None else verb_source(verb, inverted=False)
    if source is None or ctx.doc[source].lower_ in READER_PRONOUNS:
        return None
    return Attribution(content, _cue_span(ctx, verb), "verb-reread", source_token=source, confidence=0.7)


# --------------------------------------------------------------------------- verbs

def _verb_attribution(ctx: DocContext, verb: Token, lexicon: CueLexicon) -> Attribution | None:
    if no_act(verb):
        return None
    complement = _complement(ctx, verb, lexicon) or _colon_content(ctx, verb)
    governing = [] if complement else _governing_content(ctx, verb, lexicon)
    inserted, inserted_subject = ([], None) if complement or governing else misparsed_insertion(ctx, verb)
    governing = governing or inserted
    content = complement or governing or misparsed_complement(ctx, verb, lexicon)
    phrasal = [] if content else phrasal_content(ctx, verb)
    if not content and not phrasal:
        # No clause here: the quote-mark rules may still attach a quotation to this cue.
        return Attribution([], _cue_span(ctx, verb), "verb-no-content",
                           source_token=unquoted_source(ctx.in_quote, verb, verb_source(verb, inverted=True)), confidence=0.0)
    content = content or phrasal
    # "were reported by local media to have visited": the passive subject is what the report is about
    source = agent_of(verb) if phrasal and is_passive(verb) else inserted_subject if inserted \
        else verb_source(verb, inverted=content[0].start < verb.idx)
    if source is not None and ctx.doc[source].lower_ in READER_PRONOUNS:
        return None  # "When you say you hate his beard": the writer addresses the reader
    if source is None and (governing or not _reported_as_such(verb)) and not any(ctx.in_quote[ctx.token_at(p.start)] for p in content):
        return None  # reported speech with nobody reporting it is not a quote, unless reported as such
    return Attribution(content, _cue_span(ctx, verb),
                       "verb-inserted" if governing else "verb-phrasal" if phrasal else "verb-complement",
                       source_token=source, confidence=0.8 if not phrasal else 0.7)


def _document_attribution(ctx: DocContext, verb: Token, lexicon: CueLexicon) -> Attribution | None:
    """``"…," reads Judge Miller's statement``: the reporting noun is the source, whose owner
    the speaker stage makes the speaker."""
    subject = document_subject(verb, lexicon)
    att = _verb_attribution(ctx, verb, lexicon) if subject is not None else None
    if att is not None:
        att.source_token = subject.i
    return att


def _topic_attribution(ctx: DocContext, verb: Token) -> Attribution | None:
    """``spoke of an imminent incursion``: "speak" and "talk" are no cues alone ("she spoke to
    reporters" is narration, docs/annotation.md); with what they tell of, and a speaker, they are."""
    content = topic_content(ctx, verb)
    source = verb_source(verb, inverted=False) if content else None
    if source is None:
        return None
    return Attribution(content, _cue_span(ctx, verb), "verb-phrasal", source_token=source, confidence=0.7)


def _reported_as_such(verb: Token) -> bool:
    """"It was reported that …": a passive report names no speaker and is still a statement
    (docs/annotation.md, reports without a named source); "she was told that …" names the hearer."""
    return is_passive(verb) and verb.lower_ not in HEARER_VERBS


def _cue_span(ctx: DocContext, verb: Token) -> Span:
    """The cue: the verb with its auxiliaries and particles ("has said", "pointed out")."""
    first = last = verb.i
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass", "neg") and child.i < verb.i and child.i >= first - 3:
            first = min(first, child.i)
        elif child.dep_ == "prt" and child.i == last + 1:
            last = child.i
    return ctx.char_span(first, last)


def _complement(ctx: DocContext, verb: Token, lexicon: CueLexicon) -> list[Span]:
    """The clausal complement of a cue verb, as one character span: the largest that is
    this cue's ("A; TVN24 reported B": A, the larger, lies past a semicolon)."""
    clauses = _before_colon(ctx, verb, [c for c in verb.children if (c.dep_ == "ccomp" and not scene(c, verb))
                                        or (c.dep_ == "parataxis" and ctx.in_quote[c.i])])
    for clause in sorted(clauses, key=_size, reverse=True):
        content = _clause_content(ctx, verb, clause, lexicon)
        if content:
            return content
    return []


def _before_colon(ctx: DocContext, verb: Token, clauses: list[Token]) -> list[Token]:
    """``indicated the US was disappointed: "A," he said, "B."``: a colon after the cue's own
    clause, before a quotation, ends that clause; the quotation after it (here interrupted by a
    cue of its own) is not a second complement of the cue, though the parser hangs it there.
    Unquoted words after the colon ("said the plan was simple: build homes") stay content."""
    colon = next((c.i for c in verb.rights if c.text == ":"), None)
    if colon is None or colon + 1 >= len(ctx.doc) or not ctx.in_quote[colon + 1]:
        return clauses
    before = [c for c in clauses if c.right_edge.i < colon]
    return before or clauses


def _clause_content(ctx: DocContext, verb: Token, best: Token, lexicon: CueLexicon) -> list[Span]:
    first, last = best.left_edge.i, best.right_edge.i
    if first < verb.i < last:  # the cue sits inside the clause: keep the side that holds the head
        if best.i > verb.i:
            first = verb.i + 1
        else:
            last = verb.i - 1
    if best.i > verb.i:
        first = misparsed_subject(verb, best, first)
        last = _trailing_modifiers(verb, last)
        last = _before_coordinated_cue(best, last, lexicon)
    return ctx.clause_span(first, last, verb.i)


def _before_coordinated_cue(clause: Token, last: int, lexicon: CueLexicon) -> int:
    """Where the complement ends before the speaker's next act.

    ``Flynn said there was a lack of transparency and urged the crowd to ...``, ``confirmed
    they seized the substance, stating "..."``: a cue verb coordinated in the complement, or
    a participle hanging from it, without a subject of its own, is the speaker's next act, not
    part of what was said.
    """
    for child in clause.rights:
        if child.i <= last and _next_act(child, lexicon):
            cc = [c.i for c in clause.children if c.dep_ in ("cc", "punct") and c.i < child.left_edge.i]
            return min(last, (cc[-1] if cc else child.left_edge.i) - 1)
    return last


def _next_act(child: Token, lexicon: CueLexicon) -> bool:
    """A subjectless cue verb coordinated with the content or added as a participle (", stating ...")."""
    if child.pos_ != "VERB" or not lexicon.is_verb_cue(child.lower_) \
            or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in child.children):
        return False
    return child.dep_ == "conj" or child.dep_ == "advcl" and child.tag_ == "VBG"


def _trailing_modifiers(verb: Token, last: int) -> int:
    """Extend content over modifiers the parser hung on the cue after it.

    ``Purdy says he's lost 16 lbs since he signed up``: spaCy often attaches
    the clause's own adverbial ("since ...", "because ...") to the cue verb.
    Both GGT and PolNeAR annotate the reported content to the end of the
    sentence, so such trailing modifiers belong to it; a coordinated verb or a
    second cue (", adding that ...") does not.
    """
    for child in verb.rights:
        if child.i <= last or child.is_punct:
            continue
        if child.dep_ not in TRAILING_MODIFIER_DEPS or _own_attribution(child):
            break
        last = child.right_edge.i
    return last


def _own_attribution(child: Token) -> bool:
    """A participle without a subordinator (", adding that ...", ", citing ...")
    or "according to" is an attribution of its own, not the content's modifier."""
    if child.lower_ == "according":
        return True
    return child.dep_ == "advcl" and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in child.children)


def _size(tok: Token) -> int:
    return tok.right_edge.i - tok.left_edge.i


def _colon_content(ctx: DocContext, verb: Token) -> list[Span]:
    """``X said: content`` - the rest of the sentence after the colon."""
    doc = ctx.doc
    nxt = verb.i + 1
    while nxt < len(doc) and doc[nxt].dep_ in ("prt", "advmod", "npadvmod") and nxt - verb.i < 4:
        nxt += 1
    if nxt >= len(doc) or doc[nxt].text != ":":
        return []
    _, sent_end = ctx.sentence(verb)
    if nxt + 1 >= sent_end:
        return []
    return ctx.clause_span(nxt + 1, sent_end - 1, verb.i)


def _governing_content(ctx: DocContext, verb: Token, lexicon: CueLexicon) -> list[Span]:
    """``The sides are not discussing a swap, Peskov said.``: the cue hangs from its content.

    spaCy attaches an inserted or trailing attribution as ``parataxis`` or
    ``ccomp`` of the content's main verb, and an inverted one ("..., writes
    TASS") as a subjectless ``conj`` after a comma; the content is then the
    governing clause without the attribution's own subtree.
    """
    head = verb.head
    if verb.dep_ not in ("parataxis", "ccomp", "conj") or head.i == verb.i:
        return []
    if head.i > verb.i and verb.dep_ != "parataxis":
        return []  # only an inserted attribution may stand before its content's verb
    if not _set_off(ctx, verb):
        return []  # not set off like an inserted attribution: "it's not certain the EU would agree"
    if verb.dep_ == "conj" and (ctx.doc[verb.left_edge.i - 1].text != ","
                                or any(c.dep_ in SUBJECT_DEPS for c in verb.children)):
        return []  # a plain coordinated verb, not "..., writes TASS"
    if not any(c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ in INVERTED_SOURCE_DEPS and c.i > verb.i)
               for c in verb.children):
        return []
    if ctx.in_quote[verb.i] or ctx.in_quote[head.i] and not _quote_adjacent(ctx, verb):
        return []
    first, last = head.left_edge.i, head.right_edge.i
    cut_first, cut_last = _attribution_start(ctx, verb), _attribution_end(verb, lexicon)
    after = ctx.clause_span(cut_last + 1, last, verb.i) if cut_last < last else []
    if cut_first <= first or any(t.pos_ == "VERB" and no_act(t) for t in ctx.doc[first:cut_first]):
        return after  # nothing before, or the question put to the speaker ("When told of X, he said, …")
    # The words before an inserted attribution ("The army, the minister said, would hold ...") open
    # the clause: kept however short, so the content never starts mid-clause (issue 16).
    return ctx.clause_span(first, cut_first - 1, verb.i, min_words=1 if after else MIN_CONTENT_WORDS) + after


def _set_off(ctx: DocContext, verb: Token) -> bool:
    """An inserted or trailing attribution is parenthetical: punctuation (a comma, a dash, a
    quotation mark) comes right before its first word."""
    first = verb.left_edge.i
    while first < verb.i and ctx.doc[first].is_punct:
        first += 1
    return first > 0 and ctx.doc[first - 1].is_punct


def _attribution_start(ctx: DocContext, verb: Token) -> int:
    """The first token of an inserted attribution: ``If these findings hold, scientists say,
    containing it may …``: the parser hangs the content's opening clause on the cue; the
    attribution starts at the comma before its subject. An opening phrase without a verb ("On
    Monday, police said, …") stays the attribution's."""
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.left_edge.i > verb.left_edge.i \
            and ctx.doc[subject.left_edge.i - 1].text == "," \
            and any(t.pos_ in ("VERB", "AUX") for t in ctx.doc[verb.left_edge.i:subject.left_edge.i]):
        return subject.left_edge.i - 1  # a clause, not a time or place ("On Monday, police said, …")
    return verb.left_edge.i


def _attribution_end(verb: Token, lexicon: CueLexicon) -> int:
    """The last token of an inserted attribution: ``The drugs have few uses, he says, and are
    meant to be taken short term``: the parser coordinates the content's second predicate with
    the cue; it stays content (GGT marks it), unless it is a cue itself (", he said, and added")."""
    for child in verb.rights:
        if child.dep_ == "conj" and not lexicon.is_verb_cue(child.lower_):
            cc = [c.i for c in verb.children if c.dep_ == "cc" and c.i < child.i]
            return (cc[-1] if cc else child.left_edge.i) - 1
    return verb.right_edge.i


def _quote_adjacent(ctx: DocContext, verb: Token) -> bool:
    """The attribution is set off right next to a quotation ("...," he said)."""
    doc = ctx.doc
    left = verb.left_edge.i - 1
    while left >= 0 and doc[left].is_punct and not ctx.in_quote[left]:
        left -= 1
    return left >= 0 and ctx.in_quote[left]
