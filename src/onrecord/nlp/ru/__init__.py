"""The Russian parse: razdel's tokens and sentences, Natasha's slovnet models, pymorphy3's lemmas,
delivered as spaCy ``Doc``s so that the quote and speaker stages read Russian as they read English.
Nothing is imported here: importing ``onrecord`` never loads Natasha."""
