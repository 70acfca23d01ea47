#include "jobs/actionjobkinds.h"

bool ActionJobKinds::isKnown(const QString &key)
{
    return key == QLatin1StringView(ImsMembers);
}

QString ActionJobKinds::title(const QString &key)
{
    if (key == QLatin1StringView(ImsMembers))
        return tr("Image sharing (IMS)");
    return key;
}
