"""A project's templates are hostile input: every known way out of Jinja2 is a located error.

Each payload sits on line 3 of a project override; the build must stop with
``templates/pdf/quiz.html.j2:3:1: error: ...``, exit 1, write nothing, and the
payload's side effect (a file created by a shell command) must not happen.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pdf_support import cli_build, override

from curriculum import sandbox

SHELL = 'popen("touch PWNED").read()'
PAYLOADS = {
    "lipsum-globals": f'lipsum.__globals__["os"].{SHELL}',
    "cycler-globals": f"cycler.__init__.__globals__.os.{SHELL}",
    "joiner-globals": f"joiner.__init__.__globals__.os.{SHELL}",
    "namespace-globals": f"namespace.__init__.__globals__.os.{SHELL}",
    "class-mro": "''.__class__.__mro__[1].__subclasses__()",
    "self-context": "self._TemplateReference__context",
    "format-string": '"{0.__class__.__init__.__globals__}".format(doc)',
    "format-map": '"{x.__class__}".format_map({"x": doc})',
    "getitem-dunder": 'doc["__class__"]',
    "attr-filter": 'doc | attr("__class__")',
    "request-lookup": "request.environ",
    "config-lookup": "config.items()",
    "range-bomb": "range(10**7) | length",
    "repeat-bomb": '("x" * 200000) | length',
    "percent-format": '("%0200000d" % 1) | length',
    "format-filter-width": '("%0200000d" | format(1)) | length',
    "format-filter-star": '("%*d" | format(200000, 1)) | length',
    "padding-method": '"x".zfill(200000) | length',
    "power-bomb": "(10 ** 100000) | string | length",
    "asset-outside": 'asset("../../../../../../etc/passwd")',
}


def assert_refused(root: Path, output: str, code: int, where: str) -> None:
    assert code == 1, output
    assert output.startswith(f"{where}: error: "), output
    assert "Traceback" not in output
    assert not (root / "PWNED").exists()
    assert not (root / "build" / "pdf").exists()
    assert "root:" not in output  # nothing of /etc/passwd


STATEMENTS = {
    "include-absolute": '{% include "/etc/passwd" %}',
    "include-parent": '{% include "../../../../../../../etc/passwd" %}',
    "import-parent": '{% import "../../curriculum.yaml" as c %}',
    "macro-recursion": "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
}
CALL_BOMB = ("{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}"
             "{{ f(40) }}")
LINES = {**{name: f"{{{{ {expression} }}}}" for name, expression in PAYLOADS.items()},
         **STATEMENTS}


@pytest.mark.parametrize("line", LINES.values(), ids=LINES.keys())
def test_every_escape_is_a_located_error(example: Path, line: str) -> None:
    override(example, "book.html.j2", '{% extends "base.html.j2" %}\n{% block body %}\n'
             f"{line}\n{{% endblock %}}\n")
    code, output = cli_build()
    assert_refused(example, output, code, "templates/pdf/book.html.j2:3:1")


def test_a_call_bomb_stops_at_the_call_budget(
    example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """2**40 macro calls: stopped once the budget is spent (lowered here to keep the test fast)."""
    monkeypatch.setattr(sandbox, "MAX_CALLS", 20_000)
    override(example, "book.html.j2", '{% extends "base.html.j2" %}\n{% block body %}\n'
             f"{CALL_BOMB}\n{{% endblock %}}\n")
    code, output = cli_build()
    assert_refused(example, output, code, "templates/pdf/book.html.j2:3:1")
    assert "the template made more than 20,000 calls" in output


def test_a_loop_bomb_stops_at_the_time_limit(
    example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """10**9 empty iterations make no call: the render's time limit stops them (lowered here)."""
    monkeypatch.setattr(sandbox, "RENDER_SECONDS", 1)
    loops = "{% for i in '0123456789' %}" * 9 + "{% endfor %}" * 9
    override(example, "book.html.j2", '{% extends "base.html.j2" %}\n{% block body %}\n'
             f"{loops}\n{{% endblock %}}\n")
    code, output = cli_build()
    assert_refused(example, output, code, "templates/pdf/book.html.j2:3:1")
    assert "the template ran longer than 1 s" in output


def test_the_error_names_what_was_refused(example: Path) -> None:
    override(example, "book.html.j2", '{% extends "base.html.j2" %}\n{% block body %}\n'
             "{{ ''.__class__ }}\n{% endblock %}\n")
    _, output = cli_build()
    assert "access to attribute '__class__' of 'str' objects is not allowed in templates" \
        in output


@pytest.mark.parametrize("target", ["/etc/passwd", "../../../outside.j2"])
def test_a_template_linked_outside_the_project_is_never_read(
    example: Path, tmp_path: Path, target: str
) -> None:
    (tmp_path / "outside.j2").write_text("SECRET-CONTENT {{ oops\n", "utf-8")
    link = example / "templates" / "pdf" / "quiz.html.j2"
    link.parent.mkdir(parents=True)
    os.symlink(target, link)
    code, output = cli_build()
    assert code == 1, output
    assert output.startswith("templates/pdf/quiz.html.j2: error: is a symbolic link to a file "
                             "outside the project; refused"), output
    assert "SECRET-CONTENT" not in output and "root:" not in output
    assert not (example / "build" / "pdf").exists()


def test_a_link_inside_the_project_is_followed(example: Path) -> None:
    shared = example / "shared" / "quiz.j2"
    shared.parent.mkdir()
    shared.write_text('{% extends "base.html.j2" %}{% block body %}<p>LINKED-INSIDE</p>'
                      "{% endblock %}\n", "utf-8")
    link = example / "templates" / "pdf" / "quiz.html.j2"
    link.parent.mkdir(parents=True)
    os.symlink("../../shared/quiz.j2", link)
    code, output = cli_build()
    assert code == 0, output
    assert (example / "build" / "pdf" / "curriculum.pdf").is_file()


def test_allowed_template_features_still_work(example: Path) -> None:
    override(example, "book.html.j2", '{% extends "base.html.j2" %}\n{% block body %}\n'
             "{% for i in range(3) %}{{ loop.index }}{% endfor %} {{ 6 * 7 }} {{ 2 ** 10 }}"
             " {{ doc.title | upper | truncate(200) }} {{ self.body.__name__ is defined }}\n"
             "{% endblock %}\n")
    code, output = cli_build()
    assert code == 1 and "'__name__'" in output  # even a test of a private name is refused
    override(example, "book.html.j2", '{% extends "base.html.j2" %}\n{% block body %}\n'
             "<p>{% for i in range(3) %}{{ loop.index }}{% endfor %} {{ 6 * 7 }} {{ 2 ** 10 }}"
             " {{ doc.label | upper }} {{ '%.2f' | format(2 / 3) }}</p>\n{% endblock %}\n")
    code, output = cli_build()
    assert code == 0, output


def test_data_keys_named_like_denied_methods_are_data() -> None:
    """``{"format": ...}`` is data; ``"".format`` is a method and stays refused."""
    from curriculum.rendering import sandboxed_environment

    env = sandboxed_environment()
    assert env.from_string("{{ d.format }} {{ d['center'] }}").render(
        d={"format": "A4", "center": "middle"}) == "A4 middle"
    with pytest.raises(sandbox.SecurityError):
        env.from_string("{{ d.items.__self__ }}").render(d={"format": 1})
    with pytest.raises(sandbox.SecurityError):
        env.from_string("{{ ''.format }}").render()
