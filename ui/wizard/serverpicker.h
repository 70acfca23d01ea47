#pragma once

#include <optional>

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include "model/novaserver.h"

class CloudSession;
class InlineMessage;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

/// Picks the server (ECS) an image is made from. Lists the cloud's servers (Nova servers/detail,
/// paged with marker until the end), with a search box and a Refresh button. Which servers can
/// be chosen depends on the method's rule: servers in a state the method refuses are shown
/// disabled with the reason. IMS (interfaces.md §7) takes a stopped or running ECS, a running one
/// with a warning that it should be stopped for a consistent image; Nova createImage (seed 001,
/// nova/compute/api.py) takes ACTIVE, SHUTOFF, SUSPENDED and PAUSED servers. Both refuse a
/// server while a task (another snapshot, a reboot) runs on it.
class ServerPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPicker)
    Q_PROPERTY(QString serverId READ serverId WRITE setServerId NOTIFY serverIdChanged)
public:
    /// Which servers the method can make an image of.
    enum class Rule
    {
        Ims,  // ACTIVE (with a warning) or SHUTOFF
        Nova, // ACTIVE, SHUTOFF, SUSPENDED, PAUSED
    };

    explicit ServerPicker(QWidget *parent = nullptr);

    void setSession(CloudSession *session);
    /// Sets the usability rule (default Rule::Ims); the listed rows are updated.
    void setRule(Rule rule);
    Rule rule() const { return m_rule; }
    /// Lists the servers again (keeps the selection when the server is still there).
    void reload();
    /// Items asked for per page (100; tests use a small one to see every page read).
    void setPageSize(int size) { m_pageSize = size; }
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    const QList<NovaServer> &servers() const { return m_servers; }

    QString serverId() const { return m_serverId; }
    /// Selects a usable server by id; false when it is not listed or the rule refuses it.
    bool setServerId(const QString &id);
    std::optional<NovaServer> selectedServer() const;

    /// Why the method of `rule` cannot make an image of `server` (translated), or nothing when
    /// it can.
    static std::optional<QString> unusableReason(const NovaServer &server, Rule rule = Rule::Ims);
    static bool isRunning(const NovaServer &server);

Q_SIGNALS:
    void serverIdChanged(const QString &id);
    void loaded(int count);
    void loadFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void finishLoad(int generation, QList<NovaServer> items, std::optional<QString> error);
    void populate();
    void handleSelectionChanged();
    void updateStatus();

    QPointer<CloudSession> m_session;
    Rule m_rule = Rule::Ims;
    QList<NovaServer> m_servers;
    QString m_serverId;
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
