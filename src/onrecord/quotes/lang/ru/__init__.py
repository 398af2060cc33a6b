"""Russian reporting constructions: the cue lexicon (lemmas, read with pymorphy3's dictionary forms)
and the rules that read them from a UD parse (:mod:`.reported`)."""
