"""From a stream of articles to stored articles: what to extract, what is a copy, what to store.

One :class:`IngestRun` per ``Tracker.ingest`` (articles that still need
extracting, by one process or a pool) or ``Tracker.load`` (articles a Spark
job already extracted), so a record is the same whichever way it was made:

- every article is named its outlet (ingest/outlets.py: its input's, its page's, else its URL's);
- an article already stored by the same pipeline is counted ``unchanged``;
- a copy of a story already stored, or of one still being extracted, is
  linked to it instead of being extracted again (store/near_duplicates.py);
- every other article is stored with its quotes, each in its own transaction.

Batches are planned ahead of storing (a pool holds several in flight), so
the run remembers the keys and signatures of articles planned but not yet
stored: :class:`InFlight`. The parent process is the only writer.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from onrecord.errors import StoreError, StoreUnavailable
from onrecord.ingest.language import with_language
from onrecord.ingest.outlets import with_outlet
from onrecord.records import Article, ArticleResult, InputProblem, batched, iso_date
from onrecord.service.lemmatising import statement_lemmas
from onrecord.settings import Settings
from onrecord.store.near_duplicates import COPY_SIMILARITY, signature, similarity
from onrecord.store.normalise import article_key

if TYPE_CHECKING:
    from onrecord.store.sql import SQLStore


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did, for the summary line."""

    stored: int = 0
    unchanged: int = 0
    quotes: int = 0
    problems: list[str] = field(default_factory=list)  # inputs that failed, with the reason
    skipped: list[str] = field(default_factory=list)   # inputs left out on purpose (another language)
    copies: int = 0                                     # stored as copies of a story already stored


@dataclass(slots=True)
class Entry:
    """One article to store: an original (to extract, or with its ``result``) or a copy."""

    seq: int
    key: str
    article: Article
    pipeline: str
    signature: bytes | None
    #: A stored article's id, or ``(seq,)`` for an original planned earlier and not stored yet.
    copy_of: int | tuple[int] | None = None
    result: ArticleResult | None = None


@dataclass(slots=True)
class InFlight:
    """Articles planned but not stored yet, and originals stored while copies of them were still planned."""

    keys: set[str] = field(default_factory=set)
    originals: dict[int, bytes] = field(default_factory=dict)   # seq -> signature
    stored: dict[int, int | None] = field(default_factory=dict)  # seq -> article id (None: failed)
    waiting: Counter = field(default_factory=Counter)            # seq -> copies of it not stored yet

    def release(self, seq: int) -> None:
        """One copy of original ``seq`` is stored: forget the original once no copy waits for it."""
        self.waiting[seq] -= 1
        if self.waiting[seq] <= 0:
            del self.waiting[seq]
            self.stored.pop(seq, None)


#: (article or problem, its result when already extracted, the pipeline id it is stored under)
Extracted = tuple[Article | InputProblem, ArticleResult | None, str]


class IngestRun:
    """One ingest or load into ``store``: plans batches, has the originals extracted, stores them.

    ``on_article`` is called with the report after each stored article (a
    progress line). The report and the in-flight plan live as long as the run.
    """

    def __init__(self, store: SQLStore, settings: Settings,
                 on_article: Callable[[IngestReport], None] | None = None) -> None:
        self.store = store
        self.settings = settings
        self.on_article = on_article
        self.report = IngestReport()
        self.flight = InFlight()
        self._seq = 0

    def extract_and_store(self, items: Iterable[Article | InputProblem],
                          pipeline_for: Callable[[str], str]) -> IngestReport:
        """Extract the originals among ``items`` (``workers`` processes) and store every entry;
        ``pipeline_for(lang)`` names the pipeline of each language, as the store keeps it."""
        from onrecord.scale.pool import map_batches

        ids: dict[str, str] = {}

        def with_pipeline(item: Article | InputProblem) -> Extracted:
            if isinstance(item, InputProblem):
                return item, None, ""
            item = with_language(item, self.settings.lang)
            lang = item.meta["lang"]
            if lang not in ids:
                ids[lang] = pipeline_for(lang)
            return item, None, ids[lang]

        planned = self.plan(with_pipeline(item) for item in items)
        originals = ((entries, [e.article for e in entries if e.copy_of is None]) for entries in planned)
        for entries, results in map_batches(originals, self.settings):
            for entry, result in zip((e for e in entries if e.copy_of is None), results):
                entry.result = result
            self.store_batch(entries)
        return self.report

    def store_extracted(self, items: Iterable[Extracted]) -> IngestReport:
        """Store articles that come with their results (a Spark run's output)."""
        for entries in self.plan(items):
            self.store_batch(entries)
        return self.report

    def plan(self, items: Iterable[Extracted]) -> Iterator[list[Entry]]:
        """Batches of the entries to store; problems and unchanged articles are counted in the report."""
        for batch in batched(items, self.settings.batch_size):
            entries = [entry for item in batch if (entry := self._entry(*item)) is not None]
            if entries:
                yield entries

    def _entry(self, item: Article | InputProblem, result: ArticleResult | None, pipeline: str) -> Entry | None:
        report, flight = self.report, self.flight
        if isinstance(item, InputProblem):
            (report.skipped if item.skipped else report.problems).append(f"{item.origin}: {item.reason}")
            return None
        item = with_outlet(item)
        key = article_key(item.text, item.meta.get("url"))
        if key in flight.keys or self.store.article_pipeline(key) == pipeline:
            report.unchanged += 1
            return None
        self._seq += 1
        entry = Entry(self._seq, key, item, pipeline, signature(item.text), result=result)
        entry.copy_of = self._copy_of(entry)
        if entry.copy_of is None and entry.signature is not None:
            flight.originals[entry.seq] = entry.signature
        elif isinstance(entry.copy_of, tuple):
            flight.waiting[entry.copy_of[0]] += 1
        flight.keys.add(key)
        return entry

    def _copy_of(self, entry: Entry) -> int | tuple[int] | None:
        """The stored story ``entry`` copies, else the most similar original still in flight."""
        if entry.signature is None:
            return None
        stored = self.store.copy_of(entry.signature, entry.key)
        if stored is not None:
            return stored
        best = max(((similarity(sig, entry.signature), -seq) for seq, sig in self.flight.originals.items()),
                   default=None)
        return (-best[1],) if best and best[0] >= COPY_SIMILARITY else None

    def store_batch(self, entries: list[Entry]) -> None:
        """Store one planned batch, originals first so that copies of them in the batch find them."""
        for entry in sorted(entries, key=lambda e: e.copy_of is not None):
            self._store(entry)

    def _store(self, entry: Entry) -> None:
        report, flight = self.report, self.flight
        copy_of = entry.copy_of
        if isinstance(copy_of, tuple):
            copy_of = flight.stored.get(copy_of[0])
            flight.release(entry.copy_of[0])
        flight.keys.discard(entry.key)
        if entry.copy_of is not None and copy_of is None:
            report.problems.append(f"{entry.article.origin}: not stored (the story it copies was not stored)")
            return
        quotes = entry.result.quotes if entry.result and copy_of is None else ()
        if entry.result and copy_of is None:
            report.problems.extend(entry.result.warnings)
        try:
            article = with_language(entry.article, self.settings.lang)
            article_id: int | None = self.store.save_article(
                entry.key, article, quotes, entry.pipeline, iso_date(entry.article.meta.get("date")),
                minhash=entry.signature, copy_of=copy_of, lemmas=statement_lemmas(article, quotes))
        except StoreUnavailable:
            raise  # the database itself is unusable: stop, nothing is half-stored
        except StoreError as exc:
            report.problems.append(f"{entry.article.origin}: not stored ({exc})")
            article_id = None
        if entry.seq in flight.originals:
            del flight.originals[entry.seq]
            if flight.waiting[entry.seq]:
                flight.stored[entry.seq] = article_id
        if article_id is None:
            return
        report.stored += 1
        report.quotes += len(quotes)
        report.copies += copy_of is not None
        if self.on_article:
            self.on_article(report)
