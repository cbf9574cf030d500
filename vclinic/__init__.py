"""Composition root: settings -> FastAPI app, `vclinic` CLI and the background workers' lifecycle."""
