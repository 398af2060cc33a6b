"""Speakers: the source mention of each attribution (:mod:`.mentions`), who it refers to in the
article (:mod:`.coref`), and who it is across articles (:mod:`.identity`, pure, read by the store)."""
