"""A corpus of bad inputs through every door: ``onrecord extract``, ``ingest`` and ``POST /api/extract``.

Every case of issue 15 and the usual suspects (empty, binary, huge, odd marks):
each gives a clear problem or a best effort, never a traceback, and never costs
the good article beside it. Time is bounded by a generous pytest timeout only;
how time grows with size (1x / 4x / 16x) is measured by
``benchmarks/bench_hostile.py`` in ``make bench``, never asserted here.
"""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from onrecord.cli import app as cli
from onrecord.service import Tracker
from onrecord.settings import Settings
from onrecord.web.api import create_app

GOOD = '"We will reopen the bridge in March," Mayor Ann Lee said on Monday.'
#: A small cap on article length, so the huge case exercises it without parsing a megabyte three times.
CAPPED = Settings(max_chars=20_000, workers=1)


def _warc(records: int) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for n in range(records):
        page = f"<html><body><article><p>{GOOD} Page {n} of the archive.</p></article></body></html>"
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.org/{n}", "response",
                                                      payload=io.BytesIO(page.encode()), http_headers=http))
    return out.getvalue()


def _jsonl(*texts: str) -> bytes:
    return "".join(json.dumps({"id": f"a{n}", "text": t}) + "\n" for n, t in enumerate(texts)).encode()


#: name -> (file name, its bytes). Every text case is also posted to /api/extract.
CASES: dict[str, tuple[str, bytes]] = {
    "empty": ("empty.txt", b""),
    "blank": ("blank.txt", b"  \n\n\t \n"),
    "binary": ("binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
    "invalid utf-8 line": ("bad_byte.jsonl", _jsonl(GOOD) + b'{"id": "x", "text": "caf\xe9"}\n' + _jsonl(GOOD)),
    "utf-16 with a bom": ("utf16.txt", "\ufeff".encode("utf-16-le") + GOOD.encode("utf-16-le")),
    "gzip jsonl": ("news.jsonl.gz", gzip.compress(_jsonl(GOOD))),
    "deeply nested json": ("nested.jsonl", b"[" * 100_000 + b"\n" + _jsonl(GOOD)),
    "lone surrogate": ("surrogate.jsonl", b'{"id": "s", "text": "' + GOOD.replace('"', '\\"').encode()
                       + b' \\udcff"}\n'),
    "huge article": ("huge.txt", ((GOOD + "\n\n") * 1_500).encode()),
    "run of straight quotes": ("quotes.txt", b'"' * 50_000),
    "runs of punctuation": ("punct.txt", "“!()'$…«".encode() * 6_000),
    "guillemets as english marks": ("guillemets.txt", "«We will win,» the senator said. »Nie,« sagte er. "
                                                       "‹Non›, dit-elle.".encode()),
    "unbalanced marks": ("marks.txt", ('He said "yes and “ then ” » « ‹ ' * 500 + GOOD).encode()),
    "malformed html": ("page.html", b"<html><head><title>T</title><script>var x = '<p>';</script></head><body>"
                                    b"<noscript>Enable JavaScript</noscript><article><p>" + GOOD.encode()
                                    + b"<p><div><span>unclosed <b>tags</article>"),
    "truncated warc": ("cut.warc.gz", _warc(3)[: len(_warc(3)) * 8 // 10]),
    "not a warc": ("fake.warc.gz", b"\x1f\x8b" + b"\x00" * 100),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bad_inputs")
    for name, data in CASES.values():
        (folder / name).write_bytes(data)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def _paths(corpus: Path, name: str) -> list[str]:
    return [str(corpus / CASES[name][0]), str(corpus / "good.txt")]


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", list(CASES))
def test_extract_reports_the_bad_input_and_keeps_the_good_article(corpus, name, tmp_path):
    config = tmp_path / "onrecord.toml"
    config.write_text(f"max_chars = {CAPPED.max_chars}\nworkers = 1\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", *_paths(corpus, name), "--jsonl", "--config", str(config)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert "good" in {r["id"] for r in records}
    good = next(r for r in records if r["id"] == "good")
    assert len(good["quotes"]) == 1


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", list(CASES))
def test_ingest_reports_the_bad_input_and_stores_the_good_article(corpus, name, tmp_path):
    with Tracker(tmp_path / "record.db", CAPPED) as t:
        report = t.ingest(_paths(corpus, name))
        assert report.stored >= 1
        assert t.search("bridge", limit=5), "the good article's statement is stored"
    named = report.problems + report.skipped
    if name in ("empty", "blank", "binary", "deeply nested json", "invalid utf-8 line", "truncated warc",
                "not a warc"):
        assert any(CASES[name][0] in problem for problem in named), named


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("api") / "record.db"
    Tracker(db).close()
    with TestClient(create_app(str(db), CAPPED), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", list(CASES))
def test_the_api_answers_every_bad_input_with_json(client, name):
    data = CASES[name][1]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    field = "html" if CASES[name][0].endswith(".html") else "text"
    answer = client.post("/api/extract", content=json.dumps({field: text}),
                         headers={"content-type": "application/json"})
    assert answer.status_code in (200, 400, 413), answer.text
    body = answer.json()
    assert ("quotes" in body) if answer.status_code == 200 else ("error" in body)
    assert client.get("/api/speakers").status_code == 200, "the server still answers"
