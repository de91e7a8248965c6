"""Evaluation (`rome_elements.engine`): the engines (durable-rules `rete`, plain-Python
`reference`), the weighing of evidence at a standard of proof (`weigh`), jurisdiction, the
act-by-act analysis that turns matches into findings (`analyse` and the modules it composes),
and the report model (`report`). `check.check` is the one entry point."""
