/* The player: steps (introduction, sections, knowledge check, results), navigation,
 * bookmarking, resume and reporting. Plain ES2017, no framework, no network.
 */
(function (root) {
  "use strict";

  const Q = root.CurriculumQuiz;
  const R = root.CurriculumResponses;
  const P = root.CurriculumProgress;
  const h = Q.h;

  const UI = {
    contents: "Contents", previous: "Previous", next: "Next", submit: "Submit answers",
    exit: "Save and exit", intro: "Introduction", results: "Results", finish: "Finish",
    question: (n, total) => "Question " + n + " of " + total,
    yourAnswer: "Your answer", true: "True", false: "False", choose: "Choose\u2026",
    notScoredNote: "Written answers are not scored automatically: a trainer reviews them.",
    orderingHelp: "Use the up and down buttons to put the entries in order.",
    moveUp: (t) => "Move \u201c" + t + "\u201d up",
    moveDown: (t) => "Move \u201c" + t + "\u201d down",
    moved: (t, p, n) => "\u201c" + t + "\u201d is now at position " + p + " of " + n + ".",
    answered: (a, n) => a + " of " + n + " questions answered.",
    lmsConnected: "Connected to your learning platform: your progress is saved.",
    lmsNone: "No learning platform was found, so this is a preview: your progress and " +
      "results are not recorded.",
    lmsError: "The learning platform did not accept the connection: your progress is not " +
      "being recorded.",
    passed: "Passed", failed: "Not passed",
    score: (p, m) => "Your score: " + p + "% (pass mark " + m + "%).",
    correct: "Correct", wrong: "Incorrect", unanswered: "Not answered",
    neutral: "Not scored: a trainer reviews this answer.",
    objectives: "Objectives", advisory: "Content advisory", sources: "Sources",
    selfCare: "Looking after yourself", handling: "Handling",
    closed: "Your progress is saved. You can close this window.",
    closedPreview: "This preview saves nothing. You can close this window.",
    notSubmitted: "Complete the knowledge check to see your result.",
    review: "Review your answers and the explanations",
    notANumber: "Enter a number, for example 12 or 3.5.",
    completedNoQuiz: "You have reached the end of this module.",
    progressIncomplete: "This learning platform cannot keep all of your answers if you leave " +
      "now (its storage is full): long written answers are shortened and the last answers " +
      "may be lost. Finish the knowledge check in this session to keep them all.",
  };

  const payload = root.CURRICULUM_PAYLOAD;
  const quiz = payload.quiz;
  const player = document.getElementById("player");
  const main = document.getElementById("main");
  const liveRegion = document.getElementById("announcer");
  const lms = root.CurriculumLms.connect(payload.scorm);
  const steps = buildStepList();
  const stepEls = {};
  let state = null;
  let current = 0;
  let finished = false;

  function buildStepList() {
    const list = [{ id: "intro", title: UI.intro }];
    payload.sections.forEach((s) => list.push({ id: "s:" + s.id, title: s.title, section: s }));
    if (quiz) list.push({ id: "quiz", title: quiz.title });
    list.push({ id: "end", title: quiz ? UI.results : UI.finish });
    return list;
  }

  /* ---- state and persistence ---- */

  function freshSeed() {
    const values = new Uint32Array(1);
    if (root.crypto && root.crypto.getRandomValues) root.crypto.getRandomValues(values);
    else values[0] = Math.floor(Math.random() * 4294967296);
    return values[0] || 1;
  }

  function loadState(resume) {
    const saved = resume.suspend ? P.decode(resume.suspend, payload.fingerprint, quiz,
      steps.length) : null;
    const fresh = { seed: freshSeed(), order: [], answers: {}, seen: steps.map(() => "0"),
      submitted: false, completed: false };
    const loaded = saved || fresh;
    if (quiz && !loaded.order.length) loaded.order = Q.selectItems(quiz, loaded.seed);
    return loaded;
  }

  function save(commit) {
    if (!lms.connected || finished) return;
    const saved = P.encode(state, payload.fingerprint, quiz, lms.suspendLimit);
    lms.saveProgress(steps[current].id, saved.text);
    if (!saved.complete) warnIncomplete();
    if (commit) lms.commit();
  }

  /* The platform cannot keep every answer: say so once, where the learner answers. */
  function warnIncomplete() {
    if (!stepEls.quiz || stepEls.quiz.querySelector("[data-progress-incomplete]")) return;
    const note = h("p", { class: "note", role: "status", "data-progress-incomplete": true },
      [UI.progressIncomplete]);
    stepEls.quiz.querySelector(".submit-row").before(note);
  }

  /* ---- rendering ---- */

  function announce(text) {
    liveRegion.textContent = "";
    root.setTimeout(() => { liveRegion.textContent = text; }, 50);
  }

  function stepContainer(step) {
    const el = h("section", { class: "step", "data-step": step.id, "aria-labelledby":
      "h-" + step.id, hidden: true });
    if (!step.section) el.append(h("h2", {}, [step.title]));
    main.append(el);
    stepEls[step.id] = el;
    return el;
  }

  function renderIntro(el) {
    if (payload.summary_html) el.append(Q.authored("div", { class: "summary" },
      payload.summary_html));
    if (payload.advisory_html) {
      el.append(h("aside", { class: "advisory", "aria-label": UI.advisory },
        [Q.authored("div", {}, payload.advisory_html)]));
    }
    if (payload.objectives.length) {
      el.append(h("h3", {}, [UI.objectives]),
        h("ul", {}, payload.objectives.map((text) => h("li", {}, [text]))));
    }
  }

  function renderSection(el, section) {
    el.setAttribute("data-section-id", section.id);
    if (section.scenario) el.setAttribute("data-scenario", "true");
    el.append(Q.authored("div", { class: "section-body" }, section.html));
    if (!el.querySelector("h2")) el.prepend(h("h2", {}, [section.title]));
  }

  /* The step's heading names the step and takes the focus when the learner moves to it. */
  function labelHeading(step) {
    const heading = stepEls[step.id].querySelector("h2");
    heading.id = "h-" + step.id;
    heading.setAttribute("tabindex", "-1");
  }

  function renderQuiz(el) {
    const ctx = { quiz, seed: state.seed, ui: UI, version: payload.scorm, announce };
    const total = state.order.length;
    const list = h("div", { class: "questions" });
    state.order.forEach((poolIndex, i) => {
      const item = quiz.items[poolIndex];
      const saved = state.answers[poolIndex];
      list.append(Q.render(ctx, item, i + 1, total, saved === undefined ? null : saved,
        () => onAnswer(poolIndex)));
    });
    const progress = h("p", { class: "progress", "data-answered": true, "aria-live": "polite" });
    const submit = h("button", { type: "button", class: "primary", "data-submit": true },
      [UI.submit]);
    submit.addEventListener("click", onSubmit);
    el.append(list, h("div", { class: "submit-row" }, [progress, submit]));
    updateProgress();
  }

  function renderEnd(el) {
    el.append(h("div", { class: "result", "data-result": "pending", "aria-live": "polite" },
      [quiz ? UI.notSubmitted : UI.completedNoQuiz]));
    if (payload.self_care_html) {
      el.append(h("aside", { class: "self-care", "aria-label": UI.selfCare },
        [Q.authored("div", {}, payload.self_care_html)]));
    }
    if (payload.sources.length) {
      el.append(h("h3", {}, [UI.sources]), h("ul", { class: "sources" },
        payload.sources.map(sourceEntry)));
    }
  }

  function sourceEntry(source) {
    const parts = [source.publisher, source.date].filter(Boolean).join(", ");
    const title = source.url ? h("a", { href: source.url, rel: "noopener noreferrer",
      target: "_blank" }, [source.title]) : h("cite", {}, [source.title]);
    return h("li", {}, parts ? [title, " (" + parts + ")"] : [title]);
  }

  function renderToc() {
    const toc = document.getElementById("toc");
    steps.forEach((step, i) => {
      const button = h("button", { type: "button", "data-goto": step.id }, [step.title]);
      button.addEventListener("click", () => go(i, true));
      toc.append(h("li", {}, [button]));
    });
  }

  /* ---- navigation ---- */

  function go(index, focus) {
    current = Math.max(0, Math.min(steps.length - 1, index));
    steps.forEach((step, i) => {
      stepEls[step.id].hidden = i !== current;
      const link = document.querySelector('[data-goto="' + step.id + '"]');
      if (i === current) link.setAttribute("aria-current", "step");
      else link.removeAttribute("aria-current");
    });
    state.seen[current] = "1";
    document.querySelector('[data-nav="prev"]').disabled = current === 0;
    document.querySelector('[data-nav="next"]').disabled = current === steps.length - 1;
    if (steps[current].id === "end" && !quiz && !state.completed) {
      state.completed = true;
      lms.complete();
    }
    save(true);
    if (focus) stepEls[steps[current].id].querySelector("h2").focus();
  }

  /* ---- the quiz ---- */

  function questionEl(poolIndex) {
    return stepEls.quiz.querySelector('[data-question-id="' + quiz.items[poolIndex].id + '"]');
  }

  function onAnswer(poolIndex) {
    if (state.submitted) return;
    const answer = Q.response(quiz.items[poolIndex], questionEl(poolIndex));
    if (answer === null) delete state.answers[poolIndex];
    else state.answers[poolIndex] = answer;
    updateProgress();
    save(false);
  }

  function updateProgress() {
    const answered = state.order.filter((i) => state.answers[i] !== undefined).length;
    stepEls.quiz.querySelector("[data-answered]").textContent =
      UI.answered(answered, state.order.length);
  }

  function evaluate() {
    let earned = 0;
    let possible = 0;
    const interactions = [];
    const results = state.order.map((poolIndex) => {
      const item = quiz.items[poolIndex];
      const answer = state.answers[poolIndex] === undefined ? null : state.answers[poolIndex];
      const result = Q.grade(quiz, item, answer);
      if (item.type !== "short_answer") possible += item.points;
      if (result === "correct") earned += item.points;
      if (answer !== null) interactions.push(R.interaction(item, answer, result, payload.scorm));
      return { poolIndex, answer, result };
    });
    const percent = possible ? Math.round((earned / possible) * 10000) / 100 : 100;
    const lmsMastery = lms.masteryPercent();
    const mastery = lmsMastery === null ? quiz.mastery : lmsMastery;
    return { percent, earned, possible, mastery, passed: percent >= mastery, interactions,
      results };
  }

  function onSubmit() {
    if (state.submitted) return;
    const outcome = evaluate();
    state.submitted = true;
    state.completed = true;
    if (lms.connected) lms.reportResult(outcome, outcome.interactions);
    showOutcome(outcome);
    save(true);
    go(steps.length - 1, true);
  }

  function showOutcome(outcome) {
    const box = stepEls.end.querySelector("[data-result]");
    box.setAttribute("data-result", outcome.passed ? "passed" : "failed");
    box.setAttribute("data-score", String(outcome.percent));
    box.textContent = "";
    const reviewButton = h("button", { type: "button", "data-review": true }, [UI.review]);
    reviewButton.addEventListener("click", () => go(steps.length - 2, true));
    box.append(h("p", { class: "verdict" }, [outcome.passed ? UI.passed : UI.failed]),
      h("p", {}, [UI.score(outcome.percent, outcome.mastery)]), h("p", {}, [reviewButton]));
    outcome.results.forEach(review);
    stepEls.quiz.querySelectorAll("input, select, textarea, [data-move], [data-submit]")
      .forEach((control) => { control.disabled = true; });
  }

  function review(entry) {
    const item = quiz.items[entry.poolIndex];
    const el = questionEl(entry.poolIndex);
    const label = entry.answer === null && entry.result !== "neutral" ? UI.unanswered
      : UI[entry.result];
    el.setAttribute("data-question-result", entry.result);
    const box = el.querySelector(".review");
    box.append(h("p", { class: "verdict " + entry.result }, [label]));
    const shown = Q.revealed(quiz, item);
    const chosen = Array.isArray(entry.answer) ? entry.answer : [entry.answer];
    chosen.forEach((id) => {
      if (shown.feedback && typeof id === "string" && shown.feedback[id]) {
        box.append(Q.authored("p", { class: "feedback" }, shown.feedback[id]));
      }
    });
    if (shown.feedback_html) box.append(Q.authored("div", { class: "feedback" },
      shown.feedback_html));
    if (shown.explanation_html) box.append(Q.authored("div", { class: "explanation" },
      shown.explanation_html));
  }

  /* ---- session end ---- */

  function finish() {
    if (finished) return;
    if (lms.connected) {
      save(false);
      lms.finish(!state.completed);
    }
    finished = true;
  }

  function exit() {
    finish();
    document.getElementById("lms-status").textContent = lms.connected ? UI.closed
      : UI.closedPreview;
    player.setAttribute("data-finished", "true");
  }

  /* ---- start ---- */

  function status() {
    const el = document.getElementById("lms-status");
    const kind = lms.connected ? "connected" : lms.found ? "error" : "none";
    el.setAttribute("data-lms-status", kind);
    el.textContent = kind === "connected" ? UI.lmsConnected : kind === "error" ? UI.lmsError
      : UI.lmsNone;
  }

  function start() {
    status();
    const resume = lms.connected ? lms.resumeData() : { location: "", suspend: "" };
    state = loadState(resume);
    renderToc();
    steps.forEach((step) => {
      const el = stepContainer(step);
      if (step.id === "intro") renderIntro(el);
      else if (step.section) renderSection(el, step.section);
      else if (step.id === "quiz") renderQuiz(el);
      else renderEnd(el);
      labelHeading(step);
    });
    document.querySelector('[data-nav="prev"]').addEventListener("click", () => go(current - 1,
      true));
    document.querySelector('[data-nav="next"]').addEventListener("click", () => go(current + 1,
      true));
    document.querySelector("[data-exit]").addEventListener("click", exit);
    if (quiz && state.submitted) showOutcome(evaluate());
    const bookmark = steps.findIndex((step) => step.id === resume.location);
    go(bookmark >= 0 ? bookmark : 0, false);
    player.setAttribute("data-ready", "true");
  }

  root.addEventListener("pagehide", finish);
  root.addEventListener("beforeunload", finish);
  start();
})(window);
