"""Bot-level triage tables, one module per body system or theme (see the module docstrings)."""
