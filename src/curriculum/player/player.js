/* The player: steps (cover, sections, knowledge check, results), navigation, bookmarking,
 * resume, saving that says when it fails, attempts and reporting. Plain ES2017, no
 * framework, no network. Texts come from strings.js.
 */
(function (root) {
  "use strict";

  const Q = root.CurriculumQuiz;
  const R = root.CurriculumResponses;
  const P = root.CurriculumProgress;
  const V = root.CurriculumResults;
  const UI = root.CurriculumStrings;
  const h = Q.h;

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
  let unreported = null; // an outcome the LMS has not accepted yet
  const timer = R.timer(); // latency: when the quiz was shown, when each was first answered

  function buildStepList() {
    const list = [{ id: "intro", title: UI.intro }];
    payload.sections.forEach((s) => list.push({ id: "s:" + s.id, title: s.title, section: s }));
    if (quiz) list.push({ id: "quiz", title: quiz.title });
    list.push({ id: "end", title: quiz ? UI.results : UI.finish });
    return list;
  }

  function stepIndex(id) {
    return steps.findIndex((step) => step.id === id);
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
      submitted: false, completed: false, attempt: 1, checked: [] };
    const loaded = saved || fresh;
    if (quiz && !loaded.order.length) loaded.order = Q.selectItems(quiz, loaded.seed);
    return loaded;
  }

  /* Saves the bookmark and progress (and commits): a failure shows a lasting banner. */
  function save(commit) {
    if (!lms.connected || finished) return true;
    let ok = true;
    if (unreported) ok = lms.reportResult(unreported, unreported.interactions);
    if (ok) unreported = null;
    const stored = P.encode(state, payload.fingerprint, quiz, lms.suspendLimit);
    ok = lms.saveProgress(steps[current].id, stored.text) && ok;
    if (!stored.complete) warnIncomplete();
    if (commit || !ok || saveProblemShown()) ok = lms.commit() && ok;
    showSaveProblem(!ok);
    return ok;
  }

  function saveProblemShown() {
    return !document.getElementById("save-problem").hidden;
  }

  function showSaveProblem(failed) {
    const banner = document.getElementById("save-problem");
    if (failed === !banner.hidden) return;
    banner.hidden = !failed;
    player.setAttribute("data-save-failed", failed ? "true" : "false");
    if (!failed) announce(UI.saveRecovered);
  }

  function renderSaveProblem() {
    const retry = h("button", { type: "button", "data-save-retry": true }, [UI.saveRetry]);
    retry.addEventListener("click", () => save(true));
    const banner = h("div", { id: "save-problem", class: "save-problem", role: "alert",
      hidden: true }, [h("p", {}, [UI.saveFailed]), retry]);
    document.querySelector(".banner").append(banner);
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

  function minutesOf(duration) {
    const found = /^PT(\d+)M$/.exec(duration || "");
    return found ? parseInt(found[1], 10) : null;
  }

  function coverFacts() {
    const rows = [];
    const minutes = minutesOf(payload.duration);
    if (minutes) rows.push([UI.duration, UI.minutes(minutes)]);
    rows.push([UI.handling, payload.handling + " \u2014 " + payload.handling_text]);
    if (quiz) {
      const count = quiz.draw ? Math.min(quiz.draw, quiz.items.length) : quiz.items.length;
      rows.push([UI.modeLabel, UI.quizFacts(count, quiz.mastery) + ". " +
        (quiz.mode === "practice" ? UI.modePractice : UI.modeExam) + " " +
        UI.attemptsAllowed(quiz.attempts)]);
    }
    return h("dl", { class: "cover-facts" }, rows.flatMap(([term, text]) =>
      [h("dt", {}, [term]), h("dd", {}, [text])]));
  }

  function renderIntro(el) {
    el.append(h("h3", {}, [UI.about]), coverFacts());
    if (payload.summary_html) el.append(Q.authored("div", { class: "summary" },
      payload.summary_html));
    if (payload.advisory_html) {
      el.append(h("section", { class: "advisory", "aria-label": UI.advisory },
        [Q.authored("div", {}, payload.advisory_html)]));
    }
    if (payload.objectives.length) {
      el.append(h("h3", {}, [UI.objectives]),
        h("ul", {}, payload.objectives.map((o) => h("li", {}, [o.text]))));
    }
    const start = h("button", { type: "button", class: "primary", "data-start": true },
      [UI.start]);
    start.addEventListener("click", () => go(1, true));
    el.append(h("p", {}, [start]));
  }

  function renderSection(el, section) {
    el.setAttribute("data-section-id", section.id);
    if (section.scenario) el.setAttribute("data-scenario", "true");
    el.append(Q.authored("div", { class: "section-body" }, section.html));
    if (!el.querySelector("h2")) el.prepend(h("h2", {}, [section.title]));
    levelHeadings(el);
    el.querySelectorAll(".activity").forEach((activity) => {
      activity.querySelector("h3, h4, h5, h6").after(
        h("p", { class: "classroom-note" }, [UI.classroom]));
    });
  }

  /* Author headings follow the step's h2 without skipping a level (### is not an h5). */
  function levelHeadings(el) {
    let last = 2;
    el.querySelectorAll("h3, h4, h5, h6").forEach((heading) => {
      const level = Math.min(parseInt(heading.tagName.charAt(1), 10), last + 1);
      last = level;
      if ("H" + level === heading.tagName) return;
      const renamed = h("h" + level, {});
      Array.from(heading.attributes).forEach((a) => renamed.setAttribute(a.name, a.value));
      renamed.append(...heading.childNodes);
      heading.replaceWith(renamed);
    });
  }

  /* The step's heading names the step and takes the focus when the learner moves to it. */
  function labelHeading(step) {
    const heading = stepEls[step.id].querySelector("h2");
    heading.id = "h-" + step.id;
    heading.setAttribute("tabindex", "-1");
  }

  function renderQuiz(el) {
    el.querySelectorAll(".questions, .submit-row").forEach((old) => old.remove());
    const ctx = { quiz, seed: state.seed, ui: UI, version: payload.scorm, announce };
    const total = state.order.length;
    const list = h("div", { class: "questions" });
    state.order.forEach((poolIndex, i) => {
      const item = quiz.items[poolIndex];
      const saved = state.answers[poolIndex];
      const question = Q.render(ctx, item, i + 1, total, saved === undefined ? null : saved,
        () => onAnswer(poolIndex));
      if (quiz.mode === "practice") addCheck(question, poolIndex);
      list.append(question);
    });
    const progress = h("p", { class: "progress", "data-answered": true, "aria-live": "polite" });
    const submit = h("button", { type: "button", class: "primary", "data-submit": true },
      [UI.submit]);
    submit.addEventListener("click", confirmSubmit);
    el.append(list, h("div", { class: "submit-row" }, [progress, submit]));
    updateProgress();
    state.checked.forEach((poolIndex) => showChecked(poolIndex));
  }

  function renderEnd(el) {
    el.append(h("div", { class: "result", "data-result": "pending" },
      [quiz ? UI.notSubmitted : UI.completedNoQuiz]));
    if (payload.self_care_html) {
      el.append(h("section", { class: "self-care", "aria-label": UI.selfCare },
        [Q.authored("div", {}, payload.self_care_html)]));
    }
    if (payload.sources.length) {
      el.append(h("h3", {}, [UI.sources]), h("ul", { class: "sources" },
        payload.sources.map(sourceEntry)));
    }
  }

  function sourceEntry(source) {
    const parts = [source.publisher, source.date].filter(Boolean).join(", ");
    const title = source.url ? Q.newTab(h("a", { href: source.url }, [source.title]))
      : h("cite", {}, [source.title]);
    return h("li", {}, parts ? [title, " (" + parts + ")"] : [title]);
  }

  function renderToc() {
    const toc = document.getElementById("toc");
    steps.forEach((step, i) => {
      const button = h("button", { type: "button", "data-goto": step.id }, [
        h("span", { class: "mark", "aria-hidden": "true" }),
        h("span", { class: "title" }, [step.title]),
        h("span", { class: "visually-hidden state" })]);
      button.addEventListener("click", () => {
        openToc(false);
        go(i, true);
      });
      toc.append(h("li", {}, [button]));
    });
    document.querySelector("[data-toc-toggle]").addEventListener("click", () => openToc(
      document.querySelector(".toc").getAttribute("data-open") !== "true"));
  }

  /* On small screens the contents fold behind their button (CSS hides the list). */
  function openToc(open) {
    document.querySelector(".toc").setAttribute("data-open", open ? "true" : "false");
    document.querySelector("[data-toc-toggle]").setAttribute("aria-expanded",
      open ? "true" : "false");
  }

  function staticTexts() {
    document.querySelector(".skip-link").textContent = UI.skip;
    document.querySelector(".toc").setAttribute("aria-label", UI.contents);
    document.querySelector(".pager").setAttribute("aria-label", UI.pages);
    document.querySelector('[data-nav="prev"]').textContent = UI.previous;
    document.querySelector('[data-nav="next"]').textContent = UI.next;
    document.querySelector("[data-exit]").textContent = UI.exit;
    document.querySelector("[data-progress]").setAttribute("aria-label", UI.progressLabel);
  }

  /* ---- navigation ---- */

  function markToc() {
    steps.forEach((step, i) => {
      const link = document.querySelector('[data-goto="' + step.id + '"]');
      const done = step.id === "quiz" ? state.submitted : state.seen[i] === "1";
      link.setAttribute("data-visited", state.seen[i] === "1" ? "true" : "false");
      link.querySelector(".mark").textContent = done ? "\u2713" : "";
      link.querySelector(".state").textContent = done
        ? " (" + (step.id === "quiz" ? UI.done : UI.visited) + ")" : "";
      if (i === current) link.setAttribute("aria-current", "step");
      else link.removeAttribute("aria-current");
    });
    const visited = state.seen.filter((flag) => flag === "1").length;
    const bar = document.querySelector("[data-progress]");
    bar.max = steps.length;
    bar.value = visited;
    document.querySelector("[data-page-of]").textContent = UI.pageOf(current + 1, steps.length);
    document.querySelector("[data-toc-toggle]").textContent =
      UI.contentsToggle(current + 1, steps.length);
  }

  function go(index, focus) {
    if (finished) return;
    current = Math.max(0, Math.min(steps.length - 1, index));
    steps.forEach((step, i) => { stepEls[step.id].hidden = i !== current; });
    state.seen[current] = "1";
    if (steps[current].id === "quiz") timer.shown();
    markToc();
    document.querySelector('[data-nav="prev"]').disabled = current === 0;
    document.querySelector('[data-nav="next"]').disabled = current === steps.length - 1;
    if (steps[current].id === "end" && !quiz && !state.completed) {
      state.completed = true;
      lms.complete();
    }
    save(true);
    if (focus) stepEls[steps[current].id].querySelector("h2").focus();
  }

  /* Links to a question (confirmation, results, revisit): show the quiz and focus it. */
  function jump(event) {
    const link = event.target.closest("[data-jump]");
    if (!link) return;
    event.preventDefault();
    const dialog = document.querySelector("[data-confirm-dialog]");
    if (dialog && dialog.open) dialog.close();
    go(stepIndex("quiz"), false);
    const target = document.getElementById("question-" + link.getAttribute("data-jump"));
    target.scrollIntoView();
    target.focus();
  }

  /* ---- the quiz ---- */

  function questionEl(poolIndex) {
    return stepEls.quiz.querySelector('[data-question-id="' + quiz.items[poolIndex].id + '"]');
  }

  function onAnswer(poolIndex) {
    if (state.submitted || state.checked.indexOf(poolIndex) >= 0) return;
    const answer = Q.response(quiz.items[poolIndex], questionEl(poolIndex));
    if (answer === null) delete state.answers[poolIndex];
    else {
      state.answers[poolIndex] = answer;
      timer.answered(poolIndex);
    }
    updateProgress();
    save(false);
  }

  function updateProgress() {
    const answered = state.order.filter((i) => state.answers[i] !== undefined).length;
    stepEls.quiz.querySelector("[data-answered]").textContent =
      UI.answered(answered, state.order.length);
  }

  function entryFor(poolIndex) {
    const item = quiz.items[poolIndex];
    const answer = state.answers[poolIndex] === undefined ? null : state.answers[poolIndex];
    return { poolIndex, answer, result: Q.grade(quiz, item, answer) };
  }

  /* Practice mode: a question checked on its own shows its review and is locked. */
  function addCheck(question, poolIndex) {
    const button = h("button", { type: "button", "data-check": true }, [UI.check]);
    const note = h("p", { class: "note error-message", hidden: true }, [UI.checkFirst]);
    button.addEventListener("click", () => {
      if (state.answers[poolIndex] === undefined) {
        note.hidden = false;
        announce(UI.checkFirst);
        return;
      }
      note.hidden = true;
      state.checked.push(poolIndex);
      showChecked(poolIndex);
      announce(question.querySelector(".review .verdict").textContent);
      save(true);
    });
    question.querySelector(".review").before(h("div", { class: "check-row" }, [button, note]));
  }

  function showChecked(poolIndex) {
    const el = questionEl(poolIndex);
    V.review(quiz, el, quiz.items[poolIndex], entryFor(poolIndex));
    lock(el);
  }

  function lock(el) {
    el.querySelectorAll("input, select, textarea, [data-move], [data-check]")
      .forEach((control) => { control.disabled = true; });
  }

  /* The interaction record of one answered question; the key is revealed only for a graded
   * question, which is what the review shows at this point too. */
  function record(item, entry) {
    const correct = entry.result === "neutral" ? undefined : Q.revealed(quiz, item).correct;
    return R.interaction(item, entry.answer, entry.result, payload.scorm, { attempt:
      state.attempt, correct, latency: timer.latency(entry.poolIndex) });
  }

  function evaluate() {
    let earned = 0;
    let possible = 0;
    const interactions = [];
    const results = state.order.map((poolIndex) => {
      const item = quiz.items[poolIndex];
      const entry = entryFor(poolIndex);
      if (item.type !== "short_answer") possible += item.points;
      if (entry.result === "correct") earned += item.points;
      if (entry.answer !== null) interactions.push(record(item, entry));
      return entry;
    });
    const percent = V.percentOf(earned, possible);
    const lmsMastery = lms.masteryPercent();
    const mastery = lmsMastery === null ? quiz.mastery : lmsMastery;
    const objectives = V.objectiveScores(quiz, payload.objectives, results, mastery);
    return { percent, earned, possible, mastery, passed: percent >= mastery, interactions,
      results, objectives, attempt: state.attempt };
  }

  /* The confirmation lists what is not answered, with links to each question. */
  function confirmSubmit() {
    if (state.submitted) return;
    const dialog = document.querySelector("[data-confirm-dialog]");
    const missing = state.order.filter((i) => state.answers[i] === undefined);
    const body = dialog.querySelector("[data-confirm-body]");
    body.textContent = "";
    body.append(h("p", {}, [missing.length ? UI.confirmMissing(missing.length)
      : UI.confirmAll]));
    if (missing.length) {
      body.append(h("ul", { "data-unanswered": true }, missing.map((poolIndex) => {
        const item = quiz.items[poolIndex];
        const position = state.order.indexOf(poolIndex) + 1;
        const bad = Q.invalid(item, questionEl(poolIndex)) ? " (" + UI.invalid + ")" : "";
        return h("li", {}, [h("a", { href: "#question-" + item.id, "data-jump": item.id },
          [UI.question(position, state.order.length) + bad])]);
      })));
    }
    dialog.showModal();
    dialog.querySelector("[data-confirm-cancel]").focus();
  }

  function renderDialog() {
    const title = h("h2", { id: "confirm-title" }, [UI.confirmTitle]);
    const confirm = h("button", { type: "button", class: "primary", "data-confirm": true },
      [UI.confirmSubmit]);
    const cancel = h("button", { type: "button", "data-confirm-cancel": true },
      [UI.confirmCancel]);
    const dialog = h("dialog", { class: "confirm", "aria-labelledby": "confirm-title",
      "data-confirm-dialog": true }, [title, h("div", { "data-confirm-body": true }),
      h("div", { class: "actions" }, [confirm, cancel])]);
    confirm.addEventListener("click", () => {
      dialog.close();
      onSubmit();
    });
    cancel.addEventListener("click", () => dialog.close());
    player.append(dialog);
  }

  function onSubmit() {
    if (state.submitted) return;
    const outcome = evaluate();
    state.submitted = true;
    state.completed = true;
    if (lms.connected) unreported = outcome;
    showOutcome(outcome);
    go(stepIndex("end"), true);
    announce(UI.verdictAnnounce(outcome.passed ? UI.passed : UI.failed, outcome.percent,
      outcome.mastery));
  }

  function retryAllowed(outcome) {
    const left = quiz.attempts === 0 || state.attempt < quiz.attempts;
    return left && (quiz.retry === "always" || !outcome.passed);
  }

  function showOutcome(outcome) {
    const box = stepEls.end.querySelector("[data-result]");
    box.setAttribute("data-result", outcome.passed ? "passed" : "failed");
    box.setAttribute("data-score", String(outcome.percent));
    box.textContent = "";
    const reviewButton = h("button", { type: "button", "data-review": true }, [UI.review]);
    reviewButton.addEventListener("click", () => go(stepIndex("quiz"), true));
    const actions = [reviewButton];
    if (retryAllowed(outcome)) {
      const retry = h("button", { type: "button", class: "primary", "data-retry": true },
        [UI.retry(state.attempt + 1, quiz.attempts)]);
      retry.addEventListener("click", newAttempt);
      actions.unshift(retry);
    } else if (quiz.attempts !== 0 && state.attempt >= quiz.attempts && !outcome.passed) {
      actions.push(h("p", {}, [UI.noMoreAttempts]));
    }
    box.append(...V.resultsContent(quiz, outcome, actions));
    outcome.results.forEach((entry) => V.review(quiz, questionEl(entry.poolIndex),
      quiz.items[entry.poolIndex], entry));
    lock(stepEls.quiz);
    stepEls.quiz.querySelector("[data-submit]").disabled = true;
  }

  /* A new attempt: a new seed draws and orders again; the attempt number goes up. */
  function newAttempt() {
    state.attempt += 1;
    state.seed = freshSeed();
    state.order = Q.selectItems(quiz, state.seed);
    state.answers = {};
    state.checked = [];
    state.submitted = false;
    timer.reset();
    renderQuiz(stepEls.quiz);
    const box = stepEls.end.querySelector("[data-result]");
    box.setAttribute("data-result", "pending");
    box.removeAttribute("data-score");
    box.textContent = UI.notSubmitted;
    player.setAttribute("data-attempt", String(state.attempt));
    go(stepIndex("quiz"), true);
  }

  /* ---- session end ---- */

  function finish() {
    if (finished) return true;
    let ok = true;
    if (lms.connected) {
      ok = save(false);
      ok = lms.finish(!state.completed) && ok;
    }
    finished = true;
    return ok;
  }

  /* "Save and exit": the result of saving is shown in place of the page, with the focus. */
  function exit() {
    const ok = finish();
    const text = !lms.connected ? UI.closedPreview : ok ? UI.closed : UI.closedFailed;
    document.getElementById("lms-status").textContent = text;
    steps.forEach((step) => { stepEls[step.id].hidden = true; });
    const panel = h("section", { class: "exit-panel", "data-exit-result": ok ? "saved" :
      "failed", "aria-labelledby": "exit-title" }, [
      h("h2", { id: "exit-title", tabindex: -1 }, [UI.exitTitle]), h("p", {}, [text])]);
    main.append(panel);
    document.querySelectorAll(".pager button, .toc button").forEach((b) => { b.disabled = true; });
    player.setAttribute("data-finished", "true");
    panel.querySelector("h2").focus();
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
    staticTexts();
    status();
    renderSaveProblem();
    const resume = lms.connected ? lms.resumeData() : { location: "", suspend: "" };
    state = loadState(resume);
    Object.keys(state.answers).forEach((poolIndex) => timer.restored(poolIndex));
    player.setAttribute("data-attempt", String(state.attempt));
    renderToc();
    steps.forEach((step) => {
      const el = stepContainer(step);
      if (step.id === "intro") renderIntro(el);
      else if (step.section) renderSection(el, step.section);
      else if (step.id === "quiz") renderQuiz(el);
      else renderEnd(el);
      labelHeading(step);
    });
    if (quiz) renderDialog();
    document.querySelector('[data-nav="prev"]').addEventListener("click", () => go(current - 1,
      true));
    document.querySelector('[data-nav="next"]').addEventListener("click", () => go(current + 1,
      true));
    document.querySelector("[data-exit]").addEventListener("click", exit);
    player.addEventListener("click", jump);
    if (quiz && state.submitted) showOutcome(evaluate());
    const bookmark = stepIndex(resume.location);
    go(bookmark >= 0 ? bookmark : 0, false);
    player.setAttribute("data-ready", "true");
  }

  root.addEventListener("pagehide", finish);
  root.addEventListener("beforeunload", finish);
  start();
})(window);
