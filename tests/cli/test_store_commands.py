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


def test_search_counts_facets_and_pages(tmp_path):
    from tests.fixtures import PESKOV, distinct_articles, write_articles

    db = str(tmp_path / "r.db")
    _run("ingest", write_articles(tmp_path / "a.jsonl", PESKOV + distinct_articles(8)), "--db", db)
    first = _run("search", "plan", "--facet", "speaker,type", "--kind", "claim,denial", "--limit", "3", "--db", db)
    assert "statements 1-3 of 16" in first.output and "by speaker" in first.output and "by type" in first.output
    assert "--speaker " in first.output and "--type direct" in first.output
    cursor = first.output.split("--cursor ")[1].split()[0]
    second = _run("search", "plan", "--limit", "3", "--cursor", cursor, "--db", db)
    assert "statements 4-6 of 16" in second.output
    bad = runner.invoke(app, ["search", "plan", "--kind", "rumour", "--db", db])
    assert bad.exit_code == 2 and "unknown statement kind 'rumour'" in bad.output
    bad = runner.invoke(app, ["search", "plan", "--cursor", "not-a-cursor", "--db", db])
    assert bad.exit_code == 2 and "cursor" in bad.output and "Traceback" not in bad.output
