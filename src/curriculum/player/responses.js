/* Interaction records in the forms the SCORM run-time data models define (cmi.interactions);
 * the saved progress (suspend_data) is progress.js's job.
 *
 * Identifiers come from the build (payload item.lms, scorm/interactions.py): the record id
 * (\w only) and per option a code valid for the version (SCORM 1.2: one character 0-9 a-z;
 * 2004: [\w.]). Correct responses are written only for auto-graded questions, and only
 * from the revealed key, which the player decodes once the question has been graded.
 */
(function (root) {
  "use strict";

  const Q = root.CurriculumQuiz;

  const TYPES = {
    single_choice: "choice", multiple_choice: "choice", true_false: "true-false",
    fill_blank: "fill-in", numeric: "numeric", matching: "matching", ordering: "sequencing",
  };
  const MAX_FILL_PATTERNS = 10;
  /* 2004 real(10,7) within Moodle's CMIDecimal (at most 5 integer digits); 1.2 decimals. */
  const DECIMAL = { "1.2": /^-?\d{1,10}(\.\d{1,7})?$/, "2004": /^-?\d{1,5}(\.\d{1,7})?$/ };

  /* At most ``limit`` UTF-16 units, never cutting a character in two. */
  function cut(text, limit) {
    if (text.length <= limit) return text;
    let out = "";
    for (const char of text) {
      if (out.length + char.length > limit) break;
      out += char;
    }
    return out;
  }

  /* One line of text; for 2004 without the [,] [.] [:] delimiters and without a leading
   * "{" (which would start a {lang=} or {case_matters=} delimiter). */
  function oneLine(text, limit, v2004) {
    let out = String(text).replace(/\s+/g, " ").trim();
    if (v2004) out = out.replace(/\[[,.:]\]/g, " ").replace(/^\{/, "(");
    return cut(out, limit);
  }

  function decimal(value, version) {
    if (value === null || !Number.isFinite(value)) return null;
    let text = value.toFixed(7).replace(/\.?0+$/, "");
    if (text === "-0") text = "0";
    return DECIMAL[version].test(text) ? text : null;
  }

  /* Codes of ``ids`` in ``codes``; null when one has no code (1.2, more than 36 options). */
  function coded(ids, codes) {
    const out = ids.map((id) => codes[id]);
    return out.every((code) => code !== undefined) ? out : null;
  }

  function pairs(list, lms, f) {
    const out = [];
    for (const [left, right] of list) {
      const l = lms.lefts[left];
      const r = lms.rights[right];
      if (l === undefined || r === undefined) return null;
      out.push(l + f.pair + r);
    }
    return out.join(f.list);
  }

  function joined(ids, codes, f) {
    const out = coded(ids, codes);
    return out === null ? null : out.join(f.list);
  }

  function formats(version) {
    const v2004 = version === "2004";
    return { version, v2004, list: v2004 ? "[,]" : ",", pair: v2004 ? "[.]" : ".",
      text: v2004 ? 250 : 255 };
  }

  /** The learner's response in the version's format, or null when it cannot be written. */
  function learnerResponse(item, answer, f) {
    const lms = item.lms || {};
    switch (item.type) {
      case "single_choice": return joined([answer], lms.choices, f);
      case "multiple_choice": return joined(answer, lms.choices, f);
      case "ordering": return joined(answer, lms.choices, f);
      case "true_false": return f.v2004 ? answer : answer.charAt(0);
      case "matching":
        return pairs(item.lefts.filter((l) => answer[l.id]).map((l) => [l.id, answer[l.id]]),
          lms, f);
      case "numeric": return decimal(Q.parseNumber(answer), f.version);
      case "fill_blank": return oneLine(answer, f.text, f.v2004);
      default: return oneLine(answer, f.v2004 ? 4000 : 255, f.v2004);
    }
  }

  /** The correct response patterns (a list, maybe empty), from the revealed key. */
  function correctPatterns(item, correct, f) {
    if (correct === undefined || correct === null) return [];
    const lms = item.lms || {};
    let one = null;
    switch (item.type) {
      case "single_choice":
      case "multiple_choice":
      case "ordering": one = joined(correct, lms.choices, f); break;
      case "true_false": one = f.v2004 ? String(correct[0]) : (correct[0] ? "t" : "f"); break;
      case "matching": one = pairs(correct, lms, f); break;
      case "numeric": one = numericPattern(correct, f); break;
      case "fill_blank": return fillPatterns(correct, f);
      default: return [];
    }
    return one === null ? [] : [one];
  }

  /* 1.2 has one number (so only an exact answer); 2004 a range min[:]max. */
  function numericPattern(correct, f) {
    const low = decimal(correct.value - correct.tolerance, f.version);
    const high = decimal(correct.value + correct.tolerance, f.version);
    if (low === null || high === null) return null;
    if (!f.v2004) return correct.tolerance === 0 ? low : null;
    return low + "[:]" + high;
  }

  /* One pattern per accepted text; 2004 says the comparison ignores case. */
  function fillPatterns(accepted, f) {
    const prefix = f.v2004 ? "{case_matters=false}" : "";
    const seen = [];
    accepted.slice(0, MAX_FILL_PATTERNS).forEach((text) => {
      const pattern = prefix + oneLine(text, f.text - prefix.length, f.v2004);
      if (pattern !== prefix && seen.indexOf(pattern) < 0) seen.push(pattern);
    });
    return seen;
  }

  /** The question's stem as plain text for 2004's description (at most 250 characters;
   * a longer stem is cut and ends with an ellipsis). */
  function description(item) {
    const text = oneLine(Q.plainText(item.prompt_html), Infinity, true);
    return text.length <= 250 ? text : cut(text, 249).replace(/\s+$/, "") + "\u2026";
  }

  /** The interaction record for one answered question (SCORM 1.2 or 2004 formats).
   *
   * ``more``: ``attempt`` (its number ends the id), ``correct`` (the revealed key, for
   * graded questions), ``latency`` (milliseconds from showing the quiz to the first
   * answer in this session, or null when the answer was restored from a saved session).
   */
  function interaction(item, answer, result, version, more) {
    const f = formats(version);
    const lms = item.lms || {};
    const extra = more || {};
    const type = item.type === "short_answer" ? (f.v2004 ? "long-fill-in" : "fill-in")
      : TYPES[item.type];
    const record = {
      id: (lms.id || item.id) + "_a" + (extra.attempt || 1),
      type,
      weighting: item.points,
      response: learnerResponse(item, answer, f),
      result,
      correct: result === "neutral" ? [] : correctPatterns(item, extra.correct, f),
      objective: lms.objective || null,
      latency: typeof extra.latency === "number" ? extra.latency : null,
    };
    if (f.v2004) record.description = description(item);
    return record;
  }

  /** Per question, when the quiz was shown and when it was first answered (latency). */
  function timer() {
    let shownAt = null;
    const first = {};
    const unknown = {};
    return {
      shown() { if (shownAt === null) shownAt = Date.now(); },
      restored(poolIndex) { unknown[poolIndex] = true; },
      answered(poolIndex) {
        if (first[poolIndex] === undefined && !unknown[poolIndex]) first[poolIndex] = Date.now();
      },
      latency(poolIndex) {
        if (shownAt === null || first[poolIndex] === undefined) return null;
        return Math.max(0, first[poolIndex] - shownAt);
      },
      reset() {
        shownAt = null;
        Object.keys(first).forEach((k) => { delete first[k]; });
        Object.keys(unknown).forEach((k) => { delete unknown[k]; });
      },
    };
  }

  root.CurriculumResponses = { interaction, timer, decimal, description };
})(window);
