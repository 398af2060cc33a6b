"""What every benchmark script shares: its peak memory and how it publishes its page."""
from __future__ import annotations

import re
import resource
from pathlib import Path


def peak_mb() -> float:
    """Peak resident memory of this process so far (max RSS), in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def publish(lines: list[str], out: Path | None, section: str | None = None) -> None:
    """Print the results and, with ``--out``, write them to docs/.

    A ``section`` is one script's part of a page another script writes: it
    replaces its own earlier text (between ``<!-- section -->`` markers) and
    keeps the rest; a whole page keeps the sections already in it.
    """
    report = "\n".join(lines)
    print(report)
    if not out:
        return
    old = out.read_text(encoding="utf-8") if out.exists() else ""
    sections = dict(_SECTION.findall(old))
    if section:
        sections[section] = f"\n{report.strip()}\n"
        page = _SECTION.sub("", old).rstrip("\n")
    else:
        page = report.rstrip("\n")
    for name, body in sections.items():
        page += f"\n\n<!-- {name} -->{body}<!-- /{name} -->"
    out.write_text(page + "\n", encoding="utf-8")


_SECTION = re.compile(r"\n*<!-- ([a-z_]+) -->(.*?)<!-- /\1 -->", re.S)
