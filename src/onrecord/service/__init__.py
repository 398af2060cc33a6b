"""The only door: the CLI, the web app and the Python API reach the record and the extractor here.

- :class:`Tracker` (:mod:`.tracker`): ingest into and read the record of one database;
- :mod:`.ingesting`: one ingest run, planning, extracting and storing;
- :mod:`.extracting`: extraction without storing (``onrecord.extract``, ``onrecord extract``,
  ``onrecord evaluate``, ``POST /api/extract``);
- :mod:`.searching`, :mod:`.context`: a page of a search (total, facets, cursor), each hit in its sentence;
- :mod:`.export`: the record in Quotebank's fields;
- :mod:`.spark`: a corpus on Apache Spark, written as Parquet for ``Tracker.load``.
"""
from onrecord.ingest.fetch import urls_in
from onrecord.service.export import EXPORT_FORMATS
from onrecord.service.extracting import extract, extract_articles, extract_document, extract_paths
from onrecord.service.ingesting import IngestReport
from onrecord.service.searching import FACET_NAMES, MAX_CURSOR_CHARS
from onrecord.service.spark import run_spark
from onrecord.service.tracker import Tracker

__all__ = ["EXPORT_FORMATS", "FACET_NAMES", "MAX_CURSOR_CHARS", "IngestReport", "Tracker", "extract",
           "extract_articles", "extract_document", "extract_paths", "run_spark", "urls_in"]
