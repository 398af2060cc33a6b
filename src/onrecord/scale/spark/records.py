"""The rows of a Spark run's output, and their way back to Articles and Quotes.

One article row per input record: its metadata and text, the pipeline id that
extracted it, any problem with it, and its quotes as a list of structs (the
fields of docs/data_format.md, flattened). ``onrecord load`` turns the rows back
into the very :class:`Article` and :class:`Quote` objects the local path
stores, so both paths give one record. Only pyarrow is needed here (no Spark):
the schema is declared once as Arrow and handed to Spark as DDL.
"""
from __future__ import annotations

from typing import Any

from onrecord.records import Article, ArticleResult, InputProblem, Quote, iso_date
from onrecord.store.normalise import article_key

#: (name, Spark SQL type) of each quote struct field, in order.
QUOTE_FIELDS = (
    ("content_start", "INT"), ("content_end", "INT"), ("source_start", "INT"), ("source_end", "INT"),
    ("cue_start", "INT"), ("cue_end", "INT"), ("type", "STRING"), ("text", "STRING"), ("speaker", "STRING"),
    ("speaker_resolved", "BOOLEAN"), ("mention_kind", "STRING"), ("speaker_roles", "ARRAY<STRING>"),
    ("confidence", "DOUBLE"), ("attribution_id", "INT"), ("rule", "STRING"),
    ("kind", "STRING"), ("kind_confidence", "DOUBLE"), ("no_quotation", "BOOLEAN"),
    ("onrecord_version", "STRING"), ("pipeline", "STRING"), ("model", "STRING"), ("model_version", "STRING"),
    ("quote_model", "STRING"),
)
#: Article metadata kept as columns (besides id, text and date).
META_COLUMNS = ("url", "title", "outlet", "author")
#: (name, Spark SQL type) of each article row column, in order.
ARTICLE_FIELDS = (
    ("shard", "STRING"), ("origin", "STRING"), ("id", "STRING"), ("key", "STRING"),
    *((name, "STRING") for name in META_COLUMNS), ("date", "STRING"), ("raw_date", "STRING"),
    ("text", "STRING"), ("pipeline", "STRING"), ("problem", "STRING"), ("skipped", "BOOLEAN"),
    ("warnings", "ARRAY<STRING>"),
    ("quotes", f"ARRAY<STRUCT<{', '.join(f'{n}: {t}' for n, t in QUOTE_FIELDS)}>>"),
)
#: ``date`` is the day (YYYY-MM-DD) the output is partitioned by; ``raw_date`` the input's own text.
ARTICLE_DDL = ", ".join(f"{name} {kind}" for name, kind in ARTICLE_FIELDS)


def arrow_schema():
    """The article rows as an Arrow schema (the same columns as ``ARTICLE_DDL``)."""
    import pyarrow as pa

    scalar = {"STRING": pa.string(), "INT": pa.int32(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
              "ARRAY<STRING>": pa.list_(pa.string())}
    quote = pa.struct([(name, scalar[kind]) for name, kind in QUOTE_FIELDS])
    return pa.schema([(name, scalar.get(kind) or pa.list_(quote)) for name, kind in ARTICLE_FIELDS])


def article_row(item: Article | InputProblem, result: ArticleResult | None, pipeline: str,
                shard: str) -> dict[str, Any]:
    """One output row: an article with its quotes, or an input that could not be used."""
    if isinstance(item, InputProblem):
        return {"shard": shard, "origin": item.origin, "problem": item.reason, "skipped": item.skipped,
                "warnings": [], "quotes": []}
    meta = item.meta
    raw_date = meta.get("date")
    iso = iso_date(raw_date)
    return {
        "shard": shard, "origin": item.origin, "id": item.id, "key": article_key(item.text, meta.get("url")),
        **{name: _text(meta.get(name)) for name in META_COLUMNS},
        "date": iso[:10] if iso else None, "raw_date": _text(raw_date), "text": item.text, "pipeline": pipeline,
        "problem": None, "skipped": False, "warnings": list(result.warnings) if result else [],
        "quotes": [q.to_row(item.text) for q in result.quotes] if result else [],
    }


def from_article_row(row: dict[str, Any]) -> tuple[Article | InputProblem, ArticleResult | None, str]:
    """An output row back as (article or problem, its result, its pipeline id)."""
    if row.get("problem"):
        return InputProblem(row["origin"], row["problem"], skipped=bool(row.get("skipped"))), None, ""
    meta = {name: row[name] for name in META_COLUMNS if row.get(name) is not None}
    if row.get("raw_date") is not None:
        meta["date"] = row["raw_date"]
    article = Article(text=row["text"], id=row["id"], origin=row["origin"], meta=meta)
    quotes = tuple(Quote.from_row(q) for q in row.get("quotes") or ())
    return article, ArticleResult(article, quotes, tuple(row.get("warnings") or ())), row["pipeline"]


def _text(value: object) -> str | None:
    return None if value is None else str(value)
