"""How many statements a search finds, and how they divide by speaker, outlet, type, kind and month.

Datasette's facets are the model (docs.datasette.io, "Facets"): beside the results, the commonest
values of a few columns among all the matches, each with its count and a link that narrows the
search to it. The count of a value is the count of the search narrowed to it, since both are read
from the same rows: a speaker by id, an outlet case-folded as the outlet filter compares it, a
month as the dates of its first to its last day. One statement reads the matches once (a
materialised common table expression) and counts the total and every facet from it.
"""
from __future__ import annotations

from typing import Any

from onrecord.errors import OnrecordError
from onrecord.store.filters import QuoteFilter

#: Each facet: the value it groups on (as text, so that all fit one column), and the label shown.
FACETS: dict[str, tuple[str, str]] = {
    "speaker": ("CAST(q.speaker_id AS TEXT)", "CAST(q.speaker_id AS TEXT)"),
    "outlet": ("lower(q.outlet)", "q.outlet"),
    "type": ("q.type", "q.type"),
    "kind": ("q.kind", "q.kind"),
    "month": ("substr(q.date, 1, 7)", "substr(q.date, 1, 7)"),
}
#: What a chart can count statements by (``counts_by``).
PERIODS = {"day": "substr(q.date, 1, 10)", "month": "substr(q.date, 1, 7)", "kind": "q.kind"}


def facet_columns(facets: tuple[str, ...]) -> str:
    """The columns ``m`` (the matches) needs for ``facets``, each after a comma; an unknown facet is an error."""
    unknown = [name for name in facets if name not in FACETS]
    if unknown:
        raise OnrecordError(f"unknown facet {unknown[0]!r}; use one of {', '.join(FACETS)}")
    return "".join(f", {FACETS[name][0]} AS {name}, {FACETS[name][1]} AS {name}_label" for name in facets)


def facet_parts(facets: tuple[str, ...], top: int = 10) -> list[str]:
    """Statements over ``m`` (the matches) to join by UNION ALL: the total, then the ``top`` values of each
    facet, commonest first, as (facet, value, label, count)."""
    parts = ["SELECT 'total' AS facet, NULL AS value, NULL AS label, COUNT(*) AS n FROM m"]
    return parts + [f"SELECT * FROM (SELECT '{name}' AS facet, {name} AS value, MIN({name}_label) AS label,"
                    f" COUNT(*) AS n FROM m WHERE {name} IS NOT NULL GROUP BY {name} ORDER BY n DESC, value"
                    f" LIMIT {int(top)}) AS {name}_top" for name in facets]


class Facets:
    """The count and facets of a search; mixed into ``SQLStore``, whose ``selection`` and ``_all``
    it uses."""

    def count_and_facets(self, f: QuoteFilter, facets: tuple[str, ...] = (), top: int = 10
                         ) -> tuple[int, dict[str, list[dict[str, Any]]]]:
        """How many statements pass ``f``, and the ``top`` commonest values of each of ``facets`` among
        them, commonest first: ``{"value", "label", "count"}``."""
        where, params = self.selection(f)
        rows = self._all(f"WITH m AS MATERIALIZED (SELECT q.rowid{facet_columns(facets)} FROM quotes q"
                         f" WHERE {where}) {' UNION ALL '.join(facet_parts(facets, top))}", params)
        return self.counted(rows, facets)

    def page_and_facets(self, f: QuoteFilter, facets: tuple[str, ...] = ()
                        ) -> tuple[list[dict[str, Any]], int, dict[str, list[dict[str, Any]]]]:
        """A page of the search (:meth:`search`), how many statements pass ``f``, and their facets. A
        backend may read the matches once for all three; this reads them twice."""
        return self.search(f), *self.count_and_facets(f, facets)

    def counted(self, rows: list[tuple], facets: tuple[str, ...]) -> tuple[int, dict[str, list[dict[str, Any]]]]:
        """The total and the facets from the rows of :func:`facet_parts` (other rows are left alone)."""
        found: dict[str, list[dict[str, Any]]] = {name: [] for name in facets}
        total = 0
        for facet, value, label, n in rows:  # the branches of a UNION ALL may come in any order
            if facet == "total":
                total = int(n)
            elif facet in found:
                found[facet].append({"value": value, "label": label, "count": int(n)})
        for values in found.values():
            values.sort(key=lambda v: (-v["count"], v["value"]))
        if found.get("speaker"):
            self._name_speakers(found["speaker"])
        return total, found

    def _name_speakers(self, values: list[dict[str, Any]]) -> None:
        names = dict(self._all(f"SELECT CAST(id AS TEXT), name FROM speakers WHERE id IN"
                               f" ({', '.join('?' * len(values))})", tuple(int(v["value"]) for v in values)))
        for v in values:
            v["label"] = names.get(v["value"], v["value"])

    def counts_by(self, f: QuoteFilter, keys: tuple[str, ...]) -> list[tuple]:
        """How many dated statements pass ``f`` for each combination of ``keys`` (PERIODS), in order."""
        exprs = ", ".join(PERIODS[k] for k in keys)
        where, params = self.selection(f)
        return self._all(f"SELECT {exprs}, COUNT(*) FROM quotes q WHERE {where} AND q.date IS NOT NULL"
                         f" GROUP BY {exprs} ORDER BY {exprs}", params)
