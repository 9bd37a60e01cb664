"""The player's interface text, translated at build time into the module's language.

The build puts these strings into ``payload.js`` (``strings``), and
``player/strings.js`` builds the player's texts from them, so the player itself
holds no English: the English here are gettext msgids, translated by the PO
catalogues like the PDFs' text. Placeholders are ``{name}``, filled in by the
player. Counted messages carry every plural form keyed by CLDR category (``one``,
``few``, ...), which the player picks with ``Intl.PluralRules``.
"""

from __future__ import annotations

from typing import Any

from curriculum.i18n.catalogues import N_, NN_, interface
from curriculum.i18n.languages import locale_of

PLAYER_STRINGS: dict[str, str] = {
    "skip": N_("Skip to content"), "contents": N_("Contents"), "pages": N_("Pages"),
    "loading": N_("Loading\u2026"), "needsScript": N_("This module needs JavaScript to run."),
    "previous": N_("Previous"), "next": N_("Next"), "submit": N_("Submit answers"),
    "exit": N_("Save and exit"), "intro": N_("Introduction"), "results": N_("Results"),
    "finish": N_("Finish"), "start": N_("Start"),
    "pageOf": N_("Page {n} of {total}"),
    "contentsToggle": N_("Contents (page {n} of {total})"),
    "progressLabel": N_("Pages visited"),
    "visited": N_("visited"), "done": N_("completed"),
    "newTab": N_("(opens in a new tab)"),
    "question": N_("Question {n} of {total}"),
    "yourAnswer": N_("Your answer"), "true": N_("True"), "false": N_("False"),
    "choose": N_("Choose\u2026"),
    "notScoredNote": N_("Written answers are not scored automatically: a trainer reviews them."),
    "orderingHelp": N_("Use the up and down buttons to put the entries in order."),
    "moveUp": N_("Move \u201c{text}\u201d up"), "moveDown": N_("Move \u201c{text}\u201d down"),
    "moved": N_("\u201c{text}\u201d is now at position {position} of {count}."),
    "lmsConnected": N_("Connected to your learning platform: your progress is saved."),
    "lmsNone": N_("No learning platform was found, so this is a preview: your progress and "
                  "results are not recorded."),
    "lmsError": N_("The learning platform did not accept the connection: your progress is "
                   "not being recorded."),
    "saveFailed": N_("Your learning platform did not save your latest progress. Keep this "
                     "window open: you can go on and submit your answers, and the player "
                     "tries again each time you move on."),
    "saveRetry": N_("Try saving again"),
    "saveRecovered": N_("Your progress is saved again."),
    "passed": N_("Passed"), "failed": N_("Not passed"),
    "points": N_("Points: {earned} of {possible} ({percent}%)."),
    "passMark": N_("Pass mark: {mark}%."),
    "attemptOf": N_("Attempt {n} of {max}."), "attemptOnly": N_("Attempt {n}."),
    "verdictAnnounce": N_("{verdict}. Your score: {percent}% (pass mark {mark}%)."),
    "objectivesResult": N_("Objectives"),
    "met": N_("met"), "notMet": N_("to revisit"),
    "revisit": N_("What to revisit"),
    "revisitNone": N_("You met every objective that the questions check."),
    "summary": N_("Your answers"),
    "retry": N_("Start attempt {n} of {max}"), "retryOnly": N_("Start attempt {n}"),
    "noMoreAttempts": N_("You have used every attempt this knowledge check allows."),
    "nextStep": N_("Next step"),
    "resultCorrect": N_("Correct"), "resultWrong": N_("Incorrect"),
    "unanswered": N_("Not answered"),
    "neutral": N_("Awaiting a trainer"),
    "neutralLong": N_("Not scored: a trainer reviews this answer."),
    "correctAnswer": N_("Correct answer"), "or": N_("{first} or {second}"),
    "range": N_("any number from {low} to {high}"),
    "noAnswer": N_("(no answer)"),
    "objectives": N_("Objectives"), "advisory": N_("Content advisory"), "sources": N_("Sources"),
    "selfCare": N_("Looking after yourself"), "handling": N_("Handling"),
    "about": N_("About this module"), "duration": N_("Duration"),
    "modeLabel": N_("Knowledge check"),
    "modeExam": N_("Answer every question, then submit once."),
    "modePractice": N_("Practice: check each answer as you go and see the explanation at "
                       "once."),
    "attemptsUnlimited": N_("Attempts: no limit."),
    "closed": N_("Your progress is saved. You can close this window."),
    "closedFailed": N_("Your learning platform did not confirm that your progress was saved. "
                       "Tell your trainer or platform administrator before you close this "
                       "window."),
    "closedPreview": N_("This preview saves nothing. You can close this window."),
    "exitTitle": N_("Session ended"),
    "notSubmitted": N_("Complete the knowledge check to see your result."),
    "review": N_("Review your answers and the explanations"),
    "notANumber": N_("Not a number: enter digits, for example 12 or 3.5. This answer will "
                     "not be submitted as it is."),
    "invalid": N_("not a valid number"),
    "completedNoQuiz": N_("You have reached the end of this module."),
    "progressIncomplete": N_(
        "This learning platform cannot keep all of your answers if you leave now (its "
        "storage is full): long written answers are shortened and the last answers may be "
        "lost. Finish the knowledge check in this session to keep them all."),
    "check": N_("Check answer"), "checkFirst": N_("Answer the question before you check it."),
    "confirmTitle": N_("Submit your answers?"),
    "confirmAll": N_("You have answered every question. After you submit, you cannot change "
                     "your answers in this attempt."),
    "confirmSubmit": N_("Submit now"), "confirmCancel": N_("Keep answering"),
    "classroom": N_("Classroom activity: meant for a group session led by a trainer. If you "
                    "are studying on your own, read it and think the questions through."),
}
"""Key in the player's ``CurriculumStrings`` -> English msgid."""

PLAYER_PLURALS: dict[str, tuple[str, str]] = {
    "minutes": NN_("{n} minute", "{n} minutes"),
    "answered": NN_("{answered} of {n} question answered.",
                    "{answered} of {n} questions answered."),
    "correctCount": NN_("You answered {correct} of {n} scored question correctly.",
                        "You answered {correct} of {n} scored questions correctly."),
    "objectiveScore": NN_("{correct} of {n} correct", "{correct} of {n} correct"),
    "awaiting": NN_("{n} written answer awaits a trainer: it is not part of the score.",
                    "{n} written answers await a trainer: they are not part of the score."),
    "quizFacts": NN_("{n} question; pass mark {mark}%", "{n} questions; pass mark {mark}%"),
    "attemptsAllowed": NN_("Attempts: {n}.", "Attempts: {n}."),
    "confirmMissing": NN_("{n} question is not answered. Unanswered questions count as "
                          "incorrect.",
                          "{n} questions are not answered. Unanswered questions count as "
                          "incorrect."),
}
"""Counted messages: key -> (singular, plural) msgids; the count is ``{n}``."""

_CATEGORIES = ("zero", "one", "two", "few", "many", "other")


def player_strings(language: str) -> dict[str, Any]:
    """Every player string in ``language``; counted ones as ``{category: text}``."""
    text = interface(language)
    out: dict[str, Any] = {key: text.gettext(msgid) for key, msgid in PLAYER_STRINGS.items()}
    categories = plural_categories(text.language)
    for key, (singular, plural) in PLAYER_PLURALS.items():
        out[key] = {category: text.ngettext(singular, plural, sample)
                    for category, sample in categories.items()}
    return out


def plural_categories(language: str) -> dict[str, int]:
    """A sample number for each CLDR plural category of the language (``{"one": 1, ...}``).

    gettext's plural index for that number selects the form, so the player's
    ``Intl.PluralRules(lang).select(n)`` and the catalogue agree on every count.
    """
    rule = locale_of(language).plural_form
    samples: dict[str, int] = {}
    for number in range(0, 200):
        samples.setdefault(rule(number), number)
    return {c: samples[c] for c in _CATEGORIES if c in samples}
