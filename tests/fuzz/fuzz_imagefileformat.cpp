// Disk image headers (ImageFileFormat): the input as a whole file (head and tail), as a head
// alone, and the name check for a few names.
#include "fuzz_common.h"
#include "obs/imagefileformat.h"

IW_FUZZ_TARGET(imagefileformat)
{
    const QByteArray input = IwFuzz::bytes(data, size);
    const QByteArray head = input.left(ImageFileFormat::HeadBytes);
    const QByteArray tail = input.size() >= ImageFileFormat::TailBytes
        ? input.right(ImageFileFormat::TailBytes)
        : QByteArray();
    const ImageFileFormat::Format format = ImageFileFormat::detect(head, tail);
    (void)ImageFileFormat::detect(input, {});
    (void)ImageFileFormat::detect({}, input);
    for (const char *name : {"disk.qcow2", "disk.vhd", "disk.zvhd2", "disk.img", "disk"})
        (void)ImageFileFormat::mismatch(QString::fromLatin1(name), format);
    return 0;
}
