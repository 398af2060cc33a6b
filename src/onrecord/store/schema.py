"""The SQLite schema, as numbered migrations applied in order.

``PRAGMA user_version`` records how many have run, so opening an older
database upgrades it and opening a newer one is refused with a clear error.
Append new migrations; never edit one that has shipped.
"""
from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: articles, speakers, quote clusters, quotes, full-text index, hand-made speaker choices
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,          -- url, or sha256 of the normalised text
        doc_id TEXT, url TEXT, title TEXT, outlet TEXT, date TEXT,
        text TEXT NOT NULL,
        pipeline TEXT NOT NULL,            -- onrecord version + pipeline version that extracted it
        provenance TEXT NOT NULL,          -- JSON: code, pipeline, model, model version
        origin TEXT, ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_date ON articles(date);
    CREATE INDEX articles_outlet ON articles(outlet);

    CREATE TABLE speakers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'group', 'unknown')),
        key TEXT NOT NULL                  -- surname of a person, normalised name otherwise
    );
    CREATE INDEX speakers_key ON speakers(kind, key);
    CREATE TABLE speaker_aliases (
        speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        alias TEXT NOT NULL, first TEXT, n INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (speaker_id, alias)
    );
    CREATE INDEX speaker_aliases_alias ON speaker_aliases(alias);
    CREATE TABLE speaker_roles (
        speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        role TEXT NOT NULL, n INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (speaker_id, role)
    );
    -- A user's merge or split: this alias always means this speaker, across re-ingests.
    CREATE TABLE speaker_overrides (
        alias TEXT PRIMARY KEY,
        speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE
    );

    CREATE TABLE clusters (
        id INTEGER PRIMARY KEY,
        norm TEXT NOT NULL,                -- normalised text of the longest form
        speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
        longest_quote TEXT,                -- quote id of the longest occurrence
        first_date TEXT
    );
    CREATE INDEX clusters_norm ON clusters(norm);
    CREATE INDEX clusters_speaker ON clusters(speaker_id);

    CREATE TABLE quotes (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,           -- stable: hash of article key and content offsets
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        cluster_id INTEGER REFERENCES clusters(id),
        speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
        speaker_name TEXT, speaker_kind TEXT NOT NULL, mention_kind TEXT NOT NULL,
        speaker_resolved INTEGER NOT NULL,
        type TEXT NOT NULL,
        text TEXT NOT NULL,
        content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
        source_start INTEGER, source_end INTEGER, cue_start INTEGER, cue_end INTEGER,
        confidence REAL NOT NULL, attribution_id INTEGER NOT NULL, rule TEXT NOT NULL,
        date TEXT, outlet TEXT
    );
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE INDEX quotes_speaker_date ON quotes(speaker_id, date);
    CREATE INDEX quotes_cluster ON quotes(cluster_id);
    CREATE INDEX quotes_date ON quotes(date);

    CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, title, tokenize = 'unicode61 remove_diacritics 2');
    """,
)
