"""repair: slovnet's head predictions made one tree per sentence, on hand-made broken parses."""
from onrecord.nlp.ru.trees import repair


def _reaches_root(heads):
    roots = [i for i, h in enumerate(heads) if h is None]
    assert len(roots) == 1, heads
    for i in range(len(heads)):
        seen, node = set(), i
        while heads[node] is not None:
            assert node not in seen, f"cycle through {node}: {heads}"
            seen.add(node)
            node = heads[node]
    return roots[0]


def test_a_good_tree_is_left_alone():
    heads, rels = [1, None, 1], ["nsubj", "root", "obj"]
    assert repair(heads, rels, ["PRON", "VERB", "NOUN"]) == ([1, None, 1], ["nsubj", "root", "obj"])


def test_two_roots_the_verb_labelled_root_wins_and_the_other_becomes_parataxis():
    # «Мы готовы», — заявил он: both the quotation's predicate and the cue came out as roots
    heads, rels = repair([1, None, None, 2], ["nsubj", "root", "root", "nsubj"], ["PRON", "ADJ", "VERB", "PRON"])
    assert _reaches_root(heads) == 2
    assert heads[1] == 2 and rels[1] == "parataxis"


def test_a_self_loop_hangs_from_the_root():
    heads, rels = repair([0, None, 1], ["obl", "root", "obj"], ["NOUN", "VERB", "NOUN"])
    assert _reaches_root(heads) == 1
    assert heads[0] == 1 and rels[0] == "obl"


def test_a_cycle_is_cut_and_hangs_from_the_root():
    heads, rels = repair([1, 2, 0, None], ["obj", "nmod", "amod", "root"], ["NOUN", "NOUN", "ADJ", "VERB"])
    assert _reaches_root(heads) == 3
    assert sum(1 for h in heads[:3] if h == 3) == 1


def test_no_root_at_all_the_cycle_labelled_root_becomes_the_root():
    heads, rels = repair([1, 0, 1], ["nsubj", "root", "obj"], ["PRON", "VERB", "NOUN"])
    assert _reaches_root(heads) == 1 and rels[1] == "root"


def test_heads_out_of_range_and_a_chain_into_a_cycle():
    heads, _ = repair([7, None, 3, 4, 2], ["obl", "root", "obj", "nmod", "amod"], ["NOUN", "VERB", "NOUN", "NOUN", "ADJ"])
    assert _reaches_root(heads) == 1
    assert heads[0] == 1


def test_empty_sentence():
    assert repair([], [], []) == ([], [])
