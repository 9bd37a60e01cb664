"""Protected spans: each occurrence its own XLIFF code, paired between source and target."""

from __future__ import annotations

from curriculum.translation.codes import Code, joined, split


def test_each_occurrence_has_its_own_id_and_targets_reuse_the_sources() -> None:
    source = split("Run `x`, then `x` again; see [](#next) and <https://example.org>.")
    codes = [p for p in source if isinstance(p, Code)]
    assert [(c.id, c.data) for c in codes] == [
        ("1", "`x`"), ("2", "`x`"), ("3", "[](#next)"), ("4", "<https://example.org>")]
    target = split("Voir [](#next) ; lancez `x` puis `x` et `y`.", source)
    assert [(p.id, p.data) for p in target if isinstance(p, Code)] == [
        ("3", "[](#next)"), ("1", "`x`"), ("2", "`x`"), ("5", "`y`")]
    assert joined(target) == "Voir [](#next) ; lancez `x` puis `x` et `y`."


def test_a_link_keeps_its_words_translatable_and_its_target_protected() -> None:
    pieces = split("Read [the guide](https://example.org/guide) first.")
    assert pieces == ["Read [the guide", Code("1", "](https://example.org/guide)"), " first."]
