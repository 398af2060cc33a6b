"""Loading and running the learned quote model: cue, source and content spans as character offsets.

The model (``onrecord/nlp/models/quote_roles``, trained by ``make train`` on
PolNeAR's training portion; docs/training.md) is one spaCy component: a small
CNN token encoder and a transition-based entity recogniser whose labels are
the three roles of an attribution relation, ``CONTENT``, ``SOURCE`` and
``CUE``. PolNeAR lets a token belong to one relation only, so the roles never
overlap and the flat BILUO scheme of named entities fits them (Lample et al.,
2016, "Neural Architectures for Named Entity Recognition").

It runs after the parsing pipeline (:mod:`onrecord.nlp.parser`), on the
vectors that pipeline computed (:mod:`onrecord.nlp.architectures`), and gives
plain character offsets (:func:`with_roles`); :mod:`onrecord.quotes.learned`
links them into attributions.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from onrecord.errors import ModelNotFoundError
from onrecord.records import Span, batched

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: The model shipped inside the package (``make train`` writes it), and its component.
SHIPPED_MODEL = "quote_roles"
COMPONENT = "quote_roles"
ROLES = ("CONTENT", "SOURCE", "CUE")


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """One tagged span: ``label`` is CONTENT, SOURCE or CUE."""

    label: str
    span: Span


def model_path(name: str) -> Path:
    """Where the quote model ``name`` lives: the shipped one, or a path the user gave."""
    if name in ("", SHIPPED_MODEL):
        return Path(str(resources.files("onrecord.nlp").joinpath("models", SHIPPED_MODEL)))
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
