"""Rules and the learned model together: what each contributes, as measured on the dev sets.

The combination was chosen by the dev scores in docs/evaluation.md ("Engines"):

1. **The rules' attributions stand.** On quotation marks and speech cues they are more
   precise than the model on both dev sets, and they carry the parse-based speaker
   resolution.
2. **Source mentions come from the model** where it tags one around the rules' source
   head: PolNeAR marks the whole phrase ("Kremlin spokesman Dmitry Peskov", "a senior
   campaign official"), which the model learned and the rules' noun-phrase heuristic
   often cuts. The speaker is still resolved through the rules' head token.
3. **Attributions only the model found are added when the settings count beliefs and
   findings as attribution** (cue classes ``stance`` or ``evidence``: PolNeAR's scheme).
   Under the default classes (speech and writing: the GGT scheme, and what a reader of
   "who said what" expects) they cost GGT more precision than they give PolNeAR recall.

Measured and left out: replacing the rules' unquoted content boundaries with the
model's (no gain on either set), and adding the model's attributions whose cue is a
lexicon word (GGT partial F1 fell by 0.03).
"""
from __future__ import annotations

from dataclasses import replace

from onrecord.nlp.quote_model import RoleSpan
from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.quotes.learned import link_roles
from onrecord.records import Span

#: Cue classes whose presence in the settings means "PolNeAR's wider notion of attribution".
BROAD_CUE_CLASSES = frozenset({"stance", "evidence"})


def combine(ctx: DocContext, rules: list[Attribution], roles: list[RoleSpan], *,
            add_unmatched: bool) -> list[Attribution]:
    """The rules' attributions with the model's source spans, plus (``add_unmatched``) the
    model's attributions that overlap none of them; in text order.

    Pure like the other stages: ``rules`` are left as they were, and an attribution
    given the model's source phrase is a copy.
    """
    sources = [r.span for r in roles if r.label == "SOURCE"]
    rules = _relinked([_with_source(att, _around_head(ctx, att, sources)) for att in rules], rules)
    if not add_unmatched:
        return rules
    taken = [piece for att in rules for piece in att.content]
    extra = [att for att in link_roles(ctx, roles)
             if not any(p.overlaps(t) for p in att.content for t in taken)]
    return sorted(rules + extra, key=lambda a: a.start)


def _with_source(att: Attribution, source: Span | None) -> Attribution:
    return att if source is None else replace(att, source_span=source)


def _relinked(copies: list[Attribution], originals: list[Attribution]) -> list[Attribution]:
    """``copies`` with each ``follows`` pointing at the copy of the attribution it followed
    (speaker resolution matches them by identity)."""
    copy_of = {id(o): c for o, c in zip(originals, copies) if c is not o}
    return [replace(att, follows=copy_of[id(att.follows)]) if att.follows is not None and id(att.follows) in copy_of
            else att for att in copies]


def _around_head(ctx: DocContext, att: Attribution, sources: list[Span]) -> Span | None:
    """The model's source span that holds the rules' source head token, if it tagged one."""
    if att.source_token is None:
        return None
    head = ctx.doc[att.source_token].idx
    return next((span for span in sources if span.start <= head < span.end), None)


def wants_unmatched(cue_classes: tuple[str, ...]) -> bool:
    """Whether the settings ask for PolNeAR's wider attribution (beliefs, findings)."""
    return bool(BROAD_CUE_CLASSES & set(cue_classes))
