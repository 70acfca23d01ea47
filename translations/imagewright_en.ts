<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ImageLibraryView</name>
    <message numerus="yes">
        <source>Reading the image list… %n image(s) so far.</source>
        <extracomment>%n = images read so far</extracomment>
        <translation>
            <numerusform>Reading the image list… %n image so far.</numerusform>
            <numerusform>Reading the image list… %n images so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s).</source>
        <extracomment>%n = images listed</extracomment>
        <translation>
            <numerusform>%n image.</numerusform>
            <numerusform>%n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n image(s)…</source>
        <translation>
            <numerusform>Deleting %n image…</numerusform>
            <numerusform>Deleting %n images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) written to %1.</source>
        <translation>
            <numerusform>%n image written to %1.</numerusform>
            <numerusform>%n images written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagesCommand</name>
    <message numerus="yes">
        <source>Delete %n image(s): %1? [y/N] </source>
        <extracomment>%n = number of images, %1 = their IDs</extracomment>
        <translation>
            <numerusform>Delete %n image: %1? [y/N] </numerusform>
            <numerusform>Delete %n images: %1? [y/N] </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProfilesDialog</name>
    <message numerus="yes">
        <source>%n profile(s) imported.</source>
        <translation>
            <numerusform>%n profile imported.</numerusform>
            <numerusform>%n profiles imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) use their secret until Imagewright quits. It is not saved.</source>
        <translation>
            <numerusform>%n profile uses its secret until Imagewright quits. It is not saved.</numerusform>
            <numerusform>%n profiles use their secret until Imagewright quits. It is not saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImsObsFileRequest</name>
    <message numerus="yes">
        <source>An image file can bring at most %n data disk(s).</source>
        <extracomment>%n = the maximum number of data disks</extracomment>
        <translation>
            <numerusform>An image file can bring at most %n data disk.</numerusform>
            <numerusform>An image file can bring at most %n data disks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImsObsPage</name>
    <message numerus="yes">
        <source>An image file can bring at most %n data disk(s).</source>
        <extracomment>%n = the maximum number of data disks</extracomment>
        <translation>
            <numerusform>An image file can bring at most %n data disk.</numerusform>
            <numerusform>An image file can bring at most %n data disks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n image job(s) running</source>
        <extracomment>Status bar. %n = image jobs still running on the cloud</extracomment>
        <translation>
            <numerusform>%n image job running</numerusform>
            <numerusform>%n image jobs running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imagewright is still uploading %n image file(s). If you quit now, the upload stops: the image stays queued on the cloud and its job is marked incomplete, to be resumed or deleted later.</source>
        <translation>
            <numerusform>Imagewright is still uploading %n image file. If you quit now, the upload stops: the image stays queued on the cloud and its job is marked incomplete, to be resumed or deleted later.</numerusform>
            <numerusform>Imagewright is still uploading %n image files. If you quit now, the uploads stop: the images stay queued on the cloud and their jobs are marked incomplete, to be resumed or deleted later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message numerus="yes">
        <source>The demo cloud&apos;s data did not all arrive within %n second(s); the screenshot shows what had arrived.</source>
        <extracomment>--screenshot mode, on stderr. %n = seconds waited</extracomment>
        <translation>
            <numerusform>The demo cloud&apos;s data did not all arrive within %n second; the screenshot shows what had arrived.</numerusform>
            <numerusform>The demo cloud&apos;s data did not all arrive within %n seconds; the screenshot shows what had arrived.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerPicker</name>
    <message numerus="yes">
        <source>%n ECS(s) listed, %1 usable for an image.</source>
        <extracomment>%n = ECSs listed; %1 = how many of them the chosen method can use</extracomment>
        <translation>
            <numerusform>%n ECS listed, %1 usable for an image.</numerusform>
            <numerusform>%n ECSs listed, %1 usable for an image.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message numerus="yes">
        <source>%n image(s) ready.</source>
        <extracomment>%n = number of images</extracomment>
        <translation>
            <numerusform>%n image ready.</numerusform>
            <numerusform>%n images ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still running after %n second(s). The job stays in the monitor, which follows it to the end.</source>
        <extracomment>%n = seconds</extracomment>
        <translation>
            <numerusform>Still running after %n second. The job stays in the monitor, which follows it to the end.</numerusform>
            <numerusform>Still running after %n seconds. The job stays in the monitor, which follows it to the end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolumePicker</name>
    <message numerus="yes">
        <source>%n volume(s) listed, %1 usable for an image.</source>
        <extracomment>%n = volumes listed; %1 = how many of them the chosen method can use</extracomment>
        <translation>
            <numerusform>%n volume listed, %1 usable for an image.</numerusform>
            <numerusform>%n volumes listed, %1 usable for an image.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageDeleteFlow</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A job of the job monitor is still following %n of these image(s). Deleting an image makes its job fail.</source>
        <translation>
            <numerusform>A job of the job monitor is still following %n of these images. Deleting an image makes its job fail.</numerusform>
            <numerusform>Jobs of the job monitor are still following %n of these images. Deleting an image makes its job fail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n image? This cannot be undone.</numerusform>
            <numerusform>Delete %n images? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) deleted.</source>
        <translation>
            <numerusform>%n image deleted.</numerusform>
            <numerusform>%n images deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cloud did not delete %n image(s):</source>
        <translation>
            <numerusform>The cloud did not delete %n image:</numerusform>
            <numerusform>The cloud did not delete %n images:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateSummary</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s): </source>
        <translation>
            <numerusform>%n image: </numerusform>
            <numerusform>%n images: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagesMembersCommand</name>
    <message numerus="yes">
        <source>Stopped waiting after %n second(s); the cloud&apos;s job goes on.</source>
        <translation>
            <numerusform>Stopped waiting after %n second; the cloud&apos;s job goes on.</numerusform>
            <numerusform>Stopped waiting after %n seconds; the cloud&apos;s job goes on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagesJobCommand</name>
    <message numerus="yes">
        <source>Stopped waiting after %n second(s); the cloud&apos;s job goes on.</source>
        <translation>
            <numerusform>Stopped waiting after %n second; the cloud&apos;s job goes on.</numerusform>
            <numerusform>Stopped waiting after %n seconds; the cloud&apos;s job goes on.</numerusform>
        </translation>
    </message>
</context>
</TS>
