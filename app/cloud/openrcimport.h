#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QStringList>

#include "cloud/profileimport.h"

/// Reads an openrc file (Horizon's "OpenStack RC file", or a hand-written one) WITHOUT running
/// a shell, and maps its OS_* variables with the same rules as `imagewright submit`
/// (OpenStackEnv::map). Understood: `export NAME=value` and `NAME=value` (several per line),
/// single and double quotes, backslash escapes, `$NAME` / `${NAME}` of variables set earlier in
/// the file (others from the outside environment, except OS_*), comments, `unset`, `echo`, a
/// `read` prompt (Horizon's `read -sr OS_PASSWORD_INPUT`: the password is not in the file) and
/// Horizon's `if [ -z "$X" ]; then unset X; fi`. Anything else (command substitution,
/// `source`, conditions...) is not run and is listed with its line number. Widget-free.
class OpenrcImport
{
    Q_DECLARE_TR_FUNCTIONS(OpenrcImport)
public:
    struct Variables
    {
        QMap<QString, QString> values; // what the file leaves set
        QSet<QString> prompted;        // set from a `read` prompt: not in the file
        QStringList unusable;          // translated, "line N: ..."; never a value
    };
    static Variables parseVariables(const QByteArray &text, const QProcessEnvironment &outside);

    static ImportScan read(const QString &path,
        const QProcessEnvironment &outside = QProcessEnvironment::systemEnvironment());
    /// `fileName` names the profile ("demo-openrc.sh" → "demo") and the messages.
    static ImportScan parse(
        const QByteArray &text, const QString &fileName, const QProcessEnvironment &outside);
};
