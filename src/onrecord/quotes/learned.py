"""The learned quote model: cue, source and content spans tagged by a trained pipeline.

The model (``onrecord/quotes/models/quote_roles``, trained by ``make train`` on
PolNeAR's training portion; docs/training.md) is one spaCy component: a small
CNN token encoder and a transition-based entity recogniser whose labels are
the three roles of an attribution relation, ``CONTENT``, ``SOURCE`` and
``CUE``. PolNeAR lets a token belong to one relation only, so the roles never
overlap and the flat BILUO scheme of named entities fits them (Lample et al.,
2016, "Neural Architectures for Named Entity Recognition").

It runs after the parsing pipeline, on the vectors that pipeline computed
(:mod:`onrecord.nlp.architectures`), and gives plain character offsets
(:func:`with_roles`); :func:`link_roles` then groups them
into attributions the way PolNeAR's relations are built: each content piece
takes the nearest cue of its sentence (or of the sentence next to it), and
the cue takes the nearest source. Pieces that share a cue are one
attribution, as an interrupted quotation is.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from onrecord.errors import ModelNotFoundError
from onrecord.iterables import batched
from onrecord.model import Span
from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: The model shipped inside the package (``make train`` writes it), and its component.
SHIPPED_MODEL = "quote_roles"
COMPONENT = "quote_roles"
ROLES = ("CONTENT", "SOURCE", "CUE")
#: A cue further than this many sentences from a content piece is not its cue.
MAX_CUE_SENTENCES = 1
_WORD = re.compile(r"\w")
#: Confidence of a model attribution with and without a cue of its own.
LINKED_CONFIDENCE = 0.8
UNLINKED_CONFIDENCE = 0.5


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """One tagged span: ``label`` is CONTENT, SOURCE or CUE."""

    label: str
    span: Span


def model_path(name: str) -> Path:
    """Where the quote model ``name`` lives: the shipped one, or a path the user gave."""
    if name in ("", SHIPPED_MODEL):
        return Path(str(resources.files("onrecord.quotes").joinpath("models", SHIPPED_MODEL)))
    return Path(name)


@cache
def load_quote_model(name: str, base_model: str) -> Language:
    """The trained quote-role pipeline, loaded once per process; never downloads.

    The model reads the vectors ``base_model``'s tok2vec leaves in ``doc.tensor``,
    so it must have been trained on that very pipeline (meta.json says which).
    """
    import spacy

    import onrecord.nlp.architectures  # noqa: F401 - registers the model's encoder

    path = model_path(name)
    if not (path / "config.cfg").is_file():
        raise ModelNotFoundError(
            f"quote model {name or SHIPPED_MODEL!r} not found at {path}: run `make train`, "
            f"or set ONRECORD_QUOTE_MODEL to a trained model directory, or use --engine rules")
    nlp = spacy.load(path)
    if COMPONENT not in nlp.pipe_names or not set(nlp.get_pipe(COMPONENT).labels) >= set(ROLES):
        raise ModelNotFoundError(f"{path} is not a quote model: it has no {COMPONENT} component tagging "
                                 f"{', '.join(ROLES)}")
    trained_on = nlp.meta.get("onrecord", {}).get("base_model")
    if trained_on != base_model:
        raise ModelNotFoundError(
            f"quote model at {path} was trained on the spaCy pipeline {trained_on!r}, not {base_model!r}: "
            f"train one for it (`python -m onrecord.training --base {base_model}`) or use --engine rules")
    return nlp


def quote_model_provenance(name: str, base_model: str) -> str:
    """``name-version`` of the quote model, as its meta.json states them."""
    meta = load_quote_model(name, base_model).meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', SHIPPED_MODEL)}-{meta.get('version', '?')}"


def with_roles(roles_nlp: Language, docs: Iterable[Doc], batch_size: int) -> Iterator[tuple[Doc, list[RoleSpan]]]:
    """Each parsed document with the quote model's role spans, as character offsets.

    The model runs on a sentence-free copy of each document (words, tags and
    the tok2vec's ``doc.tensor``): spaCy's entity recogniser never continues
    an entity over a sentence start, and content often spans sentences.
    """
    tagger = roles_nlp.get_pipe(COMPONENT)
    for batch in batched(docs, batch_size):
        copies = [_unparsed_copy(roles_nlp.vocab, doc) for doc in batch]
        for doc, tagged in zip(batch, tagger.pipe(copies, batch_size=batch_size)):
            yield doc, [RoleSpan(e.label_, Span(e.start_char, e.end_char)) for e in tagged.ents]


def _unparsed_copy(vocab, doc: Doc) -> Doc:
    from spacy.tokens import Doc as SpacyDoc

    copy = SpacyDoc(vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
                    tags=[t.tag_ for t in doc])
    copy.tensor = doc.tensor
    return copy


def link_roles(ctx: DocContext, roles: list[RoleSpan]) -> list[Attribution]:
    """Attributions in text order built from one text's role spans."""
    tokens = [_token_range(ctx, r.span) for r in roles]
    cues = [(r, t) for r, t in zip(roles, tokens) if r.label == "CUE" and t is not None]
    sources = [(r, t) for r, t in zip(roles, tokens) if r.label == "SOURCE" and t is not None]
    by_cue: dict[int, Attribution] = {}
    attributions: list[Attribution] = []
    for role, rng in zip(roles, tokens):
        if role.label != "CONTENT" or rng is None or ctx.is_furniture(role.span.start) \
                or not _WORD.search(ctx.text, role.span.start, role.span.end):
            continue  # not content, page furniture, or no words at all (a stray pair of marks)
        cue = _nearest(ctx, rng, cues)
        if cue is not None and id(cue) in by_cue:
            by_cue[id(cue)].content.append(role.span)
            continue
        source = _nearest(ctx, cue[1] if cue else rng, sources)
        att = Attribution(
            [role.span], cue[0].span if cue else None, "model",
            source_token=_head(ctx, source[1]) if source else None,
            source_span=source[0].span if source else None,
            confidence=LINKED_CONFIDENCE if cue else UNLINKED_CONFIDENCE)
        if cue is not None:
            by_cue[id(cue)] = att
        attributions.append(att)
    return attributions


def _token_range(ctx: DocContext, span: Span) -> tuple[int, int] | None:
    found = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    return (found.start, found.end) if found is not None and len(found) else None


def _nearest(ctx: DocContext, rng: tuple[int, int], candidates):
    """The candidate closest to token range ``rng`` within MAX_CUE_SENTENCES sentences;
    one in the same sentence always wins over one in a neighbouring sentence."""
    sent = ctx.sent_of[rng[0]]
    best, best_gap = None, None
    for cand in candidates:
        start, end = cand[1]
        if min(abs(ctx.sent_of[start] - sent), abs(ctx.sent_of[end - 1] - sent)) > MAX_CUE_SENTENCES:
            continue
        other_sentence = len(ctx.doc) if ctx.sent_of[start] != sent else 0
        gap = max(start - rng[1], rng[0] - end, 0) + other_sentence
        if best_gap is None or gap < best_gap:
            best, best_gap = cand, gap
    return best


def _head(ctx: DocContext, rng: tuple[int, int]) -> int:
    """The syntactic head of a token range (its root in the parse)."""
    return ctx.doc[rng[0]:rng[1]].root.i
