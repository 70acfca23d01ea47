#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include "model/cindervolume.h"

class CloudSession;
class InlineMessage;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

/// Picks the volume (EVS disk) an image is made from. Lists the cloud's volumes (Cinder
/// volumes/detail, paged with marker until the end), with a search box and a Refresh button.
/// Which volumes can be chosen is the method's usability rule (setRule): volumes the rule
/// refuses are shown disabled with the reason; usable ones may carry a note (e.g. "attached:
/// needs force"). Cinder upload to image (method 6) uses cinderUploadVerdict; IMS "system disk
/// image from a data disk" (method 4) can bring its own rule.
class VolumePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumePicker)
    Q_PROPERTY(QString volumeId READ volumeId WRITE setVolumeId NOTIFY volumeIdChanged)
public:
    /// What a method says about one volume: whether it can be chosen, and a note for the Note
    /// column (the reason when it cannot; a hint, or nothing, when it can). Translated.
    struct Verdict
    {
        bool usable = true;
        QString note;
    };
    using Rule = std::function<Verdict(const CinderVolume &volume)>;

    explicit VolumePicker(QWidget *parent = nullptr);

    void setSession(CloudSession *session);
    /// Sets the usability rule (default: cinderUploadVerdict); the listed rows are updated. The
    /// rule is asked again on a language change, so its notes follow the UI language.
    void setRule(Rule rule);
    /// Lists the volumes again (keeps the selection when the volume is still usable).
    void reload();
    /// Items asked for per page (100; tests use a small one to see every page read).
    void setPageSize(int size) { m_pageSize = size; }
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    const QList<CinderVolume> &volumes() const { return m_volumes; }

    QString volumeId() const { return m_volumeId; }
    /// Selects a usable volume by id; false when it is not listed or the rule refuses it.
    bool setVolumeId(const QString &id);
    std::optional<CinderVolume> selectedVolume() const;

    /// Cinder upload to image (seed 000; cinder/volume/api.py): an available volume; an in-use
    /// one only with force (usable, with that note); anything else (error, uploading,
    /// creating, ...) refused.
    static Verdict cinderUploadVerdict(const CinderVolume &volume);

Q_SIGNALS:
    void volumeIdChanged(const QString &id);
    void loaded(int count);
    void loadFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void finishLoad(int generation, QList<CinderVolume> items, std::optional<QString> error);
    void populate();
    void handleSelectionChanged();
    void updateStatus();
    Verdict verdict(const CinderVolume &volume) const;

    QPointer<CloudSession> m_session;
    Rule m_rule;
    QList<CinderVolume> m_volumes;
    QString m_volumeId;
    QString m_error;
    int m_generation = 0;
    int m_pageSize = 100;
    bool m_loading = false;
    bool m_loaded = false;

    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_refresh = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    InlineMessage *m_message = nullptr;
};
