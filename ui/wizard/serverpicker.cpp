#include "wizard/serverpicker.h"

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
    IdColumn,
    NoteColumn,
    ColumnCount
};
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

ServerPicker::ServerPicker(QWidget *parent)
    : QWidget(parent)
{
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"serverSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"serverRefresh"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(m_searchLabel);
    top->addWidget(m_search, 1);
    top->addWidget(m_refresh);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view = new QTableView(this);
    m_view->setObjectName(u"serverTable"_s);
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
    m_view->setColumnWidth(NameColumn, 160);
    m_view->setColumnWidth(StatusColumn, 80);
    m_view->setColumnWidth(IdColumn, 120);

    m_status = new QLabel(this);
    m_status->setObjectName(u"serverStatus"_s);
    m_status->setWordWrap(true);
    m_message = new InlineMessage(this);
    m_message->setObjectName(u"serverMessage"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_message);

    connect(
        m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QPushButton::clicked, this, &ServerPicker::reload);
    connect(m_view->selectionModel(),
        &QItemSelectionModel::selectionChanged,
        this,
        &ServerPicker::handleSelectionChanged);

    retranslateUi();
    updateStatus();
}

void ServerPicker::setSession(CloudSession *session)
{
    m_session = session;
}

void ServerPicker::setRule(Rule rule)
{
    if (m_rule == rule)
        return;
    m_rule = rule;
    if (m_loaded)
        populate(); // the usable rows and their notes change
    updateStatus();
}

void ServerPicker::reload()
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
    loadAllPages<NovaServer>(
        this,
        [this](const QString &marker) -> RestJob * {
            // the profile's session was replaced (demo cloud restarted) mid-load
            return m_session ? m_session->listServers(m_pageSize, marker, this) : nullptr;
        },
        [](RestJob *job) {
            //: %1 = technical detail of what was wrong in the answer
            return readListPage(job,
                &NovaServerPage::servers,
                tr("The cloud's server list could not be read (%1)."));
        },
        [this, generation](QList<NovaServer> items, std::optional<QString> error) {
            finishLoad(generation, std::move(items), std::move(error));
        });
}

void ServerPicker::finishLoad(int generation, QList<NovaServer> items, std::optional<QString> error)
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
    m_servers = std::move(items);
    m_loaded = true;
    populate();
    Q_EMIT loaded(int(m_servers.size()));
}

void ServerPicker::populate()
{
    const QString keep = m_serverId;
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->removeRows(0, m_model->rowCount());
        const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        for (const NovaServer &s : std::as_const(m_servers)) {
            QList<QStandardItem *> row;
            row << new QStandardItem(s.name) << new QStandardItem(s.status)
                << new QStandardItem(s.id) << new QStandardItem;
            row[IdColumn]->setFont(fixed);
            row[NameColumn]->setData(s.id, IdRole);
            const std::optional<QString> reason = unusableReason(s, m_rule);
            if (reason) {
                row[NoteColumn]->setText(*reason);
                for (QStandardItem *item : row) {
                    item->setFlags(
                        Qt::ItemNeverHasChildren); // shown, but neither enabled nor selectable
                    item->setToolTip(*reason);
                }
            } else {
                if (m_rule == Rule::Ims && isRunning(s)) {
                    row[NoteColumn]->setText(tr("Running: stop it for a consistent image"));
                    row[NoteColumn]->setToolTip(row[NoteColumn]->text());
                }
                for (QStandardItem *item : row)
                    item->setFlags(
                        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
            }
            m_model->appendRow(row);
        }
    }
    m_serverId.clear();
    if (keep.isEmpty() || !setServerId(keep)) {
        m_view->clearSelection();
        if (!keep.isEmpty())
            Q_EMIT serverIdChanged(m_serverId);
    }
    updateStatus();
}

bool ServerPicker::setServerId(const QString &id)
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
        return m_serverId == id;
    }
    return false;
}

std::optional<NovaServer> ServerPicker::selectedServer() const
{
    for (const NovaServer &s : m_servers) {
        if (s.id == m_serverId)
            return s;
    }
    return std::nullopt;
}

std::optional<QString> ServerPicker::unusableReason(const NovaServer &server, Rule rule)
{
    const QString status = server.status.toUpper();
    switch (rule) {
    case Rule::Ims:
        if (status != u"ACTIVE" && status != u"SHUTOFF") {
            //: %1 = the server's status as the cloud reports it (ERROR, BUILD, ...)
            return tr("IMS makes images only of a stopped or running ECS; this one is %1.")
                .arg(server.status);
        }
        if (!server.taskState.isEmpty()) {
            //: %1 = the task the cloud reports for the server (image_snapshot, rebooting, ...)
            return tr("A task is in progress on this ECS (%1); IMS refuses it until the task "
                      "ends.")
                .arg(server.taskState);
        }
        break;
    case Rule::Nova:
        // nova/compute/api.py: createImage needs vm_state active, stopped, suspended or paused
        // (a paused server only when image-backed; Nova itself says so if not) and no task.
        if (status != u"ACTIVE" && status != u"SHUTOFF" && status != u"SUSPENDED"
            && status != u"PAUSED") {
            //: %1 = the server's status as the cloud reports it (ERROR, BUILD, ...)
            return tr("Nova cannot snapshot a server in %1 state.").arg(server.status);
        }
        if (!server.taskState.isEmpty()) {
            //: %1 = the task the cloud reports for the server (image_snapshot, rebooting, ...)
            return tr("A task is in progress on this server (%1); Nova refuses a snapshot until "
                      "the task ends.")
                .arg(server.taskState);
        }
        break;
    }
    return std::nullopt;
}

bool ServerPicker::isRunning(const NovaServer &server)
{
    return server.status.compare(u"ACTIVE"_s, Qt::CaseInsensitive) == 0;
}

void ServerPicker::handleSelectionChanged()
{
    QString id;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(NameColumn);
    if (!rows.isEmpty())
        id = rows.first().data(IdRole).toString();
    if (id == m_serverId)
        return;
    m_serverId = id;
    updateStatus();
    Q_EMIT serverIdChanged(m_serverId);
}

void ServerPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_loaded)
            populate(); // the notes are translated
        updateStatus();
    }
    QWidget::changeEvent(event);
}

void ServerPicker::retranslateUi()
{
    m_searchLabel->setText(tr("Sea&rch:"));
    m_search->setPlaceholderText(tr("Name, status or ID"));
    m_refresh->setText(tr("Re&fresh"));
    m_model->setHorizontalHeaderLabels({tr("Name", "server name"),
        tr("Status", "server status column"),
        tr("ID", "server ID column"),
        tr("Note", "why a server can't be used")});
}

void ServerPicker::updateStatus()
{
    if (m_loading) {
        m_status->setText(tr("Loading the ECS list from the cloud…"));
    } else if (!m_error.isEmpty()) {
        m_status->setText(tr("The ECS list could not be loaded."));
    } else if (m_loaded) {
        int usable = 0;
        for (const NovaServer &s : std::as_const(m_servers))
            usable += unusableReason(s, m_rule) ? 0 : 1;
        //: %n = ECSs listed; %1 = how many of them the chosen method can use
        m_status->setText(
            tr("%n ECS(s) listed, %1 usable for an image.", nullptr, int(m_servers.size()))
                .arg(QLocale().toString(usable)));
    } else {
        m_status->clear();
    }

    if (!m_error.isEmpty()) {
        m_message->showError(m_error);
    } else if (const auto server = selectedServer();
               server && m_rule == Rule::Ims && isRunning(*server)) {
        //: %1 = server name
        m_message->showMessage(InlineMessage::Kind::Warning,
            tr("“%1” is running. IMS accepts a running ECS, but stop it first for a consistent "
               "image: files being written while the image is made may be captured half-way.")
                .arg(server->name));
    } else {
        m_message->clearMessage();
    }
}
