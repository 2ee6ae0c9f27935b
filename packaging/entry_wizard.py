"""PyInstaller entry point for the GUI: the same ``gui.app:main`` the ``boot-integrity-wizard`` script runs."""

import sys

from gui.app import main

if __name__ == "__main__":
    sys.exit(main())
