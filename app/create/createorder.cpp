#include "create/createorder.h"

#include "cloud/cloudsession.h"

QUrl CreateOrder::targetUrl(const CloudSession &session) const
{
    switch (method) {
    case CreationMethod::NovaCreateImage:
        return session.novaActionUrl(sourceId);
    case CreationMethod::CinderUploadToImage:
        return session.volumeActionUrl(sourceId);
    case CreationMethod::GlanceCreateUpload:
        return session.glanceImagesUrl();
    case CreationMethod::ImsEcs:
    case CreationMethod::ImsEcsDataDisks:
    case CreationMethod::ImsObsFile:
    case CreationMethod::ImsDataDisk:
    case CreationMethod::ImsLocalFile: // the import, after the upload to OBS
        break;
    }
    return session.imsCreateUrl();
}
