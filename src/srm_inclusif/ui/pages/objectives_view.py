"""Layout of the Objectifs page: year and sheet actions, sheet list, objectives table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.ui.flow_layout import FlowLayout
from srm_inclusif.ui.lifecycle.fields import EuroSpinBox
from srm_inclusif.ui.models.objectives_table import (
    COL_ACHIEVEMENT,
    COL_INDICATOR,
    COL_LABEL,
    COL_TARGET,
    SORT_ROLE,
    ObjectivesTableModel,
)
from srm_inclusif.ui.progress_delegate import ProgressDelegate
from srm_inclusif.ui.table_view import FullTextDelegate, WholeTextFit

#: Widest the target column grows, in average characters: a huge target saved before targets
#: had an upper bound is cut, whole in its tooltip, instead of pushing the other figures out.
TARGET_CHARS = 16
#: The property keeping a button's tooltip while another says why it is off.
_USUAL_TIP = "usualToolTip"


class ObjectivesView(QWidget):
    """Widgets only; the page connects them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Objectifs"))
        self.title.setObjectName("pageTitle")
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("objectivesYear")
        self.year_combo.setAccessibleName(self.tr("Année"))
        self.new_sheet_button = self._button("newSheet", self.tr("Nouvelle fiche…"), "Ctrl+N")
        self.copy_button = self._button("copyLastYear", self.tr("Copier l'année précédente"),
                                        "Ctrl+Shift+C")
        self.delete_sheet_button = self._button("deleteSheet", self.tr("Supprimer la fiche"), "")
        #: Export buttons of the variable-pay sheet are added here by the main window.
        self.export_bar = QHBoxLayout()
        self.oeth_button = self._button("oethButton", self.tr("Estimateur OETH…"), "")
        self.parameters_button = self._button("parametersButton", self.tr("Paramètres…"), "")
        self.sheet_list = QListWidget()
        self.sheet_list.setObjectName("sheetList")
        self.sheet_list.setAccessibleName(self.tr("Fiches objectifs"))
        self.sheet_title = QLabel()
        self.sheet_title.setObjectName("sheetTitle")
        self.variable_spin = EuroSpinBox()
        self.variable_spin.setObjectName("variableSpin")
        self.variable_spin.setKeyboardTracking(False)
        self.weights_label = QLabel()
        self.weights_label.setObjectName("weightsLabel")
        self.weights_label.setWordWrap(True)
        self.model = ObjectivesTableModel(self)
        self.table = self._table()
        self.add_button = self._button("addObjective", self.tr("Ajouter"), "Ins")
        self.edit_button = self._button("editObjective", self.tr("Modifier…"), "F2")
        self.delete_button = self._button("deleteObjective", self.tr("Supprimer"), "Del")
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        self._layout()

    def _button(self, name: str, text: str, shortcut: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if shortcut:
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(button.click)
            self.addAction(action)
            button.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
        button.setProperty(_USUAL_TIP, button.toolTip())
        return button

    @staticmethod
    def offer(button: QPushButton, refusal: str | None) -> None:
        """The button on when there is no ``refusal``; else off, its tooltip saying why."""
        button.setEnabled(refusal is None)
        button.setToolTip(button.property(_USUAL_TIP) if refusal is None else refusal)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("objectivesTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # a list: Tab leaves it for the buttons
        table.verticalHeader().hide()
        table.setItemDelegate(FullTextDelegate(table))  # a cut text is whole in its tooltip
        table.setItemDelegateForColumn(COL_ACHIEVEMENT, ProgressDelegate(SORT_ROLE, table))
        # The label takes the room the figures leave, its texts whole on a row's lines; the
        # indicator fits its texts in what the label spares (the figures, the achievement's bar
        # too, fit their texts and their titles on two lines, « Taux de paiement »).
        self.fit = WholeTextFit(table, stretch=COL_LABEL, beside={COL_INDICATOR: None},
                                capped={COL_TARGET: TARGET_CHARS})
        return table

    def _layout(self) -> None:
        year = QHBoxLayout()  # the year and its title stay side by side
        year.addWidget(QLabel(self.tr("Année :")))
        year.addWidget(self.year_combo)
        toolbar = FlowLayout()  # on a narrow screen, the last buttons go on a second line
        toolbar.addLayout(year)
        for button in (self.new_sheet_button, self.copy_button, self.delete_sheet_button):
            toolbar.addWidget(button)
        toolbar.addStretch()
        toolbar.addLayout(self.export_bar)
        toolbar.addWidget(self.oeth_button)
        toolbar.addWidget(self.parameters_button)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.sheet_title, 1)
        header.addWidget(QLabel(self.tr("Part variable cible :")))
        header.addWidget(self.variable_spin)
        column.addLayout(header)
        column.addWidget(self.weights_label)
        column.addWidget(self.table, 1)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.total_label)
        column.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sheet_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([220, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)
