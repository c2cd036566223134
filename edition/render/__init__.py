"""Outputs made from the TEI by XSLT: the web edition (html) and, later, the print edition."""
