"""A corpus on Apache Spark (``onrecord spark run``): a session, the job, and its report.

The job itself is :mod:`onrecord.scale.spark.driver`; this is the door the
CLI uses, so that Spark's own failures (Py4J, analysis errors with a JVM
trace) come back as one clear :class:`SparkJobError`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.errors import OnrecordError, first_line
from onrecord.settings import Settings

if TYPE_CHECKING:
    from onrecord.scale.spark.driver import RunReport


def run_spark(input_uri: str, output_uri: str, *, input_format: str | None = None, master: str | None = None,
              settings: Settings | None = None) -> RunReport:
    """Extract every shard of ``input_uri`` not finished yet in ``output_uri``; a restarted run goes on."""
    from onrecord.scale.spark.driver import SparkJobError, run, spark_session

    try:
        spark = spark_session(master)
        try:
            return run(spark, input_uri, output_uri, input_format, settings or Settings())
        finally:
            spark.stop()
    except OnrecordError:
        raise
    except Exception as exc:  # noqa: BLE001 - Spark's own errors (Py4J, analysis) carry a JVM trace
        raise SparkJobError(f"the Spark job failed ({type(exc).__name__}; Spark's log above has the details): "
                            f"{first_line(exc)}") from exc
