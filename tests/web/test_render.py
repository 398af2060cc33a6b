"""Records to safe HTML pieces, on hand-written records."""
from __future__ import annotations

from onrecord.web.render import (by_month, highlight, marked_paragraphs, monthly_kinds, text_parts, web_link,
                                 weekly_counts)


def test_highlight_marks_matches_and_escapes_the_rest():
    marked = str(highlight("<b>\x02war\x03</b> & \x02peace\x03"))
    assert marked == "&lt;b&gt;<mark>war</mark>&lt;/b&gt; &amp; <mark>peace</mark>"


def test_marked_paragraphs_give_content_source_and_cue_their_roles():
    text = "Intro line.\n“We are ready,” Dmitry Peskov told reporters."
    start = text.index("“")
    quote = {"speaker": "Dmitry Peskov", "content_start": start, "content_end": start + 15,
             "source_start": text.index("Dmitry"), "source_end": text.index(" told"),
             "cue_start": text.index("told"), "cue_end": text.index(" reporters")}
    first, second = marked_paragraphs(text, [quote])
    assert [p.role for p in first] == [None]
    assert [(p.text, p.role) for p in second] == [("“We are ready,”", "content"), (" ", None),
                                                  ("Dmitry Peskov", "source"), (" ", None), ("told", "cue"),
                                                  (" reporters.", None)]
    assert second[0].colour == second[2].colour


def test_weekly_counts_span_every_week_from_first_to_last():
    weeks = weekly_counts([("2026-01-05", 1), ("2026-01-07", 2), ("2026-01-21", 1)])
    assert [(str(w.monday), w.count) for w in weeks] == [("2026-01-05", 3), ("2026-01-12", 0), ("2026-01-19", 1)]
    assert str(weeks[0].sunday) == "2026-01-11" and weekly_counts([]) == []


def test_monthly_kinds_span_every_month_in_one_kind_order():
    months = monthly_kinds([("2025-11", "denial", 2), ("2025-11", "claim", 5), ("2026-02", "refusal", 1)])
    assert [m.month for m in months] == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert months[0].kinds == (("claim", 5), ("denial", 2)) and months[0].count == 7 and months[1].kinds == ()
    assert months[3].last_day == "2026-02-28" and monthly_kinds([]) == []


def test_statements_come_in_runs_of_a_month():
    rows = [{"date": "2026-02-03"}, {"date": "2026-02-01T10:00"}, {"date": "2026-01-30"}, {"date": None}]
    assert [(m, len(r)) for m, r in by_month(rows)] == [("2026-02", 2), ("2026-01", 1), ("undated", 1)]


def test_only_web_links_are_links():
    assert web_link("https://example.org/a") == "https://example.org/a"
    assert web_link("javascript:alert(1)") is None and web_link(" data:text/html,x") is None and web_link(None) is None


class Offset(int):
    """A character offset that counts how often it is compared: the work highlighting does."""

    compared = 0

    def _count(self, other: object, op) -> bool:
        Offset.compared += 1
        return op(int(self), other)

    def __lt__(self, other): return self._count(other, int.__lt__)  # noqa: E704
    def __le__(self, other): return self._count(other, int.__le__)  # noqa: E704
    def __gt__(self, other): return self._count(other, int.__gt__)  # noqa: E704
    def __ge__(self, other): return self._count(other, int.__ge__)  # noqa: E704


def _article(n: int, offset=int) -> tuple[str, list[dict]]:
    """``n`` paragraphs, each one quote with source and cue, and one quote over two paragraphs."""
    line = "“Plan {n} will work,” Ann Lee said."
    text, quotes = "", []
    for k in range(n):
        start = len(text)
        text += line.format(n=k) + "\n"
        end = text.index("”", start) + 1
        source = text.index("Ann", start)
        quotes.append({"id": f"q{k}", "speaker": "Ann Lee", "type": "direct", "confidence": 0.9,
                       "content_start": offset(start), "content_end": offset(end),
                       "source_start": offset(source), "source_end": offset(source + 7),
                       "cue_start": offset(source + 8), "cue_end": offset(source + 12)})
    return text, quotes


def test_highlighting_work_grows_linearly_with_the_article():
    work = []
    for n in (400, 800):
        text, quotes = _article(n, Offset)
        Offset.compared = 0
        marked_paragraphs(text, quotes)
        work.append(Offset.compared)
    assert work[1] < 2.5 * work[0], work  # every paragraph scanning every mark would be 4 times the work


def test_every_quote_of_a_long_article_is_marked():
    text, quotes = _article(5000)
    paragraphs = marked_paragraphs(text, quotes)
    assert len(paragraphs) == 5000
    for k, pieces in enumerate(paragraphs):
        assert [(p.text, p.role) for p in pieces] == [(f"“Plan {k} will work,”", "content"), (" ", None),
                                                       ("Ann Lee", "source"), (" ", None), ("said", "cue"),
                                                       (".", None)]
        assert pieces[0].quote["id"] == f"q{k}"


def test_a_quote_over_two_paragraphs_is_marked_in_both():
    text = "Intro.\n“First half\nsecond half,” she said."
    quote = {"speaker": "X", "content_start": text.index("“"), "content_end": text.index(" she")}
    _, first, second = marked_paragraphs(text, [quote])
    assert [(p.text, p.role) for p in first] == [("“First half", "content")]
    assert [(p.text, p.role) for p in second] == [("second half,”", "content"), (" she said.", None)]


def test_text_parts_end_at_line_breaks_and_cover_the_text():
    text = "".join(f"line {n} of the story\n" for n in range(20))
    parts = text_parts(text, 50)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))
    assert all(end - start <= 50 and text[end - 1] == "\n" for start, end in parts)
    assert text_parts("short", 50) == [(0, 5)] and text_parts("", 50) == [(0, 0)]


def test_a_line_longer_than_a_part_is_cut():
    text = "x" * 120 + "\nend"
    assert text_parts(text, 50) == [(0, 50), (50, 100), (100, 124)]


def test_marked_paragraphs_of_one_part_only():
    text = "“One,” she said.\n“Two,” he said.\n"
    second = text.index("“Two")
    quotes = [{"speaker": "A", "content_start": 0, "content_end": 6},
              {"speaker": "B", "content_start": second, "content_end": second + 6}]
    (only,) = marked_paragraphs(text, quotes, second, len(text))
    assert [(p.text, p.role) for p in only] == [("“Two,”", "content"), (" he said.", None)]
    assert only[0].quote["speaker"] == "B"
