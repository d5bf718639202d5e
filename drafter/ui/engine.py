"""The core's text layout, under the name drafter/ui/document.py imports it by."""

from __future__ import annotations

from drafter.core.textlayout import parse_unit_text, unit_to_text

__all__ = ["parse_unit_text", "unit_to_text"]
