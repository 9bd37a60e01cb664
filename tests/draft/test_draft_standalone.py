# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, stems that stand alone: the first person of the author, a causal connective
inside the clause, a body or an undertaking named by its kind only, a relational noun with
nothing it relates to, an action whose object is left implicit, a thing (not a role) named
earlier. Each on a short text of our own, with the exact outcome: the stem is repaired
(named, or its context carried) and reaches the module, or it stays in the audit with the
reason."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.lists import list_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def drafted(tmp_path: Path, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    path = tmp_path / "text.txt"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return choose(sentence_rules(analysis, matcher) + list_rules(analysis))


def reasons(questions: list[DraftQuestion], start: str) -> list[str]:
    """The reasons of every candidate whose prompt starts with ``start`` (at least one)."""
    found = [q.reasons for q in questions if q.prompt.startswith(start)]
    assert found, start
    return [r for rs in found for r in rs]


def prompts(questions: list[DraftQuestion]) -> list[str]:
    return [q.prompt for q in questions]


def test_the_first_person_of_the_author_is_held_back_and_never_carried(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The Lakeside Child Safety Trust runs a national helpline for parents.\n\n"
        "Reports to our helpline about online grooming have risen every year since 2021. "
        "We recorded 97 cases of sextortion in 2023.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert not [p for p in prompts(kept) if "our helpline" in p or "We recorded" in p]
    assert '-0.50 points back: "our helpline" is the first person of whoever wrote the text; the stem does not say who' in reasons(below, "Reports to our helpline")
    # the sentence before has a noun subject, but no sentence says who "we" is
    held = [q for q in below if "We recorded" in q.prompt]
    assert held and all(q.carried is None for q in held)
    assert '-0.50 points back: "We" is the first person of whoever wrote the text; the stem does not say who' in reasons(below, "We recorded")


def test_a_causal_connective_carries_the_reason_before_it(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Search dogs lose concentration after long shifts in hot weather. "
        "The Harbour Dog Unit therefore rotates its dogs every 40 minutes during summer searches.\n"
    )
    kept, _ = drafted(tmp_path, text, matcher)
    question = next(q for q in kept if q.rule == "count")
    assert question.prompt == "Search dogs lose concentration after long shifts in hot weather. The Harbour Dog Unit therefore rotates its dogs every ____ minutes during summer searches."
    assert question.stem_rule == "sentence, context carried from line 1"


def test_a_connective_with_no_usable_reason_stays_in_the_audit(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        # the reason before holds the answer: carrying it would give it away
        "A survey of 45 staff found that reviewing abuse material for long periods causes stress. "
        "The Harbour Dog Unit therefore limits review sessions to 45 minutes.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert not [p for p in prompts(kept) if "therefore" in p]
    assert '-0.35 points back: "therefore" gives the stem as the consequence of something said before it' in reasons(below, "The Harbour Dog Unit therefore")


def test_a_body_named_by_its_kind_is_named_from_the_text_or_held_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The Northshire Police Academy trains officers in interviewing children.\n\n"
        "The Academy requires two observed interviews before an officer is certified, and a refresher every 3 years.\n\n"
        "The Bureau answers urgent requests from abroad.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    named = [q for q in kept + below if "refresher" in q.prompt]
    assert named and all(q.prompt.startswith("The Northshire Police Academy requires ") for q in named)
    assert all('"The Academy" named as in line 1' in q.stem_rule for q in named)
    # no name in the text: which bureau?
    assert not [p for p in prompts(kept) if p.startswith("The Bureau")]


def test_an_undertaking_named_by_its_kind_points_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Harbour Council Annual Report\n\n"
        "Since the campaign started, parents have reported 310 grooming attempts to the police.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert not [p for p in prompts(kept) if "the campaign" in p]
    assert '-0.40 points back: "the campaign" says which one elsewhere' in reasons(below, "Since the campaign")


def test_a_shell_noun_stands_for_the_sentence_before(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "the duty", "the model", "the power": only "the", and what they stand for is what the
    # sentence before said (tune-4: "The model is similar to ..." reached a module)
    text = (
        "Clause 6 would oblige platforms to tell the police about grooming. "
        "The duty applies within 24 hours of the platform becoming aware of it.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert not [p for p in prompts(kept) if p.startswith("The duty")]
    assert '-0.50 points back: "the duty" says which one elsewhere' in reasons(below, "The duty applies within ____ hours")


def test_relational_nouns_and_implicit_objects(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "A registered offender must give the police the address of any home where a child lives.\n\n"
        "The offender must also re-notify all details at least once every 12 months.\n\n"
        "Offenders must tell the police the details of the journey at least 7 days before departure.\n\n"
        "Applicants must register with the county licensing office before their first shift. "
        "Failing to comply without reasonable excuse is an offence punishable by a fine of up to 2,000 euros.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert not [p for p in prompts(kept) if "all details" in p]
    assert '-0.35 points back: "all details" does not say of what' in reasons(below, "The offender must re-notify")
    # "the details of the journey" says which details
    assert "Offenders must tell the police the details of the journey at least 7 days before departure." in prompts(kept + below)
    assert not any("does not say of what" in r for r in reasons(kept + below, "Offenders must tell"))
    # "comply" with what: the sentence before is carried; "without reasonable excuse" is no object
    comply = [q for q in kept + below if "Failing to comply" in q.prompt]
    assert comply and all(q.prompt.startswith("Applicants must register with the county licensing office before their first shift. Failing") for q in comply)


def test_a_thing_named_earlier_is_no_generic_role(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Green Notices\n\n"
        "A Green Notice warns other countries about a person who is likely to reoffend abroad. "
        "The national bureau checks each request before it is sent.\n\n"
        "For a registered offender who has notified travel, the request should reach the bureau 10 working days before departure.\n\n"
        "The offender must give at least seven days' notice of any journey abroad.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert not [p for p in prompts(kept) if "the request" in p]
    assert '-0.40 points back: "the request" is named earlier in the text, not in the stem' in reasons(below, "For a registered offender")
    # a role in a rule stays generic (a mild doubt only)
    assert "The offender must give at least seven days' notice of any journey abroad." in prompts(kept)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_a_rule_without_its_jurisdiction_takes_the_issuer_from_the_metadata(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Title: Practice note: children who disclose abuse online\n"
        "Issued-by: Southmark Constabulary, Public Protection Unit\n"
        "Date-of-issue: 10 January 2025\n\n"
        "First contact\n\n"
        "The responding officer must inform the duty safeguarding sergeant within 1 hour of a disclosure of online abuse.\n\n"
        "Under the Southmark Offender Act, a registered offender must notify a change of address within 3 days.\n"
    )
    analysis = analyse(read_source(_write(tmp_path, "note.txt", text), tmp_path), "t", matcher)
    kept, below = choose(sentence_rules(analysis, matcher) + list_rules(analysis))
    rule = [q for q in kept + below if "duty safeguarding sergeant" in q.prompt]
    assert rule and all(q.prompt.startswith("According to Southmark Constabulary, the responding officer must inform") for q in rule)
    assert all(q.stem_rule.endswith("jurisdiction from the document's metadata") for q in rule)
    # the quote stays the source's own sentence
    assert all(q.analysis.doc.raw[slice(*q.quote)].startswith("The responding officer") for q in rule)
    # a rule that says whose it is takes no lead
    framed = [q for q in kept + below if "change of address" in q.prompt]
    assert framed and all(q.prompt.startswith("Under the Southmark Offender Act") for q in framed)


def test_a_place_in_the_issuer_gives_the_jurisdiction_and_no_proper_issuer_gives_nothing(tmp_path: Path, matcher: ThemeMatcher) -> None:
    rule = "Registered offenders must give at least 7 days' notice before any journey abroad.\n"
    placed = "Title: Travel notification fact sheet\nIssued-by: Offender Management Office, Republic of Norland\n\n" + rule
    unnamed = "Title: Travel notification fact sheet\nAuthor: editorial team\n\n" + rule
    prompts_by = {}
    for name, text in (("placed.txt", placed), ("unnamed.txt", unnamed)):
        analysis = analyse(read_source(_write(tmp_path, name, text), tmp_path), "t", matcher)
        kept, below = choose(sentence_rules(analysis, matcher) + list_rules(analysis))
        prompts_by[name] = sorted({q.prompt for q in kept + below if q.qtype == "true_false" and q.truth})
    assert prompts_by == {
        "placed.txt": ["In the Republic of Norland, registered offenders must give at least 7 days' notice before any journey abroad."],
        "unnamed.txt": ["Registered offenders must give at least 7 days' notice before any journey abroad."],
    }


def test_a_number_word_after_a_lead_in_is_lowercased(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "In the Republic of Norland, Two officers ..." read as a capital in mid-sentence: a
    number word (a CARDINAL entity) is no name, so it is lowercased like any other word."""
    text = ("Title: Travel notification fact sheet\nIssued-by: Offender Management Office, Republic of Norland\n\n"
            "Two officers must attend every home visit to a registered offender, and the visit must be recorded within 3 days.\n")
    analysis = analyse(read_source(_write(tmp_path, "two.txt", text), tmp_path), "t", matcher)
    kept, below = choose(sentence_rules(analysis, matcher) + list_rules(analysis))
    led = [q.prompt for q in kept + below if q.prompt.startswith("In the Republic of Norland, ")]
    assert any(p.startswith("In the Republic of Norland, two officers must attend") for p in led), led
    assert not [p for p in led if p.startswith("In the Republic of Norland, Two")]


def test_a_quantifier_or_a_paragraph_number_opens_no_name(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "No officer may ..." under a paragraph number is a rule about every officer, not a
    name: "The officer" later must never be shown as "The No officer" (read as a negation),
    nor "The Every officer" after a list marker."""
    text = (
        "Covert online deployments\n\n"
        "2.1 No officer may contact a suspect online without a written authorisation in force.\n\n"
        "(b) Every officer keeps a log of each online session.\n\n"
        "2.2 The officer completes the session log within 1 hour of the end of each session, "
        "and the supervisor checks it within 24 hours.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    shown = prompts(kept + below)
    assert any("within" in p and "session log" in p for p in shown)
    assert not [p for p in shown if "The No officer" in p or "The Every officer" in p]


def test_a_place_named_after_a_preposition_is_shown_without_the(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Public protection in Dunmere County\n\n"
        "Offender managers visit every registered offender at home.\n\n"
        "In 2024 the county recorded 212 breaches of notification requirements by registered offenders.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    named = [q.prompt for q in kept + below if "Dunmere County" in q.prompt]
    assert named and all("the Dunmere County" not in p for p in named)
    assert "In 2024 Dunmere County recorded ____ breaches of notification requirements by registered offenders." in named


def test_a_letterhead_in_capitals_never_names_a_body(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "the Board" is named from the prose ("the Offender Assessment Board"), never from the
    # letterhead in capitals as it stands; with only the letterhead, the board is the body
    # that heads the document's title, its author, named in the title's words, not shouted
    # (tune-4; tself: a body that calls itself by its kind only)
    head = "OFFENDER ASSESSMENT BOARD - FEDERAL REPUBLIC OF VARNIA\n\n# Scoring manual\n\n"
    rule = "The scores are checked every year. The Board must notify the offender of a new score within 28 days.\n"
    kept, below = drafted(tmp_path, head + "This manual is published by the Offender Assessment Board. " + rule, matcher)
    assert "The Offender Assessment Board must notify the offender of a new score within ____ days." in prompts(kept)
    kept, below = drafted(tmp_path, head + rule, matcher)
    assert not [p for p in prompts(kept + below) if "OFFENDER" in p]
    assert "The Offender Assessment Board must notify the offender of a new score within ____ days." in prompts(kept)


def test_the_latter_and_each_opening_a_stem_point_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "The latter" picks one of two things named before: alone it reaches no module; the
    # sentence before, in the same paragraph, names both and is carried in front
    text = ("Officers receive referrals from online platforms and from schools. The latter must be "
            "assessed by a supervisor within 24 hours.\n\n"
            "Each must be reviewed by the online child protection team within 28 days.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert "Officers receive referrals from online platforms and from schools. The latter must be assessed by a supervisor within ____ hours." in prompts(kept)
    assert not [p for p in prompts(kept) if p.startswith(("The latter", "Each"))]
    assert '-0.50 points back: "Each reviewed"' in reasons(below, "Each must be reviewed")
    kept, below = drafted(tmp_path, "The latter must be assessed by a supervisor within 24 hours.\n", matcher)
    assert kept == []
    assert '-0.50 points back: "the latter" is one of two things named before the stem' in reasons(below, "The latter")


def test_a_name_from_a_neighbouring_headnote_never_names_the_court(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # each headnote labels its own court; "the court" of the second is not the office the
    # first one named ("President of the Youth Court")
    text = ("# Digest of appeals\n\n## 1. R v A.B.\n\nCourt: Court of Appeal, sitting with the President of the Youth Court\n\n"
            "The court quashed a decision to prosecute a 15-year-old for sharing an image online.\n\n"
            "## 2. R v C.D.\n\nCourt: Court of Appeal, Criminal Division\n\n"
            "The court imposed an online child sexual exploitation order for 10 years.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert not [p for p in prompts(kept + below) if "President" in p]
    assert [p for p in prompts(kept + below) if p.startswith("The court imposed")]


def test_a_headings_preposition_is_no_part_of_a_bodys_name(tmp_path: Path) -> None:
    from curriculum.draft.referents import earlier_name

    text = "## About the Harbour Legal Services Directorate\n\nThe Directorate"
    assert earlier_name(text, len(text) - len("The Directorate"), ["Directorate"]) == (
        "Harbour Legal Services Directorate", text.index("Directorate"), True)


def test_a_part_of_a_set_with_only_the_points_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "the rest", "the others", "the same": of what, as what? With an "of" phrase it says
    text = ("The rest must be referred to children's services within 24 hours.\n\n"
            "The others must be graded by a supervisor within 72 hours.\n\n"
            "The same applies to referrals from schools, which must be answered within 48 hours.\n\n"
            "The rest of the online referrals must be graded by a supervisor within 72 hours.\n")
    kept, below = drafted(tmp_path, text, matcher)
    assert not [p for p in prompts(kept) if p.startswith(("The rest must", "The others", "The same"))]
    assert '-0.50 points back: "the rest" of what? (a part of a set the stem does not show)' in reasons(below, "The rest must")
    assert '-0.50 points back: "the others" of what? (a part of a set the stem does not show)' in reasons(below, "The others")
    assert '-0.50 points back: "the same" as what?' in reasons(below, "The same applies")
    assert "The rest of the online referrals must be graded by a supervisor within ____ hours." in prompts(kept)


def test_a_graded_relational_noun_does_not_say_of_what(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "The maximum penalty" of which offence? "maximum" grades it and says nothing of what;
    # "the maximum penalty for online grooming" says
    text = "- Section 9 makes it an offence to send a child sexual images online. The maximum penalty is 5 years' imprisonment.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert not [p for p in prompts(kept) if p.startswith("The maximum penalty is")]
    assert '-0.50 points back: "The maximum penalty" does not say for what' in reasons(below, "The maximum penalty is")
    assert all(q.score < 0.5 for q in below if q.prompt.startswith("The maximum penalty is"))  # no top-up
    kept, _ = drafted(tmp_path, "The maximum penalty for online grooming is 10 years' imprisonment.\n", matcher)
    assert "The maximum penalty for online grooming is ____ years' imprisonment." in prompts(kept)
