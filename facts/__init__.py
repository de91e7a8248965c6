"""The case file: pydantic models, YAML/JSON loading with located errors.

from facts import load_case
case = load_case("examples/belarus_children.yaml", vocabulary)   # raises InputError
"""

from facts.load import load_case, load_case_text
from facts.model import Accused, Case, Charge, Evidence, FactRecord
from facts.vocabulary import AttrSpec, FactSpec, Vocabulary

__all__ = [
    "Accused",
    "AttrSpec",
    "Case",
    "Charge",
    "Evidence",
    "FactRecord",
    "FactSpec",
    "Vocabulary",
    "load_case",
    "load_case_text",
]
