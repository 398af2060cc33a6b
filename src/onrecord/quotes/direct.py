"""Quote-mark-driven attribution: join quotations to cues, or find them a speaker.

For each outermost quotation (from :mod:`onrecord.quotes.marks`), in order:

1. it overlaps the content of a cue's clause: the content grows to cover it
   (``"…," he said``: spaCy's ``ccomp`` stops at the quotation's last sentence);
2. a cue without a clause stands next to it (``X said: "…"``, ``"…," X
   responded``), or governs it from outside (``called them "deplorables"``,
   a partial quote: the content runs from the cue's object to the quote);
3. it resumes an interrupted quotation (``"Judge," Brafman said, "I…"``) or
   continues the paragraph's last attribution: it becomes another piece of it;
4. a credit follows it (``"…" — Senator X``) or a headline names the speaker
   before a colon (``Peskov: "…"``);
5. it opens a paragraph or sentence with no cue and reads as a statement: a
   floating quote, given to the previous speaker (GGT annotates these);
6. otherwise it is a scare quote or a title ("No “law on non-returnees” in
   sight") and is not a statement.
"""
from __future__ import annotations

import re

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.quotes.marks import QuotedSpan
from onrecord.quotes.sources import HEARER_VERBS
from onrecord.quotes.standalone import floating_quote, is_heading, speaker_of_standalone, stands_alone
from onrecord.records import Span

_DASH_CREDIT = re.compile(r"[ \t]*(?:—|–|--|-)[ \t]*([A-ZА-ЯЁ][^\n]{1,80})$")  # Latin or Cyrillic capital
_WORD = re.compile(r"\w+")
#: Quotations shorter than this many words need a cue to count as statements.
MIN_STATEMENT_WORDS = 4
#: Links a cue may hang by below the verb that carries its subject.
CHAIN_DEPS = ("pcomp", "prep", "xcomp", "advcl", "conj")
#: Punctuation that ends a writer's lead-in to a quotation.
LEAD_IN_MARKS = ("--", "—", "–", ":")
#: Words allowed between a cue and the colon that introduces its quotation.
MAX_COLON_PHRASE_WORDS = 8
#: Words that may join the pieces of one interrupted quotation besides its cue and source.
JOINING_WORDS = frozenset(("and", "but"))
#: Dependents of a cue verb that belong to the attribution, not the content.
CUE_PHRASE_DEPS = ("npadvmod", "prep", "advmod", "prt")
#: Subjects of a colon introduction that stand for a speaker ("She was blunt: "…"").
PERSONAL_PRONOUNS = ("he", "she", "they", "we", "i")
#: Prepositions that belong to a title in a headline credit ("Mayor of Leeds: …").
TITLE_PREPOSITIONS = ("of",)
#: How far up the parse a partial quote may sit below its cue.
MAX_GOVERNING_DEPTH = 5


def attach_quotations(ctx: DocContext, cues: list[Attribution], *,
                      floating_paragraphs: int) -> list[Attribution]:
    """Merge quotations into the cue attributions; return all attributions in text order."""
    placed = [a for a in cues if a.content]
    bare = [a for a in cues if not a.content]
    placed.sort(key=lambda a: a.start)
    alone: list[QuotedSpan] = []
    for q in ctx.quoted:
        if not _WORD.search(ctx.text, q.start, q.end) or ctx.is_furniture(q.start):
            continue
        host = _overlapping(placed, q.span)
        if host is not None:
            _absorb(ctx, host, q.span)
            continue
        att = _bare_cue(ctx, q, bare)
        if att is None and stands_alone(ctx, q):
            alone.append(q)  # its speaker may be named further on: placed when all others are
            continue
        att = (att or _nearer_than_clause(ctx, q, placed) or _leads_into(ctx, q, placed)
               or _interrupted_or_continued(ctx, q, placed)
               or _credited(ctx, q) or _colon_introduced(ctx, q)
               or _floating(ctx, q, placed, floating_paragraphs))
        _place(placed, att)
    for q in alone:
        _place(placed, speaker_of_standalone(ctx, q, placed)
               or (None if is_heading(ctx, q) else _floating(ctx, q, placed, floating_paragraphs)))
    return placed


def _place(placed: list[Attribution], att: Attribution | None) -> None:
    """Add a new attribution, or keep the order after one grew at its start."""
    if att is None:
        return
    if att not in placed:
        placed.append(att)
    placed.sort(key=lambda a: a.start)


def _overlapping(placed: list[Attribution], span: Span) -> Attribution | None:
    for att in placed:
        if att.start >= span.end:
            break
        if any(p.overlaps(span) for p in att.content):
            return att
    return None


def _absorb(ctx: DocContext, att: Attribution, span: Span) -> None:
    """Grow the content piece that overlaps ``span`` to cover it.

    A quotation that ends the piece after a dash or colon (``There's also the
    family -- "the spouse who can't work," she said``) replaces the piece:
    the words before the dash are the writer's lead-in, not the speaker's.
    """
    for n, piece in enumerate(att.content):
        if piece.overlaps(span):
            grown = Span(min(piece.start, span.start), max(piece.end, span.end))
            lead_in = ctx.text[grown.start:span.start].rstrip()
            if grown.end == span.end and lead_in.endswith(LEAD_IN_MARKS):
                grown = span
            att.content[n] = grown
            break
    att.quoted.append(span)


def _between_is(ctx: DocContext, start: int, end: int, allowed: set[int]) -> bool:
    """Only punctuation, "that", or the given tokens lie in text[start:end]."""
    if end <= start:
        return True
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    return all(t.is_punct or t.is_space or t.lower_ == "that" or t.i in allowed for t in span)


def _bare_cue(ctx: DocContext, q: QuotedSpan, bare: list[Attribution]) -> Attribution | None:
    """A cue with no clause of its own, next to the quotation or governing it."""
    doc = ctx.doc
    first_tok = ctx.token_at(q.start + 1)
    sent_start, sent_end = ctx.sentence(doc[first_tok])
    last_tok = ctx.token_at(max(q.end - 2, q.start))
    _, last_sent_end = ctx.sentence(doc[last_tok])
    mark_tok = ctx.token_at(q.start)
    if mark_tok > 0 and ctx.text[:q.start].rstrip().endswith(":"):
        # "Mayor Ann Lee said on Monday:" closing the paragraph before the quotation
        sent_start = ctx.sentence(doc[mark_tok - 1])[0]
    for att in bare:
        assert att.cue is not None
        cue_tok = ctx.token_at(att.cue.end - 1)
        if not (sent_start <= cue_tok < max(sent_end, last_sent_end)):
            continue
        source = doc[att.source_token] if att.source_token is not None else None
        allowed = {t.i for t in source.subtree} if source is not None else set()
        allowed |= _verb_chain(doc[cue_tok], source) | _cue_phrase(ctx, doc[cue_tok])
        # "he was told by the minister of "…"": the agent's and the topic's prepositions
        allowed |= {c.i for c in doc[cue_tok].children
                    if c.dep_ == "agent" or (c.dep_ == "prep" and c.i + 1 < len(doc) and doc[c.i + 1].is_quote)}
        if att.cue.end <= q.start and (_between_is(ctx, att.cue.end, q.start, allowed)
                                       or _colon_led(ctx, att.cue.end, q.start)):
            return _take(bare, att, [q.span], "quote-cue", 0.9, q)
        if att.cue.start >= q.end and _between_is(ctx, q.end, att.cue.start, allowed):
            return _take(bare, att, [q.span], "quote-cue", 0.9, q)
        if att.cue.end <= q.start and _governs(doc[cue_tok], doc[first_tok]):
            return _take(bare, att, [_partial_content(ctx, cue_tok, allowed, q)], "partial-quote", 0.8, q)
    return None


def _partial_content(ctx: DocContext, cue_tok: int, allowed: set[int], q: QuotedSpan) -> Span:
    """A quotation the cue governs from outside: from the cue's object to the quotation's end.

    For predicative speech ("called his rival a “thug”", "described it as “a disaster”") this is
    the object with its quoted label, mixed content, as PolNeAR marks it; GGT and our gold mark
    the label alone, which this still matches at the scorer's partial overlap.
    """
    doc = ctx.doc
    start_tok = cue_tok + 1
    while start_tok in allowed or doc[start_tok].is_punct:
        start_tok += 1
    return Span(doc[start_tok].idx, q.end)


def _verb_chain(cue, source) -> set[int]:
    """The cue with its auxiliaries and, up to the verb its source hangs from,
    the verbs and prepositions it depends on ("he was quoted as saying")."""
    chain, tok = set(), cue
    for _ in range(MAX_GOVERNING_DEPTH):
        chain.add(tok.i)
        chain |= {c.i for c in tok.children if c.dep_ in ("aux", "auxpass", "neg", "advmod")}
        if source is None or source.head.i == tok.i or tok.head.i == tok.i or tok.dep_ not in CHAIN_DEPS:
            break
        tok = tok.head
    return chain


def _cue_phrase(ctx: DocContext, cue) -> set[int]:
    """The cue verb's own unquoted phrases: whom it addresses and when, where, how ("told *the
    press* *in a separate interview*", "said *on Monday*"), which may stand between it and a quotation."""
    words: set[int] = set()
    for child in cue.children:
        # the object of "told" is the hearer; of "called" it is what the speaker names, in the content
        if child.dep_ in CUE_PHRASE_DEPS or child.dep_ in ("dobj", "dative") and cue.lower_ in HEARER_VERBS:
            for i in range(child.left_edge.i, child.right_edge.i + 1):
                if ctx.in_quote[i]:
                    break  # the parse hung the quotation on the phrase: it is not the cue's
                words.add(i)
    return words


def _colon_led(ctx: DocContext, start: int, end: int) -> bool:
    """``X said on Monday: "…"``: a short unquoted phrase then a colon before the quotation."""
    between = ctx.text[start:end].rstrip()
    return (between.endswith(":") and ":" not in between[:-1]
            and len(_WORD.findall(between)) <= MAX_COLON_PHRASE_WORDS)


def _governs(cue, tok) -> bool:
    for _ in range(MAX_GOVERNING_DEPTH):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == cue.i:
            return True
    return False


def _take(bare: list[Attribution], att: Attribution, content: list[Span], rule: str,
          confidence: float, q: QuotedSpan) -> Attribution:
    bare.remove(att)
    att.content, att.rule, att.confidence = content, rule, confidence
    att.quoted.append(q.span)
    return att


def _previous(placed: list[Attribution], before: int) -> Attribution | None:
    prev = None
    for att in placed:
        if att.end > before:
            break
        prev = att
    return prev


def _nearer_than_clause(ctx: DocContext, q: QuotedSpan, placed: list[Attribution]) -> Attribution | None:
    """``There's also the family -- "the spouse who can't work," she said``.

    The parser gave the cue an unquoted clause, but a quotation stands between
    that clause and the cue, right before it: the quotation is what was said
    (GGT and PolNeAR both annotate it alone), the clause is the writer's lead-in.
    """
    if len(_WORD.findall(ctx.text, q.start, q.end)) < MIN_STATEMENT_WORDS:
        return None  # a nickname or a title ("lead singer Riefian “Ifan” Fajarsyah told")
    for att in placed:
        if att.cue is None or att.quoted or att.cue.start < q.end:
            continue
        if att.end > q.start or ctx.paragraph(att.cue.start) != ctx.paragraph(q.start):
            return None
        if _WORD.search(_strip_source(ctx, att, ctx.text[q.end:att.cue.start], q.end)):
            return None
        att.content = [q.span]
        att.quoted.append(q.span)
        return att
    return None


def _leads_into(ctx: DocContext, q: QuotedSpan, placed: list[Attribution]) -> Attribution | None:
    """The first piece of an interrupted quotation: only the source and cue of
    the next attribution stand between it and that attribution
    (``"Judge," Brafman said, "I have never ..."``)."""
    for att in placed:
        if att.cue is None or att.cue.start < q.end:
            continue
        if att.start < q.end or ctx.paragraph(att.cue.start) != ctx.paragraph(q.start):
            return None
        gap = _strip_source(ctx, att, ctx.text[q.end:att.cue.end], q.end)
        if _WORD.search(gap):
            return None
        att.content.insert(0, q.span)
        att.quoted.append(q.span)
        return att
    return None


def _interrupted_or_continued(ctx: DocContext, q: QuotedSpan, placed: list[Attribution]) -> Attribution | None:
    """Another piece of the paragraph's last attribution.

    Interrupted: only the cue and source, and perhaps "and" or "but", lie between its
    content and this quotation (``"A," she said, "B."``, ``"A," said Lee, and "B."``).
    Continued: it had a quotation and this one opens a new sentence (``"A," she said. "B."``).
    """
    prev = _previous(placed, q.start)
    if prev is None or not prev.has_source or ctx.paragraph(prev.end) != ctx.paragraph(q.start):
        return None
    interrupted = False
    if prev.cue is not None and prev.cue.end <= q.start:
        gap_start = max(prev.end, prev.cue.end)
        gap = _strip_source(ctx, prev, ctx.text[gap_start:q.start], gap_start)
        interrupted = set(_WORD.findall(gap.lower())) <= JOINING_WORDS
    if not (interrupted or (prev.quoted and _opens_sentence(ctx, q))):
        return None
    prev.content.append(q.span)
    prev.quoted.append(q.span)
    return prev


def _strip_source(ctx: DocContext, att: Attribution, between: str, offset: int) -> str:
    """The text between two pieces with the cue and source words removed."""
    chars = list(between)
    doc = ctx.doc
    keep = set()
    if att.source_token is not None:
        keep = {(t.idx, t.idx + len(t.text)) for t in _source_words(doc[att.source_token])}
    if att.cue is not None:
        keep.add((att.cue.start, att.cue.end))
        keep |= {(t.idx, t.idx + len(t.text)) for i in _cue_phrase(ctx, doc[ctx.token_at(att.cue.end - 1)])
                 for t in (doc[i],)}
    for s, e in keep:
        for i in range(max(s, offset), min(e, offset + len(chars))):
            chars[i - offset] = " "
    return "".join(chars)


def _source_words(head):
    """The source's name and apposition ("Senior manager Erin Kim, the lawyer"),
    without its relative clauses and prepositional phrases, which can hold a
    title in quotation marks ("Kim, who leads the “Activate” project")."""
    words = [head]
    for child in head.children:
        if child.dep_ not in ("relcl", "acl", "prep"):
            words.extend(child.subtree)
    return words


def _opens_sentence(ctx: DocContext, q: QuotedSpan) -> bool:
    """Nothing but space lies between the sentence's start and the quotation."""
    tok = ctx.doc[ctx.token_at(q.start)]
    sent_start, _ = ctx.sentence(tok)
    first_char = ctx.doc[sent_start].idx
    return not ctx.text[first_char:q.start].strip(" \t\n\"'“‘")


def _credited(ctx: DocContext, q: QuotedSpan) -> Attribution | None:
    """``"…" — Senator X`` (a credit line) or ``Peskov: "…"`` (a headline colon)."""
    para = ctx.paragraph_span(q.start)
    after = _DASH_CREDIT.match(ctx.text, q.end, para.end)
    if after and len(after.group(1).split()) <= 8:
        name_start = after.start(1)
        name_end = name_start + len(after.group(1).rstrip(" .,"))
        return Attribution([q.span], Span(q.end, name_start).trimmed(ctx.text), "dash-credit",
                           source_span=Span(name_start, name_end), confidence=0.8, quoted=[q.span])
    before = ctx.text[para.start:q.start].rstrip()
    if before.endswith(":") and 0 < len(before[:-1].split()) <= 6 and before[0].isupper() \
            and not _has_verb(ctx, para.start, para.start + len(before)):
        colon = para.start + len(before) - 1
        return Attribution([q.span], Span(colon, colon + 1), "colon-credit",
                           source_span=_headline_name(ctx, para.start, colon), confidence=0.75, quoted=[q.span])
    return None


def _has_verb(ctx: DocContext, start: int, end: int) -> bool:
    """A clause, not a headline's name ("She was clear:"); "GRAHAM:", tagged a verb, is a name."""
    return any(t.pos_ in ("VERB", "AUX") and not (t.is_upper and len(t.text) > 1)
               for t in ctx.doc[ctx.token_at(start):ctx.token_at(end - 1)])


def _colon_introduced(ctx: DocContext, q: QuotedSpan) -> Attribution | None:
    """``Martell, the addictions doctor, is more blunt: "…"``: a clause about a person ends in a
    colon that opens the quotation, with no verb of speech (docs/evaluation.md listed it among
    the constructions GGT marks that the rules missed). The clause's subject speaks, when it
    names a person or is a personal pronoun; "The sign read: "…"" is no one's statement."""
    before = ctx.text[:q.start].rstrip()
    if not before.endswith(":") or ctx.paragraph(len(before) - 1) != ctx.paragraph(q.start):
        return None
    colon = ctx.token_at(len(before) - 1)
    start, _ = ctx.sentence(ctx.doc[colon])
    root = next((t for t in ctx.doc[start:colon] if t.head.i == t.i or t.head.i >= colon), None)
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    if subject is None or not (subject.ent_type_ == "PERSON" or subject.lower_ in PERSONAL_PRONOUNS):
        return None
    return Attribution([q.span], Span(len(before) - 1, len(before)), "colon-introduction",
                       source_token=subject.i, confidence=0.7, quoted=[q.span])


def _headline_name(ctx: DocContext, start: int, colon: int) -> Span:
    """``Lavrov on the grain deal: "…"``: the name ends before the topic's preposition.

    Headlines credit a quotation as "Name on/about/over topic:" (issue 16: the speaker
    was "Lavrov on the grain deal"); "of" stays, it belongs to a title ("Mayor of Leeds").
    """
    first = ctx.token_at(start)
    for tok in ctx.doc[first + 1:ctx.token_at(colon)]:
        if tok.pos_ == "ADP" and tok.lower_ not in TITLE_PREPOSITIONS:
            return Span(start, tok.idx).trimmed(ctx.text)
    return Span(start, colon)


def _floating(ctx: DocContext, q: QuotedSpan, placed: list[Attribution],
              max_paragraphs: int) -> Attribution | None:
    """A quotation with no cue that opens its sentence: the previous speaker's."""
    if len(_WORD.findall(ctx.text, q.start, q.end)) < MIN_STATEMENT_WORDS or not _opens_sentence(ctx, q):
        return None
    latest = prev = _previous(placed, q.start)
    while prev is not None and prev.follows is not None:
        prev = prev.follows
    if prev is None or not prev.has_source:
        return None
    # counted from the speaker's latest quotation: a run of their quotations keeps the floor
    if ctx.paragraph(q.start) - ctx.paragraph(latest.end) > max_paragraphs:
        return None
    return floating_quote(ctx, q, prev, after=latest.end)
