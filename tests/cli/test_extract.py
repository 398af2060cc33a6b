"""`onrecord extract` through typer's runner, including every kind of bad input."""
import json

from typer.testing import CliRunner

from onrecord.cli import app

runner = CliRunner()


def run(*args, input=None, env=None):
    return runner.invoke(app, ["extract", "--jsonl", *args], input=input, env=env)


def lines(result):
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_jsonl_output_keeps_ids(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": '"We will win," Jane Smith said.'}) + "\n", encoding="utf-8")
    out = lines(run(str(src)))
    assert out[0]["id"] == "a1" and out[0]["quotes"][0]["speaker"] == "Jane Smith"


def test_stdin_text():
    result = run("-", input='"We will win," Jane Smith said.')
    assert result.exit_code == 0 and lines(result)[0]["quotes"]


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text('"We will win," Jane Smith said.', encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9 said".encode("latin-1"))
    marks = tmp_path / "marks.txt"
    marks.write_text("He said " + ' "' * 35 + " and left.", encoding="utf-8")
    feed = tmp_path / "mixed.jsonl"
    feed.write_text('{"id": "ok", "text": "The minister said the plant would close in March."}\n'
                    "this line is not json\n", encoding="utf-8")
    result = run(*(str(p) for p in (good, empty, binary, latin, marks, feed)))
    assert result.exit_code == 0
    ids = [rec["id"] for rec in lines(result)]
    assert ids == ["good", "marks", "ok"]
    assert "empty.txt: is empty" in result.stderr
    assert "image.txt: looks like binary data" in result.stderr
    assert "latin.txt: is not valid UTF-8" in result.stderr
    assert "mixed.jsonl:2: is not valid JSON" in result.stderr
    assert "Traceback" not in result.stderr


def test_exit_code_is_non_zero_only_when_nothing_was_processed(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run(str(empty), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert "missing.txt: cannot be read" in result.stderr


def test_huge_article_is_cut_with_a_warning(tmp_path):
    paragraph = "The minister said the plant would close in March. " * 40 + "\n\n"
    big = tmp_path / "big.txt"
    big.write_text(paragraph * (5_000_000 // len(paragraph) + 1), encoding="utf-8")
    result = run(str(big), env={"ONRECORD_MAX_CHARS": "20000"})
    assert result.exit_code == 0
    assert "only the first" in result.stderr and "big.txt" in result.stderr
    assert lines(result)[0]["quotes"]


def test_table_output_names_the_speaker(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text('"We will win," Jane Smith said.', encoding="utf-8")
    result = runner.invoke(app, ["extract", "--table", str(src)])
    assert result.exit_code == 0 and "Jane Smith" in result.stdout


def test_engine_option_picks_the_engine_and_says_so_in_provenance():
    result = run("-", "--engine", "hybrid", input="Kremlin spokesman Dmitry Peskov said the talks would resume.")
    (quote,) = lines(result)[0]["quotes"]
    assert quote["provenance"]["pipeline"] == "onrecord.hybrid.v3" and quote["provenance"]["quote_model"]


def test_unknown_engine_is_a_clear_error():
    result = run("-", "--engine", "oracle", input="He said so.")
    assert result.exit_code == 2 and "engine" in result.output and "Traceback" not in result.output
