"""Welcome: what the wizard does, language, cloud, and the demo tenant or real Azure."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QComboBox, QFormLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from core.azure.clouds import CLOUDS, CloudName
from gui.pages.base import WizardPage
from gui.state import WizardState

LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}  # endonyms: shown untranslated on purpose


class WelcomePage(WizardPage):
    def __init__(
        self, state: WizardState, *, current_language: str, on_language: Callable[[str], None], demo_available: bool
    ) -> None:
        super().__init__(state)
        self._on_language = on_language
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._language = QComboBox()
        for code in ("de", "en"):
            self._language.addItem(LANGUAGE_NAMES[code], code)
        self._language.setCurrentIndex(self._language.findData(current_language))
        self._language.currentIndexChanged.connect(self._language_changed)
        self._cloud = QComboBox()
        for name in CloudName:
            self._cloud.addItem("", name.value)
        self._cloud.setCurrentIndex(max(0, self._cloud.findData(state.cloud.value)))
        self._demo = QRadioButton()
        self._azure = QRadioButton()
        self._mode = QButtonGroup(self)
        self._mode.addButton(self._demo)
        self._mode.addButton(self._azure)
        self._demo.setEnabled(demo_available)
        (self._demo if demo_available and state.simulated else self._azure).setChecked(True)
        self._mode_hint = QLabel()
        self._mode_hint.setWordWrap(True)
        # One VM at a time, or every VM of the tenant at once (the fleet page).
        self._one_vm = QRadioButton()
        self._many_vms = QRadioButton()
        self._scale = QButtonGroup(self)
        self._scale.addButton(self._one_vm)
        self._scale.addButton(self._many_vms)
        (self._many_vms if state.fleet else self._one_vm).setChecked(True)
        self._many_vms.toggled.connect(self._sync_scale)

        self._language_label = QLabel()
        self._cloud_label = QLabel()
        self._language_label.setBuddy(self._language)
        self._cloud_label.setBuddy(self._cloud)
        form = QFormLayout()
        form.addRow(self._language_label, self._language)
        form.addRow(self._cloud_label, self._cloud)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self._demo)
        layout.addWidget(self._azure)
        layout.addWidget(self._mode_hint)
        layout.addSpacing(8)
        layout.addWidget(self._one_vm)
        layout.addWidget(self._many_vms)
        layout.addStretch(1)
        self._demo.toggled.connect(self._sync_mode)
        self._cloud.currentIndexChanged.connect(self._sync_mode)
        self.retranslate()

    def first_focus(self) -> QWidget | None:
        return self._azure if self._azure.isChecked() else self._demo

    def retranslate(self) -> None:
        self.setTitle(self.tr("Boot integrity monitoring"))
        self.setSubTitle(self.tr("Check, enable and fix boot integrity monitoring for an Azure VM."))
        self._intro.setText(
            self.tr(
                "This wizard guides you through five steps: choose a virtual machine, check the Trusted Launch "
                "prerequisites (security type, Secure Boot, vTPM, VM Agent), enable boot integrity monitoring with "
                "the Guest Attestation extension, find exactly what blocks the VM from reaching Azure Attestation, "
                "and fix it safely. Nothing is changed in Azure before you have seen and confirmed it."
            )
        )
        self._language_label.setText(self.tr("&Language:"))
        self._cloud_label.setText(self.tr("&Cloud:"))
        for index in range(self._cloud.count()):
            cloud = CLOUDS[CloudName(self._cloud.itemData(index))]
            self._cloud.setItemText(index, QCoreApplication.translate("Clouds", cloud.display_name))
        self._demo.setText(self.tr("Use the &demo tenant (simulated Azure, for training and demonstrations)"))
        self._azure.setText(self.tr("Connect to &real Azure (sign in on the next page)"))
        self._one_vm.setText(self.tr("&One VM: check, enable and fix it step by step"))
        self._many_vms.setText(
            self.tr("&Many VMs: scan every subscription, fix shared causes once, enable in parallel")
        )
        self._sync_mode()

    def _sync_mode(self) -> None:
        self.state.simulated = self._demo.isChecked()
        self.state.cloud = CloudName(self._cloud.currentData())
        self._cloud.setEnabled(not self.state.simulated)
        if self.state.simulated:
            hint = self.tr("The demo tenant runs on this computer. No data leaves it and nothing in Azure is changed.")
        else:
            hint = self.tr("On the next page you sign in with your browser, a device code or the Azure CLI login.")
        self._mode_hint.setText(hint)

    def _sync_scale(self) -> None:
        self.state.fleet = self._many_vms.isChecked()

    def _language_changed(self) -> None:
        self._on_language(str(self._language.currentData()))
