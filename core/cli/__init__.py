"""Headless front end (``boot-integrity``) over the same core as the wizard, for scripts and tickets."""
