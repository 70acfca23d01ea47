#pragma once

#include <QList>
#include <QPointer>
#include <QString>

#include "library/imagelister.h"
#include "library/imagepagesource.h"

class CloudSession;

/// The images of every saved profile (the Images tab's "All profiles"): one ImageLister per
/// profile's session (each with its family's API and the same filter), read one after the
/// other, one request at a time. Each image carries its profile (LibraryImage::profileId,
/// profileName), so an action on it uses that profile. A profile that cannot be signed in (no
/// secret in the keychain, refused, unreachable) or listed is skipped with its reason
/// (profileSkipped(), skipped()): the list goes on with the next one and never ends in
/// failed(). Sessions sign in with what they have (the keychain); nothing here asks for a
/// password.
class EveryProfileLister final : public ImagePageSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EveryProfileLister)
public:
    EveryProfileLister(const QList<CloudSession *> &sessions,
        const ImageFilter &filter,
        int pageSize = ImageLister::DefaultPageSize,
        QObject *parent = nullptr);

    void fetchNext() override;
    bool hasMore() const override;
    bool isLoading() const override;

    struct Skipped
    {
        QString profileName;
        QString reason; // translated
    };
    const QList<Skipped> &skipped() const { return m_skipped; }
    int profileCount() const { return int(m_listers.size()); }

Q_SIGNALS:
    void profileSkipped(const QString &profileName, const QString &reason);

private:
    struct Part
    {
        QPointer<ImageLister> lister;
        QString profileId;
        QString profileName;
    };
    void handlePage(int part, QList<LibraryImage> images, bool more);
    void handleFailure(int part, const ApiError &error);

    QList<Part> m_listers;
    int m_current = 0;
    QList<Skipped> m_skipped;
};
