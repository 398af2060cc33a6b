"""Records to safe HTML pieces, on hand-written records."""
from __future__ import annotations

from onrecord.web.render import highlight, marked_paragraphs, web_link, weekly_counts


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
    weeks = weekly_counts(["2026-01-05", "2026-01-07T10:00:00", None, "2026-01-21"])
    assert [(str(w.monday), w.count) for w in weeks] == [("2026-01-05", 2), ("2026-01-12", 0), ("2026-01-19", 1)]
    assert str(weeks[0].sunday) == "2026-01-11" and weekly_counts([None]) == []


def test_only_web_links_are_links():
    assert web_link("https://example.org/a") == "https://example.org/a"
    assert web_link("javascript:alert(1)") is None and web_link(" data:text/html,x") is None and web_link(None) is None
