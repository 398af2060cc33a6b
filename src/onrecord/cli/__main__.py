"""``python -m onrecord.cli``: the same command as ``onrecord``."""
from onrecord.cli import main

main()
