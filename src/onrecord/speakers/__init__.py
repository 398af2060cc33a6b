"""Speakers: the source mention of each attribution and who it refers to."""
from onrecord.speakers.coref import resolve_speakers

__all__ = ["resolve_speakers"]
