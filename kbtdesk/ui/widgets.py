"""Shared widget helpers and the palette: one red for every error, one look per kind of note and banner.

Labels made here show their text as plain text: user text is never read as rich text.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from kbtdesk.ui.formatting import DATE_FORMAT, to_qdate

W = TypeVar("W", bound=QWidget)


class Palette:
    """The colours kbtdesk adds to the system's palette, each with one meaning."""

    ERROR = QColor("#a4000f")  # errors, refused input, open items, a flagged score
    WARNING = QColor("#8a5300")  # a warning finding, an outage contact
    DONE = QColor("#1b5e20")  # a routine followed, an active episode, a strong passphrase
    #: The strength meter, from "too short" to "strong".
    STRENGTH = (ERROR, QColor("#c25e00"), QColor("#a08000"), QColor("#2e7d32"), DONE)

    NOTE = f"background: #fff4d6; color: {WARNING.name()}; padding: 4px;"  # adjust-to-your-unit notes
    INFO = "background: #e3effa; padding: 4px;"  # a reminder of the next step
    BANNERS = {
        "outage": "background: #ffb300; color: #1a1a1a; font-weight: bold; padding: 8px; border: 1px solid #c68400;",
        "readOnly": "background: #0d47a1; color: white; font-weight: bold; padding: 8px; border: 1px solid #002171;",
        "network": "background: #fff4d6; color: #5d3a00; padding: 6px; border: 1px solid #c68400;",
        "demo": "background: #6a1b9a; color: white; font-weight: bold; padding: 1px 8px;",
    }


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen `widget` is on, else the primary screen; None on a machine without any screen
    (Qt then returns a null screen, though PySide6's stubs say these calls always give one)."""
    screen: QScreen | None = widget.screen()
    return screen if screen is not None else QGuiApplication.primaryScreen()


def name_widget(widget: W, object_name: str, accessible: str) -> W:
    """Stable objectName for tests and an accessible name for screen readers."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget


def plain_label(text: str = "", object_name: str | None = None, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if object_name:
        label.setObjectName(object_name)
    return label


def emphasise(widget: W, scale: float = 1.0, bold: bool = True) -> W:
    """A heading's font: bold, and `scale` times the widget's size."""
    font = widget.font()
    font.setBold(bold)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    return widget


def error_label(object_name: str) -> QLabel:
    """The one look of an error message under a field or a form; hidden until it has text."""
    label = plain_label("", object_name)
    label.setStyleSheet(f"color: {Palette.ERROR.name()}; font-weight: bold;")
    label.setVisible(False)
    label.setAccessibleName(QCoreApplication.translate("Labels", "Error message"))
    return label


def show_message(label: QLabel, text: str) -> None:
    """Show `text` in an error (or status) label; an empty text hides it.

    A dialog grows to fit a message that appears: Qt keeps a window at its size while a wrapped
    label needs more height, and the form above would be squeezed."""
    label.setText(text)
    label.setVisible(bool(text))
    window = label.window()
    layout = window.layout()
    if text and window.isVisible() and layout is not None and layout.hasHeightForWidth():
        layout.activate()
        needed = layout.totalHeightForWidth(window.width())
        if window.height() < needed:
            window.resize(window.width(), needed)


def note_label(text: str, object_name: str, style: str = Palette.NOTE) -> QLabel:
    label = plain_label(text, object_name)
    label.setStyleSheet(style)
    return label


def banner(object_name: str, kind: str) -> QLabel:
    """A strip across the window that says what state it is in (outage, read-only, …)."""
    label = plain_label("", object_name)
    label.setStyleSheet(Palette.BANNERS[kind])
    label.setVisible(False)
    return label


def link_button(text: str, object_name: str, accessible: str) -> QPushButton:
    """A button that looks like a link ("Forgot passphrase?"): it must not be the default button."""
    button = name_widget(QPushButton(text), object_name, accessible)
    button.setFlat(True)
    button.setAutoDefault(False)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; border: none; "
                         "text-align: left; }")
    return button


def quiet_button(text: str, object_name: str, accessible: str) -> QPushButton:
    """A button that Enter in a field never presses (it finishes or cancels nothing by accident)."""
    button = name_widget(QPushButton(text), object_name, accessible)
    button.setAutoDefault(False)
    button.setDefault(False)
    return button


def combo(object_name: str, accessible: str, items: list[tuple[str, str]], current: str | None = None) -> QComboBox:
    """A drop-down of (value, text) items, `current` chosen when listed."""
    box = name_widget(QComboBox(), object_name, accessible)
    for value, text in items:
        box.addItem(text, value)
    if current is not None:
        index = box.findData(current)
        if index >= 0:
            box.setCurrentIndex(index)
    return box


def date_edit(object_name: str, accessible: str, value: date, locale) -> QDateEdit:
    edit = name_widget(QDateEdit(to_qdate(value)), object_name, accessible)
    edit.setCalendarPopup(True)
    edit.setLocale(locale)
    edit.setDisplayFormat(DATE_FORMAT)  # ISO in both languages, like every date the window shows
    return edit


def dialog_buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK (named `ok_text`) and Cancel, wired to the dialog's accept() and reject()."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.setObjectName("buttons")
    name_widget(box.button(QDialogButtonBox.StandardButton.Ok), "okButton", ok_text.replace("&", "")).setText(ok_text)
    cancel = QCoreApplication.translate("Labels", "Cancel")
    name_widget(box.button(QDialogButtonBox.StandardButton.Cancel), "cancelButton", cancel).setText(cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def run_dialog(dialog: QDialog, value):
    """exec() the dialog; `value()` when accepted, else None. The dialog is freed afterwards."""
    try:
        return value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def confirm(parent, title: str, text: str) -> bool:
    """Yes/No question; No is the default so that Enter never deletes by accident."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def fit_columns(view, samples: dict[int, str], stretch: int | None = None, stretch_last: bool = False,
                padding: int = 0) -> None:
    """Column widths worked out once from the font: the wider of a typical value and the header.

    ResizeToContents would ask the model for the text of every row it measures, on every reset
    and insert (thousands of data() calls per keystroke or episode); these widths cost nothing per
    row and the user can still drag them (Interactive). `padding`: what a style sheet adds per cell.
    """
    header = view.header() if hasattr(view, "header") else view.horizontalHeader()
    model = view.model()
    cell, head = view.fontMetrics(), header.fontMetrics()
    header.setStretchLastSection(stretch_last)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal) or ""
        width = max(cell.horizontalAdvance(samples.get(column, "")) + 14 + padding, head.horizontalAdvance(title) + 18)
        header.resizeSection(column, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def ask_printer(parent, title: str = ""):
    """A printer the user chose in the system's print dialog, or None if they cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # print support: only when printing

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if title:
        printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    try:
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
