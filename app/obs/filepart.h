#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QString>

/// One part of a file as an upload body: the bytes [offset, offset + length) of the file, read
/// as they are sent (never held in memory), random access so a resend starts again at 0. Read
/// on the upload's worker thread (StreamUpload) while the upload runs, so it must not be
/// touched from elsewhere then.
class FilePart final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilePart)
public:
    FilePart(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);
    ~FilePart() override;

    /// Opens the file read-only; false with errorString() when it cannot be read or is shorter
    /// than the part.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;

    /// The raw MD5 of bytes [offset, offset + length) of `path`, read in blocks (libcrypto);
    /// empty with `error` when the file cannot be read whole. Any thread.
    static QByteArray md5(const QString &path, qint64 offset, qint64 length, QString *error);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
};
