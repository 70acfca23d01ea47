#include "reviewsamples.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

#include "model/cindervolume.h"
#include "model/novaserver.h"
#include "widgets/keyvalueeditor.h"
#include "widgets/tageditor.h"
#include "wizard/cinderpage.h"
#include "wizard/createimagewizard.h"
#include "wizard/glancepage.h"
#include "wizard/imsdatadiskpage.h"
#include "wizard/imsdatadiskspage.h"
#include "wizard/imsecspage.h"
#include "wizard/imsimagefieldseditor.h"
#include "wizard/imslocalfilepage.h"
#include "wizard/imsobspage.h"
#include "wizard/novapage.h"
#include "wizard/obsbucketpicker.h"
#include "wizard/osversionpicker.h"
#include "wizard/serverpicker.h"
#include "wizard/volumepicker.h"

using namespace Qt::StringLiterals;

namespace {

const QString SampleName = u"web-base-2026.01"_s;

/// The first server the picker lets the method use, a stopped one first (as advised).
bool pickServer(ServerPicker *picker)
{
    for (const bool stoppedOnly : {true, false}) {
        for (const NovaServer &s : picker->servers()) {
            if (stoppedOnly && s.status.compare(u"SHUTOFF"_s, Qt::CaseInsensitive) != 0)
                continue;
            if (picker->setServerId(s.id))
                return true;
        }
    }
    return false;
}

/// The first volume the picker lets the method use, a detached one first (no force needed).
bool pickVolume(VolumePicker *picker)
{
    for (const bool availableOnly : {true, false}) {
        for (const CinderVolume &v : picker->volumes()) {
            if (availableOnly && v.status != u"available")
                continue;
            if (picker->setVolumeId(v.id))
                return true;
        }
    }
    return false;
}

/// A small local file with a QCOW2 header, made in the throw-away folder.
QString writeSampleQcow2(const QString &dir)
{
    const QString path = QDir(dir).filePath(u"web-base.qcow2"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray header("QFI\xfb\x00\x00\x00\x03", 8);
    header.append(QByteArray(1024 - header.size(), '\0'));
    file.write(header);
    return path;
}

void pickOsVersion(OsVersionPicker *picker)
{
    if (!picker->versions().isEmpty())
        picker->setOsVersion(picker->versions().constFirst().osVersion);
}

} // namespace

ReviewSamples::ReviewSamples(CreateImageWizard *wizard, QString sampleDir, QObject *parent)
    : QObject(parent)
    , m_wizard(wizard)
    , m_sampleDir(std::move(sampleDir))
{ }

void ReviewSamples::start(CreationMethod method)
{
    m_method = method;
    if (method == CreationMethod::ImsEcsDataDisks) {
        fillDataDisksStep(0, 0);
        return;
    }
    if (method == CreationMethod::ImsLocalFile) {
        fillLocalFileStep(80);
        return;
    }
    if (!fillPage()) {
        Q_EMIT finished(false, tr("The demo cloud has nothing this method can use."));
        return;
    }
    goToReview();
}

void ReviewSamples::fillImsFields(const QString &name)
{
    ImsImageFieldsEditor *fields = nullptr;
    if (m_method == CreationMethod::ImsObsFile)
        fields = m_wizard->imsObsPage()->fieldsEditor();
    else if (m_method == CreationMethod::ImsDataDisk)
        fields = m_wizard->imsDataDiskPage()->fieldsEditor();
    if (!fields)
        return;
    fields->nameEdit()->setText(name);
    fields->tagEditor()->setTags(TagSet({{u"env"_s, u"prod"_s}, {u"team"_s, u"web"_s}}));
}

bool ReviewSamples::fillPage()
{
    CreateImageWizard *w = m_wizard;
    switch (m_method) {
    case CreationMethod::ImsEcs: {
        ImsEcsPage *page = w->imsEcsPage();
        page->nameEdit()->setText(SampleName);
        page->tagEditor()->setTags(TagSet({{u"env"_s, u"prod"_s}, {u"team"_s, u"web"_s}}));
        return pickServer(page->serverPicker());
    }
    case CreationMethod::ImsObsFile: {
        ImsObsPage *page = w->imsObsPage();
        fillImsFields(SampleName);
        page->imageUrlEdit()->setText(u"ims-image:web-base.qcow2"_s);
        page->minDiskSpin()->setValue(40);
        pickOsVersion(page->osVersionPicker());
        return true;
    }
    case CreationMethod::ImsDataDisk: {
        ImsDataDiskPage *page = w->imsDataDiskPage();
        fillImsFields(SampleName);
        pickOsVersion(page->osVersionPicker());
        return pickVolume(page->volumePicker());
    }
    case CreationMethod::NovaCreateImage: {
        NovaPage *page = w->novaPage();
        page->nameEdit()->setText(SampleName);
        page->metadataEditor()->addRow(u"team"_s, u"web"_s);
        return pickServer(page->serverPicker());
    }
    case CreationMethod::CinderUploadToImage: {
        CinderPage *page = w->cinderPage();
        page->nameEdit()->setText(SampleName);
        return pickVolume(page->volumePicker());
    }
    case CreationMethod::GlanceCreateUpload: {
        const QString path = writeSampleQcow2(m_sampleDir);
        if (path.isEmpty())
            return false;
        GlancePage *page = w->glancePage();
        page->setFilePath(path);
        page->nameEdit()->setText(SampleName);
        page->minDiskBox()->setValue(10);
        page->tagEditor()->addRow(u"team"_s, u"web"_s);
        return true;
    }
    case CreationMethod::ImsEcsDataDisks:
    case CreationMethod::ImsLocalFile:
        return false;
    }
    return false;
}

void ReviewSamples::fillDataDisksStep(int serverIndex, int triesLeft)
{
    // One server after the other until one has a data disk that can be ticked.
    ImsDataDisksPage *page = m_wizard ? m_wizard->imsDataDisksPage() : nullptr;
    if (!page)
        return;
    ServerPicker *picker = page->serverPicker();
    if (triesLeft > 0 && (page->isLoadingDisks() || page->diskTable()->rowCount() == 0)) {
        QTimer::singleShot(100, this, [this, serverIndex, triesLeft] {
            fillDataDisksStep(serverIndex, triesLeft - 1);
        });
        return;
    }
    if (triesLeft > 0 || serverIndex > 0) { // the disks of server serverIndex - 1 are listed
        QTableWidget *table = page->diskTable();
        for (int row = 0; row < table->rowCount(); ++row) {
            QTableWidgetItem *use = table->item(row, ImsDataDisksPage::Column_Use);
            if (!use || !(use->flags() & Qt::ItemIsEnabled))
                continue;
            use->setCheckState(Qt::Checked);
            if (QTableWidgetItem *name = table->item(row, ImsDataDisksPage::Column_ImageName))
                name->setText(u"db-data-2026.01"_s);
            if (QTableWidgetItem *d = table->item(row, ImsDataDisksPage::Column_Description))
                d->setText(u"PostgreSQL data volume"_s);
            goToReview();
            return;
        }
    }
    const QList<NovaServer> servers = picker->servers();
    for (int i = serverIndex; i < servers.size(); ++i) {
        if (picker->setServerId(servers.at(i).id)) {
            QTimer::singleShot(100, this, [this, i] { fillDataDisksStep(i + 1, 80); });
            return;
        }
    }
    Q_EMIT finished(false, tr("The demo cloud has nothing this method can use."));
}

void ReviewSamples::fillLocalFileStep(int triesLeft)
{
    // The bucket list is read from the demo cloud's OBS: the first bucket IMS can use.
    ImsLocalFilePage *page = m_wizard ? m_wizard->imsLocalFilePage() : nullptr;
    if (!page)
        return;
    ObsBucketPicker *buckets = page->bucketPicker();
    if (!buckets->hasLoaded() && triesLeft > 0) {
        QTimer::singleShot(100, this, [this, triesLeft] { fillLocalFileStep(triesLeft - 1); });
        return;
    }
    bool picked = false;
    QTreeWidget *tree = buckets->tree();
    for (int i = 0; i < tree->topLevelItemCount() && !picked; ++i) {
        const QString name = tree->topLevelItem(i)->text(0);
        picked = buckets->isSelectable(name) && buckets->setBucket(name);
    }
    const QString path = writeSampleQcow2(m_sampleDir);
    if (!picked || path.isEmpty()) {
        Q_EMIT finished(false, tr("The demo cloud has nothing this method can use."));
        return;
    }
    page->setFilePath(path);
    page->fieldsEditor()->nameEdit()->setText(SampleName);
    page->fieldsEditor()->tagEditor()->setTags(
        TagSet({{u"env"_s, u"prod"_s}, {u"team"_s, u"web"_s}}));
    page->minDiskSpin()->setValue(40);
    pickOsVersion(page->osVersionPicker());
    goToReview();
}

void ReviewSamples::goToReview()
{
    // A page's checks may show a message before Next lets go: give them the event loop once.
    QTimer::singleShot(0, this, [this] {
        if (!m_wizard)
            return;
        m_wizard->next();
        const bool reached = m_wizard->currentId() == CreateImageWizard::Page_Review;
        Q_EMIT finished(reached,
            reached ? QString()
                    : tr("The sample values were not accepted by the method's page; the "
                         "screenshot shows the page."));
    });
}
