"""Content printed after a colon in paragraphs of its own, without quotation marks.

Press releases and official sites print what was said below the sentence that introduces it
(docs/annotation.md, "A document printed in full without quotation marks"):

* a **list** after a cue and a colon ("The lawmakers asked for answers on:" and one paragraph
  per item, each ending with a semicolon but the last, or a letter's questions, each ending
  with a question mark): one piece per item;
* a **statement announced** ("Congresswoman X released the following statement:") and printed
  without marks: one piece per paragraph, up to a quotation, the release's closing furniture
  ("###", "Read the full letter"), a paragraph that names the speaker again (the writer's
  narration resumes) or the end of the text.

Both are the speaker's words only by layout, so the type stays what the marks say (usually
indirect), and only a cue whose paragraph ends on the colon opens a block.
"""
from __future__ import annotations

import re

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.records import Span

BLOCK_RULE = "colon-block"
#: Paragraphs an announced statement may run to.
MAX_BLOCK_PARAGRAPHS = 12
#: Openings of the paragraphs that end a release's own text.
CLOSING = re.compile(r"(?:#{3}|-30-|read the full|click here|watch |view the|contact:|for more information)", re.I)
_OPENING_MARK = re.compile(r"[\"“„«‘']")


def colon_block(ctx: DocContext, att: Attribution, announced: bool) -> list[Span]:
    """The paragraphs that ``att``'s colon introduces, one piece each, or []."""
    assert att.cue is not None
    intro = ctx.paragraph_span(att.cue.end)
    if not ctx.text[intro.start:intro.end].endswith(":"):
        return []
    paragraphs = _following(ctx, intro.end)
    if not paragraphs or _OPENING_MARK.match(ctx.text, paragraphs[0].start):
        return []
    first = ctx.text[paragraphs[0].start:paragraphs[0].end]
    if first.endswith(";"):
        return _list_items(ctx, paragraphs)
    if first.endswith("?"):
        return _questions(ctx, paragraphs)
    return _statement(ctx, paragraphs, _surname(ctx, att)) if announced else []


def _following(ctx: DocContext, after: int) -> list[Span]:
    n = ctx.paragraph(after) + 1
    spans = [ctx.paragraph_span(start) for start in ctx.para_starts[n:n + MAX_BLOCK_PARAGRAPHS]]
    return [s for s in spans if s.end > s.start]


def _list_items(ctx: DocContext, paragraphs: list[Span]) -> list[Span]:
    items = []
    for para in paragraphs:
        items.append(para)
        if not ctx.text[para.start:para.end].endswith(";"):
            break
    return items


def _questions(ctx: DocContext, paragraphs: list[Span]) -> list[Span]:
    questions = []
    for para in paragraphs:
        if not ctx.text[para.start:para.end].endswith("?"):
            break
        questions.append(para)
    return questions


def _statement(ctx: DocContext, paragraphs: list[Span], surname: str | None) -> list[Span]:
    pieces = []
    for para in paragraphs:
        words = ctx.text[para.start:para.end]
        if _OPENING_MARK.match(words) or CLOSING.match(words) or ctx.is_furniture(para.start) \
                or (surname and re.search(rf"\b{re.escape(surname)}\b", words)):
            break
        pieces.append(para)
    return pieces


def _surname(ctx: DocContext, att: Attribution) -> str | None:
    """The last word of the source's name, by which the writer's narration names the speaker again."""
    if att.source_token is None:
        return None
    head = ctx.doc[att.source_token]
    return head.text if head.pos_ == "PROPN" else None
