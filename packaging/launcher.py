"""Entry script of the packaged app (PyInstaller needs a script, not ``python -m newsfacts``)."""

import sys

from newsfacts.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
