"""The item-writing rules: one explicit registry, in the order ``docs/item-writing.md`` lists.

A code is stable once published: authors write it in ``lint: {ignore: ...}``.
"""

from __future__ import annotations

from curriculum.checks.lint import options, quiz, stems
from curriculum.checks.lint.base import LintRule

RULES: tuple[LintRule, ...] = (
    LintRule("item-longest-correct", "question", options.longest_correct,
             why="test-wise learners pick the longest, most qualified option",
             fix="give distractors the same precision and qualifiers as the answer, or "
                 "trim the answer to what makes it right"),
    LintRule("item-longest-share", "quiz", quiz.longest_share,
             why="when the longest option is usually right, length alone passes the quiz",
             fix="rewrite distractors of the flagged questions (item-longest-correct) until "
                 "at most 30% have the longest option correct"),
    LintRule("item-position-bias", "quiz", quiz.position_bias,
             why="a favourite answer position on the printed sheet rewards guessing",
             fix="reorder the options so correct answers spread over a, b, c, d"),
    LintRule("item-position-run", "quiz", quiz.position_runs,
             why="a run of the same answer letter makes learners doubt right answers or "
                 "guess the pattern",
             fix="move the correct option of one of these questions to another position"),
    LintRule("item-all-none", "question", options.all_or_none,
             why='"all/none of the above" can be answered from partial knowledge and tests '
                 "recognition of a rule, not the content",
             fix="replace it with a plausible distractor of its own"),
    LintRule("item-negative-stem", "question", stems.negative_stem,
             why="a negative stem that is easy to overlook measures reading care, not knowledge",
             fix="ask the question positively, or write the negative word in capitals or "
                 "bold (**NOT**)"),
    LintRule("item-absolute-word", "question", options.absolutes,
             why='absolute words ("always", "never", "only") mark options as false to a '
                 "test-wise learner",
             fix="qualify the distractor as the answer is qualified, or use the word in the "
                 "answer too"),
    LintRule("item-article-cue", "question", stems.article_cue,
             why='an "a"/"an" at the end of the stem fits only some options and so points '
                 "at the answer",
             fix='end the stem before the article and put "a"/"an" into each option'),
    LintRule("item-number-cue", "question", stems.number_cue,
             why="an option that does not agree in number with the stem is ruled out by "
                 "grammar alone",
             fix="make every option agree with the stem (all singular or all plural)"),
    LintRule("item-stem-echo", "question", stems.stem_echo,
             why="a stem word repeated only in the answer is a clang cue",
             fix="reuse the stem's key word in a distractor too, or reword the answer"),
    LintRule("item-length-outlier", "question", options.length_outliers,
             why="a distractor far shorter or longer than the rest is dismissed unread",
             fix="write the distractor at the length and detail of the other options"),
    LintRule("item-kind-mismatch", "question", options.kind_mismatch,
             why="an option of another kind (a date among numbers, text among dates) is "
                 "implausible",
             fix="make every option the same kind of answer as the correct one"),
    LintRule("item-duplicate-option", "question", options.duplicates,
             why="two options that say the same are both wrong to anyone who notices",
             fix="replace one of them with a distinct plausible distractor"),
    LintRule("item-range-overlap", "question", options.overlapping_ranges,
             why="overlapping numeric ranges make two options true at once",
             fix="use ranges that do not overlap and together cover the plausible values"),
    LintRule("item-true-false-balance", "quiz", quiz.true_false_balance,
             why="when most true/false answers are the same, always guessing it pays",
             fix="rewrite some statements so true and false answers are roughly balanced"),
    LintRule("item-option-count", "question", options.option_count,
             why="two options invite guessing; many options are rarely all plausible",
             fix="use three to five options (three plausible ones are enough)"),
    LintRule("item-answer-in-id", "question", stems.answer_in_id,
             why="question and option ids are in the learner's page (data-question-id, "
                 "data-choice-id)",
             fix="rename the id after the topic, not the answer (ids are stable: change them "
                 "before the first delivery)"),
)

CODES: dict[str, LintRule] = {rule.code: rule for rule in RULES}
