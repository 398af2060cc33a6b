"""Settings: env and file layering, errors, and every setting documented."""
from dataclasses import fields
from pathlib import Path

import pytest

from onrecord.errors import SettingsError
from onrecord.settings import Settings

DOCS = Path(__file__).resolve().parents[1] / "docs" / "settings.md"


def test_environment_overrides_file(tmp_path):
    cfg = tmp_path / "onrecord.toml"
    cfg.write_text('[onrecord]\nbatch_size = 8\nmodel = "from_file"\n', encoding="utf-8")
    s = Settings.load(cfg, env={"ONRECORD_MODEL": "from_env"})
    assert s.batch_size == 8 and s.model == "from_env"


def test_bad_values_are_clear_errors():
    with pytest.raises(SettingsError, match="max_chars"):
        Settings.load(env={"ONRECORD_MAX_CHARS": "lots"})
    with pytest.raises(SettingsError, match="unknown setting"):
        Settings().updated(colour="blue")
    with pytest.raises(SettingsError, match="engine.*must be one of rules, model, hybrid"):
        Settings.load(env={"ONRECORD_ENGINE": "magic"})


def test_every_setting_is_documented():
    text = DOCS.read_text(encoding="utf-8")
    missing = [f.name for f in fields(Settings) if f"`{f.name}`" not in text]
    assert not missing, f"docs/settings.md does not document: {missing}"
