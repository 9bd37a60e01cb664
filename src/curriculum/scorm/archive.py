"""Reproducible zip files: same entries in, same bytes out.

Entries are sorted by name, every entry carries the build timestamp (never
the clock), the same permissions (0644) and no extra fields, and the
compression level is fixed, so two builds of the same input are byte-identical.
"""

from __future__ import annotations

import zipfile
from collections.abc import Mapping
from datetime import UTC, datetime
from io import BytesIO

ZIP_EPOCH = datetime(1980, 1, 1)
FILE_MODE = 0o100644


def zip_bytes(entries: Mapping[str, bytes], timestamp: datetime) -> bytes:
    """Zip ``entries`` (archive path -> bytes) deterministically, dated ``timestamp``."""
    stamp = _zip_time(timestamp)
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in sorted(entries):
            archive.writestr(_entry(name, stamp), entries[name])
    return buffer.getvalue()


def _entry(name: str, stamp: tuple[int, int, int, int, int, int]) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = FILE_MODE << 16
    info.create_system = 3  # Unix, so that the permissions above are read as such
    return info


def _zip_time(timestamp: datetime) -> tuple[int, int, int, int, int, int]:
    """The timestamp as zip's local date-time, clamped to the format's 1980 floor."""
    if timestamp.tzinfo is not None:
        timestamp = timestamp.astimezone(UTC)
    naive = timestamp.replace(tzinfo=None)
    moment = max(naive, ZIP_EPOCH)
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
