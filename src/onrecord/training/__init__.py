"""Training the learned quote model (issue 7): corpus conversion for ``spacy train``.

Nothing here runs at extraction time; ``make train`` calls it (docs/training.md).
"""
