// Field errors (issue 16): on every method page, every input has an accessible name; no error
// shows before anything was typed; an error shown at a field (after typing and leaving it) is
// the field's accessible description and goes with the error; showing it moves no other field.
// Next, pressed on a page with errors, shows them all, puts the focus on a field at fault and
// stays on the page.
#include <algorithm>
#include <memory>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>
#include <QWizard>

#include "appcore.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "dialogs/profilesdialog.h"
#include "dialogs/prompter.h"
#include "i18n/languagemanager.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"
#include "uiwalk.h"
#include "create/creationmethod.h"
#include "widgets/inlinemessage.h"
#include "wizard/methodformpage.h"

using namespace Qt::StringLiterals;

namespace {

bool isInput(QWidget *w)
{
    return qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
        || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPlainTextEdit *>(w)
        || qobject_cast<QTextEdit *>(w) || qobject_cast<QCheckBox *>(w)
        || qobject_cast<QRadioButton *>(w)
        || (qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QHeaderView *>(w));
}

/// The page's visible inputs (not the wizard's buttons; a combo box's own line edit and a spin
/// box's are part of it).
QList<QWidget *> inputs(QWidget *window)
{
    QList<QWidget *> out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || !isInput(w))
            continue;
        if (qobject_cast<QComboBox *>(w->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        out << w;
    }
    return out;
}

QString describe(const QWidget *w)
{
    return u"%1 %2"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

QHash<QWidget *, QRect> geometries(QWidget *window, const QList<QWidget *> &of)
{
    QHash<QWidget *, QRect> out;
    for (QWidget *w : of)
        out.insert(w, QRect(w->mapTo(window, QPoint(0, 0)), w->size()));
    return out;
}

} // namespace

class tst_FieldErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyInputHasAName_data();
    void everyInputHasAName();
    void errorsAfterLeavingDescribedAndInPlace();
    void nextShowsEveryErrorAndStays();
    void newProfileAsksForThePassword();

private:
    DemoCloudProcess m_demo;
    TestDir m_dir;
    std::unique_ptr<AppCore> m_core;
    CloudSession *m_session = nullptr;
};

void tst_FieldErrors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Prompter::setNonInteractive(true);
    QVERIFY(m_dir.isValid());
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

void tst_FieldErrors::cleanupTestCase()
{
    m_core.reset();
    m_demo.stop();
}

void tst_FieldErrors::everyInputHasAName_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &code : LanguageManager::languages())
        QTest::newRow(qPrintable(code)) << code;
}

void tst_FieldErrors::everyInputHasAName()
{
    QFETCH(QString, language);
    LanguageManager languages(nullptr);
    QVERIFY(languages.apply(language));
    QStringList problems;
    walkEveryWindow(m_core.get(), m_session, [&](const QString &where, QWidget *window) {
        for (QWidget *w : inputs(window)) {
            if (w->accessibleName().trimmed().isEmpty())
                problems << where + u": "_s + describe(w);
            else if (w->accessibleName().contains(u'&'))
                problems << where + u": "_s + describe(w) + u" has an ampersand"_s;
        }
    });
    QVERIFY(!QTest::currentTestFailed());
    problems.removeDuplicates();
    for (const QString &p : std::as_const(problems))
        qWarning().noquote() << "no accessible name:" << p;
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 input(s) without a name"_s.arg(problems.size())));
}

void tst_FieldErrors::errorsAfterLeavingDescribedAndInPlace()
{
    LanguageManager languages(nullptr);
    QVERIFY(languages.apply(u"en"_s));
    QStringList problems;
    int errorsSeen = 0;
    walkWizardPages(m_core.get(), m_session, [&](const QString &where, QWidget *window) {
        window->activateWindow();
        QList<InlineMessage *> messages;
        for (InlineMessage *m : window->findChildren<InlineMessage *>()) {
            if (m->field() && m->isVisibleTo(window))
                messages << m;
        }
        // Nothing typed yet: no field shows an error.
        for (InlineMessage *m : std::as_const(messages)) {
            if (m->hasMessage() && m->kind() == InlineMessage::Kind::Error)
                problems << where + u": error before anything was typed: "_s + m->text();
        }
        const QList<QWidget *> all = inputs(window);
        for (InlineMessage *m : std::as_const(messages)) {
            auto *edit = qobject_cast<QLineEdit *>(m->field());
            if (!edit || !edit->isEnabled())
                continue;
            const QString before = edit->text();
            // The page has settled (its layout, a scroll area's content, the OS versions the
            // cloud lists) before the error is shown: the same geometry twice, 100 ms apart.
            QHash<QWidget *, QRect> was = geometries(window, all);
            for (int i = 0; i < 50; ++i) {
                QTest::qWait(100);
                const QHash<QWidget *, QRect> again = geometries(window, all);
                if (again == was)
                    break;
                was = again;
            }
            edit->setFocus();
            QTest::keyClicks(edit, u" bad/name "_s); // a slash and edge spaces: refused
            edit->clearFocus();                      // left
            QTest::qWait(50);
            if (m->hasMessage() && m->kind() == InlineMessage::Kind::Error) {
                ++errorsSeen;
                if (edit->accessibleDescription() != m->text())
                    problems << where + u": "_s + describe(edit) + u" is not described"_s;
            }
            const QHash<QWidget *, QRect> now = geometries(window, all);
            for (QWidget *w : all) {
                if (w != edit && now.value(w) != was.value(w))
                    problems << where + u": "_s + describe(w) + u" moved when "_s + describe(edit)
                            + u" showed its error"_s
                            + u" (%1,%2 %3x%4 to %5,%6 %7x%8)"_s.arg(was.value(w).x())
                                  .arg(was.value(w).y())
                                  .arg(was.value(w).width())
                                  .arg(was.value(w).height())
                                  .arg(now.value(w).x())
                                  .arg(now.value(w).y())
                                  .arg(now.value(w).width())
                                  .arg(now.value(w).height());
            }
            edit->setText(before);
            QApplication::processEvents();
            if (m->hasMessage() && m->kind() == InlineMessage::Kind::Error)
                continue; // the empty value is an error of its own (a mandatory field)
            if (!edit->accessibleDescription().isEmpty())
                problems << where + u": "_s + describe(edit) + u" keeps its description"_s;
        }
    });
    QVERIFY(!QTest::currentTestFailed());
    problems.removeDuplicates();
    for (const QString &p : std::as_const(problems))
        qWarning().noquote() << "problem:" << p;
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problem(s), listed above"_s.arg(problems.size())));
    QVERIFY2(errorsSeen >= 6, qPrintable(u"only %1 errors were shown"_s.arg(errorsSeen)));
}

void tst_FieldErrors::nextShowsEveryErrorAndStays()
{
    LanguageManager languages(nullptr);
    QVERIFY(languages.apply(u"en"_s));
    QStringList problems;
    int pages = 0;
    walkWizardPages(m_core.get(), m_session, [&](const QString &where, QWidget *window) {
        auto *wizard = qobject_cast<QWizard *>(window);
        QVERIFY(wizard);
        if (!qobject_cast<MethodFormPage *>(wizard->currentPage()))
            return; // the method chooser: its Next goes on (a method is always chosen)
        window->activateWindow();
        const int id = wizard->currentId();
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        // Nothing typed yet, nothing shown; Next can be pressed and says what is missing.
        QVERIFY2(next->isEnabled(), qPrintable(where));
        QTest::mouseClick(next, Qt::LeftButton);
        QApplication::processEvents();
        if (wizard->currentId() != id) {
            problems << where + u": an empty page went on"_s;
            return;
        }
        ++pages;
        QList<InlineMessage *> shown;
        for (InlineMessage *m : window->findChildren<InlineMessage *>()) {
            if (m->isVisibleTo(window) && m->hasMessage()
                && m->kind() == InlineMessage::Kind::Error)
                shown << m;
        }
        if (shown.isEmpty()) {
            problems << where + u": Next stayed without saying why"_s;
            return;
        }
        QWidget *focus = QApplication::focusWidget();
        bool atFault = false;
        for (InlineMessage *m : std::as_const(shown)) {
            if (m->field() && focus && (focus == m->field() || m->field()->isAncestorOf(focus)))
                atFault = true;
        }
        if (!atFault && std::any_of(shown.cbegin(), shown.cend(), [](InlineMessage *m) {
                return m->field() != nullptr;
            }))
            problems << where + u": the focus is not on a field at fault but on "_s
                    + (focus ? describe(focus) : u"nothing"_s);
    });
    QVERIFY(!QTest::currentTestFailed());
    for (const QString &p : std::as_const(problems))
        qWarning().noquote() << "problem:" << p;
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problem(s), listed above"_s.arg(problems.size())));
    QCOMPARE(pages, CreationMethodCount); // every method's page
}

void tst_FieldErrors::newProfileAsksForThePassword()
{
    LanguageManager languages(nullptr);
    QVERIFY(languages.apply(u"en"_s));
    ProfilesDialog dialog(m_core.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.addProfile();
    auto *family = dialog.findChild<QComboBox *>(u"family"_s);
    family->setCurrentIndex(family->findData(u"openstack"_s));
    dialog.findChild<QLineEdit *>(u"name"_s)->setText(u"No password"_s);
    dialog.findChild<QComboBox *>(u"region"_s)->setCurrentText(u"demo-1"_s);
    dialog.findChild<QLineEdit *>(u"authUrl"_s)->setText(m_demo.authUrl().toString());
    dialog.findChild<QLineEdit *>(u"userName"_s)->setText(u"demo"_s);
    dialog.findChild<QLineEdit *>(u"projectName"_s)->setText(u"demo"_s);
    auto *password = dialog.findChild<QLineEdit *>(u"password"_s);
    QVERIFY(password->text().isEmpty());
    QVERIFY2(password->placeholderText().startsWith(u"Required"_s),
        qPrintable(password->placeholderText()));
    dialog.testConnection();
    QVERIFY(!dialog.isTesting()); // nothing is tried without a password
    auto *passwordMessage = dialog.findChild<InlineMessage *>(u"passwordMessage"_s);
    auto *testMessage = dialog.findChild<InlineMessage *>(u"testMessage"_s);
    QCOMPARE(passwordMessage->kind(), InlineMessage::Kind::Error);
    QCOMPARE(passwordMessage->text(), u"Enter the password."_s);
    QVERIFY2(
        testMessage->text().contains(u"password is missing"_s), qPrintable(testMessage->text()));
    QTest::keyClicks(password, u"demo"_s);
    QVERIFY(!passwordMessage->hasMessage());
}

QTEST_MAIN(tst_FieldErrors)
#include "tst_fielderrors.moc"
