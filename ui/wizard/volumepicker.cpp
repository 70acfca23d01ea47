#include "wizard/volumepicker.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "cloud/cloudsession.h"
#include "cloud/pagedlist.h"
#include "net/restjob.h"
#include "widgets/inlinemessage.h"
#include "widgets/longcelltext.h"
#include "widgets/rowpickerkeys.h"

using namespace Qt::StringLiterals;

namespace {
enum Column
{
    NameColumn,
    StatusColumn,
    SizeColumn,
    AttachedColumn,
    IdColumn,
    NoteColumn,
    ColumnCount
};
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

VolumePicker::VolumePicker(QWidget *parent)
    : QWidget(parent)
{
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"volumeSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"volumeRefresh"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(m_searchLabel);
    top->addWidget(m_search, 1);
    top->addWidget(m_refresh);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::UserRole + 2); // numbers sort as numbers
    m_view = new QTableView(this);
    m_view->setObjectName(u"volumeTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    RowPickerKeys::install(m_view);
    LongCellText::install(m_view); // a cut note or name shows whole as the tooltip
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(NameColumn, 140);
    m_view->setColumnWidth(StatusColumn, 80);
    m_view->setColumnWidth(SizeColumn, 60);
    m_view->setColumnWidth(AttachedColumn, 110);
    m_view->setColumnWidth(IdColumn, 100);

    m_status = new QLabel(this);
    m_status->setObjectName(u"volumeStatus"_s);
    m_status->setWordWrap(true);
    m_message = new InlineMessage(this);
    m_message->setObjectName(u"volumeMessage"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_message);

    connect(
        m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QPushButton::clicked, this, &VolumePicker::reload);
    connect(m_view->selectionModel(),
        &QItemSelectionModel::selectionChanged,
        this,
        &VolumePicker::handleSelectionChanged);

    retranslateUi();
    updateStatus();
}

void VolumePicker::setSession(CloudSession *session)
{
    m_session = session;
}

void VolumePicker::setRule(Rule rule)
{
    m_rule = std::move(rule);
    if (m_loaded)
        populate(); // the usable rows and their notes change
    updateStatus();
}

VolumePicker::Verdict VolumePicker::verdict(const CinderVolume &volume) const
{
    return m_rule ? m_rule(volume) : cinderUploadVerdict(volume);
}

VolumePicker::Verdict VolumePicker::cinderUploadVerdict(const CinderVolume &volume)
{
    if (volume.status == u"available")
        return {};
    if (volume.status == u"in-use") {
        return {true,
            tr("Attached: uploaded only with force; stop the OS first",
                "note on an in-use volume")};
    }
    //: %1 = the volume's status as Cinder reports it (error, uploading, creating, ...)
    return {false,
        tr("The block storage service uploads only available or in-use volumes; this one is %1.")
            .arg(volume.status)};
}

void VolumePicker::reload()
{
    if (!m_session) {
        m_error = tr("No cloud profile is selected.");
        updateStatus();
        return;
    }
    ++m_generation;
    m_loading = true;
    m_error.clear();
    m_refresh->setEnabled(false);
    updateStatus();
    const int generation = m_generation;
    loadAllPages<CinderVolume>(
        this,
        [this](const QString &marker) -> RestJob * {
            // the profile's session was replaced mid-load
            return m_session ? m_session->listVolumes(m_pageSize, marker, this) : nullptr;
        },
        [](RestJob *job) {
            //: %1 = technical detail of what was wrong in the answer
            return readListPage(job,
                &CinderVolumePage::volumes,
                tr("The cloud's volume list could not be read (%1)."));
        },
        [this, generation](QList<CinderVolume> items, std::optional<QString> error) {
            finishLoad(generation, std::move(items), std::move(error));
        });
}

void VolumePicker::finishLoad(
    int generation, QList<CinderVolume> items, std::optional<QString> error)
{
    if (generation != m_generation)
        return; // a newer Refresh superseded this load
    m_loading = false;
    m_refresh->setEnabled(true);
    if (error) {
        m_error = error->isEmpty() ? tr("No cloud profile is selected.") : *error;
        updateStatus();
        Q_EMIT loadFailed(m_error);
        return;
    }
    m_volumes = std::move(items);
    m_loaded = true;
    populate();
    Q_EMIT loaded(int(m_volumes.size()));
}

void VolumePicker::populate()
{
    const QString keep = m_volumeId;
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->removeRows(0, m_model->rowCount());
        const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        constexpr int SortRole = Qt::UserRole + 2;
        for (const CinderVolume &v : std::as_const(m_volumes)) {
            QStringList attached;
            for (const CinderVolume::Attachment &a : v.attachments)
                attached << (a.device.isEmpty() ? a.serverId : a.serverId + u' ' + a.device);
            QList<QStandardItem *> row;
            row << new QStandardItem(v.name.isEmpty() ? v.id : v.name)
                << new QStandardItem(v.status) << new QStandardItem(QLocale().toString(v.sizeGb))
                << new QStandardItem(attached.join(u", "_s)) << new QStandardItem(v.id)
                << new QStandardItem;
            for (QStandardItem *item : std::as_const(row))
                item->setData(item->text(), SortRole);
            row[SizeColumn]->setData(v.sizeGb, SortRole);
            row[SizeColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row[IdColumn]->setFont(fixed);
            row[NameColumn]->setData(v.id, IdRole);
            const Verdict verdictOf = verdict(v);
            row[NoteColumn]->setText(verdictOf.note);
            for (QStandardItem *item : std::as_const(row)) {
                if (!verdictOf.note.isEmpty())
                    item->setToolTip(verdictOf.note);
                // Refused rows are shown, but neither enabled nor selectable.
                item->setFlags(verdictOf.usable
                        ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                        : Qt::ItemNeverHasChildren);
            }
            m_model->appendRow(row);
        }
    }
    m_volumeId.clear();
    if (keep.isEmpty() || !setVolumeId(keep)) {
        m_view->clearSelection();
        if (!keep.isEmpty())
            Q_EMIT volumeIdChanged(m_volumeId);
    }
    updateStatus();
}

bool VolumePicker::setVolumeId(const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row, NameColumn);
        if (item->data(IdRole).toString() != id)
            continue;
        if (!(item->flags() & Qt::ItemIsEnabled))
            return false;
        QModelIndex index = m_proxy->mapFromSource(item->index());
        if (!index.isValid()) { // hidden by the search text
            m_search->clear();
            index = m_proxy->mapFromSource(item->index());
        }
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
        return m_volumeId == id;
    }
    return false;
}

std::optional<CinderVolume> VolumePicker::selectedVolume() const
{
    for (const CinderVolume &v : m_volumes) {
        if (v.id == m_volumeId)
            return v;
    }
    return std::nullopt;
}

void VolumePicker::handleSelectionChanged()
{
    QString id;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(NameColumn);
    if (!rows.isEmpty())
        id = rows.first().data(IdRole).toString();
    if (id == m_volumeId)
        return;
    m_volumeId = id;
    updateStatus();
    Q_EMIT volumeIdChanged(m_volumeId);
}

void VolumePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_loaded)
            populate(); // the notes are translated
        updateStatus();
    }
    QWidget::changeEvent(event);
}

void VolumePicker::retranslateUi()
{
    m_searchLabel->setText(tr("Sea&rch:"));
    m_search->setPlaceholderText(tr("Name, status, server or ID"));
    m_refresh->setText(tr("Re&fresh"));
    m_model->setHorizontalHeaderLabels({tr("Name", "volume name"),
        tr("Status", "volume status column"),
        tr("GB", "volume size column"),
        tr("Attached to", "volume attachment column: server and device"),
        tr("ID", "volume ID column"),
        tr("Note", "why a volume can't be used")});
}

void VolumePicker::updateStatus()
{
    if (m_loading) {
        m_status->setText(tr("Loading the volume list from the cloud…"));
    } else if (!m_error.isEmpty()) {
        m_status->setText(tr("The volume list could not be loaded."));
    } else if (m_loaded) {
        int usable = 0;
        for (const CinderVolume &v : std::as_const(m_volumes))
            usable += verdict(v).usable ? 1 : 0;
        //: %n = volumes listed; %1 = how many of them the chosen method can use
        m_status->setText(
            tr("%n volume(s) listed, %1 usable for an image.", nullptr, int(m_volumes.size()))
                .arg(QLocale().toString(usable)));
    } else {
        m_status->clear();
    }
    if (!m_error.isEmpty())
        m_message->showError(m_error);
    else
        m_message->clearMessage();
}
