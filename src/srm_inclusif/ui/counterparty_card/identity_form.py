"""The identity form of the card: every plain field, with hand-edited ones marked ✎."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from srm_inclusif.core.geo import department_for, normalise_post_code
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.kinds import Family, Kind
from srm_inclusif.core.numbers import localised, read_typed
from srm_inclusif.core.phones import kept_phone, readable_phone
from srm_inclusif.core.vocabulary import Nature, Profile, ServiceType
from srm_inclusif.ui.counterparty_card.coded_values import kind_text
from srm_inclusif.ui.counterparty_card.web_link import WebLinkButton
from srm_inclusif.ui.mnemonics import fit_drawn_text, plain_text, with_letters

#: Fields shown as a line of text (field, label).
TEXT_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("IdentityForm", "Nom *")),
    ("brand", QT_TRANSLATE_NOOP("IdentityForm", "Enseigne")),
    ("siret", QT_TRANSLATE_NOOP("IdentityForm", "SIRET")),
    ("legal_form", QT_TRANSLATE_NOOP("IdentityForm", "Forme juridique")),
    ("address", QT_TRANSLATE_NOOP("IdentityForm", "Adresse")),
    ("post_code", QT_TRANSLATE_NOOP("IdentityForm", "Code postal")),
    ("city", QT_TRANSLATE_NOOP("IdentityForm", "Ville")),
    ("phone", QT_TRANSLATE_NOOP("IdentityForm", "Téléphone")),
    ("email", QT_TRANSLATE_NOOP("IdentityForm", "E-mail")),
    ("website", QT_TRANSLATE_NOOP("IdentityForm", "Site web")),
    ("social_website", QT_TRANSLATE_NOOP("IdentityForm", "Réseau social")),
    ("capacity", QT_TRANSLATE_NOOP("IdentityForm", "Capacité")),
    ("headcount_insertion", QT_TRANSLATE_NOOP("IdentityForm", "Effectif en insertion (ETP)")),
    ("headcount_permanent", QT_TRANSLATE_NOOP("IdentityForm", "Effectif permanent (ETP)")),
    ("networks", QT_TRANSLATE_NOOP("IdentityForm", "Réseaux (séparés par des virgules)")),
    (
        "extra_sectors",
        QT_TRANSLATE_NOOP("IdentityForm", "Autres métiers (séparés par des virgules)"),
    ),
)
#: Web addresses, each with a button that opens it (field, what the button opens).
WEB_FIELDS = {
    "website": QT_TRANSLATE_NOOP("IdentityForm", "le site web"),
    "social_website": QT_TRANSLATE_NOOP("IdentityForm", "la page du réseau social"),
}
#: The insertion headcount of a handicap structure (ESAT, EA, TIH...) counts its workers with
#: disabilities, not people in insertion (DOMAIN §2): the row is named after the kind shown.
HANDICAP_HEADCOUNT = QT_TRANSLATE_NOOP("IdentityForm",
                                       "Effectif de travailleurs handicapés (ETP)")
LIST_FIELDS = ("networks", "extra_sectors")
NUMBER_FIELDS = ("headcount_insertion", "headcount_permanent")
#: Fields shown beside another one, on its row (short pairs: the form fits a laptop unscrolled).
SAME_ROW = {"city": "post_code", "headcount_permanent": "headcount_insertion"}
#: How much wider than the field it joins a field is (a city beside its post code).
SAME_ROW_STRETCH = {"city": 3}
#: The flags saying where a structure works, shown on one line.
ZONE_FIELDS = ("is_qpv", "is_zrr")
FLAG_FIELDS = (
    ("is_qpv", QT_TRANSLATE_NOOP("IdentityForm", "En quartier prioritaire (QPV)")),
    ("is_zrr", QT_TRANSLATE_NOOP("IdentityForm", "En zone de revitalisation rurale (ZRR)")),
    ("active", QT_TRANSLATE_NOOP("IdentityForm", "Fiche active")),
)
#: Fields describing an inclusive structure (DOMAIN §2): its kind, capacity, insertion
#: headcount, networks, types of service and priority areas. A seller's counterparties are
#: client companies and public buyers: her card does not show them (their stored values stay).
STRUCTURE_FIELDS = ("kind", "capacity", "headcount_insertion", "networks", "service_types",
                    "is_qpv", "is_zrr")
#: A client's own words for a field a structure names otherwise (a company's whole headcount).
CLIENT_TEXTS = {"headcount_permanent": QT_TRANSLATE_NOOP("IdentityForm", "Effectif (ETP)")}


class IdentityForm(QWidget):
    """Edits the plain fields of a counterparty; ``values()`` returns them typed.

    In a structure inclusive's workspace (``profile``) the fields describing an inclusive
    structure are hidden, not dropped: they keep their values, so saving changes none of them.
    """

    def __init__(self, parent: QWidget | None = None, *,
                 profile: Profile = Profile.ACHETEUR) -> None:
        super().__init__(parent)
        self.hidden = frozenset(STRUCTURE_FIELDS if profile.is_seller
                                else ())
        self.edits: dict[str, QLineEdit] = {}
        self.flags: dict[str, QCheckBox] = {}
        self.service_checks: dict[str, QCheckBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.web_buttons: dict[str, WebLinkButton] = {}
        self._texts: dict[str, str] = {}
        self._pairs: dict[str, QHBoxLayout] = {}
        self._edited: list[str] = []
        self._taken: tuple[str, ...] = ()
        self._stored_phone: str | None = None
        self.form = QFormLayout(self)
        self._build_text_rows()
        self._add_row("service_types", self.tr("Types de prestation"), self._service_box())
        self._build_flags()
        self._hide_rows()

    def _build_text_rows(self) -> None:
        """A row per text field; short pairs (post code and city...) share one."""
        for field, text in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field_{field}")
            self.edits[field] = edit
            if self.hidden:
                text = CLIENT_TEXTS.get(field, text)
            if field in SAME_ROW and SAME_ROW[field] not in self.hidden:
                self._add_beside(SAME_ROW[field], field, self.tr(text))
            else:
                self._add_row(field, self.tr(text), edit,
                              self._web_box(field, edit) or self._pair_box(field, edit))
            if field == "siret":
                self._add_coded_rows()
            elif field == "city":
                self._add_place_row()

    def _add_coded_rows(self) -> None:
        """Nature and kind, chosen from lists (made here: Tab follows the order made in)."""
        self.nature_combo = QComboBox()
        self.nature_combo.setObjectName("field_nature")
        self.nature_combo.addItem(self.tr("Non renseigné"), None)
        for nature in Nature:
            self.nature_combo.addItem(nature.label, nature.value)
        self._add_row("nature", self.tr("Siège ou antenne"), self.nature_combo)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("field_kind")
        for kind in Kind:
            self.kind_combo.addItem(kind_text(kind.value), kind.value)
        self._add_row("kind", self.tr("Type de structure"), self.kind_combo)
        self.kind_combo.currentIndexChanged.connect(self._name_headcount)

    def _name_headcount(self) -> None:
        """Name the insertion headcount after the kind shown, keeping its Alt letter if it can."""
        field, kind = "headcount_insertion", self.kind_combo.currentData()
        if field not in self._texts or kind is None:
            return  # the row is not built yet
        handicap = Kind(kind).family is Family.HANDICAP
        text = self.tr(HANDICAP_HEADCOUNT if handicap else dict(TEXT_FIELDS)[field])
        lettered = _same_letter(self._texts[field], text)
        self._texts[field] = lettered
        self.edits[field].setAccessibleName(text)
        if "&" in lettered or "&" not in "".join(self._texts.values()):
            self._mark(self._edited)
        else:  # its letter is not in the new name: letters are given again
            self.give_letters(self._taken)

    def _add_place_row(self) -> None:
        """Department and region, read from the post code typed (not edited: derived)."""
        self.place = QLabel()
        self.place.setObjectName("placeText")
        self.place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow("", self.place)
        self.edits["post_code"].textChanged.connect(self._show_place)

    def _show_place(self, post_code: str) -> None:
        department = department_for(normalise_post_code(post_code))
        # non-breaking: « : » never alone at the start of a line
        self.place.setText("" if department is None else self.tr(
            "Département : {department} ({code}) — Région : {region}").format(
            department=department.name, code=department.code, region=department.region_name))
        self.place.setAccessibleName(self.place.text())

    def _build_flags(self) -> None:
        zones = self._zones = QHBoxLayout()  # QPV and ZRR side by side, as the pairs above
        for field, text in FLAG_FIELDS:
            check = QCheckBox(self.tr(text))
            check.setObjectName(f"field_{field}")
            self.flags[field] = check
            if field in ZONE_FIELDS:
                zones.addWidget(check)
            else:
                self.form.addRow("", check)
            if field == ZONE_FIELDS[-1]:
                zones.addStretch(1)
                self.form.addRow("", zones)

    def _hide_rows(self) -> None:
        """Hide the rows of the fields not shown (their widgets keep the values set)."""
        for field in self.hidden & set(self.labels):
            self.form.setRowVisible(self.labels[field], False)
        if set(ZONE_FIELDS) <= self.hidden:
            self.form.setRowVisible(self._zones, False)

    def _pair_box(self, field: str, edit: QLineEdit) -> QWidget | None:
        """The row of a field another one joins (None for other fields)."""
        if field not in SAME_ROW.values():
            return None
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        self._pairs[field] = layout
        return box

    def _add_beside(self, first: str, field: str, text: str) -> None:
        """Put a field and its label on the row of ``first``."""
        label = QLabel(text)
        edit = self.edits[field]
        label.setBuddy(edit)
        edit.setAccessibleName(text)
        self.labels[field] = label
        self._texts[field] = text
        layout = self._pairs[first]
        layout.addSpacing(12)
        layout.addWidget(label)
        layout.addWidget(edit, SAME_ROW_STRETCH.get(field, 1))

    def _add_row(self, field: str, text: str, widget: QWidget,
                 row: QWidget | None = None) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(text)
        self.labels[field] = label
        self._texts[field] = text
        self.form.addRow(label, row or widget)

    def _web_box(self, field: str, edit: QLineEdit) -> QWidget | None:
        """A web address and its « Ouvrir ↗ » button, on one line (None for other fields)."""
        if field not in WEB_FIELDS:
            return None
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        button = WebLinkButton(edit, self.tr(WEB_FIELDS[field]))
        layout.addWidget(button)
        self.web_buttons[field] = button
        return box

    def _service_box(self) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for service in ServiceType:
            check = QCheckBox(service.label)
            check.setObjectName(f"service_{service.value}")
            layout.addWidget(check)
            self.service_checks[service.value] = check
        layout.addStretch(1)
        return box

    def set_values(self, values: dict[str, Any], edited: list[str]) -> None:
        """Show a counterparty's values; mark the hand-edited fields."""
        for field, edit in self.edits.items():
            value = values.get(field)
            if field in LIST_FIELDS:
                edit.setText(", ".join(value or []))
            elif field in NUMBER_FIELDS:
                edit.setText("" if value is None else localised(f"{value:g}"))
            elif field == "phone":
                self._stored_phone = value
                edit.setText(readable_phone(value))
            else:
                edit.setText(value or "")
        self.kind_combo.setCurrentIndex(
            max(0, self.kind_combo.findData(values.get("kind") or Kind.CLASSIC.value))
        )
        self.nature_combo.setCurrentIndex(max(0, self.nature_combo.findData(values.get("nature"))))
        for code, check in self.service_checks.items():
            check.setChecked(code in (values.get("service_types") or []))
        for field, check in self.flags.items():
            check.setChecked(bool(values.get(field, field == "active")))
        self._mark(edited)

    def give_letters(self, taken: Iterable[str] = ()) -> None:
        """Give the labels their Alt letters (to their field), none of ``taken`` (tabs...)."""
        self._taken = tuple(taken)  # kept: a renamed row may need the letters given again
        fields = [field for field in self._texts if field not in self.hidden]
        lettered = with_letters([plain_text(self._texts[field]) for field in fields], taken)
        self._texts.update(zip(fields, lettered, strict=True))
        self._mark(self._edited)

    def _mark(self, edited: list[str]) -> None:
        self._edited = edited
        for field, label in self.labels.items():
            marked = field in edited
            label.setText(self._texts[field] + (" ✎" if marked else ""))
            fit_drawn_text(label)
            label.setToolTip(
                self.tr("Modifié à la main : les imports ne l'écraseront pas.") if marked else ""
            )

    def focus_field(self, field: str) -> bool:
        """Put the cursor in ``field`` with its text selected, to retype it; False if not here."""
        widget = self.edits.get(field) or {"kind": self.kind_combo,
                                           "nature": self.nature_combo}.get(field)
        if widget is None or field in self.hidden:
            return False
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    def values(self) -> dict[str, Any]:
        """The typed values of every field (numbers parsed; lists split on commas)."""
        values: dict[str, Any] = {}
        for field, edit in self.edits.items():
            text = edit.text().strip()
            if field in LIST_FIELDS:
                values[field] = [p.strip() for p in text.split(",") if p.strip()]
            elif field in NUMBER_FIELDS:
                values[field] = _number(text, plain_text(self._texts[field]), field)
            elif field == "phone":
                values[field] = kept_phone(text, self._stored_phone)
            else:
                values[field] = text or None
        values["kind"] = self.kind_combo.currentData()
        values["nature"] = self.nature_combo.currentData()
        values["service_types"] = [
            c for c, check in self.service_checks.items() if check.isChecked()
        ]
        values.update({f: check.isChecked() for f, check in self.flags.items()})
        return values



def _number(text: str, label: str, field: str) -> float | None:
    from srm_inclusif.core.errors import ValidationError

    if not text:
        return None
    number = read_typed(text)  # in the UI's number style: "1,200" is 1200 in English
    if number is None:
        raise ValidationError(QCoreApplication.translate(
            "Errors", "{field} : nombre attendu ({text}).",
        ).format(field=label, text=text), field=field)
    return float(number)


def _same_letter(lettered: str, text: str) -> str:
    """``text`` marked with the Alt letter of ``lettered`` (at a word start if it can), if any."""
    letter = lettered[lettered.index("&") + 1].upper() if "&" in lettered else None
    spots = [i for i, char in enumerate(text) if char.upper() == letter]
    starts = [i for i in spots if i == 0 or not text[i - 1].isalnum()]
    spot = (starts or spots or [None])[0]
    return text if spot is None else f"{text[:spot]}&{text[spot:]}"
