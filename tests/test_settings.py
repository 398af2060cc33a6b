"""Settings: env and file layering, errors, and every setting documented."""
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from onrecord.errors import SettingsError
from onrecord.settings import MAXIMA, Settings

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
    with pytest.raises(SettingsError, match=r"lang='fr'.*must be one of \"\" \(detect\), en, ru$"):
        Settings().updated(lang="fr")


def test_every_setting_is_documented():
    text = DOCS.read_text(encoding="utf-8")
    missing = [f.name for f in fields(Settings) if f"`{f.name}`" not in text]
    assert not missing, f"docs/settings.md does not document: {missing}"


@pytest.mark.parametrize("name, value", [
    ("workers", 257), ("workers", float("inf")), ("workers", "99999999999999999999"),
    ("batch_size", sys.maxsize + 1), ("fetch_timeout", "inf"), ("fetch_timeout", "1e300"),
    ("fetch_host_delay", 86_401), ("fetch_host_delay", "nan"),
])
def test_numbers_beyond_what_onrecord_can_use_are_clear_errors(name, value):
    with pytest.raises(SettingsError, match=name):
        Settings().updated(**{name: value})


def test_the_largest_numbers_are_accepted():
    s = Settings().updated(workers=MAXIMA["workers"], batch_size=sys.maxsize, fetch_timeout=MAXIMA["fetch_timeout"])
    assert (s.workers, s.batch_size, s.fetch_timeout) == (MAXIMA["workers"], sys.maxsize, MAXIMA["fetch_timeout"])
