#include "dialogs/importprofilesdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "appcore.h"
#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "cloud/openrcimport.h"
#include "cloud/profilestore.h"
#include "widgets/accessiblenames.h"
#include "widgets/inlinemessage.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int IndexRole = Qt::UserRole;     // index into m_candidates
constexpr int ClashRole = Qt::UserRole + 1; // the name that clashed, when renamed

} // namespace

ImportProfilesDialog::ImportProfilesDialog(AppCore *core, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
{
    setObjectName(u"importProfilesDialog"_s);
    AccessibleNames::install(this);
    buildUi();
    retranslateUi();
    resize(900, 560);
}

ImportProfilesDialog::~ImportProfilesDialog() = default;

void ImportProfilesDialog::buildUi()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_filesLabel = new QLabel(this);
    m_filesLabel->setObjectName(u"importFiles"_s);
    m_filesLabel->setWordWrap(true);
    m_filesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(u"importOpenFile"_s);
    connect(m_openButton, &QPushButton::clicked, this, &ImportProfilesDialog::chooseFile);
    m_searchButton = new QPushButton(this);
    m_searchButton->setObjectName(u"importSearch"_s);
    connect(m_searchButton, &QPushButton::clicked, this, [this] {
        scan(CloudsYamlImport::SearchPaths::fromEnvironment(
            QProcessEnvironment::systemEnvironment(), QDir::currentPath()));
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_filesLabel, 1);
    fileRow->addWidget(m_searchButton);
    fileRow->addWidget(m_openButton);
    m_fileMessage = new InlineMessage(this);
    m_fileMessage->setObjectName(u"importFileMessage"_s);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"importList"_s);
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != NameColumn)
            return;
        const int index = item->data(NameColumn, IndexRole).toInt();
        m_candidates[index].profile.name = item->text(NameColumn).trimmed();
        updateRow(item);
        updateButtons();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item) {
            m_detail->clearMessage();
            return;
        }
        const ImportCandidate &c = m_candidates.at(item->data(NameColumn, IndexRole).toInt());
        QStringList lines = c.problems;
        lines << c.notes;
        if (!c.problems.isEmpty())
            m_detail->showError(lines.join(u'\n'));
        else
            m_detail->showMessage(InlineMessage::Kind::Info, lines.join(u'\n'));
    });
    m_detail = new InlineMessage(this);
    m_detail->setObjectName(u"importDetail"_s);
    m_result = new InlineMessage(this);
    m_result->setObjectName(u"importResult"_s);
    m_sessionOnlyButton = new QPushButton(this);
    m_sessionOnlyButton->setObjectName(u"importSessionOnly"_s);
    m_sessionOnlyButton->setVisible(false);
    connect(
        m_sessionOnlyButton, &QPushButton::clicked, this, &ImportProfilesDialog::useForSessionOnly);

    auto *buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"importClose"_s);
    // Import does not close the dialog: it says what was done.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_importButton, &QPushButton::clicked, this, &ImportProfilesDialog::importChecked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileMessage);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_detail);
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_sessionOnlyButton);
    layout->addLayout(resultRow);
    layout->addWidget(buttons);
}

void ImportProfilesDialog::retranslateUi()
{
    setWindowTitle(tr("Import Cloud Profiles"));
    m_intro->setText(tr("Profiles from a clouds.yaml (with its secure.yaml) or an openrc file. "
                        "Passwords and other secrets found there go to the system keychain "
                        "only; the files are not changed."));
    m_openButton->setText(tr("&Open File…"));
    m_openButton->setToolTip(tr("Choose a clouds.yaml or an openrc file"));
    m_searchButton->setText(tr("&Search Again"));
    m_searchButton->setToolTip(tr("Look for clouds.yaml where the OpenStack tools look: "
                                  "OS_CLIENT_CONFIG_FILE, the current folder, "
                                  "~/.config/openstack, /etc/openstack"));
    m_list->setAccessibleName(tr("Profiles found", "the list of profiles read from the files"));
    m_list->setHeaderLabels({tr("Profile name"),
        tr("Cloud"),
        tr("Sign-in", "authentication method column"),
        tr("Region"),
        tr("Import", "column: whether and why a row can be imported")});
    m_importButton->setText(tr("&Import Checked"));
    m_sessionOnlyButton->setText(tr("Use for This Session Only"));
    m_sessionOnlyButton->setToolTip(
        tr("Keep the secrets in memory until Imagewright quits; they are not saved anywhere."));
    if (m_scan.files.isEmpty() && m_scan.ok())
        m_filesLabel->setText(tr("No file read yet."));
    else if (!m_scan.files.isEmpty())
        //: %1 = file paths
        m_filesLabel->setText(tr("Read: %1").arg(m_scan.files.join(u", "_s)));
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        updateRow(m_list->topLevelItem(i));
    updateButtons();
}

void ImportProfilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportProfilesDialog::scan(const CloudsYamlImport::SearchPaths &paths)
{
    showScan(CloudsYamlImport::scan(paths));
}

void ImportProfilesDialog::openFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"yaml" || suffix == u"yml" || suffix == u"json")
        showScan(CloudsYamlImport::read(path));
    else
        showScan(OpenrcImport::read(path));
}

void ImportProfilesDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this,
        tr("Open clouds.yaml or openrc File"),
        QDir::homePath() + u"/.config/openstack"_s,
        tr("OpenStack settings (clouds.yaml clouds.yml *.yaml *.yml *.json *openrc* *.sh);;All "
           "files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportProfilesDialog::showScan(const ImportScan &scan)
{
    m_scan = scan;
    m_candidates = scan.candidates;
    m_imported = QList<bool>(m_candidates.size(), false);
    m_failed.clear();
    m_result->clearMessage();
    m_sessionOnlyButton->setVisible(false);
    if (!scan.ok())
        m_fileMessage->showError(scan.error);
    else if (!scan.notes.isEmpty())
        m_fileMessage->showMessage(InlineMessage::Kind::Warning, scan.notes.join(u'\n'));
    else
        m_fileMessage->clearMessage();
    fillList();
    retranslateUi();
}

QStringList ImportProfilesDialog::existingNames() const
{
    QStringList names;
    for (const CloudProfile &p : m_core->profiles()->profiles())
        names << p.name;
    return names;
}

void ImportProfilesDialog::fillList()
{
    m_filling = true;
    m_list->clear();
    QStringList taken = existingNames();
    for (int i = 0; i < m_candidates.size(); ++i) {
        ImportCandidate &c = m_candidates[i];
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, IndexRole, i);
        bool checked = c.isImportable() && c.checkedByDefault;
        if (c.isImportable()) {
            const QString unique = ProfileImport::uniqueName(c.profile.name, taken);
            if (unique != c.profile.name) {
                // Offer rename or skip: the suggested name, unchecked until the operator says.
                item->setData(NameColumn, ClashRole, c.profile.name);
                c.profile.name = unique;
                checked = false;
            }
            taken << c.profile.name;
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        }
        item->setText(NameColumn, c.profile.name);
        if (c.isImportable())
            item->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
        updateRow(item);
    }
    for (int column = 0; column < StatusColumn; ++column)
        m_list->resizeColumnToContents(column);
    m_filling = false;
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void ImportProfilesDialog::updateRow(QTreeWidgetItem *item)
{
    const bool wasFilling = std::exchange(m_filling, true);
    const int index = item->data(NameColumn, IndexRole).toInt();
    const ImportCandidate &c = m_candidates.at(index);
    const CloudProfile &p = c.profile;
    item->setText(FamilyColumn, CloudProfile::familyDisplayName(p.family));
    item->setText(AuthColumn, CloudProfile::authMethodDisplayName(p.authMethod));
    item->setText(RegionColumn, p.region.isEmpty() ? tr("any region") : p.region);
    QString status;
    if (m_imported.value(index)) {
        status = tr("Imported");
    } else if (!c.isImportable()) {
        //: %1 = the first reason a row cannot be imported
        status = tr("Cannot be imported: %1").arg(c.problems.constFirst());
    } else if (const QString clash = item->data(NameColumn, ClashRole).toString();
               !clash.isEmpty() && p.name.compare(clash, Qt::CaseInsensitive) != 0) {
        //: %1 = the name in the file, which a saved profile has; %2 = the suggested new name
        status = tr("A profile named “%1” exists: check to import this one as “%2”, or leave "
                    "it unchecked to skip it.")
                     .arg(clash, p.name);
    } else if (c.secretMissing) {
        status = tr("Ready; the secret is asked for at the first sign-in");
    } else if (!c.secrets.isEmpty()) {
        status = tr("Ready; the secret goes to the system keychain");
    } else {
        status = tr("Ready");
    }
    item->setText(StatusColumn, status);
    QStringList tip = c.problems;
    tip << c.notes;
    item->setToolTip(NameColumn, tip.join(u'\n'));
    item->setToolTip(StatusColumn, tip.isEmpty() ? status : tip.join(u'\n'));
    if (!c.isImportable() || m_imported.value(index)) {
        item->setForeground(StatusColumn, palette().brush(QPalette::Disabled, QPalette::Text));
        item->setFlags(item->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEditable));
    }
    m_filling = wasFilling;
}

void ImportProfilesDialog::updateButtons()
{
    bool any = false;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        const int index = item->data(NameColumn, IndexRole).toInt();
        if (item->checkState(NameColumn) == Qt::Checked && !m_imported.value(index)
            && m_candidates.at(index).isImportable())
            any = true;
    }
    m_importButton->setEnabled(any && !m_importer);
}

bool ImportProfilesDialog::importChecked()
{
    if (m_importer)
        return false;
    QList<ImportCandidate> chosen;
    QList<int> rows;
    QStringList taken = existingNames();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const int index = item->data(NameColumn, IndexRole).toInt();
        const ImportCandidate &c = m_candidates.at(index);
        if (item->checkState(NameColumn) != Qt::Checked || m_imported.value(index)
            || !c.isImportable())
            continue;
        const QString name = c.profile.name.trimmed();
        QString error;
        if (name.isEmpty())
            error = tr("Enter a name for the profile.");
        else if (ProfileImport::uniqueName(name, taken) != name)
            //: %1 = profile name
            error = tr("Another profile already has the name “%1”: rename this one or leave "
                       "it unchecked.")
                        .arg(name);
        if (!error.isEmpty()) {
            m_list->setCurrentItem(item);
            m_result->showError(error);
            return false;
        }
        taken << name;
        chosen << c;
        rows << index;
    }
    if (chosen.isEmpty()) {
        m_result->showError(tr("Check the profiles to import."));
        return false;
    }
    for (int index : std::as_const(rows))
        m_imported[index] = true;
    m_failed.clear();
    m_sessionOnlyButton->setVisible(false);
    m_result->showMessage(InlineMessage::Kind::Info, tr("Importing…"));
    auto *importer = new ProfileImporter(m_core->profiles(), m_core->secrets(), this);
    m_importer = importer;
    connect(importer, &ProfileImporter::finished, this, &ImportProfilesDialog::handleFinished);
    updateButtons();
    importer->start(chosen);
    return true;
}

void ImportProfilesDialog::handleFinished()
{
    ProfileImporter *importer = m_importer;
    if (!importer)
        return;
    m_importer = nullptr;
    importer->deleteLater();
    QStringList ids;
    QStringList failedNames;
    QString reason;
    for (const ProfileImporter::Outcome &o : importer->outcomes()) {
        ids << o.profile.id;
        if (!o.storeFailed.isEmpty()) {
            m_failed << o;
            failedNames << o.profile.name;
            if (reason.isEmpty())
                reason = o.storeError;
        }
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        updateRow(m_list->topLevelItem(i));
    QString text = tr("%n profile(s) imported.", nullptr, int(ids.size()));
    if (failedNames.isEmpty()) {
        m_result->showMessage(InlineMessage::Kind::Info, text);
    } else {
        //: %1 = profile names, %2 = the keychain's reason. Nothing is written elsewhere.
        text += u' '
            + tr("The system keychain did not take the secrets of %1 (%2). They were not "
                 "written anywhere else: use them for this session only, or enter them in the "
                 "profile editor later.")
                  .arg(failedNames.join(u", "_s), reason);
        m_result->showError(text);
        m_sessionOnlyButton->setVisible(true);
    }
    updateButtons();
    Q_EMIT importFinished(ids);
}

void ImportProfilesDialog::useForSessionOnly()
{
    int used = 0;
    for (const ProfileImporter::Outcome &o : std::as_const(m_failed)) {
        if (!m_core->profiles()->profile(o.profile.id))
            continue;
        bool any = false;
        for (auto it = o.storeFailed.cbegin(); it != o.storeFailed.cend(); ++it) {
            if (it->isEmpty())
                continue;
            m_core->useForSessionOnly(o.profile.id, it.key(), it->value());
            any = true;
        }
        used += any ? 1 : 0;
    }
    m_failed.clear(); // the held copies go (and leave the log scrubber) with them
    m_sessionOnlyButton->setVisible(false);
    m_result->showMessage(InlineMessage::Kind::Info,
        tr("%n profile(s) use their secret until Imagewright quits. It is not saved.",
            nullptr,
            used));
}
