"""Bot-level triage tables, one module per body system or theme (see the module docstrings).

Each table keeps its own kind of check: hand-built parses (bot_parses) test the rules on exactly what nlu is
specified to return; texts run the whole path, either with the learned safety net on or, where the table says so
(the no_net fixture), with the net switched off so the level is the rules' own. Each lowering sits next to a case
that must still be raised.
"""
