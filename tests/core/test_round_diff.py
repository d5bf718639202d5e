"""Two rounds of a draft on chapter 32 of the Criminal Code compared: what changed, and where
each unit of the earlier round is in the later one."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.core import model as m
from drafter.core import round_diff as rd
from drafter.core.address import assign_addresses
from drafter.core.draft import proposals_between, proposed_act
from drafter.core.structure import parse_lines

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "uk-rf_ch32_current.txt"
CHAPTER = parse_lines(SAMPLE.read_text(encoding="utf-8").split("\n"), slug="uk-rf").act
assign_addresses(CHAPTER)


def article(label: str) -> m.Unit:
    found = CHAPTER.find(f"art:{label}")
    assert found is not None
    return found.copy()


def draft_of(*units: m.Unit) -> m.Draft:
    """A draft proposing ``units`` (whole articles) for the chapter."""
    fragment = m.Act(slug="uk-rf", profile=CHAPTER.profile, units=list(units))
    return m.Draft(acts=[m.ActDraft("uk-rf", proposals_between(CHAPTER.copy(), fragment))])


def compare(draft_a: m.Draft, draft_b: m.Draft) -> rd.ActComparison:
    found = rd.round_changes([CHAPTER], draft_a, [CHAPTER], draft_b)
    if not (draft_a.acts[0].proposals or draft_b.acts[0].proposals):
        assert found == {}  # an act neither round amends is left out
        return rd.compare_acts(CHAPTER.copy(), CHAPTER.copy())
    return found["uk-rf"]


def with_new_part(label: str, at: int) -> m.Unit:
    """Article ``label`` with a new part inserted as part ``at``, the following parts renumbered
    (as the bill says «части 2 и 3 считать соответственно частями 3 и 4»)."""
    art = article(label)
    for part in art.children[at - 1 :]:
        part.number = str(int(part.number) + 1)
    new = m.Unit(
        kind="part",
        number=str(at),
        text="Те же деяния, совершенные с использованием служебного положения, -",
        closing="наказываются лишением свободы на срок до восьми лет.",
    )
    art.children.insert(at - 1, new)
    return art


def with_words(label: str, old: str, new: str) -> m.Unit:
    art = article(label)
    hits = [u for u in art.walk() if old in u.closing]
    assert hits, (label, old)
    hits[0].closing = hits[0].closing.replace(old, new)
    return art


def added_article(label: str) -> m.Unit:
    return m.Unit(
        kind="article",
        number=label,
        heading="Организация незаконной миграции с использованием сети «Интернет»",
        children=[
            m.Unit(kind="part", number="1", text="Организация незаконного въезда в Российскую "
                   "Федерацию иностранных граждан с использованием сети «Интернет» -",
                   closing="наказывается лишением свободы на срок до пяти лет."),
            m.Unit(kind="part", number="2", text="То же деяние, совершенное группой лиц по "
                   "предварительному сговору, -",
                   closing="наказывается лишением свободы на срок до семи лет."),
        ],
    )  # fmt: skip


def test_a_part_inserted_in_round_2_renumbers_the_following_parts_and_their_remarks():
    round_1 = draft_of(with_words("321", "до пяти лет", "до шести лет"))
    round_2 = draft_of(with_new_part("321", 2))
    # round 2 also undoes round 1's change of the first part's penalty
    c = compare(round_1, round_2)
    assert c.addresses["art:321/part:1"] == "art:321/part:1"
    assert c.addresses["art:321/part:2"] == "art:321/part:3"
    assert c.addresses["art:321/part:3"] == "art:321/part:4"
    assert rd.map_address(c, "art:321/part:3") == "art:321/part:4"
    got = [(x.status, x.address, x.new_address) for x in c.changes]
    assert got == [
        ("changed", "art:321/part:1", "art:321/part:1"),
        ("added", "art:321/part:2", "art:321/part:2"),
        ("renumbered", "art:321/part:2", "art:321/part:3"),
        ("renumbered", "art:321/part:3", "art:321/part:4"),
    ]
    assert c.changes[0].fields == ("closing",)
    assert c.changes[1].parent == "art:321"
    # the other articles of the chapter keep their addresses
    assert all(c.addresses[u.address] == u.address for u in CHAPTER.find("art:322").walk())


def test_an_added_article_dropped_in_round_2_is_removed_with_its_parts():
    round_1 = draft_of(added_article("322.4"), with_words("322", "до двух лет", "до трех лет"))
    round_2 = draft_of(with_words("322", "до двух лет", "до трех лет"))
    c = compare(round_1, round_2)
    assert [(x.status, x.address) for x in c.changes] == [("removed", "art:322.4")]
    assert c.addresses["art:322.4"] is None
    assert c.addresses["art:322.4/part:2"] is None
    assert rd.map_address(c, "art:322.4/part:1") is None
    assert rd.map_address(c, "art:322.4#heading") is None
    assert rd.map_address(c, "art:322#heading") == "art:322#heading"


def test_an_added_article_relabelled_keeps_its_parts():
    round_1 = draft_of(added_article("322.4"))
    round_2 = draft_of(added_article("322.5"))
    c = compare(round_1, round_2)
    assert [(x.status, x.address, x.new_address) for x in c.changes] == [
        ("renumbered", "art:322.4", "art:322.5")
    ]
    assert c.addresses["art:322.4/part:2"] == "art:322.5/part:2"


def test_a_change_is_listed_at_the_deepest_unit_that_differs():
    round_1 = draft_of()
    round_2 = draft_of(with_words("318", "до десяти лет", "до двенадцати лет"))
    c = compare(round_1, round_2)
    assert [(x.status, x.address, x.fields) for x in c.changes] == [
        ("changed", "art:318/part:2", ("closing",))
    ]
    assert c.changes[0].before is not None and "до десяти лет" in c.changes[0].before.closing
    assert c.changes[0].after is not None and "до двенадцати лет" in c.changes[0].after.closing
    back = compare(round_2, round_1)  # B older than A: the same unit, the other way round
    assert [(x.status, x.address) for x in back.changes] == [("changed", "art:318/part:2")]


def test_a_repealed_article_maps_its_parts_to_none():
    repealed = m.Unit(kind="article", number="319", repealed=True)
    c = compare(draft_of(), draft_of(repealed))
    assert [(x.status, x.address, x.fields) for x in c.changes] == [
        ("changed", "art:319", ("heading", "text", "closing", "repealed"))
        if article("319").closing
        else ("changed", "art:319", ("heading", "text", "repealed"))
    ]
    assert c.addresses["art:319"] == "art:319"
    assert all(c.addresses[u.address] is None for u in list(article("319").walk())[1:])


def test_ancestors():
    assert rd.ancestors("art:1/part:2/pt:3") == ["art:1/part:2/pt:3", "art:1/part:2", "art:1"]
    assert rd.ancestors("art:1#heading") == ["art:1"]
    assert rd.ancestors("") == []


# --- property: random edits of the chapter in two rounds ------------------------------------
NUMBERED = [
    u.number
    for u in CHAPTER.top_units()
    if len(u.children) >= 2 and all(c.kind == "part" and c.number.isdigit() for c in u.children)
]
LABELS = [u.number for u in CHAPTER.top_units()]

edit = st.one_of(
    st.tuples(st.just("part"), st.sampled_from(NUMBERED), st.integers(1, 3)),
    st.tuples(st.just("words"), st.sampled_from(LABELS), st.integers(0, 3)),
    st.tuples(st.just("add"), st.sampled_from(["317.1", "322.4", "330.4"]), st.just(0)),
    st.tuples(st.just("repeal"), st.sampled_from(LABELS), st.just(0)),
)


def round_of(edits: list[tuple[str, str, int]]) -> tuple[m.Draft, dict[str, tuple[str, int]]]:
    """A draft made of ``edits`` (one per article at most) and the edit of each article."""
    units: dict[str, m.Unit] = {}
    done: dict[str, tuple[str, int]] = {}
    for kind, label, n in edits:
        if label in units:
            continue
        if kind == "part":
            n = min(n, len(article(label).children))
            units[label] = with_new_part(label, n)
        elif kind == "words":
            art = article(label)
            leaves = [u for u in art.walk() if u.text and not u.children]
            if not leaves:
                continue
            leaf = leaves[n % len(leaves)]
            leaf.text = leaf.text.replace(" ", " не ", 1)
            units[label] = art
        elif kind == "add":
            units[label] = added_article(label)
        else:
            units[label] = m.Unit(kind="article", number=label, repealed=True)
        done[label] = (kind, n)
    return draft_of(*units.values()), done


@settings(max_examples=100)
@given(st.lists(edit, max_size=5), st.lists(edit, max_size=5))
def test_every_address_of_round_a_maps_into_round_b_or_to_none(edits_a, edits_b):
    draft_a, done_a = round_of(edits_a)
    draft_b, done_b = round_of(edits_b)
    touched_a, touched_b = set(done_a), set(done_b)
    c = compare(draft_a, draft_b)
    text_a = proposed_act(CHAPTER, draft_a.acts[0])
    text_b = {u.address for u in proposed_act(CHAPTER, draft_b.acts[0]).walk()}
    targets = [c.addresses[u.address] for u in text_a.walk()]
    assert all(t is None or t in text_b for t in targets)
    found = [t for t in targets if t is not None]
    assert len(found) == len(set(found)), "two units of round A cannot become one"
    for unit in text_a.top_units():
        if unit.number not in touched_a | touched_b:
            assert all(c.addresses[u.address] == u.address for u in unit.walk())
    for label, (kind, at) in done_b.items():
        if kind == "part" and label not in touched_a:  # round B inserts part ``at``
            for part in article(label).children:
                n = int(part.number)
                assert c.addresses[part.address] == f"art:{label}/part:{n + (n >= at)}"
    for change in c.changes:
        assert change.status in rd.STATUSES
        assert (change.before is None) == (change.status == rd.ADDED)
        assert (change.after is None) == (change.status == rd.REMOVED)
    if not (touched_a | touched_b):
        assert c.changes == []
