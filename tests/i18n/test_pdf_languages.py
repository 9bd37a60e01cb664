"""French, Spanish and Arabic modules print every interface word in their own language."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from curriculum.build import build
from curriculum.i18n.catalogues import read_catalogue

DATA = Path(__file__).parents[1] / "data" / "i18n"
KINDS = ("learner", "trainer", "quiz", "answer-key")
CONTENT_WORDS = {"TLP", "CLEAR", "Fixture", "Academy", "Evidence"}
"""ASCII words an Arabic PDF may hold: the marking and the English curriculum's own texts."""


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("pdftotext") is None or shutil.which("pdffonts") is None:
        pytest.skip("pdftotext and pdffonts (poppler-utils) are not installed")
    root = tmp_path_factory.mktemp("i18n") / "project"
    shutil.copytree(DATA, root)
    return build(root, ["pdf"], jobs=2).out_dir / "pdf"


@pytest.fixture(scope="module")
def texts(pdfs: Path) -> dict[str, str]:
    out = pdfs
    return {f"{module}.{kind}": _text(out / f"{module}.{kind}.pdf")
            for module in ("module-fr", "module-es", "module-ar") for kind in KINDS}


def _text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          check=True, text=True)
    return re.sub("[\u00a0\u202f]", " ", done.stdout)  # poppler's no-break spaces vary


def _english_interface(code: str) -> list[str]:
    """English interface strings (msgids the language translates differently), cut at
    their placeholders; plural entries by both English forms."""
    catalogue = read_catalogue(code)
    out = []
    for message in read_catalogue("en"):
        if not message.id:
            continue
        ids = list(message.id) if message.pluralizable else [message.id]
        translated = catalogue.get(ids[0])
        forms = translated.string if translated is not None else ""
        theirs = " ".join(forms) if isinstance(forms, (tuple, list)) else str(forms)
        for key in ids:
            out.extend(p.strip() for p in re.split(r"\{\w+\}", str(key))
                       if len(p.strip()) >= 4 and p.strip() not in theirs)
    return out


def test_french_pdfs_show_french_labels(texts: dict[str, str]) -> None:
    learner, quiz = texts["module-fr.learner"], texts["module-fr.quiz"]
    for label in ("Support de l\u2019apprenant", "Points clés", "Objectifs pédagogiques",
                  "Sommaire",
                  "Page 1 sur 2", "29 novembre 2026", "Fondamental", "30 minutes"):
        assert label in learner
    for label in ("Cochez Vrai ou Faux.", "Écrivez le nombre.", "Réponse :", "Vrai", "Faux",
                  "Seuil de réussite : 50 %.", "3 questions, 3 points."):
        assert label in quiz
    assert "Contrôle des connaissances : La chaîne de" in quiz  # no-break space before ":"
    assert "Plan de séance" in texts["module-fr.trainer"]
    assert "Le plan correspond à la durée du module" in texts["module-fr.trainer"]


def test_spanish_pdfs_show_spanish_labels(texts: dict[str, str]) -> None:
    learner, quiz = texts["module-es.learner"], texts["module-es.quiz"]
    for label in ("Material del participante", "Puntos clave", "Objetivos de aprendizaje",
                  "Índice", "Página 1 de 2", "29 de noviembre de 2026", "Intermedio",
                  "30 minutos", "Nivel", "Destinatarios"):
        assert label in learner, label
    for label in ("Marque Verdadero o Falso.", "Escriba el número.", "Verdadero", "Falso",
                  "Nota mínima para aprobar: 50 %.", "3 preguntas, 3 puntos.", "(1 punto)",
                  "¿Cuántas incautaciones"):
        assert label in quiz, label
    trainer = texts["module-es.trainer"]
    assert "Plan de la sesión" in trainer
    assert "El plan suma 25 minutos: 5 minutos menos que la duración del módulo" in trainer
    assert "Solucionario" in texts["module-es.answer-key"]


@pytest.mark.parametrize("code", ["fr", "es"])
@pytest.mark.parametrize("kind", KINDS)
def test_pdfs_have_no_english_interface_text(texts: dict[str, str], code: str, kind: str
                                             ) -> None:
    text = texts[f"module-{code}.{kind}"]
    english = _english_interface(code)
    assert "Learner handout" in english and "Trainer copy: contains answers" in english
    left = sorted({s for s in english if re.search(rf"\b{re.escape(s)}\b", text)})
    assert left == []


def test_arabic_pdfs_show_arabic_labels(texts: dict[str, str]) -> None:
    learner, quiz = texts["module-ar.learner"], texts["module-ar.quiz"]
    for label in ("نشرة المتدرب", "النقاط الرئيسية", "المحتويات", "صفحة", "نوفمبر", "أساسي"):
        assert label in learner
    for label in ("اكتب العدد", "ورقة", "صح", "خطأ", "نقطة واحدة", "درجة النجاح"):
        assert label in quiz
    assert "خطة الجلسة" in texts["module-ar.trainer"]


@pytest.mark.parametrize("kind", KINDS)
def test_arabic_pdfs_have_no_english_left(texts: dict[str, str], kind: str) -> None:
    words = set(re.findall(r"[A-Za-z]{2,}", texts[f"module-ar.{kind}"]))
    assert words <= CONTENT_WORDS


def test_arabic_pdfs_use_only_the_shipped_sans_face(pdfs: Path) -> None:
    """DejaVu Sans (shipped) covers Arabic: nothing falls back to a system font."""
    for kind in KINDS:
        listing = subprocess.run(["pdffonts", str(pdfs / f"module-ar.{kind}.pdf")],
                                 capture_output=True, check=True, text=True).stdout
        fonts = {line.split()[0].split("+")[-1] for line in listing.splitlines()[2:]}
        assert fonts and fonts <= {"Curriculum-Sans", "Curriculum-Sans-Bold"}, (kind, fonts)
