/* Every text the player itself shows, in one place (the module's own text comes from the
 * payload). The words come translated from the build (payload.strings, from the gettext
 * catalogues: see scorm/strings.py), so this file holds no English. Functions fill in the
 * texts that carry numbers or names; counted texts pick their plural form by CLDR category.
 */
(function (root) {
  "use strict";

  const payload = root.CURRICULUM_PAYLOAD || {};
  const T = payload.strings || {};
  let rules;
  try {
    rules = new Intl.PluralRules(payload.language || "en");
  } catch (e) {
    rules = new Intl.PluralRules("en");
  }

  /** `text` with each {name} replaced by values[name]. */
  function fill(text, values) {
    return String(text).replace(/\{(\w+)\}/g, (whole, name) =>
      Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole);
  }

  /** The form of a counted text for `n` (the language's plural rule). */
  function counted(key, n, values) {
    const forms = T[key] || {};
    const form = forms[rules.select(n)] !== undefined ? forms[rules.select(n)] : forms.other;
    return fill(form, Object.assign({ n: n }, values || {}));
  }

  root.CurriculumStrings = {
    skip: T.skip, contents: T.contents, pages: T.pages, loading: T.loading,
    previous: T.previous, next: T.next, submit: T.submit, exit: T.exit,
    intro: T.intro, results: T.results, finish: T.finish, start: T.start,
    pageOf: (n, total) => fill(T.pageOf, { n: n, total: total }),
    contentsToggle: (n, total) => fill(T.contentsToggle, { n: n, total: total }),
    progressLabel: T.progressLabel,
    visited: T.visited, done: T.done,
    newTab: T.newTab,
    question: (n, total) => fill(T.question, { n: n, total: total }),
    yourAnswer: T.yourAnswer, true: T.true, false: T.false, choose: T.choose,
    notScoredNote: T.notScoredNote,
    orderingHelp: T.orderingHelp,
    moveUp: (t) => fill(T.moveUp, { text: t }),
    moveDown: (t) => fill(T.moveDown, { text: t }),
    moved: (t, p, n) => fill(T.moved, { text: t, position: p, count: n }),
    answered: (a, n) => counted("answered", n, { answered: a }),
    lmsConnected: T.lmsConnected, lmsNone: T.lmsNone, lmsError: T.lmsError,
    saveFailed: T.saveFailed, saveRetry: T.saveRetry, saveRecovered: T.saveRecovered,
    passed: T.passed, failed: T.failed,
    correctCount: (c, n) => counted("correctCount", n, { correct: c }),
    points: (e, p, pct) => fill(T.points, { earned: e, possible: p, percent: pct }),
    passMark: (m) => fill(T.passMark, { mark: m }),
    awaiting: (n) => counted("awaiting", n),
    attemptOf: (n, max) => max ? fill(T.attemptOf, { n: n, max: max })
      : fill(T.attemptOnly, { n: n }),
    verdictAnnounce: (v, pct, m) => fill(T.verdictAnnounce, { verdict: v, percent: pct, mark: m }),
    objectivesResult: T.objectivesResult,
    objectiveScore: (c, n) => counted("objectiveScore", n, { correct: c }),
    met: T.met, notMet: T.notMet,
    revisit: T.revisit, revisitNone: T.revisitNone,
    summary: T.summary,
    retry: (n, max) => max ? fill(T.retry, { n: n, max: max }) : fill(T.retryOnly, { n: n }),
    noMoreAttempts: T.noMoreAttempts,
    nextStep: T.nextStep,
    correct: T.resultCorrect, wrong: T.resultWrong, unanswered: T.unanswered,
    neutral: T.neutral, neutralLong: T.neutralLong,
    correctAnswer: T.correctAnswer,
    accepted: (list) => list.length === 0 ? "" : list.reduce((first, second) => fill(T.or, { first: first, second: second })),
    range: (low, high) => fill(T.range, { low: low, high: high }),
    noAnswer: T.noAnswer,
    objectives: T.objectives, advisory: T.advisory, sources: T.sources,
    selfCare: T.selfCare, handling: T.handling,
    about: T.about, duration: T.duration, minutes: (n) => counted("minutes", n),
    quizFacts: (n, m) => counted("quizFacts", n, { mark: m }),
    modeLabel: T.modeLabel, modeExam: T.modeExam, modePractice: T.modePractice,
    attemptsAllowed: (n) => n === 0 ? T.attemptsUnlimited : counted("attemptsAllowed", n),
    closed: T.closed, closedFailed: T.closedFailed, closedPreview: T.closedPreview,
    exitTitle: T.exitTitle,
    notSubmitted: T.notSubmitted,
    review: T.review,
    notANumber: T.notANumber,
    invalid: T.invalid,
    completedNoQuiz: T.completedNoQuiz,
    progressIncomplete: T.progressIncomplete,
    check: T.check, checkFirst: T.checkFirst,
    confirmTitle: T.confirmTitle, confirmAll: T.confirmAll,
    confirmMissing: (n) => counted("confirmMissing", n),
    confirmSubmit: T.confirmSubmit, confirmCancel: T.confirmCancel,
    classroom: T.classroom,
  };
})(window);
