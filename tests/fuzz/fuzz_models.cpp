// Glance, Nova and Cinder answers (app/model): every parser gets the same JSON object, as an
// answer of the wrong service or a broken proxy would give it: Glance image, Nova server and
// server page, Nova version document and microversion text, Cinder volume, volume page and
// version document.
#include <QJsonDocument>
#include <QJsonObject>

#include "fuzz_common.h"
#include "model/cindervolume.h"
#include "model/glanceimage.h"
#include "model/novaserver.h"
#include "model/novaversion.h"

IW_FUZZ_TARGET(models)
{
    static const bool quiet = (IwFuzz::silence(), true);
    Q_UNUSED(quiet);
    const QByteArray input = IwFuzz::bytes(data, size);
    const QJsonObject o = QJsonDocument::fromJson(input).object();
    QString why;
    (void)GlanceImage::fromJson(o, &why);
    (void)NovaServer::fromJson(o, &why);
    (void)NovaServerPage::fromJson(o, &why);
    if (const auto version = NovaVersion::fromJson(o, &why))
        (void)version->choose();
    (void)NovaMicroversion::parse(QString::fromUtf8(input.left(64)));
    (void)CinderVolume::fromJson(o, &why);
    (void)CinderVolumePage::fromJson(o, &why);
    (void)VolumeApiVersion::fromJson(o, &why);
    return 0;
}
