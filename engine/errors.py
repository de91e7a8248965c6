"""Errors of the engine layer that the CLI must tell apart from bad input."""

from rome_elements.base.errors import ElementsError


class EngineDisagreement(ElementsError):
    """The two engines returned different matches: an internal error, never a report."""

    code = "engine-disagreement"
