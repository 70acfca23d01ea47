#pragma once

#include <QHash>
#include <QIconEngine>
#include <QMap>
#include <QPixmap>

/// The application's icon, drawn from one PNG file per size, each decoded the first time a size
/// is asked for. QIcon::addFile decodes every file at once and first asks each image plugin
/// whether it reads PNG, loading them all: about 6 ms before the first window on the project's
/// machine. A window icon is asked for only where the platform shows one: X11 takes every size
/// when it maps a window, Wayland takes the desktop entry's icon instead.
class WindowIconEngine final : public QIconEngine
{
public:
    /// `files`: the side in pixels of each square image, and its file (or resource) path.
    explicit WindowIconEngine(QMap<int, QString> files);

    /// Imagewright's icon, from the resources.
    static QIcon applicationIcon();

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override { return m_files.isEmpty(); }

    /// How many files were decoded so far (tests).
    int decodedCount() const { return int(m_decoded.size()); }

private:
    /// The side of the file drawn for `size`: the smallest as large, else the largest.
    int sideFor(const QSize &size) const;
    const QPixmap &decoded(int side);

    QMap<int, QString> m_files;
    QHash<int, QPixmap> m_decoded;
};
