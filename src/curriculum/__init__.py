"""curriculum: author training modules as YAML; build handouts and platform packages."""

__version__ = "0.1.0"
