// The keyboard (issue 16): in every language, no two visible widgets of a window share an
// Alt+letter (labels with a buddy, buttons including the wizard's, group boxes, tabs, the menu
// bar) and no menu has two items with the same letter; a label with an ampersand has a buddy
// (or it would show the "&"). The server and volume pickers select a row with the arrow keys and
// Enter, and a Nova createImage is made against the demo cloud with the keyboard only.
#include <memory>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTest>

#include "appcore.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "dialogs/prompter.h"
#include "i18n/languagemanager.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobrecord.h"
#include "monitor/jobmonitorview.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"
#include "uiwalk.h"
#include "wizard/cinderpage.h"
#include "wizard/createimagewizard.h"
#include "wizard/methodpage.h"
#include "wizard/novapage.h"
#include "wizard/serverpicker.h"
#include "wizard/volumepicker.h"
#include "wizardnext.h"

using namespace Qt::StringLiterals;

namespace {

const QString LegacyId = u"f0c0e64c-a719-55e9-a4e3-7b851b577013"_s; // legacy-10, SUSPENDED

/// The letter of `text`'s mnemonic, upper case; null when it has none.
QChar mnemonicOf(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (key.isEmpty())
        return {};
    const int code = key[0].key();
    return QChar(code).toUpper();
}

bool shown(const QWidget *w, const QWidget *window)
{
    return w->isVisibleTo(window) && w->window() == window;
}

/// Every clash of `window`: "letter: a / b" lines.
QStringList clashes(QWidget *window)
{
    QHash<QChar, QStringList> owners;
    QStringList problems;
    const auto add = [&](const QString &text, const QString &kind) {
        const QChar c = mnemonicOf(text);
        if (!c.isNull())
            owners[c] << u"%1 \"%2\""_s.arg(kind, text);
    };
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!shown(label, window) || label->textFormat() == Qt::RichText)
            continue;
        if (label->buddy())
            add(label->text(), u"label"_s);
        else if (!mnemonicOf(label->text()).isNull())
            problems << u"label without a buddy shows its ampersand: \"%1\""_s.arg(label->text());
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (shown(button, window))
            add(button->text(), QString::fromLatin1(button->metaObject()->className()));
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (shown(box, window))
            add(box->title(), u"group box"_s);
    }
    for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!shown(tabs, window))
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i), u"tab"_s);
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *a : main->menuBar()->actions())
            add(a->text(), u"menu"_s);
    }
    if (qEnvironmentVariableIsSet("IW_DUMP_MNEMONICS")) {
        QStringList all;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            all << u"%1=%2"_s.arg(it.key(), it.value().join(u"|"_s));
        all.sort();
        qWarning().noquote() << "dump:" << window->windowTitle() << all.join(u"  "_s);
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            problems << u"Alt+%1: %2"_s.arg(it.key(), it.value().join(u" / "_s));
    }
    return problems;
}

QStringList menuClashes(const QString &where, const QList<QAction *> &actions)
{
    QHash<QChar, QStringList> owners;
    for (QAction *a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QChar c = mnemonicOf(a->text());
        if (!c.isNull())
            owners[c] << a->text();
    }
    QStringList problems;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            problems << u"%1: %2: %3"_s.arg(where, it.key(), it.value().join(u" / "_s));
    }
    return problems;
}

QWidget *focused()
{
    QWidget *w = QApplication::focusWidget();
    return w ? w : QApplication::activeWindow();
}

void key(int k, Qt::KeyboardModifiers mods = {})
{
    QTest::keyClick(focused(), Qt::Key(k), mods);
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

/// Tabs until the focus is on `target` (or one of its children); false after 60 steps.
bool tabTo(const QWidget *target)
{
    for (int i = 0; i < 60; ++i) {
        QWidget *f = QApplication::focusWidget();
        if (f && (f == target || target->isAncestorOf(f)))
            return true;
        key(Qt::Key_Tab);
    }
    return false;
}

} // namespace

class tst_Keyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noMnemonicClashes_data();
    void noMnemonicClashes();
    void pickersSelectWithArrowsAndEnter();
    void methodListShowsFocus();
    void novaCreateWithKeyboardOnly();

private:
    DemoCloudProcess m_demo;
    TestDir m_dir;
    std::unique_ptr<AppCore> m_core;
    CloudSession *m_session = nullptr;
};

void tst_Keyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Prompter::setNonInteractive(true);
    QVERIFY(m_dir.isValid());
    m_demo.setJobSeconds(1.0);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
    AppCore::Options options;
    options.dataDir = m_dir.filePath(u"data"_s);
    options.settingsPath = m_dir.filePath(u"settings.ini"_s);
    m_core = std::make_unique<AppCore>(options);
    const CloudProfile profile = CloudProfile::demo(m_demo.authUrl());
    m_core->profiles()->upsert(profile);
    m_core->profiles()->setCurrent(profile.id);
    m_session = m_core->session(profile.id);
    QVERIFY(m_session);
    bool connected = false;
    m_session->connectToCloud(this, [&](const ApiError &e) { connected = !e; });
    QTRY_VERIFY_WITH_TIMEOUT(connected, 15000);
}

void tst_Keyboard::cleanupTestCase()
{
    m_core.reset();
    m_demo.stop();
}

void tst_Keyboard::noMnemonicClashes_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &code : LanguageManager::languages())
        QTest::newRow(qPrintable(code)) << code;
}

void tst_Keyboard::noMnemonicClashes()
{
    QFETCH(QString, language);
    LanguageManager languages(nullptr);
    QVERIFY(languages.apply(language));
    QStringList problems;
    walkEveryWindow(m_core.get(), m_session, [&](const QString &where, QWidget *window) {
        for (const QString &p : clashes(window))
            problems << where + u": "_s + p;
        if (auto *main = qobject_cast<QMainWindow *>(window)) {
            for (QMenu *menu : main->findChildren<QMenu *>())
                problems << menuClashes(where + u" menu "_s + menu->title(), menu->actions());
            if (auto *view = main->findChild<JobMonitorView *>())
                problems << menuClashes(where + u" job context menu"_s, view->contextActions());
        }
    });
    QVERIFY(!QTest::currentTestFailed());
    problems.removeDuplicates();
    for (const QString &p : std::as_const(problems))
        qWarning().noquote() << "clash:" << p; // all of them: a failure message is cut short
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 clash(es), listed above"_s.arg(problems.size())));
}

void tst_Keyboard::pickersSelectWithArrowsAndEnter()
{
    CreateImageWizard wizard(m_session, m_core->monitor());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.activateWindow();
    QTRY_VERIFY(wizard.methodPage()->button(CreationMethod::NovaCreateImage)->isEnabled());
    wizard.methodPage()->setMethod(int(CreationMethod::NovaCreateImage));
    wizard.next();
    ServerPicker *servers = wizard.novaPage()->serverPicker();
    QTRY_VERIFY_WITH_TIMEOUT(servers->hasLoaded(), 15000);
    auto *table = servers->findChild<QTableView *>(u"serverTable"_s);
    table->setFocus();
    QVERIFY(servers->serverId().isEmpty());
    QTest::keyClick(table, Qt::Key_Down);
    const QString first = servers->serverId();
    QVERIFY2(!first.isEmpty(), "Down did not select a row");
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(servers->serverId() != first);
    QVERIFY(!servers->serverId().isEmpty());
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(servers->serverId(), first);
    // Enter selects the current row when the selection was cleared (e.g. by a search).
    table->clearSelection();
    QVERIFY(servers->serverId().isEmpty());
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(servers->serverId(), first);
    QCOMPARE(wizard.currentId(), int(CreateImageWizard::Page_Nova)); // Enter did not go on

    wizard.back();
    wizard.methodPage()->setMethod(int(CreationMethod::CinderUploadToImage));
    wizard.next();
    VolumePicker *volumes = wizard.cinderPage()->volumePicker();
    QTRY_VERIFY_WITH_TIMEOUT(volumes->hasLoaded(), 15000);
    auto *volumeTable = volumes->findChild<QTableView *>(u"volumeTable"_s);
    volumeTable->setFocus();
    QTest::keyClick(volumeTable, Qt::Key_Down);
    const QString volume = volumes->volumeId();
    QVERIFY2(!volume.isEmpty(), "Down did not select a volume");
    volumeTable->clearSelection();
    QTest::keyClick(volumeTable, Qt::Key_Enter);
    QCOMPARE(volumes->volumeId(), volume);
}

void tst_Keyboard::methodListShowsFocus()
{
    CreateImageWizard wizard(m_session, m_core->monitor());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.activateWindow();
    QTRY_VERIFY(wizard.methodPage()->button(CreationMethod::NovaCreateImage)->isEnabled());
    // The page opens with the focus on the chosen method, drawn with a focus frame.
    auto *radio = qobject_cast<QRadioButton *>(QApplication::focusWidget());
    QVERIFY2(radio, "the method list does not have the focus");
    QVERIFY(radio->isChecked());
    QVERIFY(radio->testAttribute(Qt::WA_KeyboardFocusChange)
        || radio->window()->testAttribute(Qt::WA_KeyboardFocusChange));
    QTest::keyClick(radio, Qt::Key_Down);
    auto *next = qobject_cast<QRadioButton *>(QApplication::focusWidget());
    QVERIFY(next && next != radio && next->isChecked());
}

void tst_Keyboard::novaCreateWithKeyboardOnly()
{
    LanguageManager languages(nullptr);
    QVERIFY(languages.apply(u"en"_s));
    CreateImageWizard wizard(m_session, m_core->monitor());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.activateWindow();
    QTRY_VERIFY(QApplication::activeWindow() == &wizard);
    MethodPage *methods = wizard.methodPage();
    QTRY_VERIFY(methods->button(CreationMethod::NovaCreateImage)->isEnabled());

    // Method: arrows in the method list, then Enter (Next).
    QTRY_VERIFY(qobject_cast<QRadioButton *>(QApplication::focusWidget()));
    for (int i = 0; i < 10 && methods->method() != int(CreationMethod::NovaCreateImage); ++i)
        key(Qt::Key_Down);
    QCOMPARE(methods->method(), int(CreationMethod::NovaCreateImage));
    key(Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(CreateImageWizard::Page_Nova));

    // Nova page: Alt+N... is Next; the name field by its own mnemonic, the server by Tab and
    // the arrows, then Enter twice (select, Next).
    NovaPage *page = wizard.novaPage();
    ServerPicker *picker = page->serverPicker();
    QTRY_VERIFY_WITH_TIMEOUT(picker->hasLoaded(), 15000);
    const QChar nameKey = mnemonicOf(wizard.findChild<QLabel *>(u"novaNameLabel"_s)->text());
    QVERIFY(!nameKey.isNull());
    key(nameKey.unicode(), Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), page->nameEdit());
    type(u"tst-keyboard-only"_s);
    auto *table = picker->findChild<QTableView *>(u"serverTable"_s);
    QVERIFY(tabTo(table));
    for (int i = 0; i < 20 && picker->serverId() != LegacyId; ++i)
        key(Qt::Key_Down);
    QCOMPARE(picker->serverId(), LegacyId);
    QTRY_VERIFY(canGoOn(wizard.button(QWizard::NextButton)));
    key(Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(CreateImageWizard::Page_Review));

    // Review: the Create button by its mnemonic (Alt+C in English).
    QAbstractButton *create = wizard.button(QWizard::CommitButton);
    QTRY_VERIFY(create->isEnabled());
    const QChar createKey = mnemonicOf(create->text());
    QVERIFY2(!createKey.isNull(), qPrintable(create->text()));
    key(createKey.unicode(), Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(CreateImageWizard::Page_Submitted), 15000);
    JobMonitor *monitor = m_core->monitor();
    const int row = monitor->rowOf(wizard.submittedJob());
    QVERIFY(row >= 0);
    QCOMPARE(monitor->at(row).name, u"tst-keyboard-only"_s);
    QCOMPARE(monitor->at(row).method, CreationMethod::NovaCreateImage);
    QTRY_COMPARE_WITH_TIMEOUT(
        monitor->at(monitor->rowOf(wizard.submittedJob())).state, JobState::Succeeded, 20000);
    QTRY_VERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    key(Qt::Key_Return); // Finish
    QTRY_VERIFY(!wizard.isVisible());
}

QTEST_MAIN(tst_Keyboard)
#include "tst_keyboard.moc"
