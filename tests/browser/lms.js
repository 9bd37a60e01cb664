/* A minimal LMS for the browser tests: scorm-again's API on this window, the SCO in a frame.
 *
 * The tests call launch() with the SCORM version, the package's launch URL, what the
 * manifest says about mastery, and the data saved by an earlier session (or null). They read
 * the run-time data back with cmi(), and every API call is logged in window.lmsCalls.
 */
(function () {
  "use strict";

  window.lmsCalls = [];
  window.lmsEvents = { initialized: 0, finished: 0, commits: 0 };
  let api = null;

  /* What an LMS carries over into the next session of the same attempt. */
  const CARRIED = {
    "1.2": ["cmi.core.lesson_location", "cmi.core.lesson_status", "cmi.suspend_data",
      "cmi.core.score.raw", "cmi.core.score.min", "cmi.core.score.max"],
    "2004": ["cmi.location", "cmi.completion_status", "cmi.success_status",
      "cmi.suspend_data", "cmi.score.raw", "cmi.score.min", "cmi.score.max",
      "cmi.score.scaled"],
  };

  function log(name) {
    return function (element, value) {
      window.lmsCalls.push([name, element === undefined ? null : element,
        value === undefined ? null : value]);
    };
  }

  function initialValues(version, mastery, previous) {
    const data = {};
    if (version === "1.2") {
      data["cmi.core.student_id"] = "learner-1";
      data["cmi.core.student_name"] = "Learner, Test";
      if (mastery !== null) data["cmi.student_data.mastery_score"] = String(mastery);
    } else {
      data["cmi.learner_id"] = "learner-1";
      data["cmi.learner_name"] = "Test Learner";
      if (mastery !== null) data["cmi.scaled_passing_score"] = String(mastery);
    }
    if (previous) {
      CARRIED[version].forEach((key) => {
        if (previous[key] !== undefined && previous[key] !== "") data[key] = previous[key];
      });
      /* Objectives and interaction records stay with the attempt, as an LMS keeps them. */
      Object.keys(previous).filter((key) => /^cmi\.(objectives|interactions)\.\d+\./.test(key))
        .forEach((key) => { data[key] = previous[key]; });
      data[version === "1.2" ? "cmi.core.entry" : "cmi.entry"] = "resume";
    }
    return data;
  }

  window.launch = function (version, url, mastery, previous) {
    const settings = { autocommit: false, logLevel: 5, lmsCommitUrl: false };
    api = version === "1.2" ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
    api.loadFromFlattenedJSON(initialValues(version, mastery, previous), "");
    const names = version === "1.2"
      ? ["LMSInitialize", "LMSSetValue", "LMSCommit", "LMSFinish"]
      : ["Initialize", "SetValue", "Commit", "Terminate"];
    names.forEach((name) => api.on(name, log(name)));
    failable(api, version);
    api.on(names[0], () => { window.lmsEvents.initialized += 1; });
    api.on(names[2], () => { window.lmsEvents.commits += 1; });
    api.on(names[3], () => { window.lmsEvents.finished += 1; });
    delete window.API;
    delete window.API_1484_11;
    if (version === "1.2") window.API = api;
    else window.API_1484_11 = api;
    document.getElementById("sco").src = url;
  };

  /* A platform that refuses to save: tests set lmsFail.commit (Commit returns "false"),
   * lmsFail.setThrows (SetValue throws) or lmsFail.setRefuses (a regular expression: SetValue
   * returns "false" for the elements it matches), and clear them to let it recover. */
  window.lmsFail = { commit: false, setThrows: false, setRefuses: null };

  function failable(api, version) {
    const commit = version === "1.2" ? "LMSCommit" : "Commit";
    const set = version === "1.2" ? "LMSSetValue" : "SetValue";
    const realCommit = api[commit].bind(api);
    const realSet = api[set].bind(api);
    api[commit] = (arg) => (window.lmsFail.commit ? "false" : realCommit(arg));
    api[set] = (element, value) => {
      if (window.lmsFail.setThrows) throw new Error("the platform refused " + element);
      if (window.lmsFail.setRefuses && new RegExp(window.lmsFail.setRefuses).test(element)) {
        return "false";
      }
      return realSet(element, value);
    };
  }

  /* Leave the course: the frame unloads, and the SCO must commit and finish on its own. */
  window.unloadCourse = function () {
    document.getElementById("sco").src = "about:blank";
  };

  window.cmi = function () {
    return api ? api.getFlattenedCMI() : null;
  };
})();
