"""A fill-in also accepts its answer with the qualifier the field or the document adds."""

from curriculum.draft.questions import accepted, qualified_forms


def test_preferred_term_with_one_more_word_is_accepted() -> None:
    answers = ["travelling sex offenders"]
    forms = accepted(answers + qualified_forms(answers, "Nothing about them here."))
    assert forms[0] == "travelling sex offenders"
    assert "travelling child sex offenders" in forms
    assert "traveling child sex offenders" in forms


def test_the_documents_own_fuller_wording_is_accepted() -> None:
    text = "Each harbour patrol logs night boat checks. Night harbour boat checks follow."
    assert qualified_forms(["night boat checks"], text) == ["night harbour boat checks"]


def test_a_stopword_a_name_or_an_outer_word_is_never_added() -> None:
    text = (
        "Night and boat checks differ. Night Harbour boat checks too. "
        "Weekly night boat checks and night boat checks teams."
    )
    assert qualified_forms(["night boat checks"], text) == []
    assert qualified_forms(["checks"], text) == []
