#pragma once

#include <QList>
#include <QString>

/// A validation message tied to the field that caused it, so the UI can show it next to that
/// field. `field` is the API field name ("name", "description", "tags[2].key", ...).
struct FieldError
{
    QString field;
    QString message; // translated

    bool operator==(const FieldError &) const = default;
};

using FieldErrors = QList<FieldError>;
