"""Hostile values on the command line: each is refused with a short message and exit 2, never a traceback.

Options with a range (``--limit``, ``--top``, ``--workers``, ``--threshold``) are bounded where typer
parses them; everything else is refused by the service as ``onrecord: error: …`` on one line.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onrecord.cli import app
from onrecord.cli.watch import interval_seconds
from onrecord.service import Tracker
from tests.fixtures import PESKOV, write_articles

runner = CliRunner()
BIG = "9" * 20
UNDECODABLE = "\udcff"  # what a byte that is not UTF-8 becomes in sys.argv


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "record.db")


def refused(*args: object) -> str:
    """What the command prints on stderr when it refuses ``args``: exit 2 and no traceback."""
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result.stderr


def one_line_error(*args: object) -> str:
    """The ``onrecord: error: …`` line of a refused command, which must be its only line."""
    lines = refused(*args).strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("onrecord: error: "), lines
    return lines[0]


@pytest.mark.parametrize("args", [["timeline", BIG], ["timeline", "9" * 5000], ["speakers", "show", BIG],
                                  ["speakers", "merge", BIG, "1"], ["speakers", "split", BIG, "Peskov"],
                                  ["speakers", "show", "²"]])
def test_an_id_sql_cannot_hold_is_no_speaker(args, db):
    assert "no speaker named" in one_line_error(*args, "--db", db)


def test_search_for_a_speaker_id_sql_cannot_hold_finds_nothing(db):
    result = runner.invoke(app, ["search", "x", "--speaker", BIG, "--json", "--db", db])
    assert result.exit_code == 0 and result.stdout == "", result.output


@pytest.mark.parametrize("args, option", [
    (["speakers", "--top", "-5"], "--top"), (["speakers", "--top", "0"], "--top"),
    (["speakers", "--top", "1001"], "--top"), (["speakers", "--top", BIG], "--top"),
    (["search", "x", "--limit", "0"], "--limit"), (["search", "x", "--limit", "-1"], "--limit"),
    (["search", "x", "--limit", "1001"], "--limit"), (["search", "x", "--limit", BIG], "--limit"),
    (["timeline", "Peskov", "--limit", "0"], "--limit"), (["timeline", "Peskov", "--limit", BIG], "--limit"),
    (["ingest", "a.jsonl", "--workers", "-1"], "--workers"), (["ingest", "a.jsonl", "--workers", BIG], "--workers"),
    (["extract", "a.jsonl", "--workers", "257"], "--workers"),
    (["evaluate", "gold.jsonl", "--threshold", "-3"], "--threshold"),
    (["evaluate", "gold.jsonl", "--threshold", "1.5"], "--threshold"),
    (["watch", "feed.xml", "--rounds", "0"], "--rounds"),
])
def test_numbers_out_of_an_options_range_are_refused_where_typer_parses_them(args, option, db):
    err = refused(*args, *(["--db", db] if args[0] not in ("extract", "evaluate") else []))
    assert f"Invalid value for '{option}'" in err


@pytest.mark.parametrize("option, value", [("--since", "11111111111111111111"), ("--since", "2019"),
                                           ("--since", "20190106"), ("--until", "garbage"),
                                           ("--since", "Sun, 06 Jan 2019 99999999999999999999:00:00 +0000")])
def test_text_that_is_not_a_date_is_refused(option, value, db):
    assert "is not a date" in one_line_error("search", "x", option, value, "--db", db)
    assert "is not a date" in one_line_error("export", option, value, "--db", db)


def test_a_long_quote_id_is_named_briefly(db):
    line = one_line_error("show", "a" * 10_000, "--db", db)
    assert "no quote with id" in line and len(line) < 200


@pytest.mark.parametrize("args", [["show", UNDECODABLE], ["speakers", "show", UNDECODABLE],
                                  ["search", "x", "--outlet", UNDECODABLE], ["search", UNDECODABLE],
                                  ["export", "--outlet", UNDECODABLE], ["timeline", UNDECODABLE]])
def test_undecodable_text_is_a_message(args, db):
    assert "not valid text" in one_line_error(*args, "--db", db)


def test_export_to_a_place_that_cannot_be_written_is_a_message(tmp_path, db):
    for out in (tmp_path / "missing" / "x.jsonl", tmp_path):
        assert "cannot write" in one_line_error("export", "--out", out, "--db", db)


@pytest.mark.parametrize("every", ["99999999999d", "9" * 400, "31d"])
def test_watch_interval_longer_than_a_timer_waits_is_refused(every, db):
    with pytest.raises(ValueError, match="at most 30 days"):
        interval_seconds(every)
    assert "--every" in one_line_error("watch", "feed.xml", "--every", every, "--rounds", "1", "--db", db)


def test_settings_file_with_an_infinite_worker_count_is_a_message(tmp_path, db):
    config = tmp_path / "onrecord.toml"
    config.write_text("workers = inf\n", encoding="utf-8")
    assert "workers" in one_line_error("ingest", "a.jsonl", "--config", config, "--db", db)


@pytest.fixture
def read_only_db(db):
    """A database file this process cannot write: mode 444, and immutable when we are root
    (whom permissions do not stop); skipped where neither holds."""
    Tracker(db).close()
    os.chmod(db, 0o444)
    immutable = False
    if os.access(db, os.W_OK):
        immutable = subprocess.run(["chattr", "+i", db], capture_output=True).returncode == 0
        if not immutable:
            pytest.skip("cannot make a file read-only here (root without chattr +i)")
    yield db
    if immutable:
        subprocess.run(["chattr", "-i", db], check=True)
    os.chmod(db, 0o644)


def test_ingest_into_a_read_only_database_stops_before_extracting(read_only_db, tmp_path, monkeypatch):
    extracted = []
    monkeypatch.setattr("onrecord.scale.pool.map_batches", lambda *a, **k: extracted.append(a) or iter(()))
    path = write_articles(tmp_path / "a.jsonl", PESKOV)
    line = one_line_error("ingest", path, "--db", read_only_db)
    assert f"cannot write to the database {read_only_db}" in line and "readonly" in line
    assert extracted == []
    assert Path(read_only_db).stat().st_size > 0
