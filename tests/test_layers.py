"""The shape of the house (docs/design.md): layers, what importing a stage loads, and small files.

The layers and forbidden imports are import-linter contracts in pyproject.toml;
this test runs them, so a broken layer fails `make test` with the offending
import chain.
"""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "onrecord"
#: Most lines one module or one function may have.
MAX_FILE_LINES, MAX_FUNCTION_LINES = 400, 50
#: Small modules allowed at the top of the package beside the folders.
TOP_LEVEL_MODULES = {"__init__.py", "_version.py", "records.py", "settings.py", "errors.py", "pipeline.py"}


def test_import_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    if not lint.exists():
        pytest.fail("lint-imports is not installed: the test extra (import-linter) is missing")
    run = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout


def loaded_by(statement: str) -> set[str]:
    """The modules a fresh interpreter has loaded after ``statement``."""
    code = f"{statement}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    return set(out.stdout.split())


def test_importing_a_stage_loads_that_stage_only():
    loaded = loaded_by("import onrecord.quotes.marks")
    ours = {m for m in loaded if m == "onrecord" or m.startswith("onrecord.")}
    assert len(ours) <= 5, sorted(ours)
    assert not {m for m in loaded if m.split(".")[0] in ("httpx", "sqlite3", "spacy")}
    assert not {m for m in ours if m.startswith("onrecord.store")}


def test_the_store_loads_no_quote_extraction():
    loaded = loaded_by("import onrecord.store, onrecord.store.sql")
    assert not {m for m in loaded if m.startswith(("onrecord.quotes", "onrecord.speakers.coref", "spacy"))}


def test_workers_load_neither_the_store_nor_the_http_client():
    for module in ("onrecord.scale.pool", "onrecord.scale.spark.executor"):
        loaded = loaded_by(f"import {module}")
        assert not {m for m in loaded if m.split(".")[0] in ("httpx", "sqlite3", "pyspark")}, module
        assert "onrecord.store.sql" not in loaded and "onrecord.scale.spark.driver" not in loaded, module


def test_the_package_face_is_lazy_and_complete():
    assert "onrecord.service" not in loaded_by("import onrecord")
    import onrecord

    for name in onrecord.__all__:
        assert getattr(onrecord, name) is not None


def test_the_top_level_holds_folders_and_a_few_small_modules():
    modules = {p.name for p in SOURCE.glob("*.py")}
    assert modules <= TOP_LEVEL_MODULES, sorted(modules - TOP_LEVEL_MODULES)


def test_no_long_files_or_functions():
    too_long = []
    for path in sorted(SOURCE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if len(text.splitlines()) > MAX_FILE_LINES:
            too_long.append(f"{path.relative_to(ROOT)}: {len(text.splitlines())} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    too_long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}: {length} lines")
    assert not too_long, "\n".join(too_long)
