# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, blind review 30: sentences the twenty-sixth session's first blind set showed
the pipeline asking wrongly, each on a short text of our own words with the exact
outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen, every_chosen

from curriculum.draft.themes import ThemeMatcher


def test_a_hyphenated_opening_is_no_fronted_phrase(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "In-scope services must report ... within 24 hours, or within 1 hour where ...": the
    words before the comma are the main clause, never a fronted "In ..." phrase dropped to
    leave "Or within ____ hour ..."; the alternative under its own condition stays with it."""
    text = "# Duties\n\nIn-scope services must report child sexual abuse material they become aware of to the national reporting centre for online child exploitation within 24 hours, or within 1 hour where a child appears to be at immediate risk.\n"
    questions = every_chosen(tmp_path, text, matcher)
    assert questions
    assert not [q.prompt for q in questions if q.prompt.startswith(("Or ", "or "))]
    count = next(q for q in questions if q.rule == "count" and "within ____ hours" in q.prompt)
    assert count.prompt.endswith("within ____ hours, or within 1 hour where a child appears to be at immediate risk.")


def test_a_singular_unit_after_the_blank_gives_one_away(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "# Duties\n\nOnline platforms must tell the police about a report within 24 hours. Where a child appears to be at immediate risk, online platforms must make the report within 1 hour.\n"
    questions = every_chosen(tmp_path, text, matcher)
    one_hour = [q for q in questions if q.rule == "count" and "within ____ hour." in q.prompt]
    assert one_hour, [q.prompt for q in questions]
    assert all(q.score == 0 and 'the singular "hour" after the blank gives the answer (1) away' in "; ".join(q.reasons) for q in one_hour)
    assert any(q.rule == "count" and "within ____ hours." in q.prompt and q.score > 0 for q in questions)


def test_a_figure_inside_a_quoted_saying_is_not_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ 'a "24 hours" script' names advice the text refutes; 'a report "within 24 hours"'
    quotes a rule for its content and stays."""
    text = (
        "# Missing children\n\n"
        "Police guidance on missing children says there is no waiting period before a report, which is exactly what a \"24 hours\" script ignores.\n\n"
        "The Online Safety Act 2024 requires providers to report online child sexual abuse material \"within 24 hours\" of becoming aware of it.\n"
    )
    questions = every_chosen(tmp_path, text, matcher)
    script = [q for q in questions if q.rule == "count" and "script" in q.prompt]
    assert script and all(q.score == 0 and 'inside the quoted phrase "24 hours"' in "; ".join(q.reasons) for q in script)
    rule = [q for q in questions if q.rule == "count" and "Online Safety Act" in q.prompt]
    assert rule and all("quoted phrase" not in "; ".join(q.reasons) for q in rule)


def test_a_term_that_completes_a_capitalised_name_is_no_blank(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "# Wellbeing\n\nResearch with the US Internet Crimes Against Children task forces (2022) identified stigma as the main barrier to using wellness programmes for online child sexual exploitation investigators.\n"
    questions = every_chosen(tmp_path, text, matcher)
    blanks = [q for q in questions if q.rule == "key-term" and "Children ____" in q.prompt]
    assert blanks, [q.prompt for q in questions]
    assert all(q.score == 0 and 'the blank is part of the name "US Internet Crimes Against Children task forces"' in "; ".join(q.reasons) for q in blanks)


def test_a_draft_provision_is_a_proposal_not_the_law(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """What "draft section 214A" says is put forward (here, argued against), never asked as
    the age the law sets; an enacted section's definition is."""
    text = (
        "# Our response\n\n"
        "On the age threshold for online grooming offences, draft section 214A defines a child as a person under 16.\n\n"
        "Section 12 of the Online Child Protection Act 2004 defines a child as a person under 18.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    assert not [q.prompt for q in kept if "214A" in q.prompt]
    held = [q for q in below if "214A" in q.prompt]
    assert held and all("\"draft section 214A\" is a draft's text" in "; ".join(q.reasons) for q in held)
    assert any("Section 12" in q.prompt for q in kept)


def test_what_the_author_supports_is_its_position(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "We support a duty to report ..." is the writer's view (held, with the author named);
    what "we" did is judged as before (here, held for another reason: its own workload)."""
    text = (
        "---\ntitle: \"Response to the consultation on online grooming offences\"\nauthor: \"Harrowgate Children's Fund\"\n---\n\n"
        "# Our response\n\n"
        "Yes. We support a duty to report online child sexual abuse material, modelled on the duty on US providers under 18 U.S.C. § 2258A to report to NCMEC's CyberTipline.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    assert not [q.prompt for q in kept if "supports" in q.prompt]
    held = [q for q in below if q.prompt.startswith("The Harrowgate Children's Fund supports a duty to report")]
    assert held and all('the author\'s own position ("We support")' in "; ".join(q.reasons) for q in held)


def test_more_recently_goes_when_the_sentence_has_its_own_year(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Cybercrime law\n\n"
        "The Budapest Convention on online child sexual exploitation opened for signature on 23 November 2001. "
        "More recently, the United Nations Convention against Cybercrime was adopted by the General Assembly on 24 December 2024; it will enter into force 90 days after the fortieth instrument of ratification is deposited.\n\n"
        "More recently, online child sexual exploitation units have shared hash lists with providers.\n"
    )
    questions = every_chosen(tmp_path, text, matcher)
    dated = [q for q in questions if "Convention against Cybercrime" in q.prompt]
    assert dated and all(q.prompt.startswith("The United Nations Convention against Cybercrime was adopted") for q in dated)
    undated = [q for q in questions if "hash lists" in q.prompt]
    assert all(q.prompt.startswith("More recently,") for q in undated)


def test_a_heading_about_the_act_names_no_law(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "Operation of the Act, 2022-2025" is what a table is about; a rule under it is never
    put "Under the Operation of the Act, 2022,"."""
    text = (
        "---\ntitle: \"Review of the Travel Notification Act 2021\"\nauthor: \"Ministry of Justice, Republic of Norland\"\n---\n\n"
        "# Review of the Travel Notification Act 2021\n\n"
        "## Table 2: Operation of the Act, 2022-2025\n\n"
        "Registered sex offenders must notify the police of any travel abroad at least 21 days before departure.\n"
    )
    questions = every_chosen(tmp_path, text, matcher)
    assert questions
    assert not [q.prompt for q in questions if "Operation of the Act" in q.prompt or "Under the Review" in q.prompt]
    assert all(q.prompt.startswith("In the Republic of Norland, registered sex offenders") for q in questions)


def test_an_acronym_a_worked_example_introduces_is_its_own_cast(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Capability model for victim identification units\n\n"
        "Units connect to INTERPOL's International Child Sexual Exploitation (ICSE) database through the National Central Bureau.\n\n"
        "## 6. Worked example (fictional)\n\n"
        "*Fictional scenario.* The Harwick Child Exploitation Unit (HCEU), a member of the regional victim identification network, assessed itself in January 2026.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    assert any(q.rule == "acronym" and "(ICSE)" in q.prompt for q in kept)
    cast = [q for q in kept + below if q.rule == "acronym" and "(HCEU)" in q.prompt]
    assert cast and all(q not in kept and "the name of a body an illustrative case introduces (\"Harwick Child Exploitation Unit\"" in "; ".join(q.reasons) for q in cast)


def test_what_the_author_does_is_no_position(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "We accept reports ..." and "we agreed a protocol ..." say what the body does."""
    text = (
        "---\ntitle: \"Transparency report on online child safety\"\nauthor: \"Harrowgate Online Services\"\n---\n\n"
        "# Working with hotlines\n\n"
        "We accept reports of online child sexual abuse material from national hotlines through a dedicated channel and aim to act on them within 24 hours.\n\n"
        "In March 2023 we agreed a protocol with regional forces so that a possible identification of an online victim is passed to local officers within 24 hours.\n"
    )
    questions = every_chosen(tmp_path, text, matcher)
    assert questions
    assert not [q.reasons for q in questions if any("the author's own position" in r for r in q.reasons)]


def test_a_false_twin_never_changes_a_quoted_saying(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ 'what a "24 hours" script produces' made false as 'a "12 hours" script' asks
    nothing: the figure names the advice, it states no length."""
    text = "# Missing children\n\nResearch on abductions found that in most cases more than two hours passed before police were told about a missing child. So the delay is often on the reporting side, which is exactly what a \"24 hours\" script produces.\n"
    questions = every_chosen(tmp_path, text, matcher)
    twins = [q for q in questions if q.rule == "false-statement" and "script" in q.prompt]
    assert twins and all(q.score == 0 and "inside the quoted phrase" in "; ".join(q.reasons) for q in twins)


def test_an_apostrophe_opens_no_quoted_phrase(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "the unit's 24 hours' rule" holds no quotation: its figure is asked as any other."""
    text = "# Missing children\n\nThe unit's 24 hours' rule requires officers to review every missing child report.\n"
    counts = [q for q in every_chosen(tmp_path, text, matcher) if q.rule == "count" and "____ hours" in q.prompt]
    assert counts and not [q for q in counts if any("quoted phrase" in r for r in q.reasons)]
