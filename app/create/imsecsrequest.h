#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "create/fielderror.h"
#include "create/imsfields.h"

/// Method 1: IMS system disk image from an ECS (POST /v2/cloudimages/action with instance_id;
/// seeds 004 and 002). Holds what the operator entered; validates it with the documents' rules;
/// builds the exact body.
struct ImsEcsRequest : ImsImageFields
{
    Q_DECLARE_TR_FUNCTIONS(ImsEcsRequest)
public:
    QString instanceId;

    FieldErrors validate() const;

    /// The body as the operator means it (what a request file stores).
    QJsonObject toBody() const;
    /// The body as sent: toBody() plus the reconciliation marker (interfaces.md §7): an
    /// image_tags entry imagewright_op=<marker>, or "imagewright_op.<marker>" in tags form.
    QJsonObject toBodyWithMarker(const QString &marker) const;

    static std::optional<ImsEcsRequest> fromBody(const QJsonObject &body, FieldErrors *errors);
};
