#include "startup/windowicon.h"

#include <QApplication>
#include <QImageReader>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>

using namespace Qt::StringLiterals;

WindowIconEngine::WindowIconEngine(QMap<int, QString> files)
    : m_files(std::move(files))
{ }

QIcon WindowIconEngine::applicationIcon()
{
    QMap<int, QString> files;
    for (const int side : {32, 64, 128, 256})
        files.insert(side, u":/icons/imagewright-%1.png"_s.arg(side));
    return QIcon(new WindowIconEngine(std::move(files)));
}

int WindowIconEngine::sideFor(const QSize &size) const
{
    const int wanted = std::max(size.width(), size.height());
    const auto it = m_files.lowerBound(wanted);
    return it != m_files.cend() ? it.key() : m_files.lastKey();
}

const QPixmap &WindowIconEngine::decoded(int side)
{
    auto it = m_decoded.find(side);
    if (it == m_decoded.end()) {
        // PNG, which Qt reads itself: told so, no image plugin is loaded and asked whether it
        // reads the file (as QIcon::addFile and a reader left to find the format do).
        QImageReader reader(m_files.value(side), "png");
        reader.setAutoDetectImageFormat(false);
        it = m_decoded.insert(side, QPixmap::fromImage(reader.read()));
    }
    return *it;
}

QPixmap WindowIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state);
    if (m_files.isEmpty() || size.isEmpty())
        return {};
    QPixmap pixmap = decoded(sideFor(size));
    if (pixmap.isNull())
        return pixmap;
    if (pixmap.width() > size.width() || pixmap.height() > size.height())
        pixmap = pixmap.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (mode != QIcon::Normal && qobject_cast<QApplication *>(QCoreApplication::instance())) {
        QStyleOption option;
        option.palette = QApplication::palette();
        pixmap = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
    }
    return pixmap;
}

QSize WindowIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode);
    Q_UNUSED(state);
    if (m_files.isEmpty() || size.isEmpty())
        return {};
    const int side = sideFor(size);
    return QSize(side, side).scaled(size.boundedTo(QSize(side, side)), Qt::KeepAspectRatio);
}

void WindowIconEngine::paint(
    QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    QPixmap pm = pixmap(rect.size() * ratio, mode, state);
    pm.setDevicePixelRatio(ratio);
    const QSize shown = pm.deviceIndependentSize().toSize();
    painter->drawPixmap(
        QRect(QPoint(), shown).translated(rect.center() - QRect(QPoint(), shown).center()), pm);
}

QList<QSize> WindowIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode);
    Q_UNUSED(state);
    QList<QSize> sizes;
    for (const int side : m_files.keys())
        sizes << QSize(side, side);
    return sizes;
}

QIconEngine *WindowIconEngine::clone() const
{
    auto *copy = new WindowIconEngine(m_files);
    copy->m_decoded = m_decoded;
    return copy;
}

QString WindowIconEngine::key() const
{
    return u"WindowIconEngine"_s;
}
