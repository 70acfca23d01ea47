#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

#include "cloud/cloudprofile.h"

class CloudSession;
class ImageListModel;
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
    /// Which job made which image (ImageListModel::jobIndex()).
    void setJobIndex(const QHash<QString, QString> &index);
    /// Selects the image's row; until its page has arrived, the filter shows only it.
    void showImage(const QString &imageId);

    ImageListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPlainTextEdit *details() const { return m_details; }
    QPushButton *showJobButton() const { return m_showJob; }

Q_SIGNALS:
    void showJobRequested(const QString &localId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateDetails();
    void updateStatus();
    void selectPending();
    int currentRow() const; // in the model; -1 when none

    QPointer<CloudSession> m_session;
    ImageListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QPushButton *m_reload;
    QPushButton *m_showJob;
    QLabel *m_status;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QString m_pendingImage;
    bool m_loading = false;
};
