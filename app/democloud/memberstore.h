#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "statestore.h"

namespace DemoCloud {

/// Image members (the projects an image is shared with, and each one's status: pending,
/// accepted, rejected), kept in the StateStore. Glance's member calls change them at once; an
/// IMS batch call (`/v1/cloudimages/members`) schedules its change for the end of its job, and a
/// job that fails changes nothing. Scheduled changes are applied when anything reads the members
/// after their time (a pure function of the clock, as IMS jobs are).
class MemberStore
{
public:
    explicit MemberStore(StateStore &state);

    struct Member
    {
        QString imageId;
        QString memberId;
        QString status;
        QDateTime createdAt;
        QDateTime updatedAt;
        QJsonObject toApiJson() const; // Glance v2's member object
    };

    QList<Member> members(const QString &imageId);
    std::optional<Member> member(const QString &imageId, const QString &project);
    /// The member's status for `project` ("pending", "accepted", "rejected"); empty: none.
    QString statusFor(const QString &imageId, const QString &project);

    /// Glance: at once.
    Member add(const QString &imageId, const QString &project);
    bool remove(const QString &imageId, const QString &project);
    Member setStatus(const QString &imageId, const QString &project, const QString &status);

    /// IMS batch: applied at `at`. `op` is "add", "remove" or "status".
    void schedule(const QString &op,
        const QStringList &images,
        const QStringList &projects,
        const QString &status,
        const QDateTime &at);

private:
    void settle();
    QJsonObject load() const { return m_state.imageMembers(); }

    StateStore &m_state;
};

} // namespace DemoCloud
