#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class JobDetailsPane;
class JobFilterProxy;
class JobMonitor;
class JobTableModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
struct JobRecord;

/// The job monitor: a sortable, filterable table of every tracked creation (JobTableModel
/// through JobFilterProxy), a details pane for the selected job, and the job actions (copy image
/// ID, retry poll, stop watching, remove from history) in a context menu. The model belongs to
/// this view; the monitor is the core's.
class JobMonitorView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobMonitorView)
public:
    explicit JobMonitorView(JobMonitor *monitor, QWidget *parent = nullptr);

    JobTableModel *model() const { return m_model; }
    JobFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    JobDetailsPane *details() const { return m_details; }
    /// The job table's context menu, in its order (a separator included).
    QList<QAction *> contextActions() const;
    /// The job actions of the toolbar.
    QList<QAction *> jobActions() const;
    /// The Job menu's: jobActions() and those added by addMenuAction().
    QList<QAction *> menuActions() const;
    /// An action of another part for the current job, offered in the Job menu and the context
    /// menu (not in the toolbar). Call it before the menus are built.
    void addMenuAction(QAction *action) { m_menuExtras.append(action); }

    /// Selects the job's row and scrolls to it, clearing the filters if they hide it.
    void selectJob(const QString &localId);
    /// The columns' widths and order, the sort and the table/details split, kept in the
    /// settings between runs (issue 16).
    void saveLayout() const;
    void restoreLayout();
    QString currentLocalId() const;

Q_SIGNALS:
    void currentJobChanged(const QString &localId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void handleContextMenu(const QPoint &pos);
    void handleCurrentChanged();
    void updateActions();
    void updateEmptyState();
    void updateEmptyText();
    void copyImageId();
    void retryPoll();
    void stopWatching();
    void removeFromHistory();
    void giveUpAfter();
    void resumeUpload();
    const JobRecord *currentRecord() const;

    JobMonitor *m_monitor;
    JobTableModel *m_model = nullptr;
    JobFilterProxy *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_stateLabel = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    JobDetailsPane *m_details = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_giveUpAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_separator = nullptr;
    QList<QAction *> m_menuExtras;
};
