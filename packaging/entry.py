"""The frozen program's entry point: the same `kbtdesk` command as the installed console script."""

import sys

from kbtdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
