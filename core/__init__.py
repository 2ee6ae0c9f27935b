"""Qt-free core of Boot Integrity Wizard: domain evaluators, Azure adapters, simulated Azure, CLI."""

__version__ = "0.1.0"
