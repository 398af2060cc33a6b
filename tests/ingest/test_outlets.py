"""An article's outlet: its input's, its page's, else its URL's host as a reader knows it (issue 18)."""
from __future__ import annotations

import pytest

from onrecord.ingest.outlets import outlet_of_url, with_outlet
from onrecord.records import Article


@pytest.mark.parametrize("url, outlet", [
    ("https://en.wikinews.org/wiki/Magnitogorsk", "Wikinews"),
    ("https://ru.wikinews.org/wiki/x", "Wikinews"),
    ("https://www.reuters.com/world/x", "Reuters"),
    ("https://www.harbour.example/news/1", "harbour.example"),
    ("https://news.example.co/a", "news.example.co"),
    ("http://localhost:8000/a", "localhost"),
    ("notreuters.com/x", None),          # no scheme: a path, not a host
    ("", None), (None, None), ("http://[::1", None), ("file:///tmp/a.html", None),
])
def test_a_url_names_its_outlet(url, outlet):
    assert outlet_of_url(url) == outlet


def test_a_domain_matches_whole_labels_only():
    assert outlet_of_url("https://notreuters.com/x") == "notreuters.com"


def test_the_outlet_an_input_gives_is_kept():
    given = Article("t", "a", "x", {"outlet": "The Harbour Times", "url": "https://en.wikinews.org/wiki/x"})
    assert with_outlet(given) is given
    named = with_outlet(Article("t", "a", "x", {"outlet": " ", "url": "https://en.wikinews.org/wiki/x"}))
    assert named.meta["outlet"] == "Wikinews"
    assert with_outlet(Article("t", "a", "x", {})).meta == {}
