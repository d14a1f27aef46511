"""scripts/bench_drawn_forms.py finds its sets by the ordinals that end the drawn modules' names."""
from scripts.bench_drawn_forms import drawn_sets, ordinal, upload


def test_ordinals_written_as_one_word():
    assert [ordinal(w) for w in ("first", "twelfth", "twentieth", "ninetyninth", "hundredth", "hundredfirst",
                                 "twohundredth", "threehundredfiftyfirst")] == [1, 12, 20, 99, 100, 101, 200, 351]
    assert ordinal("forms") is None and ordinal("second2") is None and ordinal("twentyeleventh") is None


def test_every_drawn_set_found_in_order():
    sets = drawn_sets()
    numbers = [ordinal(name) for name in sets]
    assert sets["first"] == "drawn_forms" and sets["threehundredthirtysixth"] == "drawn_pochard_threehundredthirtysixth"
    assert numbers == list(range(1, len(sets) + 1))  # none missing, none twice


def test_sets_read_together_keep_their_cases_apart(tmp_path):
    """Several sets in one run (one start-up): each set's cases named after it, so each is scored on its own."""
    inbox = tmp_path / "inbox"
    first = upload("sixhundredthirtyfirst", tmp_path / "a", inbox, "sixhundredthirtyfirst--")
    second = upload("sixhundredthirtysecond", tmp_path / "b", inbox, "sixhundredthirtysecond--")
    cases = sorted(p.name for p in inbox.iterdir())
    assert cases == sorted(set(first[2].values()) | set(second[2].values())) and len(cases) == 6
    assert all(case.startswith(("sixhundredthirtyfirst--form-", "sixhundredthirtysecond--form-")) for case in cases)
    assert all(len(list((inbox / case).iterdir())) == 1 for case in cases)
