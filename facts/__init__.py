"""The case file: pydantic models, YAML/JSON loading with located errors."""
