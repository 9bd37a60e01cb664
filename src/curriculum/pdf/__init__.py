"""PDF handouts: view models, HTML assembly, a safe URL fetcher, a render pool and a cache.

Only this package and ``curriculum.exporters.pdf`` import WeasyPrint, and only
inside functions, so ``curriculum --help``, ``validate`` and non-PDF builds never
pay its 0.4 s import or need Pango.
"""
