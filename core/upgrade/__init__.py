"""Bring a Standard VM to Trusted Launch: pre-flight checks, the previewed plan, apply and rollback."""
