"""The record commands through the CLI runner, over a fresh database."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from onrecord.cli import app
from tests.fixtures import shared_file

runner = CliRunner()


def _run(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result


def test_sample_news_ingest_then_query_commands(tmp_path, store_url):
    sample = shared_file("sample_news", "articles.jsonl")
    db = store_url
    first = _run("ingest", sample, "--db", db)
    assert "190 article(s) stored" in first.output
    again = _run("ingest", sample, "--db", db)
    assert "0 article(s) stored" in again.output and "190 unchanged" in again.output
    assert "Donald Trump" in _run("speakers", "--top", "5", "--db", db).output
    hits = [json.loads(line) for line in _run("search", "rescue operation", "--json", "--db", db).output.splitlines()]
    assert hits and "[[rescue]]" in hits[0]["highlight"]
    assert "Donald Trump" in _run("timeline", "Donald Trump", "--db", db).output
    assert hits[0]["id"] in _run("show", hits[0]["id"], "--db", db).output
    exported = [json.loads(line) for line in _run("export", "--db", db).output.splitlines() if line.startswith("{")]
    assert exported and {"quoteID", "quotation", "speaker", "numOccurrences", "urls"} <= set(exported[0])
    out = tmp_path / "q.csv"
    _run("export", "--format", "csv", "--out", out, "--db", db)
    assert out.read_text().startswith("quoteID,quotation,speaker")


def test_errors_are_messages_not_tracebacks(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00garbage" * 50)
    result = runner.invoke(app, ["search", "x", "--db", str(bad)])
    assert result.exit_code == 2 and "not an onrecord database" in result.output
    result = runner.invoke(app, ["timeline", "Nobody", "--db", str(tmp_path / "new.db")])
    assert result.exit_code == 2 and "no speaker named" in result.output
    result = runner.invoke(app, ["export", "--format", "xml", "--db", str(tmp_path / "new.db")])
    assert result.exit_code == 2 and "unknown export format" in result.output
