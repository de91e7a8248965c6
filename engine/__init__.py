"""Evaluation: the engines (durable-rules `rete`, plain-Python `reference`), the weighing of
evidence at a standard of proof, and the report model."""
