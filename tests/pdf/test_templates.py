"""Project templates override the package's file by file; their mistakes are located errors."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pdf_support import Built, build_pdf, cli_build, override
from pypdf import PdfReader

from curriculum.errors import ContentError
from curriculum.loader import load_project
from curriculum.pdf.documents import Assembler
from curriculum.pdf.layout import TemplateFolders

LEARNER = "digital-evidence-basics.learner.pdf"
PIXEL = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5E"
         "rkJggg==")


def test_override_letter_paper_and_source_date_epoch(
    example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    override(example, "learner.html.j2", '{% extends "handout.html.j2" %}\n'
             "{% block toc_after %}<li>OVERRIDE-MARKER</li>"
             "<li><img alt=\"Logo\" src=\"{{ asset('logo.png') }}\"></li>{% endblock %}\n")
    (example / "templates" / "pdf" / "logo.png").write_bytes(base64.b64decode(PIXEL))
    config = example / "curriculum.yaml"
    config.write_text(config.read_text("utf-8") + "page_size: Letter\n", "utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    built = Built(example, build_pdf(example, jobs=1).out)
    assert "OVERRIDE-MARKER" in built.text(LEARNER)
    assert b"/Subtype /Image" in built.pdf(LEARNER).read_bytes()  # the project's own asset
    assert "OVERRIDE-MARKER" not in built.text("digital-evidence-basics.trainer.pdf")
    reader = PdfReader(built.pdf(LEARNER))
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((612, 792), abs=0.1)
    assert reader.metadata is not None
    assert reader.metadata["/CreationDate"] == "D:20260101000000Z"
    assert "1 January 2026" in built.pages(LEARNER)[0]  # the cover date, in English style


def test_a_remote_reference_in_an_override_fails_with_a_located_error(example: Path) -> None:
    override(example, "quiz.html.j2", '{% extends "base.html.j2" %}\n{% block body %}\n'
             '<p>Logo</p>\n  <img alt="logo" src="http://127.0.0.1:9/x.png">\n{% endblock %}\n')
    code, output = cli_build()
    assert code == 1
    assert output.startswith(
        'templates/pdf/quiz.html.j2:4:24: error: refused to fetch "http://127.0.0.1:9/x.png" '
        "while rendering digital-evidence-basics.quiz.pdf: http: references are not allowed"
    ), output
    assert "Traceback" not in output
    assert "the PDF handouts could not be rendered; nothing was written" in output
    assert not (example / "build" / "pdf").exists()


def test_an_attachment_outside_the_project_is_refused(example: Path) -> None:
    override(example, "answer-key.html.j2", '{% extends "base.html.j2" %}\n{% block body %}'
             '<link rel="attachment" href="file:///etc/hostname">{% endblock %}\n')
    code, output = cli_build()
    assert code == 1
    assert output.startswith('templates/pdf/answer-key.html.j2:2:46: error: refused to fetch '
                             '"file:///etc/hostname"'), output
    assert "outside the project and the package templates" in output


def test_a_template_syntax_error_is_located(example: Path) -> None:
    override(example, "trainer.html.j2", '{% extends "handout.html.j2" %}\n\n{% block x %}\n')
    code, output = cli_build()
    assert code == 1
    assert output.startswith(f"{Path('templates/pdf/trainer.html.j2')}:3:1: error: template"), \
        output
    assert "Traceback" not in output


def test_an_undefined_variable_is_located(example: Path) -> None:
    override(example, "learner.html.j2", '{% extends "base.html.j2" %}\n{% block body %}\n'
             "{{ module.no_such_field }}\n{% endblock %}\n")
    code, output = cli_build()
    assert code == 1
    assert output.startswith("templates/pdf/learner.html.j2:3:1: error: template error: "), output
    assert "no_such_field" in output


def test_broken_css_in_an_override_fails_at_the_stylesheet(example: Path) -> None:
    override(example, "handout.css", 'html { font-family: "DejaVu Sans"; colr: red; }\n')
    code, output = cli_build()
    assert code == 1
    assert output.startswith("templates/pdf/handout.css: error: WeasyPrint reported a problem"), \
        output
    assert "colr" in output


@pytest.mark.parametrize(("name", "expression"), [
    ("quiz.html.j2", "quiz.questions"),
    ("quiz.html.j2", "questions[0].answer"),
    ("learner.html.j2", "module.sections[0].trainer_notes.strip()"),
    ("learner.html.j2", "answers[0].explanation"),
])
def test_learner_side_templates_cannot_reach_answers(
    example: Path, name: str, expression: str
) -> None:
    """The data itself holds no answers: an override that asks for one is an error."""
    kind = name.removesuffix(".html.j2")
    override(example, name, '{% extends "base.html.j2" %}{% block body %}'
             f"{{{{ {expression} }}}}{{% endblock %}}\n")
    loaded = load_project(example)
    assert loaded.config is not None
    folders = TemplateFolders(example / "templates" / "pdf")
    assembler = Assembler(loaded.config, loaded.loaded_config.path, folders,
                          datetime(2026, 11, 29, tzinfo=UTC))
    with pytest.raises(ContentError) as caught:
        assembler.module_html(loaded.modules[0].module, kind)  # type: ignore[arg-type]
    assert caught.value.diagnostics[0].location.path.name == name


def test_a_template_error_after_jobs_went_to_the_pool_is_located(example: Path) -> None:
    """With two jobs, the quiz sheet's HTML is assembled after other documents were handed
    to the workers (by the submitter thread): the error still stops everything, located."""
    override(example, "quiz.html.j2", '{% extends "base.html.j2" %}\n{% block body %}\n'
             "{{ module.no_such_field }}\n{% endblock %}\n")
    with pytest.raises(ContentError) as failure:
        build_pdf(example, jobs=2)
    shown = [d.format(example) for d in failure.value.diagnostics]
    assert shown[0].startswith("templates/pdf/quiz.html.j2:3:1: error: template error: "), shown
    assert not (example / "build" / "pdf").exists()
