"""Use cases: what the GUI and the CLI do, built from core/azure (I/O) and core/diagnosis (pure logic)."""
