"""The desktop application (the only package that imports PySide6)."""

import sys

if sys.version_info < (3, 12) and sys.implementation.name == "cpython":  # pragma: no branch
    # PySide6 6.12 returns None from every void method without taking a reference: on
    # Python 3.11 (where None is not yet immortal, PEP 683) None's count falls by one per call
    # and the process aborts with "none_dealloc" after some thousands of calls (typing a page
    # is enough). Raising None's reference count once makes it as immortal as 3.12 does.
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
