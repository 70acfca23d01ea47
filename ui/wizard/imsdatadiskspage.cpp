#include "wizard/imsdatadiskspage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include "cloud/cloudsession.h"
#include "create/creationmethod.h"
#include "net/restjob.h"
#include "widgets/inlinemessage.h"
#include "widgets/tageditor.h"
#include "wizard/serverpicker.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int VolumeIdRole = Qt::UserRole + 1;
} // namespace

ImsDataDisksPage::ImsDataDisksPage(CloudSession *session, QWidget *parent)
    : MethodFormPage(parent)
    , m_session(session)
{
    m_serverBox = new QGroupBox(this);
    m_picker = new ServerPicker(m_serverBox);
    setPicker(m_picker);
    m_picker->setSession(session);
    auto *serverLayout = new QVBoxLayout(m_serverBox);
    serverLayout->addWidget(m_picker);

    m_disksBox = new QGroupBox(this);
    m_disksStatus = new QLabel(m_disksBox);
    m_disksStatus->setObjectName(u"dataDisksStatus"_s);
    m_disksStatus->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, m_disksBox);
    m_table->setObjectName(u"dataDisksTable"_s);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Column_ImageName, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Column_Description, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_disksMessage = new InlineMessage(m_disksBox);
    m_disksMessage->setObjectName(u"dataDisksMessage"_s);
    auto *disksLayout = new QVBoxLayout(m_disksBox);
    disksLayout->addWidget(m_disksStatus);
    disksLayout->addWidget(m_table, 1);
    disksLayout->addWidget(m_disksMessage);

    m_projectLabel = new QLabel(this);
    m_enterpriseProject = new QLineEdit(this);
    m_enterpriseProject->setObjectName(u"dataDisksEnterpriseProject"_s);
    m_projectLabel->setBuddy(m_enterpriseProject);
    auto *form = new QFormLayout;
    form->addRow(m_projectLabel, m_enterpriseProject);

    m_tagsBox = new QGroupBox(this);
    m_tags = new TagEditor(m_tagsBox);
    // The tag table asks for the rows it holds when first shown, not a fixed 192 px: with a
    // server's disks listed the page otherwise needed 708-713 px (issue 16). The layout still
    // gives it the room that is left.
    m_tags->table()->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContentsOnFirstShow);
    auto *tagsLayout = new QVBoxLayout(m_tagsBox);
    tagsLayout->addWidget(m_tags);
    m_otherMessage = new InlineMessage(this);
    m_otherMessage->setObjectName(u"dataDisksOtherMessage"_s);

    auto *right = new QVBoxLayout;
    right->addWidget(m_disksBox, 2);
    right->addLayout(form);
    right->addWidget(m_tagsBox, 1);
    right->addWidget(m_otherMessage);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_serverBox, 1);
    layout->addLayout(right, 1);

    bindMessage(u"data_images"_s, m_disksMessage);
    bindMessage(u"data_images["_s, m_disksMessage);
    registerField(
        u"imsDataDisks.serverId*"_s, m_picker, "serverId", SIGNAL(serverIdChanged(QString)));
    connect(m_picker, &ServerPicker::serverIdChanged, this, &ImsDataDisksPage::loadDisks);
    connect(m_table, &QTableWidget::itemChanged, this, &ImsDataDisksPage::revalidate);
    connect(m_enterpriseProject, &QLineEdit::textChanged, this, &ImsDataDisksPage::revalidate);
    connect(m_tags, &TagEditor::changed, this, &ImsDataDisksPage::revalidate);

    retranslateUi();
    revalidate();
}

std::optional<QString> ImsDataDisksPage::unusableReason(
    const CinderVolume &volume, const QString &serverId)
{
    if (volume.isSystemDisk(serverId))
        return tr("This is the ECS's system disk; make its image with \"System disk image "
                  "from an ECS\".");
    if (volume.status != u"in-use"_s)
        //: %1 = the volume's status as the cloud reports it
        return tr("The disk is %1; IMS needs a data disk attached to the ECS (in-use).")
            .arg(volume.status);
    return std::nullopt;
}

QString ImsDataDisksPage::deviceOf(const CinderVolume &volume) const
{
    for (const CinderVolume::Attachment &a : volume.attachments) {
        if (a.serverId == m_serverId)
            return a.device;
    }
    return {};
}

void ImsDataDisksPage::loadDisks()
{
    const std::optional<NovaServer> server = m_picker->selectedServer();
    m_serverId = server ? server->id : QString();
    const int generation = ++m_generation;
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
    }
    m_pendingVolumes = 0;
    if (!server || !m_session) {
        m_disksStatus->setText(tr("Choose the ECS whose data disks to image."));
        revalidate();
        return;
    }
    if (server->attachedVolumeIds.isEmpty()) {
        m_disksStatus->setText(tr("This ECS has no disks attached."));
        revalidate();
        Q_EMIT disksLoaded(0);
        return;
    }
    m_disksStatus->setText(tr("Reading the ECS's disks…"));
    m_pendingVolumes = int(server->attachedVolumeIds.size());
    for (const QString &id : server->attachedVolumeIds) {
        RestJob *job = m_session->volume(id, this);
        connect(job, &RestJob::finished, this, [this, generation, id](RestJob *j) {
            if (generation != m_generation)
                return;
            --m_pendingVolumes;
            QString why;
            std::optional<CinderVolume> volume;
            if (!j->error())
                volume =
                    CinderVolume::fromJson(j->json().object().value(u"volume"_s).toObject(), &why);
            if (volume) {
                addDiskRow(*volume);
            } else {
                CinderVolume unknown; // listed, not usable: the operator sees what is missing
                unknown.id = id;
                unknown.status = j->error() ? j->error().userMessage() : why;
                addDiskRow(unknown);
            }
            if (m_pendingVolumes == 0) {
                m_table->sortItems(Column_Device);
                m_disksStatus->setText(tr("Tick the data disks to make images of. Each image "
                                          "needs a name."));
                revalidate();
                Q_EMIT disksLoaded(m_table->rowCount());
            }
        });
    }
    revalidate();
}

void ImsDataDisksPage::addDiskRow(const CinderVolume &volume)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QString device = deviceOf(volume);
    const std::optional<QString> reason = unusableReason(volume, m_serverId);

    auto *use = new QTableWidgetItem;
    use->setData(VolumeIdRole, volume.id);
    use->setFlags(Qt::ItemIsUserCheckable | (reason ? Qt::NoItemFlags : Qt::ItemIsEnabled));
    use->setCheckState(Qt::Unchecked);
    if (reason)
        use->setToolTip(*reason);
    m_table->setItem(row, Column_Use, use);
    const auto readOnly = [&](int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setFlags(reason ? Qt::NoItemFlags : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setToolTip(reason.value_or(volume.id));
        m_table->setItem(row, column, item);
    };
    readOnly(Column_Device, device.isEmpty() ? volume.id.left(8) : device);
    readOnly(Column_Size, volume.sizeGb > 0 ? QLocale().toString(volume.sizeGb) : QString());
    readOnly(Column_Volume, volume.name.isEmpty() ? volume.id : volume.name);
    // A name that follows the IMS rule: "<ECS name>-<device>", cut to the 128 characters.
    QString suggested;
    if (!reason) {
        const std::optional<NovaServer> server = m_picker->selectedServer();
        suggested = (server ? server->name : QString()) + u'-' + device.section(u'/', -1);
        suggested.replace(QRegularExpression(u"[^A-Za-z0-9._ -]"_s), u"-"_s);
        suggested = suggested.left(128).trimmed();
    }
    for (int column : {int(Column_ImageName), int(Column_Description)}) {
        auto *item = new QTableWidgetItem(column == Column_ImageName ? suggested : QString());
        item->setFlags(reason ? Qt::NoItemFlags
                              : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        if (reason)
            item->setToolTip(*reason);
        m_table->setItem(row, column, item);
    }
}

ImsDataDisksRequest ImsDataDisksPage::request() const
{
    ImsDataDisksRequest r;
    r.serverId = m_serverId;
    r.enterpriseProjectId = m_enterpriseProject->text().trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *use = m_table->item(row, Column_Use);
        if (!use || use->checkState() != Qt::Checked)
            continue;
        ImsDataDisksRequest::DataImage image;
        image.volumeId = use->data(VolumeIdRole).toString();
        image.name = m_table->item(row, Column_ImageName)->text();
        image.description = m_table->item(row, Column_Description)->text();
        image.tags = m_tags->tags();
        image.tagForm = m_tags->form();
        r.images.append(image);
    }
    return r;
}

void ImsDataDisksPage::retranslateUi()
{
    setTitle(CreationMethods::title(CreationMethod::ImsEcsDataDisks)); // as on the chooser
    setSubTitle(tr("IMS makes one private data disk image of each data disk you tick. The "
                   "images are made from the disks as they are attached to the ECS."));
    m_serverBox->setTitle(tr("ECS", "group box title: the server the image is made from"));
    m_disksBox->setTitle(tr("Data disks", "group box title"));
    m_table->setHorizontalHeaderLabels({tr("Use", "column: image this disk"),
        tr("Device", "column: where the disk is attached, e.g. /dev/vdb"),
        tr("Size (GB)", "column"),
        tr("Disk", "column: the volume's name"),
        tr("Image name", "column"),
        tr("Description", "column")});
    if (m_table->rowCount() == 0 && m_serverId.isEmpty())
        m_disksStatus->setText(tr("Choose the ECS whose data disks to image."));
    m_projectLabel->setText(tr("&Enterprise project ID:"));
    m_enterpriseProject->setPlaceholderText(tr("Optional", "placeholder of an optional field"));
    m_tagsBox->setTitle(tr("Tags of every data disk image", "group box title"));
}

void ImsDataDisksPage::revalidate()
{
    const ImsDataDisksRequest r = request();
    const FieldErrors all = r.validate();
    // Per-disk messages name the disk they are about: "/dev/vdb: ...".
    FieldErrors shown;
    for (const FieldError &e : all) {
        static const QRegularExpression index(u"^data_images\\[(\\d+)\\]"_s);
        const QRegularExpressionMatch m = index.match(e.field);
        if (!m.hasMatch()) {
            shown.append(e);
            continue;
        }
        const int i = m.captured(1).toInt();
        int seen = -1;
        QString device;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (m_table->item(row, Column_Use)->checkState() == Qt::Checked && ++seen == i) {
                device = m_table->item(row, Column_Device)->text();
                break;
            }
        }
        //: %1 = the disk's device (/dev/vdb), %2 = the message about it
        shown.append({e.field, tr("%1: %2").arg(device, e.message)});
    }
    QSet<QString> quiet;
    if (m_serverId.isEmpty() || m_pendingVolumes > 0)
        quiet.insert(u"data_images"_s); // nothing to tick yet
    QStringList tagMessages;
    for (const FieldError &e : m_tags->errors())
        tagMessages.append(e.message);
    showFieldErrors(shown, m_otherMessage, quiet, tagMessages);
    setValid(all.isEmpty() && m_pendingVolumes == 0);
}
