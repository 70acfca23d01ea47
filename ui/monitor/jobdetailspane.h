#pragma once

#include <array>

#include <QString>
#include <QWidget>

class JobMonitor;
struct JobRecord;
class QDateTime;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QPushButton;
class QTimer;
class QTreeWidget;
class QVBoxLayout;

/// Everything known about one tracked job: our state beside the cloud's raw status, progress,
/// the image IDs (each with a Copy button), the cloud's error code and failure reason verbatim,
/// the timeline and the last (redacted) response. Follows the job live through JobMonitor.
class JobDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDetailsPane)
public:
    explicit JobDetailsPane(JobMonitor *monitor, QWidget *parent = nullptr);

    /// Shows the job with this local id; empty clears the pane.
    void showJob(const QString &localId);
    QString localId() const { return m_localId; }
    /// Puts `notice` (a widget about the shown job, e.g. that it cannot be followed) above the
    /// job's actions and fields; it shows and hides itself.
    void addNotice(QWidget *notice);

    static QString formatTime(const QDateTime &time); // QLocale, local time, with seconds

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Field
    {
        Name,
        Method,
        Cloud,
        State,
        Progress,
        Upload,
        JobId,
        Marker,
        Started,
        Finished,
        ImageIds,
        ErrorCode,
        FailReason,
        FieldCount
    };

    void retranslateUi();
    void refresh();
    void rebuildImageIds(const QStringList &ids);
    /// The Upload row: a Glance upload's bytes; a local file via OBS's bytes, parts, rate and
    /// time left while it runs, what the bucket holds when it stopped.
    QString glanceUploadText(const JobRecord &r) const;
    QString obsUploadText(const JobRecord &r) const;
    void setValue(Field field, const QString &text, bool hideWhenEmpty = false);

    JobMonitor *m_monitor;
    QString m_localId;
    QStringList m_shownImageIds;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QFormLayout *m_form = nullptr;
    std::array<QLabel *, FieldCount> m_captions{};
    std::array<QLabel *, FieldCount> m_values{};
    QWidget *m_imageIdsBox = nullptr;
    QVBoxLayout *m_imageIdsLayout = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QPlainTextEdit *m_lastResponse = nullptr;
    QVBoxLayout *m_leftColumn = nullptr;
    QWidget *m_uploadActions = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_cancelUpload = nullptr;
    QPushButton *m_deleteImage = nullptr;
    QTimer *m_uploadTimer = nullptr; // the rate and time left change without a job change
};
