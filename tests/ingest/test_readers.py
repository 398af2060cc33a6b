"""Files, folders and standard input: every bad input is a problem naming it, and the rest is read."""
from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import tracemalloc
from itertools import islice

import pytest

from onrecord.ingest import jsonl
from onrecord.ingest.jsonl import parse_json_line
from onrecord.ingest.readers import read_inputs
from onrecord.records import Article, InputProblem
from tests.fixtures import shared_file

PLANT = "The minister said on Tuesday that the car plant in the north would close in March next year."
BRIDGE = "The mayor told reporters that the new bridge over the river would open to traffic in May."


def line(doc_id: str, text: str) -> bytes:
    return json.dumps({"id": doc_id, "text": text}).encode() + b"\n"


def outcome(items) -> list[str]:
    """Each item as ``id`` (an article) or ``origin: reason`` (a problem), in order."""
    return [i.id if isinstance(i, Article) else f"{i.origin}: {i.reason}" for i in items]


def test_deeply_nested_json_is_a_problem_for_its_line_only(tmp_path):
    path = tmp_path / "nested.jsonl"
    path.write_bytes(line("a", PLANT) + b"[" * 100_000 + b"\n" + line("b", BRIDGE))
    got = outcome(read_inputs([str(path)]))
    assert got[0] == "a" and got[2] == "b" and len(got) == 3
    assert got[1].startswith(f"{path}:2: is not valid JSON") and "nested" in got[1]


@pytest.mark.parametrize("text", ["[" * 100_000, '{"text": ' + "[" * 50_000, "1" * 5000])
def test_anything_json_raises_is_a_problem(text):
    problem = parse_json_line(text, "f.jsonl:7")
    assert isinstance(problem, InputProblem) and problem.origin == "f.jsonl:7" and "JSON" in problem.reason


def test_an_invalid_utf8_byte_rejects_its_line_only(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(line("a", PLANT) + b'{"id": "x", "text": "caf\xe9 owners said"}\n' + line("b", BRIDGE))
    got = outcome(read_inputs([str(path)]))
    assert got[0] == "a" and got[2] == "b" and len(got) == 3
    assert got[1].startswith(f"{path}:2: is not valid UTF-8") and "0xE9" in got[1]


def test_stdin_jsonl_keeps_its_good_lines():
    data = line("a", PLANT) + b"\xff\xfe not json\n" + line("b", BRIDGE)
    assert outcome(read_inputs(["-"], stdin=io.BytesIO(data))) == ["a", "<stdin>:2: is not valid UTF-8 (bad byte"
                                                                   " 0xFF at column 1); convert it to UTF-8 first", "b"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_utf16_with_a_byte_order_mark_is_read(tmp_path, encoding, suffix):
    text = f'"We will win," Jane Smith said. {PLANT}'
    body = text if suffix == ".txt" else json.dumps({"id": "u16", "text": text}, ensure_ascii=False) + "\n"
    path = tmp_path / f"wide{suffix}"
    path.write_bytes("\ufeff".encode(encoding) + body.encode(encoding))
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article) and article.text == text


def test_broken_utf16_costs_its_line_only(tmp_path):
    path = tmp_path / "wide.jsonl"
    wide = [line("a", PLANT).decode().encode("utf-16-le"), '{"text": "x'.encode("utf-16-le") + b"\x00\xd8",
            '"}\n'.encode("utf-16-le"), line("b", BRIDGE).decode().encode("utf-16-le"), b"{"]  # a lone byte at the end
    path.write_bytes(codecs.BOM_UTF16_LE + b"".join(wide))
    assert outcome(read_inputs([str(path)])) == [
        "a", f"{path}:2: is not valid UTF-16 (a lone surrogate at column 12); convert it to UTF-8 first", "b",
        f"{path}:4: is not valid UTF-16 (the file ends inside a character)"]


@pytest.mark.parametrize("name", ["feed.jsonl.gz", "feed.ndjson.gz"])
def test_gzip_compressed_jsonl_is_read(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(gzip.compress(line("a", PLANT) + b"\n" + json.dumps({"text": BRIDGE}).encode()))
    assert outcome(read_inputs([str(tmp_path)])) == ["a", "feed:3"]


def test_truncated_gzip_jsonl_keeps_the_lines_before_the_damage(tmp_path):
    whole = gzip.compress(b"".join(line(str(n), PLANT + f" Item {n}.") for n in range(200)))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) * 8 // 10])
    got = outcome(read_inputs([str(path)]))
    assert got[0] == "0" and len(got) > 100 and all(g.isdigit() for g in got[:-1])
    assert got[-1].startswith(f"{path}: is cut short or damaged after line ")


def test_the_projects_own_bulk_file_is_read():
    items = list(islice(read_inputs([str(shared_file("news_bulk", "press_releases.jsonl.gz"))]), 5))
    assert len(items) == 5 and all(isinstance(i, Article) for i in items)


def test_a_jsonl_file_is_streamed_in_bounded_memory(tmp_path):
    list(read_inputs(["-"], stdin=io.BytesIO(line("warm", PLANT))))  # the language model loads outside the count
    path = tmp_path / "big.jsonl"
    text = (PLANT + " ") * 1000  # ~95 KB a line, ~48 MB in all
    with path.open("wb") as out:
        for n in range(500):
            out.write(line(str(n), text))
    tracemalloc.start()
    try:
        count = sum(1 for item in read_inputs([str(path)]) if isinstance(item, Article))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 500 and peak < 5_000_000


def test_a_line_over_the_limit_is_a_problem_and_the_next_lines_are_read(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonl, "MAX_ARTICLE_BYTES", 1000)
    path = tmp_path / "long.jsonl"
    path.write_bytes(line("a", PLANT) + line("huge", "word " * 2000) + line("b", BRIDGE))
    got = outcome(read_inputs([str(path)]))
    assert got == ["a", f"{path}:2: is longer than 1,000 bytes; not read", "b"]


def test_an_empty_jsonl_file_is_reported(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"\n  \n")
    assert outcome(read_inputs([str(path)])) == [f"{path}: is empty"]


def _folder_with_a_locked_subfolder(tmp_path):
    (tmp_path / "a.txt").write_text(PLANT, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(BRIDGE, encoding="utf-8")
    return locked


def test_an_unreadable_subfolder_is_reported(tmp_path):
    locked = _folder_with_a_locked_subfolder(tmp_path)
    locked.chmod(0)
    try:
        try:
            os.listdir(locked)
        except PermissionError:
            pass
        else:
            pytest.skip("running as root: chmod 000 does not stop root from reading a folder")
        assert outcome(read_inputs([str(tmp_path)])) == [f"{locked}: cannot be read (Permission denied)", "a"]
    finally:
        locked.chmod(0o755)


def _scandir_denied(monkeypatch, denied):
    """os.scandir raising PermissionError for ``denied``, as it does for a folder without read permission."""
    scandir = os.scandir

    def listing(path="."):
        if os.fspath(path) == str(denied):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", listing)


def test_a_subfolder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    locked = _folder_with_a_locked_subfolder(tmp_path)
    _scandir_denied(monkeypatch, locked)
    assert outcome(read_inputs([str(tmp_path)])) == [f"{locked}: cannot be read (Permission denied)", "a"]


def test_a_folder_given_directly_that_cannot_be_listed_is_reported_not_empty(tmp_path, monkeypatch):
    locked = _folder_with_a_locked_subfolder(tmp_path)
    _scandir_denied(monkeypatch, locked)
    assert outcome(read_inputs([str(locked)])) == [f"{locked}: cannot be read (Permission denied)"]


def test_a_lone_surrogate_escaped_in_json_becomes_a_replacement_character(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_bytes(b'{"id": "x\\udcff", "title": "T\\ud800", "text": "' + PLANT.encode() + b' \\udcff"}\n'
                     + line("b", BRIDGE))
    first, second = read_inputs([str(path)])
    assert first.text == PLANT + " \ufffd" and len(first.text) == len(PLANT) + 2
    assert first.id == "x\ufffd" and first.meta["title"] == "T\ufffd"
    assert first.text.encode("utf-8") and second.id == "b"
