"""Russian speakers: names in any case to the nominative, pronouns, role nouns and bodies resolved
inside the article (:mod:`.resolve`), outlets and bodies as data, and the transliteration of names
(:mod:`.translit`) for the cross-language merge."""
