"""The driver side of ``onrecord spark run``: process_batch over a corpus on Apache Spark, one shard per input file.

The job, as docs/scaling.md explains it:

1. List the input files (any Hadoop filesystem: local, ``hdfs://``, ``s3a://``,
   ``gs://``, ``abfss://``). Each file is a *shard*; a shard whose manifest
   ``OUTPUT/_shards/<shard>.json`` exists was finished by an earlier run and
   is left alone, so a restarted job goes on where it stopped.
2. Read the pending shards (JSONL lines or Parquet rows), spread them over
   the cluster, and run :func:`process_batch` on them with ``mapInArrow``:
   each Python worker loads the spaCy pipeline once and parses in batches.
3. Write article rows (text, metadata, problems, nested quotes), then the
   quote rows and each day's speakers, partitioned by shard (and date), into a
   staging folder. Spark's
   commit protocol already makes a retried *task* write once.
4. Move each shard's folders into place and only then write its manifest: a
   shard counts when its manifest exists, so a job killed half way leaves no
   half shard that counts, and the next run deletes and redoes it.

Nothing here runs on import, and pyspark is imported only inside functions:
the rest of onrecord works without the ``spark`` extra. Executors run
:mod:`.executor` and never import this module.
"""
from __future__ import annotations

import json
import os
import re
import sys
import uuid
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from onrecord.errors import OnrecordError
from onrecord.scale.pool import ONE_THREAD
from onrecord.scale.spark.executor import extract_arrow, shard_id
from onrecord.scale.spark.records import ARTICLE_DDL
from onrecord.settings import Settings

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

INPUT_FORMATS = ("jsonl", "parquet")
#: The output tables, each partitioned by shard (and quotes and speakers by date too).
TABLES = ("articles", "quotes", "speakers")
#: Input bytes per Spark partition: small enough that a lost task costs little,
#: large enough that each task's fixed cost is paid over hundreds of articles.
PARTITION_BYTES = 16 * 1024 * 1024
#: Tasks per core at least: short tasks even out, so no core idles at the end waiting on a long one.
TASKS_PER_CORE = 4
#: Columns of a Parquet input that an article may have (others are ignored).
PARQUET_COLUMNS = ("id", "text", "title", "date", "url", "outlet", "author")
#: Columns that place an article row: its shard (a partition folder) and its place in the input.
LAYOUT_DDL = "shard_id STRING, position BIGINT"


class SparkJobError(OnrecordError):
    """The Spark job cannot run (no pyspark, no input, unreadable output folder)."""


@dataclass(frozen=True, slots=True)
class RunReport:
    """What one run did: shards done now, shards an earlier run had done, and counts of the new ones."""

    shards_done: int
    shards_skipped: int
    articles: int
    quotes: int
    problems: int


def spark_session(master: str | None = None, app_name: str = "onrecord") -> SparkSession:
    """The session ``spark-submit`` made, or a new one (``local[*]`` unless ``master`` is given)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkJobError("the Spark path needs pyspark: pip install 'onrecord[spark]'") from exc
    # One thread per Python worker, as in the process pool: Spark gives each task a core.
    os.environ.update({k: os.environ.get(k, v) for k, v in ONE_THREAD.items()})  # local workers inherit it
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this Python, onrecord installed
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    for name, value in ONE_THREAD.items():
        builder = builder.config(f"spark.executorEnv.{name}", value)
    # Version 1 of the output committer moves each task's files in at job commit only; dates and
    # shard names read back from folder names stay text.
    return (builder.config("spark.hadoop.mapreduce.fileoutputcommitter.algorithm.version", "1")
            .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false").getOrCreate())


def run(spark: SparkSession, input_uri: str, output_uri: str, input_format: str | None = None,
        settings: Settings | None = None) -> RunReport:
    """Process every shard of ``input_uri`` not yet finished in ``output_uri``."""
    settings = settings or Settings()
    # Arrow batches of one pipeline batch each: a Python worker holds a few articles at a time, not a
    # whole partition, and Spark writes the results of one batch while the next is parsed.
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(settings.batch_size))
    fs = _HadoopFS(spark)
    files = fs.input_files(input_uri)
    if not files:
        raise SparkJobError(f"no input files at {input_uri}")
    fmt = input_format or _format_of(files[0][0])
    if fmt not in INPUT_FORMATS:
        raise SparkJobError(f"unknown input format {fmt!r}; use one of {', '.join(INPUT_FORMATS)}")
    finished = fs.finished_shards(output_uri)
    todo = [(uri, size) for uri, size in files if shard_id(uri) not in finished]
    counts = _process(spark, fs, todo, fmt, output_uri, settings) if todo else {}
    totals = {k: sum(c.get(k, 0) for c in counts.values()) for k in ("articles", "quotes", "problems")}
    return RunReport(len(todo), len(files) - len(todo), **totals)


def _process(spark: SparkSession, fs: _HadoopFS, todo: list[tuple[str, int]], fmt: str, output_uri: str,
             settings: Settings) -> dict[str, dict[str, int]]:
    """Extract the shards of ``todo`` into a staging folder, then move each into place; their counts."""
    fs.delete(f"{output_uri.rstrip('/')}/_staging")  # what a killed run left (one run per output at a time)
    for uri, _ in todo:  # what a killed run moved in before its manifest was written
        for table in TABLES:
            fs.delete(_shard_dir(output_uri, table, shard_id(uri)))
    staging = f"{output_uri.rstrip('/')}/_staging/{uuid.uuid4().hex}"
    counts = _write_staging(spark, todo, fmt, staging, settings)
    for uri, _ in todo:
        shard = shard_id(uri)
        for table in TABLES:
            fs.move(_shard_dir(staging, table, shard), _shard_dir(output_uri, table, shard))
        fs.write_text(f"{output_uri.rstrip('/')}/_shards/{shard}.json",
                      json.dumps({"shard": shard, "input": uri, **counts.get(shard, {})}))
    fs.delete(staging)
    return counts


def _write_staging(spark: SparkSession, todo: list[tuple[str, int]], fmt: str, staging: str,
                   settings: Settings) -> dict[str, dict[str, int]]:
    """Articles, quotes and speakers of the shards in ``todo`` under ``staging``; counts by shard."""
    from onrecord.ingest.language import SUPPORTED
    from onrecord.pipeline import pipeline_id

    records = _read(spark, [uri for uri, _ in todo], fmt)
    partitions = max(spark.sparkContext.defaultParallelism * TASKS_PER_CORE,
                     sum(s for _, s in todo) // PARTITION_BYTES)
    pipelines = {lang: pipeline_id(settings, lang) for lang in SUPPORTED}
    work = partial(extract_arrow, settings=settings, pipelines=pipelines)
    # Ranges of consecutive articles: each task's file holds a stretch of its input in order, so a
    # shard's files read in name order give back the input order (and `load` equals `ingest`).
    ranges = records.repartitionByRange(partitions, "shard", "position").sortWithinPartitions("shard", "position")
    articles = ranges.mapInArrow(work, f"{ARTICLE_DDL}, {LAYOUT_DDL}")
    (articles.sortWithinPartitions("shard_id", "position")
     .write.partitionBy("shard_id").parquet(f"{staging}/articles"))
    written = spark.read.parquet(f"{staging}/articles")
    # Quotes and speakers are small: gathered into one file per shard and date.
    quotes = _quote_rows(written)
    (quotes.repartition("shard_id", "date").sortWithinPartitions("article_position", "position")
     .write.partitionBy("shard_id", "date").parquet(f"{staging}/quotes"))
    (_speaker_rows(quotes).repartition("shard_id", "date").sortWithinPartitions("speaker")
     .write.partitionBy("shard_id", "date").parquet(f"{staging}/speakers"))
    return _counts(written)


def _read(spark: SparkSession, uris: list[str], fmt: str) -> DataFrame:
    """Input records as (shard, position, origin, default_id, value): one JSON object per article.

    ``position`` grows with the place in a file (Spark's ids rise within each
    split of a file, and a file's splits are numbered in their order)."""
    from pyspark.sql import functions as F

    if fmt == "jsonl":
        df = spark.read.text(uris).where(F.trim("value") != "")
    else:
        df = spark.read.parquet(*uris)
        present = [c for c in PARQUET_COLUMNS if c in df.columns]
        df = df.select(F.to_json(F.struct(*(F.col(c).cast("string").alias(c) for c in present))).alias("value"),
                       "_metadata")
    path = F.col("_metadata.file_path")
    # A line number needs one reader per file; a hash of the line names an article that has no id instead.
    default_id = F.concat(F.regexp_extract(path, r"([^/]+?)(\.[^./]+)*$", 1), F.lit(":"),
                          F.substring(F.sha1("value"), 1, 12))
    return df.select(path.alias("shard"), F.monotonically_increasing_id().alias("position"),
                     F.concat(path, F.lit("#"), F.substring(F.sha1("value"), 1, 12)).alias("origin"),
                     default_id.alias("default_id"), "value")


def _quote_rows(articles: DataFrame) -> DataFrame:
    """One row per quote with its article's key, id, outlet, url and date."""
    from pyspark.sql import functions as F

    return articles.where(F.size("quotes") > 0).select(
        "shard_id", "date", F.col("id").alias("article_id"), F.col("key").alias("article_key"), "outlet", "url",
        F.col("position").alias("article_position"), F.posexplode("quotes").alias("position", "quote")).select(
        "shard_id", "date", "article_id", "article_key", "outlet", "url", "article_position", "position", "quote.*")


def _counts(articles: DataFrame) -> dict[str, dict[str, int]]:
    from pyspark.sql import functions as F

    rows = articles.select("shard_id", "problem", "skipped", "quotes").groupBy("shard_id").agg(
        F.sum(F.when(F.col("problem").isNull(), 1).otherwise(0)).alias("articles"),
        F.sum(F.size("quotes")).alias("quotes"),
        F.sum(F.when(F.col("problem").isNotNull() & ~F.col("skipped"), 1).otherwise(0)).alias("problems"),
    ).collect()
    return {r["shard_id"]: {"articles": int(r["articles"]), "quotes": int(r["quotes"]),
                            "problems": int(r["problems"])} for r in rows}


def _speaker_rows(quotes: DataFrame) -> DataFrame:
    """Each day's speakers of a shard, as named in the articles: how often quoted, in how many articles
    and outlets (the store merges names further: Peskov = Dmitry Peskov)."""
    from pyspark.sql import functions as F

    return quotes.where(F.col("speaker").isNotNull()).groupBy("shard_id", "date", "speaker").agg(
        F.count("*").alias("quotes"), F.countDistinct("article_key").alias("articles"),
        F.sort_array(F.collect_set("outlet")).alias("outlets"),
        F.sort_array(F.collect_set("mention_kind")).alias("mention_kinds"))


def _shard_dir(base: str, table: str, shard: str) -> str:
    return f"{base.rstrip('/')}/{table}/shard_id={shard}"


def _format_of(uri: str) -> str:
    """Parquet when the file name says so (``x.parquet``, ``part-0.snappy.parquet``), else JSONL."""
    return "parquet" if ".parquet" in uri.lower().rsplit("/", 1)[-1] else "jsonl"


class _HadoopFS:
    """The few filesystem calls the job needs, through Hadoop's FileSystem so every URI scheme works."""

    def __init__(self, spark: SparkSession) -> None:
        self._jvm = spark.sparkContext._jvm
        self._conf = spark.sparkContext._jsc.hadoopConfiguration()

    def _path(self, uri: str) -> tuple[Any, Any]:
        path = self._jvm.org.apache.hadoop.fs.Path(uri)
        return path.getFileSystem(self._conf), path

    def input_files(self, uri: str) -> list[tuple[str, int]]:
        """(URI, size) of every data file at ``uri`` (a file, a folder, or a glob), sorted."""
        fs, path = self._path(uri)
        found: list[tuple[str, int]] = []
        for status in fs.globStatus(path) or []:
            if status.isDirectory():
                files = fs.listFiles(status.getPath(), True)
                while files.hasNext():
                    f = files.next()
                    found.append((f.getPath().toString(), f.getLen()))
            else:
                found.append((status.getPath().toString(), status.getLen()))
        hidden = re.compile(r"(^|/)[._][^/]*$")  # _SUCCESS, .crc files and the like
        return sorted((u, n) for u, n in found if not hidden.search(u))

    def finished_shards(self, output_uri: str) -> set[str]:
        fs, path = self._path(f"{output_uri.rstrip('/')}/_shards")
        if not fs.exists(path):
            return set()
        return {s.getPath().getName()[:-5] for s in fs.listStatus(path) if s.getPath().getName().endswith(".json")}

    def exists(self, uri: str) -> bool:
        fs, path = self._path(uri)
        return bool(fs.exists(path))

    def delete(self, uri: str) -> None:
        fs, path = self._path(uri)
        if fs.exists(path):
            fs.delete(path, True)

    def move(self, src: str, dst: str) -> None:
        """Rename ``src`` to ``dst`` (atomic on HDFS and local disks); nothing to move is fine."""
        fs, source = self._path(src)
        if not fs.exists(source):
            return
        _, target = self._path(dst)
        fs.mkdirs(target.getParent())
        if not fs.rename(source, target):
            raise SparkJobError(f"cannot move {src} to {dst}")

    def write_text(self, uri: str, text: str) -> None:
        """Write a small file whole: to a temporary name, then renamed into place."""
        fs, path = self._path(uri)
        _, temporary = self._path(f"{uri}.{uuid.uuid4().hex}.tmp")
        stream = fs.create(temporary, True)
        stream.write(bytearray(text.encode("utf-8")))
        stream.close()
        fs.delete(path, False)
        if not fs.rename(temporary, path):
            raise SparkJobError(f"cannot write {uri}")
