"""What every benchmark script shares: its peak memory and how it publishes its page."""
from __future__ import annotations

import resource
from pathlib import Path


def peak_mb() -> float:
    """Peak resident memory of this process so far (max RSS), in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def publish(lines: list[str], out: Path | None) -> None:
    """Print the results page and, with ``--out``, write it to docs/."""
    report = "\n".join(lines)
    print(report)
    if out:
        out.write_text(report, encoding="utf-8")
