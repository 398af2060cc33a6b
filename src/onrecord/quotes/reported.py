"""Cue-driven attribution: reported speech and the cue of most direct quotes.

Each cue (a reporting verb, "according to", or a reporting noun with a
that-clause) outside quotation marks is read from the dependency parse:

* content is the cue's clausal complement (``ccomp``; ``parataxis`` when it
  is the quotation itself), or, for an attribution inserted into or after
  its content ("..., Peskov said", "..., has claimed the president's
  spokesman"), the governing clause minus the attribution;
* a colon after the cue ("X said: ...") introduces the rest of the sentence;
* the source is the cue's subject; inverted clauses, which spaCy parses with
  the speaker as an object, take the nominal after the cue; non-finite cues
  ("..., adding that") inherit the subject of the verb they hang from.

The rules follow the verb-complement patterns of Krestel et al. (2008) and
the GGT quote extractor (Asr et al. 2021), and PolNeAR's span conventions
(content starts at "that"; the cue is the verb alone).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.quotes.lexicon import CueLexicon
from onrecord.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
INVERTED_SOURCE_DEPS = ("nsubj", "dobj", "attr", "npadvmod", "oprd", "appos", "nsubjpass")
NON_FINITE_DEPS = ("xcomp", "advcl", "conj", "pcomp", "dep")
NOMINAL_POS = ("PROPN", "NOUN", "PRON")
RELATIVE_PRONOUNS = ("who", "which", "that", "whom")
EXPLETIVES = ("it", "there")
#: Verbs whose passive subject is the hearer, not the speaker ("he was told").
HEARER_VERBS = frozenset("told tell asked ask informed inform reminded assured warned urged".split())
MIN_CONTENT_TOKENS = 3
#: Forms of "say", whose noun object is in practice a misparsed clause subject.
SAY_FORMS = frozenset("say says said saying".split())
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))
#: Dependents of a cue verb, after its complement, that belong to the content.
TRAILING_MODIFIER_DEPS = frozenset(("advcl", "prep", "npadvmod", "advmod", "dobj", "oprd", "acomp"))


def find_reported(ctx: DocContext, lexicon: CueLexicon) -> list[Attribution]:
    """Every attribution that a cue in ``ctx`` anchors, in text order."""
    found: list[Attribution] = []
    doc = ctx.doc
    for tok in doc:
        if ctx.in_quote[tok.i] or tok.is_punct or ctx.is_furniture(tok.idx):
            continue
        lower = tok.lower_
        if tok.pos_ == "VERB" and lexicon.is_verb_cue(lower):
            att = _verb_attribution(ctx, tok)
        elif lower in lexicon.phrase_heads:
            att = _phrase_attribution(ctx, tok, lexicon)
        elif tok.pos_ == "NOUN" and lower in lexicon.nouns:
            att = _noun_attribution(ctx, tok)
        else:
            continue
        if att is not None:
            found.append(att)
    return found


# --------------------------------------------------------------------------- verbs

def _verb_attribution(ctx: DocContext, verb: Token) -> Attribution | None:
    complement = _complement(ctx, verb) or _colon_content(ctx, verb)
    governing = [] if complement else _governing_content(ctx, verb)
    content = complement or governing or _misparsed_complement(ctx, verb)
    if not content:
        # No clause here: the quote-mark rules may still attach a quotation to this cue.
        return Attribution([], _cue_span(ctx, verb), "verb-no-content",
                           source_token=_verb_source(verb, inverted=True), confidence=0.0)
    source = _verb_source(verb, inverted=content[0].start < verb.idx)
    if source is None and not any(ctx.in_quote[ctx.token_at(p.start)] for p in content):
        return None  # reported speech with nobody reporting it is not a quote
    return Attribution(content, _cue_span(ctx, verb),
                       "verb-inserted" if governing else "verb-complement",
                       source_token=source, confidence=0.8)


def _cue_span(ctx: DocContext, verb: Token) -> Span:
    """The cue: the verb with its auxiliaries and particles ("has said", "pointed out")."""
    first = last = verb.i
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass", "neg") and child.i < verb.i and child.i >= first - 3:
            first = min(first, child.i)
        elif child.dep_ == "prt" and child.i == last + 1:
            last = child.i
    return ctx.char_span(first, last)


def _complement(ctx: DocContext, verb: Token) -> list[Span]:
    """The clausal complement of a cue verb, as one character span."""
    best = None
    for child in verb.children:
        if child.dep_ == "ccomp" or (child.dep_ == "parataxis" and ctx.in_quote[child.i]):
            if best is None or _size(child) > _size(best):
                best = child
    if best is None:
        return []
    first, last = best.left_edge.i, best.right_edge.i
    if first < verb.i < last:  # the cue sits inside the clause: keep the side that holds the head
        if best.i > verb.i:
            first = verb.i + 1
        else:
            last = verb.i - 1
    if best.i > verb.i:
        first = _misparsed_subject(verb, best, first)
        last = _trailing_modifiers(verb, last)
    return _trimmed(ctx, first, last, verb.i)


def _misparsed_subject(verb: Token, clause: Token, first: int) -> int:
    """``Garland said unemployment ... have broad relevance``: a subjectless
    complement whose subject the parser made the object of "said"."""
    if verb.lower_ not in SAY_FORMS or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children):
        return first
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.i < first), None)
    return obj.left_edge.i if obj is not None else first


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


def _misparsed_complement(ctx: DocContext, verb: Token) -> list[Span]:
    """``Garland said unemployment and lost earning power ... have broad relevance``.

    The small parser often reads the subject of a bare complement clause as
    the object of "said" and hangs the clause's verb off it as a ``conj``.
    For the verbs of saying, whose object is almost never a plain noun
    phrase, a noun object followed by a finite verb that depends on the cue
    is taken as a misparsed complement: the content runs from the object to
    the end of the sentence.
    """
    if verb.lower_ not in SAY_FORMS:
        return []
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != _next_word(ctx, verb.i):
        return []
    _, sent_end = ctx.sentence(verb)
    if not any(t.tag_ in FINITE_TAGS and _depends_on(t, verb) for t in ctx.doc[obj.i + 1:sent_end]):
        return []
    return _trimmed(ctx, obj.left_edge.i, sent_end - 1, verb.i)


def _next_word(ctx: DocContext, i: int) -> int:
    """The first token after ``i`` that is not a time expression ("said Thursday")."""
    doc = ctx.doc
    i += 1
    while i < len(doc) and doc[i].dep_ == "npadvmod" and doc[i].head.i == i - 1:
        i += 1
    return i


def _depends_on(tok: Token, ancestor: Token) -> bool:
    """``tok`` hangs from ``ancestor`` through coordination only, not a relative clause."""
    while tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl", "advcl", "pcomp"):
            return False
        tok = tok.head
        if tok.i == ancestor.i:
            return True
    return False


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
    return _trimmed(ctx, nxt + 1, sent_end - 1, verb.i)


def _governing_content(ctx: DocContext, verb: Token) -> list[Span]:
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
    if verb.dep_ == "conj" and (verb.left_edge.i == 0 or ctx.doc[verb.left_edge.i - 1].text != ","
                                or any(c.dep_ in SUBJECT_DEPS for c in verb.children)):
        return []  # a plain coordinated verb, not "..., writes TASS"
    if not any(c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ in INVERTED_SOURCE_DEPS and c.i > verb.i)
               for c in verb.children):
        return []
    if ctx.in_quote[verb.i] or ctx.in_quote[head.i] and not _quote_adjacent(ctx, verb):
        return []
    first, last = head.left_edge.i, head.right_edge.i
    cut_first, cut_last = verb.left_edge.i, verb.right_edge.i
    pieces: list[Span] = []
    if cut_first > first:
        pieces += _trimmed(ctx, first, cut_first - 1, verb.i)
    if cut_last < last:
        pieces += _trimmed(ctx, cut_last + 1, last, verb.i)
    return pieces


def _quote_adjacent(ctx: DocContext, verb: Token) -> bool:
    """The attribution is set off right next to a quotation ("...," he said)."""
    doc = ctx.doc
    left = verb.left_edge.i - 1
    while left >= 0 and doc[left].is_punct and not ctx.in_quote[left]:
        left -= 1
    return left >= 0 and ctx.in_quote[left]


def _trimmed(ctx: DocContext, first: int, last: int, anchor: int,
             min_words: int = MIN_CONTENT_TOKENS) -> list[Span]:
    """Tokens first..last in the anchor's paragraph, without edge punctuation
    outside quotes; [] if fewer than ``min_words`` words.

    A parse can run a sentence over a line break (a heading after a
    paragraph); content stays in the paragraph of its cue.
    """
    doc = ctx.doc
    for i in range(first, last + 1):
        if "\n" in doc[i].text:
            if i < anchor:
                first = i + 1
            else:
                last = i - 1
                break
    while first <= last and (doc[first].is_punct or doc[first].is_space) and not ctx.in_quote[first]:
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space) and not ctx.in_quote[last]:
        last -= 1
    words = sum(1 for i in range(first, last + 1) if not doc[i].is_punct)
    if last < first or words < min_words:
        return []
    return [ctx.char_span(first, last)]


def _verb_source(verb: Token, inverted: bool) -> int | None:
    """Head token of the speaker of a cue verb, or None.

    ``inverted``: the content precedes the cue, so a nominal after the cue
    can be its speaker ("..., has claimed the president's spokesman").
    """
    current = verb
    for _ in range(4):
        subject = _subject(current, inverted and current.i == verb.i)
        if subject is not None:
            return subject
        if current.dep_ in NON_FINITE_DEPS and current.head.i != current.i:
            current = current.head
            continue
        if current.dep_ == "prep" and current.head.pos_ in ("VERB", "AUX"):
            current = current.head  # "he was quoted as saying"
            continue
        if current.dep_ in ("acl", "relcl") and current.head.pos_ in NOMINAL_POS:
            return current.head.i
        break
    return None


def _subject(verb: Token, inverted: bool) -> int | None:
    """The cue's subject; a token tagged as punctuation is never one.

    The parser, which rarely saw guillemets, can take the closing mark of ``«…,» Lee said``
    for the subject beside the real one (issue 15: the speaker was "»"). The tag, not the
    character, decides: the "%" of "More than 95% … indicated" is a noun.
    """
    children = [c for c in verb.children if c.pos_ != "PUNCT"]
    for child in children:
        if child.dep_ in ("nsubj", "csubj"):
            return _unrelativise(verb, child)
        if child.dep_ == "nsubjpass":
            if verb.lower_ in HEARER_VERBS or child.lower_ in EXPLETIVES:
                return _agent(verb)
            return _unrelativise(verb, child)
    if inverted:
        for child in children:
            if child.dep_ in INVERTED_SOURCE_DEPS and child.i > verb.i and child.pos_ in NOMINAL_POS:
                return child.i
    return _agent(verb)


def _agent(verb: Token) -> int | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj.i
    return None


def _unrelativise(verb: Token, subject: Token) -> int | None:
    if subject.lower_ in EXPLETIVES and subject.dep_ in ("nsubjpass", "expl"):
        return None
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head.i
    return subject.i


# --------------------------------------------------------------------------- phrases

def _phrase_attribution(ctx: DocContext, tok: Token, lexicon: CueLexicon) -> Attribution | None:
    """``according to X, content`` / ``content, according to X``."""
    doc = ctx.doc
    for phrase in lexicon.phrases:
        end = tok.i + len(phrase)
        if end > len(doc) or tuple(t.lower_ for t in doc[tok.i:end]) != phrase:
            continue
        last = doc[end - 1]
        source = next((c.i for c in last.children if c.dep_ == "pobj"), None)
        if source is None and end < len(doc) and doc[end].pos_ in NOMINAL_POS:
            source = doc[end].i
        if source is None:
            return None
        phrase_end = max(doc[source].right_edge.i, end - 1)
        sent_start, sent_end = ctx.sentence(tok)
        # The phrase opens, ends or interrupts the content
        # ("Wilson-Raybould, according to the report, rebuffed the pressure").
        content = _trimmed(ctx, phrase_end + 1, sent_end - 1, tok.i)
        if tok.i != _first_word(ctx, sent_start):
            content = _trimmed(ctx, sent_start, tok.i - 1, tok.i) + content
        if not content:
            return None
        return Attribution(content, ctx.char_span(tok.i, end - 1), "according-to",
                           source_token=source, confidence=0.75)
    return None


def _first_word(ctx: DocContext, start: int) -> int:
    doc = ctx.doc
    while start < len(doc) and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start


# --------------------------------------------------------------------------- nouns

def _noun_attribution(ctx: DocContext, noun: Token) -> Attribution | None:
    """``the Kremlin's statement that ...``: a reporting noun with its that-clause."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos")
                   and any(t.lower_ == "that" and t.dep_ == "mark" for t in c.children)), None)
    if clause is None:
        return None
    content = _trimmed(ctx, clause.left_edge.i, clause.right_edge.i, noun.i)
    if not content:
        return None
    source = next((c.i for c in noun.children if c.dep_ == "poss"), None)
    if source is None:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                source = next((c.i for c in prep.children if c.dep_ == "pobj"), None)
    if source is None and noun.dep_ in ("dobj", "attr") and noun.head.pos_ == "VERB":
        source = _subject(noun.head, inverted=False)
    return Attribution(content, ctx.char_span(noun.i, noun.i), "noun-cue",
                       source_token=source, confidence=0.7)
