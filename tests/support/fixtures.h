#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/// Test data files in tests/fixtures (IW_FIXTURES_DIR). A missing or malformed file gives an
/// empty result and a warning naming it, so the test fails on its content.
namespace Fixtures {

QString path(const QString &name);
QByteArray bytes(const QString &name);
/// The file parsed as a JSON object.
QJsonObject object(const QString &name);

} // namespace Fixtures
