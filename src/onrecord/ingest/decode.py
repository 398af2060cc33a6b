"""Bytes to text, refusing what is not text with a message that says why."""
from __future__ import annotations

from onrecord.errors import InputError

#: Share of control characters above which bytes are taken for binary data.
MAX_CONTROL_SHARE = 0.05


def has_nul_bytes(data: bytes) -> bool:
    """Text never holds NUL bytes in its first 64 KiB; binary files nearly always do."""
    return b"\x00" in data[:65536]


def decode_text(data: bytes, origin: str) -> str:
    """UTF-8 text of ``data`` (a byte-order mark is dropped); InputError otherwise."""
    if has_nul_bytes(data):
        raise InputError(origin, "looks like binary data (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(origin, f"is not valid UTF-8 (bad byte at offset {exc.start}); "
                                 "convert it to UTF-8 first") from None
    check_text(text, origin)
    return text


def check_text(text: str, origin: str) -> None:
    """Refuse empty or control-character text with a clear reason."""
    if not text.strip():
        raise InputError(origin, "is empty")
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\f")
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise InputError(origin, "looks like binary data (too many control characters), not text")
