"""Entry point of the frozen build: the same command line as the installed `drafter`."""

import sys

from drafter.cli import main

if __name__ == "__main__":
    sys.exit(main())
