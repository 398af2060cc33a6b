"""The learned quote model's token encoder, registered with spaCy.

The quote model runs after the parsing pipeline, on documents that pipeline
has already encoded: the shared ``tok2vec`` leaves its vectors in
``doc.tensor`` and the tagger its tags in ``token.tag_``. The encoder reuses
both instead of encoding the text a second time, which keeps the model's cost
a fraction of the parse (docs/benchmarks.md): the frozen vectors, concatenated
with trainable hash embeddings of the word (norm, prefix, suffix, shape) and
its tag, go through a short trainable CNN (the Maxout window encoder of
spaCy's own ``Tok2Vec``). The frozen vectors bring what the parser learned on
OntoNotes; the trainable part learns what marks a cue or a source. The parse
itself is left out on purpose: spaCy's entity recogniser never runs an entity
across a sentence start, and reported content often spans sentences, so the
model reads documents without sentence bounds
(:func:`onrecord.nlp.quote_model.with_roles`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.util import registry
from thinc.api import Model, chain, concatenate, with_array

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from thinc.types import Floats2d

#: Width of the vectors the parsing pipeline's tok2vec leaves in ``doc.tensor``.
PIPELINE_TENSOR_WIDTH = 96


@registry.architectures("onrecord.DocTensor.v1")
def doc_tensor(width: int = PIPELINE_TENSOR_WIDTH) -> Model[list[Doc], list[Floats2d]]:
    """``doc.tensor`` of each document, as a fixed input (no gradient flows back).

    A document nobody encoded (``doc.tensor`` empty: spaCy's initialisation
    samples) reads as zeros; a tensor of another width is an error.
    """

    def forward(model: Model, docs: list[Doc], is_train: bool):
        tensors = []
        for doc in docs:
            if doc.tensor is None or doc.tensor.size == 0:
                tensors.append(model.ops.alloc2f(len(doc), width))
                continue
            if doc.tensor.shape != (len(doc), width):
                raise ValueError(
                    f"the quote model needs the parsing pipeline's {width}-wide token vectors in doc.tensor; "
                    f"got shape {getattr(doc.tensor, 'shape', None)} (was the document parsed first?)")
            tensors.append(model.ops.asarray2f(doc.tensor))
        return tensors, lambda d_tensors: []

    return Model("doc_tensor", forward, dims={"nO": width})


@registry.architectures("onrecord.QuoteRolesEncoder.v1")
def quote_roles_encoder(width: int = 96, depth: int = 2, feature_width: int = 32,
                        attrs: list[str] = ("TAG", "SHAPE"), rows: list[int] = (1000, 200),
                        window_size: int = 1, maxout_pieces: int = 3) -> Model[list[Doc], list[Floats2d]]:
    """Pipeline vectors + trainable embeddings of ``attrs`` → a ``depth``-layer window CNN."""
    embed = registry.get("architectures", "spacy.MultiHashEmbed.v2")(
        width=feature_width, attrs=list(attrs), rows=list(rows), include_static_vectors=False)
    encode = registry.get("architectures", "spacy.MaxoutWindowEncoder.v2")(
        width=width, depth=depth, window_size=window_size, maxout_pieces=maxout_pieces)
    mix = registry.get("layers", "Maxout.v1")(nO=width, nI=PIPELINE_TENSOR_WIDTH + feature_width,
                                              nP=maxout_pieces, normalize=True)
    model = chain(concatenate(doc_tensor(), embed), with_array(chain(mix, encode)))
    model.set_dim("nO", width)
    return model
