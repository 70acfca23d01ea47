#include "library/imageaction.h"

#include <QMetaObject>

#include "library/actions/deleteaction.h"
#include "library/actions/editaction.h"
#include "library/actions/imagejobaction.h"
#include "library/actions/shareaction.h"

const ImageActionRegistry &ImageActionRegistry::standard()
{
    static const ImageActionRegistry registry = [] {
        ImageActionRegistry r;
        r.add(std::make_shared<const ImageEditKind>());
        r.add(std::make_shared<const ImageDeleteKind>());
        r.add(std::make_shared<const ImageMemberKind>(MemberChange::Op::Add));
        r.add(std::make_shared<const ImageMemberKind>(MemberChange::Op::Accept));
        r.add(std::make_shared<const ImageMemberKind>(MemberChange::Op::Reject));
        r.add(std::make_shared<const ImageJobKind>(ImageJobKind::Kind::Copy));
        r.add(std::make_shared<const ImageJobKind>(ImageJobKind::Kind::CrossRegionCopy));
        r.add(std::make_shared<const ImageJobKind>(ImageJobKind::Kind::Export));
        return r;
    }();
    return registry;
}

void ImageActionRegistry::add(std::shared_ptr<const ImageActionKind> kind)
{
    m_kinds.append(std::move(kind));
}

const ImageActionKind *ImageActionRegistry::find(const QString &key) const
{
    for (const auto &kind : m_kinds) {
        if (kind->key() == key)
            return kind.get();
    }
    return nullptr;
}

QList<const ImageActionKind *> ImageActionRegistry::kinds() const
{
    QList<const ImageActionKind *> list;
    for (const auto &kind : m_kinds)
        list.append(kind.get());
    return list;
}

void ImageActionRun::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(this); }, Qt::QueuedConnection);
}
