#include "wizard/obsbucketpicker.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "cloud/cloudsession.h"
#include "obs/bucketlister.h"
#include "widgets/inlinemessage.h"
#include "wizard/createbucketdialog.h"

using namespace Qt::StringLiterals;

namespace {
enum Column
{
    NameColumn,
    RegionColumn,
    ClassColumn,
    NoteColumn,
    ColumnCount
};
constexpr int NameRole = Qt::UserRole + 1;
} // namespace

ObsBucketPicker::ObsBucketPicker(CloudSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_lister(new ObsBucketLister(session, this))
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"obsBucketList"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    for (int c = NameColumn; c < NoteColumn; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // A fixed height (about five buckets in view, more scroll): the page's other fields never
    // move when it fills or when a message shows.
    m_tree->setFixedHeight(m_tree->fontMetrics().height() * 8);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"obsBucketRefresh"_s);
    m_create = new QPushButton(this);
    m_create->setObjectName(u"obsBucketCreate"_s);
    m_create->setEnabled(false); // once the list was read (its client and the profile's region)
    m_status = new InlineMessage(this);
    m_status->setObjectName(u"obsBucketStatus"_s);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_create);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_tree, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    setFocusProxy(m_tree);

    connect(m_refresh, &QPushButton::clicked, this, &ObsBucketPicker::reload);
    connect(m_create, &QPushButton::clicked, this, &ObsBucketPicker::openCreateDialog);
    connect(m_lister, &ObsBucketLister::loaded, this, &ObsBucketPicker::rebuild);
    connect(m_lister, &ObsBucketLister::loadFailed, this, &ObsBucketPicker::rebuild);
    connect(m_lister, &ObsBucketLister::loadingChanged, this, [this](bool loading) {
        m_refresh->setEnabled(!loading);
        m_create->setEnabled(!loading && m_lister->client());
        updateStatus();
        Q_EMIT loadingChanged(loading);
    });
    connect(
        m_tree, &QTreeWidget::currentItemChanged, this, [this] { Q_EMIT bucketChanged(bucket()); });
    retranslateUi();
}

void ObsBucketPicker::reload()
{
    if (const QString current = bucket(); !current.isEmpty())
        m_wanted = current; // chosen again once listed
    m_tree->clear();
    m_lister->reload();
}

bool ObsBucketPicker::isLoading() const
{
    return m_lister->isLoading();
}

bool ObsBucketPicker::hasLoaded() const
{
    return m_lister->hasLoaded();
}

QString ObsBucketPicker::error() const
{
    return m_lister->error();
}

S3Client *ObsBucketPicker::client() const
{
    return m_lister->client();
}

QString ObsBucketPicker::bucket() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return {};
    return item->data(NameColumn, NameRole).toString();
}

bool ObsBucketPicker::setBucket(const QString &name)
{
    if (!m_lister->hasLoaded()) {
        m_wanted = name;
        return true;
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(NameColumn, NameRole).toString() == name
            && (item->flags() & Qt::ItemIsEnabled)) {
            m_tree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QString ObsBucketPicker::unusableReason(const QString &name) const
{
    for (const ObsBucketLister::Bucket &b : m_lister->buckets()) {
        if (b.name == name)
            return b.unusableReason;
    }
    return {};
}

bool ObsBucketPicker::isSelectable(const QString &name) const
{
    for (const ObsBucketLister::Bucket &b : m_lister->buckets()) {
        if (b.name == name)
            return b.usable();
    }
    return false;
}

CreateBucketDialog *ObsBucketPicker::createDialog() const
{
    return m_dialog;
}

void ObsBucketPicker::openCreateDialog()
{
    if (m_dialog || !m_lister->client())
        return;
    const QString region = m_session ? m_session->profile().region : QString();
    m_dialog = new CreateBucketDialog(m_lister->client(), region, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        // Listed again with the new bucket chosen.
        m_tree->clear();
        m_wanted = m_dialog->createdName();
        m_lister->reload();
    });
    m_dialog->open();
}

void ObsBucketPicker::rebuild()
{
    const QString wanted = m_wanted;
    m_wanted.clear();
    m_tree->clear();
    const QString notSaid = tr("not said",
        "a bucket's region or storage class the server did "
        "not say");
    for (const ObsBucketLister::Bucket &b : m_lister->buckets()) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(NameColumn, b.name);
        item->setData(NameColumn, NameRole, b.name);
        item->setText(RegionColumn, b.location.isEmpty() ? notSaid : b.location);
        item->setText(ClassColumn, b.storageClass.isEmpty() ? notSaid : b.storageClass);
        if (b.usable()) {
            item->setText(NoteColumn, tr("IMS can import from it"));
        } else {
            // Shown, greyed out, with the reason: it cannot be chosen.
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setText(NoteColumn, b.unusableReason);
        }
        for (int c = 0; c < ColumnCount; ++c)
            item->setToolTip(c, b.usable() ? b.name : b.unusableReason);
    }
    updateStatus();
    if (!wanted.isEmpty())
        setBucket(wanted);
    Q_EMIT bucketChanged(bucket());
}

void ObsBucketPicker::updateStatus()
{
    if (m_lister->isLoading()) {
        m_status->showMessage(InlineMessage::Kind::Info, tr("Reading the bucket list from OBS…"));
    } else if (!m_lister->error().isEmpty()) {
        //: %1 = why the list failed
        m_status->showError(
            tr("The bucket list could not be read from OBS: %1").arg(m_lister->error()));
    } else if (m_lister->hasLoaded() && m_lister->buckets().isEmpty()) {
        m_status->showMessage(InlineMessage::Kind::Info,
            tr("This account has no OBS bucket: Create Bucket… makes one IMS can import from."));
    } else {
        m_status->clearMessage();
    }
}

void ObsBucketPicker::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Bucket", "OBS bucket name column"),
        tr("Region"),
        tr("Storage class"),
        tr("Note", "whether IMS can import from the bucket")});
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Read the bucket list from OBS again"));
    m_create->setText(tr("Create B&ucket…"));
    m_create->setToolTip(tr("Create a bucket in the profile's region with the Standard storage "
                            "class"));
    if (m_lister->hasLoaded() || !m_lister->error().isEmpty()) {
        m_wanted = bucket(); // kept through the rebuild
        rebuild();
    } else
        updateStatus();
}

void ObsBucketPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
