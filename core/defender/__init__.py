"""Microsoft Defender for Cloud: what its assessments and the Defender for Servers plan say about a VM."""
