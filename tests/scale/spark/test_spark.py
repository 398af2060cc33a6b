"""The Spark path in local[2]: the same quotes as the local path, shards that are never doubled or lost."""
from __future__ import annotations

import gzip
import itertools
import json
import shutil
from pathlib import Path

import pytest

from onrecord.ingest.readers import read_inputs
from onrecord.pipeline import process_batch
from onrecord.records import Article
from onrecord.service import Tracker
from onrecord.settings import Settings
from tests.fixtures import dump_store, shared_file

pytest.importorskip("pyspark", reason="the spark extra (pyspark) is not installed")
pyarrow_dataset = pytest.importorskip("pyarrow.dataset")

from onrecord.scale.spark.driver import run, shard_id, spark_session  # noqa: E402 - after the skip

#: Articles of ../shared/data/news_bulk in the test, over two input files (two shards).
ARTICLES = 300


@pytest.fixture(scope="module")
def spark():
    if shutil.which("java") is None:
        pytest.skip("no Java: Spark needs a JVM (Java 17)")
    session = spark_session("local[2]", app_name="onrecord-test")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """Two JSONL shards of press releases, and a Parquet copy of the second."""
    folder = tmp_path_factory.mktemp("inputs")
    with gzip.open(shared_file("news_bulk", "press_releases.jsonl.gz"), "rt", encoding="utf-8") as f:
        lines = list(itertools.islice(f, ARTICLES))
    half = ARTICLES * 2 // 3
    (folder / "jsonl").mkdir()
    (folder / "jsonl" / "first.jsonl").write_text("".join(lines[:half]), encoding="utf-8")
    (folder / "jsonl" / "second.jsonl").write_text("".join(lines[half:]), encoding="utf-8")
    return folder / "jsonl"


def _quote_keys(rows):
    return sorted((r["article_id"], r["content_start"], r["content_end"], r["source_start"], r["cue_start"],
                   r["type"], r["speaker"], r["speaker_resolved"], r["rule"]) for r in rows)


def _local_quote_keys(folder: Path, settings: Settings):
    articles = [a for a in read_inputs([str(folder)]) if isinstance(a, Article)]
    rows = []
    for result in process_batch(articles, settings):
        for q in result.quotes:
            rows.append({"article_id": result.article.id, "content_start": q.content.start,
                         "content_end": q.content.end, "source_start": q.source.start if q.source else None,
                         "cue_start": q.cue.start if q.cue else None, "type": q.type, "speaker": q.speaker.name,
                         "speaker_resolved": q.speaker.resolved, "rule": q.rule})
    return _quote_keys(rows)


def _spark_quotes(output: Path):
    return pyarrow_dataset.dataset(output / "quotes", format="parquet", partitioning="hive").to_table().to_pylist()


def test_spark_local2_finds_the_quotes_the_local_path_finds(spark, inputs, tmp_path):
    settings = Settings()
    report = run(spark, str(inputs), str(tmp_path / "out"), settings=settings)
    assert (report.shards_done, report.shards_skipped, report.articles) == (2, 0, ARTICLES)
    spark_rows = _spark_quotes(tmp_path / "out")
    assert len(spark_rows) == report.quotes > ARTICLES  # press releases quote their member
    assert _quote_keys(spark_rows) == _local_quote_keys(inputs, settings)
    speakers = pyarrow_dataset.dataset(tmp_path / "out" / "speakers", format="parquet",
                                       partitioning="hive").to_table().to_pylist()
    assert sum(s["quotes"] for s in speakers) == sum(r["speaker"] is not None for r in spark_rows)


def test_a_restarted_run_redoes_only_unfinished_shards_and_load_stores_what_ingest_would(spark, inputs, tmp_path):
    out = tmp_path / "out"
    run(spark, str(inputs), str(out))
    before = _quote_keys(_spark_quotes(out))

    again = run(spark, str(inputs), str(out))
    assert (again.shards_done, again.shards_skipped) == (0, 2)

    # A run killed after moving the second shard's files in but before its manifest: it does not count,
    # and the next run deletes and redoes it (no quote twice, none lost).
    second = shard_id((inputs / "second.jsonl").resolve().as_uri())
    (out / "_shards" / f"{second}.json").unlink()
    redone = run(spark, str(inputs), str(out))
    assert (redone.shards_done, redone.shards_skipped) == (1, 1)
    assert _quote_keys(_spark_quotes(out)) == before

    with Tracker(tmp_path / "loaded.db") as t:
        loaded = t.load(out)
        assert t.load(out).stored == 0  # loading again adds nothing
    with Tracker(tmp_path / "ingested.db", Settings(workers=1)) as t:
        ingested = t.ingest([str(inputs / "first.jsonl"), str(inputs / "second.jsonl")])
    assert (loaded.stored, loaded.quotes) == (ingested.stored, ingested.quotes)
    loaded_dump, ingested_dump = dump_store(str(tmp_path / "loaded.db")), dump_store(str(tmp_path / "ingested.db"))
    for table in ("speakers", "speaker_aliases", "clusters", "quotes"):
        assert loaded_dump[table] == ingested_dump[table], table


def test_parquet_input_gives_the_same_quotes(spark, inputs, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = [json.loads(line) for line in (inputs / "second.jsonl").read_text(encoding="utf-8").splitlines()]
    (tmp_path / "pq").mkdir()
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "pq" / "second.parquet")
    run(spark, str(tmp_path / "pq"), str(tmp_path / "out"))
    jsonl = tmp_path / "jsonl"
    jsonl.mkdir()
    shutil.copy(inputs / "second.jsonl", jsonl)
    assert _quote_keys(_spark_quotes(tmp_path / "out")) == _local_quote_keys(jsonl, Settings())


def test_missing_input_is_a_clear_error(spark, tmp_path):
    from onrecord.scale.spark.driver import SparkJobError

    with pytest.raises(SparkJobError, match="no input files"):
        run(spark, str(tmp_path / "nothing-here"), str(tmp_path / "out"))
