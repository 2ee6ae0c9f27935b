"""Deciding which configured faults apply to a call; counts calls per rule for "the Nth call of X"."""

from __future__ import annotations

import fnmatch
import random
from collections.abc import Sequence

from core.simulator.options import FaultRule


class FaultPlan:
    def __init__(self, rules: Sequence[FaultRule], seed: int) -> None:
        self._rules = list(rules)
        self._seen = [0] * len(self._rules)  # matching calls so far, per rule
        self._applied = [0] * len(self._rules)
        self._random = random.Random(seed)

    def add(self, rule: FaultRule) -> None:
        """Add a rule while running (tests arm a fault just before the call they target)."""
        self._rules.append(rule)
        self._seen.append(0)
        self._applied.append(0)

    def faults_for(self, operation: str) -> list[FaultRule]:
        """The rules that fire for this call, in configuration order."""
        fired: list[FaultRule] = []
        for index, rule in enumerate(self._rules):
            if not fnmatch.fnmatchcase(operation.lower(), rule.operation.lower()):
                continue
            self._seen[index] += 1
            call = self._seen[index]
            if rule.nth is not None and call < rule.nth:
                continue
            if rule.times is not None and self._applied[index] >= rule.times:
                continue
            if rule.nth is not None and rule.times is None and call != rule.nth:
                continue
            if rule.probability < 1.0 and self._random.random() >= rule.probability:
                continue
            self._applied[index] += 1
            fired.append(rule)
        return fired
