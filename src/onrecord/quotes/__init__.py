"""Quotes: from a parsed text to attributions (cue, source, content): quote marks, cue verbs and
clauses, quotations, the learned model's spans, and the hybrid of both. Word lists live in ``lang/<code>/``."""
