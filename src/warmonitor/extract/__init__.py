"""Extract: one report in, its claims out (a spaCy pipeline of small components).

Extraction never reads the database: the same text and publication date give
the same claims."""
