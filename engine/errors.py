"""Errors of the engine layer that the CLI must tell apart from bad input."""

from rome_elements.base.errors import ElementsError


class EngineDisagreement(ElementsError):
    """The two engines returned different matches: an internal error, never a report."""

    code = "engine-disagreement"


class CapacityError(ElementsError):
    """An internal structure was asked to hold more than it can (for instance a status whose
    rank does not fit its bits): a bug in the program, never a report. Raised at once rather
    than letting one value overflow into its neighbour."""

    code = "internal-capacity"
