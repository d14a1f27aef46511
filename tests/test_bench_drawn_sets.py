"""scripts/bench_drawn_forms.py finds its sets by the ordinals that end the drawn modules' names."""
from scripts.bench_drawn_forms import drawn_sets, ordinal


def test_ordinals_written_as_one_word():
    assert [ordinal(w) for w in ("first", "twelfth", "twentieth", "ninetyninth", "hundredth", "hundredfirst",
                                 "twohundredth", "threehundredfiftyfirst")] == [1, 12, 20, 99, 100, 101, 200, 351]
    assert ordinal("forms") is None and ordinal("second2") is None and ordinal("twentyeleventh") is None


def test_every_drawn_set_found_in_order():
    sets = drawn_sets()
    numbers = [ordinal(name) for name in sets]
    assert sets["first"] == "drawn_forms" and sets["threehundredthirtysixth"] == "drawn_pochard_threehundredthirtysixth"
    assert numbers == list(range(1, len(sets) + 1))  # none missing, none twice
