"""Natasha's news models, loaded once per process from the files its wheel ships.

The natasha 1.6.0 wheel carries the navec embeddings and the slovnet morphology,
syntax and NER models under ``natasha/data`` (Natasha's README, "Models"). The
``natasha`` package itself is never imported: its ``__init__`` loads pymorphy2,
yargy and ipymarkup, and pymorphy2 0.9 fails on Python 3.11 and later
(``inspect.getargspec`` was removed). So the wheel is installed without its
dependencies (requirements/model_ru.txt, pinned by hash) and its data folder is
found from the import spec, without running the package; slovnet and navec, which
Natasha's taggers wrap, read the files. Nothing downloads.
"""
from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from onrecord.errors import ModelNotFoundError

MODEL_PACKAGE = "natasha"
EMBEDDINGS = "emb/navec_news_v1_1B_250K_300d_100q.tar"
MORPH = "model/slovnet_morph_news_v1.tar"
SYNTAX = "model/slovnet_syntax_news_v1.tar"
NER = "model/slovnet_ner_news_v1.tar"
#: Sentences one slovnet call takes at once. Natasha's taggers use 8, in text order; sent shortest
#: first (:mod:`.parser`), 16 ran the morphology and syntax of 150 sample articles in 3.4 s of CPU
#: where Natasha's way took 4.2 s (32: 3.5 s, 64: 4.1 s).
BATCH_SIZE = 16


@dataclass(frozen=True, slots=True)
class NewsModels:
    """The three slovnet taggers, each with the navec embeddings injected."""

    morph: Any
    syntax: Any
    ner: Any


def data_folder() -> Path:
    """``natasha/data`` of the installed wheel, found without importing natasha."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFoundError(
            "the Russian models are not installed: `pip install --no-deps --require-hashes "
            "-r requirements/model_ru.txt` (natasha 1.6.0, which ships them)")
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    missing = [name for name in (EMBEDDINGS, MORPH, SYNTAX, NER) if not (folder / name).is_file()]
    if missing:
        raise ModelNotFoundError(f"the natasha wheel at {folder} lacks {', '.join(missing)}")
    return folder


@cache
def load_news_models(batch_size: int = BATCH_SIZE) -> NewsModels:
    """The morphology, syntax and NER taggers, loaded once per process (and batch size)."""
    from navec import Navec
    from slovnet import NER as SlovnetNER
    from slovnet import Morph, Syntax

    folder = data_folder()
    navec = Navec.load(str(folder / EMBEDDINGS))
    return NewsModels(
        morph=Morph.load(str(folder / MORPH), batch_size=batch_size).navec(navec),
        syntax=Syntax.load(str(folder / SYNTAX), batch_size=batch_size).navec(navec),
        ner=SlovnetNER.load(str(folder / NER), batch_size=batch_size).navec(navec),
    )


def models_version() -> str:
    """The natasha wheel's version, which names its models (no import)."""
    try:
        return version(MODEL_PACKAGE)
    except PackageNotFoundError:
        return "?"
