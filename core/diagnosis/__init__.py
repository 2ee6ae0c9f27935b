"""Pure, I/O-free evaluators: they read ARM JSON (as in the snapshot format) and return findings."""
