#include "net/apierror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool ApiError::outcomeUnknown() const
{
    switch (kind) {
    case Kind::ConnectionLost:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus >= 500; // the server may have acted before failing
    default:
        return false;
    }
}

ApiError ApiError::make(Kind kind, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    return e;
}

void ApiError::parseServiceBody(const QByteArray &body, ApiError *into)
{
    if (body.trimmed().isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // Glance and gateways sometimes answer plain text or HTML: keep a short excerpt.
        QString text = QString::fromUtf8(body.left(300)).simplified();
        if (text.startsWith(u'<'))
            text.clear(); // an HTML page says nothing useful in a label
        into->message = text;
        return;
    }
    const QJsonObject root = doc.object();
    // IMS and Keystone: {"error": {"code": "IMG.0008" | 401, "message": ...}}
    // Nova and Cinder: {"badRequest": {"code": 400, "message": ...}}, {"conflictingRequest": ..}
    // IMS gateways also use top-level {"error_code": "APIGW.0301", "error_msg": ...}.
    QJsonObject inner;
    if (root.value(u"error"_s).isObject()) {
        inner = root.value(u"error"_s).toObject();
    } else if (root.size() == 1 && root.begin().value().isObject()) {
        inner = root.begin().value().toObject();
    } else {
        inner = root;
    }
    const QJsonValue code =
        inner.contains(u"code"_s) ? inner.value(u"code"_s) : inner.value(u"error_code"_s);
    if (code.isString())
        into->serviceCode = code.toString();
    QString message = inner.value(u"message"_s).toString();
    if (message.isEmpty())
        message = inner.value(u"error_msg"_s).toString();
    if (message.isEmpty())
        message = inner.value(u"title"_s).toString();
    // Glance (webob) ends its messages with "<br /><br />" and blank lines: one line of text.
    static const QRegularExpression lineBreak(
        u"<br\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption);
    if (message.contains(lineBreak))
        message = message.replace(lineBreak, u" "_s).simplified();
    into->message = message;
}

QString ApiError::userMessage() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::ConnectionFailed:
        if (httpStatus == 407)
            text = tr("The proxy refused the request: its user name and password are missing or "
                      "not accepted (HTTP 407). Check the credentials in the proxy address "
                      "(https_proxy, http_proxy or the profile's proxy).");
        else
            text = tr("Could not connect to the cloud. Check the address and your network.");
        break;
    case Kind::ConnectionLost:
        text = tr("The connection was lost before the cloud answered. The request may or may not "
                  "have been carried out.");
        break;
    case Kind::Timeout:
        text = tr("The cloud did not answer in time. The request may or may not have been "
                  "carried out.");
        break;
    case Kind::Aborted:
        text = tr("Cancelled.");
        break;
    case Kind::Unauthorized:
        text = tr("User, password or project not accepted.");
        break;
    case Kind::Redirect:
        text = tr("The cloud redirected the request; redirects are not followed for API calls.");
        break;
    case Kind::Tls:
        text = tr("The secure connection failed: the cloud's certificate was not accepted.");
        break;
    case Kind::InvalidResponse:
        text = tr("The cloud sent an answer that could not be understood.");
        break;
    case Kind::Configuration:
        text = tr("The cloud profile is incomplete: %1").arg(message);
        return text;
    case Kind::LocalFile:
        //: %1 = which file and the file system's message
        return tr("A file on this computer cannot be read: %1").arg(message);
    case Kind::LocalStorage:
        //: %1 = the file system's message
        return tr("The job history on this computer cannot be written: %1").arg(message);
    case Kind::Http:
        if (httpStatus == 403)
            text = tr("You do not have the rights to perform this operation (HTTP 403).");
        else if (httpStatus == 404)
            text = tr("The requested resource was not found (HTTP 404).");
        else if (httpStatus == 409)
            text = tr("The cloud refused the request because of a conflict (HTTP 409).");
        else if (httpStatus == 429)
            text = tr("The cloud is limiting requests (HTTP 429). Try again later.");
        else if (httpStatus >= 500)
            //: %1 = HTTP status code
            text = tr("The cloud reported an internal error (HTTP %1).").arg(httpStatus);
        else
            //: %1 = HTTP status code
            text = tr("The cloud refused the request (HTTP %1).").arg(httpStatus);
        break;
    }
    if (!message.isEmpty() && kind != Kind::Aborted) {
        if (!serviceCode.isEmpty())
            //: %1 = sentence from the app, %2 = the cloud's error code, %3 = the cloud's message
            return tr("%1 %2: %3").arg(text, serviceCode, message);
        //: %1 = sentence from the app, %2 = the cloud's own message, verbatim
        return tr("%1 %2").arg(text, message);
    }
    return text;
}

ApiError ApiError::proxyAuthentication(const QString &proxy)
{
    ApiError e = make(Kind::ConnectionFailed, proxy);
    e.httpStatus = 407;
    return e;
}
