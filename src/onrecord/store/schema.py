"""The schema of each backend, as numbered migrations applied in order.

Both backends hold the same tables and columns (the SQL in ``sql.py`` runs
on either), written once below; they differ only in the words for keys,
references, floats and byte-wise text, and in the full-text index. Each
database records how many migrations have run (SQLite ``PRAGMA
user_version``, PostgreSQL the ``onrecord_schema`` table), so opening an
older database upgrades it and opening a newer one is refused with a clear
error. Append new migrations to both tuples; never edit one that has shipped.
"""
from __future__ import annotations

#: Migration 1: articles, speakers, quote clusters, quotes, hand-made speaker choices.
_TABLES_1 = """
    CREATE TABLE articles (
        id {key},
        key TEXT NOT NULL UNIQUE,          -- url, or sha256 of the normalised text
        doc_id TEXT, url TEXT, title TEXT, outlet TEXT, date TEXT{bytewise},
        text TEXT NOT NULL,
        pipeline TEXT NOT NULL,            -- onrecord version + pipeline version that extracted it
        provenance TEXT NOT NULL,          -- JSON: code, pipeline, model, model version
        origin TEXT, ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_date ON articles(date);
    CREATE INDEX articles_outlet ON articles(outlet);

    CREATE TABLE speakers (
        id {key},
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'group', 'unknown')),
        key TEXT NOT NULL                  -- surname of a person, normalised name otherwise
    );
    CREATE INDEX speakers_key ON speakers(kind, key);
    CREATE TABLE speaker_aliases (
        speaker_id {ref} NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        alias TEXT NOT NULL, first TEXT, n INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (speaker_id, alias)
    );
    CREATE INDEX speaker_aliases_alias ON speaker_aliases(alias);
    CREATE TABLE speaker_roles (
        speaker_id {ref} NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        role TEXT NOT NULL, n INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (speaker_id, role)
    );
    -- A user's merge or split: this alias always means this speaker, across re-ingests.
    CREATE TABLE speaker_overrides (
        alias TEXT PRIMARY KEY,
        speaker_id {ref} NOT NULL REFERENCES speakers(id) ON DELETE CASCADE
    );

    CREATE TABLE clusters (
        id {key},
        norm TEXT NOT NULL,                -- normalised text of the longest form
        speaker_id {ref} REFERENCES speakers(id) ON DELETE SET NULL,
        longest_quote TEXT,                -- quote id of the longest occurrence
        first_date TEXT{bytewise}
    );
    CREATE INDEX clusters_norm ON clusters(norm);
    CREATE INDEX clusters_speaker ON clusters(speaker_id);

    CREATE TABLE quotes (
        rowid {key},
        id TEXT NOT NULL UNIQUE,           -- stable: hash of article key and content offsets
        article_id {ref} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        cluster_id {ref} REFERENCES clusters(id),
        speaker_id {ref} REFERENCES speakers(id) ON DELETE SET NULL,
        speaker_name TEXT, speaker_kind TEXT NOT NULL, mention_kind TEXT NOT NULL,
        speaker_resolved INTEGER NOT NULL,
        type TEXT NOT NULL,
        text TEXT NOT NULL,
        content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
        source_start INTEGER, source_end INTEGER, cue_start INTEGER, cue_end INTEGER,
        confidence {real} NOT NULL, attribution_id INTEGER NOT NULL, rule TEXT NOT NULL,
        date TEXT{bytewise}, outlet TEXT
    );
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE INDEX quotes_speaker_date ON quotes(speaker_id, date);
    CREATE INDEX quotes_cluster ON quotes(cluster_id);
    CREATE INDEX quotes_date ON quotes(date);
"""

#: Migration 2: the byline of an article read from a web page.
_AUTHOR_2 = "ALTER TABLE articles ADD COLUMN author TEXT"

#: Migration 3: syndicated copies (store/near_duplicates.py). A copy points at the first
#: stored copy of its story and has no quotes of its own; originals keep their MinHash
#: signature and its band hashes, the index a new article is looked up in.
_COPIES_3 = """
    ALTER TABLE articles ADD COLUMN duplicate_of {ref} REFERENCES articles(id) ON DELETE SET NULL;
    ALTER TABLE articles ADD COLUMN minhash {blob};
    CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
    CREATE TABLE article_bands (
        band INTEGER NOT NULL,
        hash {bigint} NOT NULL,
        article_id {ref} NOT NULL REFERENCES articles(id) ON DELETE CASCADE
    );
    CREATE INDEX article_bands_lookup ON article_bands(band, hash);
    CREATE INDEX article_bands_article ON article_bands(article_id);
"""

#: Migration 4: what a reader asks of each statement (issues 17 and 18): the speaker's role as the
#: article gives it (``speaker_role``), the statement's kind (every stored one a claim until it is
#: classified), and whether it holds no words of the speaker's; and outlets as speakers of their own
#: kind (issue 16), which the ``speakers.kind`` CHECK must allow. The CHECK is changed per backend below.
_STATEMENTS_4 = """
    ALTER TABLE quotes ADD COLUMN speaker_role TEXT;
    ALTER TABLE quotes ADD COLUMN kind TEXT NOT NULL DEFAULT 'claim';
    ALTER TABLE quotes ADD COLUMN kind_confidence {real} NOT NULL DEFAULT 0;
    ALTER TABLE quotes ADD COLUMN no_quotation INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX quotes_kind_date ON quotes(kind, date);
    CREATE INDEX quotes_unclassified ON quotes(kind_confidence) WHERE kind_confidence = 0;
"""
_KINDS_1 = "'person', 'organisation', 'group', 'unknown'"
_KINDS_4 = _KINDS_1 + ", 'outlet'"


def _literal(text: str) -> str:
    """``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


#: SQLite keeps a CHECK inside its table's definition, and rebuilding ``speakers`` would cascade to the
#: tables that reference it (aliases, roles, overrides). A wider CHECK that every stored row already
#: passes changes nothing on disk, so the definition text is edited in place, as SQLite's ALTER TABLE
#: documentation allows for such changes ("Making Other Kinds Of Table Schema Changes", writable_schema);
#: RESET reloads the schema, and the ALTER TABLEs that follow move the schema cookie for other connections.
_OUTLET_KIND_4_SQLITE = f"""
    PRAGMA writable_schema = ON;
    UPDATE sqlite_schema SET sql = replace(sql, {_literal(_KINDS_1)}, {_literal(_KINDS_4)})
        WHERE type = 'table' AND name = 'speakers';
    PRAGMA writable_schema = RESET;
"""
#: PostgreSQL names the CHECK of a column ``<table>_<column>_check``: dropped and added again, wider.
_OUTLET_KIND_4_POSTGRES = f"""
    ALTER TABLE speakers DROP CONSTRAINT speakers_kind_check;
    ALTER TABLE speakers ADD CONSTRAINT speakers_kind_check CHECK (kind IN ({_KINDS_4}));
"""
#: The facets of a search (store/facets.py) read five columns of every match: in this index they are
#: read without visiting the table (an index-only scan), as the ranked search reads the row ids.
_FACETS_4_POSTGRES = """
    CREATE INDEX quotes_facets ON quotes (rowid) INCLUDE (speaker_id, outlet, type, kind, date);
"""
#: Migration 5 (issue 19): the language an article was read in ("en", "ru"; the pipeline's routing,
#: ingest/language.py), shown beside its statements. Articles stored before it stay NULL: unknown.
_LANG_5 = """
    ALTER TABLE articles ADD COLUMN lang TEXT;
"""
#: Migration 6 (issue 19): Russian search finds inflected forms. SQLite: an FTS5 table takes no new
#: column, so the index is made again with ``lemmas`` (the lemmas of a Russian statement's words, which
#: the service computes: the store runs no NLP) and refilled from the stored quotes; a statement
#: stored before it has no lemmas until its article is extracted again.
_LEMMAS_6_SQLITE = """
    DROP TABLE quotes_fts;
    CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, title, lemmas,
                                               tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO quotes_fts (rowid, text, speaker, title)
        SELECT q.rowid, q.text, COALESCE(q.speaker_name, ''), COALESCE(a.title, '')
        FROM quotes q JOIN articles a ON a.id = q.article_id;
"""
#: PostgreSQL: a statement in Cyrillic also gets its words as the ``russian`` text search configuration
#: stems them (Snowball), weight D, in the same tsvector; the stored ones get them here.
_RUSSIAN_6_POSTGRES = """
    UPDATE quotes_fts f SET doc = f.doc || setweight(to_tsvector('russian', q.text), 'D')
        FROM quotes q WHERE q.rowid = f.rowid AND q.text ~ '[А-Яа-яЁё]';
"""

SQLITE_MIGRATIONS: tuple[str, ...] = (
    _TABLES_1.format(key="INTEGER PRIMARY KEY", ref="INTEGER", real="REAL", bytewise="") + """
    CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, title, tokenize = 'unicode61 remove_diacritics 2');
    """,
    _AUTHOR_2,
    _COPIES_3.format(ref="INTEGER", blob="BLOB", bigint="INTEGER"),
    _OUTLET_KIND_4_SQLITE + _STATEMENTS_4.format(real="REAL"),
    _LANG_5,
    _LEMMAS_6_SQLITE,
)

POSTGRES_MIGRATIONS: tuple[str, ...] = (
    # ISO dates compare byte-wise (COLLATE "C") whatever the database's locale; the full-text
    # index is a tsvector per quote (text, speaker, title weighted A, B, C) under GIN.
    _TABLES_1.format(key="BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", ref="BIGINT",
                     real="DOUBLE PRECISION", bytewise=' COLLATE "C"') + """
    CREATE TABLE quotes_fts (
        rowid BIGINT PRIMARY KEY REFERENCES quotes(rowid) ON DELETE CASCADE,
        doc TSVECTOR NOT NULL
    );
    CREATE INDEX quotes_fts_doc ON quotes_fts USING GIN (doc);
    """,
    _AUTHOR_2,
    _COPIES_3.format(ref="BIGINT", blob="BYTEA", bigint="BIGINT"),
    _OUTLET_KIND_4_POSTGRES + _STATEMENTS_4.format(real="DOUBLE PRECISION") + _FACETS_4_POSTGRES,
    _LANG_5,
    _RUSSIAN_6_POSTGRES,
)


def statements(script: str) -> list[str]:
    """A migration script split into statements (none of ours holds a ';' in a literal)."""
    body = "\n".join(line.split("--")[0] for line in script.splitlines())
    return [s.strip() for s in body.split(";") if s.strip()]
