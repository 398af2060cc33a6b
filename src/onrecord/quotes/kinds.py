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

from onrecord.quotes.kind_future import BE, SPEAKER_PRONOUNS, first_word, future_kind
from onrecord.quotes.kind_lexicon import KindLexicon, kind_lexicon, text_language
from onrecord.quotes.kind_warning import harm_described, risk_described

NEGATIONS = frozenset(("not", "never", "no", "не"))
INTERROGATIVES = frozenset("whether if who whom whose what when where why how which".split())
#: What a demand for answers asks for ("demanded answers from the agency").
ANSWERS = frozenset(("answers", "information", "explanation", "explanations"))
#: The classes of ``content_kinds.txt`` that are no kind: harm words are a warning after a modal,
#: untrue words a denial after a form of "be", labels an accusation after a form of "be" or a
#: labelling cue; a stock phrase holds blame words that blame nobody ("waste, fraud and abuse"), and
#: a verb of preventing before blame makes it a wrong to prevent ("stopping fraud").
HARM, UNTRUE, LABEL, STOCK, PREVENTING = "harm", "untrue", "label", "stock", "preventing"
HELPERS = frozenset((HARM, UNTRUE, LABEL, STOCK, PREVENTING))
#: How far after a gerund of blame a modal makes it a supposition ("failing to extend funding would
#: be irresponsible", "ignoring this loophole can distort competition").
SUPPOSED_REACH = 4
#: The content kinds whose phrases a word right before them takes back (:func:`_taken_back`).
TAKEN_BACK_KINDS = frozenset(("accusation", "warning"))
#: Words that negate a phrase of blame or warning within ``NEGATION_REACH`` words before it ("can
#: not ignore", "would not be at risk", "impossible to ignore").
NEGATORS = NEGATIONS | {"impossible"}
NEGATION_REACH = 3
#: The speaker's own side right before blame (``OWN_SIDE_REACH`` words): "our national failure
#: to", "we will hold them accountable" blame nobody else (docs/annotation.md, tie-break 6).
OWN_SIDE = frozenset(("i", "we", "our", "us", "my"))
OWN_SIDE_REACH = 2
#: Words within ``NEGATION_REACH`` words before blame that make it someone else's charge or only a
#: possibility: "allegations of sexual misconduct", "past alleged war crimes", "claimed he was
#: wrongfully imprisoned", "potentially unlawful", "if the agency fails to act" (the speaker reports
#: or supposes the wrong, and does not charge anyone with it).
NOT_CHARGED = frozenset(("alleged", "allegedly", "allegation", "allegations", "claim", "claims", "claimed",
                         "claiming", "potentially", "possibly", "if", "unless"))
MODALS = frozenset(("could", "would", "will", "may", "might", "can"))
HELPER_REACH = 3
#: How far into the content a "to" makes an "asked" a request ("asked the city council to vote").
REQUEST_REACH = 5
#: How far into a demand's content the answers asked for may stand ("demanded the agency provide
#: the following information").
DEMAND_REACH = 6
#: The classes of ``cue_kinds.txt`` whose kind depends on what follows the cue (:func:`_object_kind`).
OBJECT_CUES = frozenset(("labelling", "committing", "concerning", "condemning"))
#: Words that open a noun phrase naming a particular wrong or wrongdoer after a condemning cue
#: ("condemned *the* attack", "*her* behavior"); a phrase without one, a name or an "'s" is a wrong
#: in general ("condemn antisemitism", "all forms of political violence").
PARTICULAR = frozenset("the this that these those a an his her their its our your my him them it us me".split())
QUOTE_MARKS = frozenset("\"'“‘«")
#: How many words into a condemned phrase an owner's "'s" may stand ("the Biden administration's attempt").
OWNER_REACH = 5
#: What a concern is about ("raised concerns about …", "concern over …").
TOPIC_MARKERS = frozenset(("about", "over"))
#: Pronoun subjects that open a clause of its own after a negated act of telling (:func:`_declares`).
DECLARING_SUBJECTS = SPEAKER_PRONOUNS | {"it", "there", "you"}
#: The signals that the cue phrase gives (the others are read in the content).
CUE_SIGNALS = frozenset(("refusal-cue", "ask", "cue"))
#: Confidence of each signal: the share of the statements it labelled, with the gold cue and
#: content, that the dev halves (gold/en dev, the press supplement's dev half) gave the same kind,
#: rounded down to one decimal and at most 0.9; a signal seen fewer than five times there keeps
#: the default's 0.7 (docs/kinds.md, "kind_confidence").
CONFIDENCE = {"question-mark": 0.8, "ask": 0.9, "request": 0.8, "refusal-cue": 0.9, "refusal-words": 0.7,
              "cue": 0.9, "label": 0.9, "commit": 0.7, "concern": 0.7, "denial-words": 0.7,
              "accusation-words": 0.9, "warning-words": 0.7, "future-promise": 0.8, "future-warning": 0.7,
              "promise-words": 0.7, "prediction-words": 0.7, "negated": 0.7, "default": 0.7}
_CONTRACTIONS = ((re.compile(r"\b(it|that|there|what|he|she|who|this)'s\b"), r"\1 is"),
                 (re.compile(r"\bwon't\b"), "will not"), (re.compile(r"\b(?:can't|cannot)\b"), "can not"),
                 (re.compile(r"n't\b"), " not"), (re.compile(r"'ll\b"), " will"), (re.compile(r"'re\b"), " are"),
                 (re.compile(r"'m\b"), " am"), (re.compile(r"'ve\b"), " have"), (re.compile(r"'d\b"), " would"))
#: An expression that matches nothing, for a helper class a word list does not have.
NOTHING = r"(?!)"
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
    """Lower-case words with contractions opened ("won't" -> "will", "not"; "cannot" -> "can", "not")."""
    text = text.lower().replace("’", "'")
    if "'" in text or "cannot" in text:
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
    if cue_kind == "condemning":
        if not _wrong_in_general(content):
            return KindReading("accusation", "cue")
    elif cue_kind in OBJECT_CUES:
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
    if cue_kind == "labelling" and ("accusation" in found or LABEL in found or "out" in cue_words):
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


def _wrong_in_general(content: str) -> bool:
    """What a condemning cue condemns is a wrong in general, blaming nobody identifiable: it opens
    with a lower-case word that is no determiner or pronoun and holds no owner's "'s" near its start
    ("antisemitism in all its forms", "all forms of political violence"; not "the attack", "Hamas",
    "Russia's invasion"). docs/annotation.md, "Stance verbs with only a noun phrase": condemning an
    identified actor is an accusation, judging without blaming anyone a claim."""
    if content.lstrip()[:1] in QUOTE_MARKS:
        return False  # the condemner's own words ("denounced the claims as a 'national embarrassment'")
    opening = re.findall(r"[\w’'-]+", content)[:OWNER_REACH]
    if not opening or not opening[0][:1].islower() or opening[0].lower() in PARTICULAR:
        return False
    return not any(w.lower().endswith(("'s", "’s")) for w in opening)


def cue_reading(cue_words: list[str], said: list[str], lex: KindLexicon) -> tuple[str | None, bool]:
    """The kind the cue phrase gives (None: none) and whether it is negated.

    A refusing verb ("declined to") or a negated act of telling ("would not say") is a refusal,
    the latter not when what follows is a statement of its own ("did not say he had ordered it",
    "is not saying there were no issues": :func:`_declares`);
    a negated or failed answering verb ("did not respond to", "failed to respond to") only when a
    request is named, and so is a verb of avoiding ("skirted all questions": FrameNet Avoiding).
    Any other negated cue gives no kind: "did not deny" is not a denial.
    """
    negated = any(w in NEGATIONS for w in cue_words)
    if any(w in lex.refusing for w in cue_words):
        return "refusal", negated
    if negated and any(w in lex.acts for w in cue_words) and not _declares(said):
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


def _declares(said: list[str]) -> bool:
    """The content is a clause that states something, not a topic or a question: it opens with
    "that" or with a pronoun subject ("did not say *he had ordered it*"). A negated act of telling
    before it leaves a claim unmade rather than refusing a question, as the no-comment rule reads
    it ("did not say he would run" is no refusal: docs/kinds.md); in the hand-judged sample of
    2026-12-02 these were 2 of 16 false refusals."""
    return bool(said) and (said[0] == "that" or said[0] in DECLARING_SUBJECTS)


def _asking(cue_words: list[str], said: list[str]) -> KindReading:
    """A question cue ("asked"): a question unless it is a request ("asked the judge to delay",
    "asked for calm", "asked that …"), which docs/annotation.md ("Requests and appeals") makes a
    claim; a request for answers ("asked for answers on …") asks (FrameNet Request, Questioning)."""
    opening = said[:REQUEST_REACH]
    if ANSWERS.intersection(cue_words):
        return KindReading("question", "ask")
    if opening[:1] in (["for"], ["that"]) or ("to" in opening and first_word(said) not in INTERROGATIVES):
        return KindReading("claim", "request")
    return KindReading("question", "ask")


def _demands_answers(cue_words: list[str], said: list[str]) -> bool:
    """A demand that asks ("demanded to know whether", "Please describe") or asks for answers or
    information, also of someone named first ("demanded NARA provide the following information";
    the dev halves' letters of congressional oversight)."""
    return (first_word(said) in INTERROGATIVES | {"please", "answers", "information"}
            or any(w in ANSWERS for w in cue_words + said[:DEMAND_REACH]))


def content_kinds(said: list[str], opening: list[str], lang: str = "en") -> set[str]:
    """The kinds whose content phrases (``content_kinds.txt``) occur in the words ``said``; a harm
    word shortly after a modal in the ``opening`` sentence ("this would damage …") is a warning, an
    untrue word said of something ("that is nonsense") or opening the content a denial, and a label
    said of someone ("he is a terrorist") an accusation. A phrase of blame or warning counts only
    where nothing takes it back (:func:`_taken_back`). ``label`` is in the set when a label occurs
    at all, for the labelling cues ("called them terrorists": :func:`_object_kind`)."""
    patterns = _patterns(lang)
    joined = " ".join(said)
    stock = [m.span() for m in patterns[STOCK].finditer(joined)]
    found = {kind for kind, pattern in patterns.items() if kind not in HELPERS and (
        any(not _taken_back(joined, m, kind, stock) for m in pattern.finditer(joined))
        if kind in TAKEN_BACK_KINDS else pattern.search(joined))}
    if any(not harm_described(m.group(0).split(), patterns[PREVENTING])
           for m in patterns["harm-after-modal"].finditer(" ".join(opening))):
        found.add("warning")
    if patterns["untrue-after-be"].search(joined):
        found.add("denial")
    if patterns["label-after-be"].search(joined):
        found.add("accusation")
    if any(not _taken_back(joined, m, "accusation", stock) for m in patterns["still-not-answered"].finditer(joined)):
        found.add("accusation")
    if patterns[LABEL].search(joined):
        found.add(LABEL)
    return found


def _taken_back(joined: str, match: re.Match[str], kind: str, stock: list[tuple[int, int]]) -> bool:
    """A phrase of blame or warning that the words right before it take back: a negation ("Congress
    can not ignore this threat", "would not be at risk"); for "at risk", a description
    (:func:`onrecord.quotes.kind_warning.risk_described`); for blame, also the speaker's own side
    ("our national failure to invest", "we will hold them accountable"), which accuses no identifiable
    other (docs/annotation.md, tie-break 6), someone else's allegation or a condition ("allegations of
    misconduct", "if the agency fails to act": ``NOT_CHARGED``), a verb of preventing ("stopping
    fraud": ``preventing:`` in ``content_kinds.txt``), a supposition (:func:`_supposed`), or a stock
    phrase around it ("waste, fraud and abuse")."""
    before = joined[:match.start()].split()
    if NEGATORS.intersection(before[-NEGATION_REACH:]):
        return True
    if kind == "warning":
        return match.group(0) == "at risk" and risk_described(before)
    if kind != "accusation":
        return False
    preventing = _patterns()[PREVENTING]
    return bool(OWN_SIDE.intersection(before[-OWN_SIDE_REACH:]) or NOT_CHARGED.intersection(before[-NEGATION_REACH:])) \
        or any(preventing.fullmatch(w) for w in before[-OWN_SIDE_REACH:]) \
        or _supposed(before, match.group(0).split()[0], joined[match.end():].split()) \
        or any(s <= match.start() and match.end() <= e for s, e in stock)


def _supposed(before: list[str], first: str, after: list[str]) -> bool:
    """Blame that is only supposed, not charged: a gerund that a modal soon follows ("failing to act
    may have consequences", "ignoring this loophole can distort competition"; not "they are failing
    to act and will …", where someone is doing it), or a judgement after a modal "be" ("cutting it
    would be irresponsible")."""
    if len(before) >= 2 and before[-2] in MODALS and before[-1] == "be":
        return True
    if not first.endswith("ing") or (before and (before[-1] in BE or before[-1] in SPEAKER_PRONOUNS)):
        return False
    return bool(MODALS.intersection(after[:SUPPOSED_REACH]))


@cache
def _patterns(lang: str = "en") -> dict[str, re.Pattern[str]]:
    """Each kind's phrases as one compiled expression over space-joined words (whole words only),
    and the helper classes after their anchors: a harm word within ``HELPER_REACH`` words after a
    modal, an untrue word after a form of "be" or at the start, a label right after a form of "be"
    (with its article and one word before it)."""
    def whole(body: str) -> re.Pattern[str]:
        return re.compile(rf"(?<!\S){body}(?!\S)")

    def within(anchors: frozenset[str]) -> str:
        # the words between may not negate: "it will not harm" is no warning, "is not baseless" no denial
        gap = "(?: (?!(?:" + "|".join(sorted(NEGATORS)) + r")(?!\S))\S+)"
        return "(?:" + "|".join(sorted(anchors)) + rf"){gap}{{0,{HELPER_REACH - 1}}} "

    lex = kind_lexicon(lang)
    out = {kind: whole(body) for kind, body in lex.phrases.items()}
    for helper in (LABEL, STOCK, PREVENTING):  # classes a word list may leave out match nothing
        out.setdefault(helper, re.compile(NOTHING))
    out["harm-after-modal"] = whole(within(MODALS) + lex.phrases[HARM])
    out["untrue-after-be"] = re.compile(rf"(?:^|(?<!\S){within(BE)}){lex.phrases[UNTRUE]}(?!\S)")
    # a label said of someone: "they are terrorists", "he is a domestic terrorist"; not "is
    # supporting terrorist groups", where the label only names others in passing
    be = "(?:" + "|".join(sorted(BE)) + ")"
    out["label-after-be"] = whole(rf"{be} (?:(?:a|an) (?:\S+ )?)?{lex.phrases.get(LABEL, NOTHING)}")
    # someone's answer still not given ("the department still has not provided", "has yet to respond"):
    # like "refused to" in the speaker's words, it charges them with it; "still" or "yet" says it was due
    answering = "(?:" + "|".join(sorted(lex.answers | lex.acts)) + ")"
    out["still-not-answered"] = whole(rf"(?:still (?:has|have) not|(?:has|have) (?:still not|not yet|yet to)) {answering}")
    return out
