#include "screenshotrunner.h"

#include <chrono>

#include <QLineEdit>
#include <QPixmap>
#include <QTableView>
#include <QTextStream>

#include "appcore.h"
#include "dialogs/profilesdialog.h"
#include "dialogs/prompter.h"
#include "i18n/languagemanager.h"
#include "jobs/jobmonitor.h"
#include "library/imagelibraryview.h"
#include "library/imagelistmodel.h"
#include "mainwindow.h"
#include "monitor/jobmonitorview.h"
#include "reviewsamples.h"
#include "widgets/tageditor.h"
#include "wizard/createimagewizard.h"
#include "wizard/imsecspage.h"
#include "wizard/imsimagefieldseditor.h"
#include "wizard/methodpage.h"
#include "wizard/obsbucketpicker.h"
#include "wizard/osversionpicker.h"
#include "wizard/serverpicker.h"
#include "wizard/volumepicker.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr auto DataTimeout = 8s;
constexpr auto SettleDelay = 400ms; // layouts and the first poll answers settle before the grab

void printMessage(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}
} // namespace

ScreenshotRunner::ScreenshotRunner(
    QString file, QString view, LanguageManager *languages, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_view(std::move(view))
    , m_languages(languages)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        //: --screenshot mode, on stderr. %n = seconds waited
        printMessage(tr("The demo cloud's data did not all arrive within %n second(s); the "
                        "screenshot shows what had arrived.",
            nullptr,
            int(std::chrono::seconds(DataTimeout).count())));
        capture();
    });
}

ScreenshotRunner::~ScreenshotRunner()
{
    m_window.reset(); // widgets before the core they show
    m_core.reset();   // stops the demo cloud child process
}

bool ScreenshotRunner::start()
{
    if (!m_dir.isValid()) {
        //: %1 = the system's error text
        printMessage(tr("Could not create a temporary folder: %1").arg(m_dir.errorString()));
        return false;
    }
    Prompter::setNonInteractive(true);

    AppCore::Options options;
    options.dataDir = m_dir.filePath(u"data"_s);
    options.settingsPath = m_dir.filePath(u"settings.ini"_s);
    m_core = std::make_unique<AppCore>(options);
    m_window = std::make_unique<MainWindow>(m_core.get(), m_languages.data());
    m_window->resize(1100, 650);
    m_window->show();

    connect(m_core.get(), &AppCore::sampleHistoryLoaded, this, [this] {
        m_historyLoaded = true;
        checkReady();
    });
    connect(m_core.get(), &AppCore::demoCloudReady, this, &ScreenshotRunner::handleDemoReady);
    connect(m_core.get(), &AppCore::demoCloudFailed, this, [this](const QString &message) {
        m_problem = message;
        printMessage(message);
        capture();
    });
    JobMonitor *monitor = m_core->monitor();
    connect(monitor, &JobMonitor::jobAdded, this, &ScreenshotRunner::checkReady);
    connect(monitor, &JobMonitor::jobChanged, this, &ScreenshotRunner::checkReady);

    m_timeout.start(DataTimeout);
    m_window->startDemoCloud();
    return true;
}

void ScreenshotRunner::handleDemoReady()
{
    m_demoReady = true;
    if (m_view.startsWith(u"wizard") || m_view.startsWith(u"review:")) {
        prepareWizard();
    } else if (m_view == u"profiles") {
        m_dialog = m_window->showProfiles();
        m_viewReady = true;
    } else if (m_view == u"library") {
        // The Images tab once its first page is there, with the newest image's details.
        ImageLibraryView *library = m_window->libraryView();
        connect(library->model(), &ImageListModel::pageLoaded, this, [this, library] {
            if (m_viewReady)
                return;
            library->table()->setCurrentIndex(library->table()->model()->index(0, 0));
            m_viewReady = true;
            checkReady();
        });
        m_window->showLibrary();
    } else {
        m_viewReady = true;
    }
    checkReady();
}

void ScreenshotRunner::prepareWizard()
{
    m_wizard = m_window->openCreateWizard();
    if (!m_wizard) {
        m_problem = tr("The wizard could not be opened: there is no cloud profile.");
        printMessage(m_problem);
        capture();
        return;
    }
    if (m_view.startsWith(u"wizard:")) {
        if (const auto method = CreationMethods::fromKey(m_view.mid(7))) {
            prepareMethodPage(*method);
            return;
        }
    }
    if (m_view.startsWith(u"review:")) {
        if (const auto method = CreationMethods::fromKey(m_view.mid(7))) {
            m_review = true;
            prepareMethodPage(*method);
            return;
        }
    }
    m_wizard->resize(1100, 650);
    m_wizard->methodPage()->setMethod(int(CreationMethod::ImsEcs));
    m_wizard->next();
    ImsEcsPage *page = m_wizard->imsEcsPage();
    // Sample values, as an operator would type them.
    ImsImageFields fields;
    fields.name = u"web-base-2024.11"_s;
    fields.description = u"Nginx 1.24 and node exporter on Ubuntu 22.04"_s;
    fields.minRam = 1024;
    fields.tags = TagSet({{u"env"_s, u"prod"_s}, {u"team"_s, u"web"_s}});
    page->fieldsEditor()->setFields(fields);
    if (m_view == u"wizard-error") // a name the rules refuse, as typed: its error shows
        page->nameEdit()->setText(u"web-base/2024.11"_s);
    ServerPicker *picker = page->serverPicker();
    auto pick = [this, picker] {
        for (const NovaServer &s : picker->servers()) {
            if (s.status.compare(u"SHUTOFF"_s, Qt::CaseInsensitive) == 0
                && !ServerPicker::unusableReason(s) && picker->setServerId(s.id))
                break;
        }
        m_viewReady = true;
        checkReady();
    };
    if (picker->hasLoaded()) {
        pick();
    } else {
        connect(picker, &ServerPicker::loaded, this, pick, Qt::SingleShotConnection);
        connect(picker, &ServerPicker::loadFailed, this, [this] {
            m_viewReady = true; // the page shows the error; that is the picture then
            checkReady();
        });
    }
}

void ScreenshotRunner::prepareMethodPage(CreationMethod method)
{
    m_wizard->methodPage()->setMethod(int(method));
    m_wizard->next();
    waitForMethodPage(int(std::chrono::milliseconds(DataTimeout).count() / 100));
}

void ScreenshotRunner::waitForMethodPage(int triesLeft)
{
    // What the page asks the cloud for (servers, volumes, OS versions) is there, or failed
    // (the page then shows why, and that is the picture).
    QWizardPage *page = m_wizard ? m_wizard->currentPage() : nullptr;
    bool loading = false;
    if (page) {
        for (const ServerPicker *p : page->findChildren<ServerPicker *>())
            loading |= p->isLoading() || !p->hasLoaded();
        for (const VolumePicker *p : page->findChildren<VolumePicker *>())
            loading |= p->isLoading() || !p->hasLoaded();
        for (const OsVersionPicker *p : page->findChildren<OsVersionPicker *>())
            loading |= p->isLoading();
        for (const ObsBucketPicker *p : page->findChildren<ObsBucketPicker *>())
            loading |= p->isLoading();
    }
    if (loading && triesLeft > 0) {
        QTimer::singleShot(100, this, [this, triesLeft] { waitForMethodPage(triesLeft - 1); });
        return;
    }
    if (m_review && m_wizard && page) {
        m_review = false;                       // once: the review page is shown next
        m_wizard->resize(m_wizard->sizeHint()); // the method page as it first shows
        fillForReview();
        return;
    }
    if (m_wizard)
        m_wizard->resize(m_wizard->sizeHint()); // as a window manager first shows it
    m_viewReady = true;
    checkReady();
}

void ScreenshotRunner::fillForReview()
{
    // The method's page with sample values, then Next: the review page as the operator reaches it.
    auto *samples = new ReviewSamples(m_wizard, m_dir.path(), this);
    connect(samples, &ReviewSamples::finished, this, [this, samples](bool ok, const QString &why) {
        samples->deleteLater();
        if (!ok) {
            m_problem = why;
            printMessage(why);
        }
        // The window keeps its size from page to page (it grows if the review page needs
        // more), as the operator sees it after Next.
        m_viewReady = true;
        checkReady();
    });
    const CreationMethod method =
        CreationMethods::fromKey(m_view.mid(7)).value_or(CreationMethod::ImsEcs);
    samples->start(method);
}

bool ScreenshotRunner::jobsHaveStatus() const
{
    const JobMonitor *monitor = m_core->monitor();
    if (monitor->count() == 0)
        return false;
    for (const JobRecord &r : monitor->records()) {
        if (!r.isTerminal() && r.cloudStatus.isEmpty())
            return false;
    }
    return true;
}

void ScreenshotRunner::checkReady()
{
    if (m_capturing || !m_demoReady || !m_viewReady)
        return;
    if (m_view == u"main" && !(m_historyLoaded && jobsHaveStatus()))
        return;
    m_capturing = true;
    m_timeout.stop();
    if (m_view == u"main")
        selectInterestingJob();
    QTimer::singleShot(SettleDelay, this, &ScreenshotRunner::capture);
}

void ScreenshotRunner::selectInterestingJob()
{
    // A running job shows the progress bar and a lively details pane; else the newest one.
    const JobMonitor *monitor = m_core->monitor();
    QString pick;
    for (const JobRecord &r : monitor->records()) {
        if (!r.isTerminal()) {
            pick = r.localId;
            break;
        }
    }
    if (pick.isEmpty() && monitor->count() > 0)
        pick = monitor->at(monitor->count() - 1).localId;
    if (!pick.isEmpty())
        m_window->monitorView()->selectJob(pick);
}

void ScreenshotRunner::capture()
{
    if (m_captured) // reachable from the timeout and from a failure at once
        return;
    m_captured = true;
    m_capturing = true;
    m_timeout.stop();

    QWidget *target = m_window.get();
    if ((m_view.startsWith(u"wizard") || m_view.startsWith(u"review:")) && m_wizard)
        target = m_wizard;
    else if (m_view == u"profiles" && m_dialog)
        target = m_dialog;
    const QPixmap picture = target->grab();
    if (picture.isNull() || !picture.save(m_file, "PNG")) {
        //: %1 = file path
        printMessage(tr("Could not save the screenshot to %1.").arg(m_file));
        Q_EMIT finished(1);
        return;
    }
    Q_EMIT finished(m_problem.isEmpty() ? 0 : 1);
}
