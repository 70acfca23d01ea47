#include "wizard/obsobjectpicker.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "obs/objectlister.h"
#include "upload/transferrate.h"
#include "widgets/inlinemessage.h"
#include "wizard/obsbucketpicker.h"

using namespace Qt::StringLiterals;

namespace {
enum Column
{
    KeyColumn,
    SizeColumn,
    ModifiedColumn,
    NoteColumn,
    ColumnCount
};
constexpr int KeyRole = Qt::UserRole + 1;
constexpr int FolderRole = Qt::UserRole + 2;
constexpr int TypingDelayMs = 400;
} // namespace

ObsObjectPicker::ObsObjectPicker(ObsBucketPicker *buckets, QWidget *parent)
    : QWidget(parent)
    , m_buckets(buckets)
    , m_lister(new ObsObjectLister(this))
{
    m_prefixLabel = new QLabel(this);
    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(u"obsObjectPrefix"_s);
    m_prefix->setClearButtonEnabled(true);
    m_prefixLabel->setBuddy(m_prefix);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"obsObjectList"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    for (int c = KeyColumn; c < NoteColumn; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // A fixed height, as the bucket list's: the fields below never move when it fills.
    m_tree->setFixedHeight(m_tree->fontMetrics().height() * 8);
    m_more = new QPushButton(this);
    m_more->setObjectName(u"obsObjectMore"_s);
    m_status = new InlineMessage(this);
    m_status->setObjectName(u"obsObjectStatus"_s);
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingDelayMs);

    auto *prefixRow = new QHBoxLayout;
    prefixRow->setContentsMargins(0, 0, 0, 0);
    prefixRow->addWidget(m_prefixLabel);
    prefixRow->addWidget(m_prefix, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_more);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_tree, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(prefixRow);
    layout->addLayout(row);
    layout->addWidget(m_status);
    setFocusProxy(m_tree);

    connect(m_buckets, &ObsBucketPicker::bucketChanged, this, &ObsObjectPicker::bucketChanged);
    connect(m_buckets, &ObsBucketPicker::loadingChanged, this, &ObsObjectPicker::updateStatus);
    connect(m_prefix, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &ObsObjectPicker::listNow);
    connect(m_more, &QPushButton::clicked, m_lister, &ObsObjectLister::more);
    connect(m_lister, &ObsObjectLister::changed, this, &ObsObjectPicker::rebuild);
    connect(m_lister, &ObsObjectLister::loadingChanged, this, &ObsObjectPicker::updateStatus);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ObsObjectPicker::activated);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        if (const QString key = object(); !key.isEmpty())
            Q_EMIT objectChosen(m_lister->bucket(), key);
    });
    retranslateUi();
}

void ObsObjectPicker::setPrefix(const QString &prefix)
{
    m_prefix->setText(prefix);
    listNow();
}

QString ObsObjectPicker::prefix() const
{
    return m_prefix->text();
}

bool ObsObjectPicker::isLoading() const
{
    return m_lister->isLoading();
}

QString ObsObjectPicker::object() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled) || item->data(KeyColumn, FolderRole).toBool())
        return {};
    return item->data(KeyColumn, KeyRole).toString();
}

bool ObsObjectPicker::setObject(const QString &key)
{
    if (m_lister->isLoading() || m_lister->bucket().isEmpty()) {
        m_wanted = key;
        return true;
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(KeyColumn, KeyRole).toString() == key
            && !item->data(KeyColumn, FolderRole).toBool() && (item->flags() & Qt::ItemIsEnabled)) {
            m_tree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void ObsObjectPicker::bucketChanged(const QString &bucket)
{
    if (bucket == m_lister->bucket() && !bucket.isEmpty())
        return; // the same bucket chosen again (a Refresh): its list stays
    if (!m_lister->client() && m_buckets->client())
        m_lister->setClient(m_buckets->client());
    m_typing->stop();
    m_lister->list(bucket, m_prefix->text());
}

void ObsObjectPicker::listNow()
{
    m_typing->stop();
    if (!m_lister->client() && m_buckets->client())
        m_lister->setClient(m_buckets->client());
    m_lister->list(m_buckets->bucket(), m_prefix->text());
}

void ObsObjectPicker::activated(QTreeWidgetItem *item)
{
    if (item && item->data(KeyColumn, FolderRole).toBool())
        setPrefix(item->data(KeyColumn, KeyRole).toString());
}

void ObsObjectPicker::rebuild()
{
    const QString current = object();
    const QString wanted = m_wanted.isEmpty() ? current : m_wanted;
    QSignalBlocker block(m_tree); // no objectChosen while the rows are made again
    m_tree->clear();
    const QString prefix = m_lister->prefix();
    const QLocale locale;
    const QIcon folderIcon = style()->standardIcon(QStyle::SP_DirIcon);
    const QIcon fileIcon = style()->standardIcon(QStyle::SP_FileIcon);
    for (const ObsObjectLister::Entry &e : m_lister->entries()) {
        auto *item = new QTreeWidgetItem(m_tree);
        // Shown relative to the prefix's folder; the whole key in the tooltip.
        const qsizetype folderEnd = prefix.lastIndexOf(u'/') + 1;
        item->setText(KeyColumn, e.key.mid(folderEnd));
        item->setIcon(KeyColumn, e.folder ? folderIcon : fileIcon);
        item->setData(KeyColumn, KeyRole, e.key);
        item->setData(KeyColumn, FolderRole, e.folder);
        if (e.folder) {
            item->setText(NoteColumn, tr("Folder: double-click or Enter opens it"));
        } else {
            item->setText(SizeColumn, TransferRate::sizeText(e.size));
            item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
            if (e.lastModified.isValid())
                item->setText(ModifiedColumn,
                    locale.toString(e.lastModified.toLocalTime(), QLocale::ShortFormat));
            if (e.usable()) {
                item->setText(NoteColumn, tr("IMS can import it"));
            } else {
                item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
                item->setText(NoteColumn, e.unusableReason);
            }
        }
        for (int c = 0; c < ColumnCount; ++c)
            item->setToolTip(c, e.usable() ? e.key : e.key + u"\n"_s + e.unusableReason);
    }
    block.unblock();
    if (!m_lister->isLoading()) {
        m_wanted.clear();
        if (!wanted.isEmpty())
            setObject(wanted);
    }
    updateStatus();
}

void ObsObjectPicker::updateStatus()
{
    const bool haveBucket = !m_lister->bucket().isEmpty();
    m_more->setEnabled(m_lister->hasMore() && !m_lister->isLoading());
    m_tree->setEnabled(haveBucket);
    m_prefix->setEnabled(!m_buckets->bucket().isEmpty());
    if (m_lister->isLoading()) {
        m_status->showMessage(InlineMessage::Kind::Info, tr("Reading the objects from OBS…"));
    } else if (!m_lister->error().isEmpty()) {
        //: %1 = bucket name, %2 = why the objects could not be listed
        m_status->showError(tr("The objects of %1 could not be listed: %2 Type the file below "
                               "as %1:file instead.")
                                .arg(m_lister->bucket(), m_lister->error()));
    } else if (!haveBucket) {
        if (!m_buckets->error().isEmpty())
            m_status->showMessage(InlineMessage::Kind::Info,
                tr("Without the bucket list, type the image file below as bucket:file."));
        else
            m_status->showMessage(
                InlineMessage::Kind::Info, tr("Choose a bucket to see its objects."));
    } else if (m_lister->entries().isEmpty()) {
        m_status->showMessage(InlineMessage::Kind::Info,
            m_lister->prefix().isEmpty()
                ? tr("The bucket holds no objects.")
                //: %1 = the prefix typed
                : tr("No object name starts with “%1”.").arg(m_lister->prefix()));
    } else if (m_lister->hasMore()) {
        m_status->showMessage(InlineMessage::Kind::Info,
            tr("The bucket holds more objects: Load More lists the next ones, or narrow the list "
               "with a prefix."));
    } else {
        m_status->clearMessage();
    }
}

void ObsObjectPicker::retranslateUi()
{
    m_prefixLabel->setText(tr("Fo&lder or prefix:"));
    m_prefix->setPlaceholderText(tr("e.g. %1", "example of an OBS prefix").arg(u"images/"_s));
    m_tree->setHeaderLabels({tr("Object", "OBS object name column"),
        tr("Size"),
        tr("Last modified"),
        tr("Note", "whether IMS can import the object")});
    m_more->setText(tr("Load M&ore"));
    m_more->setToolTip(tr("List the next objects of the bucket"));
    rebuild();
}

void ObsObjectPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
