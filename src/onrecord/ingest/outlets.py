"""Where an article was reported: its outlet, named the way a reader knows it.

Issue 18's order: the outlet the input gives (a JSONL ``outlet`` field), else the one the
page's metadata gives (trafilatura's site name, ingest/html.py), else the host of the
article's URL, mapped to the outlet it is by ``outlets.tsv`` (``en.wikinews.org`` ->
Wikinews), or shown as itself without ``www.`` when it is not listed. Every article passes
:func:`with_outlet` before it is stored (service/ingesting.py), whichever reader made it.
"""
from __future__ import annotations

from dataclasses import replace
from functools import cache
from urllib.parse import urlsplit

from onrecord.nlp.wordlists import read_word_file
from onrecord.records import Article

#: Host labels that name a page's form, not its outlet (www.example.org, m.example.org).
_FORM_LABELS = ("www.", "m.", "mobile.", "amp.")


@cache
def outlet_hosts() -> dict[str, str]:
    """Registered domain -> outlet name, from the packaged ``outlets.tsv``."""
    pairs = (line.split("\t", 1) for line in read_word_file("onrecord.ingest", "outlets.tsv"))
    return {host.strip().lower(): name.strip() for host, name in pairs}


def outlet_of_url(url: str | None) -> str | None:
    """The outlet a URL's host is: a listed domain's name, else the host without ``www.``; None
    when there is no host (no URL, a file path, a malformed address)."""
    try:
        host = (urlsplit((url or "").strip()).hostname or "").rstrip(".")
    except ValueError:  # "http://[::1" and other malformed addresses
        return None
    if not host:
        return None
    labels = host.split(".")
    known = outlet_hosts()
    for n in range(len(labels) - 1):
        name = known.get(".".join(labels[n:]))
        if name:
            return name
    for label in _FORM_LABELS:
        if host.startswith(label) and host.count(".") > 1:
            return host[len(label):]
    return host


def with_outlet(article: Article) -> Article:
    """``article`` with its outlet named: the one its input or page gave, else its URL's."""
    if str(article.meta.get("outlet") or "").strip():
        return article
    outlet = outlet_of_url(article.meta.get("url"))
    return replace(article, meta={**article.meta, "outlet": outlet}) if outlet else article
