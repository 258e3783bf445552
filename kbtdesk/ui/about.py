"""Help: the About dialog (version, rule set, where the files are, licences) and the user guide.

The user guide is Markdown shipped with the program in ``kbtdesk.resources/docs`` (the
``resources/docs/`` folder of the source tree), one file per language with the screenshots beside
it, so that the window shows exactly the text that the repository shows.
"""

from __future__ import annotations

import platform
import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImageReader, QTextCursor, QTextImageFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.paths import LogPaths

#: The bundled parts and their licences, as their projects state them.
LICENCES = (
    ("kbtdesk", None),  # read from the installed package's metadata (pyproject.toml)
    ("PySide6 / Qt", "LGPL-3.0"),
    ("SQLCipher (Zetetic)", "BSD-style"),
    ("SQLAlchemy", "MIT"),
    ("SQLModel", "MIT"),
    ("platformdirs", "MIT"),
    ("python-stdnum", "LGPL-2.1-or-later"),
    ("cryptography", "Apache-2.0 or BSD-3-Clause"),
    ("DejaVu fonts", "Bitstream Vera licence (resources/fonts/LICENSE)"),
)
KBTDESK_LICENCE = "GPL-3.0-or-later"
GUIDE_IMAGE_WIDTH = 760


def kbtdesk_licence() -> str:
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        meta = metadata("kbtdesk")
    except PackageNotFoundError:
        return KBTDESK_LICENCE
    for field in ("License-Expression", "License"):
        if field in meta and meta[field]:
            return meta[field]
    return KBTDESK_LICENCE


def versions() -> dict[str, str]:
    import PySide6
    from PySide6.QtCore import qVersion

    import kbtdesk

    return {"kbtdesk": kbtdesk.__version__, "PySide6": PySide6.__version__, "Qt": qVersion(),
            "Python": platform.python_version()}


def _value(text: str, object_name: str, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # No word wrap: a top-level dialog sizes wrapped labels wrongly and clips the rows below them.
    label.setWordWrap(wrap)
    return label


class AboutDialog(QDialog):
    """Plain, selectable text: support staff copy the version and paths from it."""

    @classmethod
    def ask(cls, parent, service, log_paths: LogPaths, language: str = "sv") -> None:
        dialog = cls(parent, service, log_paths, language)
        dialog.exec()
        dialog.deleteLater()

    def __init__(self, parent, service, log_paths: LogPaths, language: str = "sv"):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About kbtdesk"))
        self.setMinimumWidth(620)
        found = versions()
        rules = service.rules
        layout = QVBoxLayout(self)

        heading = _value(self.tr("kbtdesk {version}").format(version=found["kbtdesk"]), "aboutVersion")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        heading.setAccessibleName(self.tr("Version"))
        layout.addWidget(heading)
        purpose = _value(self.tr("A checklist and encrypted log for internet CBT (KBT på nätet).\n"
                                 "It never connects to a network and does not replace the journal."),
                         "aboutPurpose")
        purpose.setAccessibleName(self.tr("What kbtdesk is"))
        layout.addWidget(purpose)

        self.rule_set = self._group(layout, "aboutRuleSet", self.tr("Rule set"), [
            (self.tr("Name"), rules.title.get(language), "ruleSetTitle"),
            (self.tr("Id"), rules.id, "ruleSetId"),
            (self.tr("Version"), rules.version, "ruleSetVersion"),
            (self.tr("Valid from"), rules.valid_from.isoformat(), "ruleSetValidFrom"),
            (self.tr("Source"), f"{rules.source.title} ({rules.source.publisher})", "ruleSetSource"),
        ])
        self.files = self._group(layout, "aboutFiles", self.tr("Files"), [
            (self.tr("Log"), str(log_paths.log), "aboutLogPath"),
            (self.tr("Key file"), str(log_paths.key), "aboutKeyPath"),
            (self.tr("Backups"), str(log_paths.backups), "aboutBackupsPath"),
        ])
        self.software = self._group(layout, "aboutSoftware", self.tr("Software"), [
            ("Qt", found["Qt"], "aboutQtVersion"),
            ("PySide6", found["PySide6"], "aboutPySideVersion"),
            ("Python", found["Python"], "aboutPythonVersion"),
        ])
        self.licences = QGroupBox(self.tr("Licences"))
        self.licences.setObjectName("aboutLicences")
        self.licences.setAccessibleName(self.tr("Licences"))
        licence_text = "\n".join(f"{name}: {licence or kbtdesk_licence()}" for name, licence in LICENCES)
        self.licence_list = _value(licence_text, "licenceList")
        self.licence_list.setAccessibleName(self.tr("Licences of kbtdesk and the parts it bundles"))
        QVBoxLayout(self.licences).addWidget(self.licence_list)
        layout.addWidget(self.licences)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("aboutButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("aboutClose")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.adjustSize()

    def _group(self, layout: QVBoxLayout, object_name: str, title: str, rows) -> QGroupBox:
        box = QGroupBox(title)
        box.setObjectName(object_name)
        box.setAccessibleName(title)
        form = QFormLayout(box)
        for label, text, name in rows:
            value = _value(text, name)
            value.setAccessibleName(label)
            form.addRow(label, value)
        layout.addWidget(box)
        return box

    def text(self) -> str:
        """Everything the dialog shows, as plain text (for tests and for copying)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))


# -- the user guide ---------------------------------------------------------------------------


def guide_path(language: str) -> Path:
    """The guide in the UI language: user-guide.sv.md (Swedish) or user-guide.md (English)."""
    folder = Path(str(resources.files("kbtdesk.resources"))) / "docs"
    return folder / ("user-guide.sv.md" if language == "sv" else "user-guide.md")


def first_heading(markdown: str) -> str:
    match = re.search(r"^#\s+(.+?)\s*$", markdown, re.MULTILINE)
    return match.group(1) if match else ""


class GuideDialog(QDialog):
    """The user guide rendered from its Markdown, images found beside it."""

    @classmethod
    def ask(cls, parent, language: str = "sv") -> None:
        dialog = cls(parent, language)
        dialog.show()  # modeless: the guide stays open beside the window while one works

    def __init__(self, parent: QWidget | None, language: str = "sv"):
        super().__init__(parent)
        self.setObjectName("userGuideDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuide")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("userGuideButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("userGuideClose")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

        path = guide_path(language)
        if not path.is_file():
            path = guide_path("en" if language == "sv" else "sv")
        try:
            markdown = path.read_text(encoding="utf-8")
        except OSError:
            markdown = "# kbtdesk\n\n" + self.tr("The user guide is missing from this installation.")
        self.heading = first_heading(markdown)
        self.setWindowTitle(self.tr("User guide – {title}").format(title=self.heading) if self.heading
                            else self.tr("User guide"))
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setMarkdown(markdown)
        self._fit_images(path.parent)

    def _fit_images(self, folder: Path) -> None:
        """Screenshots are 1280 px wide: show them at a readable width; the file stays full size."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = QTextImageFormat(fmt.toImageFormat())
                    size = QImageReader(str(folder / image.name())).size()
                    if size.isValid() and size.width() > GUIDE_IMAGE_WIDTH:
                        image.setWidth(GUIDE_IMAGE_WIDTH)
                        image.setHeight(size.height() * GUIDE_IMAGE_WIDTH / size.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image)
                it += 1
            block = block.next()

    def _link(self, url: QUrl) -> None:
        # Anchors scroll within the guide; a web address goes to the system's browser.
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
