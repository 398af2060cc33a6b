"""A cue's sentence read again with the complementizer spelled out.

The small parser reads a complement clause well when "that" opens it and often badly when
nothing does, or when words stand between the cue and "that": "Local media reported most of
the deceased suffocated" comes out with "suffocated" a noun, "Agnès Callamard, a UN
rapporteur who …, cautioned justice does not come swiftly" with no complement, "Judge
Jackson clarified in the proceedings that her decisions were …" with the clause a relative
clause of "proceedings". Each such cue gets no content from the first parse, and each was
a statement the gold set's annotators marked or would mark (docs/annotation.md).

For a cue that takes a clause (``lang/en/clause_verbs.txt``) and got no content, the
sentence is parsed once more, alone, as the writer could have written it: with "that" after
the cue (and after its hearer, "told reporters"), or with the words between the cue and a
later "that" left out. The clause is kept only when the second parse makes it the cue's
complement, opened by that "that", with a subject of its own right after it (or after an
opening phrase that a comma closes: "announced via Twitter around 11:30 am, phase one had
been completed" keeps "phase one had been completed"), so a noun object followed by another
clause ("denied funding for the wall, and the conflict … caused a delay") stays no statement.
The content is mapped back to the article's offsets; the words the second reading added are
never part of it.

The second parses of one text are made in one batch, with the pipeline that parsed the text
(:func:`onrecord.nlp.parser.parser_of`) and without its entity recogniser.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from onrecord.nlp.parser import parser_of
from onrecord.nlp.wordlists import read_word_file
from onrecord.quotes.context import DocContext
from onrecord.quotes.phrasal import is_passive

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Cues whose object is the hearer: "that" goes after it ("told reporters the plan was …").
HEARER_FORMS = frozenset("tell tells told telling inform informs informed informing remind reminds reminded "
                         "reminding assure assures assured assuring".split())
#: Cues with a hearer or without ("warned them the river would rise", "warned the river would
#: rise"): only an object pronoun is taken for the hearer.
MAYBE_HEARER_FORMS = frozenset("warn warns warned warning".split())
OBJECT_PRONOUNS = frozenset("me us you him her them".split())
#: A hearer longer than this is no hearer the reading can step over.
MAX_HEARER_TOKENS = 5
#: Sentences longer than this are not read again (the parse's cost grows with them).
MAX_SENTENCE_TOKENS = 80
#: A later "that" may stand at most this many tokens after the cue, with no verb between.
MAX_GAP_TOKENS = 10
#: A clause needs this many words after the cue.
MIN_CLAUSE_WORDS = 3
#: Words after the cue that begin something other than a bare clause: an infinitive, a
#: preposition's object that the cue takes ("argued for", "agreed with", "reported on" is not
#: here: it is as often a time), an indirect question, a quotation's colon.
NOT_A_CLAUSE = frozenset("to for of about against with as into onto by whether if how what why when where who whom "
                         "which while because since than".split())
#: A participle that modifies a noun ("the proposed changes") reports nothing.
MODIFIER_DEPS = ("amod", "compound", "nmod", "nummod")
#: Infinitives that report speech whatever governs them ("went on to say", "paused to add").
REPORTED_INFINITIVES = frozenset(("say", "add", "tell", "note", "explain", "claim"))
#: How the second parse may hang the clause that "that" opens on the cue ("reporting that nobody
#: was in the warehouse" comes out as an ``acl``).
CLAUSE_DEPS = ("ccomp", "acl", "advcl")
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD", "VB"))
TENSED_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))


@cache
def clause_verbs() -> frozenset[str]:
    """Cue verbs that take a finite clause (``lang/en/clause_verbs.txt``)."""
    return frozenset(w for line in read_word_file("onrecord.quotes.lang.en", "clause_verbs.txt") for w in line.split())


@dataclass(frozen=True, slots=True)
class Reading:
    """A sentence as read again: its text, and where each stretch of it lies in the article."""

    verb: int
    text: str
    pieces: tuple[tuple[int, int, int], ...]  # (start, end, article offset) of the article's stretches
    verb_char: int
    that_char: int
    inserted: bool  # the "that" is the reading's own, not the article's

    def article_offset(self, char: int) -> int | None:
        for start, end, origin in self.pieces:
            if start <= char < end:
                return origin + char - start
        return None


@dataclass(frozen=True, slots=True)
class Clause:
    """The complement the second parse gives: its tokens in that parse, and the cue there."""

    verb: Token
    head: Token
    subject: Token
    first: int
    last: int


def reading(ctx: DocContext, verb: Token) -> Reading | None:
    """How to read ``verb``'s sentence again, or None when it is not a cue that may head a clause there."""
    if verb.lower_ not in clause_verbs() or is_passive(verb) or _modifier(verb) or _inserted(ctx, verb):
        return None
    doc, text = ctx.doc, ctx.text
    first, end = ctx.sentence(verb)
    if end - first > MAX_SENTENCE_TOKENS:
        return None
    after = verb.i + 1
    if after < end and doc[after].dep_ == "prt" and doc[after].head.i == verb.i:
        after += 1  # "pointed out"
    hearer = next((c for c in verb.rights if c.dep_ in ("dobj", "dative") and c.left_edge.i == after), None)
    if verb.lower_ in HEARER_FORMS:
        if hearer is None or hearer.right_edge.i - verb.i > MAX_HEARER_TOKENS:
            return None
        after = hearer.right_edge.i + 1
    elif verb.lower_ in MAYBE_HEARER_FORMS and hearer is not None and hearer.lower_ in OBJECT_PRONOUNS:
        after = hearer.i + 1  # "warned them the river would rise"; "warned the river would rise" has none
    elif after < end and doc[after].lower_ == "to" and doc[after].dep_ in ("prep", "dative") \
            and doc[after].right_edge.i - verb.i <= MAX_HEARER_TOKENS \
            and any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in doc[after].children):
        after = doc[after].right_edge.i + 1  # "announcing to journalists the mayor remained alive"
    if after >= end or sum(1 for t in doc[after:end] if not t.is_punct) < MIN_CLAUSE_WORDS:
        return None
    nxt = doc[after]
    if nxt.lower_ in NOT_A_CLAUSE or (nxt.is_punct and nxt.text != ",") or ctx.in_quote[ctx.first_word(after)]:
        return None  # a quotation after the cue is the quotation rules' to attach
    if not any(t.tag_ in TENSED_TAGS for t in doc[after + 1:end]):
        return None  # no tensed verb for a clause: "declared tomorrow a day of mourning"
    start, stop = doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text)
    cue_end = doc[after - 1].idx + len(doc[after - 1].text)
    head = text[start:cue_end]
    that = _later_that(ctx, after, end)
    if that is not None:
        rest = text[doc[that].idx:stop]
        pieces = ((0, len(head), start), (len(head) + 1, len(head) + 1 + len(rest), doc[that].idx))
        return Reading(verb.i, f"{head} {rest}", pieces, verb.idx - start, len(head) + 1, inserted=False)
    if nxt.lower_ == "that":
        return None  # the clause is opened already: a second parse would read it the same way
    rest = text[cue_end:stop]
    pieces = ((0, len(head), start), (len(head) + 5, len(head) + 5 + len(rest), cue_end))
    return Reading(verb.i, f"{head} that{rest}", pieces, verb.idx - start, len(head) + 1, inserted=True)


def _modifier(verb: Token) -> bool:
    """A participle that describes a noun ("the proposed changes", "the comment reported in The
    Atlantic", "for reasons stated below"), an infinitive of what someone means to do ("agreed
    to add two members"), or a cue whose subject follows it (``"We stand ready"
    tweeted Johnson``: the quotation rules' case)."""
    if verb.dep_ in MODIFIER_DEPS:
        # "Mara Quell, a rapporteur …, cautioned repairs do not …": the tagger's participle after a comma
        return verb.i == 0 or verb.doc[verb.i - 1].text != ","
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    if verb.dep_ == "xcomp" and verb.lower_ not in REPORTED_INFINITIVES:
        return True  # "agreed to add two members", "seeking to clarify": a plan, not an act of speech
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i for c in verb.children)


def _inserted(ctx: DocContext, verb: Token) -> bool:
    """``If the birds had been domesticated, they reasoned, the specimens would …``: an attribution
    set off by commas on both sides is inserted into its content, not followed by it."""
    doc = ctx.doc
    first, after = verb.left_edge.i, verb.i + 1
    return first > 0 and doc[first - 1].text == "," and after < len(doc) and doc[after].text == ","


def _later_that(ctx: DocContext, after: int, end: int) -> int | None:
    """A "that" a few words after the cue with no verb before it ("clarified in the proceedings
    that …"): the words between are the cue's, and the reading leaves them out."""
    doc = ctx.doc
    for i in range(after + 1, min(end, after + MAX_GAP_TOKENS)):
        if ctx.in_quote[i] or doc[i].pos_ in ("VERB", "AUX"):
            return None
        if doc[i].lower_ == "that":
            return i if doc[i].dep_ != "det" else None  # "an attack that day": a determiner
    return None


def reread(ctx: DocContext, readings: list[Reading]) -> list[Doc | None]:
    """The second parse of each reading, in one batch; None for each when no parser is known."""
    nlp = parser_of(ctx.doc)
    if nlp is None or not readings:
        return [None] * len(readings)
    disable = [name for name in ("ner",) if name in nlp.pipe_names]
    return list(nlp.pipe([r.text for r in readings], disable=disable))


def complement(read: Reading, doc: Doc) -> Clause | None:
    """The clause that the spelled-out "that" opens as the cue's complement in the second parse."""
    at = {t.idx: t for t in doc}
    verb, that = at.get(read.verb_char), at.get(read.that_char)
    if verb is None or that is None or that.lower_ != "that" or that.dep_ != "mark":
        return None
    head = that.head
    if head.dep_ not in CLAUSE_DEPS or head.head.i != verb.i:
        return None
    # one subject and one subordinator: "added that a goal and an assist as the Hurricanes
    # snapped …" is a noun object read into another clause, not a clause
    subjects = [c for c in head.children if c.dep_ in SUBJECTS]
    if len(subjects) != 1 or subjects[0].i < that.i or not _finite(head) \
            or any(c.dep_ == "mark" and c.i != that.i for c in head.children):
        return None
    subject = subjects[0]
    if not _verb_besides(verb, head):
        return None  # "the insider who wrote op-eds … was revealed to be …": the sentence keeps its own verb
    lead = doc[that.i + 1:subject.left_edge.i]
    if len(lead) and lead[-1].text != ",":
        return None
    if len(lead):
        first = subject.left_edge.i
    else:
        first = that.i + 1 if read.inserted else that.i
    return Clause(verb, head, subject, first, head.right_edge.i)


def _verb_besides(verb: Token, head: Token) -> bool:
    """The second parse leaves the sentence a tensed verb outside the clause, or the cue is its main verb."""
    sent = verb.sent
    if sent.root.i == verb.i:
        return True
    return any(t.tag_ in TENSED_TAGS and t.i != verb.i and not head.left_edge.i <= t.i <= head.right_edge.i
               for t in sent)


def _finite(head: Token) -> bool:
    return head.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS
                                           for c in head.children)


def article_tokens(ctx: DocContext, read: Reading, doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Tokens first..last of the second parse as the article's first and last token."""
    start = read.article_offset(doc[first].idx)
    end = read.article_offset(doc[last].idx + len(doc[last].text) - 1)
    if start is None or end is None or end < start:
        return None
    return ctx.token_at(start), ctx.token_at(end)


def article_token(ctx: DocContext, read: Reading, tok: Token) -> int | None:
    at = read.article_offset(tok.idx)
    return None if at is None else ctx.token_at(at)


def other_subject(ctx: DocContext, read: Reading, clause: Clause, head: int) -> bool:
    """The first parse gave the clause's verb a subject other than the second's ("added a premium
    for the expansion, given it has not yet been built": "it" is the subject of "built", and the
    premium the object of "added"). A subject that holds the cue ("Several groups claiming the
    election was stolen", read as the subject of "stolen") does not count."""
    verb = ctx.doc[read.verb]
    first = [c.i for c in ctx.doc[head].children if c.dep_ in SUBJECTS and not c.is_ancestor(verb)]
    return bool(first) and article_token(ctx, read, clause.subject) not in first


def coordinated_clause(ctx: DocContext, verb: Token, head: int) -> bool:
    """The first parse read the clause's verb as the conjunct of the cue or of a verb that
    governs it: after a conjunction ("acknowledged the scale of the
    defeat but refused to resign", "did not concede or admit defeat …, however, and vowed …"),
    or after a comma with a subject of its own ("denied funding for the wall, and the conflict …
    caused a delay")."""
    tok = ctx.doc[head]
    if tok.dep_ != "conj" or not (tok.head.i == verb.i or tok.head.is_ancestor(verb)):
        return False
    joint = tok.head
    if any(c.dep_ == "cc" and c.i < tok.i for c in joint.children):
        return True  # "acknowledged the scale of the defeat but refused to resign"
    return any(c.dep_ in SUBJECTS for c in tok.children) \
        and any(c.dep_ == "punct" and c.i < tok.i for c in joint.children)
