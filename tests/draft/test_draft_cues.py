# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, cue labels and speakers in spoken and scripted texts (``cues.py``): a label
alone over its text ("NARRATION:") or at the start of a line ("HV: ...", "Panellist 2
(prosecutor): ...", "SPEAKER A - ...") is the unit's speaker, not part of its first
sentence; "we" in a speaker's turn is the body the speaker key places the speaker in, and
otherwise stays held back, never the document's author. Each on a short text of our own,
with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import Analysis, analyse
from curriculum.draft.choosing import choose
from curriculum.draft.pipeline import rules_for
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def analysed(tmp_path: Path, name: str, text: str, matcher: ThemeMatcher) -> Analysis:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return analyse(read_source(path, tmp_path), "t", matcher)


def drafted(tmp_path: Path, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    """Every rule's candidates (definitions included), chosen: (kept, held back)."""
    return choose(rules_for(analysed(tmp_path, "text.txt", text, matcher), matcher))


def units(analysis: Analysis) -> list[tuple[str, str]]:
    """(speaker, sentence) of every kept unit."""
    doc = analysis.doc
    return [(s.block.speaker if s.block else "", doc.display(s.start, s.end)) for s in analysis.kept()]


def one(questions: list[DraftQuestion], prompt: str) -> DraftQuestion:
    found = [q for q in questions if q.prompt == prompt]
    assert len(found) == 1, [q.prompt for q in questions]
    return found[0]


WEBINAR = (
    "Webinar: tracing missing teenagers\n\n"
    "Panel: Inspector Lena Vos, Missing Persons Coordinator, Orrin Bay Police (LV); "
    "Sam Achebe, Helpline Manager, Tidewater Runaways Trust (SA)\n\n"
    "LV: Thanks for joining us. We alert the border team within two hours of a high-risk report.\n\n"
    "SA: Our callers are often scared. We refer every caller at risk of abduction to the police within 3 hours.\n\n"
    "LV: A return interview is a conversation with a child who has come back, held by someone independent of the police.\n"
)


def test_line_start_labels_are_speakers_not_words_of_the_sentence(tmp_path: Path, matcher: ThemeMatcher) -> None:
    analysis = analysed(tmp_path, "webinar.txt", WEBINAR, matcher)
    assert units(analysis)[-5:] == [
        ("LV", "Thanks for joining us."),
        ("LV", "We alert the border team within two hours of a high-risk report."),
        ("SA", "Our callers are often scared."),
        ("SA", "We refer every caller at risk of abduction to the police within 3 hours."),
        ("LV", "A return interview is a conversation with a child who has come back, held by someone independent of the police."),
    ]
    assert analysis.cleaned.speakers["lv"] == "Inspector Lena Vos, Missing Persons Coordinator, Orrin Bay Police"


def test_we_in_a_turn_is_the_body_the_speaker_key_names(tmp_path: Path, matcher: ThemeMatcher) -> None:
    path = tmp_path / "text.txt"
    kept, below = drafted(tmp_path, WEBINAR, matcher)
    police = one(kept + below, "Orrin Bay Police alerts the border team within ____ hours of a high-risk report.")
    assert police.stem_rule.endswith('"We" named as the speaker\'s body (the speaker key for LV)')
    # the trust's name stands only in the speaker key's list ("..., Helpline Manager,
    # Tidewater Runaways Trust"): no sentence writes it bare, so it takes "the"
    trust = one(kept + below, "The Tidewater Runaways Trust refers every caller at risk of abduction to the police within ____ hours.")
    assert not [r for r in trust.reasons if "first person" in r or '"Our"' in r or '"We"' in r]
    # the quote stays the speaker's own sentence, without the label
    text = path.read_text("utf-8")
    assert text[police.quote[0]:police.quote[1]] == "We alert the border team within two hours of a high-risk report."
    # a definition under a label is drafted from the sentence after it
    assert [q.rule for q in kept + below if q.prompt.startswith("____ is a conversation with a child")] == ["definition"]


def test_we_of_a_speaker_no_key_places_is_held_back_not_named_as_the_author(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Title: Radio phone-in on online safety\n"
        "Publisher: Northfield Police Service\n"
        "Date: 2 June 2025\n"
        "---\n\n"
        "HOST: Welcome back to the programme.\n\n"
        "CALLER 2 - We block any platform account used for grooming within 48 hours of a complaint.\n\n"
        "HOST: Thank you for that call.\n\n"
        "CALLER 2 - Our school meets every term.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    # before: "CALLER 2 - The Northfield Police Service blocks ..." reached the module
    assert [q.prompt for q in kept] == []
    statement = one(below, "We block any platform account used for grooming within 48 hours of a complaint.")
    assert '-0.50 points back: "We" is the first person of whoever wrote the text; the stem does not say who' in statement.reasons


def test_a_cue_alone_on_its_line_heads_the_paragraph_under_it_in_markdown(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Module 3: live streaming\n\n"
        "## Screen 3.1\n"
        "ON SCREEN: A timeline of one investigation.\n"
        "VOICE-OVER:\n"
        "Live streaming of abuse is paid for by offenders abroad and watched as it happens. "
        "Investigators trace the payments first.\n\n"
        "## Screen 3.2\n"
        "ON SCREEN: a map with two pins.\n"
        "VOICE-OVER:\n"
        "Platforms must report live-streamed abuse to the national hotline within 24 hours.\n"
    )
    analysis = analysed(tmp_path, "script.md", text, matcher)
    assert units(analysis) == [
        ("ON SCREEN", "A timeline of one investigation."),
        ("VOICE-OVER", "Live streaming of abuse is paid for by offenders abroad and watched as it happens."),
        ("VOICE-OVER", "Investigators trace the payments first."),
        ("", "ON SCREEN: a map with two pins."),  # a note, not a sentence: kept whole
        ("VOICE-OVER", "Platforms must report live-streamed abuse to the national hotline within 24 hours."),
    ]
    assert [(d.line, d.reason) for d in analysis.cleaned.dropped if d.reason.startswith("cue")] == [
        (5, "cue label: says who speaks or what the text under it is, not a sentence"),
        (10, "cue label: says who speaks or what the text under it is, not a sentence"),
    ]


def test_labels_in_html_paragraphs_are_speakers(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "<html><head><title>Interview script</title></head><body>\n"
        "<h1>Interview script</h1>\n"
        "<p>Recorded for the trafficking awareness course, to be read by two actors.</p>\n"
        "<p><b>Interviewer:</b> How quickly do you act?</p>\n"
        "<p><b>Detective Sergeant (trafficking unit):</b> We act at once. Every referral about a trafficked child is reviewed within 12 hours.</p>\n"
        "<p><b>Interviewer:</b> Thank you.</p>\n"
        "</body></html>\n"
    )
    analysis = analysed(tmp_path, "interview.html", text, matcher)
    assert units(analysis) == [  # the interviewer's question heads the answer
        ("", "Recorded for the trafficking awareness course, to be read by two actors."),
        ("Detective Sergeant (trafficking unit)", "We act at once."),
        ("Detective Sergeant (trafficking unit)", "Every referral about a trafficked child is reviewed within 12 hours."),
        ("Interviewer", "Thank you."),
    ]


def test_a_glossary_and_one_off_keys_keep_their_labels(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Glossary of terms\n\n"
        "Green Notice: A warning about a person likely to repeat a serious offence abroad.\n\n"
        "Diffusion: A request sent directly by one bureau to other countries.\n\n"
        "Decision: The panel agreed to review the register every year.\n"
    )
    analysis = analysed(tmp_path, "glossary.txt", text, matcher)
    assert [s for s, _ in units(analysis)] == ["", "", ""]
    assert next(u for _, u in units(analysis)).startswith("Green Notice: A warning")


def test_an_faq_and_a_repeated_footer_are_no_dialogue_we_stays_the_authors(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Title: Questions parents ask\n"
        "Publisher: Larkmoor Online Safety Trust\n"
        "Date: 4 April 2025\n"
        "---\n\n"
        "Q: How fast do you act on a report?\n"
        "A: We pass every report of online grooming to the police within 24 hours.\n\n"
        "NOTICE: This page is reviewed every year.\n\n"
        "Our advisers answer calls about online grooming within 48 hours.\n\n"
        "NOTICE: Keep a copy of this page.\n"
    )
    analysis = analysed(tmp_path, "faq.txt", text, matcher)
    assert units(analysis) == [
        ("", "We pass every report of online grooming to the police within 24 hours."),
        ("NOTICE", "This page is reviewed every year."),
        ("", "Our advisers answer calls about online grooming within 48 hours."),
        ("NOTICE", "Keep a copy of this page."),
    ]
    kept, below = drafted(tmp_path, text, matcher)
    prompts = [q.prompt for q in kept + below]
    assert "The Larkmoor Online Safety Trust's advisers answer calls about online grooming within ____ hours." in prompts


def test_labels_in_a_docx_with_bold_speakers_are_speakers(tmp_path: Path, matcher: ThemeMatcher) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Webinar transcript: online grooming", level=1)
    document.add_paragraph("Recorded for the regional training network in May 2025.")
    for who, said in [
        ("Host", "Welcome to the session on grooming."),
        ("Panellist 2 (prosecutor)", "Sexual communication with a child is an offence punishable by up to 2 years in prison."),
        ("Host", "Thank you."),
    ]:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{who}:").bold = True
        paragraph.add_run(f" {said}")
    path = tmp_path / "webinar.docx"
    document.save(path)
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    assert units(analysis) == [
        ("", "Recorded for the regional training network in May 2025."),
        ("Host", "Welcome to the session on grooming."),
        ("Panellist 2 (prosecutor)", "Sexual communication with a child is an offence punishable by up to 2 years in prison."),
        ("Host", "Thank you."),
    ]


def test_time_stamped_labels_are_speakers_and_a_cast_line_names_their_body(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """V5 (review 9b): "**[mm:ss] NAME:**" headed the sentence ("main clause has no verb"),
    and a turn's "we" had no body: the cast line "Guest: <name>, <unit>, <force>" names it,
    though the turns use the first name only."""
    text = (
        "# Night shift, episode 3: children who go missing from care\n\n"
        "**Guest:** Inspector Tomas Brandt, Missing Persons Unit, Harrow Vale Police\n"
        "**Host:** Ella Moore, youth worker\n\n"
        "**[00:00] ELLA:** Welcome back. Tonight we talk about children missing from care.\n\n"
        "**[00:15] TOMAS:** Thanks. We grade every report of a missing child within 20 minutes of the first call.\n\n"
        "**[01:40] ELLA:** And then?\n\n"
        "[01:44:10] Tomas Brandt: A return interview is offered within 72 hours of the child coming home.\n\n"
        "Ella (01:50): Thank you, Tomas.\n"
    )
    analysis = analysed(tmp_path, "episode.md", text, matcher)
    assert units(analysis)[-7:] == [
        ("ELLA", "Welcome back."),
        ("ELLA", "Tonight we talk about children missing from care."),
        ("TOMAS", "Thanks."),
        ("TOMAS", "We grade every report of a missing child within 20 minutes of the first call."),
        ("ELLA", "And then?"),
        ("Tomas Brandt", "A return interview is offered within 72 hours of the child coming home."),
        ("Ella", "Thank you, Tomas."),
    ]
    path = tmp_path / "episode.md"
    kept, below = choose(rules_for(analyse(read_source(path, tmp_path), "t", matcher), matcher))
    graded = one(kept + below, "Harrow Vale Police grades every report of a missing child within ____ minutes of the first call.")
    assert graded.stem_rule.endswith('"We" named as the speaker\'s body (the speaker key for TOMAS)')


def test_we_after_a_place_of_the_same_name_is_set_off_by_a_comma(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"So, in Harrow Vale we graded ..." must not read "in Harrow Vale Harrow Vale Police
    graded" (one name said twice): the place and the body's name are set apart."""
    text = (
        "# Night shift, episode 4\n\n"
        "**Guest:** Inspector Tomas Brandt, Missing Persons Unit, Harrow Vale Police\n"
        "**Host:** Ella Moore, youth worker\n\n"
        "**[00:00] ELLA:** Welcome back.\n\n"
        "**[00:15] TOMAS:** So, in Harrow Vale we graded 412 reports of missing children in 2024 within 20 minutes of the first call.\n"
    )
    path = tmp_path / "episode.md"
    path.write_text(text, encoding="utf-8")
    kept, below = choose(rules_for(analyse(read_source(path, tmp_path), "t", matcher), matcher))
    named = [q.prompt for q in kept + below if "Harrow Vale Police" in q.prompt and "in ____" not in q.prompt]
    assert named
    assert all("in Harrow Vale, Harrow Vale Police graded" in p for p in named), named
    # a blank for the place is no question when the body's name after it says the place
    assert not [q.prompt for q in kept if "in ____ Harrow Vale Police" in q.prompt]
