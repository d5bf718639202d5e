"""Reading a returned file in the core: on real lines of the Criminal Code, with reviewers simulated
on the returned-document structures — no item lost, none of ours taken for theirs, each placed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.core.address import assign_addresses
from drafter.core.linelayout import act_lines
from drafter.core.normalize import normalize
from drafter.core.review import anonymized, content_score, review
from drafter.core.review_align import Side, align
from drafter.core.review_doc import (
    RComment,
    RDoc,
    Rev,
    RPara,
    RPoint,
    Seg,
    SentFile,
    SentLine,
    SentRev,
    common_unit,
)
from drafter.core.structure import parse_lines

ARTICLES = (
    Path(__file__).parents[1]
    / "data/corpus/ru-376fz-fictitious-registration"
    / "uk-rf_arts-322-to-322.3_AFTER_pravo-gov-ru_ed-2023-08-04.txt"
)
OURS = Rev("Минюст России", "2024-06-01T12:00:00Z", "")
THEIRS = ("Пётр Ревизоров", "2024-06-10T09:00:00Z")


def _lines() -> list[tuple[str, str, str]]:
    act = parse_lines(ARTICLES.read_text(encoding="utf-8").splitlines(), slug="uk-rf").act
    assign_addresses(act)
    return [(x.address, x.role, x.text) for x in act_lines(act) if x.text]


LINES = _lines()


class Sim:
    """A sent file and the returned document a reviewer makes of it, in the core structures."""

    def __init__(self, ours_every: int = 5) -> None:
        self._keys = 0
        lines: list[SentLine] = []
        self.paras: list[RPara] = []
        self.bookmarks: dict[str, tuple[int, int]] = {}
        for n, (address, role, text) in enumerate(LINES):
            name = f"_drf{n}"
            self.bookmarks[name] = (n, n)
            words = text.split(" ")
            if n % ours_every == 3 and len(words) > 4:  # one of ours: a word inserted
                head, word, tail = " ".join(words[:2]) + " ", "заведомо ", " ".join(words[2:])
                revs = (SentRev("ins", len(head), word),)
                lines.append(SentLine(name, "uk-rf", address, role, head + word + tail, revs))
                segs = [Seg(head), Seg(word, ins=self.rev(OURS)), Seg(tail)]
            else:
                lines.append(SentLine(name, "uk-rf", address, role, text))
                segs = [Seg(text)]
            self.paras.append(RPara(segs))
        self.sent = SentFile("consolidated-uk-rf.docx", tuple(lines), OURS.author, OURS.date)
        self.comments: list[RComment] = []
        self.expected: list[tuple[str, str]] = []  # (kind, address)

    def rev(self, who: Rev | tuple[str, str]) -> Rev:
        self._keys += 1
        author, date = (who.author, who.date) if isinstance(who, Rev) else who
        return Rev(author, date, str(self._keys))

    def plain(self, i: int) -> int:
        """The index of the paragraph's one plain segment (the longest)."""
        segs = self.paras[i].segs
        return max(range(len(segs)), key=lambda k: len(segs[k].text) if segs[k].ins is None else -1)

    def _cut(self, i: int) -> tuple[list[Seg], int, list[str]]:
        segs = self.paras[i].segs
        k = self.plain(i)
        return segs, k, segs[k].text.split(" ")

    def act(self, op: str, i: int) -> None:
        address = self.sent.lines[i].address
        segs, k, words = self._cut(i)
        mid = len(words) // 2
        before, word, after = (
            " ".join(words[:mid]) + " ",
            words[mid],
            " " + " ".join(words[mid + 1 :]),
        )
        if op == "replace":
            segs[k : k + 1] = [
                Seg(before),
                Seg(word, deleted=self.rev(THEIRS)),
                Seg("слово", ins=self.rev(THEIRS)),
                Seg(after),
            ]
        elif op == "insert":
            segs[k : k + 1] = [
                Seg(before),
                Seg("вставка ", ins=self.rev(THEIRS)),
                Seg(word + after),
            ]
        elif op == "delete":
            segs[k : k + 1] = [Seg(before), Seg(word, deleted=self.rev(THEIRS)), Seg(after)]
        elif op == "untracked":
            segs[k] = Seg(before + "иное" + after)
        elif op == "comment":
            start = sum(len(s.text) for s in segs[:k]) + len(before)
            self.comments.append(
                RComment(
                    str(len(self.comments)),
                    THEIRS[0],
                    THEIRS[1],
                    "Обоснуйте.",
                    RPoint(i, start),
                    RPoint(i, start + len(word)),
                    RPoint(i, start + len(word)),
                )
            )
        elif op == "reject":
            ours = [
                n for n, s in enumerate(segs) if s.ins is not None and s.ins.author == OURS.author
            ]
            if not ours:
                return
            del segs[ours[0]]
        elif op == "new_paragraph":
            self.paras[i].mark_ins = self.rev(THEIRS)
            self.paras.insert(i + 1, RPara([Seg("Новый абзац.", ins=self.rev(THEIRS))]))
            self.bookmarks = {
                name: (a + (a > i), b + (b > i)) for name, (a, b) in self.bookmarks.items()
            }

            def moved(point: RPoint | None) -> RPoint | None:
                if point is None or point.paragraph <= i:
                    return point
                return RPoint(point.paragraph + 1, point.offset)

            self.comments = [
                replace(c, start=moved(c.start), end=moved(c.end), ref=moved(c.ref))
                for c in self.comments
            ]
            later = self.sent.lines[i + 1].address if i + 1 < len(self.sent.lines) else address
            self.expected.append(("edit", common_unit(address, later)))
            return
        kind = {"untracked": "untracked", "comment": "comment", "reject": "rejects_change"}
        self.expected.append((kind.get(op, "edit"), address))

    def doc(self, *, bookmarks: bool = True, anonymous: bool = False) -> RDoc:
        paras = self.paras
        comments = self.comments
        if anonymous:

            def anon(rev: Rev | None) -> Rev | None:
                return None if rev is None else Rev("Author", None, rev.key)

            paras = [
                RPara(
                    [Seg(s.text, anon(s.ins), anon(s.deleted)) for s in p.segs],
                    anon(p.mark_ins),
                    anon(p.mark_del),
                )
                for p in paras
            ]
            comments = [replace(c, author="Author", date=None) for c in comments]
        return RDoc(
            "returned.docx",
            paras,
            comments,
            dict(self.bookmarks) if bookmarks else {},
        )


OPS = ("replace", "insert", "delete", "untracked", "comment", "reject", "new_paragraph")


def scenario(ops: list[tuple[str, int]]) -> Sim:
    """A reviewer's ``ops``, each on its own line (no two next to each other), applied from the
    last line to the first; a "reject" takes a line holding one of ours, the others plain ones."""
    sim = Sim()
    eligible = [i for i, x in enumerate(sim.sent.lines) if len(x.text.split()) > 6]
    plan: list[tuple[str, int]] = []
    for op, pick in ops:
        pool = [
            i
            for i in eligible
            if bool(sim.sent.lines[i].revisions) == (op == "reject")
            and all(abs(i - j) > 1 for _, j in plan)
        ]
        if pool:
            plan.append((op, pool[pick % len(pool)]))
    for op, i in sorted(plan, key=lambda x: -x[1]):
        sim.act(op, i)
    return sim


op_lists = st.lists(st.tuples(st.sampled_from(OPS), st.integers(0, 100)), min_size=1, max_size=7)


def _check(sim: Sim, doc: RDoc) -> None:
    result = review(doc, sim.sent)
    got = sorted((x.kind, x.address) for x in result.items)
    assert got == sorted(sim.expected), [x.entry() for x in result.items]
    assert all(x.author != OURS.author for x in result.items)


def test_a_file_nobody_changed_has_no_items():
    sim = Sim()
    for doc in (sim.doc(), sim.doc(bookmarks=False), sim.doc(anonymous=True)):
        result = review(doc, sim.sent)
        assert result.items == []
        assert result.ours_found == sum(1 for x in sim.sent.lines if x.revisions)


@settings(max_examples=40, deadline=None)
@given(ops=op_lists)
def test_n_reviewer_items_give_n_entries_each_on_its_unit(ops):
    sim = scenario(ops)
    _check(sim, sim.doc())


@settings(max_examples=25, deadline=None)
@given(ops=op_lists)
def test_without_bookmarks_text_alignment_places_the_same(ops):
    sim = scenario(ops)
    _check(sim, sim.doc(bookmarks=False))


@settings(max_examples=25, deadline=None)
@given(ops=op_lists)
def test_an_anonymized_file_is_told_by_content(ops):
    sim = scenario(ops)
    doc = sim.doc(anonymous=True)
    assert anonymized(doc) or not any(p.segs for p in doc.paragraphs)
    _check(sim, doc)


def test_moved_bookmarks_are_not_trusted():
    """A bookmark dragged onto another paragraph's text does not anchor it there."""
    sim = Sim()
    sim.bookmarks["_drf5"], sim.bookmarks["_drf9"] = (9, 9), (5, 5)
    sim.act("replace", 9)
    _check(sim, sim.doc())


def test_a_paragraph_split_or_joined_without_tracking_is_aligned_one_to_two():
    sent = [LINES[2][2], LINES[3][2], LINES[4][2], LINES[5][2]]
    returned = [sent[0], sent[1] + " " + sent[2], sent[3]]
    got = align(Side(returned, returned), Side(sent, sent), [frozenset()] * 3, [""] * 4)
    assert [m.lines if m else None for m in got] == [(0,), (1, 2), (3,)]
    split = [sent[0], *sent[1].split(", ", 1), sent[2]]
    got = align(Side(split, split), Side(sent[:3], sent[:3]), [frozenset()] * 4, [""] * 3)
    assert [m.lines if m else None for m in got] == [(0,), (1,), (1,), (2,)]


def test_common_unit_is_the_deepest_unit_holding_both():
    assert common_unit("art:322/part:1", "art:322/part:2") == "art:322"
    assert common_unit("art:322/part:1", "art:322/part:1") == "art:322/part:1"
    assert common_unit("art:322/note:1", "art:322.1") == ""


def test_a_copy_is_recognised_by_content_and_another_file_is_not():
    sim = Sim()
    sim.act("replace", 12)
    assert content_score(sim.doc(bookmarks=False), sim.sent) > 0.95
    other = Sim()
    other.paras = [RPara([Seg(x.text[::-1])]) for x in other.sent.lines]
    assert content_score(other.doc(), sim.sent) < 0.05


def test_a_comment_outside_the_body_is_listed_unplaced_with_its_fields():
    sim = Sim()
    sim.comments.append(RComment("9", *THEIRS, "К колонтитулу."))
    sim.act("delete", 12)
    result = review(sim.doc(), sim.sent)
    assert [x.entry() for x in result.unplaced] == [
        {
            "act": "uk-rf",
            "kind": "comment",
            "quote": "",
            "proposed": None,
            "text": "К колонтитулу.",
            "author": THEIRS[0],
            "position": None,
        }
    ]
    (edit,) = result.placed
    assert set(edit.entry()) == {
        "address",
        "act",
        "kind",
        "quote",
        "proposed",
        "text",
        "author",
        "position",
    }
    assert edit.entry()["address"] == sim.sent.lines[12].address and edit.proposed == ""


def test_their_deletion_of_words_we_inserted_is_theirs_and_leaves_ours_alone():
    sim = Sim()
    i = next(n for n, x in enumerate(sim.sent.lines) if x.revisions)
    segs = sim.paras[i].segs
    k = next(n for n, s in enumerate(segs) if s.ins is not None)
    segs[k] = Seg(segs[k].text, ins=segs[k].ins, deleted=sim.rev(THEIRS))
    for doc in (sim.doc(), sim.doc(anonymous=True)):
        result = review(doc, sim.sent)
        assert [(x.kind, x.address, x.quote, x.proposed) for x in result.items] == [
            ("edit", sim.sent.lines[i].address, "заведомо", "")
        ]


ALIGN_OPS = ("edit", "drop", "add", "join", "split")
CODE = [
    normalize(x)
    for x in (ARTICLES.parents[1] / "ru-uk-rf-full/uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if x.strip()
]


@settings(max_examples=100, deadline=None)
@given(
    start=st.integers(0, len(CODE) - 30),
    ops=st.lists(st.tuples(st.sampled_from(ALIGN_OPS), st.integers(0, 1000)), max_size=6),
)
def test_alignment_finds_each_paragraph_s_lines_after_untracked_rewriting(start, ops):
    """Lines dropped, paragraphs added, edited, split and joined without tracking: every
    returned paragraph of the sent text pairs with its own lines, the added ones with none."""
    sent = CODE[start : start + 30]
    plan: dict[int, str] = {}
    for op, pick in ops:
        free = [
            i
            for i in range(len(sent) - 1)
            if not plan.keys() & {i - 1, i, i + 1, i + 2}
            and (op not in ("edit", "split") or len(sent[i].split()) >= 12)
        ]
        if free:
            plan[free[pick % len(free)]] = op
    returned: list[str] = []
    truth: list[tuple[int, ...] | None] = []
    i = 0
    while i < len(sent):
        op = plan.get(i)
        words = sent[i].split()
        if op == "edit":
            words[len(words) // 2] = "иначе"
            returned.append(" ".join(words))
            truth.append((i,))
        elif op == "drop":
            pass
        elif op == "add":
            returned += [sent[i], "Абзац рецензента без исправлений."]
            truth += [(i,), None]
        elif op == "join":
            returned.append(sent[i] + " " + sent[i + 1])
            truth.append((i, i + 1))
            i += 1
        elif op == "split":
            half = len(words) // 2
            returned += [" ".join(words[:half]), " ".join(words[half:])]
            truth += [(i,), (i,)]
        else:
            returned.append(sent[i])
            truth.append((i,))
        i += 1
    got = align(
        Side(returned, returned), Side(sent, sent), [frozenset()] * len(returned), [""] * len(sent)
    )

    def texts(lines: tuple[int, ...] | None) -> list[str] | None:
        return None if lines is None else [sent[j] for j in lines]

    assert [texts(m.lines if m else None) for m in got] == [texts(t) for t in truth]
