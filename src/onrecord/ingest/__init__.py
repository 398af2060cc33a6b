"""Ingest: bytes, files and stdin to Articles (or InputProblems, never exceptions)."""
from onrecord.ingest.readers import read_inputs

__all__ = ["read_inputs"]
