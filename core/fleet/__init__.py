"""Fleet mode: every VM of a tenant at once — scan, shared causes, one plan, parallel apply, report."""
