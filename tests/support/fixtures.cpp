#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QtDebug>

using namespace Qt::StringLiterals;

namespace Fixtures {

QString path(const QString &name)
{
    return QDir(QStringLiteral(IW_FIXTURES_DIR)).filePath(name);
}

QByteArray bytes(const QString &name)
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning().noquote() << "fixture" << name << "cannot be read:" << file.errorString();
        return {};
    }
    return file.readAll();
}

QJsonObject object(const QString &name)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes(name), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning().noquote() << "fixture" << name << "is not a JSON object:" << error.errorString();
        return {};
    }
    return document.object();
}

} // namespace Fixtures
