"""Translated modules: their text units, structure checks, XLIFF 2.0 exchange and stamps.

A translated module is a whole module (it builds like any other) with a ``translation``
block naming the module it translates and, per text unit, a hash of the source text it
was made from. See docs/translations.md.
"""
