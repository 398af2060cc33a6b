"""What kind of statement was made (docs/kinds.md): claim, denial, accusation, warning, promise,
prediction, question, confirmation or refusal, with a confidence.

The classifier reads only text: the cue phrase (the cue with the negation, modal and refusing
verb around it: "did not deny", "would not say", "declined to comment on"), the content and the
quote type. The parse-based caller (:mod:`onrecord.quotes.kind_cues`) only widens the cue phrase
from the parse; the store reclassifies stored statements from their cue and content text alone
with :func:`kind_from_text`. Both use the same rules and the same lexicon
(:mod:`onrecord.quotes.kind_lexicon`).

The signals are tried in the order of the tie-breaks of docs/annotation.md ("Statement kinds"):
a question, then a refusal, then the kind of the cue verb (VerbNet and FrameNet classes, in
``cue_kinds.txt``), then the content's own words (a report called "nonsense", a damning label,
a threatened consequence), then a first-person future (promise) or another future (prediction);
``claim`` is the default. A negated cue gives no kind of its own: "did not deny" is not a denial,
but a negated act of telling ("would not say", "has not commented") is a refusal.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from onrecord.quotes.kind_lexicon import KindLexicon, kind_lexicon, text_language

NEGATIONS = frozenset(("not", "never", "no", "не"))
INTERROGATIVES = frozenset("whether if who whom whose what when where why how which".split())
#: What a demand for answers asks for ("demanded answers from the agency").
ANSWERS = frozenset(("answers", "information", "explanation", "explanations"))
#: The classes of ``content_kinds.txt`` that are no kind: harm words are a warning after a modal,
#: untrue words a denial after a form of "be".
HARM, UNTRUE = "harm", "untrue"
HELPERS = frozenset((HARM, UNTRUE))
MODALS = frozenset(("could", "would", "will", "may", "might", "can"))
HELPER_REACH = 3
#: How far into the content a "to" makes an "asked" a request ("asked the city council to vote").
REQUEST_REACH = 5
#: How far into a demand's content the answers asked for may stand ("demanded the agency provide
#: the following information").
DEMAND_REACH = 6
#: The classes of ``cue_kinds.txt`` whose kind depends on what follows the cue (:func:`_object_kind`).
OBJECT_CUES = frozenset(("labelling", "committing", "concerning"))
#: What a concern is about ("raised concerns about …", "concern over …").
TOPIC_MARKERS = frozenset(("about", "over"))
FIRST_PERSON = frozenset(("i", "we"))
#: Pronouns of indirect speech that most often stand for the speaker ("he said he would resign").
SPEAKER_PRONOUNS = frozenset(("i", "we", "he", "she", "they"))
FUTURE = frozenset(("will", "shall"))
#: Conjunctions before a future whose subject is that of the first clause ("he was not aware of
#: the event but would go").
COORDINATORS = frozenset(("and", "but"))
BE = frozenset(("am", "are", "is", "was", "were", "be", "been"))
#: Verbs after "it will" that make "it" the empty subject of a state ("it will be close").
STATES = frozenset(("be", "have", "take", "not"))
CONDITION = "if"
#: The signals that the cue phrase gives (the others are read in the content).
CUE_SIGNALS = frozenset(("refusal-cue", "ask", "cue"))
#: Confidence of each signal: the share of the statements it labelled, with the gold cue and
#: content, that the dev halves (gold/en dev, the press supplement's dev half) gave the same kind,
#: rounded down to one decimal and at most 0.9; a signal seen fewer than five times there keeps
#: the default's 0.7 (docs/kinds.md, "kind_confidence").
CONFIDENCE = {"question-mark": 0.8, "ask": 0.9, "request": 0.8, "refusal-cue": 0.9, "refusal-words": 0.7,
              "cue": 0.9, "label": 0.7, "commit": 0.7, "concern": 0.7, "denial-words": 0.7,
              "accusation-words": 0.9, "warning-words": 0.7, "future-promise": 0.8, "future-warning": 0.7,
              "promise-words": 0.7, "prediction-words": 0.7, "negated": 0.7, "default": 0.7}
_CONTRACTIONS = ((re.compile(r"\b(it|that|there|what|he|she|who|this)'s\b"), r"\1 is"),
                 (re.compile(r"\bwon't\b"), "will not"), (re.compile(r"\b(?:can't|cannot)\b"), "can not"),
                 (re.compile(r"n't\b"), " not"), (re.compile(r"'ll\b"), " will"), (re.compile(r"'re\b"), " are"),
                 (re.compile(r"'m\b"), " am"), (re.compile(r"'ve\b"), " have"), (re.compile(r"'d\b"), " would"))
_WORD = re.compile(r"\w+(?:-\w+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“‘']?[A-Z])")
_CLOSING = " \t\n\"'”’»›)].,;:…-—"


@dataclass(frozen=True, slots=True)
class KindReading:
    """A kind and the signal that gave it (a key of ``CONFIDENCE``)."""

    kind: str
    signal: str

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.signal]

    @property
    def by_cue(self) -> bool:
        """The cue phrase, not the content, gave the kind."""
        return self.signal in CUE_SIGNALS

    def no_quotation(self, quote_type: str) -> bool:
        """A refusal that the cue reports ("declined to comment on Y") in indirect speech holds none
        of the speaker's words (docs/annotation.md, "Refusals without words of the speaker's")."""
        return self.kind == "refusal" and self.by_cue and quote_type == "indirect"


def first_sentence(content: str) -> str:
    """The content up to its first sentence end: a future or a modal further into a long quotation
    says little about what the statement does (on the dev halves, first-person futures deep in a
    paragraph-long quotation were mostly not promises)."""
    return _SENTENCE_END.split(content, maxsplit=1)[0]


def words(text: str) -> list[str]:
    """Lower-case words with contractions opened ("won't" -> "will", "not")."""
    text = text.lower().replace("’", "'")
    if "'" in text:
        for pattern, replacement in _CONTRACTIONS:
            text = pattern.sub(replacement, text)
    return _WORD.findall(text)


def kind_from_text(cue: str | None, content: str | None, quote_type: str | None) -> tuple[str, float]:
    """The kind of a statement and its confidence, from its cue text, content text and type
    (``direct``, ``indirect`` or ``mixed``): usable on a stored statement without a parse. A
    missing cue or content reads as empty, an unknown type as indirect speech."""
    reading = read_kind(cue, content or "", quote_type if quote_type in ("direct", "mixed") else "indirect")
    return reading.kind, reading.confidence


def read_kind(cue: str | None, content: str, quote_type: str) -> KindReading:
    """The kind of a statement, by the signals in the order of the module docstring."""
    lang = text_language(f"{cue or ''} {content}")
    lex = kind_lexicon(lang)
    cue_words, said, opening = words(cue or ""), words(content), words(first_sentence(content))
    if content.rstrip(_CLOSING).endswith("?"):
        return KindReading("question", "question-mark")
    cue_kind, negated = cue_reading(cue_words, said, lex)
    if cue_kind == "refusal":
        return KindReading("refusal", "refusal-cue")
    if cue_kind == "question":
        return _asking(cue_words, said)
    if cue_kind == "asking" and _demands_answers(cue_words, said):
        return KindReading("question", "ask")
    found = content_kinds(said, opening, lang)
    if "refusal" in found:
        return KindReading("refusal", "refusal-words")
    if cue_kind in OBJECT_CUES:
        by_object = _object_kind(cue_kind, cue_words, said, found)
        if by_object is not None:
            return by_object
    elif cue_kind not in (None, "asking"):
        return KindReading(cue_kind, "cue")
    for kind in ("denial", "accusation", "warning"):
        if kind in found:
            return KindReading(kind, f"{kind}-words")
    future = future_kind(opening, quote_type)
    if future is not None:
        return KindReading(future, f"future-{future}")
    for kind in ("promise", "prediction"):
        if kind in found:
            return KindReading(kind, f"{kind}-words")
    return KindReading("claim", "negated" if negated else "default")


def _object_kind(cue_kind: str, cue_words: list[str], said: list[str], found: set[str]) -> KindReading | None:
    """The kind of a cue whose kind depends on what follows it (the classes of ``cue_kinds.txt``
    that are no kind): a label that damns, or "called out", is an accusation (FrameNet Labeling,
    Judgment_communication); a commitment to an act ("agreed to refund", "offered five years")
    a promise, not one to a proposition or a person ("agreed that", "agreed with": FrameNet
    Commitment); a concern about what may happen ("raised concerns that X could …") or about a
    harm ("raised concerns about the damage to …") a warning, one that asks ("raised concerns
    whether …") a question."""
    first = said[0] if said else None
    if cue_kind == "labelling" and ("accusation" in found or "out" in cue_words):
        return KindReading("accusation", "label")
    if cue_kind == "committing" and first not in (None, "that", "with"):
        return KindReading("promise", "commit")
    if cue_kind == "concerning":
        if first in INTERROGATIVES:
            return KindReading("question", "concern")
        if "warning" in found or MODALS.intersection(said) or (
                first in TOPIC_MARKERS and _patterns()[HARM].search(" ".join(said))):
            return KindReading("warning", "concern")
    return None


def cue_reading(cue_words: list[str], said: list[str], lex: KindLexicon) -> tuple[str | None, bool]:
    """The kind the cue phrase gives (None: none) and whether it is negated.

    A refusing verb ("declined to") or a negated act of telling ("would not say") is a refusal;
    a negated or failed answering verb ("did not respond to", "failed to respond to") only when a
    request is named, and so is a verb of avoiding ("skirted all questions": FrameNet Avoiding).
    Any other negated cue gives no kind: "did not deny" is not a denial.
    """
    negated = any(w in NEGATIONS for w in cue_words)
    if any(w in lex.refusing for w in cue_words):
        return "refusal", negated
    if negated and any(w in lex.acts for w in cue_words):
        return "refusal", negated
    asked = any(w in lex.requests for w in cue_words + said)
    if asked and (negated or any(w in lex.failing for w in cue_words)) and any(w in lex.answers for w in cue_words):
        return "refusal", negated
    if asked and any(w in lex.evading for w in cue_words):
        return "refusal", negated
    kinds = [lex.cue_kinds[w] for w in cue_words if w in lex.cue_kinds]
    if not kinds or negated:
        return None, negated
    return kinds[-1], negated


def _asking(cue_words: list[str], said: list[str]) -> KindReading:
    """A question cue ("asked"): a question unless it is a request ("asked the judge to delay",
    "asked for calm", "asked that …"), which docs/annotation.md ("Requests and appeals") makes a
    claim; a request for answers ("asked for answers on …") asks (FrameNet Request, Questioning)."""
    opening = said[:REQUEST_REACH]
    if ANSWERS.intersection(cue_words):
        return KindReading("question", "ask")
    if opening[:1] in (["for"], ["that"]) or ("to" in opening and _first_word(said) not in INTERROGATIVES):
        return KindReading("claim", "request")
    return KindReading("question", "ask")


def _demands_answers(cue_words: list[str], said: list[str]) -> bool:
    """A demand that asks ("demanded to know whether", "Please describe") or asks for answers or
    information, also of someone named first ("demanded NARA provide the following information";
    the dev halves' letters of congressional oversight)."""
    return (_first_word(said) in INTERROGATIVES | {"please", "answers", "information"}
            or any(w in ANSWERS for w in cue_words + said[:DEMAND_REACH]))


def _first_word(said: list[str]) -> str | None:
    """The first word of the content after a complementiser "that"."""
    rest = said[1:] if said[:1] == ["that"] else said
    return rest[0] if rest else None


def content_kinds(said: list[str], opening: list[str], lang: str = "en") -> set[str]:
    """The kinds whose content phrases (``content_kinds.txt``) occur in the words ``said``; a harm
    word shortly after a modal in the ``opening`` sentence ("this would damage …") is a warning, and
    an untrue word said of something ("that is nonsense") or opening the content a denial."""
    patterns = _patterns(lang)
    joined = " ".join(said)
    found = {kind for kind, pattern in patterns.items() if kind not in HELPERS and pattern.search(joined)}
    if patterns["harm-after-modal"].search(" ".join(opening)):
        found.add("warning")
    if patterns["untrue-after-be"].search(joined):
        found.add("denial")
    return found


@cache
def _patterns(lang: str = "en") -> dict[str, re.Pattern[str]]:
    """Each kind's phrases as one compiled expression over space-joined words (whole words only),
    and the helper classes after their anchors: a harm word within ``HELPER_REACH`` words after a
    modal, an untrue word after a form of "be" or at the start."""
    def whole(body: str) -> re.Pattern[str]:
        return re.compile(rf"(?<!\S){body}(?!\S)")

    def within(anchors: frozenset[str]) -> str:
        return "(?:" + "|".join(sorted(anchors)) + rf")(?: \S+){{0,{HELPER_REACH - 1}}} "

    lex = kind_lexicon(lang)
    out = {kind: whole(body) for kind, body in lex.phrases.items()}
    out["harm-after-modal"] = whole(within(MODALS) + lex.phrases[HARM])
    out["untrue-after-be"] = re.compile(rf"(?:^|(?<!\S){within(BE)}){lex.phrases[UNTRUE]}(?!\S)")
    return out


def future_kind(said: list[str], quote_type: str) -> str | None:
    """``promise`` for the speaker's own side's future ("we will rebuild", "he said he would
    resign"), ``warning`` for the same under a condition ("if they cross the line, we will
    respond"); None otherwise.

    In a quotation the speaker's side is "I"/"we"; in indirect speech the speaker is reported in
    the third person, so a pronoun subject right before "would"/"will" stands for the side too,
    and "it" does when it is not the empty subject of "it will be" (docs/annotation.md,
    tie-break 4); a future coordinated with the first clause ("… but would go") has its subject.
    Anyone else's "will" is left to the content's words of forecast ("expected
    to"): on the dev halves a bare "will" was a prediction in 2 statements of 15.
    """
    own = FIRST_PERSON if quote_type == "direct" else SPEAKER_PRONOUNS
    future = FUTURE if quote_type == "direct" else FUTURE | {"would"}
    for i, word in enumerate(said):
        if word in future and i > 0:
            subject, verb = said[i - 1], said[i + 1:i + 2]
        elif word == "going" and said[i + 1:i + 2] == ["to"] and i > 1 and said[i - 1] in BE:
            subject, verb = said[i - 2], said[i + 2:i + 3]  # "we are going to take …"
        else:
            continue
        if subject in COORDINATORS and quote_type != "direct":
            subject = _first_word(said)  # "he was not aware of it but would go": the first clause's subject
        if subject in own or (subject == "it" and quote_type != "direct" and not STATES.intersection(verb)):
            return "warning" if CONDITION in said[:i] else "promise"
    return None
