"""The Tracker: the record of who said what in one database, as every interface sees it.

``Tracker(db).ingest(paths)`` reads, extracts and stores (:mod:`.ingesting`);
``search``, ``speakers``, ``timeline``, ``show`` and ``export`` read the
record. The CLI, the web app and the Python API call only this and the
extracting functions beside it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from onrecord.errors import NotFound, OnrecordError, first_line
from onrecord.records import MAX_LIMIT, iso_date
from onrecord.service.classifying import classify_stored
from onrecord.service.context import with_context
from onrecord.service.export import export_text, write_export
from onrecord.service.extracting import reading
from onrecord.service.ingesting import IngestReport, IngestRun
from onrecord.service.lemmatising import word_lemmas
from onrecord.service.searching import decode_cursor, encode_cursor, facet_filter, ranked
from onrecord.settings import Settings
from onrecord.store import open_store
from onrecord.store.filters import QuoteFilter
from onrecord.store.normalise import article_key
from onrecord.store.sql import query_terms


class Tracker:
    """The record of who said what, in one database."""

    def __init__(self, db: str | Path = "onrecord.db", settings: Settings | None = None, *,
                 read_only: bool = False) -> None:
        """``read_only``: a connection that refuses writes (SQLite ``mode=ro``, a PostgreSQL read-only
        session), as each web server process reads the record. A writable open first gives kinds to any
        statement stored before kinds existed (:mod:`.classifying`)."""
        self.settings = settings or Settings()
        self.read_only = read_only
        self.store = open_store(db, read_only=read_only)
        if not read_only:
            try:
                classify_stored(self.store)
            except BaseException:
                self.store.close()
                raise

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Tracker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ ingest

    def pipeline_id(self, lang: str = "en") -> str:
        """The id of the code and models that extract articles of ``lang`` here; the store keeps it
        with each article."""
        from onrecord.pipeline import pipeline_id

        return pipeline_id(self.settings, lang)

    def ingest(self, paths: list[str], on_article: Callable[[IngestReport], None] | None = None, *,
               feeds: Iterable[str] = ()) -> IngestReport:
        """Extract and store every article under ``paths`` (files, directories, URLs) and the new
        entries of ``feeds``; stored ones with the same pipeline are skipped.

        Each article is its own transaction: a killed run leaves whole
        articles only, and the next run resumes after the last one stored.
        A copy of a story already stored (store/near_duplicates.py) is kept
        without extracting it again, linked to the first copy. A database this
        connection cannot write is said before anything is read or extracted.
        """
        self.store.check_writable()
        with reading(paths, self.settings, feeds=feeds, is_stored=self._stored_url) as items:
            return IngestRun(self.store, self.settings, on_article).extract_and_store(items, self.pipeline_id)

    def _stored_url(self, url: str) -> bool:
        return self.store.article_pipeline(article_key("", url)) is not None

    def load(self, output: str | Path, on_article: Callable[[IngestReport], None] | None = None) -> IngestReport:
        """Store what ``onrecord spark run`` wrote to ``output`` (its finished shards), as ingest would have.

        Articles keep the pipeline id that extracted them; loading the same
        output again stores nothing new, and copies are linked as in ingest.
        """
        from onrecord.scale.spark.output import article_items

        self.store.check_writable()
        return IngestRun(self.store, self.settings, on_article).store_extracted(article_items(Path(output)))

    # ------------------------------------------------------------------ reading

    def filter(self, text: str | None = None, speaker: str | None = None, since: str | None = None,
               until: str | None = None, outlet: str | None = None, types: Iterable[str] = (),
               kinds: Iterable[str] = (), **page: Any) -> QuoteFilter:
        """A :class:`QuoteFilter` from user-level values (speaker by name, dates as text, the lemmas of the
        words in Russian: service/lemmatising.py); ``page``: its limit, offset, order, snapshot and position."""
        speaker_ids = tuple(self.store.find_speakers(speaker)) if speaker else None
        return QuoteFilter(text=text, speaker_ids=speaker_ids, since=_date_arg(since, "since"),
                           until=_date_arg(until, "until"), outlet=outlet, types=tuple(types),
                           kinds=tuple(kinds), lemmas=word_lemmas(query_terms(text)), **page)

    def search(self, text: str | None = None, **filters: Any) -> list[dict[str, Any]]:
        """Quotes matching ``text`` (all words), best first (bm25), with matched words marked."""
        return self.store.search(self.filter(text, **filters))

    def search_page(self, text: str | None = None, *, facets: Iterable[str] = (), cursor: str | None = None,
                    order: str = "relevance", limit: int = 20, offset: int = 0, **filters: Any) -> dict[str, Any]:
        """One page of a search (:mod:`.searching`): ``results`` (each with its sentence around it),
        ``total``, ``facets`` (each value with the ``filter`` that narrows to it), ``next`` (the cursor of
        the next page, None on the last) and ``first`` (how many statements came before this page)."""
        is_ranked = ranked(text, order)
        if cursor:
            through, seen, after = decode_cursor(cursor, order, is_ranked)
        else:
            through, seen, after = self.store.last_rowid(), 0, None
        f = self.filter(text, **filters, limit=limit, order=order, through=through, after=after,
                        offset=offset + (seen if is_ranked else 0))
        rows, total, counted = self.store.page_and_facets(f, tuple(facets))
        rows = [with_context(r) for r in rows]
        for name, values in counted.items():
            for value in values:
                value["filter"] = facet_filter(name, value, f.since, f.until)
        shown = seen + offset + len(rows)
        more = rows and shown < total
        return {"results": rows, "total": total, "first": seen + offset, "facets": counted,
                "next": encode_cursor(order, through, shown, rows[-1], is_ranked) if more else None}

    def counts_by(self, keys: tuple[str, ...], text: str | None = None, **filters: Any) -> list[tuple]:
        """How many dated statements of a search there are per day, month or kind (store/facets.py PERIODS)."""
        return self.store.counts_by(self.filter(text, **filters), keys)

    def speakers(self, top: int = 20) -> list[dict[str, Any]]:
        """The ``top`` most quoted speakers: a page, like any other listing (1 to MAX_LIMIT)."""
        if not 1 <= top <= MAX_LIMIT:
            raise OnrecordError(f"top must be between 1 and {MAX_LIMIT}")
        return self.store.speakers(top)

    def speaker(self, name: str) -> dict[str, Any]:
        """One speaker with aliases, roles and counts; an error if the name is unknown or ambiguous."""
        return self.store.speaker(self._one_speaker(name))  # type: ignore[return-value]

    def timeline(self, speaker: str, limit: int = 1000) -> list[dict[str, Any]]:
        """A speaker's statements by date, oldest first."""
        f = QuoteFilter(speaker_ids=(self._one_speaker(speaker),), limit=limit)
        return list(self.store.quotes(f))[:limit]

    def show(self, quote_id: str) -> dict[str, Any]:
        """A quote in its paragraph, with the content, source and cue offsets inside that paragraph."""
        row = self.store.quote(quote_id.strip())
        if row is None:
            raise NotFound(f"no quote with id {_shown(quote_id)}")
        text = row.pop("article_text")
        start = text.rfind("\n", 0, row["content_start"]) + 1
        end = text.find("\n", row["content_end"])
        end = len(text) if end < 0 else end
        row["paragraph"] = text[start:end]
        for role in ("content", "source", "cue"):
            s, e = row.pop(f"{role}_start"), row.pop(f"{role}_end")
            inside = s is not None and start <= s and e <= end
            row[role] = [s - start, e - start] if inside else None
        return row

    def article(self, article_id: int) -> dict[str, Any]:
        """A stored article: its text, metadata and quotes with character offsets into the text."""
        row = self.store.article(article_id)
        if row is None:
            raise NotFound(f"no article with id {article_id}")
        return row

    def cluster(self, cluster_id: int) -> list[dict[str, Any]]:
        return self.store.cluster(cluster_id)

    def copies(self, article_id: int) -> list[dict[str, Any]]:
        """The syndicated copies of a stored article: the outlets that ran it too."""
        return self.store.copies(article_id)

    def merge(self, name: str, into: str) -> None:
        self.store.merge_speakers(self._one_speaker(name), self._one_speaker(into))

    def split(self, speaker: str, alias: str) -> int:
        return self.store.split_speaker(self._one_speaker(speaker), alias)

    def _one_speaker(self, name: str) -> int:
        ids = self.store.find_speakers(name)
        if not ids:
            raise NotFound(f"no speaker named {_shown(name)}")
        if len(ids) > 1:
            raise OnrecordError(f"{_shown(name)} names {len(ids)} speakers (ids {', '.join(map(str, ids))});"
                                " give an id")
        return ids[0]

    # ------------------------------------------------------------------ export

    def export(self, out: IO[str] | Path, fmt: str = "jsonl", **filters: Any) -> int:
        """Write the statements matching ``filters`` in Quotebank's fields (:mod:`.export`); the number written."""
        rows = self._by_statement(**filters)
        try:
            return write_export(rows, self.store.copies, out, fmt)
        except OSError as exc:
            if not isinstance(out, Path):
                raise  # the caller's stream: a closed pipe is theirs to handle
            raise OnrecordError(f"cannot write {out}: {exc.strerror or first_line(exc)}") from exc

    def export_text(self, fmt: str, **filters: Any) -> Iterator[str]:
        """The export of ``filters`` (a search's words among them) as JSONL or CSV text, a statement at a
        time: a download from the web app streams it."""
        return export_text(self._by_statement(**filters), self.store.copies, fmt)

    def _by_statement(self, **filters: Any) -> Iterator[dict[str, Any]]:
        return self.store.quotes(self.filter(limit=MAX_LIMIT, **filters), order="q.cluster_id, q.date, q.rowid")


def _date_arg(value: str | None, name: str) -> str | None:
    if value is None or not value.strip():
        return None
    iso = iso_date(value)
    if iso is None:
        raise OnrecordError(f"--{name} {_shown(value)} is not a date (use YYYY-MM-DD)")
    return iso


def _shown(value: str, most: int = 60) -> str:
    """A user's value quoted for a message, cut short: a pasted page must not fill the terminal."""
    return repr(value if len(value) <= most else value[:most] + "…")
