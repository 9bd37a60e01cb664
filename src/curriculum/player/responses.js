/* Learner responses in the forms the SCORM run-time data models define, and the compact
 * suspend_data that lets an attempt resume (same seed, same questions, same order).
 */
(function (root) {
  "use strict";

  const Q = root.CurriculumQuiz;
  const SUSPEND_VERSION = 1;

  const TYPES = {
    single_choice: "choice", multiple_choice: "choice", true_false: "true-false",
    fill_blank: "fill-in", numeric: "numeric", matching: "matching", ordering: "sequencing",
  };

  function oneLine(text, limit, v2004) {
    let out = String(text).replace(/\s+/g, " ").trim();
    if (v2004) out = out.replace(/\[[,.:]\]/g, " ").replace(/^\{/, "(");
    return out.slice(0, limit);
  }

  function decimal(value) {
    if (value === null) return null;
    const text = value.toFixed(7).replace(/\.?0+$/, "");
    return /^-?\d{1,10}(\.\d{1,7})?$/.test(text) ? text : null;
  }

  /** The interaction record for one answered question (SCORM 1.2 or 2004 formats). */
  function interaction(item, answer, result, version) {
    const v2004 = version === "2004";
    const list = v2004 ? "[,]" : ",";
    const pair = v2004 ? "[.]" : ".";
    let type = TYPES[item.type];
    let value;
    switch (item.type) {
      case "single_choice": value = answer; break;
      case "multiple_choice": value = answer.join(list); break;
      case "true_false": value = v2004 ? answer : answer.charAt(0); break;
      case "matching":
        value = Object.keys(answer).sort().map((k) => k + pair + answer[k]).join(list);
        break;
      case "ordering": value = answer.join(list); break;
      case "numeric": value = decimal(Q.parseNumber(answer)); break;
      case "fill_blank": value = oneLine(answer, v2004 ? 250 : 255, v2004); break;
      default:
        type = v2004 ? "long-fill-in" : "fill-in";
        value = oneLine(answer, v2004 ? 4000 : 255, v2004);
    }
    return { id: item.id, type, weighting: item.points, response: value, result };
  }

  /* ---- suspend_data ---- */

  /** The state as a JSON string of at most ``limit`` characters (long texts are cut). */
  function encode(state, fingerprint, limit) {
    const data = {
      v: SUSPEND_VERSION, f: fingerprint, s: state.seed, o: state.order, a: state.answers,
      n: state.seen.join(""), d: state.submitted ? 1 : 0, c: state.completed ? 1 : 0,
    };
    let text = JSON.stringify(data);
    while (text.length > limit) {
      const longest = longestText(data.a);
      if (!longest) break;
      const value = data.a[longest];
      data.a[longest] = value.slice(0, Math.max(0, value.length - (text.length - limit) - 1));
      text = JSON.stringify(data);
    }
    return text;
  }

  function longestText(answers) {
    let best = null;
    Object.keys(answers).forEach((key) => {
      const value = answers[key];
      if (typeof value === "string" && value.length > 0 &&
        (best === null || value.length > answers[best].length)) best = key;
    });
    return best;
  }

  /** The saved state, or null when absent, unreadable or from another package version. */
  function decode(text, fingerprint, quiz, stepCount) {
    let data;
    try {
      data = JSON.parse(text);
    } catch (err) {
      return null;
    }
    if (!data || data.v !== SUSPEND_VERSION || data.f !== fingerprint) return null;
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
    };
  }

  root.CurriculumResponses = { interaction, encode, decode };
})(window);
