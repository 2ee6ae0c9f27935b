"""PySide6 front end: a thin QWizard over the Qt-free core."""
