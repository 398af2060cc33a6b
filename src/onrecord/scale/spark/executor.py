"""The executor side of ``onrecord spark run``: what each Python worker runs on its rows.

Executors import this module (by name, through the ``mapInArrow`` function),
never the driver: a worker loads the records, the readers and the pipeline,
and no Spark session, filesystem or output code. ``pyarrow`` is imported only
inside the function, where Spark provides it.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping
from typing import Any

from onrecord.ingest.jsonl import read_jsonl_line, screened
from onrecord.records import Article, batched
from onrecord.scale.spark.records import arrow_schema, article_row
from onrecord.settings import Settings


def shard_id(uri: str) -> str:
    """A short, path-safe name for the shard read from ``uri``: its file name and a hash of the whole URI."""
    uri = re.sub(r"^file:/+", "file:/", uri)  # Hadoop writes file:/x, Spark's file_path file:///x
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", uri.rstrip("/").rsplit("/", 1)[-1])[:60]
    return f"{stem}-{hashlib.sha1(uri.encode()).hexdigest()[:10]}"


def extract_arrow(batches: Iterator[Any], settings: Settings, pipelines: Mapping[str, str]) -> Iterator[Any]:
    """The ``mapInArrow`` function: input rows (``shard``, ``value`` as JSON) to article rows, each
    with the id of the pipeline of its language (``pipelines``, by language)."""
    import pyarrow as pa

    from onrecord.pipeline import process_batch

    schema = arrow_schema()
    for record_batch in batches:
        for rows in batched(record_batch.to_pylist(), settings.batch_size):
            items = [screened(read_jsonl_line(r["value"], r["origin"], r["default_id"])) for r in rows]
            articles = [item for item in items if isinstance(item, Article)]
            results = iter(process_batch(articles, settings))
            out = []
            for item, r in zip(items, rows):
                result = next(results) if isinstance(item, Article) else None
                pipeline = pipelines[result.article.meta["lang"]] if result else ""
                out.append(article_row(item, result, pipeline, r["shard"]))
            table = (pa.Table.from_pylist(out, schema=schema)
                     .append_column("shard_id", pa.array([shard_id(r["shard"]) for r in rows], pa.string()))
                     .append_column("position", pa.array([r["position"] for r in rows], pa.int64())))
            yield from table.to_batches()
