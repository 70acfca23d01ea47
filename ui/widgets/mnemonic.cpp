#include "widgets/mnemonic.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString Mnemonic::strip(const QString &text)
{
    static const QRegularExpression suffix(u"[(（]&[^&][)）]"_s);
    QString out = text;
    out.remove(suffix);
    QString result;
    result.reserve(out.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) == u'&') {
            if (i + 1 < out.size() && out.at(i + 1) == u'&') {
                result += u'&';
                ++i;
            }
            continue;
        }
        result += out.at(i);
    }
    return result;
}
