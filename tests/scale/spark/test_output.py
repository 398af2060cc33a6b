"""``onrecord load`` without Spark: what it refuses, and why."""
from __future__ import annotations

from typer.testing import CliRunner

from onrecord.cli import app


def test_load_of_a_folder_that_is_not_spark_output_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["load", str(tmp_path), "--db", str(tmp_path / "r.db")])
    assert result.exit_code == 2 and "not the output of `onrecord spark run`" in result.output


def test_an_article_row_reads_back_as_the_same_article_and_quotes(settings):
    import pyarrow as pa

    from onrecord.pipeline import process_batch
    from onrecord.records import Article, InputProblem
    from onrecord.scale.spark.records import arrow_schema, article_row, from_article_row

    article = Article("“We will not pay,” Mayor Ann Lee said on Monday. She told reporters that talks had failed.",
                      "a1", "in.jsonl:1", {"date": "Mon, 06 Jan 2026 10:00:00 GMT", "outlet": "Wire"})
    [result] = process_batch([article], settings)
    rows = pa.Table.from_pylist([article_row(article, result, "pipeline v1", "file:/in.jsonl"),
                                 article_row(InputProblem("in.jsonl:2", "is not valid JSON"), None, "", "f")],
                                schema=arrow_schema()).to_pylist()  # through Arrow's types, as Parquet keeps them
    back, back_result, pipeline = from_article_row(rows[0])
    assert (back, back_result.quotes, pipeline) == (article, result.quotes, "pipeline v1")
    assert rows[0]["date"] == "2026-01-06" and len(result.quotes) == 2
    assert from_article_row(rows[1])[0] == InputProblem("in.jsonl:2", "is not valid JSON")
