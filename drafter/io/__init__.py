"""Adapters between files and the core: importers, the project store, Word writers."""
