"""Drafting styles: render operations into a jurisdiction's amending formulae."""
