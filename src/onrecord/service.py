"""The Tracker: one facade over pipeline and store that every interface uses.

``Tracker(db).ingest(paths)`` reads, extracts and stores; ``search``,
``speakers``, ``timeline``, ``show`` and ``export`` read the record. The CLI
and (later) the web app call only this.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from onrecord.errors import NotFound, OnrecordError, StoreError
from onrecord.ingest.dates import iso_date
from onrecord.ingest.fetch import fetcher_for
from onrecord.ingest.readers import read_inputs
from onrecord.iterables import batched
from onrecord.settings import Settings
from onrecord.store import QuoteFilter, open_store
from onrecord.store.normalise import article_key
from onrecord.storing import InFlight, IngestReport, plan_batches, store_batch

EXPORT_FORMATS = ("jsonl", "csv", "parquet")


class Tracker:
    """The record of who said what, in one database."""

    def __init__(self, db: str | Path = "onrecord.db", settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.store = open_store(db)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Tracker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ ingest

    def pipeline_id(self) -> str:
        from onrecord.pipeline import pipeline_id

        return pipeline_id(self.settings)

    def ingest(self, paths: list[str], on_article: Callable[[IngestReport], None] | None = None, *,
               feeds: Iterable[str] = ()) -> IngestReport:
        """Extract and store every article under ``paths`` (files, directories, URLs) and the new
        entries of ``feeds``; stored ones with the same pipeline are skipped.

        Each article is its own transaction: a killed run leaves whole
        articles only, and the next run resumes after the last one stored.
        A copy of a story already stored (store/near_duplicates.py) is kept
        without extracting it again, linked to the first copy.
        """
        feeds = list(feeds)
        with fetcher_for(self.settings, paths, feeds) as fetcher:
            items = read_inputs(paths, fetcher=fetcher, feeds=feeds, is_stored=self._stored_url)
            return self._ingest(items, on_article)

    def _stored_url(self, url: str) -> bool:
        return self.store.article_pipeline(article_key("", url)) is not None

    def _ingest(self, items: Iterable, on_article: Callable[[IngestReport], None] | None) -> IngestReport:
        """Plan, extract (``workers`` processes) and store, the parent being the only writer."""
        from onrecord.parallel import map_batches

        report, flight, pipeline = IngestReport(), InFlight(), self.pipeline_id()
        planned = plan_batches(self.store, ((item, None, pipeline) for item in items), self.settings.batch_size,
                               report, flight)
        originals = ((entries, [e.article for e in entries if e.copy_of is None]) for entries in planned)
        for entries, results in map_batches(originals, self.settings):
            for entry, result in zip((e for e in entries if e.copy_of is None), results):
                entry.result = result
            store_batch(self.store, entries, report, flight, on_article)
        return report

    def load(self, output: str | Path, on_article: Callable[[IngestReport], None] | None = None) -> IngestReport:
        """Store what ``onrecord spark run`` wrote to ``output`` (its finished shards), as ingest would have.

        Articles keep the pipeline id that extracted them; loading the same
        output again stores nothing new, and copies are linked as in ingest.
        """
        from onrecord.spark.output import article_items

        report, flight = IngestReport(), InFlight()
        for entries in plan_batches(self.store, article_items(Path(output)), self.settings.batch_size, report,
                                    flight):
            store_batch(self.store, entries, report, flight, on_article)
        return report

    # ------------------------------------------------------------------ reading

    def filter(self, text: str | None = None, speaker: str | None = None, since: str | None = None,
               until: str | None = None, outlet: str | None = None, types: Iterable[str] = (),
               limit: int = 20, offset: int = 0) -> QuoteFilter:
        """A :class:`QuoteFilter` from user-level values (speaker by name, dates as text)."""
        speaker_ids = tuple(self.store.find_speakers(speaker)) if speaker else None
        return QuoteFilter(text=text, speaker_ids=speaker_ids, since=_date_arg(since, "since"),
                           until=_date_arg(until, "until"), outlet=outlet, types=tuple(types),
                           limit=limit, offset=offset)

    def search(self, text: str | None = None, **filters: Any) -> list[dict[str, Any]]:
        """Quotes matching ``text`` (all words), best first (bm25), with matched words marked."""
        return self.store.search(self.filter(text, **filters))

    def speakers(self, top: int = 20) -> list[dict[str, Any]]:
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
            raise NotFound(f"no quote with id {quote_id!r}")
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

    def merge(self, name: str, into: str) -> None:
        self.store.merge_speakers(self._one_speaker(name), self._one_speaker(into))

    def split(self, speaker: str, alias: str) -> int:
        return self.store.split_speaker(self._one_speaker(speaker), alias)

    def _one_speaker(self, name: str) -> int:
        ids = self.store.find_speakers(name)
        if not ids:
            raise NotFound(f"no speaker named {name!r}")
        if len(ids) > 1:
            raise OnrecordError(f"{name!r} names {len(ids)} speakers (ids {', '.join(map(str, ids))}); give an id")
        return ids[0]

    # ------------------------------------------------------------------ export

    def export(self, out: IO[str] | Path, fmt: str = "jsonl", **filters: Any) -> int:
        """Write quote clusters matching ``filters`` in Quotebank's fields; the number written."""
        if fmt not in EXPORT_FORMATS:
            raise OnrecordError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
        f = self.filter(limit=1000, **filters)
        rows = _clusters(self.store.quotes(f, order="q.cluster_id, q.date, q.rowid"), self.store.copies)
        if fmt == "parquet":
            return _write_parquet(rows, out)
        stream = out.open("w", encoding="utf-8", newline="") if isinstance(out, Path) else out
        n = 0
        writer = csv.DictWriter(stream, fieldnames=list(EXPORT_FIELDS)) if fmt == "csv" else None
        if writer:
            writer.writeheader()
        for row in rows:
            if writer:
                writer.writerow({k: json.dumps(v) if isinstance(v, list) else v for k, v in row.items()})
            else:
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        if isinstance(out, Path):
            stream.close()
        return n


#: Quotebank's quote-centric fields (quoteID ... urls), then onrecord's, with their types.
EXPORT_FIELDS = {"quoteID": "text", "quotation": "text", "speaker": "text", "qids": "texts", "date": "text",
                 "numOccurrences": "count", "urls": "texts", "type": "text", "speaker_id": "count",
                 "outlets": "texts", "occurrence_ids": "texts", "numStories": "count"}


def _clusters(rows: Iterator[dict[str, Any]],
              copies_of: Callable[[int], list[dict[str, Any]]]) -> Iterator[dict[str, Any]]:
    """Quote rows (ordered by cluster) folded into one record per cluster."""
    current: list[dict[str, Any]] = []
    for row in rows:
        if current and row["cluster_id"] != current[0]["cluster_id"]:
            yield _cluster_record(current, copies_of)
            current = []
        current.append(row)
    if current:
        yield _cluster_record(current, copies_of)


def _cluster_record(rows: list[dict[str, Any]], copies_of: Callable[[int], list[dict[str, Any]]]) -> dict[str, Any]:
    """One statement: Quotebank counts every article that carried it (syndicated copies too);
    ``numStories`` counts each story once."""
    longest = max(rows, key=lambda r: len(r["text"]))
    carried = rows + [c for r in rows if r["copies"] for c in copies_of(r["article_id"])]
    dates = [r["date"] for r in carried if r["date"]]
    return {
        "quoteID": f"c{rows[0]['cluster_id']}",
        "quotation": longest["text"],
        "speaker": longest["speaker"],
        "qids": [],
        "date": min(dates) if dates else None,
        "numOccurrences": len(carried),
        "urls": sorted({r["url"] for r in carried if r["url"]}),
        "type": longest["type"],
        "speaker_id": longest["speaker_id"],
        "outlets": sorted({r["outlet"] for r in carried if r["outlet"]}),
        "occurrence_ids": [r["id"] for r in rows],
        "numStories": len(rows),
    }


#: Rows per Parquet row group: an export of millions of statements never sits in memory whole.
PARQUET_BATCH = 10_000


def _write_parquet(rows: Iterator[dict[str, Any]], out: IO[str] | Path) -> int:
    """The export as Parquet with fixed column types (an empty or all-null column keeps its type)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise OnrecordError("parquet export needs pyarrow: pip install 'onrecord[parquet]'") from exc
    if not isinstance(out, Path):
        raise OnrecordError("parquet export needs an output file (--out FILE)")
    types = {"text": pa.string(), "texts": pa.list_(pa.string()), "count": pa.int64()}
    schema = pa.schema([(name, types[kind]) for name, kind in EXPORT_FIELDS.items()])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        for batch in batched(rows, PARQUET_BATCH):
            writer.write_table(pa.Table.from_pylist(list(batch), schema=schema))
            n += len(batch)
    return n


def _date_arg(value: str | None, name: str) -> str | None:
    if value is None or not value.strip():
        return None
    iso = iso_date(value)
    if iso is None:
        raise OnrecordError(f"--{name} {value!r} is not a date (use YYYY-MM-DD)")
    return iso


__all__ = ["EXPORT_FORMATS", "IngestReport", "StoreError", "Tracker"]
