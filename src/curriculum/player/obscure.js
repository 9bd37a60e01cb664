/* Answer checking without answers in clear text: the mirror of curriculum/scorm/obscure.py.
 *
 * SHA-256 is implemented here (not crypto.subtle) because crypto.subtle exists only in
 * secure contexts, and many learning platforms serve content over plain http.
 * This OBSCURES answers, it does not secure them: see docs/scorm.md.
 */
(function (root) {
  "use strict";

  const K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
  ]);
  const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
    0x1f83d9ab, 0x5be0cd19];

  function rotr(x, n) {
    return (x >>> n) | (x << (32 - n));
  }

  function pad(bytes) {
    const length = bytes.length;
    const padded = new Uint8Array(((length + 72) >> 6) << 6);
    padded.set(bytes);
    padded[length] = 0x80;
    const view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
    view.setUint32(padded.length - 4, (length << 3) >>> 0);
    return view;
  }

  function compress(H, W, view, offset) {
    for (let i = 0; i < 16; i++) W[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = W[i - 15];
      const b = W[i - 2];
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      W[i] = (W[i - 16] + s0 + W[i - 7] + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, h] = H;
    for (let i = 0; i < 64; i++) {
      const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] +
        W[i]) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      h = g; g = f; f = e; e = (d + t1) >>> 0;
      d = c; c = b; b = a; a = (t1 + t2) >>> 0;
    }
    [a, b, c, d, e, f, g, h].forEach((v, i) => { H[i] = (H[i] + v) >>> 0; });
  }

  /** SHA-256 of a Uint8Array, as a Uint8Array of 32 bytes. */
  function sha256(bytes) {
    const view = pad(bytes);
    const H = H0.slice();
    const W = new Uint32Array(64);
    for (let offset = 0; offset < view.byteLength; offset += 64) compress(H, W, view, offset);
    const out = new Uint8Array(32);
    const outView = new DataView(out.buffer);
    H.forEach((v, i) => outView.setUint32(i * 4, v));
    return out;
  }

  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  function hex(bytes) {
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  /** Hex SHA-256 of "salt|itemId|canonical": compared with the hashes in the payload. */
  function responseHash(salt, itemId, canonical) {
    return hex(sha256(encoder.encode(salt + "|" + itemId + "|" + canonical)));
  }

  function keystream(salt, itemId, length) {
    const out = new Uint8Array(Math.ceil(length / 32) * 32);
    for (let counter = 0; counter * 32 < length; counter++) {
      out.set(sha256(encoder.encode(salt + "|" + itemId + "|reveal|" + counter)), counter * 32);
    }
    return out;
  }

  /** The clear text of an obscured blob (base64 of UTF-8 XOR keystream). */
  function revealText(salt, itemId, blob) {
    const binary = atob(blob);
    const data = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    const stream = keystream(salt, itemId, data.length);
    return decoder.decode(data.map((b, i) => b ^ stream[i]));
  }

  /** Case- and space-insensitive form of a typed answer (same steps as the Python side). */
  function normaliseText(text) {
    const lowered = String(text).toLowerCase().normalize("NFC").replace(/\u03c2/g, "\u03c3");
    return lowered.split(/\s+/).filter(Boolean).join(" ");
  }

  root.CurriculumObscure = { sha256, responseHash, revealText, normaliseText, hex };
})(window);
