"""Bundled resources: the sample draft, the Word template, icons, translations."""
