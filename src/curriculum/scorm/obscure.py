"""Keeping answers out of clear text in a SCORM zip (``player/obscure.js`` is the mirror).

This OBSCURES, it does not secure: the player must grade in the browser, so
everything it needs is in the zip, and a determined learner with the browser's
developer tools can recover it (short answer sets can be brute-forced against
the hashes in seconds). What it prevents is reading answers by unzipping the
package or viewing the page source. A platform that needs real security grades
on its server from the JSON package.

- A correct response is stored only as ``sha256(salt | item id | canonical response)``.
- Text that would reveal answers (explanations, feedback, numeric ranges) is
  XORed with a SHA-256 keystream derived from the salt and the item id, then
  base64-encoded.

Both functions must give exactly what the JavaScript computes: change them
together, and the browser tests will tell.
"""

from __future__ import annotations

import base64
import hashlib
import unicodedata


def response_hash(salt: str, item_id: str, canonical: str) -> str:
    """Hex SHA-256 of ``salt|item_id|canonical`` (UTF-8)."""
    return hashlib.sha256(f"{salt}|{item_id}|{canonical}".encode()).hexdigest()


def obscure_text(salt: str, item_id: str, text: str) -> str:
    """``text`` XORed with the item's keystream, base64 (standard alphabet, padded)."""
    data = text.encode("utf-8")
    stream = keystream(salt, item_id, len(data))
    return base64.b64encode(bytes(a ^ b for a, b in zip(data, stream, strict=True))).decode()


def reveal_text(salt: str, item_id: str, blob: str) -> str:
    """The inverse of :func:`obscure_text` (tests use it to check the round trip)."""
    data = base64.b64decode(blob)
    stream = keystream(salt, item_id, len(data))
    return bytes(a ^ b for a, b in zip(data, stream, strict=True)).decode("utf-8")


def keystream(salt: str, item_id: str, length: int) -> bytes:
    """Blocks ``sha256(salt|item_id|reveal|<counter>)`` concatenated, cut to ``length``."""
    blocks = []
    for counter in range((length + 31) // 32):
        blocks.append(hashlib.sha256(f"{salt}|{item_id}|reveal|{counter}".encode()).digest())
    return b"".join(blocks)[:length]


def normalise_text(text: str) -> str:
    """Case- and space-insensitive form of a typed answer (same steps as the player).

    Lower case, NFC, final sigma folded to sigma (JavaScript lower-cases it by
    context, Python does not), white space trimmed and collapsed.
    """
    lowered = unicodedata.normalize("NFC", text.lower()).replace("\u03c2", "\u03c3")
    return " ".join(lowered.split())
