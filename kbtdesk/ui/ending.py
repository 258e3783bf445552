"""How a treatment ends, as the window asks it: the end reason and day on the contact that ends
the treatment (the checklist's first step), the rule set's words about the final contact (the
end dialog), and the SibeR transfer's refusal.

What is said comes from the rule set (`checker.ending_advice`: the reason of the rule that judges
an episode ended for that reason), so that the end dialog, the checklist and the finding under
the episode say the same thing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from kbtdesk.core.checker import ending_advice
from kbtdesk.core.models import END_REASONS
from kbtdesk.core.rules import RuleSet
from kbtdesk.core.service import TransferRefused
from kbtdesk.ui.formatting import from_qdate, locale_for, to_qdate
from kbtdesk.ui.labels import end_reason_label
from kbtdesk.ui.widgets import combo, date_edit, error_label, plain_label


def ending_advice_text(rules: RuleSet, reason: str | None, lang: str) -> str:
    """What the rule set says about the final contact of an episode ended for `reason`: its rule's
    reason, word for word, led by whether it is required (error) or advised (warning)."""
    if reason is None:
        return ""
    lines = []
    for rule in ending_advice(rules, reason):
        lead = (QCoreApplication.translate("Ending", "Required (an error without it): {reason}")
                if rule.severity == "error"
                else QCoreApplication.translate("Ending", "Advised (a warning without it): {reason}"))
        lines.append(lead.format(reason=rule.reason.get(lang)))
    return "\n".join(lines)


def transfer_refusal_text(refused: TransferRefused, lang: str) -> str:
    """The refusal and each of the rule set's reasons, one a line."""
    return refused.text(QCoreApplication.translate, lang)


class EndingFields(QWidget):
    """End reason (chosen, never assumed) and end day for a contact that ends the treatment."""

    changed = Signal()

    def __init__(self, rules: RuleSet, day: date, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("endingFields")
        self._rules, self._lang = rules, lang
        self._day_touched = False
        form = QFormLayout(self)
        form.setContentsMargins(26, 0, 0, 0)
        choices = [("", self.tr("Choose…"))] + [(r, end_reason_label(r)) for r in END_REASONS]
        self.reason = combo("contactEndReason", self.tr("How the treatment ends"), choices)
        self.ended = date_edit("contactEndDate", self.tr("End date of the episode"), day, locale_for(lang))
        reason_label, day_label = QLabel(self.tr("Ends as:")), QLabel(self.tr("End date:"))
        reason_label.setBuddy(self.reason)
        day_label.setBuddy(self.ended)
        form.addRow(reason_label, self.reason)
        form.addRow(day_label, self.ended)
        self.error = error_label("contactEndError")
        form.addRow(self.error)
        self.advice = plain_label("", "contactEndAdvice")
        form.addRow(self.advice)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.ended.dateChanged.connect(self._day_changed)

    def end_reason(self) -> str | None:
        return self.reason.currentData() or None

    def end_day(self) -> date | None:
        """The end day the user chose, or None while it follows the contact's day."""
        return from_qdate(self.ended.date()) if self._day_touched else None

    def load(self, reason: str | None, day: date) -> None:
        self.reason.blockSignals(True)
        index = self.reason.findData(reason or "")
        self.reason.setCurrentIndex(max(index, 0))
        self.reason.blockSignals(False)
        self._day_touched = False
        self.follow_contact_day(day)
        self._show_advice()

    def follow_contact_day(self, day: date) -> None:
        """The contact's day changed: the end day follows it until the user chose another."""
        if not self._day_touched:
            self.ended.blockSignals(True)
            self.ended.setDate(to_qdate(day))
            self.ended.blockSignals(False)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _reason_changed(self, _index: int) -> None:
        self.show_error("")
        self._show_advice()
        self.changed.emit()

    def _day_changed(self, _value) -> None:
        self._day_touched = True
        self.changed.emit()

    def _show_advice(self) -> None:
        text = ending_advice_text(self._rules, self.end_reason(), self._lang)
        self.advice.setText(text)
        self.advice.setVisible(bool(text))
