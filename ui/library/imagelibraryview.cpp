#include "library/imagelibraryview.h"

#include <algorithm>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "cloud/cloudsession.h"
#include "library/imagelister.h"
#include "library/imagelistmodel.h"

using namespace Qt::StringLiterals;

namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

ImageLibraryView::ImageLibraryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ImageListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_reload(new QPushButton(this))
    , m_showJob(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(u"imageLibrary"_s);
    m_filter->setObjectName(u"imageFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_showJob->setObjectName(u"showJobButton"_s);
    m_status->setObjectName(u"imageLibraryStatus"_s);
    m_table->setObjectName(u"imageTable"_s);
    m_details->setObjectName(u"imageDetails"_s);
    m_details->setReadOnly(true); // selectable and copyable
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_model->setAutoFetch(true); // every page in the background; the table stays usable
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImageListModel::SortRole);
    m_proxy->setFilterRole(ImageListModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setDynamicSortFilter(true);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImageListModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_reload);
    top->addWidget(m_showJob);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *column = new QVBoxLayout(this);
    column->addLayout(top);
    column->addWidget(splitter, 1);
    column->addWidget(m_status);

    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_reload, &QPushButton::clicked, this, [this] { setSession(m_session, true); });
    connect(m_showJob, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0) {
            const QString job = m_model->jobOf(m_model->image(row));
            if (!job.isEmpty())
                Q_EMIT showJobRequested(job);
        }
    });
    connect(m_table->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        &ImageLibraryView::updateDetails);
    connect(m_model, &ImageListModel::loadingChanged, this, [this](bool loading) {
        m_loading = loading;
        updateStatus();
    });
    connect(m_model, &ImageListModel::pageLoaded, this, [this] {
        updateStatus();
        selectPending();
    });
    connect(m_model, &ImageListModel::failed, this, [this](const QString &message) {
        m_status->setText(message);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImageLibraryView::updateDetails);
    retranslateUi();
    updateDetails();
}

void ImageLibraryView::setSession(CloudSession *session, bool force)
{
    if (session == m_session && !force)
        return;
    m_session = session;
    if (!session) {
        m_model->setLister(nullptr);
        updateStatus();
        return;
    }
    const ImageApi api = ImageApis::forFamily(session->profile().family);
    m_loading = true;
    m_model->setLister(new ImageLister(session, api, ImageFilter{}));
    updateStatus();
}

void ImageLibraryView::setJobIndex(const QHash<QString, QString> &index)
{
    m_model->setJobIndex(index);
    updateDetails();
}

void ImageLibraryView::showImage(const QString &imageId)
{
    m_pendingImage = imageId;
    if (m_model->rowOfId(imageId) < 0)
        m_filter->setText(imageId); // shown as soon as its page arrives
    selectPending();
}

void ImageLibraryView::selectPending()
{
    if (m_pendingImage.isEmpty())
        return;
    const int row = m_model->rowOfId(m_pendingImage);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_pendingImage.clear();
}

int ImageLibraryView::currentRow() const
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    return index.isValid() ? index.row() : -1;
}

void ImageLibraryView::updateStatus()
{
    const int rows = m_model->rowCount();
    if (!m_session)
        m_status->setText(tr("No cloud profile."));
    else if (m_loading)
        //: %n = images read so far
        m_status->setText(tr("Reading the image list… %n image(s) so far.", nullptr, rows));
    else if (!m_model->error())
        //: %n = images listed
        m_status->setText(tr("%n image(s).", nullptr, rows));
}

void ImageLibraryView::updateDetails()
{
    const int row = currentRow();
    m_showJob->setEnabled(row >= 0 && !m_model->jobOf(m_model->image(row)).isEmpty());
    if (row < 0) {
        m_details->setPlainText(tr("Select an image to see its properties."));
        return;
    }
    const LibraryImage &image = m_model->image(row);
    // Grouped as operators look for them; the keys are the API's own names (data, untranslated).
    const QList<std::pair<QString, QStringList>> groups{
        {tr("General"),
            {u"id"_s,
                u"name"_s,
                u"status"_s,
                u"visibility"_s,
                u"__imagetype"_s,
                u"owner"_s,
                u"created_at"_s,
                u"updated_at"_s,
                u"__description"_s,
                u"description"_s}},
        {tr("Disk"),
            {u"disk_format"_s,
                u"container_format"_s,
                u"size"_s,
                u"__image_size"_s,
                u"min_disk"_s,
                u"min_ram"_s,
                u"max_ram"_s,
                u"protected"_s,
                u"virtual_env_type"_s}},
        {tr("OS"),
            {u"__os_version"_s,
                u"__os_type"_s,
                u"__platform"_s,
                u"__os_bit"_s,
                u"os_distro"_s,
                u"os_version"_s,
                u"hw_firmware_type"_s}},
    };
    QString text;
    for (const auto &[title, keys] : groups) {
        text += title + u'\n';
        for (const QString &key : keys) {
            if (!image.raw.contains(key))
                continue;
            text += u"  "_s + key + u": "_s + valueText(image.raw.value(key)) + u'\n';
        }
        text += u'\n';
    }
    text += tr("Tags") + u'\n';
    for (const QString &tag : image.tags)
        text += u"  "_s + tag + u'\n';
    const QString job = m_model->jobOf(image);
    if (!job.isEmpty())
        //: %1 = the local id of the job that made the image
        text += u'\n' + tr("Made by the job %1.").arg(job) + u'\n';
    text += u'\n' + tr("Raw JSON") + u'\n';
    text += QString::fromUtf8(QJsonDocument(image.raw).toJson(QJsonDocument::Indented));
    m_details->setPlainText(text);
}

void ImageLibraryView::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter by name, ID, OS or tag"));
    m_reload->setText(tr("&Reload"));
    m_showJob->setText(tr("Show &Job"));
    m_showJob->setToolTip(tr("Open the job that made this image in the job monitor"));
    m_model->retranslate();
    updateStatus();
    updateDetails();
}

void ImageLibraryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
