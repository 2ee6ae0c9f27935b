"""Azure Policy: the built-in Guest Attestation initiative — is it assigned, does it work, and assigning it."""
