"""A saved web page as an Article: its main text (trafilatura) and its metadata.

trafilatura removes navigation, sidebars, comments and advertising and finds
the title, author, date and site name in the page's metadata (Open Graph,
JSON-LD, <meta>, <time>). The headline becomes the text's first paragraph,
since headline quotes count; paragraphs are separated by a blank line,
which the quote stage reads as a paragraph break (multi-paragraph quotes
depend on it). trafilatura's rescue for short pages returns a whole
``<article>`` as one line, headline glued to the first quote, so its text is
cut again where the page's block elements meet (:func:`split_at_blocks`).
``<noscript>`` is pruned. Encoding: a declared charset, else trafilatura's
detection.
"""
from __future__ import annotations

from functools import cache
from onrecord.ingest.decode import MAX_ARTICLE_BYTES
from onrecord.records import Article, InputProblem, iso_date

#: Page parts that are never the article, which trafilatura may keep: paywall and subscription notices,
#: and what a page shows only to a browser without JavaScript (its rescue for short pages keeps that).
PRUNE_XPATH = [f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]"
               for name in ("paywall", "subscribe", "subscription", "newsletter", "piano-offer")] + ["//noscript"]
#: Elements a browser sets apart from the text around them: a paragraph may break where one starts or ends.
BLOCK_TAGS = frozenset({"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
                        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
                        "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul"})
#: Elements whose own text is never shown as text.
_UNSHOWN = frozenset({"script", "style", "noscript", "template"})


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

    if len(page) > MAX_ARTICLE_BYTES:
        return InputProblem(origin, f"page is larger than {MAX_ARTICLE_BYTES // 1_000_000} MB; not parsed")
    try:
        tree = trafilatura.load_html(page, MAX_ARTICLE_BYTES)  # as trafilatura reads it: declared charset, repairs
        doc = None if tree is None else trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
            prune_xpath=PRUNE_XPATH, config=trafilatura_config())
    except Exception as exc:  # noqa: BLE001 - a malformed page must not end the batch
        return InputProblem(origin, f"HTML could not be parsed ({type(exc).__name__}: {exc})")
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        return InputProblem(origin, "no article text found in the page")
    title = (doc.title or "").strip()
    paragraphs = split_at_blocks([p.strip() for p in body.split("\n") if p.strip()], block_texts(tree))
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)
    page_url = doc.url or url
    meta = {"title": title or None, "date": iso_date(doc.date), "author": doc.author,
            "outlet": doc.sitename, "url": page_url}  # without a site name: its URL's (ingest/outlets.py)
    return Article(text="\n\n".join(paragraphs), id=doc_id, origin=origin,
                   meta={k: v for k, v in meta.items() if v})


def block_texts(tree) -> list[str]:
    """The page's text cut wherever a block element starts or ends, whitespace made single, in page order."""
    from lxml import etree

    texts: list[str] = []
    run: list[str] = []
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        if element.tag in BLOCK_TAGS:
            _end_run(run, texts)
        if event == "end":
            run.append(element.tail or "")
        elif isinstance(element.tag, str) and element.tag not in _UNSHOWN:  # not a comment
            run.append(element.text or "")
    _end_run(run, texts)
    return texts


def _end_run(run: list[str], texts: list[str]) -> None:
    if text := " ".join("".join(run).split()):
        texts.append(text)
    run.clear()


def split_at_blocks(paragraphs: list[str], blocks: list[str]) -> list[str]:
    """The paragraphs, each cut again where the page's blocks (:func:`block_texts`) meet inside it.

    trafilatura's rescue for a short page takes a whole ``<article>`` as one run of text, headline,
    byline and paragraphs joined by spaces; its blocks, in page order (some left out between them),
    tell where the breaks were. A paragraph that is not such a run is kept as it is."""
    starts: dict[str, list[int]] = {}
    for i, block in enumerate(blocks):
        starts.setdefault(_first_word(block, 0), []).append(i)
    cut: list[str] = []
    for paragraph in paragraphs:
        parts = next(filter(None, (_as_blocks(paragraph, blocks, starts, i)
                                   for i in starts.get(_first_word(paragraph, 0), ()))), None)
        cut.extend(parts or [paragraph])
    return cut


def _as_blocks(paragraph: str, blocks: list[str], starts: dict[str, list[int]], k: int) -> list[str] | None:
    """``paragraph`` as blocks ``k`` and later ones, or None if it is not that."""
    parts: list[str] = []
    pos = 0
    while k is not None and _block_at(paragraph, pos, blocks[k]):
        parts.append(blocks[k])
        pos += len(blocks[k]) + 1
        if pos > len(paragraph):
            return parts
        k = next((i for i in starts.get(_first_word(paragraph, pos), ()) if i > k
                  and _block_at(paragraph, pos, blocks[i])), None)
    return None


def _block_at(paragraph: str, pos: int, block: str) -> bool:
    end = pos + len(block)
    return paragraph.startswith(block, pos) and (end == len(paragraph) or paragraph[end] == " ")


def _first_word(text: str, pos: int) -> str:
    end = text.find(" ", pos)
    return text[pos:] if end < 0 else text[pos:end]


def looks_like_html(text: str) -> bool:
    """A text that starts like a web page (for files without a telling suffix, and stdin)."""
    head = text.lstrip()[:200].lower()
    if head.startswith(("<head", "<body")):
        return True
    return head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:5000].lower()
