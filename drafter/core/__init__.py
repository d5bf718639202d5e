"""Domain model and pure functions: acts, units, addresses, drafts, operations (no Qt, no I/O)."""
