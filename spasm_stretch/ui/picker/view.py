"""The routine picker: every routine as a card, filtered by area and by typing.

Routines that failed to load are named in a warning above the list (see
``routine_problems``), so a routine author sees at once why theirs is
missing; one's own routines are marked "yours" and can be shown alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from spasm_stretch.core.areas import area_label
from spasm_stretch.core.plan import PlanSettings, format_duration, plan_length
from spasm_stretch.ui.picker.problems import ProblemPanel
from spasm_stretch.ui.widgets.contrast import muted
from spasm_stretch.ui.widgets.fit_label import FitButton
from spasm_stretch.ui.widgets.fonts import relative_font
from spasm_stretch.ui.widgets.pictures import thumbnail

if TYPE_CHECKING:
    from pathlib import Path

    from spasm_stretch.core.catalog import Catalog
    from spasm_stretch.core.content import ReliefArea
    from spasm_stretch.core.model import Routine

ICON_SIZE = QSize(120, 96)
_ROUTINE_ID = Qt.ItemDataRole.UserRole
_NAME = Qt.ItemDataRole.UserRole + 1
_DETAILS = Qt.ItemDataRole.UserRole + 2
_SUMMARY = Qt.ItemDataRole.UserRole + 3
BUILT_IN = "built-in"
_PADDING = 8
_LINE_GAP = 6


class _CardDelegate(QStyledItemDelegate):
    """Draws a routine as a card: picture, bold name, details, then its summary."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Paint the selection background, the picture and three lines of text."""
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""
        style_option.icon = QIcon()
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        rect = option.rect.adjusted(_PADDING, _PADDING, -_PADDING, -_PADDING)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(rect.topLeft(), ICON_SIZE))
        text_left = rect.left() + ICON_SIZE.width() + 2 * _PADDING
        text_rect = QRect(text_left, rect.top(), rect.right() - text_left, rect.height())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        strong = palette.color(role)
        behind = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        faint = muted(strong, palette.color(behind), 0.72)
        name_font, base_font = _fonts(option)
        lines = (
            (name_font, strong, str(index.data(_NAME))),
            (base_font, faint, str(index.data(_DETAILS))),
            (base_font, faint, str(index.data(_SUMMARY))),
        )
        painter.save()
        top = text_rect.top() + 4
        for font, colour, text in lines:
            painter.setFont(font)
            painter.setPen(colour)
            height = QFontMetrics(font).height()
            line = QRect(text_rect.left(), top, text_rect.width(), height)
            elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, line.width())
            painter.drawText(
                line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
            )
            top += height + _LINE_GAP
        painter.restore()

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As tall as the picture or the three lines of text, whichever is taller.

        At 200 % text the three lines need more than the picture's 96 px: a
        fixed height drew the summary over the next row, half on the selection.
        """
        del index
        name_font, base_font = _fonts(option)
        text = 4 + QFontMetrics(name_font).height() + 2 * QFontMetrics(base_font).height()
        text += 2 * _LINE_GAP
        return QSize(400, max(ICON_SIZE.height(), text) + 2 * _PADDING)


def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
    """The bold name's font and the details' font a row is drawn in."""
    base_font = QFont(option.font)
    name_font = QFont(base_font)
    name_font.setPointSizeF(base_font.pointSizeF() * 1.25)
    name_font.setBold(True)
    return name_font, base_font


class _RoutineList(QListWidget):
    """A list that hands printable keys to the search box (type-to-search)."""

    typed = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Send letters to the search box; keep arrows, Enter and the rest for the list."""
        text = event.text()
        if text and text.isprintable() and not text.isspace():
            self.typed.emit(text)
            return
        super().keyPressEvent(event)


STRIP_COLUMNS = 3  # cramp buttons per row: room for their words at 800 px and large text


class PickerView(QWidget):
    """Lists routines; Enter or double-click asks to start one.

    Signals:
        routine_chosen(str): the id of the routine to start.
        relief_area(str): a cramp now, in the area whose routine id is given.
        relief_requested(): open the quick-relief panel.
    """

    routine_chosen = Signal(str)
    relief_area = Signal(str)
    relief_requested = Signal()

    def __init__(self, areas: tuple[ReliefArea, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._routines: tuple[Routine, ...] = ()
        self._labels: dict[str, str] = {}  # area -> as shown, for the routines listed
        self._haystacks: dict[str, str] = {}  # routine id -> the words a search looks in
        self._yours: frozenset[str] = frozenset()
        title = QLabel(self.tr("Choose a routine"))
        relative_font(title, 1.6)
        self.hint = hint = QLabel(
            self.tr("Enter or double-click starts a routine; type a name to search.")
        )
        hint.setWordWrap(True)
        self.today = QLabel()  # "Evening routine at 21:30 · done yesterday", when reminders run
        self.today.setWordWrap(True)  # German at 200 % on 800 px ran off the edge
        self.today.setAccessibleDescription(self.tr("Today"))  # a name would hide its words
        self.today.hide()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search routines..."))
        self.search.setAccessibleName(self.tr("Search routines"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(hint.text())
        self.area = QComboBox()
        self.area.setAccessibleName(self.tr("Filter by body area"))
        # As wide as its longest choice ("Alle Bereiche" at 200 %): the search field gives way.
        self.area.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.list = _RoutineList()
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.setIconSize(ICON_SIZE)
        self.list.setSpacing(4)
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(40)  # it scrolls: on a short page it gives way first
        self.list.setItemDelegate(_CardDelegate(self.list))
        self.problems = ProblemPanel()
        self.only_yours = QCheckBox(self.tr("Yours only"))
        self.only_yours.setAccessibleDescription(self.tr("Show only the routines you added"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.area)
        filters.addWidget(self.only_yours)
        # On a short window (800x600, text at 200 %, a notice above) the page keeps its
        # minimum: the bars above give way (they scroll), then the hint, then the list.
        layout = QVBoxLayout(self)
        self._content_layout = layout
        if areas:
            layout.addWidget(self._relief_strip(areas))
            layout.addSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.today)
        layout.addWidget(hint)
        layout.addLayout(filters)
        layout.addWidget(self.problems)
        layout.addWidget(self.list, 1)
        self.search.textChanged.connect(self._filter)
        self.area.currentTextChanged.connect(self._filter)
        self.only_yours.toggled.connect(self._filter)
        self.list.itemActivated.connect(self._activated)
        self.list.typed.connect(self._type_into_search)
        self.search.returnPressed.connect(self._start_current)
        self.setTabOrder(self.search, self.area)
        self.setTabOrder(self.area, self.only_yours)
        self.setTabOrder(self.only_yours, self.list)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """On a short page (a small screen, large text, a notice above) the hint gives way.

        The cramp buttons above it must keep their full height; the hint's
        words stay as the search field's tooltip.
        """
        super().resizeEvent(event)
        layout = self._content_layout
        width = event.size().width()
        room = self.hint.heightForWidth(width) + layout.spacing()
        need = layout.minimumHeightForWidth(width) + (room if self.hint.isHidden() else 0)
        self.hint.setVisible(event.size().height() >= need)

    def set_today_line(self, text: str) -> None:
        """Today's reminder and when a routine was last done, under the title."""
        self.today.setText(text)
        self.today.setVisible(bool(text))

    def _relief_strip(self, areas: tuple[ReliefArea, ...]) -> QFrame:
        """One click from a cramp to its stretch: the first thing on the page."""
        strip = QFrame()
        strip.setFrameShape(QFrame.Shape.StyledPanel)
        strip.setAccessibleName(self.tr("Cramp right now"))
        # Never squashed (by a first-run notice, large text, a small screen): the list gives way.
        strip.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        column = QVBoxLayout(strip)
        label = QLabel(self.tr("<b>Cramp right now?</b>  keys 1 to {last}").format(last=len(areas)))
        label.setWordWrap(True)
        column.addWidget(label)
        row = QGridLayout()
        column.addLayout(row)
        self.relief_buttons: dict[str, QPushButton] = {}
        for number, area in enumerate(areas, start=1):
            button = FitButton(area.label, 1.0, bold=False)  # a long name shrinks, never cut
            names = {"area": area.label.lower(), "area_name": area.label}
            button.setAccessibleDescription(  # the name stays its words: voice control finds it
                #: {area_name}: the area as written, for languages that keep its capitals.
                self.tr("Cramp in the {area}: start its stretch now").format(**names)
            )
            button.setToolTip(
                #: {area_name}: the area as written, for languages that keep its capitals.
                self.tr("Start the stretch for a cramp in the {area} now ({key})").format(
                    key=number, **names
                )
            )
            button.clicked.connect(lambda _=False, rid=area.routine_id: self.relief_area.emit(rid))
            row.addWidget(button, (number - 1) // STRIP_COLUMNS, (number - 1) % STRIP_COLUMNS)
            self.relief_buttons[area.routine_id] = button
        # No fixed minimum height on these buttons: one set by hand replaces the height of
        # their words in the layout's sums, and a page short of room (the notice unfolded
        # at 200 %) squeezed them to it. FitButton's own minimum is its words' height.
        more = FitButton(self.tr("More help (F1)"), 1.0, bold=False)
        more.setAccessibleDescription(
            self.tr("Open quick relief: checklist, cramp timer and when to see a doctor")
        )
        more.clicked.connect(self.relief_requested)
        row.addWidget(more, len(areas) // STRIP_COLUMNS, len(areas) % STRIP_COLUMNS)
        return strip

    def set_catalog(self, catalog: Catalog, plan_settings: PlanSettings, select: str = "") -> None:
        """Show ``catalog``'s routines and problems; ``select`` an id if it is there."""
        self._routines = catalog.routines
        self._yours = frozenset(e.routine.id for e in catalog.entries if e.origin != BUILT_IN)
        self.list.clear()
        # Each word once, not once per routine: a folder of thousands lists fast.
        labels = {area: area_label(area) for area in {r.area for r in catalog.routines}}
        self._labels = labels
        self._haystacks = {}
        yours_word = self.tr("  ·  yours")
        one_step = self.tr("1 step")
        counts: dict[int, str] = {}
        details_form = self.tr("{area}  ·  {steps}  ·  {length}{yours}")
        length_form = self.tr("{minutes} min {seconds} s")
        icons: dict[Path, QIcon] = {}  # one look at each picture file, however many share it
        for routine in catalog.routines:
            total = plan_length(routine, plan_settings)
            steps = len(routine.steps)
            yours = yours_word if routine.id in self._yours else ""
            # English has no .qm to give "%n steps" its singular: one step is its own message.
            if steps not in counts:
                counts[steps] = one_step if steps == 1 else self.tr("%n steps", "", steps)
            count = counts[steps]
            details = details_form.format(
                area=labels[routine.area],
                steps=count,
                length=format_duration(total),
                yours=yours,
            )
            item = QListWidgetItem(f"{routine.name}\n{details}")
            # Read as a sentence, not "Calf middle dot 1 step middle dot 1:00".
            minutes, seconds = divmod(round(total), 60)
            length = length_form.format(minutes=minutes, seconds=seconds)
            mine = yours.replace("\u00b7", "").strip()
            spoken = ", ".join(p for p in (labels[routine.area], count, length, mine) if p)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{routine.name}: {spoken}")
            item.setData(_ROUTINE_ID, routine.id)
            item.setData(_NAME, routine.name)
            item.setData(_DETAILS, details)
            item.setData(_SUMMARY, routine.summary)
            item.setToolTip(QtGui.Qt.convertFromPlainText(routine.summary))
            image = next((s.image for s in routine.steps if s.image is not None), None)
            if image is not None:
                if image not in icons:
                    icons[image] = thumbnail(image, ICON_SIZE)
                item.setIcon(icons[image])
            self.list.addItem(item)
        areas = sorted(set(labels.values()))
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItems([self.tr("All areas"), *areas])
        self.area.blockSignals(False)
        self.only_yours.setVisible(bool(self._yours))
        self.problems.set_problems(catalog.problems)
        self._filter()
        self.select(select)

    def select(self, routine_id: str) -> None:
        """Make ``routine_id`` the current item, or the first visible one."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_ROUTINE_ID) == routine_id and not item.isHidden():
                self.list.setCurrentItem(item)
                return
        first = next(
            (
                self.list.item(r)
                for r in range(self.list.count())
                if not self.list.item(r).isHidden()
            ),
            None,
        )
        if first is not None:
            self.list.setCurrentItem(first)

    def current_id(self) -> str | None:
        """The id of the highlighted routine, if any."""
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else str(item.data(_ROUTINE_ID))

    def visible_ids(self) -> list[str]:
        """Ids of the routines the filters let through, in order."""
        return [
            str(self.list.item(r).data(_ROUTINE_ID))
            for r in range(self.list.count())
            if not self.list.item(r).isHidden()
        ]

    def _filter(self) -> None:
        words = self.search.text().casefold().split()
        area = self.area.currentText() if self.area.currentIndex() > 0 else None
        yours_only = self.only_yours.isChecked()
        if not words and area is None and not yours_only:  # all shown: no routine's words read
            for row in range(self.list.count()):
                self.list.item(row).setHidden(False)
            self._keep_a_selection()
            return
        by_id = {r.id: r for r in self._routines}
        for row in range(self.list.count()):
            item = self.list.item(row)
            routine = by_id[str(item.data(_ROUTINE_ID))]
            label = self._labels.get(routine.area) or area_label(routine.area)
            haystack = self._haystacks.get(routine.id)
            if haystack is None:  # built once per listing, not at every key typed
                haystack = " ".join(
                    [
                        routine.name,
                        routine.area,
                        label,
                        routine.summary,
                        *(s.name for s in routine.steps),
                    ]
                ).casefold()
                self._haystacks[routine.id] = haystack
            shown = (
                all(w in haystack for w in words)
                and area in (None, label)
                and (routine.id in self._yours or not yours_only)
            )
            item.setHidden(not shown)
        self._keep_a_selection()

    def _keep_a_selection(self) -> None:
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.select("")

    def _activated(self, item: QListWidgetItem) -> None:
        self.routine_chosen.emit(str(item.data(_ROUTINE_ID)))

    def _start_current(self) -> None:
        routine_id = self.current_id()
        if routine_id is not None:
            self.routine_chosen.emit(routine_id)

    def _type_into_search(self, text: str) -> None:
        self.search.setFocus()
        self.search.insert(text)
