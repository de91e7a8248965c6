"""The case file: pydantic models, YAML/JSON loading with located errors.

from rome_elements.facts import load_case
case = load_case("examples/belarus_children.yaml", vocabulary)   # raises InputError
"""

from rome_elements.facts.load import load_case, load_case_text
from rome_elements.facts.model import Accused, Case, Charge, Evidence, FactRecord
from rome_elements.facts.vocabulary import AttrSpec, FactSpec, Vocabulary

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
