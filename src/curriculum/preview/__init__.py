"""``curriculum serve``: a local live preview of the project (HTML, never PDF; nothing written).

``state`` keeps the last good version of every file and the current problems,
``pages`` renders the handouts' templates and the SCORM player as pages, ``app``
serves them on 127.0.0.1 and reloads the open page when a file is saved.
Starlette, uvicorn and watchfiles are imported only here, only by ``serve``.
"""
