#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include "cloud/cloudprofile.h"
#include "library/imagejobrequest.h"
#include "net/apierror.h"

class ActionJobFollow;
class AppCore;
struct JobRecord;
class CloudSession;
class InterruptWatcher;

/// `imagewright images copy|export ...` (docs/library.md "Copy and export"): IMS image actions
/// the cloud runs as asynchronous jobs. Every local rule is checked before anything is sent
/// (exit 2), then the image's state (exit 1, nothing sent); the job goes into the monitor's store
/// (`job_id=` on stdout) and `--wait` follows it to its end. Stdout lines (or one JSON object
/// with `--json`, the same keys): copy `source_image_id=`, `job_id=`, `status=` and, once the copy
/// is made, `image_id=` (the new image); a copy to another region also `region=`; export
/// `image_id=`, `bucket_url=`, `job_id=`, `status=`. Exit codes as ImagesCommand's
/// (interfaces.md §3); `--timeout` reached while the job runs: 4.
class ImagesJobCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesJobCommand)
public:
    enum class Action
    {
        Copy,
        Export
    };
    struct Options
    {
        Action action = Action::Copy;
        QString profile;
        std::optional<ImageApi> api;
        ImageCopyRequest copy;
        ImageExportRequest exportRequest;
        bool json = false;
        bool wait = false;
        int timeoutSeconds = 0; // 0: none
    };

    /// The actions this command serves ("copy", "export").
    static bool handles(const QString &action);
    static std::optional<Options> parseArguments(
        const QStringList &arguments, QString *error, QString *help);
    static int run(const QStringList &arguments);
    /// The option that sets an API field ("cmk_id" -> "--kms-key"), for messages.
    static QString optionFor(const QString &field);

    explicit ImagesJobCommand(Options options, QObject *parent = nullptr);
    ~ImagesJobCommand() override;

private:
    void start();
    void connected(const ApiError &error);
    void send();
    void follow(const QString &localId);
    void jobEnded(const JobRecord &record);
    void put(const QString &key, const QString &value);
    void reportError(const ApiError &error);
    void finish(int code);

    Options m_options;
    std::unique_ptr<AppCore> m_core;
    QPointer<CloudSession> m_session;
    CloudProfile m_profile;
    ImageApi m_api = ImageApi::Ims;
    InterruptWatcher *m_interrupt = nullptr;
    QJsonObject m_json; // --json: the keys so far
    std::unique_ptr<ActionJobFollow> m_follow; // --wait: the job followed to its end
    bool m_finished = false;
};
