#pragma once

#include <QString>
#include <QWidget>

class InlineMessage;
class ObsBucketPicker;
class ObsObjectLister;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

/// The objects of the bucket chosen in an ObsBucketPicker (issue 14, method 3's page), as
/// ObsObjectLister reads them: a prefix filter (a folder, or the start of the names), one row
/// per folder and per object with its size and last modification; an object IMS cannot import
/// (not an image file's extension, a space in its name) is shown disabled with the reason in its
/// row. Load More follows the listing's continuation token. Choosing an object emits
/// objectChosen(bucket, key); a folder is opened by activating it (double-click or Enter). When
/// the objects cannot be listed (no list permission), the message under the list says so and
/// that the file can be typed instead.
class ObsObjectPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObsObjectPicker)
public:
    explicit ObsObjectPicker(ObsBucketPicker *buckets, QWidget *parent = nullptr);

    /// Lists the chosen bucket under `prefix` (at once, without the typing delay).
    void setPrefix(const QString &prefix);
    QString prefix() const;
    /// Chooses `key` when it is listed and usable, or once it is listed (after setPrefix or a
    /// bucket change). False when the list is there and does not offer it.
    bool setObject(const QString &key);
    /// The chosen object's key; empty when none.
    QString object() const;
    bool isLoading() const;

    ObsObjectLister *lister() const { return m_lister; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QLabel *prefixLabel() const { return m_prefixLabel; }
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *moreButton() const { return m_more; }
    InlineMessage *statusMessage() const { return m_status; }

Q_SIGNALS:
    void objectChosen(const QString &bucket, const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void bucketChanged(const QString &bucket);
    void listNow();
    void rebuild();
    void updateStatus();
    void activated(QTreeWidgetItem *item);

    ObsBucketPicker *m_buckets = nullptr;
    ObsObjectLister *m_lister = nullptr;
    QLabel *m_prefixLabel = nullptr;
    QLineEdit *m_prefix = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_more = nullptr;
    InlineMessage *m_status = nullptr;
    QTimer *m_typing = nullptr; // lists a moment after the prefix was typed
    QString m_wanted;           // setObject() before the list came
};
