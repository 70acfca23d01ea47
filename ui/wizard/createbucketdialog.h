#pragma once

#include <QDialog>
#include <QString>

class InlineMessage;
class ObsBucketCreator;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class S3Client;

/// "Create Bucket…" of the OBS bucket list (issue 14): a bucket IMS can import from, in the
/// profile's region and of the Standard class (ObsBucketCreator). The name's rules
/// (ObsBucketRules::checkBucketName) are said at the field as it is typed, before anything is
/// sent; the cloud's refusal (the name taken, too many buckets, no right to create) is said
/// there too. Accepted once the bucket exists; createdName() then names it.
class CreateBucketDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateBucketDialog)
public:
    CreateBucketDialog(S3Client *client, const QString &region, QWidget *parent = nullptr);

    QString createdName() const { return m_created; }
    QLineEdit *nameEdit() const { return m_name; }
    InlineMessage *nameMessage() const { return m_message; }
    /// Sends the create (what the Create button does); false when the name is refused here.
    bool create();
    bool isBusy() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void nameChanged();

    S3Client *m_client;
    QString m_region;
    ObsBucketCreator *m_creator;
    QLabel *m_heading = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_created;
};
