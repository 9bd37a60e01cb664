"""A module after loading: the config's defaults applied once, so nothing downstream guesses.

Outputs read ``module.language``, ``module.handling`` and ``module.direction``
and trust them; no caller falls back to the config again.
"""

from __future__ import annotations

from curriculum.i18n.languages import Direction, direction
from curriculum.models import CurriculumConfig, Handling, Language, Module


class ResolvedModule(Module):
    """A :class:`Module` whose language, direction and handling are never empty."""

    language: Language
    handling: Handling

    @property
    def direction(self) -> Direction:
        """``rtl`` or ``ltr`` (computed when asked, so ``validate`` never loads Babel)."""
        return direction(self.language)


def resolve(module: Module, config: CurriculumConfig | None) -> ResolvedModule:
    """Fill language, handling, advisory and self-care from the config where unset.

    With no valid config (``curriculum.yaml`` has errors) the config's own
    defaults apply, so a module is resolved the same way in every case.
    """
    language = module.language or (config.language if config else _DEFAULT_LANGUAGE)
    handling = module.handling or (config.handling if config else _DEFAULT_HANDLING)
    fields = dict(module)
    fields.update(
        language=language,
        handling=handling,
        advisory=module.advisory or (config.advisory if config else None),
        self_care=module.self_care or (config.self_care if config else None),
    )
    return ResolvedModule.model_construct(module.model_fields_set, **fields)


_DEFAULT_LANGUAGE: str = CurriculumConfig.model_fields["language"].default
_DEFAULT_HANDLING: Handling = CurriculumConfig.model_fields["handling"].default
