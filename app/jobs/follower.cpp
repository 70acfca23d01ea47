#include "jobs/follower.h"

#include <QJsonParseError>

QJsonObject FollowAnswer::object() const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    return doc.isObject() ? doc.object() : QJsonObject();
}
