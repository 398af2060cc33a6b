"""Every command is documented: the README names each one (datasette's docs test)."""
from pathlib import Path

from typer.main import get_command

from onrecord.cli import app

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_command_is_in_the_readme():
    text = README.read_text(encoding="utf-8")
    commands = sorted(get_command(app).commands)
    missing = [c for c in commands if f"onrecord {c}" not in text]
    assert not missing, f"README.md does not show: {missing}"
