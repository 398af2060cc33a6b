"""A saved web page as an Article: its main text (trafilatura) and its metadata.

trafilatura removes navigation, sidebars, comments and advertising and finds
the title, author, date and site name in the page's metadata (Open Graph,
JSON-LD, <meta>, <time>). The headline becomes the text's first paragraph,
since headline quotes count; paragraphs are separated by a blank line,
which the quote stage reads as a paragraph break (multi-paragraph quotes
depend on it). Encoding: a declared charset, else trafilatura's detection.
"""
from __future__ import annotations

from functools import cache
from urllib.parse import urlsplit

from onrecord.records import Article, InputProblem, iso_date

#: Pages larger than this are not parsed (a real article page is far smaller).
MAX_PAGE_BYTES = 20_000_000
#: Page parts that are never the article, which trafilatura may keep: paywall and subscription notices.
PRUNE_XPATH = [f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]"
               for name in ("paywall", "subscribe", "subscription", "newsletter", "piano-offer")]


@cache
def trafilatura_config():
    """trafilatura's defaults, without its signal-based timeout (it breaks in threads and workers)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def html_article(page: bytes | str, origin: str, doc_id: str, url: str | None = None) -> Article | InputProblem:
    """The article in ``page``, or the reason there is none."""
    import trafilatura

    if len(page) > MAX_PAGE_BYTES:
        return InputProblem(origin, f"page is larger than {MAX_PAGE_BYTES // 1_000_000} MB; not parsed")
    try:
        doc = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, include_images=False, prune_xpath=PRUNE_XPATH,
                                          config=trafilatura_config())
    except Exception as exc:  # noqa: BLE001 - a malformed page must not end the batch
        return InputProblem(origin, f"HTML could not be parsed ({type(exc).__name__}: {exc})")
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        return InputProblem(origin, "no article text found in the page")
    title = (doc.title or "").strip()
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)
    page_url = doc.url or url
    meta = {"title": title or None, "date": iso_date(doc.date), "author": doc.author,
            "outlet": doc.sitename or (urlsplit(page_url).hostname if page_url else None), "url": page_url}
    return Article(text="\n\n".join(paragraphs), id=doc_id, origin=origin,
                   meta={k: v for k, v in meta.items() if v})


def looks_like_html(text: str) -> bool:
    """A text that starts like a web page (for files without a telling suffix, and stdin)."""
    head = text.lstrip()[:200].lower()
    if head.startswith(("<head", "<body")):
        return True
    return head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:5000].lower()
