#include "wizard/createimagewizard.h"

#include <QAbstractButton>
#include <QEvent>

#include "widgets/accessiblenames.h"
#include "wizard/cinderpage.h"
#include "wizard/glancepage.h"
#include "wizard/imsdatadiskpage.h"
#include "wizard/imsdatadiskspage.h"
#include "wizard/imsecspage.h"
#include "wizard/imslocalfilepage.h"
#include "wizard/imsobspage.h"
#include "wizard/methodpage.h"
#include "wizard/novapage.h"
#include "wizard/reviewpage.h"
#include "wizard/serverpicker.h"
#include "wizard/submittedpage.h"
#include "wizard/volumepicker.h"

using namespace Qt::StringLiterals;

CreateImageWizard::CreateImageWizard(CloudSession *session, JobMonitor *monitor, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(u"createImageWizard"_s);
    AccessibleNames::install(this);
    m_methodPage = new MethodPage(session, this);
    m_imsEcsPage = new ImsEcsPage(session, this);
    m_imsDataDisksPage = new ImsDataDisksPage(session, this);
    m_imsObsPage = new ImsObsPage(session, this);
    m_imsDataDiskPage = new ImsDataDiskPage(session, this);
    m_novaPage = new NovaPage(session, this);
    m_cinderPage = new CinderPage(session, this);
    m_glancePage = new GlancePage(session, this);
    m_imsLocalFilePage = new ImsLocalFilePage(session, this);
    ReviewPage::Sources sources;
    sources.method = [this] {
        const int m = m_methodPage->method();
        return m >= 0 && m < CreationMethodCount ? CreationMethod(m) : CreationMethod::ImsEcs;
    };
    sources.ims = [this] {
        RequestFile file;
        file.method = CreationMethod(m_methodPage->method());
        switch (file.method) {
        case CreationMethod::ImsEcsDataDisks:
            file.body = m_imsDataDisksPage->request().toBody();
            break;
        case CreationMethod::ImsObsFile:
            file.body = m_imsObsPage->request().toBody();
            break;
        case CreationMethod::ImsDataDisk:
            file.body = m_imsDataDiskPage->request().toBody();
            break;
        case CreationMethod::ImsLocalFile:
            return m_imsLocalFilePage->requestFile(); // the file, bucket and object in params
        default:
            file.method = CreationMethod::ImsEcs;
            file.body = m_imsEcsPage->request().toBody();
            break;
        }
        return file;
    };
    sources.nova = [this] { return m_novaPage->request(); };
    sources.cinder = [this] { return m_cinderPage->request(); };
    sources.glance = [this] { return m_glancePage->request(); };
    sources.glanceFile = [this] { return m_glancePage->filePath(); };
    sources.source = [this]() -> std::pair<QString, QString> {
        const auto server = [](const ServerPicker *picker) -> std::pair<QString, QString> {
            const auto s = picker->selectedServer();
            return s ? std::pair{s->name, s->id} : std::pair<QString, QString>{};
        };
        const auto volume = [](const VolumePicker *picker) -> std::pair<QString, QString> {
            const auto v = picker->selectedVolume();
            return v ? std::pair{v->name, v->id} : std::pair<QString, QString>{};
        };
        switch (CreationMethod(m_methodPage->method())) {
        case CreationMethod::ImsEcs:
            return server(m_imsEcsPage->serverPicker());
        case CreationMethod::ImsEcsDataDisks:
            return server(m_imsDataDisksPage->serverPicker());
        case CreationMethod::ImsDataDisk:
            return volume(m_imsDataDiskPage->volumePicker());
        case CreationMethod::NovaCreateImage:
            return server(m_novaPage->serverPicker());
        case CreationMethod::CinderUploadToImage:
            return volume(m_cinderPage->volumePicker());
        default:
            return {}; // a file: no server or volume
        }
    };
    m_reviewPage = new ReviewPage(session, monitor, std::move(sources), this);
    m_submittedPage = new SubmittedPage(
        monitor, [this] { return m_reviewPage->submittedJob(); }, this);
    setPage(Page_Method, m_methodPage);
    setPage(Page_ImsEcs, m_imsEcsPage);
    setPage(Page_ImsDataDisks, m_imsDataDisksPage);
    setPage(Page_ImsObs, m_imsObsPage);
    setPage(Page_ImsDataDisk, m_imsDataDiskPage);
    setPage(Page_Nova, m_novaPage);
    setPage(Page_Cinder, m_cinderPage);
    setPage(Page_Glance, m_glancePage);
    setPage(Page_ImsLocalFile, m_imsLocalFilePage);
    setPage(Page_Review, m_reviewPage);
    setPage(Page_Submitted, m_submittedPage);
    setStartId(Page_Method);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(1040, 680);

    connect(m_reviewPage, &ReviewPage::submitted, this, &CreateImageWizard::jobSubmitted);
    connect(
        m_reviewPage, &ReviewPage::submittingChanged, this, &CreateImageWizard::handleSubmitting);
    retranslateUi();
}

QString CreateImageWizard::submittedJob() const
{
    return m_reviewPage->submittedJob();
}

void CreateImageWizard::reject()
{
    if (m_reviewPage->isSubmitting())
        return; // the create may be on its way: wait for the answer
    QWizard::reject();
}

void CreateImageWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Qt 6.4's QWizard keeps its Back/Next/Cancel texts on a language change; changing the
        // style makes it fetch them again (toolchain.md G5).
        const WizardStyle style = wizardStyle();
        setWizardStyle(style == ClassicStyle ? ModernStyle : ClassicStyle);
        setWizardStyle(style);
    }
    QWizard::changeEvent(event);
}

void CreateImageWizard::retranslateUi()
{
    setWindowTitle(tr("Create Image"));
}

void CreateImageWizard::handleSubmitting(bool on)
{
    // QWizard re-enables its buttons on every completeChanged(); this runs after that.
    if (QAbstractButton *back = button(QWizard::BackButton))
        back->setEnabled(!on);
    if (QAbstractButton *cancel = button(QWizard::CancelButton))
        cancel->setEnabled(!on);
}
