"""Browser tests of the web edition (a package, so that its conftest does not shadow tests/conftest.py)."""
