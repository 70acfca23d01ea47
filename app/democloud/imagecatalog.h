#pragma once

#include <functional>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

#include "statestore.h"

namespace DemoCloud {

/// Every image the demo project can see, as one Glance-shaped JSON object each (the shape both
/// IMS's and Glance's lists answer with): the images its jobs made (from `derived`, computed
/// from the StateStore), plus fixed sample images (docs/democloud.md: private images over several
/// pages, a few protected, shared and public ones, one full-ECS image). Changes made through the
/// library APIs are kept in the StateStore as an overlay per image (set properties, removed
/// ones) and deleted ids; Glance-made images are removed from the store itself.
class ImageCatalog
{
public:
    ImageCatalog(StateStore &state, std::function<QList<QJsonObject>()> derived);

    /// Newest first (created_at, then id), changes applied, deleted ones left out.
    QList<QJsonObject> images() const;
    std::optional<QJsonObject> find(const QString &id) const;
    /// Sets the properties of `changes` on the image (a null value removes the property) and
    /// stamps updated_at. The image must exist.
    QJsonObject update(const QString &id, const QJsonObject &changes);
    /// Deletes the image (it must exist).
    void remove(const QString &id);

    /// The member status of `project` on an image ("pending", "accepted", "rejected"; empty:
    /// not a member), from the MemberStore.
    using MemberLookup = std::function<QString(const QString &imageId, const QString &project)>;
    void setMemberLookup(MemberLookup lookup) { m_members = std::move(lookup); }
    /// What `project` sees: the demo project (or an empty one) every image as images() gives
    /// them; another project (the consumer) its own images, public ones, and the images shared
    /// with it, with `__imagetype` "shared" (docs/democloud.md).
    QList<QJsonObject> imagesSeenBy(const QString &project) const;
    std::optional<QJsonObject> findSeenBy(const QString &id, const QString &project) const;
    /// `project`'s member status on the image (empty when none or no lookup is set).
    QString memberStatus(const QString &id, const QString &project) const;

    /// The sample images, stable across restarts (ids from names, fixed dates).
    static QList<QJsonObject> samples();
    static constexpr int PrivateSampleCount = 130;
    /// `--sample-images N`: N more private samples ("bench-NNNNN", active, one a minute older
    /// than the last fixed one), for benches with thousands of images. Set before samples() is
    /// first called.
    static void setExtraSamples(int count);

private:
    QJsonObject withChanges(QJsonObject image) const;
    std::optional<QJsonObject> seenBy(QJsonObject image, const QString &project) const;

    StateStore &m_state;
    std::function<QList<QJsonObject>()> m_derived;
    MemberLookup m_members;
};

} // namespace DemoCloud
