#include "jobs/actionjobkinds.h"

namespace {

struct Kind
{
    const char *key;
    const char *title; // source text in the JobMonitor context
};

// One row per kind, in no particular order.
constexpr Kind Kinds[] = {
    {ActionJobKinds::ImsMembers, QT_TRANSLATE_NOOP("JobMonitor", "Image sharing (IMS)")},
    {ActionJobKinds::ImsCopy, QT_TRANSLATE_NOOP("JobMonitor", "Image copy (IMS)")},
    {ActionJobKinds::ImsCrossRegionCopy,
        QT_TRANSLATE_NOOP("JobMonitor", "Image copy to another region (IMS)")},
    {ActionJobKinds::ImsExport, QT_TRANSLATE_NOOP("JobMonitor", "Image export to OBS (IMS)")},
};

const Kind *find(const QString &key)
{
    for (const Kind &kind : Kinds) {
        if (key == QLatin1StringView(kind.key))
            return &kind;
    }
    return nullptr;
}

} // namespace

bool ActionJobKinds::isKnown(const QString &key)
{
    return find(key) != nullptr;
}

QString ActionJobKinds::title(const QString &key)
{
    const Kind *kind = find(key);
    return kind ? tr(kind->title) : key;
}
