"""Snapshot files and ARM resource shapes: reading a snapshot safely and checking it against ARM's shapes.

Qt-free and I/O-free except :mod:`core.snapshot.reading`, which reads one file. Used wherever a snapshot is
loaded (CLI ``--snapshot``, the wizard's ``--snapshot``, the simulator's seeding) and, through
:func:`core.snapshot.validate.resource_problems`, before the path evaluation of a diagnosis.
"""

from core.snapshot.problems import ProblemKind, ShapeProblem, SnapshotError

__all__ = ["ProblemKind", "ShapeProblem", "SnapshotError"]
