"""Registers of the edition (persons; later places and organisations): load, and find mentions."""
