"""Sentence-boundary hints given to the parser before it runs.

spaCy's parser decides sentence boundaries itself, and news text trips it
in two ways that cut quote content short or glue unrelated text together:

* a line break is a paragraph (or headline, or caption) boundary, but the
  parser often runs a sentence across it ("READ MORE: Alberta proposes new
  parks\\n\\nPhillips stated ..."), so a cue in one paragraph takes a clause
  of the next as its content;
* an abbreviation's full stop ("he's lost 16 lbs. since he signed up",
  "in Vaughan, Ont., on Thursday") is taken as a sentence end.

The parser respects ``is_sent_start`` values set before it (spaCy docs,
"Sentence segmentation": custom rules before the parser), so this component
marks a token after a line break, or a capitalised word after a quotation
closed after a full stop, as a sentence start and a lower-case word
after a full stop, or after a full stop and an opening quotation mark, as a
continuation.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMPONENT = "onrecord_sentence_hints"


@Language.component(COMPONENT)
def sentence_hints(doc: Doc) -> Doc:
    """Set sentence starts after line breaks and forbid them before lower-case words."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_ or tok.is_title and _after_closed_quotation(doc, tok.i):
            tok.is_sent_start = True
        elif tok.is_lower and tok.is_alpha:
            first = tok.i  # an opening quotation mark may stand between: "lost 16 lbs. “and two belt loops”"
            while first > 1 and doc[first - 1].is_quote and "\n" not in doc[first - 2].whitespace_:
                first -= 1
            before = doc[first - 1]
            if before.text.endswith(".") and not before.is_space:
                for i in range(first, tok.i + 1):
                    doc[i].is_sent_start = False
    return doc


def _after_closed_quotation(doc: Doc, i: int) -> bool:
    """The token follows a quotation closed after a full stop ("…slang[.]" As of Tuesday"):
    a closing mark is attached to the stop and followed by a space, an opening one is not."""
    mark = doc[i - 1]
    if i < 3 or not mark.is_quote or not mark.whitespace_ or doc[i - 2].whitespace_:
        return False
    stop = doc[i - 2]
    if stop.text == "]" and not doc[i - 3].whitespace_:  # Wikinews' bracketed "[.]"
        stop = doc[i - 3]
    return stop.text.endswith((".", "!", "?"))
