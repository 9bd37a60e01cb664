"""SCORM 1.2 and SCORM 2004 4th edition packages: manifests, player payload, zip writing.

One zip per module. The exporter classes live in ``curriculum.exporters.scorm``;
this package holds the parts they assemble: ``manifest`` (imsmanifest.xml with
LOM metadata), ``payload`` (the JSON package turned into what the player needs,
with answers hashed and feedback obscured), ``player`` (the launch page and its
assets) and ``archive`` (reproducible zip bytes).
"""
