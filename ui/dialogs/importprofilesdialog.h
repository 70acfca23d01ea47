#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

#include "cloud/cloudsyamlimport.h"
#include "cloud/profileimport.h"

class AppCore;
class InlineMessage;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

/// "Import…" of the profile editor: shows the clouds.yaml / secure.yaml the openstacksdk search
/// finds (or a clouds.yaml or openrc file the operator opens), one row per profile it would make
/// (check box, editable name, cloud family, sign-in method, region, and why a row cannot be
/// imported), and imports the checked rows: profiles to the ProfileStore, secrets to the
/// SecretStore only. A keychain that refuses offers "use for this session only". Every text
/// is translated. GUI thread.
class ImportProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProfilesDialog)
public:
    enum Column
    {
        NameColumn,
        FamilyColumn,
        AuthColumn,
        RegionColumn,
        StatusColumn,
        ColumnCount
    };

    explicit ImportProfilesDialog(AppCore *core, QWidget *parent = nullptr);
    ~ImportProfilesDialog() override;

    /// Searches clouds.yaml / secure.yaml in `paths` and lists what they hold.
    void scan(const CloudsYamlImport::SearchPaths &paths);
    /// Lists what a chosen file holds: a clouds.yaml (.yaml, .yml, .json) or an openrc file.
    void openFile(const QString &path);
    /// Imports the checked rows. False (with the reason shown) when nothing is checked or a
    /// name is empty or taken.
    bool importChecked();
    /// After a keychain failure: the secrets it refused are used until Imagewright quits.
    void useForSessionOnly();

    QTreeWidget *list() const { return m_list; }
    int candidateCount() const { return int(m_candidates.size()); }

Q_SIGNALS:
    /// Once per import, when every secret write answered: the new profiles' ids.
    void importFinished(const QStringList &profileIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void showScan(const ImportScan &scan);
    void fillList();
    void updateRow(QTreeWidgetItem *item);
    void updateButtons();
    QStringList existingNames() const;
    void handleFinished();
    void chooseFile();

    AppCore *m_core;
    ImportScan m_scan;
    QList<ImportCandidate> m_candidates;
    QList<bool> m_imported;
    QPointer<ProfileImporter> m_importer;
    QList<ProfileImporter::Outcome> m_failed; // keychain refused their secrets
    bool m_filling = false;

    QLabel *m_intro = nullptr;
    QLabel *m_filesLabel = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_searchButton = nullptr;
    InlineMessage *m_fileMessage = nullptr;
    QTreeWidget *m_list = nullptr;
    InlineMessage *m_detail = nullptr;
    InlineMessage *m_result = nullptr;
    QPushButton *m_sessionOnlyButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
