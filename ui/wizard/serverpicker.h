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

/// Picks the ECS an IMS image is made from. Lists the cloud's servers (Nova servers/detail,
/// paged with marker until the end), with a search box and a Refresh button. Servers in a state
/// IMS refuses are shown disabled with the reason; a running one can be chosen, with a warning
/// that it should be stopped for a consistent image (interfaces.md §7).
class ServerPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPicker)
    Q_PROPERTY(QString serverId READ serverId WRITE setServerId NOTIFY serverIdChanged)
public:
    explicit ServerPicker(QWidget *parent = nullptr);

    void setSession(CloudSession *session);
    /// Lists the servers again (keeps the selection when the server is still there).
    void reload();
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    const QList<NovaServer> &servers() const { return m_servers; }

    QString serverId() const { return m_serverId; }
    /// Selects a usable server by id; false when it is not listed or IMS cannot use it.
    bool setServerId(const QString &id);
    std::optional<NovaServer> selectedServer() const;

    /// Why IMS cannot make an image of `server` (translated), or nothing when it can.
    static std::optional<QString> unusableReason(const NovaServer &server);
    static bool isRunning(const NovaServer &server);

Q_SIGNALS:
    void serverIdChanged(const QString &id);
    void loaded(int count);
    void loadFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fetchPage(const QString &marker, int generation, int pageNo);
    void populate();
    void handleSelectionChanged();
    void updateStatus();

    QPointer<CloudSession> m_session;
    QList<NovaServer> m_servers;
    QList<NovaServer> m_incoming; // pages of the load in progress
    QString m_serverId;
    QString m_error;
    int m_generation = 0;
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
