// iconrender: renders the application icon's SVG into the hicolor PNGs committed beside it
// (resources/icons/README.md). Qt's SVG module is not a dependency of the project, so this
// draws the small subset the icon uses with QPainter: <rect> (x, y, width, height, rx, ry) and
// <circle> (cx, cy, r), each with a fill colour, in a 0 0 W H viewBox. Anything else is refused,
// so the SVG cannot drift from what the PNGs show.
//
// Usage: iconrender ICON.svg OUTPUT_DIR NAME SIZE...
// writes OUTPUT_DIR/SIZExSIZE/apps/NAME.png for each size.

#include <cstdio>

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRectF>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Shape
{
    QPainterPath path;
    QColor fill;
};

bool fail(const QString &message)
{
    std::fprintf(stderr, "iconrender: %s\n", qPrintable(message));
    return false;
}

double number(const QXmlStreamAttributes &a, QLatin1StringView name, bool *ok)
{
    if (!a.hasAttribute(name))
        return 0.0;
    bool valid = false;
    const double value = a.value(name).toDouble(&valid);
    if (!valid)
        *ok = false;
    return value;
}

bool readSvg(const QString &file, QRectF *viewBox, QList<Shape> *shapes)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1"_s.arg(file));
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        const QStringView element = xml.name();
        bool ok = true;
        if (element == u"svg") {
            const QStringList box =
                a.value("viewBox"_L1).toString().split(u' ', Qt::SkipEmptyParts);
            if (box.size() != 4)
                return fail(u"the <svg> needs a viewBox of four numbers"_s);
            *viewBox = QRectF(box.at(0).toDouble(),
                box.at(1).toDouble(),
                box.at(2).toDouble(),
                box.at(3).toDouble());
            continue;
        }
        Shape shape;
        shape.fill = QColor(a.value("fill"_L1).toString());
        if (element == u"rect") {
            const QRectF r(number(a, "x"_L1, &ok),
                number(a, "y"_L1, &ok),
                number(a, "width"_L1, &ok),
                number(a, "height"_L1, &ok));
            const double rx = number(a, "rx"_L1, &ok);
            const double ry = a.hasAttribute("ry"_L1) ? number(a, "ry"_L1, &ok) : rx;
            shape.path.addRoundedRect(r, rx, ry);
        } else if (element == u"circle") {
            const double r = number(a, "r"_L1, &ok);
            shape.path.addEllipse(QPointF(number(a, "cx"_L1, &ok), number(a, "cy"_L1, &ok)), r, r);
        } else {
            return fail(u"<%1> is not drawn by this tool: use <rect> and <circle>"_s.arg(element));
        }
        if (!ok || !shape.fill.isValid())
            return fail(u"<%1> at line %2: a number or the fill colour is not readable"_s.arg(
                element.toString(), QString::number(xml.lineNumber())));
        shapes->append(shape);
    }
    if (xml.hasError())
        return fail(u"%1: %2"_s.arg(file, xml.errorString()));
    if (viewBox->isEmpty() || shapes->isEmpty())
        return fail(u"%1 has no viewBox or no shapes"_s.arg(file));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: iconrender ICON.svg OUTPUT_DIR NAME SIZE...\n");
        return 2;
    }
    QRectF viewBox;
    QList<Shape> shapes;
    if (!readSvg(QString::fromLocal8Bit(argv[1]), &viewBox, &shapes))
        return 1;
    const QDir out(QString::fromLocal8Bit(argv[2]));
    const QString name = QString::fromLocal8Bit(argv[3]);
    for (int i = 4; i < argc; ++i) {
        const int size = QByteArray(argv[i]).toInt();
        if (size <= 0 || size > 4096)
            return fail(u"%1 is not a size"_s.arg(QString::fromLocal8Bit(argv[i]))) ? 0 : 2;
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.scale(size / viewBox.width(), size / viewBox.height());
        painter.translate(-viewBox.topLeft());
        for (const Shape &shape : std::as_const(shapes))
            painter.fillPath(shape.path, shape.fill);
        painter.end();
        const QString dir = u"%1x%1/apps"_s.arg(size);
        const QString file = out.filePath(dir + u'/' + name + u".png"_s);
        if (!out.mkpath(dir) || !image.save(file, "PNG"))
            return fail(u"cannot write %1"_s.arg(file)) ? 0 : 1;
        std::printf("%s\n", qPrintable(file));
    }
    return 0;
}
