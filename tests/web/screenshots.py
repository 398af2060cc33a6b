"""Screenshots of every page over the sample news, for docs/screenshots/ (``make screenshots``).

Run from the repository root: ``python -m tests.web.screenshots [OUT_DIR]``. It stores the
sample news in a temporary database, serves it on a loopback port and photographs each page
in Debian's headless Chromium, at a desktop width and the article page at a phone width: the
search page with its facets, a speaker's page and a search scoped to that speaker among them; and
``speaker-two-languages.png``, one person's English and Russian statements on one speaker page
(the hand-written articles of ``tests.fixtures.TWO_LANGUAGES``, issue 19).
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from onrecord.service import Tracker
from onrecord.web.api import create_app
from tests.fixtures import SHARED_DATA, TWO_LANGUAGES, write_articles
from tests.web.browser import CHROMIUM, CHROMIUM_FLAGS, serving

SAMPLE = SHARED_DATA / "sample_news" / "articles.jsonl"
PHRASE = "rescue operation"
#: What the most quoted speaker of the sample is asked about on their page (a scoped search).
SCOPED = "wall"
#: A search with many matches, whose facets are worth a picture (a page of ten of them).
FACETED = "president"


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "sample.db")
        with Tracker(db) as t:
            t.ingest([str(SAMPLE)])
            hit = t.search(PHRASE)[0]
            top = t.speakers(1)[0]
        shots = {"search": f"/?q={FACETED}&limit=10", "speaker": f"/speakers/{top['id']}",
                 "speaker-search": f"/speakers/{top['id']}?q={SCOPED}",
                 "article": f"/articles/{hit['article_id']}", "quote": f"/quotes/{hit['id']}"}
        with serving(create_app(db)) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
            for width, suffix in ((1100, ""), (390, "-phone")):
                page = browser.new_page(viewport={"width": width, "height": 900})
                for name, path in shots.items():
                    page.goto(base + path)
                    page.screenshot(path=str(out / f"{name}{suffix}.png"), full_page=True)
                    print(out / f"{name}{suffix}.png")
            browser.close()
        two_languages(Path(tmp), out)


def two_languages(tmp: Path, out: Path) -> None:
    """The speaker page of the person the two-language articles share, at a desktop width."""
    db = str(tmp / "two-languages.db")
    with Tracker(db) as t:
        t.ingest([write_articles(tmp / "two-languages.jsonl", TWO_LANGUAGES)])
        speaker_id = t.speaker("Dmitry Peskov")["id"]
    with serving(create_app(db)) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.goto(f"{base}/speakers/{speaker_id}")
        page.screenshot(path=str(out / "speaker-two-languages.png"), full_page=True)
        print(out / "speaker-two-languages.png")
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
