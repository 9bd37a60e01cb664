"""One module as a SCORM zip: package model -> payload -> player files + manifest + schemas."""

from __future__ import annotations

from datetime import datetime

from curriculum.loader import LoadedModule
from curriculum.models import CurriculumConfig
from curriculum.package import module_package_model
from curriculum.package_models import Package
from curriculum.scorm.archive import zip_bytes
from curriculum.scorm.interactions import MAP_FILE, map_json
from curriculum.scorm.lom import ManifestInfo
from curriculum.scorm.manifest import manifest_scorm12, manifest_scorm2004
from curriculum.scorm.payload import player_payload
from curriculum.scorm.player import content_files, schema_files

MANIFEST = "imsmanifest.xml"
VERSIONS = ("1.2", "2004")


def scorm_zip(
    config: CurriculumConfig, loaded: LoadedModule, created: datetime, scorm_version: str
) -> bytes:
    """The zip bytes for one module (``scorm_version`` is ``1.2`` or ``2004``).

    Deterministic: the same module, config and timestamp give the same bytes.

    Raises:
        ContentError: the module is TLP:RED (refused by the JSON package builder).
    """
    if scorm_version not in VERSIONS:
        raise ValueError(f"unknown SCORM version {scorm_version!r}")
    package = module_package_model(config, loaded, created)
    return package_zip(package, created, scorm_version)


def package_zip(package: Package, created: datetime, scorm_version: str) -> bytes:
    """The zip bytes for one module's package model (what :func:`scorm_zip` writes)."""
    payload = player_payload(package, scorm_version)
    files = {**content_files(payload), MAP_FILE: map_json(package, scorm_version)}
    info = manifest_info(package, tuple(files))
    build = manifest_scorm12 if scorm_version == "1.2" else manifest_scorm2004
    entries = {**schema_files(scorm_version), **files, MANIFEST: build(info)}
    return zip_bytes(entries, created)


def manifest_info(package: Package, files: tuple[str, ...]) -> ManifestInfo:
    """What the manifest says, taken from the module's package model."""
    manifest = package.manifest
    metadata = manifest.metadata
    assessments = package.assessments
    return ManifestInfo(
        identifier=manifest.identifier,
        version=manifest.version,
        title=manifest.title,
        description=metadata.description,
        language=manifest.language,
        keywords=tuple(metadata.keywords),
        duration=metadata.duration,
        handling=manifest.handling,
        mastery=assessments[0].mastery_score if assessments else None,
        files=files,
    )
