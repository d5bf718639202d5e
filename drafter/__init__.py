"""Drafter: compose amendments to legislation, offline."""

__version__ = "0.1.0"
