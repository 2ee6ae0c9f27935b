"""Wizard pages; each receives its services and renders core results."""
