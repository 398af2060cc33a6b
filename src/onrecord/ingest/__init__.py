"""Ingest: bytes, files, pages, archives, feeds and stdin to Articles (or InputProblems, never exceptions).

Nothing is imported here: a Spark executor reading JSON rows (:mod:`.jsonl`) loads no HTTP client."""
