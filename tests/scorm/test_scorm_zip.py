"""The SCORM zips: one per module, reproducible bytes, no answers in clear text, no injection."""

from __future__ import annotations

import json
import re
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from scorm_fixtures import FORMATS, ScormBuild, build_scorm

from curriculum.config import build_timestamp
from curriculum.errors import ContentError
from curriculum.loader import load_project
from curriculum.package import module_package
from curriculum.scorm.obscure import normalise_text, response_hash, reveal_text
from curriculum.scorm.player import SCRIPTS

MODULES = ("all-types", "digital-evidence-basics", "drawn-pool", "no-quiz")
# Strings of tests/scorm/data/all-types.yaml that reveal answers or must never leave the
# trainer's material; none may appear in clear text in any file of the zip.
SECRETS = ("EXPLAIN-SINGLE-QX7", "FEEDBACK-CRIMSON-UV2", "GENERAL-FEEDBACK-MANY-PQ3",
           "MODEL-ANSWER-ZX9", "quokkaphrase", "quokka phrase", "TRAINER-NOTE-SECRET-41")
# Names of the JSON package that carry answers; none may reach the player's data (as JSON
# keys: the player's interface text may say "explanations").
ANSWER_FIELDS = ('"correct_response"', '"correct"', '"model_answer"', '"explanation',
                 '"feedback')


def payload(entries: dict[str, bytes]) -> dict[str, Any]:
    text = entries["payload.js"].decode("utf-8")
    prefix, suffix = "window.CURRICULUM_PAYLOAD = ", ";\n"
    assert text.startswith(prefix) and text.endswith(suffix)
    data: dict[str, Any] = json.loads(text[len(prefix):-len(suffix)])
    return data


def json_package(scorm_build: ScormBuild, module_id: str) -> dict[str, Any]:
    project = load_project(scorm_build.project)
    assert project.config is not None
    loaded = next(m for m in project.modules if m.module.id == module_id)
    return module_package(project.config, loaded, build_timestamp(project.config))


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_zip_per_module(scorm_build: ScormBuild, fmt: str) -> None:
    names = sorted(p.name for p in (scorm_build.out / fmt).iterdir())
    assert names == sorted(f"{m}.zip" for m in MODULES)


def test_two_builds_give_identical_bytes(scorm_build: ScormBuild, tmp_path: Path) -> None:
    build_scorm(scorm_build.project, tmp_path / "again")
    for fmt in FORMATS:
        for module_id in MODULES:
            first = scorm_build.zip_path(fmt, module_id).read_bytes()
            second = (tmp_path / "again" / fmt / f"{module_id}.zip").read_bytes()
            assert first == second, f"{fmt}/{module_id}"


@pytest.mark.parametrize("fmt", FORMATS)
def test_zip_entries_are_sorted_dated_from_the_build_and_plain(
    scorm_build: ScormBuild, fmt: str
) -> None:
    with zipfile.ZipFile(scorm_build.zip_path(fmt, "all-types")) as archive:
        infos = archive.infolist()
    names = [i.filename for i in infos]
    assert names == sorted(names)
    assert "imsmanifest.xml" in names and "index.html" in names
    for info in infos:
        assert info.date_time == (2018, 11, 29, 0, 0, 0)  # SOURCE_DATE_EPOCH, not the clock
        assert stat.S_IMODE(info.external_attr >> 16) == 0o644
        assert info.extra == b"" and info.comment == b""
        assert info.compress_type == zipfile.ZIP_DEFLATED


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_answer_or_trainer_text_in_clear_text(scorm_build: ScormBuild, fmt: str) -> None:
    entries = scorm_build.entries(fmt, "all-types")
    for name, data in entries.items():
        lowered = data.decode("utf-8").lower()
        for secret in SECRETS:
            assert secret.lower() not in lowered, f"{secret!r} in {name}"
    for name in ("payload.js", "index.html"):
        assert not re.search(r"198[5-9]", entries[name].decode()), name  # numeric answer 1987±2
    for field in ANSWER_FIELDS:
        assert field not in entries["payload.js"].decode(), field


@pytest.mark.parametrize("fmt", FORMATS)
def test_player_items_hold_only_hashes_and_obscured_text(
    scorm_build: ScormBuild, fmt: str
) -> None:
    data = payload(scorm_build.entries(fmt, "all-types"))
    quiz = data["quiz"]
    allowed = {"id", "type", "points", "prompt_html", "group", "objective", "choices", "key",
               "keys", "range", "unit", "lefts", "rights", "reveal", "lms"}
    for item in quiz["items"]:
        assert set(item) <= allowed, item["id"]
        # Interaction codes: ids only (scorm/interactions.py), never a hint of the answer.
        assert set(item["lms"]) <= {"id", "choices", "lefts", "rights", "objective"}
        for choice in item.get("choices", []):
            assert set(choice) == {"id", "html"}
    assert "model_answer_html" not in json.dumps(data)


def canonical(item: dict[str, Any]) -> list[str]:
    response = item["correct_response"]
    kind = item["type"]
    if kind in ("single_choice", "multiple_choice"):
        return [",".join(sorted(response))]
    if kind == "true_false":
        return ["true" if response[0] else "false"]
    if kind == "fill_blank":
        return [normalise_text(a) for a in response]
    if kind == "matching":
        return [",".join(f"{left}={right}" for left, right in sorted(response))]
    return [",".join(response)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_hashes_and_obscured_text_match_the_json_package(
    scorm_build: ScormBuild, fmt: str
) -> None:
    source = json_package(scorm_build, "all-types")
    quiz = payload(scorm_build.entries(fmt, "all-types"))["quiz"]
    salt = quiz["salt"]
    played = {item["id"]: item for item in quiz["items"]}
    for item in source["assessments"][0]["items"]:
        mine = played[item["identifier"]]
        if item["type"] == "numeric":
            low_high = json.loads(reveal_text(salt, f"{mine['id']}|range", mine["range"]))
            assert low_high == [1985, 1989]
        elif item["type"] != "short_answer":
            hashes = {response_hash(salt, mine["id"], c) for c in canonical(item)}
            assert hashes == set(mine.get("keys", [mine.get("key")]))
    revealed = json.loads(reveal_text(salt, "pick-one", played["pick-one"]["reveal"]))
    assert "EXPLAIN-SINGLE-QX7" in revealed["explanation_html"]
    assert "FEEDBACK-CRIMSON-UV2" in revealed["feedback"]["a"]
    # The review's correct answers are in the obscured blob, as the JSON package has them.
    for item in source["assessments"][0]["items"]:
        mine = played[item["identifier"]]
        shown = json.loads(reveal_text(salt, mine["id"], mine["reveal"])) if "reveal" in mine \
            else {}
        assert shown.get("correct") == item.get("correct_response"), item["identifier"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_author_text_stays_literal_in_the_launch_page_and_payload(
    scorm_build: ScormBuild, fmt: str
) -> None:
    entries = scorm_build.entries(fmt, "all-types")
    page = entries["index.html"].decode()
    assert "<title>All types &lt;script&gt;window.__pwned = 1&lt;/script&gt; {{ 7*7 }}</title>" \
        in page
    assert page.count("<script") == len(SCRIPTS) and "__pwned" not in page.replace(
        "&lt;script&gt;window.__pwned", "")
    script = entries["payload.js"].decode()
    assert "<" not in script and ">" not in script  # written as \u003c / \u003e
    data = payload(entries)
    body = data["sections"][0]["html"]
    assert "&lt;script&gt;window.__pwned = 3&lt;/script&gt;" in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    assert "href=\"javascript" not in body and "[bad link](javascript:alert(1))" in body
    assert data["title"] == "All types <script>window.__pwned = 1</script> {{ 7*7 }}"
    assert "49" not in page


def test_language_sets_lang_and_direction(scorm_build: ScormBuild) -> None:
    hebrew = scorm_build.entries("scorm12", "no-quiz")["index.html"].decode()
    english = scorm_build.entries("scorm12", "all-types")["index.html"].decode()
    assert '<html lang="he" dir="rtl">' in hebrew
    assert '<html lang="en" dir="ltr">' in english


def test_handling_marking_is_shown_in_the_player(scorm_build: ScormBuild) -> None:
    page = scorm_build.entries("scorm2004", "all-types")["index.html"].decode()
    assert 'data-handling="TLP:AMBER"' in page and "<strong>TLP:AMBER</strong>" in page


@pytest.mark.parametrize("fmt", FORMATS)
def test_tlp_red_module_stops_the_scorm_build_with_a_located_error(
    project_factory: Callable[[], Path], tmp_path: Path, fmt: str
) -> None:
    project = project_factory()
    module = project / "modules" / "drawn-pool.yaml"
    text = module.read_text(encoding="utf-8")
    module.write_text(text.replace("duration: 30\n", "duration: 30\nhandling: TLP:RED\n"),
                      encoding="utf-8")
    line = text.splitlines().index("duration: 30") + 2
    out = tmp_path / "out"
    with pytest.raises(ContentError) as caught:
        build_scorm_format(project, out, fmt)
    [problem] = caught.value.diagnostics
    assert (problem.location.path, problem.location.line) == (module, line)
    assert "TLP:RED" in problem.message and fmt in problem.message
    assert not (out / fmt).exists()


def build_scorm_format(project: Path, out: Path, fmt: str) -> None:
    from curriculum.build import build

    build(project, [fmt], out)
