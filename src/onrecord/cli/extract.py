"""``onrecord extract PATH... | -``: quotes as JSONL (or a table on a terminal)."""
from __future__ import annotations

import json
import sys
from typing import Optional

import typer

from onrecord.cli.common import ENGINE_HELP, LANG_HELP, MAX_WORKERS, WORKERS_HELP, fail, load_settings, warn
from onrecord.cli.table import print_table
from onrecord.errors import OnrecordError
from onrecord.records import ArticleResult, InputProblem
from onrecord.service import extract_paths


def command(
    paths: list[str] = typer.Argument(
        ..., help=".txt, .jsonl, .html and .warc[.gz] files, directories, page URLs, or - for stdin."),
    table: Optional[bool] = typer.Option(None, "--table/--jsonl",
                                         help="Readable table or JSONL (default: table on a terminal)."),
    with_text: bool = typer.Option(False, "--with-text", help="Add each quote's text to the JSONL."),
    model: Optional[str] = typer.Option(None, help="spaCy pipeline to use (overrides the setting)."),
    engine: Optional[str] = typer.Option(None, help=ENGINE_HELP),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
    workers: Optional[int] = typer.Option(None, "--workers", min=0, max=MAX_WORKERS, help=WORKERS_HELP),
    config: Optional[str] = typer.Option(None, help="Settings file (TOML)."),
) -> None:
    """Find every quote in the articles and say who said it."""
    settings = load_settings(config, model=model, engine=engine, workers=workers, lang=lang)
    as_table = sys.stdout.isatty() if table is None else table
    problems = 0

    def skipped(problem: InputProblem) -> None:
        nonlocal problems
        problems += not problem.skipped
        warn(f"skipped {problem.origin}: {problem.reason}")

    try:
        done = sum(_print(result, as_table, with_text) for result in extract_paths(paths, settings, skipped))
    except OnrecordError as exc:
        fail(str(exc))
    if done == 0:
        fail(f"no article could be processed ({problems} input problem(s))", code=1)
    if problems:
        warn(f"{done} article(s) processed, {problems} input(s) skipped")


def _print(result: ArticleResult, as_table: bool, with_text: bool) -> int:
    """One article's warnings on stderr and its quotes on stdout; 1, to count it."""
    for message in result.warnings:
        warn(message)
    if as_table:
        print_table(result)
    else:
        sys.stdout.write(json.dumps(result.to_record(with_text), ensure_ascii=False) + "\n")
    return 1
