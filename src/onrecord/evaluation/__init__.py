"""Scoring predicted quotes against gold, with the shared reference scorer's metrics."""
from onrecord.evaluation.documents import read_documents
from onrecord.evaluation.scorer import ScoreOptions, format_comparison, format_report, score_documents

__all__ = ["ScoreOptions", "format_comparison", "format_report", "read_documents", "score_documents"]
