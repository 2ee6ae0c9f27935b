"""Composition root: parse options, set up logging and translations, run the wizard on a qasync loop.

Start-up order is chosen for a fast first window: the welcome page needs neither asyncio, the Azure SDK nor the
simulator, so the window is shown first and those load afterwards (the wizard builds its other pages and
preloads the SDK in a worker thread while the user reads the welcome page).
"""

from __future__ import annotations

import argparse
import atexit
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from core.tenant import TenantConnector, demo_snapshot, snapshot_file
from gui.i18n import LanguageManager, ensure_compiled, initial_language
from gui.settings import AppSettings
from gui.wizard import MainWizard

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Awaitable

    from core.tenant import SnapshotFactory
    from gui.pages.choose_vm import ChooseVmPage

log = logging.getLogger("boot_integrity")
SELF_TEST_VM = "vm-web-01"  # the demo tenant's healthy Trusted Launch VM


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="boot-integrity-wizard", description="Guided boot integrity monitoring for Azure VMs."
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--demo", action="store_true", help="open the built-in simulated tenant")
    source.add_argument("--snapshot", type=Path, metavar="FILE", help="simulated tenant seeded from a snapshot file")
    parser.add_argument("--lang", choices=["de", "en"], help="user interface language (default: system locale)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="build the whole UI offscreen, load translations, exit 0 or non-zero with the reason",
    )
    parser.add_argument("--screenshots", type=Path, metavar="DIR", help="save a PNG of every page state and exit")
    return parser


def snapshot_factory(args: argparse.Namespace) -> SnapshotFactory:
    """The simulated tenant's contents: a snapshot file, or the built-in demo tenant (always available)."""
    if args.snapshot is not None:
        path: Path = args.snapshot
        return snapshot_file(path)  # fails early with a clear message, before any window
    return demo_snapshot()


async def run_wizard(wizard: MainWizard, *, already_shown: bool = False) -> int:
    import asyncio

    finished: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def on_finished(result: int) -> None:
        if not finished.done():
            finished.set_result(int(result))

    wizard.finished.connect(on_finished)
    try:
        if already_shown and not wizard.isVisible():
            return int(wizard.result())  # closed before the event loop started
        wizard.show()
        wizard.start_background_work()
        return await finished
    finally:
        await wizard.connector.close()


async def _self_test_prerequisites(wizard: MainWizard, choose: ChooseVmPage) -> list[str]:
    """Choose the healthy demo VM and check its prerequisites through the real SDK: all must be met."""
    import asyncio

    from core.wizard_flow import PageId

    if not choose.select_vm(SELF_TEST_VM):
        return [f"demo VM {SELF_TEST_VM} not listed"]
    wizard.next()
    if wizard.currentId() != PageId.PREREQUISITES:
        return [f"expected the Prerequisites page, got page {wizard.currentId()}"]
    page = wizard.currentPage()
    for _ in range(600):
        if page.isComplete():
            break
        await asyncio.sleep(0.05)
    report = wizard.state.prerequisites
    if report is None:
        return ["the prerequisites of the demo VM were not checked"]
    print(f"self-test: prerequisites of {SELF_TEST_VM}: {'met' if report.met else 'not met'}")
    return [] if report.met else [f"prerequisites of {SELF_TEST_VM} reported as not met"]


async def run_self_test(wizard: MainWizard, language: str, translated: bool) -> int:
    """Build and drive the UI offscreen: welcome → Choose VM on the simulated tenant; 0 when everything works."""
    import asyncio

    problems: list[str] = []
    try:
        if language != "en" and not translated:
            problems.append(f"translations for {language!r} not found (run translations/build.py)")
        wizard.show()
        if wizard.state.simulated:
            wizard.next()
            from core.wizard_flow import PageId
            from gui.pages.choose_vm import ChooseVmPage

            page = wizard.pages[PageId(wizard.currentId())]

            if not isinstance(page, ChooseVmPage):
                problems.append(f"expected the Choose VM page, got {type(page).__name__}")
            else:
                for _ in range(600):
                    if not page.task.busy and page.model.rowCount():
                        break
                    await asyncio.sleep(0.05)
                if page.model.rowCount() == 0:
                    problems.append("the simulated tenant listed no VMs")
                print(f"self-test: {page.model.rowCount()} VMs listed")
                problems.extend(await _self_test_prerequisites(wizard, page))
        wizard.reject()
    except Exception as error:  # the reason goes to stdout; that is the point of a self-test
        problems.append(f"{type(error).__name__}: {error}")
    finally:
        await wizard.connector.close()
    for problem in problems:
        print(f"self-test FAILED: {problem}", file=sys.stderr)
    if not problems:
        print(f"self-test OK (language {language})")
    return 1 if problems else 0


def _scratch_settings() -> QSettings:
    folder = tempfile.mkdtemp(prefix="boot-integrity-headless-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    args, qt_args = build_parser().parse_known_args(argv[1:])
    headless = bool(args.self_test or args.screenshots)
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([argv[0], *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationName("Boot Integrity Wizard")
    app.setOrganizationName("BootIntegrityWizard")
    # The wizard's ``finished`` signal ends the run, after the tenant is closed; closing the last window must
    # not stop the loop first ("Event loop stopped before Future completed").
    app.setQuitOnLastWindowClosed(False)
    from gui.runtime import tune_runtime

    tune_runtime(app)  # its collector stays referenced in gui.runtime, parented to the app

    ensure_compiled()
    languages = LanguageManager(app)
    # Self-test and screenshots neither read nor change what the user chose (language, last subscription).
    settings = AppSettings(_scratch_settings()) if headless else AppSettings()
    language = initial_language(args.lang, settings.language, QLocale.system())
    translated = languages.switch(language)

    try:
        factory = snapshot_factory(args)
    except ValueError as error:  # SnapshotError: unreadable or invalid file
        print(f"boot-integrity-wizard: {error}", file=sys.stderr)
        if not args.self_test:
            QMessageBox.critical(None, "Boot Integrity Wizard", str(error))
        return 2
    connector = TenantConnector(factory)
    simulated = bool(args.demo or args.snapshot is not None)
    wizard = MainWizard(connector, languages, simulated=simulated or headless, settings=settings)
    if not headless:
        wizard.show()  # the first window, before logging, asyncio and the SDK load

    from core.logs import start_session_log

    wizard.crash.log_folder = start_session_log()
    wizard.crash.interactive = not headless
    wizard.crash.install_excepthook()
    log.info("starting %s", " ".join(argv[1:]))

    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        if args.self_test:
            coroutine: Awaitable[int] = run_self_test(wizard, language, translated)
        elif args.screenshots:
            from gui.screenshots import take_screenshots

            coroutine = take_screenshots(wizard, args.screenshots, language)
        else:
            coroutine = run_wizard(wizard, already_shown=True)
        result: int = loop.run_until_complete(coroutine)
    log.info("exit %s", result)
    return result


if __name__ == "__main__":
    sys.exit(main())
