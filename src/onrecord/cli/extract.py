"""``onrecord extract PATH... | -``: quotes as JSONL (or a table on a terminal)."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import Optional

import typer

from onrecord.cli.common import ENGINE_HELP, WORKERS_HELP, fail, load_settings, warn
from onrecord.cli.table import print_table
from onrecord.errors import OnrecordError
from onrecord.ingest.fetch import fetcher_for
from onrecord.ingest.readers import read_inputs
from onrecord.iterables import batched
from onrecord.model import Article, InputProblem


def command(
    paths: list[str] = typer.Argument(
        ..., help=".txt, .jsonl, .html and .warc[.gz] files, directories, page URLs, or - for stdin."),
    table: Optional[bool] = typer.Option(None, "--table/--jsonl",
                                         help="Readable table or JSONL (default: table on a terminal)."),
    with_text: bool = typer.Option(False, "--with-text", help="Add each quote's text to the JSONL."),
    model: Optional[str] = typer.Option(None, help="spaCy pipeline to use (overrides the setting)."),
    engine: Optional[str] = typer.Option(None, help=ENGINE_HELP),
    workers: Optional[int] = typer.Option(None, "--workers", min=0, help=WORKERS_HELP),
    config: Optional[str] = typer.Option(None, help="Settings file (TOML)."),
) -> None:
    """Find every quote in the articles and say who said it."""
    from onrecord.parallel import map_batches

    settings = load_settings(config, model=model, engine=engine, workers=workers)
    as_table = sys.stdout.isatty() if table is None else table
    done = problems = 0

    def articles_of(batches: Iterable[list]) -> Iterator[tuple[None, list[Article]]]:
        nonlocal problems
        for batch in batches:
            for problem in (p for p in batch if isinstance(p, InputProblem)):
                problems += not problem.skipped
                warn(f"skipped {problem.origin}: {problem.reason}")
            articles = [a for a in batch if isinstance(a, Article)]
            if articles:
                yield None, articles

    with fetcher_for(settings, paths) as fetcher:
        try:
            for _, results in map_batches(articles_of(batched(read_inputs(paths, fetcher=fetcher),
                                                              settings.batch_size)), settings):
                for result in results:
                    for message in result.warnings:
                        warn(message)
                    if as_table:
                        print_table(result)
                    else:
                        sys.stdout.write(json.dumps(result.to_record(with_text), ensure_ascii=False) + "\n")
                    done += 1
        except OnrecordError as exc:
            fail(str(exc))
    if done == 0:
        fail(f"no article could be processed ({problems} input problem(s))", code=1)
    if problems:
        warn(f"{done} article(s) processed, {problems} input(s) skipped")
