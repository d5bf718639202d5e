"""The window's work on remarks: the Remarks tab filled and acted on, F8 / Shift+F8, the tree's red
badges and filters, and the round's summary in the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject
from PySide6.QtWidgets import QInputDialog, QLabel

from drafter.core import rounds as r
from drafter.errors import DrafterError
from drafter.ui.commands import ProposalCommand
from drafter.ui.messages import error_text
from drafter.ui.remark_calls import RemarkCalls, is_open, top_of
from drafter.ui.remark_words import status_text
from drafter.ui.remarks_tab import RemarkRow, RemarksTab
from drafter.ui.tree_panel import row_key

if TYPE_CHECKING:
    from drafter.ui.document import DraftDocument
    from drafter.ui.main_window import MainWindow

Key = tuple[str, str]  # (act slug, address); "" the act as a whole
GONE = 10**9  # a remark whose unit is gone sorts after its act's units


translate = QCoreApplication.translate  # in the context "RemarksTab" (remark_words.CONTEXT)


class RemarkActions(QObject):
    """Everything the drafter does with remarks in the window, over the open draft's calls."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._calls: RemarkCalls | None = None
        self.scope: Key | None = None  # the unit whose remarks the tab lists
        self.remarks: list[r.Remark] = []
        self.where: dict[int, str | None] = {}
        self.removed: dict[int, int | None] = {}
        self.objecting: set[int] = set()  # ids of open remarks an agency objects with
        self.severity: dict[int, str] = {}  # remark id → as set, or as guessed from its answer
        self.links: dict[int, int] = {}  # remark id → the earlier remark it repeats
        self.ordered: list[r.Remark] = []  # every remark, in the draft's order
        self.anchor: int | None = None  # the remark last selected: F8 goes on from it
        self.tab = RemarksTab()
        window.outputs.tabs.addTab(self.tab, "")
        self.summary_label = QLabel()
        window.statusBar().addPermanentWidget(self.summary_label)
        tab, actions, tree = self.tab, window.menu_actions, window.tree
        for button, slot in (
            (tab.resolve_button, self.resolve_selected),
            (tab.undecide_button, self.undecide_selected),
            (tab.settled_check, self._on_settled_clicked),
            (tab.apply_button, self.apply_wording),
            (tab.save_button, self.save_grounds),
            (tab.link_button, self.link_selected),
            (tab.unlink_button, self.unlink_selected),
            (tab.group_button, self.group_selected),
            (tab.ungroup_button, self.ungroup_selected),
        ):
            button.clicked.connect(slot)
        tab.language_changed.connect(self.refresh)
        tab.selection_changed.connect(self._on_tab_selection_changed)
        actions.next_remark_action.triggered.connect(lambda: self.go_to_open(1))
        actions.previous_remark_action.triggered.connect(lambda: self.go_to_open(-1))
        tree.unit_tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        tree.remarks_filter.toggled.connect(self._apply_tree_filters)
        tree.changed_filter.currentIndexChanged.connect(self._apply_tree_filters)

    @property
    def calls(self) -> RemarkCalls | None:
        """The calls on the window's open draft (None once it is closed or replaced)."""
        calls = self._calls
        return calls if calls is not None and calls.document is self.window.document else None

    def set_document(self, document: DraftDocument | None) -> None:
        self._calls = RemarkCalls(document) if document is not None else None
        self.scope = None
        self.anchor = None

    # --- what the window shows ----------------------------------------------------------------
    def refresh(self) -> None:
        """The remarks read afresh: the tab, the red badges, the filters and the summary."""
        calls = self.calls
        self.tab.set_writable(calls is not None and not calls.document.read_only)
        self.remarks = calls.remarks() if calls is not None else []
        self.where = calls.where_now(self.remarks) if calls is not None and self.remarks else {}
        gone = [x for x in self.remarks if self.where.get(x.id, x.address) is None]
        self.removed = calls.removed_since(gone) if calls is not None and gone else {}
        answers = calls.answers() if calls is not None else {}
        self.severity = {
            x.id: r.severity_of(x, answers.get((x.round, r.name_key(x.agency)), ""))
            for x in self.remarks
        }
        self.objecting = {
            x.id
            for x in self.remarks
            if is_open(x)
            and (
                self.severity[x.id] == "objection"
                or answers.get((x.round, r.name_key(x.agency))) == "objections"
            )
        }
        red = {(x.act, top_of(self.now(x) or "")) for x in self.remarks if x.id in self.objecting}
        self.links = r.repeated(self.remarks)
        self.ordered = self._ordered()
        self.window.tree.tree_model.set_objections(red)
        self.window.tree.unit_tree.viewport().update()
        rounds = [x.number for x in calls.rounds()] if calls is not None else []
        agencies = sorted({x.agency for x in self.remarks}, key=r.name_key)
        self.tab.set_choices(rounds, agencies)
        self.window.tree.set_rounds(rounds)
        self._apply_tree_filters()
        self._show_summary()
        self._fill_tab()

    def now(self, remark: r.Remark) -> str | None:
        """Where the remark's unit is in the draft now (None: gone; "": about the whole act)."""
        if not remark.address:
            return ""
        return self.where.get(remark.id, remark.address)

    def show_unit(self, key: Key | None) -> None:
        """The window shows another top-level unit: the tab lists its remarks."""
        if key is None or self.scope is None or self.scope[0] != key[0]:
            self.scope = key
        elif top_of(self.scope[1]) != key[1]:
            self.scope = key
        self._fill_tab()

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.scope = row_key(current)
            self._fill_tab()

    def _fill_tab(self) -> None:
        scope = self.scope
        rows = [self._row(x) for x in self.ordered if self._in_scope(x, scope)]
        heading = self._scope_text(scope)
        self.tab.show_rows(rows, heading)
        tabs = self.window.outputs.tabs
        tabs.setTabText(
            tabs.indexOf(self.tab),
            translate("RemarksTab", "Remarks (%1)").replace("%1", str(self.tab.open_count())),
        )

    def _in_scope(self, remark: r.Remark, scope: Key | None) -> bool:
        if scope is None or not remark.counted:  # a reply or a grouped item: with its remark
            return False
        slug, address = scope
        if remark.act and remark.act != slug:
            return False
        now = self.now(remark)
        if not address:  # the act itself: every remark on it, those whose unit is gone too
            return True
        return now is not None and (now == address or now.startswith(address + "/"))

    def _scope_text(self, scope: Key | None) -> str:
        if scope is None:
            return translate("RemarksTab", "Choose a unit in the tree to see its remarks.")
        slug, address = scope
        act = self.calls.document.act(slug) if self.calls is not None else None
        title = (act.title or act.slug) if act is not None else slug
        if not address:
            return title
        return f"{title}, {self.window.reviews.describe(slug, address, cited=True)}"

    def _row(self, remark: r.Remark) -> RemarkRow:
        now = self.now(remark)
        gone = ""
        if now is None:
            since = self.removed.get(remark.id)
            gone = (
                translate("RemarksTab", "The unit was removed since round %1.").replace(
                    "%1", str(since)
                )
                if since
                else translate("RemarksTab", "The unit is no longer in the draft.")
            )
        address = now if now else remark.address
        unit = self.window.reviews.describe(remark.act, address, cited=True) if address else ""
        parts = [x for x in self.remarks if remark.id in (x.group, x.parent)]
        return RemarkRow(
            remark,
            unit,
            self.severity.get(remark.id, r.severity_of(remark)),
            gone,
            self.links.get(remark.id),
            remark.id in self.objecting,
            parts,
        )

    def _ordered(self) -> list[r.Remark]:
        """The remarks in the draft's order: act, then unit as the draft reads now, then id."""
        if self.calls is None:
            return []
        places = self.calls.order()
        acts = {act.slug: i for i, act in enumerate(self.calls.document.acts)}

        def key(remark: r.Remark) -> tuple[int, int, int]:
            now = self.now(remark)
            place = (
                -1 if now == "" else GONE if now is None else places.get((remark.act, now), GONE)
            )
            return (acts.get(remark.act, len(acts)), place, remark.id)

        return sorted(self.remarks, key=key)

    def _show_summary(self) -> None:
        summary = self.calls.summary() if self.calls is not None else None
        if summary is None:
            self.summary_label.clear()
            self.summary_label.hide()
            return
        text = (
            translate("RemarksTab", "Round %1: %2 of %3 answers, %4 open remarks")
            .replace("%1", str(summary["round"]))
            .replace("%2", str(summary["answers"]))
            .replace("%3", str(summary["recipients"]))
            .replace("%4", str(summary["open"]))
        )
        self.summary_label.setText(text)
        self.summary_label.show()

    def _apply_tree_filters(self, *_args) -> None:
        tree = self.window.tree
        model = tree.filter_model
        if tree.remarks_filter.isChecked():
            model.set_only("remarks", tree.tree_model.remarked())
        else:
            model.set_only("remarks", None)
        number = tree.changed_filter.currentData() or 0
        calls = self.calls
        model.set_only("changed", calls.changed_since(number) if calls and number else None)
        if tree.remarks_filter.isChecked() or number:
            tree.unit_tree.expandAll()

    # --- F8 / Shift+F8 ------------------------------------------------------------------------
    def go_to_open(self, step: int) -> r.Remark | None:
        """The next (1) or previous (-1) open remark across the draft, from the one selected
        (or the unit shown): its unit chosen in the tree, the tab shown, the remark selected."""
        self.refresh()  # edits since may have moved or removed units
        places = {x.id: i for i, x in enumerate(self.ordered)}
        ordered = [x for x in self.ordered if is_open(x)]
        if not ordered:
            self.window.statusBar().showMessage(translate("RemarksTab", "No open remarks."), 5000)
            return None
        anchor = places.get(self.tab.selected_id() or self.anchor or -1)
        if anchor is None:
            target = ordered[0] if step > 0 else ordered[-1]
        elif step > 0:  # the next after it (it may be decided by now), round to the first
            target = next((x for x in ordered if places[x.id] > anchor), ordered[0])
        else:
            target = next((x for x in reversed(ordered) if places[x.id] < anchor), ordered[-1])
        self.show_remark(target)
        return target

    def _on_tab_selection_changed(self) -> None:
        chosen = self.tab.selected_id()
        if chosen is not None:
            self.anchor = chosen

    def show_remark(self, remark: r.Remark) -> None:
        tree = self.window.tree
        now = self.now(remark)
        if now and self.window.select_unit(remark.act, top_of(now)):
            if now != top_of(now):
                tree.select_part(remark.act, now)
            self.scope = (remark.act, top_of(now))
        else:  # gone, or about the whole act: under the act
            item = tree.tree_model.act_item(remark.act)
            if item is not None:
                tree.unit_tree.setCurrentIndex(tree.filter_model.mapFromSource(item.index()))
            self.scope = (remark.act, "")
        self._fill_tab()
        if not self.tab.select(remark.id):  # a round or agency filter hides it: lift them
            self.tab.round_filter.setCurrentIndex(0)
            self.tab.agency_filter.setCurrentIndex(0)
            self.tab.select(remark.id)
        self.window.outputs.tabs.setCurrentWidget(self.tab)

    # --- acting on the selected remark --------------------------------------------------------
    def _selected(self) -> r.Remark | None:
        row = self.tab.selected_row()
        return row.remark if row is not None and self.calls is not None else None

    def _try(self, title: str, work) -> bool:
        try:
            work()
        except DrafterError as exc:
            self.window.show_error(title, error_text(exc))
            return False
        return True

    def resolve_selected(self) -> None:
        remark, calls, tab = self._selected(), self.calls, self.tab
        if remark is None or calls is None:
            return
        status = tab.decision_combo.currentData()
        reason = tab.reason_edit.toPlainText()
        settled = tab.settled_check.isChecked()
        if self._try(
            translate("RemarksTab", "Cannot record the decision"),
            lambda: calls.resolve(remark.id, status, reason, settled=settled),
        ):
            self._say(remark.id, status)

    def undecide_selected(self) -> None:
        remark, calls = self._selected(), self.calls
        if remark is not None and calls is not None:
            if self._try(
                translate("RemarksTab", "Cannot undo the decision"),
                lambda: calls.undecide(remark.id),
            ):
                self._say(remark.id, "new")

    def _on_settled_clicked(self, checked: bool) -> None:
        remark, calls = self._selected(), self.calls
        if remark is not None and calls is not None and remark.status != "new":
            self._try(
                translate("RemarksTab", "Cannot record the decision"),
                lambda: calls.set_settled(remark.id, checked),
            )

    def save_grounds(self) -> None:
        remark, calls, tab = self._selected(), self.calls, self.tab
        if remark is None or calls is None:
            return
        self._try(
            translate("RemarksTab", "Cannot change the remark"),
            lambda: calls.edit(
                remark.id,
                grounds=tab.grounds_edit.toPlainText().strip(),
                grounds_kind=tab.grounds_kind_combo.currentData(),
                severity=tab.severity_combo.currentData(),
            ),
        )

    def apply_wording(self) -> None:
        """The agency's wording into the draft as one step of the window's undo; accepted."""
        remark, calls, window = self._selected(), self.calls, self.window
        if remark is None or calls is None or remark.proposed is None:
            return
        title = translate("RemarksTab", "Cannot apply the agency's wording")
        edit: list = []
        if not self._try(title, lambda: edit.extend(calls.wording(remark))):
            return
        reason = self.tab.reason_edit.toPlainText().strip() or translate(
            "RemarksTab", "The agency's wording is accepted."
        )
        settled = self.tab.settled_check.isChecked()
        if not self._try(
            title, lambda: calls.resolve(remark.id, "accepted", reason, settled=settled)
        ):
            return
        before, after, top = edit
        label = translate("RemarksTab", "Apply the wording of remark %1 (%2)")
        label = label.replace("%1", str(remark.id)).replace("%2", remark.agency)
        window.undo_stack.push(ProposalCommand(window, label, remark.act, top, before, after))
        self.show_remark(remark)

    def link_selected(self) -> None:
        """A picker of the agency's earlier remarks on the unit: the one this remark repeats."""
        remark, calls = self._selected(), self.calls
        if remark is None or calls is None:
            return
        now = self.now(remark)
        earlier = [
            x
            for x in self.remarks
            if x.round < remark.round
            and r.same_name(x.agency, remark.agency)
            and x.act == remark.act
            and (self.now(x) == now or x.address == remark.address)
        ]
        index = self._pick(
            translate("RemarksTab", "Link to an Earlier Remark"),
            translate("RemarksTab", "The remark of %1 repeats:").replace("%1", remark.agency),
            [translate("RemarksTab", "Repeats no earlier remark")],
            earlier,
        )
        if index is not None:
            target = earlier[index - 1].id if index else None
            self._try(
                translate("RemarksTab", "Cannot link the remark"),
                lambda: calls.link(remark.id, target),
            )

    def unlink_selected(self) -> None:
        remark, calls = self._selected(), self.calls
        if remark is not None and calls is not None:
            self._try(
                translate("RemarksTab", "Cannot link the remark"), lambda: calls.unlink(remark.id)
            )

    def group_selected(self) -> None:
        """A picker of the agency's other items on the unit in the round: grouped into this one."""
        remark, calls = self._selected(), self.calls
        if remark is None or calls is None:
            return
        others = [
            x
            for x in self.remarks
            if x.id != remark.id
            and x.counted
            and (x.round, x.agency, x.act, x.address)
            == (remark.round, remark.agency, remark.act, remark.address)
        ]
        index = self._pick(
            translate("RemarksTab", "Group Remarks"),
            translate("RemarksTab", "Make a part of this remark:"),
            [],
            others,
        )
        if index is not None:
            ids = [remark.id, others[index].id]
            self._try(translate("RemarksTab", "Cannot group the remarks"), lambda: calls.group(ids))

    def ungroup_selected(self) -> None:
        remark, calls = self._selected(), self.calls
        if remark is not None and calls is not None:
            self._try(
                translate("RemarksTab", "Cannot group the remarks"),
                lambda: calls.ungroup(remark.id),
            )

    def _pick(
        self, title: str, label: str, first: list[str], remarks: list[r.Remark]
    ) -> int | None:
        """The index the drafter chose among ``first`` and then ``remarks`` (None: cancelled)."""
        choices = first + [
            translate("RemarksTab", "Round %1, remark %2: %3")
            .replace("%1", str(x.round))
            .replace("%2", str(x.id))
            .replace("%3", _gist(x))
            for x in remarks
        ]
        if not choices:
            self.window.statusBar().showMessage(translate("RemarksTab", "Nothing to choose."), 5000)
            return None
        current = len(first) if remarks else 0
        text, ok = QInputDialog.getItem(self.window, title, label, choices, current, False)
        return choices.index(text) if ok and text in choices else None

    def _say(self, remark_id: int, status: str) -> None:
        text = translate("RemarksTab", "Remark %1: %2").replace("%1", str(remark_id))
        self.window.statusBar().showMessage(text.replace("%2", status_text(status)), 8000)


def _gist(remark: r.Remark) -> str:
    text = f"«{remark.quote}» " if remark.quote else ""
    text += remark.text or remark.proposed or ""
    return text if len(text) <= 80 else text[:79] + "…"
