"""``onrecord --version`` alone prints the release, from the one module that holds it."""
from typer.testing import CliRunner

from onrecord._version import __version__
from onrecord.cli import app


def test_version_alone_prints_the_release_and_exits():
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == __version__
