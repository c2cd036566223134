"""Validation of TEI files: our RELAX NG customisation, our Schematron rules, and optionally the
official tei_all schema; problems located by file, line and column."""
