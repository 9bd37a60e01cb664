/* The LMS run-time API: found the standard way, wrapped in one small interface.
 *
 * Discovery follows ADL's algorithm: look for window.API (SCORM 1.2) or
 * window.API_1484_11 (SCORM 2004) in this window and its parents, then in the
 * opener and its parents. Without an API the player runs as a standalone preview
 * and this module records nothing.
 */
(function (root) {
  "use strict";

  const MAX_PARENTS = 500;

  function scan(win, name) {
    let tries = 0;
    try {
      while (win && !win[name] && win.parent && win.parent !== win && tries < MAX_PARENTS) {
        tries += 1;
        win = win.parent;
      }
      return win && win[name] ? win[name] : null;
    } catch (err) {
      return null; // a cross-origin frame: stop here
    }
  }

  function findApi(name) {
    let api = scan(root, name);
    try {
      if (!api && root.opener) api = scan(root.opener, name);
      if (!api && root.top && root.top.opener) api = scan(root.top.opener, name);
    } catch (err) {
      api = null;
    }
    return api;
  }

  function pad(n, width) {
    return String(n).padStart(width, "0");
  }

  /* Interaction times are UTC: 2004's timestamp says so with "Z" (after the fraction of a
   * second, which the data model requires before a zone); 1.2's time has no zone field. */
  function utcClock(date) {
    return pad(date.getUTCHours(), 2) + ":" + pad(date.getUTCMinutes(), 2) + ":" +
      pad(date.getUTCSeconds(), 2);
  }

  function utcStamp(date) {
    return date.getUTCFullYear() + "-" + pad(date.getUTCMonth() + 1, 2) + "-" +
      pad(date.getUTCDate(), 2) + "T" + utcClock(date) + "." +
      pad(Math.floor(date.getUTCMilliseconds() / 10), 2) + "Z";
  }

  function split(ms) {
    const total = Math.max(0, Math.round(ms / 1000));
    return [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  }

  /* Version-specific element names, vocabularies and formats. */
  const VERSIONS = {
    "1.2": {
      apiName: "API",
      calls: { init: "LMSInitialize", get: "LMSGetValue", set: "LMSSetValue",
        commit: "LMSCommit", finish: "LMSFinish", error: "LMSGetLastError" },
      location: "cmi.core.lesson_location",
      suspend: "cmi.suspend_data",
      entry: "cmi.core.entry",
      exit: "cmi.core.exit",
      sessionTime: "cmi.core.session_time",
      /* LMSs compare cmi.core.score.raw with the mastery score (0-100): report percent. */
      score(set, outcome) {
        set("cmi.core.score.raw", outcome.percent);
        set("cmi.core.score.min", 0);
        set("cmi.core.score.max", 100);
      },
      interactions: "cmi.interactions",
      response: "student_response",
      wrong: "wrong",
      suspendLimit: 4096,
      exitNormal: "",
      sessionValue(ms) {
        const [h, m, s] = split(ms);
        return pad(Math.min(h, 9999), 2) + ":" + pad(m, 2) + ":" + pad(s, 2);
      },
      stamp(el, date) { return [[el + ".time", utcClock(date)]]; },
      latency(ms) { return this.sessionValue(ms); },
      description: false,
      mastery(get) {
        const value = parseFloat(get("cmi.student_data.mastery_score"));
        return Number.isFinite(value) ? value : null;
      },
      start(get, set) {
        const status = get("cmi.core.lesson_status");
        if (status === "not attempted" || status === "") set("cmi.core.lesson_status", "incomplete");
      },
      finishedStatus(get) {
        return ["passed", "failed", "completed"].indexOf(get("cmi.core.lesson_status")) >= 0;
      },
      complete(set) { set("cmi.core.lesson_status", "completed"); },
      result(set, percent, passed) {
        set("cmi.core.lesson_status", passed ? "passed" : "failed");
      },
      objective(set, el, o) {
        set(el + ".score.raw", o.percent);
        set(el + ".score.min", 0);
        set(el + ".score.max", 100);
        set(el + ".status", o.passed ? "passed" : "failed");
      },
    },
    "2004": {
      apiName: "API_1484_11",
      calls: { init: "Initialize", get: "GetValue", set: "SetValue", commit: "Commit",
        finish: "Terminate", error: "GetLastError" },
      location: "cmi.location",
      suspend: "cmi.suspend_data",
      entry: "cmi.entry",
      exit: "cmi.exit",
      sessionTime: "cmi.session_time",
      /* Points as raw, min and max; the 0-1 scaled score is what the LMS compares. */
      score(set, outcome) {
        set("cmi.score.raw", outcome.earned);
        set("cmi.score.min", 0);
        set("cmi.score.max", outcome.possible);
        set("cmi.score.scaled", String(Math.round(outcome.percent * 100) / 10000));
      },
      interactions: "cmi.interactions",
      response: "learner_response",
      wrong: "incorrect",
      suspendLimit: 64000,
      exitNormal: "normal",
      sessionValue(ms) {
        const [h, m, s] = split(ms);
        return "PT" + h + "H" + m + "M" + s + "S";
      },
      stamp(el, date) { return [[el + ".timestamp", utcStamp(date)]]; },
      latency(ms) { return this.sessionValue(ms); },
      description: true,
      mastery(get) {
        const value = parseFloat(get("cmi.scaled_passing_score"));
        return Number.isFinite(value) ? value * 100 : null;
      },
      start(get, set) {
        const status = get("cmi.completion_status");
        if (status === "not attempted" || status === "unknown" || status === "") {
          set("cmi.completion_status", "incomplete");
        }
      },
      finishedStatus(get) { return get("cmi.completion_status") === "completed"; },
      complete(set) { set("cmi.completion_status", "completed"); },
      result(set, percent, passed) {
        set("cmi.completion_status", "completed");
        set("cmi.success_status", passed ? "passed" : "failed");
      },
      objective(set, el, o) {
        set(el + ".score.raw", o.earned);
        set(el + ".score.min", 0);
        set(el + ".score.max", o.possible);
        set(el + ".score.scaled", String(Math.round(o.percent * 100) / 10000));
        set(el + ".success_status", o.passed ? "passed" : "failed");
        set(el + ".completion_status", "completed");
      },
    },
  };

  /** Connect to the LMS for SCORM ``version`` ("1.2" or "2004").
   *
   * Every call is checked: a "false" return or an exception counts as a failure, and the
   * methods that save (saveProgress, commit, reportResult, finish) return whether every call
   * they made succeeded, so the player can tell the learner instead of failing silently.
   */
  function connect(version) {
    const v = VERSIONS[version];
    const api = findApi(v.apiName);
    const started = Date.now();
    let open = false;
    const call = (name, ...args) => {
      try {
        return String(api[v.calls[name]](...args));
      } catch (err) {
        return "false";
      }
    };
    const get = (el) => (open ? call("get", el) : "");
    let failures = 0;
    const set = (el, value) => {
      if (!open) return false;
      const ok = call("set", el, String(value)) === "true";
      if (!ok) failures += 1;
      return ok;
    };
    /* Runs ``job`` and says whether none of its SetValue calls failed. */
    const clean = (job) => {
      const before = failures;
      job();
      return failures === before;
    };
    const commit = () => (open ? call("commit", "") === "true" : false);
    if (api) open = call("init", "") === "true";
    if (open) v.start(get, set);
    return {
      version,
      found: Boolean(api),
      connected: open,
      suspendLimit: v.suspendLimit,
      errorCode: () => (api ? call("error") : ""),
      resumeData() {
        return { location: get(v.location), suspend: get(v.suspend), entry: get(v.entry) };
      },
      masteryPercent: () => (open ? v.mastery(get) : null),
      alreadyFinished: () => (open ? v.finishedStatus(get) : false),
      saveProgress: (location, suspend) => clean(() => {
        set(v.location, location);
        set(v.suspend, suspend);
      }),
      commit,
      complete: () => clean(() => v.complete(set)),
      reportResult: (outcome, interactions) => clean(() => {
        v.score(set, outcome);
        v.result(set, outcome.percent, outcome.passed);
        writeObjectives(v, get, set, outcome.objectives || []);
        writeInteractions(v, get, set, outcome, interactions);
      }),
      finish(suspended) {
        if (!open) return false;
        const ok = clean(() => {
          set(v.exit, suspended ? "suspend" : v.exitNormal);
          set(v.sessionTime, v.sessionValue(Date.now() - started));
        });
        const committed = commit();
        const ended = call("finish", "") === "true";
        open = false;
        return ok && committed && ended;
      },
    };
  }

  /* One cmi.objectives record per objective the questions assess: found again by its id
   * (so a later attempt updates it), else appended. */
  function writeObjectives(v, get, set, objectives) {
    const count = parseInt(get("cmi.objectives._count"), 10);
    const known = [];
    for (let i = 0; i < (Number.isFinite(count) ? count : 0); i++) {
      known.push(get("cmi.objectives." + i + ".id"));
    }
    objectives.forEach((objective) => {
      const id = objective.lms || objective.id;
      let n = known.indexOf(id);
      if (n < 0) {
        n = known.length;
        known.push(id);
      }
      const el = "cmi.objectives." + n;
      set(el + ".id", id);
      v.objective(set, el, objective);
    });
  }

  /* One cmi.interactions record per answered question (responses.js builds them), after
   * the records already there. Where the attempt's records start is kept on the outcome, so
   * that re-sending an outcome the LMS refused overwrites its records instead of appending
   * them twice. */
  function writeInteractions(v, get, set, outcome, interactions) {
    if (outcome.interactionBase === undefined) {
      const count = parseInt(get(v.interactions + "._count"), 10);
      outcome.interactionBase = Number.isFinite(count) ? count : 0;
    }
    const now = new Date();
    interactions.forEach((record, i) => {
      interactionFields(v, v.interactions + "." + (outcome.interactionBase + i), record, now)
        .forEach(([name, value]) => set(name, value));
    });
  }

  /* The fields of one record, in an order every LMS accepts (id, then type, then the rest). */
  function interactionFields(v, el, record, now) {
    const fields = [[el + ".id", record.id], [el + ".type", record.type]];
    if (record.objective) fields.push([el + ".objectives.0.id", record.objective]);
    v.stamp(el, now).forEach((field) => fields.push(field));
    fields.push([el + ".weighting", record.weighting]);
    if (record.response !== null) fields.push([el + "." + v.response, record.response]);
    record.correct.forEach((pattern, k) => {
      fields.push([el + ".correct_responses." + k + ".pattern", pattern]);
    });
    fields.push([el + ".result", record.result === "wrong" ? v.wrong : record.result]);
    if (record.latency !== null) fields.push([el + ".latency", v.latency(record.latency)]);
    if (v.description && record.description) {
      fields.push([el + ".description", record.description]);
    }
    return fields;
  }

  root.CurriculumLms = { connect, findApi };
})(window);
