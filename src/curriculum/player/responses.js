/* Learner responses in the forms the SCORM run-time data models define (cmi.interactions);
 * the saved progress (suspend_data) is progress.js's job.
 */
(function (root) {
  "use strict";

  const Q = root.CurriculumQuiz;

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

  root.CurriculumResponses = { interaction };
})(window);
