#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace DemoCloud {

/// A list's time filter, `created_at` or `updated_at` = "operator:time", as both list APIs
/// take it: Glance v2 `GET /v2/images` (the Image API reference's "time comparison filter";
/// Glance's own code reads one condition per field, `split_filter_op` then
/// `evaluate_filter_op`, and when the field is given twice the last value counts) and IMS
/// `GET /v2/cloudimages` (Huawei's "Querying Images": "Operator:UTC time", one string per
/// field). Operators gt, gte, lt, lte, eq, neq; without an operator, eq (Glance). Times: ISO
/// 8601 (`2026-01-01T00:00:00Z`, an offset, fractions); IMS also `yyyy-MM-dd hh:mm:ss` (UTC).
struct TimeFilter
{
    QString field;       // "created_at", "updated_at"
    QString op;          // gt, gte, lt, lte, eq, neq
    QDateTime threshold; // UTC

    /// The filter on `field` of the query (its last value); nullopt when the query has none.
    /// A broken one sets `error` (the API's message, answer 400) and returns nullopt.
    static std::optional<TimeFilter> fromQuery(
        const QUrlQuery &query, const QString &field, QString *error);
    /// Whether the image's field passes (an image without the field does not).
    bool accepts(const QJsonObject &image) const;
};

} // namespace DemoCloud
