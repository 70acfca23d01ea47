#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

class CloudSession;
class CreateBucketDialog;
class InlineMessage;
class ObsBucketLister;
class QPushButton;
class S3Client;
class QTreeWidget;

/// The OBS buckets of the profile for an IMS import (issue 14), as ObsBucketLister reads them:
/// one row per bucket with its region and storage class; a bucket IMS cannot import from is
/// shown disabled, with the reason in its row (ObsBucketRules). Refresh lists again; while it
/// lists, or when it failed, the message under the list says so. Only a usable bucket can be
/// chosen. Create Bucket… makes one in the profile's region with the Standard class
/// (CreateBucketDialog), then lists again with it chosen.
class ObsBucketPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObsBucketPicker)
public:
    explicit ObsBucketPicker(CloudSession *session, QWidget *parent = nullptr);

    /// Lists the buckets (again).
    void reload();
    bool isLoading() const;
    bool hasLoaded() const;
    /// Why the last list failed (translated); empty when it did not.
    QString error() const;
    /// The chosen bucket; empty when none.
    QString bucket() const;
    /// Chooses `name` when it is listed and usable, or once it is listed. False when the list
    /// is there and does not offer it.
    bool setBucket(const QString &name);
    /// Why IMS cannot use `name` as listed; empty when usable or not listed.
    QString unusableReason(const QString &name) const;
    /// Whether `name` is listed and can be chosen.
    bool isSelectable(const QString &name) const;

    /// The profile's S3 client once the list was read (for the object list); null before.
    S3Client *client() const;

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *createButton() const { return m_create; }
    /// The Create Bucket dialog while it is open; null otherwise.
    CreateBucketDialog *createDialog() const;
    /// Opens the Create Bucket dialog (window-modal; what Create Bucket… does).
    void openCreateDialog();
    InlineMessage *statusMessage() const { return m_status; }

Q_SIGNALS:
    void bucketChanged(const QString &bucket);
    void loadingChanged(bool loading);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void updateStatus();

    QPointer<CloudSession> m_session;
    ObsBucketLister *m_lister = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_create = nullptr;
    QPointer<CreateBucketDialog> m_dialog;
    InlineMessage *m_status = nullptr;
    QString m_wanted; // setBucket() before the list came
};
