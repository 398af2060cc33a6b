"""The Russian parser: a spaCy ``Language`` whose tokenizer returns a fully parsed ``Doc``.

No spaCy Russian pipeline is installable offline (the ``ru-core-news-*`` names on the
package registry are placeholders), so the parse comes from Natasha's models
(:mod:`.models`) and is written into a ``Doc``: words and spaces (:mod:`.segment`),
UD part of speech and features (slovnet morphology), lemmas (:mod:`.lemmas`), heads and
relations (slovnet syntax, made a tree by :mod:`.trees`), sentence starts (one tree per
sentence) and entities (slovnet NER: PER, ORG, LOC, renamed to the spaCy labels the
speaker stage reads). Putting it all in the tokenizer of a blank pipeline keeps
the English pipeline's contract: ``nlp.pipe(texts)`` yields ``Doc``s, and
``nlp.memory_zone()`` frees a batch's strings with it.
"""
from __future__ import annotations

from contextlib import contextmanager
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from onrecord.nlp.ru.lemmas import lemma
from onrecord.nlp.ru.models import NewsModels, load_news_models, models_version
from onrecord.nlp.ru.segment import Piece, sentences, with_spaces
from onrecord.nlp.ru.trees import repair

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

MODEL_NAME = "natasha_news_v1"
#: slovnet's NER labels as the spaCy labels the speaker stage reads (OntoNotes names).
ENTITY_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
ROOT_DEP = "ROOT"  # spaCy's name for UD's ``root``


class RussianAnalyser:
    """Text in, parsed ``Doc`` out: the tokenizer of the Russian pipeline."""

    def __init__(self, vocab: Vocab, models: NewsModels) -> None:
        self.vocab = vocab
        self.models = models

    def __call__(self, text: str) -> Doc:
        return build_doc(self.vocab, text, self.models)

    @contextmanager
    def memory_zone(self, mem=None):  # noqa: ARG002 - spaCy's tokenizer protocol; nothing cached here
        yield mem


def build_doc(vocab: Vocab, text: str, models: NewsModels) -> Doc:
    """The parsed ``Doc`` of ``text``."""
    from spacy.tokens import Doc

    sents = sentences(text)
    flat = [w for s in sents for w in s]
    pos, feats, heads, deps = _tagged(sents, *_by_length(models, [[w.text for w in s] for s in sents]))
    words, spaces, source = with_spaces(text, sents)
    tok_pos, tok_morph, tok_lemma, tok_head, tok_dep = [], [], [], [], []
    index = {n: i for i, n in enumerate(source) if n is not None}
    for i, n in enumerate(source):
        if n is None:  # whitespace hangs from the word before it (the next at the very start)
            tok_pos.append("SPACE"), tok_morph.append(""), tok_lemma.append(words[i])
            tok_head.append(i - 1 if i > 0 else min(i + 1, len(words) - 1)), tok_dep.append("dep")
            continue
        tok_pos.append(pos[n]), tok_morph.append(feats[n]), tok_lemma.append(lemma(flat[n].text, pos[n]))
        tok_head.append(i if heads[n] is None else index[heads[n]])
        tok_dep.append(ROOT_DEP if heads[n] is None else deps[n])
    ents = _entity_tags(flat, source, models) if flat else None
    return Doc(vocab, words=words, spaces=spaces, pos=tok_pos, tags=tok_pos, morphs=tok_morph,
               lemmas=tok_lemma, heads=tok_head, deps=tok_dep, ents=ents)


def _by_length(models: NewsModels, chunk: list[list[str]]) -> tuple[list, list]:
    """slovnet's morphology and syntax of each sentence, in text order, computed shortest first.

    slovnet pads every batch of sentences to its longest, and the syntax model's cost grows with
    the padded length; sentences of like length batched together waste less (Natasha's own
    ``Doc`` sends them in text order).
    """
    order = sorted(range(len(chunk)), key=lambda n: len(chunk[n]))
    ordered = [chunk[n] for n in order]
    morphs, parses = [None] * len(chunk), [None] * len(chunk)
    for n, morph, parse in zip(order, models.morph.map(ordered), models.syntax.map(ordered)):
        morphs[n], parses[n] = morph, parse
    return morphs, parses


def _tagged(sents: list[list[Piece]], morphs, parses) -> tuple[list[str], list[str], list[int | None], list[str]]:
    """Part of speech, features, repaired heads (indices into the flattened words) and relations."""
    pos: list[str] = []
    feats: list[str] = []
    heads: list[int | None] = []
    deps: list[str] = []
    offset = 0
    for sent, morph, parse in zip(sents, morphs, parses):
        sent_pos = [t.pos for t in morph.tokens]
        raw = [int(t.head_id) - 1 if t.head_id != "0" else None for t in parse.tokens]
        fixed, rels = repair(raw, [t.rel for t in parse.tokens], sent_pos)
        pos += sent_pos
        feats += [_features(tuple(t.feats.items())) for t in morph.tokens]
        heads += [None if h is None else h + offset for h in fixed]
        deps += rels
        offset += len(sent)
    return pos, feats, heads, deps


@lru_cache(maxsize=4096)
def _features(items: tuple[tuple[str, str], ...]) -> str:
    """slovnet's features as spaCy's ``Case=Nom|Gender=Masc``; a few hundred combinations recur."""
    return "|".join(f"{k}={v}" for k, v in sorted(items))


def _entity_tags(flat: list[Piece], source: list[int | None], models: NewsModels) -> list[str]:
    """IOB entity tags per token from slovnet's NER over the text's words.

    Natasha runs the NER model over the whole text, tokenized by razdel again; here it reads the
    same razdel words already cut, as one sequence, so the text is not tokenized twice. An ``I``
    tag that continues no entity of its type is dropped, as slovnet's own span decoding does.
    """
    infer = models.ner.infer
    tags = next(infer.decoder(infer.process(infer.encoder([[w.text for w in flat]]))))
    word_tags: list[str] = []
    open_label = None
    for tag in tags:
        part, _, kind = tag.partition("-")
        label = ENTITY_LABELS.get(kind)
        if label is None or (part == "I" and open_label != label):
            open_label = None
            word_tags.append("O")
            continue
        open_label = label
        word_tags.append(f"{part}-{label}")
    return ["O" if n is None else word_tags[n] for n in source]


@cache
def load_russian_parser() -> Language:
    """The Russian pipeline, loaded once per process."""
    import spacy

    # The multi-language blank: Russian's lexical attributes (a number-word test for every new word)
    # cost time and no rule reads them.
    nlp = spacy.blank("xx")
    nlp.tokenizer = RussianAnalyser(nlp.vocab, load_news_models())
    nlp.meta.update(name=MODEL_NAME, version=models_version())
    return nlp


def parser_provenance_ru() -> tuple[str, str]:
    """(model name, model version) for the records, as :func:`onrecord.nlp.parser.parser_provenance`."""
    return f"ru_{MODEL_NAME}", models_version()
