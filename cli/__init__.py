"""The `elements` command line: click commands and the renderers of reports."""
