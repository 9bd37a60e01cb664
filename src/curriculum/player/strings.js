/* Every text the player itself shows, in one place (the module's own text comes from the
 * payload). Functions build the texts that carry numbers or names.
 */
(function (root) {
  "use strict";

  root.CurriculumStrings = {
    skip: "Skip to content", contents: "Contents", pages: "Pages", loading: "Loading\u2026",
    previous: "Previous", next: "Next", submit: "Submit answers", exit: "Save and exit",
    intro: "Introduction", results: "Results", finish: "Finish", start: "Start",
    pageOf: (n, total) => "Page " + n + " of " + total,
    contentsToggle: (n, total) => "Contents (page " + n + " of " + total + ")",
    progressLabel: "Pages visited",
    visited: "visited", done: "completed",
    newTab: "(opens in a new tab)",
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
    saveFailed: "Your learning platform did not save your latest progress. Keep this window " +
      "open: you can go on and submit your answers, and the player tries again each time " +
      "you move on.",
    saveRetry: "Try saving again",
    saveRecovered: "Your progress is saved again.",
    passed: "Passed", failed: "Not passed",
    correctCount: (c, n) => "You answered " + c + " of " + n + " scored questions correctly.",
    points: (e, p, pct) => "Points: " + e + " of " + p + " (" + pct + "%).",
    passMark: (m) => "Pass mark: " + m + "%.",
    awaiting: (n) => n === 1 ? "1 written answer awaits a trainer: it is not part of the score."
      : n + " written answers await a trainer: they are not part of the score.",
    attemptOf: (n, max) => max ? "Attempt " + n + " of " + max + "." : "Attempt " + n + ".",
    verdictAnnounce: (v, pct, m) => v + ". Your score: " + pct + "% (pass mark " + m + "%).",
    objectivesResult: "Objectives",
    objectiveScore: (c, n) => c + " of " + n + " correct",
    met: "met", notMet: "to revisit",
    revisit: "What to revisit",
    revisitNone: "You met every objective that the questions check.",
    summary: "Your answers",
    retry: (n, max) => max ? "Start attempt " + n + " of " + max : "Start attempt " + n,
    noMoreAttempts: "You have used every attempt this knowledge check allows.",
    nextStep: "Next step",
    correct: "Correct", wrong: "Incorrect", unanswered: "Not answered",
    neutral: "Awaiting a trainer", neutralLong: "Not scored: a trainer reviews this answer.",
    correctAnswer: "Correct answer", accepted: (list) => list.join(" or "),
    range: (low, high) => "any number from " + low + " to " + high,
    noAnswer: "(no answer)",
    objectives: "Objectives", advisory: "Content advisory", sources: "Sources",
    selfCare: "Looking after yourself", handling: "Handling",
    about: "About this module", duration: "Duration", minutes: (n) => n + " minutes",
    quizFacts: (n, m) => n + " questions; pass mark " + m + "%",
    modeLabel: "Knowledge check",
    modeExam: "Answer every question, then submit once.",
    modePractice: "Practice: check each answer as you go and see the explanation at once.",
    attemptsAllowed: (n) => n === 0 ? "Attempts: no limit." : n === 1 ? "Attempts: one."
      : "Attempts: " + n + ".",
    closed: "Your progress is saved. You can close this window.",
    closedFailed: "Your learning platform did not confirm that your progress was saved. " +
      "Tell your trainer or platform administrator before you close this window.",
    closedPreview: "This preview saves nothing. You can close this window.",
    exitTitle: "Session ended",
    notSubmitted: "Complete the knowledge check to see your result.",
    review: "Review your answers and the explanations",
    notANumber: "Not a number: enter digits, for example 12 or 3.5. This answer will not be " +
      "submitted as it is.",
    invalid: "not a valid number",
    completedNoQuiz: "You have reached the end of this module.",
    progressIncomplete: "This learning platform cannot keep all of your answers if you leave " +
      "now (its storage is full): long written answers are shortened and the last answers " +
      "may be lost. Finish the knowledge check in this session to keep them all.",
    check: "Check answer", checkFirst: "Answer the question before you check it.",
    confirmTitle: "Submit your answers?",
    confirmAll: "You have answered every question. After you submit, you cannot change your " +
      "answers in this attempt.",
    confirmMissing: (n) => (n === 1 ? "1 question is" : n + " questions are") +
      " not answered. Unanswered questions count as incorrect.",
    confirmSubmit: "Submit now", confirmCancel: "Keep answering",
    classroom: "Classroom activity: meant for a group session led by a trainer. If you are " +
      "studying on your own, read it and think the questions through.",
  };
})(window);
