"""Reading a Spark run's output folder back, shard by finished shard, with pyarrow alone."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from onrecord.errors import OnrecordError
from onrecord.scale.spark.records import from_article_row

#: Article rows read at a time (each carries its text).
ROWS_PER_READ = 256


def finished_shards(output: Path) -> list[dict[str, Any]]:
    """The manifests of the shards a run finished, by shard name; a shard without one does not count."""
    folder = output / "_shards"
    if not (output / "articles").is_dir() and not folder.is_dir():
        raise OnrecordError(f"{output} is not the output of `onrecord spark run` (no articles/ or _shards/ in it)")
    manifests = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        try:
            manifests.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise OnrecordError(f"cannot read shard manifest {path}: {exc}") from exc
    return manifests


def article_items(output: Path) -> Iterator[tuple]:
    """(article or problem, result, pipeline id) for every row of every finished shard."""
    try:
        import pyarrow.dataset as ds
    except ImportError as exc:
        raise OnrecordError("loading Parquet needs pyarrow: pip install 'onrecord[parquet]'") from exc
    for manifest in finished_shards(output):
        folder = output / "articles" / f"shard_id={manifest['shard']}"
        if not folder.is_dir():
            continue  # a shard of no articles (an empty input file)
        dataset = ds.dataset(folder, format="parquet", partitioning="hive")
        for batch in dataset.to_batches(batch_size=ROWS_PER_READ):
            yield from map(from_article_row, batch.to_pylist())
