#pragma once

#include <QByteArray>
#include <QIODevice>

/// A request body that can be read exactly once. Qt's HTTP channel re-sends a request on its
/// own when a connection closes before the answer starts, whatever the method; with a
/// sequential, unbuffered body (QNetworkRequest::DoNotBufferUploadDataAttribute) it cannot
/// rewind, so a create is never sent twice behind our back (reference/reliability.md §4).
class OnceOnlyBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnceOnlyBody)
public:
    explicit OnceOnlyBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; }
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
