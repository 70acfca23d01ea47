#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "create/fielderror.h"
#include "library/libraryimage.h"

/// One member of an image: a project it is shared with and where that project stands. Both
/// IMS ("Querying Image Members (Native OpenStack API)" `GET /v2/images/{id}/members`) and Glance
/// v2 answer with the same item: {"image_id", "member_id", "status", "created_at",
/// "updated_at", "schema"}.
struct ImageMember
{
    QString imageId;
    QString memberId; // the project id
    QString status;   // pending, accepted, rejected (as the cloud says it)
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject raw;

    static std::optional<ImageMember> fromJson(const QJsonObject &o, QString *why = nullptr);
    /// `{"members": [...], "schema": ...}`; items without a member_id are skipped.
    static std::optional<QList<ImageMember>> listFromJson(
        const QJsonObject &o, QString *why = nullptr);
    /// The JSON `images members --json` prints (docs/library.md: stable keys).
    QJsonObject toJson() const;
};

/// What an operator asks of an image's members.
struct MemberChange
{
    Q_DECLARE_TR_FUNCTIONS(MemberChange)
public:
    enum class Op
    {
        Add,    // share with `projects` (the owner)
        Remove, // stop sharing with `projects` (the owner)
        Accept, // the receiving project takes an image shared with it
        Reject, // the receiving project refuses it
    };
    Op op = Op::Add;
    QString imageId;
    QStringList projects; // Add, Remove
    /// The project the session works in: never a member of its own image; the member whose
    /// status Accept and Reject change.
    QString ownProject;

    static QString opKey(Op op); // "share", "unshare", "accept", "reject"
    /// The member status Accept and Reject set ("accepted", "rejected"); empty otherwise.
    QString status() const;

    /// The rules that need nothing from the cloud (docs/library.md "Sharing"): at least one
    /// project, each a project id of the API's form (IMS: 32 hexadecimal characters, the form of
    /// Huawei Cloud and Open Telekom Cloud project IDs; Glance: 1-255 characters without
    /// spaces), none twice, never the own project. Messages at the field "project" (the
    /// index in `projects` as "project[N]").
    FieldErrors validate(ImageApi api) const;
    /// The rules that need the image as it is now: the owner shares (an active image that is
    /// private, or already shared; on IMS `__imagetype` private: public images have no
    /// members); Accept and Reject are for an image of another project shared with this one.
    /// Translated messages; empty when the change may be sent.
    QStringList checkAgainst(ImageApi api, const LibraryImage &image) const;
};
