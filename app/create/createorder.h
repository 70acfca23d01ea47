#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include "create/creationmethod.h"

class CloudSession;

/// One create as it is sent, whoever sends it: the wizard's review page and `imagewright
/// submit` both build one and hand it to JobMonitor::submit(), which routes it by method to
/// the API that carries it out (CreateSubmitter). A value type.
struct CreateOrder
{
    CreationMethod method = CreationMethod::ImsEcs;
    QString imageName;
    /// The reconciliation marker the body carries (interfaces.md §7); for Glance the image ID
    /// chosen here. Empty for Cinder, which has none.
    QString marker;
    /// Exactly what is sent, the marker included.
    QJsonObject body;
    /// What the create reads from: the server (Nova) or the volume (Cinder); empty otherwise.
    QString sourceId;
    /// A local image file the create uploads (Glance, a local file via OBS); empty otherwise.
    QString filePath;
    /// The request's params where the route needs more than the above (ims-local-file:
    /// bucket, object, keep_object); empty otherwise.
    QJsonObject params;

    /// Where the create request goes, for what is said before it leaves ("Sending … to URL").
    /// Invalid when the session's catalog lacks the service.
    QUrl targetUrl(const CloudSession &session) const;
};
