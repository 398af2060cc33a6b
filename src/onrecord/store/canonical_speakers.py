"""Canonical speakers across articles: who a quote's speaker is in the whole record.

Kept apart from :mod:`onrecord.store.sql` because it is the one part of the
record with a life of its own: which stored speaker a new mention joins is
decided by ``speakers/identity.py`` from the candidates read here, a user's
merge or split is written as an override that is read before that rule, and
every speaker's shown name follows its aliases. Articles, quotes and clusters
only ever need a speaker id from it.
"""
from __future__ import annotations

from typing import Any

from onrecord.errors import StoreError
from onrecord.records import Speaker
from onrecord.speakers.identity import Candidate, SpeakerKey, choose, speaker_key
from onrecord.speakers.lang.ru.translit import transliterate
from onrecord.store.filters import row_id


class CanonicalSpeakers:
    """Speakers, their aliases, roles and overrides; mixed into ``SQLStore``, whose
    ``_one``, ``_all``, ``_rows``, ``_insert``, ``_cursor`` and ``_transaction`` it uses."""

    # ------------------------------------------------------------------ choosing a speaker

    def _speaker_of(self, speaker: Speaker, source_text: str | None) -> tuple[int | None, str]:
        """The canonical speaker id of a quote's speaker (None if it is never merged across articles)
        and its kind."""
        key = speaker_key(speaker.name, speaker.mention_kind, speaker.resolved, source_text, speaker.roles)
        if key is None:
            return None, _unmerged_kind(speaker.name, speaker.mention_kind)
        key = self._stored_key(key)
        return self._speaker_for(key), key.kind

    def _stored_key(self, key: SpeakerKey) -> SpeakerKey:
        """The key as the store keeps it: a one-word organisation that is a stored person's surname is that
        person ("Pierce"); an outlet is kept as one (see :meth:`_as_outlet`)."""
        if key.kind in ("organisation", "outlet") and " " not in key.key and self._one(
                "SELECT 1 FROM speakers WHERE kind = 'person' AND key = ?", (key.key,)):
            return SpeakerKey("person", key.name, key.key, None, None)
        return self._as_outlet(key) if key.kind == "outlet" else key

    def _speaker_for(self, key: SpeakerKey) -> int:
        override = self._one("SELECT speaker_id FROM speaker_overrides WHERE alias = ?", (key.name,))
        if override:
            speaker_id = override[0]
        else:
            speaker_id = choose(key, self._candidates(key))
            if speaker_id is None:
                speaker_id = self._insert("INSERT INTO speakers (name, kind, key) VALUES (?,?,?) RETURNING id",
                                          (key.name, key.kind, key.key))
        self._cursor("INSERT INTO speaker_aliases (speaker_id, alias, first, n) VALUES (?,?,?,1)"
                     " ON CONFLICT (speaker_id, alias) DO UPDATE SET n = speaker_aliases.n + 1",
                     (speaker_id, key.name, key.first))
        for role in key.roles or ((key.role,) if key.role else ()):
            self._cursor("INSERT INTO speaker_roles (speaker_id, role, n) VALUES (?,?,1)"
                         " ON CONFLICT (speaker_id, role) DO UPDATE SET n = speaker_roles.n + 1",
                         (speaker_id, role))
        self._rename(speaker_id)
        return speaker_id

    def _as_outlet(self, key: SpeakerKey) -> SpeakerKey:
        """An outlet's key, kind "outlet" (schema migration 4); an organisation of the same name stored
        before outlets had their own kind is moved over, so the outlet stays one speaker."""
        self._cursor("UPDATE speakers SET kind = 'outlet' WHERE kind = 'organisation' AND key = ?", (key.key,))
        return key

    def _candidates(self, key: SpeakerKey) -> list[Candidate]:
        """The stored speakers this key could be, with their first names, roles and how often seen
        (four queries however many there are: a server database pays a round trip for each)."""
        same_key = "speaker_id IN (SELECT id FROM speakers WHERE kind = ? AND key = ?)"
        ids = [r[0] for r in self._all("SELECT id FROM speakers WHERE kind = ? AND key = ? ORDER BY id",
                                       (key.kind, key.key))]
        if not ids:
            return []
        firsts: dict[int, set[str]] = {sid: set() for sid in ids}
        seen = dict.fromkeys(ids, 0)
        for sid, first, n in self._all(f"SELECT speaker_id, first, n FROM speaker_aliases WHERE {same_key}",
                                       (key.kind, key.key)):
            seen[sid] += n
            if first is not None:
                firsts[sid].add(first)
        roles: dict[int, set[str]] = {sid: set() for sid in ids}
        for sid, role in self._all(f"SELECT speaker_id, role FROM speaker_roles WHERE {same_key}",
                                   (key.kind, key.key)):
            roles[sid].add(role)
        split_by_hand = set()
        if key.kind == "person" and key.first is None:  # a bare surname does not join a speaker a user split off
            split_by_hand = {r[0] for r in self._all(
                f"SELECT speaker_id FROM speaker_overrides WHERE alias != ? AND {same_key}",
                (key.name, key.kind, key.key))}
        return [Candidate(sid, frozenset(firsts[sid]), frozenset(roles[sid]), seen[sid])
                for sid in ids if sid not in split_by_hand]

    def _rename(self, speaker_id: int) -> None:
        """A speaker is shown by its most used full name, the plainest on a tie
        ("Dmitry Peskov" over "Dmitry S. Peskov" and "Peskov")."""
        row = self._one("SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY (first IS NOT NULL) DESC,"
                        " n DESC, length(alias), alias LIMIT 1", (speaker_id,))
        if row:
            self._cursor("UPDATE speakers SET name = ? WHERE id = ?", (row[0], speaker_id))

    # ------------------------------------------------------------------ hand-made speaker choices

    def merge_speakers(self, source_id: int, target_id: int) -> None:
        """Move every quote, alias and role of ``source_id`` to ``target_id``, for good."""
        if source_id == target_id:
            return
        with self._transaction():
            self._cursor("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", (target_id, source_id))
            self._cursor("UPDATE clusters SET speaker_id = ? WHERE speaker_id = ?", (target_id, source_id))
            self._cursor("INSERT INTO speaker_aliases (speaker_id, alias, first, n) SELECT ?, alias, first, n"
                         " FROM speaker_aliases WHERE speaker_id = ? ON CONFLICT (speaker_id, alias)"
                         " DO UPDATE SET n = speaker_aliases.n + excluded.n", (target_id, source_id))
            self._cursor("INSERT INTO speaker_roles (speaker_id, role, n) SELECT ?, role, n FROM speaker_roles"
                         " WHERE speaker_id = ? ON CONFLICT (speaker_id, role)"
                         " DO UPDATE SET n = speaker_roles.n + excluded.n", (target_id, source_id))
            self._cursor("INSERT INTO speaker_overrides (alias, speaker_id) SELECT alias, ? FROM speaker_aliases"
                         " WHERE speaker_id = ? ON CONFLICT (alias) DO UPDATE SET speaker_id = excluded.speaker_id",
                         (target_id, target_id))
            self._cursor("DELETE FROM speakers WHERE id = ?", (source_id,))
            self._rename(target_id)

    def split_speaker(self, speaker_id: int, alias: str) -> int:
        """Give ``alias`` of ``speaker_id`` (and its quotes) a speaker of its own, for good."""
        row = self._one("SELECT kind, key FROM speakers WHERE id = ?", (speaker_id,))
        has = self._one("SELECT first FROM speaker_aliases WHERE speaker_id = ? AND alias = ?", (speaker_id, alias))
        if row is None or has is None:
            raise StoreError(f"speaker {speaker_id} has no alias {alias!r}")
        with self._transaction():
            new_id = self._insert("INSERT INTO speakers (name, kind, key) VALUES (?,?,?) RETURNING id",
                                  (alias, row[0], row[1]))
            self._cursor("UPDATE speaker_aliases SET speaker_id = ? WHERE speaker_id = ? AND alias = ?",
                         (new_id, speaker_id, alias))
            self._cursor("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ? AND speaker_name = ?",
                         (new_id, speaker_id, alias))
            overrides = [(alias, new_id)] + [(other, speaker_id) for (other,) in self._all(
                "SELECT alias FROM speaker_aliases WHERE speaker_id = ?", (speaker_id,))]
            for name, sid in overrides:
                self._cursor("INSERT INTO speaker_overrides (alias, speaker_id) VALUES (?, ?) ON CONFLICT (alias)"
                             " DO UPDATE SET speaker_id = excluded.speaker_id", (name, sid))
            self._rename(speaker_id)
        return new_id

    # ------------------------------------------------------------------ reading

    def find_speakers(self, name: str) -> list[int]:
        """Speaker ids a user's name means: id, name, alias or surname (case-insensitive).

        Digits are an id; one no row can have (0, or beyond SQL's integers) names nobody. A surname in
        Cyrillic is looked up by its transliteration, as people are keyed (``speakers/identity.py``).
        """
        name = (name or "").strip()
        if name.isascii() and name.isdigit():
            speaker_id = row_id(name)
            return [] if speaker_id is None else [r[0] for r in self._all("SELECT id FROM speakers WHERE id = ?",
                                                                          (speaker_id,))]
        rows = self._all("SELECT id FROM speakers WHERE lower(name) = lower(?)", (name,))
        if len(rows) != 1:
            rows = self._all("SELECT id FROM speakers WHERE lower(name) = lower(?) UNION SELECT speaker_id"
                             " FROM speaker_aliases WHERE lower(alias) = lower(?) ORDER BY 1", (name, name))
        if not rows:
            rows = self._all("SELECT id FROM speakers WHERE key = lower(?) ORDER BY id", (transliterate(name),))
        return [r[0] for r in rows]

    def speakers(self, top: int = 20) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT s.id, s.name, s.kind, COUNT(q.rowid) AS quotes, MIN(q.date) AS first_seen,"
            " MAX(q.date) AS last_seen FROM speakers s LEFT JOIN quotes q ON q.speaker_id = s.id"
            " GROUP BY s.id ORDER BY quotes DESC, s.name LIMIT ?", (top,))

    def speaker(self, speaker_id: int) -> dict[str, Any] | None:
        rows = self._rows("SELECT s.id, s.name, s.kind, COUNT(q.rowid) AS quotes, MIN(q.date) AS first_seen,"
                          " MAX(q.date) AS last_seen FROM speakers s LEFT JOIN quotes q ON q.speaker_id = s.id"
                          " WHERE s.id = ? GROUP BY s.id", (speaker_id,))
        if not rows:
            return None
        out = rows[0]
        out["aliases"] = [r[0] for r in self._all(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY n DESC, alias", (speaker_id,))]
        out["roles"] = [r[0] for r in self._all(
            "SELECT role FROM speaker_roles WHERE speaker_id = ? ORDER BY n DESC, role", (speaker_id,))]
        role = self._one("SELECT speaker_role FROM quotes WHERE speaker_id = ? AND speaker_role IS NOT NULL"
                         " GROUP BY speaker_role ORDER BY COUNT(*) DESC, speaker_role LIMIT 1", (speaker_id,))
        out["role"] = role[0] if role else None  # the one most of their statements are shown with
        return out


def _unmerged_kind(name: str | None, mention_kind: str) -> str:
    """Kind of a speaker that is not merged across articles: "officials" is a group."""
    if mention_kind == "role" and name and name.split()[-1].lower().endswith("s"):
        return "group"
    return "organisation" if mention_kind == "organisation" else "unknown"
