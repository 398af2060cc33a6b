"""Bytes to text, refusing what is not text with a message that says why.

Text is UTF-8, or UTF-16 when it starts with a UTF-16 byte-order mark (what
Windows tools such as PowerShell write); a UTF-8 byte-order mark is dropped.
JSON Lines are decoded one line at a time (:func:`text_lines`), so one bad
byte costs its own line, not the file.
"""
from __future__ import annotations

import codecs
import io
import re
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from onrecord.errors import InputError
from onrecord.records import InputProblem

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
#: Share of control characters above which bytes are taken for binary data.
MAX_CONTROL_SHARE = 0.05
#: Largest input read as one article: a page, a record of a web archive, a line of JSON Lines. A news
#: article is far smaller (the longest processed is ``max_chars``, 1,000,000 characters by default).
MAX_ARTICLE_BYTES = 20_000_000
#: How much of an input is looked at to tell its kind.
SNIFF_BYTES = 65536
_UTF16 = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}
_SURROGATE = re.compile("[\ud800-\udfff]")


def utf16_encoding(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``head`` starts with that byte-order mark, else None."""
    return next((name for bom, name in _UTF16.items() if head.startswith(bom)), None)


def has_nul_bytes(data: bytes) -> bool:
    """Text never holds NUL bytes in its first 64 KiB; binary files nearly always do (UTF-16 aside)."""
    return b"\x00" in data[:SNIFF_BYTES] and utf16_encoding(data) is None


def decode_text(data: bytes, origin: str) -> str:
    """The text of ``data`` (a byte-order mark is dropped); InputError otherwise."""
    if has_nul_bytes(data):
        raise InputError(origin, "looks like binary data (it contains NUL bytes), not text")
    wide = utf16_encoding(data)
    try:
        text = data[2:].decode(wide) if wide else data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(origin, f"is not valid {'UTF-16' if wide else 'UTF-8'} (bad byte at offset {exc.start}); "
                                 "convert it to UTF-8 first") from None
    check_text(text, origin)
    return text


def head_text(data: bytes) -> str:
    """The start of ``data`` decoded leniently, to tell what kind of input it is."""
    wide = utf16_encoding(data)
    head = data[2:SNIFF_BYTES] if wide else data[:SNIFF_BYTES]
    return head.decode(wide or "utf-8-sig", errors="replace")


def without_lone_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (JSON may escape one, ``"\\udcff"``, though no UTF-8 can hold it)
    replaced by U+FFFD, one code point for one, so offsets stay right and the text can be stored."""
    return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text


def check_text(text: str, origin: str) -> None:
    """Refuse empty or control-character text with a clear reason."""
    if not text.strip():
        raise InputError(origin, "is empty")
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\f")
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise InputError(origin, "looks like binary data (too many control characters), not text")


def text_lines(stream: BinaryIO, origin: str, limit: int) -> Iterator[tuple[int, str | InputProblem]]:
    """``(line number, text)`` of each line of a seekable binary stream, one line in memory at a time.

    A line ends at ``\\n`` only. A line that cannot be decoded, or is longer than ``limit`` bytes
    (characters in UTF-16), is an InputProblem naming ``origin:line``, and the next lines are read.
    InputError when the stream is binary data."""
    try:
        head = stream.read(SNIFF_BYTES)
    except EOFError:  # a compressed stream cut short within its first 64 KiB: its lines are still read below
        stream.seek(0)
        head = stream.read(2)
    stream.seek(0)
    if has_nul_bytes(head):
        raise InputError(origin, "looks like binary data (it contains NUL bytes), not text")
    wide = utf16_encoding(head)
    if not wide:
        yield from _decoded(_capped_lines(stream.readline, limit, b"\n"), origin, _utf8, f"{limit:,} bytes")
        return
    stream.read(2)  # the byte-order mark
    wrapper = io.TextIOWrapper(stream, encoding=wide, errors="surrogatepass", newline="\n")
    try:
        yield from _decoded(_capped_lines(wrapper.readline, limit, "\n"), origin, _utf16, f"{limit:,} characters")
    finally:
        wrapper.detach()  # the stream is its opener's to close


def _decoded(lines: Iterator[bytes | str | None], origin: str, decode: Callable[[Any, str, int], str | InputProblem],
             limit: str) -> Iterator[tuple[int, str | InputProblem]]:
    n = 0
    try:
        for n, line in enumerate(lines, 1):
            where = f"{origin}:{n}"
            if line is None:
                yield n, InputProblem(where, f"is longer than {limit}; not read")
            else:
                yield n, decode(line, where, n)
    except UnicodeDecodeError:  # UTF-16 decoded a block at a time: only a file cut inside a character gets here
        yield n + 1, InputProblem(f"{origin}:{n + 1}", "is not valid UTF-16 (the file ends inside a character)")


def _utf8(raw: bytes, where: str, n: int) -> str | InputProblem:
    try:
        return raw.decode("utf-8-sig" if n == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        return InputProblem(where, f"is not valid UTF-8 (bad byte 0x{raw[exc.start]:02X} at column {exc.start + 1});"
                                   " convert it to UTF-8 first")


def _utf16(line: str, where: str, n: int) -> str | InputProblem:
    """The decoder lets lone surrogates (broken UTF-16) through, so that they cost only their line."""
    bad = _SURROGATE.search(line)
    if bad is None:
        return line
    return InputProblem(where, f"is not valid UTF-16 (a lone surrogate at column {bad.start() + 1});"
                               " convert it to UTF-8 first")


def _capped_lines(readline: Callable[[int], Any], limit: int, newline: bytes | str) -> Iterator[Any]:
    """Each line ``readline`` gives (bytes or str), or None for one longer than ``limit``, which is
    passed over a piece at a time so that it never sits in memory whole."""
    while line := readline(limit + 1):
        if len(line) > limit and not line.endswith(newline):
            while (rest := readline(limit)) and not rest.endswith(newline):
                pass
            yield None
        else:
            yield line
