#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include "cloud/cloudprofile.h"
#include "library/libraryimage.h"
#include "net/apierror.h"

/// One kind of thing the library can do to an image (edit, delete, ...): its stable key, its
/// title, and where it is offered (interfaces.md §6). A new action is a new file with its kind
/// and its run, and one line in ImageActionRegistry::standard(); nothing else changes.
class ImageActionKind
{
public:
    virtual ~ImageActionKind() = default;
    virtual QString key() const = 0;   // "edit", "delete": stable (menus, tests)
    virtual QString title() const = 0; // translated, for menus
    /// Why the action is not offered for `family` with `api` (translated); nullopt: offered.
    virtual std::optional<QString> unavailableReason(CloudFamily family, ImageApi api) const = 0;
};

/// Every image action of this version, in menu order.
class ImageActionRegistry
{
public:
    static const ImageActionRegistry &standard(); // registered once (imageaction.cpp)

    void add(std::shared_ptr<const ImageActionKind> kind);
    const ImageActionKind *find(const QString &key) const;
    QList<const ImageActionKind *> kinds() const;

private:
    QList<std::shared_ptr<const ImageActionKind>> m_kinds;
};

/// One run of an action against the cloud. start() once; finished() fires exactly once, never
/// from inside start(). GUI thread.
class ImageActionRun : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageActionRun)
public:
    virtual void start() = 0;
    /// The first error (the cloud's refusal quoted in userMessage()); false when it succeeded.
    const ApiError &error() const { return m_error; }

Q_SIGNALS:
    void finished(ImageActionRun *run);

protected:
    explicit ImageActionRun(QObject *parent)
        : QObject(parent)
    { }
    /// The only place that emits finished() (queued, so never from inside start()).
    void finish(const ApiError &error);

private:
    ApiError m_error;
    bool m_finished = false;
};
