"""The ordered stages from text to quotes, and the batch function.

``process_batch`` is the one entry point every interface uses: a pure
function from articles to plain result records (never spaCy ``Doc``s), which
loads the spaCy pipeline lazily once per process and parses inside
``nlp.memory_zone()``, so the strings of one batch are freed with it and a
worker's memory stays flat over millions of articles. The process pool
(:mod:`onrecord.scale.pool`) and the Spark job (:mod:`onrecord.scale.spark`) call it
unchanged.

Stages, each a pure function over a parsed text (``STAGES`` names them, and
the provenance of every record carries their version):

1. quote marks   :func:`onrecord.quotes.marks.pair_quote_marks`
2. cues          :func:`onrecord.quotes.reported.find_reported`
3. quotations    :func:`onrecord.quotes.direct.attach_quotations`
4. speakers      :func:`onrecord.speakers.coref.resolve_speakers`
5. records       types, confidence, provenance

The ``engine`` setting picks who finds the attributions of steps 2-3: the
rules (above), the learned quote model (:mod:`onrecord.quotes.learned`, its
role spans linked into attributions), or both (:mod:`onrecord.quotes.hybrid`).
Steps 1, 4 and 5 are the same for every engine.

Each article goes through the stages of its language (``meta["lang"]``, docs/russian.md):
Russian has its own parser (:mod:`onrecord.nlp.ru`), cue rules
(:mod:`onrecord.quotes.lang.ru`) and speaker stage (:mod:`onrecord.speakers.lang.ru`), the
rules engine only, and shares step 1 and the quotation rules of step 3 with English.
"""
from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import TYPE_CHECKING

from onrecord._version import __version__
from onrecord.nlp.parser import parser_text
from onrecord.nlp.quote_model import RoleSpan, load_quote_model, quote_model_provenance, with_roles
from onrecord.quotes.acts import holds_no_quotation, with_reported_acts
from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.quotes.direct import attach_quotations
from onrecord.quotes.lang.ru.quotations import russian_context, without_titles
from onrecord.quotes.lang.ru.reported import find_reported as find_reported_ru
from onrecord.quotes.hybrid import combine, wants_unmatched
from onrecord.quotes.kind_cues import statement_kind, widened_cue
from onrecord.quotes.learned import link_roles
from onrecord.quotes.lexicon import load_lexicon
from onrecord.quotes.reported import find_reported
from onrecord.quotes.types import quote_type
from onrecord.ingest.language import with_language
from onrecord.records import Article, ArticleResult, Provenance, Quote, Span
from onrecord.settings import Settings
from onrecord.speakers.coref import resolve_speakers
from onrecord.speakers.lang.ru.resolve import resolve_speakers as resolve_speakers_ru

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

PIPELINE_NAME = "onrecord"
#: Raised when the rules change what they extract, so that stored articles are extracted again on the next
#: ingest: 2 = statement kinds and no-quotation statements (issue 17), the quote rules of issue 16, Russian;
#: 3 = the second reading of complements, printed documents and the other recall rules of issue 16's fourth part.
PIPELINE_VERSION = "3"
STAGES = ("marks.v1", "cues.v1", "quotations.v1", "speakers.v1", "records.v1")

_PARAGRAPH_END = re.compile(r"\n\s*\n|\n")
#: What counts as one token when sizing a parse: a word, or any other character but a space. It
#: counts at least as many as spaCy makes of news text (1.01 to 1.03 times as many in the sample
#: news, GGT and PolNeAR texts) and one per character of a run of punctuation, as spaCy does.
_TOKEN_UNIT = re.compile(r"\w+|[^\w ]")
#: Characters of prose per token unit: 4.7 to 5.1 in those texts, rounded down, so that a chunk of
#: ``chunk_chars`` characters of prose is never cut for its tokens.
PROSE_CHARS_PER_UNIT = 4
#: Cue classes of quotes/lang/ru/cue_verbs.txt: the issue's constructions include "X считает/уверен".
RUSSIAN_CUE_CLASSES = ("speech", "writing", "stance")


def find_attributions(ctx: DocContext, settings: Settings, roles: list[RoleSpan] | None,
                      lang: str = "en") -> list[Attribution]:
    """The engine's attributions of one parsed text (``roles``: the learned model's spans).

    Russian has the rules only (the learned quote model was trained on English): its own cue
    rules (:mod:`onrecord.quotes.lang.ru.reported`), then the same quote-mark rules as English.
    """
    if lang == "ru":
        cues = find_reported_ru(ctx, load_lexicon(RUSSIAN_CUE_CLASSES, "ru"))
        return without_titles(ctx, attach_quotations(ctx, cues, floating_paragraphs=settings.floating_quote_paragraphs))
    if settings.engine == "model":
        return link_roles(ctx, roles or [])
    lexicon = load_lexicon(settings.cue_classes)
    rules = attach_quotations(ctx, find_reported(ctx, lexicon),
                              floating_paragraphs=settings.floating_quote_paragraphs)
    if settings.engine == "rules":
        return rules
    return combine(ctx, rules, roles or [], add_unmatched=wants_unmatched(settings.cue_classes))


def extract_from_doc(doc, settings: Settings, provenance: Provenance, offset: int = 0,
                     roles: list[RoleSpan] | None = None, lang: str = "en") -> list[Quote]:
    """All quotes of one parsed text; offsets shifted by ``offset``."""
    ctx = russian_context(doc, load_lexicon(RUSSIAN_CUE_CLASSES, "ru")) if lang == "ru" else DocContext.build(doc)
    found = _outermost(find_attributions(ctx, settings, roles, lang))
    # the act rules (no-quotation refusals and charges) read the English parse's relations only
    attributions = found if lang == "ru" else with_reported_acts(ctx, found)
    sources = (resolve_speakers_ru if lang == "ru" else resolve_speakers)(ctx, attributions)
    quotes: list[Quote] = []
    emitted: set[Span] = set()
    for n, (att, res) in enumerate(zip(attributions, sources)):
        kind, cue = None, widened_cue(ctx, att.cue)
        for content in (part for piece in att.content for para in ctx.by_paragraph(piece.trimmed(ctx.text))
                        for part in ctx.without_asides(para)):
            if content.end <= content.start or content in emitted:
                continue  # empty, or a span two rules reached: one statement is one record
            emitted.add(content)
            qtype = quote_type(ctx.text, content, ctx.quoted)
            kind = kind or statement_kind(ctx, att, cue, qtype)
            quotes.append(Quote(
                content=_shift(content, offset),
                type=qtype,
                source=_shift(res.source, offset),
                cue=_shift(cue, offset),
                speaker=res.speaker,
                confidence=max(0.05, min(1.0, att.confidence * res.confidence)),
                attribution_id=n + 1,
                rule=att.rule,
                provenance=provenance,
                kind=kind.kind,
                kind_confidence=kind.confidence,
                no_quotation=holds_no_quotation(att, kind, qtype),
            ))
    return quotes


def _shift(span: Span | None, offset: int) -> Span | None:
    if span is None or offset == 0:
        return span
    return Span(span.start + offset, span.end + offset)


def _outermost(attributions: list[Attribution]) -> list[Attribution]:
    """Drop an attribution whose cue lies inside another's content.

    PolNeAR lets a token belong to one relation only, and a cue inside a
    quotation is the quoted person's words, not the article's attribution.
    When two contain each other's cues ("Sources said X, according to
    Reuters"), the one whose cue comes first is kept.
    """
    def inside(att: Attribution, other: Attribution) -> bool:
        return att.cue is not None and any(p.contains(att.cue) for p in other.content)

    kept = []
    for att in attributions:
        hosts = [o for o in attributions if o is not att and inside(att, o)]
        if any(not inside(h, att) or h.cue.start < att.cue.start for h in hosts):
            continue
        kept.append(att)
    return kept


def token_units(text: str) -> int:
    """About how many tokens spaCy makes of ``text`` (never fewer in news): what a parse's memory grows with."""
    return sum(1 for _ in _TOKEN_UNIT.finditer(text))


def max_units(chunk_chars: int) -> int:
    """The token units one parse may hold: as many as ``chunk_chars`` characters of prose.

    The parser's memory grows with tokens, not characters (about 17 kB a token with the default
    model: 340 MB for a 100,000-character chunk of news, 850 MB for 50,000 ``"`` and spaces), and
    dense text has up to five times the tokens of prose of the same length (issue 15).
    """
    return max(1, chunk_chars // PROSE_CHARS_PER_UNIT)


def chunks(text: str, size: int) -> Iterator[tuple[int, str]]:
    """Paragraph-aligned pieces of at most ``size`` characters and ``max_units(size)`` token
    units, with their offsets; cut at a space, or anywhere, where no paragraph ends in time."""
    start = 0
    while start < len(text):
        limit = _limit(text, start, size)
        if limit >= len(text):
            break
        cut = -1
        for m in _PARAGRAPH_END.finditer(text, start, limit):
            cut = m.end()
        if cut <= start:
            cut = text.rfind(" ", start, limit) + 1 or limit
        yield start, text[start:cut]
        start = cut
    if start < len(text):
        yield start, text[start:]


def _limit(text: str, start: int, size: int) -> int:
    """Where the piece from ``start`` must end at the latest: after ``size`` characters, or
    sooner, after its ``max_units(size)``-th token unit."""
    window = _TOKEN_UNIT.finditer(text, start, start + size)
    last = next(itertools.islice(window, max_units(size) - 1, None), None)
    return last.end() if last is not None else start + size


def parse_groups(pieces: list[tuple[int, int, str]], chunk_chars: int,
                 batch_size: int) -> Iterator[list[tuple[int, int, str]]]:
    """Consecutive pieces parsed together: at most ``batch_size`` of them, and at most
    ``max_units(chunk_chars)`` token units in all unless one piece alone.

    spaCy parses a ``pipe`` batch all at once, so the batch, not the piece, is what a worker's
    memory peaks on: sixteen 100,000-character articles took sixteen times the memory of one.
    """
    budget = max_units(chunk_chars)
    group: list[tuple[int, int, str]] = []
    held = 0
    for piece in pieces:
        units = token_units(piece[2])
        if group and (len(group) == batch_size or held + units > budget):
            yield group
            group, held = [], 0
        group.append(piece)
        held += units
    if group:
        yield group


def provenance_for(settings: Settings, lang: str = "en") -> Provenance:
    if lang == "ru":
        from onrecord.nlp.ru.parser import parser_provenance_ru

        model, version = parser_provenance_ru()
        return Provenance(__version__, f"{PIPELINE_NAME}.rules.v{PIPELINE_VERSION}", model, version)
    from onrecord.nlp.parser import parser_provenance

    model, version = parser_provenance(settings.model)
    quote_model = quote_model_provenance(settings.quote_model, settings.model) if settings.engine != "rules" else None
    return Provenance(__version__, f"{PIPELINE_NAME}.{settings.engine}.v{PIPELINE_VERSION}", model, version,
                      quote_model)


def pipeline_id(settings: Settings, lang: str = "en") -> str:
    """The one-line name of code, pipeline and models that the store keeps with each article of
    language ``lang``: an article stored under another id is extracted again. Russian articles
    are named by the Natasha models that read them, not by the English spaCy model."""
    p = provenance_for(settings, lang)
    quote_model = f"; {p.quote_model}" if p.quote_model else ""
    return f"onrecord {p.onrecord_version}; {p.pipeline}; {p.model} {p.model_version}{quote_model}"


def process_batch(articles: Iterable[Article], settings: Settings | None = None) -> list[ArticleResult]:
    """Extract quotes from each article; one result per article, in order.

    Each article goes to the pipeline of its language (``meta["lang"]``, set here when the
    caller did not: :func:`onrecord.ingest.language.with_language`), English first. An article
    that fails is returned with a warning instead of stopping the batch.
    """
    settings = settings or Settings()
    articles = [with_language(a, settings.lang) for a in articles]
    pieces: list[tuple[int, int, str]] = []   # (article index, offset, text)
    warnings: list[list[str]] = [[] for _ in articles]
    for n, art in enumerate(articles):
        text = art.text
        if len(text) > settings.max_chars:
            cut = max(text.rfind("\n", 0, settings.max_chars), 0) or settings.max_chars
            warnings[n].append(f"{art.origin}: {len(text):,} characters; only the first "
                               f"{cut:,} were processed (max_chars setting)")
            text = text[:cut]
        pieces.extend((n, off, piece) for off, piece in chunks(text, settings.chunk_chars))
    found: list[list[Quote]] = [[] for _ in articles]
    for lang in sorted({a.meta["lang"] for a in articles}):
        mine = [p for p in pieces if articles[p[0]].meta["lang"] == lang]
        for n, quotes, problem in _extracted(mine, settings, lang):
            found[n].extend(quotes)
            if problem is not None:
                warnings[n].append(f"{articles[n].origin}: extraction failed ({problem})")
    return [ArticleResult(art, tuple(found[n]), tuple(warnings[n])) for n, art in enumerate(articles)]


def _extracted(pieces: list[tuple[int, int, str]], settings: Settings,
               lang: str) -> Iterator[tuple[int, list[Quote], str | None]]:
    """(article index, quotes, problem) of each piece, parsed by the pipeline of ``lang``."""
    if lang == "ru":
        from onrecord.nlp.ru.parser import load_russian_parser

        nlp, roles_nlp = load_russian_parser(), None
    else:
        from onrecord.nlp.parser import load_parser

        nlp = load_parser(settings.model)
        roles_nlp = load_quote_model(settings.quote_model, settings.model) if settings.engine != "rules" else None
    provenance = provenance_for(settings, lang)
    with ExitStack() as zones:
        # Every string a batch adds to a vocabulary is freed when its zone ends (spaCy >= 3.8);
        # the Docs die with it, which is why only plain records leave this block.
        for model in (nlp, roles_nlp):
            if model is not None:
                zones.enter_context(model.memory_zone())
        for group in parse_groups(pieces, settings.chunk_chars, settings.batch_size):
            for (n, offset, _), (doc, doc_roles) in zip(group, _parsed(nlp, roles_nlp, [p[2] for p in group])):
                try:
                    yield n, extract_from_doc(doc, settings, provenance, offset, doc_roles, lang), None
                except Exception as exc:  # noqa: BLE001 - one article must not sink the batch
                    log.exception("extraction failed for article %d of the batch", n)
                    yield n, [], f"{type(exc).__name__}: {exc}"


def _parsed(nlp: Language, roles_nlp: Language | None,
            texts: list[str]) -> Iterable[tuple[Doc, list[RoleSpan] | None]]:
    """The parse of each text, as one batch, with the quote model's role spans when there is one.

    The parser is given :func:`~onrecord.nlp.parser.parser_text`: the same offsets, no long runs.
    """
    docs = nlp.pipe([parser_text(t) for t in texts], batch_size=len(texts))
    if roles_nlp is None:
        return zip(docs, itertools.repeat(None))
    return with_roles(roles_nlp, docs, len(texts))
