"""``onrecord spark run``: the corpus on Apache Spark, written as Parquet (docs/scaling.md)."""
from __future__ import annotations

import time
from typing import Optional

import typer

from onrecord.cli.common import ENGINE_HELP, fail, load_settings, warn
from onrecord.errors import OnrecordError
from onrecord.service import run_spark

app = typer.Typer(no_args_is_help=True, help="Run onrecord on Apache Spark (pip install 'onrecord[spark]').")


@app.command("run")
def run(
    input_uri: str = typer.Option(..., "--input", help="JSONL(.gz) or Parquet file, folder or glob; any Hadoop "
                                                       "filesystem URI (hdfs://, s3a://, gs://) or a local path."),
    output_uri: str = typer.Option(..., "--output", help="Folder for articles/, quotes/, speakers/ and _shards/."),
    input_format: Optional[str] = typer.Option(None, "--format", help="Input format: jsonl or parquet "
                                                                       "(default: from the file name)."),
    master: Optional[str] = typer.Option(None, help="Spark master, e.g. local[4] (default: spark-submit's, "
                                                    "else local[*])."),
    engine: Optional[str] = typer.Option(None, help=ENGINE_HELP),
    config: Optional[str] = typer.Option(None, help="Settings file (TOML)."),
) -> None:
    """Extract every shard (input file) not finished yet; a restarted run goes on where it stopped."""
    settings = load_settings(config, engine=engine)
    start = time.perf_counter()
    try:
        report = run_spark(input_uri, output_uri, input_format=input_format, master=master, settings=settings)
    except OnrecordError as exc:
        fail(str(exc))
    warn(f"{report.shards_done:,} shard(s) done ({report.articles:,} articles, {report.quotes:,} quotes, "
         f"{report.problems:,} problem(s)), {report.shards_skipped:,} finished earlier, "
         f"in {time.perf_counter() - start:,.1f} s; load it with `onrecord load {output_uri}`")
