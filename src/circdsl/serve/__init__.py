"""Serving the validators: `circ serve` (FastAPI, extra `circdsl[serveur]`), the applicants'
questionnaire, and the JSON schemas for forms (`schemas`, which needs no web framework)."""
