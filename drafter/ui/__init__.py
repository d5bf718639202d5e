"""The desktop application (the only package that imports PySide6)."""

import sys


def _guard_pyside_none_refcount() -> None:
    """Survive PySide6 6.12.0's None reference leak on Python 3.11 if it is installed anyway.

    PySide6 6.12.0 returns None from every void method without taking a reference: on Python
    3.11 (where None is not yet immortal, PEP 683) None's count falls by one per call and the
    process aborts with "none_dealloc" after some thousands of calls (typing a page is enough).
    pyproject.toml excludes 6.12; this covers an environment that has it regardless.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    from importlib import metadata

    try:
        version = metadata.version("PySide6-Essentials")
    except metadata.PackageNotFoundError:
        try:
            version = metadata.version("PySide6")
        except metadata.PackageNotFoundError:
            return
    if version.startswith("6.12."):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_guard_pyside_none_refcount()
