"""`python -m warmonitor` is the `warmonitor` command."""

from warmonitor.cli import main

main()
