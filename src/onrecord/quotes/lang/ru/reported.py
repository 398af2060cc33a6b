"""Russian reported speech, read from a UD parse (Natasha's slovnet syntax).

The constructions are those of the Russian grammars of reported speech (Русская
грамматика 1980, vol. 2: indirect speech with что / чтобы / ли clauses; direct speech
with the author's words before, after or inside it; introductory phrases naming the
source of information), read in UD's relations (de Marneffe et al. 2021):

* a cue verb (``lang/ru/cue_verbs.txt``, matched by lemma) with a clausal complement
  (``ccomp``): ``Песков заявил, что переговоры идут`` (content from что to the clause's end);
* a colon after the cue and its own dependents: ``Он сказал журналистам: …``;
* the author's words after or inside the content, which UD hangs from the content's
  predicate as ``parataxis`` (or the parser makes a second root, repaired into one):
  ``Переговоры идут, заявил Песков`` / ``«…», — сказал он`` / ``как сообщает ТАСС, …``;
* a cue without a subject of its own (``добавив, что …``, ``и добавил, что …``) takes the
  subject of the verb it hangs from;
* an introductory phrase (``lang/ru/cue_phrases.txt``: по словам, по мнению, со ссылкой
  на …) credits the rest of its sentence to the noun phrase after it;
* impersonal reports, infinitive and object content, and the lead-in of a block quotation:
  :mod:`.objects`.

A cue with no clause is kept bare, for the quote-mark rules
(:func:`onrecord.quotes.direct.attach_quotations`) to join to a quotation beside it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.quotes.direct import MIN_STATEMENT_WORDS
from onrecord.quotes.lang.ru.objects import (
    SUBJECT_DEPS,
    TOPIC_CASES,
    anaphoric_topic,
    block_leads,
    document_owner,
    impersonal_passive,
    indefinite_personal,
    infinitive_content,
    noun_attribution,
    object_content,
    refusal_start,
    topic_content,
    word_list,
)
from onrecord.quotes.lang.ru.phrases import MIN_CONTENT_WORDS, phrase_attribution
from onrecord.quotes.lang.ru.quotations import continued_quotation
from onrecord.quotes.lang.ru.subjects import cue_source, stray_subject
from onrecord.quotes.lexicon import CueLexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Relations by which a cue hangs from the content it reports (the author's words inside or after it).
INSERTED_DEPS = ("parataxis", "advcl", "conj", "ccomp")
#: ``как сообщает ТАСС``: the comparative conjunction that makes a cue an introductory clause.
AS_WORD = "как"
CUE_POS = ("VERB", "ADJ", "AUX")
#: Words allowed between a cue and the colon that opens its content (``сказал журналистам так:``).
MAX_COLON_PHRASE_WORDS = 8
#: Words that make an adverbial clause a complement of a cue: ``спросили, будет ли он …``,
#: ``потребовал, чтобы …`` (the parser hangs these as ``advcl`` as often as ``ccomp``).
COMPLEMENT_MARKERS = frozenset(("что", "чтобы", "ли"))
#: Marks that set the author's words off from the content.
SET_OFF_MARKS = (",", "—", "–", "-", "--")
#: Marks that end a sentence (a title, a caption or a name line has none).
SENTENCE_ENDS = frozenset((".", "!", "?", "…"))
def find_reported(ctx: DocContext, lexicon: CueLexicon) -> list[Attribution]:
    """Every attribution that a Russian cue in ``ctx`` anchors, in text order."""
    found: list[Attribution] = []
    impersonal = word_list("impersonal_cues.txt")
    leads = block_leads(ctx, lexicon)
    for tok in ctx.doc:
        # the word lists first: most words are no cue, and the other tests cost more
        verb = ((lexicon.is_verb_cue(tok.lemma_) or tok.lemma_ in impersonal) and tok.pos_ in CUE_POS) or tok.i in leads
        if not (verb or tok.lower_ in lexicon.phrase_heads or tok.lemma_ in lexicon.nouns) or ctx.in_quote[tok.i] or ctx.is_furniture(tok.idx):
            continue
        att = _verb_attribution(ctx, tok, lexicon) if verb else (noun_attribution(ctx, tok) if tok.lower_ not in
                                                          lexicon.phrase_heads else phrase_attribution(ctx, tok, lexicon))
        if att is not None:
            found.append(att)
    return found


def _verb_attribution(ctx: DocContext, verb: Token, lexicon: CueLexicon) -> Attribution | None:
    passive = impersonal_passive(verb)
    impersonal = passive or indefinite_personal(verb)
    if impersonal and any(c.lower_ == "не" for c in verb.children):
        return None  # ``… не сообщается``: what is not reported is no statement
    source = cue_source(verb)
    if source is not None and not ctx.in_quote[verb.i] and _in_quoted_words(ctx, source):
        source = None  # the parser took a word of the quotation for the subject of the author's words
    if source is None and passive:
        source = document_owner(verb)
    elif source is None and not impersonal:
        source = stray_subject(ctx, verb)
    if source is None and verb.morph.get("Person") == ["1"]:
        return None  # ``скажем``, ``повторю``: the writer's parenthetical word, not a report
    complement = _complement(ctx, verb) or _colon_content(ctx, verb) or _stray_complement(ctx, verb)
    governing = [] if complement else (_governing_content(ctx, verb) or _relative_content(ctx, verb))
    content = (complement or governing or infinitive_content(ctx, verb) or object_content(ctx, verb)
               or topic_content(ctx, verb))
    if not content:
        content = governing = _told_before(ctx, verb, lexicon)
    cue = _cue_span(ctx, verb)
    content = content + continued_quotation(ctx, content, cue)
    if not content:
        return Attribution([], cue, "verb-no-content", source_token=source, confidence=0.0)
    if source is None and not impersonal and not any(ctx.in_quote[ctx.token_at(p.start)] for p in content):
        return None  # reported speech that nobody reports is not a quote
    return Attribution(content, cue, "verb-inserted" if governing else "verb-complement",
                       source_token=source, confidence=0.8)


def _in_quoted_words(ctx: DocContext, i: int) -> bool:
    """Token ``i`` lies in a quotation of someone's words, not in a name in «» (``«Известия» сообщают``):
    one of ``MIN_STATEMENT_WORDS`` words or more, as :func:`.quotations.without_titles` tells them."""
    char = ctx.doc[i].idx
    q = next((q for q in ctx.quoted if q.start <= char < q.end), None)
    return q is not None and len(ctx.text[q.start:q.end].split()) >= MIN_STATEMENT_WORDS


def _introduced_by_as(verb: Token) -> bool:
    return any(c.lower_ == AS_WORD and c.i < verb.i for c in verb.children)


def _complement(ctx: DocContext, verb: Token):
    """The cue's clausal complement: ``ccomp`` on either side; ``parataxis`` before the cue (the
    content of ``«…», — сказал он``), inside quotation marks, or after ``как сообщает``; an
    ``advcl`` after the cue that opens with что / чтобы or holds ли."""
    as_clause = _introduced_by_as(verb)
    inverted = _after_punct(ctx, _own_words(ctx, verb)[0]) and any(
        c.dep_ in SUBJECT_DEPS and c.i > verb.i for c in verb.children)  # ``…, утверждает экономист, …``
    best = None
    subject_before = min((c.i for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), default=None)
    for child in verb.children:
        # ``Министр, в свою очередь, подчеркнул: …``: an aside between the subject and the cue is no content
        aside = (subject_before is not None and subject_before < child.i < verb.i) or any(
            c.dep_ == "case" for c in child.children)  # ``Кроме того, он сообщил …``: a phrase, no clause
        side = child.dep_ == "parataxis" and not aside and (
            child.i < verb.i or ctx.in_quote[child.i] or as_clause or inverted)
        marked = child.i > verb.i and ((child.dep_ == "advcl" and any(
            c.lower_ in COMPLEMENT_MARKERS for c in child.children)) or _opens_with_chto(verb, child))
        if (child.dep_ == "ccomp" or side or marked) and (best is None or _rank(child) > _rank(best)):
            best = child
    if best is None:
        return []
    first, last = best.left_edge.i, best.right_edge.i
    if first < verb.i < last:  # the cue sits inside the clause: keep the side that holds its head
        first, last = (verb.i + 1, last) if best.i > verb.i else (first, verb.i - 1)
    marker = next((c for c in best.children if c.lower_ in COMPLEMENT_MARKERS and c.dep_ == "mark"), None)
    if best.i > verb.i and marker is not None and marker.i > first:
        first = marker.i  # ``заверил Путина, что …``: the hearer the parser hung in the clause is not content
    return ctx.clause_span(first, last, verb.i, min_words=MIN_CONTENT_WORDS)


def _opens_with_chto(verb: Token, clause: Token) -> bool:
    """``заявил, что опознало …`` with the clause hung as ``amod``, ``conj`` or ``parataxis``: a clause
    after the cue whose first word (past its comma) is the complementiser что / чтобы, with no other
    verb between (``опровергает сообщения, заявляя, что …``: the clause is заявляя's), is the cue's
    complement whatever relation the parser gave it (Русская грамматика 1980, § on the explanatory
    clause: что / чтобы after a verb of speech opens its complement)."""
    first = clause.left_edge
    while first.is_punct and first.i < clause.i:
        first = first.doc[first.i + 1]
    return (first.lower_ in ("что", "чтобы") and first.dep_ == "mark" and first.head.i == clause.i
            and not any(t.pos_ in ("VERB", "AUX") for t in verb.doc[verb.i + 1:first.i]))


def _size(tok: Token) -> int:
    return tok.right_edge.i - tok.left_edge.i


def _rank(clause: Token) -> tuple[bool, int]:
    """A clause opened by что / чтобы / ли before any other, then the longest: of two clauses the parser
    hangs from one cue (``сообщила, что …, в ответ Онищенко назвал …``) the marked one is the
    complement, the other a coordinated clause of the author's."""
    return any(c.dep_ == "mark" and c.lower_ in COMPLEMENT_MARKERS for c in clause.children), _size(clause)


def _colon_content(ctx: DocContext, verb: Token):
    """``Он сказал журналистам: …``: the rest of the sentence after a colon that only the cue's own
    dependents separate from it."""
    doc = ctx.doc
    _, sent_end = ctx.sentence(verb)
    i = verb.i + 1
    while i < sent_end and doc[i].text != ":":
        if i - verb.i > MAX_COLON_PHRASE_WORDS or doc[i].pos_ in ("VERB", "AUX") or not _descends(doc[i], verb) or (
                doc[i].lower_ in COMPLEMENT_MARKERS and doc[i].dep_ == "mark"):
            return []  # ``заявил, что …: «…»``: the colon is the clause's, the cue's content is the clause
        i += 1
    if i + 1 >= sent_end:
        return []
    return ctx.clause_span(i + 1, sent_end - 1, verb.i, min_words=MIN_CONTENT_WORDS)


def _stray_complement(ctx: DocContext, verb: Token):
    """``Трамп заявил в понедельник, что знает, как …, и надеется, что …`` with the что-clause hung on
    the verb coordinated with the cue: a comma and что right after the cue's own words open its
    complement (as :func:`_opens_with_chto`), which runs to the end of the sentence or to the next
    verb coordinated with the cue (``, и надеется``); not after an object or a topic (``обвинил их в
    том, что …``, ``подтвердил информацию о том, что …``), whose clause it is, unless the object is
    the stance put into words (``выразил надежду, что …``: ``lang/ru/expressed_nouns.txt``)."""
    doc = ctx.doc
    _, sent_end = ctx.sentence(verb)
    i = verb.i + 1
    while i < sent_end and doc[i].text != "," and _descends(doc[i], verb) and doc[i].pos_ not in ("VERB", "AUX"):
        i += 1
    mark = doc[i + 1] if i + 1 < sent_end and doc[i].text == "," else None
    if mark is None or mark.lower_ != "что" or mark.dep_ != "mark" or any(
            (t.dep_ == "obj" and t.lemma_ not in word_list("expressed_nouns.txt")) or t.lemma_ == "тот"
            or t.lower_ in TOPIC_CASES for t in doc[verb.i + 1:i]):
        return []  # ``обвинил их в том, что …``, ``подтвердил информацию о том, что …``: the clause is the noun's
    ends = [min([c.i] + [k.i for k in c.children if k.dep_ in ("cc", "punct") and mark.i < k.i < c.i])
            for c in verb.children if c.dep_ == "conj" and c.i > mark.i]  # ``, и надеется``: its own words
    ends += [t.i for t in doc[mark.i:sent_end] if t.text == ":"][:1]  # ``…: «…»``: what the clause introduces
    return ctx.clause_span(mark.i, min(ends, default=sent_end) - 1, verb.i, min_words=MIN_CONTENT_WORDS)


def _descends(tok: Token, ancestor: Token) -> bool:
    return tok.is_punct or any(a.i == ancestor.i for a in tok.ancestors)


def _governing_content(ctx: DocContext, verb: Token):
    """``Переговоры идут, заявил Песков.`` / ``Как сообщает ТАСС, …``: the cue hangs from its
    content's predicate; the content is that clause without the cue's own words."""
    head = verb.head
    if verb.dep_ not in INSERTED_DEPS or head.i == verb.i:
        return []
    as_clause = _introduced_by_as(verb)
    if verb.dep_ != "parataxis" and not as_clause:
        return []
    if not as_clause and not impersonal_passive(verb) and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []  # ``…, говорится в заявлении``: an impersonal report has no subject to look for
    if not _set_off(ctx, verb) or _reports(ctx, head):
        return []
    first, last = min(head.left_edge.i, verb.left_edge.i), max(head.right_edge.i, verb.right_edge.i)
    cut_first, cut_last = _own_words(ctx, verb)
    pieces = []
    if cut_first > first:
        pieces += ctx.clause_span(first, cut_first - 1, verb.i, min_words=MIN_CONTENT_WORDS)
    if cut_last < last and not (impersonal_passive(verb) and not as_clause and pieces):
        # after ``…, говорится в сообщении`` come the document's particulars, which the parser hangs loosely
        pieces += ctx.clause_span(cut_last + 1, last, verb.i, min_words=MIN_CONTENT_WORDS)
    return pieces


def _reports(ctx: DocContext, head: Token) -> bool:
    """``Голодец сообщила, что …, в ответ Онищенко назвал её …``: the clause the cue hangs from is
    itself the author's report (a subject and a что-complement), not reported words: two reports
    side by side, neither inside the other."""
    return not ctx.in_quote[head.i] and any(c.dep_ in SUBJECT_DEPS for c in head.children) and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "что" for m in c.children) for c in head.children)


def _own_words(ctx: DocContext, verb: Token) -> tuple[int, int]:
    """First and last token of the author's words around the cue: the run of its subtree, which stops
    at a quotation mark (the parser may hang the quotation's opening mark from the cue)."""
    subtree = {t.i for t in verb.subtree}

    def own(i: int) -> bool:  # in the subtree, and not in a quotation unless all of it is (``пишет «Коммерсант»``)
        return i in subtree and (not ctx.in_quote[i] or _quotation_tokens(ctx, i) <= subtree)

    first = last = verb.i
    while own(first - 1):
        first -= 1
    while own(last + 1):
        last += 1
    return first, last


def _quotation_tokens(ctx: DocContext, i: int) -> set[int]:
    """The tokens of the quotation that holds token ``i``."""
    char = ctx.doc[i].idx
    q = next((q for q in ctx.quoted if q.start <= char < q.end), None)
    return {i} if q is None else set(range(ctx.token_at(q.start), ctx.token_at(q.end - 1) + 1))


def _set_off(ctx: DocContext, verb: Token) -> bool:
    """The cue's words open the sentence or follow a comma or dash: the author's words, not a
    coordinated clause of the content."""
    start, _ = _own_words(ctx, verb)
    sent_start, _ = ctx.sentence(verb)
    return start <= ctx.first_word(sent_start) or _after_punct(ctx, start)


def _after_punct(ctx: DocContext, start: int) -> bool:
    """Token ``start`` is, or follows, a comma or dash."""
    doc = ctx.doc
    before = doc[start] if doc[start].is_punct else doc[start - 1] if start > 0 else None
    return before is not None and before.text in SET_OFF_MARKS


def _told_before(ctx: DocContext, verb: Token, lexicon: CueLexicon):
    """``Переговоры завершились. Об этом сообщил министр.`` / ``…, об этом сообщают СМИ``: ``об этом``
    stands for the clause before its comma, else for the sentence before, which is the content
    (annotation_ru.md, "Об этом сообщил X after the reported sentence") unless that sentence has
    its own attribution (a cue word or a quotation: one statement, the first), is no sentence (a
    title or caption line, without a final stop) or the cue introduces what follows (a colon: the
    block quotation is the statement)."""
    topic = anaphoric_topic(verb)
    if topic is None:
        return []
    doc = ctx.doc
    sent_start, sent_end = ctx.sentence(verb)
    if any(t.text == ":" for t in doc[verb.i:sent_end]):
        return []
    boundary = min(topic.left_edge.i, verb.i)
    if any(t.pos_ in ("VERB", "AUX") for t in doc[sent_start:boundary]):
        if doc[boundary - 1].text in SET_OFF_MARKS:
            return ctx.clause_span(sent_start, boundary - 2, verb.i, min_words=MIN_CONTENT_WORDS)
        return []
    if sent_start == 0:
        return []  # ``В частности, об этом говорили …``: an opening word is no clause of its own
    prev_start, prev_end = ctx.sentence(doc[sent_start - 1])
    words = doc[prev_start:prev_end]
    if not any(t.text in SENTENCE_ENDS for t in doc[max(prev_start, prev_end - 3):prev_end]):
        return []  # a title, caption or name line: no sentence that was told
    if any(ctx.in_quote[t.i] or (lexicon.is_verb_cue(t.lemma_) and t.pos_ in CUE_POS) or any(
            tuple(w.lower_ for w in doc[t.i:t.i + len(p)]) == p for p in lexicon.phrases)
           for t in words):
        return []
    return ctx.clause_span(prev_start, prev_end - 1, words.root.i, min_words=MIN_CONTENT_WORDS)


def _relative_content(ctx: DocContext, verb: Token):
    """``Индия провела испытание, о чём заявил премьер-министр``: the relative ``о чём`` stands for
    the clause before its comma, which is what the cue reports."""
    doc = ctx.doc
    for child in verb.children:
        if child.lemma_ != "что" or child.i > verb.i:
            continue
        case = next((c for c in child.children if c.dep_ == "case" and c.lower_ in ("о", "об")), None)
        if case is not None and case.i > 0 and doc[case.i - 1].text == ",":
            sent_start, _ = ctx.sentence(verb)
            return ctx.clause_span(sent_start, case.i - 2, verb.i, min_words=MIN_CONTENT_WORDS)
    return []


def _cue_span(ctx: DocContext, verb: Token):
    """The cue: the verb, with a negation or ``как`` before it (``как сообщает``, ``не стал``), or the
    refusal whose infinitive it is (``отказался комментировать``)."""
    refusal = refusal_start(verb)
    first = verb.i if refusal is None else refusal
    for child in verb.children:
        if child.i < verb.i and verb.i - child.i <= 4 and (child.lower_ == AS_WORD or child.lower_ == "не"):
            first = min(first, child.i)
    return ctx.char_span(first, verb.i)
