"""Adapters that reach Azure Resource Manager through the async Azure SDK (real Azure or the simulator)."""
