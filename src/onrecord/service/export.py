"""Export: the record's statements in Quotebank's quote-centric fields, as JSONL, CSV or Parquet.

One record per statement (a cluster of the same quotation across articles),
counting every article that carried it, syndicated copies too
(``numOccurrences``), and each story once (``numStories``).
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from onrecord.errors import OnrecordError
from onrecord.records import batched

EXPORT_FORMATS = ("jsonl", "csv", "parquet")
#: The formats that stream as text (a download from the web app).
TEXT_FORMATS = ("jsonl", "csv")


def write_export(rows: Iterator[dict[str, Any]], copies_of: Callable[[int], list[dict[str, Any]]],
                 out: IO[str] | Path, fmt: str) -> int:
    """Write quote ``rows`` (ordered by cluster) as one record per statement; the number written."""
    if fmt not in EXPORT_FORMATS:
        raise OnrecordError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    records = _clusters(rows, copies_of)
    if fmt == "parquet":
        return _write_parquet(records, out)
    stream = out.open("w", encoding="utf-8", newline="") if isinstance(out, Path) else out
    try:
        return _write_text(records, stream, fmt)
    finally:
        if isinstance(out, Path):
            stream.close()


def export_text(rows: Iterator[dict[str, Any]], copies_of: Callable[[int], list[dict[str, Any]]],
                fmt: str) -> Iterator[str]:
    """The statements of quote ``rows`` (ordered by cluster) as JSONL or CSV text, a record at a time."""
    if fmt not in TEXT_FORMATS:
        raise OnrecordError(f"unknown download format {fmt!r}; use one of {', '.join(TEXT_FORMATS)}")
    return text_chunks(_clusters(rows, copies_of), fmt)


def _write_text(records: Iterator[dict[str, Any]], stream: IO[str], fmt: str) -> int:
    chunks = text_chunks(records, fmt)
    if fmt == "csv":
        stream.write(next(chunks))  # the header
    n = 0
    for chunk in chunks:
        stream.write(chunk)
        n += 1
    return n


def text_chunks(records: Iterator[dict[str, Any]], fmt: str) -> Iterator[str]:
    """The export as text, one record at a time: JSON lines, or CSV (lists as JSON in their cell) after
    its header, so that a web download streams as a file does."""
    if fmt == "jsonl":
        for record in records:
            yield json.dumps(record, ensure_ascii=False) + "\n"
        return
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(EXPORT_FIELDS))
    writer.writeheader()
    yield _taken(buffer)
    for record in records:
        writer.writerow({k: json.dumps(v) if isinstance(v, list) else v for k, v in record.items()})
        yield _taken(buffer)


def _taken(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


#: Quotebank's quote-centric fields (quoteID ... urls), then onrecord's, with their types.
EXPORT_FIELDS = {"quoteID": "text", "quotation": "text", "speaker": "text", "qids": "texts", "date": "text",
                 "numOccurrences": "count", "urls": "texts", "type": "text", "speaker_id": "count",
                 "outlets": "texts", "occurrence_ids": "texts", "numStories": "count", "speaker_role": "text",
                 "headlines": "texts", "kind": "text", "no_quotation": "flag"}


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
        "speaker_role": longest["speaker_role"],
        "headlines": sorted({r["title"] for r in carried if r["title"]}),
        "kind": longest["kind"],
        "no_quotation": bool(longest["no_quotation"]),
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
    types = {"text": pa.string(), "texts": pa.list_(pa.string()), "count": pa.int64(), "flag": pa.bool_()}
    schema = pa.schema([(name, types[kind]) for name, kind in EXPORT_FIELDS.items()])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        for batch in batched(rows, PARQUET_BATCH):
            writer.write_table(pa.Table.from_pylist(list(batch), schema=schema))
            n += len(batch)
    return n
