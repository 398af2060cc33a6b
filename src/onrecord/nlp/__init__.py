"""The one place language models load: the spaCy parsing pipeline (:mod:`.parser`), the learned
quote model (:mod:`.quote_model`), and the packaged word lists (:mod:`.wordlists`).

Nothing is imported here, so that a stage importing one of them loads that one only.
"""
