"""The quick-relief panel: for a cramp happening now, everything on one page.

Big "where is the cramp?" buttons start a cramp there; for a leg the page
asks which one (keys L and R), and after the stretch whether it is easing
(Y and N); in another language its own first letters answer too (G and D,
O and N in French). Reading the page starts nothing. The relief checklist, the log
form, the red flags and the prevention tips are each one tab away. The text
comes from the guidance content, never from this module.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from spasm_stretch.core.cramp import END_CHOICES, CrampFlow, EndChoice, Phase, leg_text
from spasm_stretch.core.log_review import sign_label
from spasm_stretch.core.log_words import elsewhere
from spasm_stretch.core.plan import format_duration
from spasm_stretch.core.records import RED_SIGNS
from spasm_stretch.ui.relief.answer_keys import answer_keys
from spasm_stretch.ui.relief.parts import (
    AGAIN_KEY,
    COLUMNS,
    HEADING,
    big_button,
    bullets,
    press_if_shown,
    question_page,
    text_page,
    with_key,
)
from spasm_stretch.ui.widgets.fit_label import FitButton, FitLabel
from spasm_stretch.ui.widgets.fonts import relative_font
from spasm_stretch.ui.widgets.scrolling import vertical_scroll
from spasm_stretch.ui.widgets.warning_label import warning_label
from spasm_stretch.ui.widgets.wrap_check import WrapCheckBox

if TYPE_CHECKING:
    from spasm_stretch.core.content import Guidance


class ReliefView(QWidget):
    """Help for a cramp now: area, side, is it easing, timer, checklist, log, red flags, tips.

    Signals:
        area_chosen(str): the area (its built-in routine id) of the button pressed.
        side_chosen(str): "left" or "right".
        routine_chosen(str): another stretch chosen for this cramp (wall or in bed).
        easing(bool): the answer to "is it easing?".
        stretch_again(): still cramping: run the stretch once more.
        end_when_asked(): it was over when the stretch ended.
        end_now(): it is over now.
        end_choice(EndChoice): about how long it lasted (never shorter than measured).
        timer_toggled(): start a cramp timer by hand, or say the cramp is over.
        details_changed(): the area, what helped, tags, severity or note changed (save them).
        discarded(): the person says this was not a cramp.
    """

    area_chosen = Signal(str)
    side_chosen = Signal(str)
    routine_chosen = Signal(str)
    easing = Signal(bool)
    stretch_again = Signal()
    end_when_asked = Signal()
    end_now = Signal()
    end_choice = Signal(object)
    timer_toggled = Signal()
    details_changed = Signal()
    discarded = Signal()

    def __init__(self, guidance: Guidance, parent: QWidget | None = None) -> None:
        """Make the header, the question steps and the tabs from ``guidance``, then lay them out.

        Kept in one piece: the steps and tabs are built by helpers of their own;
        what stays here is the page's order, top to bottom, as it shows.
        """
        super().__init__(parent)
        relief, doctor, prevention = guidance.relief, guidance.doctor, guidance.prevention
        self._long_minutes = doctor.long_cramp_minutes
        self._long_now = doctor.long_cramp_now
        title = FitLabel(1.8)
        title.setText(relief.title)
        intro = QLabel(relief.intro)
        intro.setWordWrap(True)
        self.clock_label = QLabel("")
        relative_font(self.clock_label, 1.8 * 1.3)
        self.clock_label.setAccessibleDescription(self.tr("How long the cramp has lasted"))
        self.timer_button = QPushButton()
        self.timer_button.setAccessibleDescription(
            self.tr("Start timing a cramp, or say it is over")
        )
        self.warning = warning_label(self.tr("Long cramp warning"), margin=12)
        relative_font(self.warning, 1.25)
        self.area_labels = {area.routine_id: area.label for area in relief.areas}
        self.checklist = [WrapCheckBox(item) for item in relief.checklist]
        self.steps = QStackedWidget()
        self.steps.setAccessibleName(self.tr("What to do next"))
        self.answer_keys = answer_keys()
        self.areas_page = self._areas_page(len(relief.areas), relief.areas)
        self.side_page = self._side_page()
        self.easing_page = self._easing_page()
        self.end_page = self._end_page()
        for page in (self.areas_page, self.side_page, self.easing_page, self.end_page):
            self.steps.addWidget(page)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Relief, log, red flags and prevention"))
        self.tabs.addTab(self._checklist_page(), self.tr("What helps now"))
        self.tabs.addTab(self._log_page(guidance), self.tr("Log this cramp"))
        doctor_tab = self.tr("When to see a doctor")
        self.tabs.addTab(
            text_page(
                f"<p>{html.escape(doctor.intro)}:</p>{bullets(doctor.red_flags)}"
                f"<p>{html.escape(doctor.advice)}</p><p><i>{html.escape(doctor.disclaimer)}</i></p>",
                doctor_tab,
            ),
            doctor_tab,
        )
        self.tabs.addTab(text_page(bullets(prevention.tips), prevention.title), prevention.title)
        stop = self.tr("Stop any stretch that hurts.")
        footer = QLabel(f"{doctor.disclaimer} {stop}")
        footer.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.clock_label)
        header.addWidget(self.timer_button)
        content = QWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(vertical_scroll(content, relief.title))
        self.tabs.setMinimumHeight(220)
        layout = QVBoxLayout(content)
        layout.addLayout(header)
        layout.addWidget(intro)
        layout.addWidget(self.warning)
        layout.addWidget(self.steps)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(footer)
        self.timer_button.clicked.connect(self.timer_toggled)
        self.no_button.clicked.connect(lambda: self.tabs.setCurrentIndex(0))  # the checklist
        self._keys()
        self.show_cramp(None, stale=False)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        relative_font(label, HEADING)
        label.setWordWrap(True)
        return label

    def _areas_page(self, count: int, areas: Sequence[object]) -> QWidget:
        page, layout = question_page()
        self.where = self._heading(
            self.tr("Where is the cramp?  (keys 1 to {last})").format(last=count)
        )
        grid = QGridLayout()
        self.area_buttons: dict[str, QPushButton] = {}
        for index, (key, label) in enumerate(self.area_labels.items()):  # keys 1-5: window's
            button = big_button(
                label,
                #: {label}: the area as written, for languages that keep its capitals.
                self.tr("A cramp in the {area}: start its stretch").format(
                    area=label.lower(), label=label
                ),
                str(index + 1),
            )
            button.setToolTip(
                self.tr("A cramp here: time it and start the stretch ({key})").format(key=index + 1)
            )
            button.clicked.connect(lambda _=False, rid=key: self.area_chosen.emit(rid))
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.area_buttons[key] = button
        self.again_button = QPushButton()
        self.again_button.setAccessibleDescription(
            self.tr("Still cramping: do the stretch again ({key})").format(key=AGAIN_KEY)
        )
        self.again_button.clicked.connect(self.stretch_again)
        layout.addWidget(self.where)
        layout.addLayout(grid)
        layout.addWidget(self.again_button)
        return page

    def _side_page(self) -> QWidget:
        page, layout = question_page()
        keys = self.answer_keys
        self.side_heading = self._heading(
            self.tr("Which leg?  (keys {left} and {right})").format(
                left=keys["left"][0], right=keys["right"][0]
            )
        )
        row = QHBoxLayout()
        self.side_buttons = {
            "left": big_button(
                self.tr("\u25c0  LEFT leg"),
                self.tr("The left leg ({key})").format(key=keys["left"][0]),
                keys["left"][0],
            ),
            "right": big_button(
                self.tr("RIGHT leg  \u25b6"),
                self.tr("The right leg ({key})").format(key=keys["right"][0]),
                keys["right"][0],
            ),
        }
        for side, button in self.side_buttons.items():
            button.clicked.connect(lambda _=False, s=side: self.side_chosen.emit(s))
            row.addWidget(button)
        self.variants = QButtonGroup(self)
        self.variant_row = QVBoxLayout()  # one per line: a stretch's name can be long
        self.variant_row.addWidget(QLabel(self.tr("Stretch:")))
        self.variants.idClicked.connect(self._variant_clicked)
        self._variant_ids: list[str] = []
        self.variant_row.addStretch(1)
        layout.addWidget(self.side_heading)
        layout.addLayout(row)
        layout.addLayout(self.variant_row)
        return page

    def _easing_page(self) -> QWidget:
        page, layout = question_page()
        keys = self.answer_keys
        layout.addWidget(
            self._heading(
                self.tr("The stretch is done. Is the cramp easing?  ({yes} or {no})").format(
                    yes=keys["yes"][0], no=keys["no"][0]
                )
            )
        )
        row = QHBoxLayout()
        self.yes_button = big_button(
            self.tr("Yes, it is easing"),
            self.tr("Yes, it is easing ({key})").format(key=keys["yes"][0]),
            keys["yes"][0],
        )
        self.no_button = big_button(
            self.tr("No, still cramping"),
            self.tr("No, still cramping ({key})").format(key=keys["no"][0]),
            keys["no"][0],
        )
        self.yes_button.clicked.connect(lambda: self.easing.emit(True))
        self.no_button.clicked.connect(lambda: self.easing.emit(False))
        row.addWidget(self.yes_button)
        row.addWidget(self.no_button)
        layout.addLayout(row)
        return page

    def _end_page(self) -> QWidget:
        page, layout = question_page()
        self.end_heading = self._heading(self.tr("When did the cramp end?"))
        grid = QGridLayout()
        self.now_button = FitButton(self.tr("Yes, it is over now"), 1.0, bold=False)
        self.now_button.clicked.connect(self.end_now)
        self.when_asked_button = FitButton(self.tr("When the stretch ended"), 1.0, bold=False)
        self.when_asked_button.clicked.connect(self.end_when_asked)
        # As many buttons as answers can be offered; show_cramp fills them with the answers
        # for this cramp, none shorter than what the timer measured.
        self.end_choices: tuple[EndChoice, ...] = END_CHOICES
        self.choice_buttons: list[QPushButton] = [
            FitButton("", 1.0, bold=False) for _ in range(len(END_CHOICES) + 1)
        ]
        for index, button in enumerate(self.choice_buttons):
            button.clicked.connect(lambda _=False, n=index: self._choice_clicked(n))
        buttons = [self.now_button, self.when_asked_button, *self.choice_buttons]
        for index, button in enumerate(buttons):  # two a row: room for the keys on them
            button.setMinimumHeight(40)
            grid.addWidget(button, index // 2, index % 2)
        layout.addWidget(self.end_heading)
        layout.addLayout(grid)
        return page

    def _choice_clicked(self, index: int) -> None:
        if index < len(self.end_choices):
            self.end_choice.emit(self.end_choices[index])

    def _show_end_choices(self, choices: tuple[EndChoice, ...], asked: bool) -> None:
        """The answers offered now, each with its key shown on its button."""
        self.end_choices = choices
        keys = self.end_keys
        self.now_button.setText(self.tr("Yes, it is over now  ({key})").format(key=keys[0]))
        self.when_asked_button.setText(
            self.tr("When the stretch ended  ({key})").format(key=keys[1])
        )
        self.when_asked_button.setVisible(asked)
        for index, button in enumerate(self.choice_buttons):
            shown = index < len(choices)
            button.setVisible(shown)
            if shown:
                button.setText(f"{choices[index].label}  ({keys[index + 2]})")
        for button in (self.now_button, self.when_asked_button, *self.choice_buttons):
            button.setAccessibleName(button.text())

    def _keys(self) -> None:
        """Keys for the side and for "is it easing?", only while that question is shown."""
        self._key_actions: dict[QWidget, list[QAction]] = {}
        answers = self.answer_keys
        for page, keys in (
            (self.side_page, ((answers["left"], self.side_buttons["left"]),
                              (answers["right"], self.side_buttons["right"]))),
            (self.easing_page, ((answers["yes"], self.yes_button),
                                (answers["no"], self.no_button))),
        ):  # fmt: skip
            actions = []
            for letters, button in keys:
                action = QAction(button.accessibleDescription() or button.text(), self)
                action.setShortcuts([QKeySequence(letter) for letter in letters])
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(button.click)
                self.addAction(action)
                actions.append(action)
            self._key_actions[page] = actions
        # The end of a cramp by keys alone: the yes key says it is over now (also from the
        # page shown while it goes on), letters pick the other answers, shown on each button.
        self.end_keys = (answers["yes"][0], *"ABCDEFG")
        end_buttons = [self.now_button, self.when_asked_button, *self.choice_buttons]
        self._key_actions[self.end_page] = [
            self._key_action(
                answers["yes"] if index == 0 else (self.end_keys[index],), button, self.end_page
            )
            for index, button in enumerate(end_buttons)
        ]
        self.over_action = self._key_action(answers["yes"], self.timer_button, self.areas_page)
        self.again_action = self._key_action((AGAIN_KEY,), self.again_button, self.areas_page)

    def _key_action(self, letters: Sequence[str], button: QPushButton, page: QWidget) -> QAction:
        """A key that presses ``button`` while it is shown on ``page`` (hidden: nothing)."""
        action = QAction(self)
        action.setShortcuts([QKeySequence(letter) for letter in letters])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: press_if_shown(button, page))
        self.addAction(action)
        return action

    def _variant_clicked(self, index: int) -> None:
        self.routine_chosen.emit(self._variant_ids[index])

    def set_variants(self, variants: Sequence[tuple[str, str]], chosen: str) -> None:
        """The stretches offered for this leg (routine id, name), ``chosen`` ticked."""
        for button in self.variants.buttons():
            self.variants.removeButton(button)
            button.deleteLater()
        self._variant_ids = [routine_id for routine_id, _ in variants]
        for index, (routine_id, name) in enumerate(variants):
            button = QRadioButton(name)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setChecked(routine_id == chosen)
            self.variants.addButton(button, index)
            self.variant_row.insertWidget(self.variant_row.count() - 1, button)
        for index in range(self.variant_row.count()):
            item = self.variant_row.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setVisible(len(variants) > 1)

    def focus_question(self) -> None:
        """Put the keyboard on the first button of the question shown now."""
        page = self.steps.currentWidget()
        buttons = page.findChildren(QPushButton) if page is not None else []
        if buttons:
            buttons[0].setFocus()

    def offer_side_first(self, side: str) -> None:
        """Offer the leg used last time first: focused, so Enter or Space takes it.

        Left stays on the left and right on the right, so the screen never
        contradicts the word on the button.
        """
        first = "right" if side == "right" else "left"
        for name, button in self.side_buttons.items():
            button.setDefault(name == first)
        self.side_buttons[first].setFocus()

    def _checklist_page(self) -> QWidget:
        page = QWidget()
        scroll = vertical_scroll(page, self.tr("What helps now"))
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("Tick each one off as you go:"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        for box in self.checklist:
            relative_font(box, 1.15, bold=False)
            layout.addWidget(box)
            layout.addSpacing(4)
        layout.addStretch(1)
        return scroll

    def _log_page(self, guidance: Guidance) -> QWidget:
        page = QWidget()
        scroll = vertical_scroll(page, self.tr("Log this cramp"))
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.area = QComboBox()
        self.area.setAccessibleName(self.tr("Where the cramp is"))
        self.area.addItems(["", *(a.label for a in guidance.relief.areas), elsewhere()])
        self.helped = [WrapCheckBox(item) for item in guidance.relief.helped]
        self.tags = [WrapCheckBox(item) for item in guidance.relief.tags]
        # The signs the guidance names as a reason to see a doctor: ticked, they raise a flag.
        self.signs = {sign: WrapCheckBox(sign_label(sign)) for sign in RED_SIGNS}
        self.severity = QSpinBox()
        self.severity.setRange(0, 10)
        self.severity.setSpecialValueText(self.tr("not rated"))
        self.severity.setSuffix(self.tr(" of 10"))
        self.severity.setAccessibleName(self.tr("How bad the cramp is, 1 to 10"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note about this cramp"))
        self.note.setPlaceholderText(self.tr("Anything you want to remember, or tell your doctor"))
        self.note.setMaxLength(500)
        self.discard_button = QPushButton(self.tr("Not a cramp: remove from the log"))
        self.no_cramp = QLabel(
            self.tr(
                "No cramp is being timed. Choose where it is above, or start the timer; "
                "a cramp from earlier can be added in History (Ctrl+H)."
            )
        )
        self.no_cramp.setWordWrap(True)
        form.addRow(self.no_cramp)
        form.addRow(self.tr("Where:"), self.area)
        form.addRow(self.tr("How bad:"), self.severity)
        form.addRow(self.tr("What helped:"), self._boxes(self.helped))
        form.addRow(self.tr("Tags:"), self._boxes(self.tags))
        form.addRow(self.tr("It came with:"), self._boxes(list(self.signs.values())))
        form.addRow(self.tr("Note:"), self.note)
        saved = QLabel(self.tr("Saved as you go."))
        saved.setWordWrap(True)
        form.addRow(saved)
        form.addRow(self.discard_button)
        self.area.currentIndexChanged.connect(self.details_changed)
        self.severity.valueChanged.connect(self.details_changed)
        for box in (*self.helped, *self.tags, *self.signs.values()):
            box.toggled.connect(self.details_changed)
        self.note.editingFinished.connect(self.details_changed)
        self.discard_button.clicked.connect(self.discarded)
        return scroll

    @staticmethod
    def _boxes(boxes: list[WrapCheckBox]) -> QWidget:
        row = QWidget()
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(boxes):
            grid.addWidget(box, index // 3, index % 3)
        return row

    # --- state --------------------------------------------------------------

    def reset(self) -> None:
        """A new cramp: nothing ticked or noted yet."""
        for box in (*self.checklist, *self.helped, *self.tags, *self.signs.values()):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.note.setText("")
        self.severity.blockSignals(True)
        self.severity.setValue(0)
        self.severity.blockSignals(False)
        self.set_area("")

    def set_area(self, routine_id: str) -> None:
        """Note where the cramp is (from an area button)."""
        self.area.blockSignals(True)
        self.area.setCurrentText(self.area_labels.get(routine_id, ""))
        self.area.blockSignals(False)

    def details(self) -> dict[str, object]:
        """Area, what helped, tags, severity and note, as the person left them."""
        return {
            "area": self.area.currentText(),
            "helped": tuple(b.full_text() for b in self.helped if b.isChecked()),
            "tags": tuple(b.full_text() for b in self.tags if b.isChecked()),
            "signs": tuple(sign for sign, box in self.signs.items() if box.isChecked()),
            "severity": self.severity.value() or None,
            "note": self.note.text().strip(),
        }

    def ticked(self) -> list[bool]:
        """Which checklist items are ticked off."""
        return [box.isChecked() for box in self.checklist]

    def show_cramp(self, flow: CrampFlow | None, *, stale: bool) -> None:
        """Show where the cramp being helped stands: the time, and the question for now."""
        active = flow is not None and flow.active
        phase = flow.phase if flow is not None else Phase.NONE
        elapsed = flow.timer.elapsed() if flow is not None and active else 0.0
        self.clock_label.setText(format_duration(elapsed) if active else "")
        self.timer_button.setText(
            self.tr("The cramp is over  ({key})").format(key=self.answer_keys["yes"][0])
            if active
            else self.tr("Start cramp timer")
        )
        # Once the person was with the cramp past the limit, the banner stays until it is logged
        # (through "is it easing?" and the question about its end).
        long = flow is not None and (
            flow.warning_due() or (active and flow.known_seconds >= flow.timer.limit)
        )
        if long:
            lasted = self.tr("\u26a0  This cramp has lasted {minutes} minutes or more.").format(
                minutes=self._long_minutes
            )
            self.warning.setText(f"{lasted} {self._long_now}")
        self.warning.setVisible(long)
        if stale and active:
            page: QWidget = self.end_page
        elif phase is Phase.SIDE:
            page = self.side_page
        elif phase is Phase.ASKING:
            page = self.easing_page
        else:
            page = self.areas_page
        if flow is not None and active:
            self._show_end_choices(flow.end_choices(), flow.asked_at is not None)
        self.end_heading.setText(
            self.tr("Is the cramp over now? (the timer shows {time})").format(
                time=format_duration(elapsed)
            )
        )
        still = phase is Phase.CONTINUING and flow is not None and bool(flow.routine_id)
        self.again_button.setVisible(still)
        if still and flow is not None and flow.record is not None:
            self.again_button.setText(
                with_key(
                    self.tr("Still cramping: stretch again, {leg}").format(
                        leg=leg_text(flow.record.side)
                    )
                    if flow.record.side
                    else self.tr("Still cramping: stretch again"),
                    AGAIN_KEY,
                )
            )
        if self.steps.currentWidget() is not page:
            self.steps.setCurrentWidget(page)
            self.steps.updateGeometry()  # as tall as this question (parts.Question)
        for owner, actions in self._key_actions.items():
            for action in actions:
                action.setEnabled(owner is page)
        self.over_action.setEnabled(active and page is self.areas_page)
        self.again_action.setEnabled(still and page is self.areas_page)
        for widget in (
            self.area,
            self.severity,
            self.note,
            self.discard_button,
            *self.helped,
            *self.tags,
            *self.signs.values(),
        ):
            widget.setEnabled(active)
        self.no_cramp.setVisible(not active)
