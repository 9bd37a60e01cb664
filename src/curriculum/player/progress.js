/* The learner's progress as suspend_data, compact enough for SCORM 1.2's 4,096 characters.
 *
 * Format 2 (docs/scorm.md): "2.<fingerprint>.<seed>.<bits>.<texts>"
 *   seed   the attempt's seed in base 36; the drawn questions and their order follow from it
 *   bits   base64url of one bit stream: submitted, completed, one bit per page seen, then one
 *          field per shown question in display order, its width fixed by the question:
 *            single choice   index+1 of the chosen option (authored order), 0 = unanswered
 *            true/false      0 unanswered, 1 true, 2 false
 *            multiple choice one bit per option
 *            matching        per left item: index+1 of the chosen right item, 0 = none
 *            ordering        answered bit, then the order's Lehmer code (digit i < n - i)
 *            typed answers   answered bit; the text goes to <texts>
 *          then the attempt number minus 1 (7 bits; attempts are at most 100), then, in
 *          practice mode only, one "checked" bit per shown question in display order
 *          (data written before these fields existed reads as attempt 1, nothing checked)
 *   texts  the typed answers in display order, "|" between them, "\" escaping "|", "\" and
 *          newlines
 * scorm/budget.py computes the same sizes at build time and warns at the quiz's draw line
 * when a pool may not fit. When the state does not fit, the longest typed answers are
 * shortened first (to 16 characters at least), then the answers of the last questions are
 * left out; encode() says so and the player tells the learner (never silently).
 */
(function (root) {
  "use strict";

  const Q = root.CurriculumQuiz;
  const VERSION = "2";
  const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const TEXT_TYPES = { fill_blank: 1, numeric: 1, short_answer: 1 };
  const TEXT_FLOOR = 16;
  const ATTEMPT_BITS = 7;
  const ATTEMPT_MAX = 2 ** ATTEMPT_BITS;

  function bitsFor(states) {
    let bits = 0;
    while ((2 ** bits) < states) bits++;
    return bits;
  }

  /* ---- bit stream ---- */

  function Writer() {
    this.bits = [];
  }
  Writer.prototype.put = function (value, width) {
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  };
  Writer.prototype.text = function () {
    let out = "";
    for (let i = 0; i < this.bits.length; i += 6) {
      let digit = 0;
      for (let j = 0; j < 6; j++) digit = digit * 2 + (this.bits[i + j] || 0);
      out += ALPHABET.charAt(digit);
    }
    return out.replace(/A+$/, ""); // trailing zero bits read back as zeros
  };

  function Reader(text) {
    this.bits = [];
    for (const char of text) {
      const digit = ALPHABET.indexOf(char);
      if (digit < 0) throw new Error("not base64url");
      for (let j = 5; j >= 0; j--) this.bits.push(Math.floor(digit / 2 ** j) % 2);
    }
    this.at = 0;
  }
  Reader.prototype.get = function (width) {
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 2 + (this.bits[this.at++] || 0);
    return value;
  };

  /* ---- one question's field ---- */

  function put(w, item, answer, texts) {
    switch (item.type) {
      case "single_choice": {
        const index = answer === null ? -1 : item.choices.findIndex((c) => c.id === answer);
        w.put(index + 1, bitsFor(item.choices.length + 1));
        break;
      }
      case "true_false":
        w.put(answer === "true" ? 1 : answer === "false" ? 2 : 0, 2);
        break;
      case "multiple_choice":
        item.choices.forEach((c) => w.put(answer !== null && answer.indexOf(c.id) >= 0 ? 1 : 0,
          1));
        break;
      case "matching":
        item.lefts.forEach((left) => {
          const right = answer === null ? undefined : answer[left.id];
          w.put(item.rights.findIndex((r) => r.id === right) + 1, bitsFor(item.rights.length + 1));
        });
        break;
      case "ordering":
        w.put(answer === null ? 0 : 1, 1);
        if (answer !== null) lehmer(item, answer).forEach((d, i) =>
          w.put(d, bitsFor(item.choices.length - i)));
        break;
      default:
        w.put(answer === null ? 0 : 1, 1);
        if (answer !== null) texts.push(String(answer));
    }
  }

  function lehmer(item, order) {
    const left = item.choices.map((c) => c.id);
    return order.map((id) => {
      const index = Math.max(0, left.indexOf(id));
      left.splice(index, 1);
      return index;
    });
  }

  function get(r, item, texts) {
    switch (item.type) {
      case "single_choice": {
        const index = r.get(bitsFor(item.choices.length + 1)) - 1;
        return index >= 0 && index < item.choices.length ? item.choices[index].id : null;
      }
      case "true_false":
        return [null, "true", "false", null][r.get(2)];
      case "multiple_choice": {
        const ids = item.choices.filter(() => r.get(1) === 1).map((c) => c.id);
        return ids.length ? ids.sort() : null;
      }
      case "matching": {
        const pairs = {};
        item.lefts.forEach((left) => {
          const index = r.get(bitsFor(item.rights.length + 1)) - 1;
          if (index >= 0 && index < item.rights.length) pairs[left.id] = item.rights[index].id;
        });
        return Object.keys(pairs).length ? pairs : null;
      }
      case "ordering": {
        if (r.get(1) !== 1) return null;
        const left = item.choices.map((c) => c.id);
        const order = item.choices.map((_, i) => {
          const index = Math.min(r.get(bitsFor(item.choices.length - i)), left.length - 1);
          return left.splice(index, 1)[0];
        });
        return order;
      }
      default: {
        if (r.get(1) !== 1) return null;
        const text = texts.shift();
        return text ? text : null; // a text cut off by the limit is not an answer
      }
    }
  }

  /* ---- texts ---- */

  function joinTexts(texts) {
    return texts.map((t) => t.replace(/\\/g, "\\\\").replace(/\|/g, "\\|")
      .replace(/\n/g, "\\n")).join("|");
  }

  function splitTexts(text) {
    const out = [""];
    for (let i = 0; i < text.length; i++) {
      const char = text.charAt(i);
      if (char === "|") out.push("");
      else if (char === "\\") {
        const next = text.charAt(++i);
        out[out.length - 1] += next === "n" ? "\n" : next;
      } else out[out.length - 1] += char;
    }
    return text ? out : [];
  }

  /* ---- the whole state ---- */

  function parts(state, fingerprint, quiz) {
    const w = new Writer();
    w.put(state.submitted ? 1 : 0, 1);
    w.put(state.completed ? 1 : 0, 1);
    state.seen.forEach((flag) => w.put(flag === "1" ? 1 : 0, 1));
    const texts = [];
    if (quiz) state.order.forEach((poolIndex) => {
      const answer = state.answers[poolIndex];
      put(w, quiz.items[poolIndex], answer === undefined ? null : answer, texts);
    });
    w.put(Math.min(Math.max(state.attempt || 1, 1), ATTEMPT_MAX) - 1, ATTEMPT_BITS);
    if (quiz && quiz.mode === "practice") state.order.forEach((poolIndex) =>
      w.put((state.checked || []).indexOf(poolIndex) >= 0 ? 1 : 0, 1));
    const head = [VERSION, fingerprint, (state.seed >>> 0).toString(36), w.text()].join(".");
    return { head, texts };
  }

  /** ``{text, complete}``: suspend_data of at most ``limit`` characters, and whether it holds
   * every answer in full. */
  function encode(state, fingerprint, quiz, limit) {
    let saved = shortened(parts(state, fingerprint, quiz), limit);
    if (saved.text.length <= limit) return saved;
    let low = 0; // the answers of the first ``low`` questions fit
    let high = state.order.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      const attempt = shortened(parts(keepFirst(state, middle), fingerprint, quiz), limit);
      if (attempt.text.length <= limit) low = middle;
      else high = middle - 1;
    }
    saved = shortened(parts(keepFirst(state, low), fingerprint, quiz), limit);
    return { text: saved.text.slice(0, limit), complete: false };
  }

  /* The longest typed answers shortened first (never below TEXT_FLOOR characters). */
  function shortened(encoded, limit) {
    const { head, texts } = encoded;
    let text = head + "." + joinTexts(texts);
    let complete = true;
    while (text.length > limit) {
      const longest = texts.reduce((best, t, i) => (t.length > TEXT_FLOOR &&
        (best < 0 || t.length > texts[best].length) ? i : best), -1);
      if (longest < 0) break;
      const cut = Math.max(TEXT_FLOOR, texts[longest].length - (text.length - limit));
      texts[longest] = texts[longest].slice(0, cut);
      text = head + "." + joinTexts(texts);
      complete = false;
    }
    return { text, complete };
  }

  function keepFirst(state, count) {
    const answers = {};
    state.order.slice(0, count).forEach((i) => {
      if (state.answers[i] !== undefined) answers[i] = state.answers[i];
    });
    return Object.assign({}, state, { answers });
  }

  /** The saved state, or null when absent, unreadable or from another package version. */
  function decode(text, fingerprint, quiz, stepCount) {
    if (String(text).charAt(0) === "{") return decodeV1(text, fingerprint, quiz, stepCount);
    const fields = String(text).split(".");
    if (fields.length < 4 || fields[0] !== VERSION || fields[1] !== fingerprint) return null;
    const seed = parseInt(fields[2], 36);
    if (!/^[0-9a-z]{1,7}$/.test(fields[2]) || !(seed > 0) || seed > 0xffffffff) return null;
    let r;
    try {
      r = new Reader(fields[3]);
    } catch (err) {
      return null;
    }
    const texts = splitTexts(fields.slice(4).join("."));
    const submitted = r.get(1) === 1;
    const completed = r.get(1) === 1;
    const seen = [];
    for (let i = 0; i < stepCount; i++) seen.push(r.get(1) ? "1" : "0");
    const order = quiz ? Q.selectItems(quiz, seed) : [];
    const answers = {};
    order.forEach((poolIndex) => {
      const answer = get(r, quiz.items[poolIndex], texts);
      if (answer !== null) answers[poolIndex] = answer;
    });
    const attempt = r.get(ATTEMPT_BITS) + 1;
    const checked = quiz && quiz.mode === "practice" ? order.filter(() => r.get(1) === 1) : [];
    return { seed, order, answers, seen, submitted, completed, attempt, checked };
  }

  /* Format 1 (JSON), written by earlier players: still read, so an attempt in progress
   * survives an update of the player. */
  function decodeV1(text, fingerprint, quiz, stepCount) {
    let data;
    try {
      data = JSON.parse(text);
    } catch (err) {
      return null;
    }
    if (!data || data.v !== 1 || data.f !== fingerprint) return null;
    const poolSize = quiz ? quiz.items.length : 0;
    const order = Array.isArray(data.o) ? data.o.filter((i) => Number.isInteger(i) &&
      i >= 0 && i < poolSize) : [];
    const seen = String(data.n || "").split("").slice(0, stepCount);
    while (seen.length < stepCount) seen.push("0");
    return {
      seed: Number.isInteger(data.s) ? data.s >>> 0 : 1,
      order,
      answers: data.a && typeof data.a === "object" ? data.a : {},
      seen,
      submitted: data.d === 1,
      completed: data.c === 1,
      attempt: 1,
      checked: [],
    };
  }

  root.CurriculumProgress = { encode, decode, bitsFor };
})(window);
