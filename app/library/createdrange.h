#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/// The creation-date filter of the image list: images created at or after `from` and before
/// `before` (UTC; either may be unset). Both list APIs take one `created_at` condition per
/// request (Glance reads one per field, the last when given twice; the IMS reference types it
/// as one "Operator:UTC time" string), so the cloud gets one: `gte:<from>`, or `lt:<before>`
/// when there is no lower bound; with both bounds the upper one is applied to each page here
/// (docs/library.md).
struct CreatedRange
{
    Q_DECLARE_TR_FUNCTIONS(CreatedRange)
public:
    QDateTime from;   // inclusive; UTC
    QDateTime before; // exclusive; UTC

    bool isSet() const { return from.isValid() || before.isValid(); }
    /// The `created_at` value sent to the cloud ("gte:2026-01-01T00:00:00Z"); empty when unset.
    QString cloudCondition() const;
    /// Whether the cloud could not apply every bound (both are set).
    bool needsLocalCheck() const { return from.isValid() && before.isValid(); }
    /// Whether an image created at `created` is in the range (an unknown date is not, when a
    /// bound is set).
    bool contains(const QDateTime &created) const;
    /// A translated message when the range is empty (from not before `before`); else empty.
    QString problem() const;

    /// A command-line date: "YYYY-MM-DD" (that day's start, UTC) or "YYYY-MM-DDThh:mm:ssZ"
    /// (or with an offset). nullopt when it is not one.
    static std::optional<QDateTime> parseDate(const QString &text);
    /// The last `days` days up to `now`.
    static CreatedRange lastDays(int days, const QDateTime &now);
    /// Local calendar days, both included (the GUI's custom range): from the start of `first`
    /// to the start of the day after `last`, in local time, as UTC.
    static CreatedRange localDays(const QDate &first, const QDate &last);
};
