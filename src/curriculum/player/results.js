/* What a graded attempt means to the learner: the scores (overall and per objective), the
 * results page, and the review of each question with the learner's and the correct answer.
 *
 * The correct answers come from the obscured ``reveal`` blob of each item (quiz.js
 * revealed()), read only once an answer has been graded: never before.
 */
(function (root) {
  "use strict";

  const Q = root.CurriculumQuiz;
  const S = root.CurriculumStrings;
  const h = Q.h;

  /* ---- scores ---- */

  function percentOf(earned, possible) {
    return possible ? Math.round((earned / possible) * 10000) / 100 : 100;
  }

  /** Per objective the auto-graded questions assess: earned and possible points, percent. */
  function objectiveScores(quiz, objectives, results, mastery) {
    return objectives.map((objective) => {
      const mine = results.filter((r) => quiz.items[r.poolIndex].objective === objective.id &&
        r.result !== "neutral");
      const possible = mine.reduce((sum, r) => sum + quiz.items[r.poolIndex].points, 0);
      const earned = mine.reduce((sum, r) => sum + (r.result === "correct" ?
        quiz.items[r.poolIndex].points : 0), 0);
      const percent = percentOf(earned, possible);
      return { id: objective.id, lms: objective.lms, text: objective.text, earned, possible,
        percent,
        correct: mine.filter((r) => r.result === "correct").length, count: mine.length,
        passed: percent >= mastery, results: mine };
    }).filter((o) => o.count > 0);
  }

  /* ---- readable answers ---- */

  function choiceText(list, id) {
    const found = list.find((c) => c.id === id);
    return found ? Q.plainText(found.html) : id;
  }

  /** The learner's answer as lines of plain text (one per chosen option, pair or entry). */
  function answerLines(item, answer) {
    if (answer === null || answer === undefined) return [S.noAnswer];
    switch (item.type) {
      case "single_choice": return [choiceText(item.choices, answer)];
      case "multiple_choice": return answer.map((id) => choiceText(item.choices, id));
      case "true_false": return [answer === "true" ? S.true : S.false];
      case "matching": return item.lefts.map((left) => pairText(item, left.id, answer[left.id]));
      case "ordering": return answer.map((id) => choiceText(item.choices, id));
      case "numeric": return [item.unit ? answer + " " + item.unit : String(answer)];
      default: return [String(answer)];
    }
  }

  function pairText(item, leftId, rightId) {
    const right = rightId ? choiceText(item.rights, rightId) : S.noAnswer;
    return choiceText(item.lefts, leftId) + ": " + right;
  }

  /** The correct answer as lines of plain text, from the revealed ``correct``. */
  function correctLines(item, correct) {
    switch (item.type) {
      case "single_choice":
      case "multiple_choice":
      case "ordering": return correct.map((id) => choiceText(item.choices, id));
      case "true_false": return [correct[0] ? S.true : S.false];
      case "matching": return correct.map((pair) => pairText(item, pair[0], pair[1]));
      case "fill_blank": return [S.accepted(correct)];
      case "numeric": {
        const text = correct.tolerance ? S.range(correct.value - correct.tolerance,
          correct.value + correct.tolerance) : String(correct.value);
        return [item.unit ? text + " " + item.unit : text];
      }
      default: return [];
    }
  }

  function lines(label, texts, ordered, extraClass) {
    return h("div", { class: "answer-lines " + (extraClass || "") }, [
      h("p", { class: "answer-label" }, [label]),
      h(ordered ? "ol" : "ul", {}, texts.map((t) => h("li", {}, [t]))),
    ]);
  }

  function verdictLabel(entry) {
    if (entry.answer === null) return S.unanswered;
    return entry.result === "neutral" ? S.neutral : S[entry.result];
  }

  /** Fill a question's review box: verdict, both answers, feedback and explanation. */
  function review(quiz, el, item, entry) {
    const box = el.querySelector(".review");
    box.textContent = "";
    const label = verdictLabel(entry);
    el.setAttribute("data-question-result", entry.result);
    box.append(h("p", { class: "verdict " + entry.result }, [label]));
    const shown = Q.revealed(quiz, item);
    const ordered = item.type === "ordering";
    box.append(lines(S.yourAnswer, answerLines(item, entry.answer), ordered, "learner"));
    if (shown.correct !== undefined) {
      box.append(lines(S.correctAnswer, correctLines(item, shown.correct), ordered, "key"));
    } else if (item.type === "short_answer") {
      box.append(h("p", { class: "note" }, [S.neutralLong]));
    }
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

  /* ---- the results page ---- */

  function jumpLink(item, text) {
    return h("a", { href: "#question-" + item.id, "data-jump": item.id }, [text]);
  }

  function summaryList(quiz, outcome) {
    return h("ol", { class: "summary-list" }, outcome.results.map((r, i) => {
      const item = quiz.items[r.poolIndex];
      const label = verdictLabel(r);
      return h("li", { "data-summary-result": r.result }, [
        jumpLink(item, S.question(i + 1, outcome.results.length)), ": ",
        h("span", { class: "verdict " + r.result }, [label])]);
    }));
  }

  function objectiveList(outcome) {
    return h("ul", { class: "objective-results" }, outcome.objectives.map((o) => h("li", {
      "data-objective": o.id, "data-objective-met": o.passed ? "true" : "false" }, [
      h("span", {}, [o.text]), " ",
      h("strong", { class: "verdict " + (o.passed ? "correct" : "wrong") },
        [S.objectiveScore(o.correct, o.count) + " (" + o.percent + "%), " +
          (o.passed ? S.met : S.notMet)]),
    ])));
  }

  function revisitList(quiz, outcome) {
    const missed = outcome.objectives.filter((o) => !o.passed);
    if (!missed.length) return [h("p", {}, [S.revisitNone])];
    return [h("ul", { class: "revisit" }, missed.map((o) => h("li", {}, [o.text, " ",
      h("span", { class: "jumps" }, o.results.filter((r) => r.result !== "correct")
        .map((r) => jumpLink(quiz.items[r.poolIndex],
          S.question(outcome.results.indexOf(r) + 1, outcome.results.length))))])))];
  }

  /** The results box's content for ``outcome``; ``actions`` are buttons to offer. */
  function resultsContent(quiz, outcome, actions) {
    const scored = outcome.results.filter((r) => r.result !== "neutral");
    const waiting = outcome.results.filter((r) => r.result === "neutral" && r.answer !== null)
      .length;
    const parts = [
      h("p", { class: "verdict" }, [outcome.passed ? S.passed : S.failed]),
      h("p", {}, [S.correctCount(scored.filter((r) => r.result === "correct").length,
        scored.length)]),
      h("p", {}, [S.points(outcome.earned, outcome.possible, outcome.percent), " ",
        S.passMark(outcome.mastery)]),
    ];
    if (waiting) parts.push(h("p", {}, [S.awaiting(waiting)]));
    parts.push(h("p", {}, [S.attemptOf(outcome.attempt, quiz.attempts || 0)]));
    if (outcome.objectives.length) {
      parts.push(h("h3", {}, [S.objectivesResult]), objectiveList(outcome),
        h("h3", {}, [S.revisit]), ...revisitList(quiz, outcome));
    }
    parts.push(h("h3", {}, [S.nextStep]), h("div", { class: "actions" }, actions));
    parts.push(h("h3", {}, [S.summary]), summaryList(quiz, outcome));
    return parts;
  }

  root.CurriculumResults = { objectiveScores, percentOf, review, resultsContent, answerLines };
})(window);
