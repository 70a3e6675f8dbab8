"""Allow `python -m bot` as well as the `zebra` console script."""

from bot.cli import main

main()
