#pragma once

#include <functional>

#include <QHash>
#include <QSet>
#include <QPointer>
#include <QWidget>

#include "cloud/cloudprofile.h"
#include "library/actions/imagejobaction.h"

class CloudSession;
class ImageListModel;
class ImageDateFilter;
class InlineMessage;
struct JobRecord;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/// The image library (issue 13): the current profile's images in a sortable table, read page by
/// page in the background with the family's API (ImageListModel, ImageLister), a text filter,
/// and a details pane with every property the cloud returned, grouped, copyable. "Show Job"
/// opens the job that made the selected image. Presents the core only.
class ImageLibraryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageLibraryView)
public:
    explicit ImageLibraryView(QWidget *parent = nullptr);

    /// Lists the images of `session` (null: none), starting over; the same session again does
    /// nothing unless `force`.
    void setSession(CloudSession *session, bool force = false);
    /// The monitor's jobs: which job made which image (ImageListModel::jobIndex()), and which
    /// images a job not over yet still follows (Delete asks first for those).
    void setJobs(const QList<JobRecord> &records);
    /// Selects the image's row; until its page has arrived, the filter shows only it.
    void showImage(const QString &imageId);

    ImageListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPlainTextEdit *details() const { return m_details; }
    QPushButton *showJobButton() const { return m_showJob; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *shareButton() const { return m_share; }
    /// "Copy…" and "Export to OBS…": IMS jobs (disabled, with the reason as tool tip, where the
    /// profile's family lacks them).
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *exportImageButton() const { return m_exportImage; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    /// Lists every image the project can see (public ones, and those shared with it: where
    /// Accept and Reject are), not only its own.
    QCheckBox *allImagesBox() const { return m_allImages; }
    QLineEdit *tagFilter() const { return m_tagFilter; }
    /// "Created:": any time, the last 7/30/90 days, or between two days (the cloud filters).
    ImageDateFilter *dateFilter() const { return m_dateFilter; }
    /// "All profiles": the images of every saved profile (EveryProfileLister), with a Profile
    /// column; an action on a row uses that row's profile. Profiles that could not be listed
    /// are named with their reason in profileNotice().
    QCheckBox *everyProfileBox() const { return m_everyProfile; }
    InlineMessage *profileNotice() const { return m_profileNotice; }
    /// Where "All profiles" gets the sessions of every saved profile (the main window's
    /// AppCore); without it the box is hidden.
    void setProfileSessions(std::function<QList<CloudSession *>()> sessions);

    /// "Edit Image…" for the current image: the dialog (null when none is selected).
    class ImageEditDialog *editCurrent();
    /// "Share…" for the current image (this project's own): the dialog (null when not offered).
    class ImageShareDialog *shareCurrent();
    /// "Accept Shared Image" / "Reject Shared Image" for the current image (another project's,
    /// shared with this one). False when nothing was sent.
    bool answerCurrent(bool accept);
    /// "Copy…" / "Export to OBS…" for the current image (this project's own): the dialog (null
    /// when not offered). A job the cloud took goes out with actionJobStarted().
    class ImageCopyDialog *copyCurrent();
    class ImageExportDialog *exportCurrent();
    /// Whether the current image is offered to Share (own) and to Accept/Reject (shared with
    /// this project by another).
    bool canShareCurrent() const;
    bool canAnswerCurrent() const;

    /// "Delete…" for the selected images (asks first). False when nothing was started.
    bool deleteSelected();
    /// "Export CSV…": the rows shown (filtered, in their order) to a file the operator picks.
    bool exportCsv();
    /// The CSV of the rows shown, as exportCsv() writes it.
    QByteArray csvOfShownRows() const;

    /// Asks where to save the CSV: (parent, caption, suggested path) -> path, empty when
    /// cancelled. A test seam; by default QFileDialog::getSaveFileName.
    using SaveFileChooser =
        std::function<QString(QWidget *parent, const QString &caption, const QString &suggested)>;
    static void setSaveFileChooser(SaveFileChooser chooser);

Q_SIGNALS:
    void showJobRequested(const QString &localId);
    /// An IMS job the cloud now runs (share, unshare, accept, reject, copy, export): for the
    /// monitor.
    void actionJobStarted(const JobRecord &record);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateDetails();
    void updateStatus();
    void selectPending();
    int currentRow() const;          // in the model; -1 when none
    /// The session an action on the row uses: its profile's in an every-profile list, else
    /// the current one (null when that profile is gone).
    CloudSession *sessionOf(int row) const;
    /// The one session of every selected row (null when they come from two profiles).
    CloudSession *selectionSession() const;
    QList<int> selectedRows() const; // in the model, in the view's order
    /// Lists again with the cloud-side filters of the status and tag fields.
    void applyServerFilter();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    /// Why the profile's family does not offer the action (nullopt: offered, or no session).
    std::optional<QString> jobActionWhy(ImageJobKind::Kind kind) const;

    QPointer<CloudSession> m_session;
    ImageListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QPushButton *m_reload;
    QPushButton *m_showJob;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_export;
    QPushButton *m_share;
    QPushButton *m_copy;
    QPushButton *m_exportImage;
    QComboBox *m_statusFilter;
    QCheckBox *m_allImages;
    QLineEdit *m_tagFilter;
    ImageDateFilter *m_dateFilter;
    QCheckBox *m_everyProfile;
    InlineMessage *m_profileNotice;
    std::function<QList<CloudSession *>()> m_profileSessions;
    InlineMessage *m_filterMessage;
    QLabel *m_status;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QString m_pendingImage;
    QHash<QString, QString> m_runningJobs; // image id -> local id of a job not over yet
    QSet<QString> m_shownCopies;           // copies (ims-copy jobs) asked for once
    QString m_lastCsvDir;
    bool m_loading = false;
    bool m_columnsFitted = false;
};
