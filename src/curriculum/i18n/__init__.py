"""Languages and interface text: every rule about a module's language lives in this package.

``languages`` answers "which direction, which script, how are numbers and dates
written"; ``catalogues`` holds the words the tool itself adds to outputs.
"""
