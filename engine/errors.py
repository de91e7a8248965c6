"""Errors of the engine layer that the CLI must tell apart from bad input."""


class EngineDisagreement(RuntimeError):
    """The two engines returned different matches: an internal error, never a report."""
