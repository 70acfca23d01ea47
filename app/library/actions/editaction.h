#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QStringList>

#include "create/fielderror.h"
#include "library/imageaction.h"

class CloudSession;
class RestJob;

/// What an operator changes on an image. Unset fields stay as they are.
struct ImageEdit
{
    Q_DECLARE_TR_FUNCTIONS(ImageEdit)
public:
    struct Tag
    {
        QString key;
        QString value;
        bool hasValue = false; // "key=value" rather than a plain (upstream Glance) tag "key"
        QString text() const { return hasValue ? key + u'=' + value : key; }
        static Tag parse(const QString &text); // "key=value" or "key"
    };

    std::optional<QString> name;
    std::optional<QString> description; // empty: remove it
    std::optional<int> minRam;          // MB
    std::optional<int> maxRam;          // MB (IMS only)
    std::optional<int> minDisk;         // GB (Glance only)
    std::optional<bool> isProtected;    // Glance only
    QList<Tag> setTags;                 // added, or given a new value
    QStringList removeTags;             // keys (or plain tags)

    bool isEmpty() const;
    /// Whether tags are "key=value" with `api` on `family` (IMS, Huawei Cloud's Glance, the demo
    /// cloud) rather than plain strings (upstream Glance).
    static bool tagsAreKeyValue(ImageApi api, CloudFamily family);
    /// The API's own rules, before anything is sent (reference/api-facts.md §1.2, interfaces.md
    /// §7, the IMS "Updating an Image" table): every problem, by field.
    FieldErrors validate(ImageApi api, CloudFamily family) const;
    /// Rules that need the image as it is now (IMS: only active images can be changed, at most
    /// 10 tags): translated messages; empty when the edit may be sent.
    QStringList checkAgainst(ImageApi api, const LibraryImage &current) const;
    /// IMS `PATCH /v2/cloudimages/{id}`: name, __description, min_ram, max_ram (values as
    /// strings, as the API's table types them); "add" where the image lacks the property.
    QJsonArray imsPatch(const LibraryImage &current) const;
    /// Glance `PATCH /v2/images/{id}`: name, description, min_ram, min_disk, protected, and the
    /// whole new tag list.
    QJsonArray glancePatch(const LibraryImage &current) const;
    /// The tags `current` has after this edit (Glance: the list to send; IMS: for the count).
    QStringList tagsAfter(const LibraryImage &current) const;
};

class ImageEditKind final : public ImageActionKind
{
    Q_DECLARE_TR_FUNCTIONS(ImageEditKind)
public:
    QString key() const override;
    QString title() const override;
    std::optional<QString> unavailableReason(CloudFamily family, ImageApi api) const override;
};

/// Edits one image: reads it, checks the rules that need it, sends the JSON patch, then (IMS)
/// the tag batches, and reads the result. result() is the image as the cloud has it now.
class ImageEditRun final : public ImageActionRun
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageEditRun)
public:
    /// `edit` must have passed validate(api, family).
    ImageEditRun(CloudSession *session,
        ImageApi api,
        QString imageId,
        ImageEdit edit,
        QObject *parent = nullptr);

    void start() override;
    /// Set when the image's state refused the edit before anything was sent (checkAgainst()).
    const QStringList &refusals() const { return m_refusals; }
    const std::optional<LibraryImage> &result() const { return m_result; }

private:
    void currentRead(RestJob *job);
    void sendTags();
    void readResult();

    QPointer<CloudSession> m_session;
    ImageApi m_api;
    QString m_imageId;
    ImageEdit m_edit;
    std::optional<LibraryImage> m_current;
    std::optional<LibraryImage> m_result;
    QStringList m_refusals;
};
