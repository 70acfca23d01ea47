#include "uiwalk.h"

#include <memory>

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include "appcore.h"
#include "cloud/cloudsession.h"
#include "create/creationmethod.h"
#include "dialogs/firstrundialog.h"
#include "dialogs/importprofilesdialog.h"
#include "dialogs/passwordprompt.h"
#include "dialogs/profilesdialog.h"
#include "library/imagecopydialog.h"
#include "library/imagedatefilter.h"
#include "library/imageeditdialog.h"
#include "library/imageexportdialog.h"
#include "library/imagelibraryview.h"
#include "library/imagesharedialog.h"
#include "mainwindow.h"
#include "wizard/createbucketdialog.h"
#include "wizard/createimagewizard.h"
#include "wizard/imsdatadiskpage.h"
#include "wizard/imslocalfilepage.h"
#include "wizard/imsobspage.h"
#include "wizard/methodpage.h"
#include "wizard/obsbucketpicker.h"
#include "wizard/obsobjectpicker.h"
#include "wizard/osversionpicker.h"
#include "wizardnext.h"

using namespace Qt::StringLiterals;

namespace {

bool settle(QWidget *window)
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    QTest::qWait(20); // layouts and word-wrapped labels settle
    return true;
}

QString methodName(int method)
{
    return CreationMethods::key(CreationMethod(method));
}

} // namespace

void walkWizardPages(AppCore *core, CloudSession *session, const UiVisit &visit)
{
    for (int m = 0; m < CreationMethodCount; ++m) {
        if (!MethodPage::hasPage(CreationMethod(m)))
            continue; // offered through request files only (its reason is on the method page)
        CreateImageWizard wizard(session, core->monitor());
        QVERIFY(settle(&wizard));
        QTRY_VERIFY(wizard.methodPage()->button(CreationMethod(m))->isEnabled());
        wizard.methodPage()->setMethod(m);
        if (m == 0) {
            visit(u"wizard: method page"_s, &wizard);
            if (QTest::currentTestFailed())
                return;
        }
        QTRY_VERIFY(canGoOn(wizard.button(QWizard::NextButton)));
        wizard.next();
        QVERIFY(wizard.currentId() != CreateImageWizard::Page_Method);
        // What the page loads from the cloud is there (the layout stays as it will be).
        if (CreationMethod(m) == CreationMethod::ImsObsFile) {
            QTRY_VERIFY_WITH_TIMEOUT(!wizard.imsObsPage()->osVersionPicker()->versions().isEmpty()
                    && !wizard.imsObsPage()->osVersionPicker()->isLoading()
                    && wizard.imsObsPage()->bucketPicker()->hasLoaded(),
                15000);
            // A bucket chosen: its objects listed, the disabled README.txt among them.
            QVERIFY(wizard.imsObsPage()->bucketPicker()->setBucket(u"imagewright-demo"_s));
            QTRY_VERIFY_WITH_TIMEOUT(!wizard.imsObsPage()->objectPicker()->isLoading(), 15000);
            wizard.imsObsPage()->addDataDiskButton()->click(); // its repeated editor too
        }
        if (CreationMethod(m) == CreationMethod::ImsLocalFile) {
            // The bucket list with its disabled rows, and the OS versions.
            ImsLocalFilePage *page = wizard.imsLocalFilePage();
            QTRY_VERIFY_WITH_TIMEOUT(!page->bucketPicker()->isLoading()
                    && page->bucketPicker()->hasLoaded() && !page->osVersionPicker()->isLoading(),
                15000);
        }
        if (CreationMethod(m) == CreationMethod::ImsDataDisk)
            QTRY_VERIFY_WITH_TIMEOUT(
                !wizard.imsDataDiskPage()->osVersionPicker()->versions().isEmpty()
                    && !wizard.imsDataDiskPage()->osVersionPicker()->isLoading(),
                15000);
        QTest::qWait(20);
        visit(u"wizard: "_s + methodName(m), &wizard);
        if (QTest::currentTestFailed())
            return;
    }
}

void walkEveryWindow(AppCore *core, CloudSession *session, const UiVisit &visit)
{
    {
        MainWindow window(core, nullptr);
        QVERIFY(settle(&window));
        visit(u"main window"_s, &window);
        if (QTest::currentTestFailed())
            return;
        window.showLibrary();
        QVERIFY(settle(&window));
        visit(u"main window: images"_s, &window);
        if (QTest::currentTestFailed())
            return;
        // The creation-date filter's two days, the wrong way round: the message under them.
        ImageDateFilter *dates = window.libraryView()->dateFilter();
        dates->setChoice(ImageDateFilter::Between);
        dates->toEdit()->setDate(QDate(2026, 11, 1));
        dates->fromEdit()->setDate(QDate(2026, 11, 20));
        QVERIFY(settle(&window));
        visit(u"main window: images between two days"_s, &window);
        if (QTest::currentTestFailed())
            return;
    }
    {
        // The image library's edit dialog for both APIs (their fields differ).
        const auto image = LibraryImage::fromJson(QJsonObject{{u"id"_s, u"0a1b2c3d"_s},
            {u"name"_s, u"web-base-2025"_s},
            {u"status"_s, u"active"_s},
            {u"__description"_s, u"Golden image of the web tier"_s},
            {u"min_ram"_s, 2048},
            {u"max_ram"_s, u"16384"_s},
            {u"min_disk"_s, 40},
            {u"tags"_s, QJsonArray{u"team=web"_s, u"env=prod"_s}}});
        QVERIFY(image);
        for (const ImageApi api : {ImageApi::Ims, ImageApi::Glance}) {
            ImageEditDialog dialog(session, api, *image);
            QVERIFY(settle(&dialog));
            visit(u"edit image: "_s + ImageApis::key(api), &dialog);
            if (QTest::currentTestFailed())
                return;
        }
        // The share dialog for both APIs, once its members were read (this image is unknown to
        // the cloud: the message under the list says so) and with a refused project at its field.
        for (const ImageApi api : {ImageApi::Ims, ImageApi::Glance}) {
            ImageShareDialog dialog(session, api, *image);
            QVERIFY(settle(&dialog));
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
            dialog.projectEdit()->setText(u"not a project"_s);
            QVERIFY(!dialog.addProject());
            QTest::qWait(10);
            visit(u"share image: "_s + ImageApis::key(api), &dialog);
            if (QTest::currentTestFailed())
                return;
        }
        // Create Bucket of the OBS bucket lists, with the name's rule under its field.
        {
            CreateBucketDialog dialog(nullptr, session->profile().region);
            QVERIFY(settle(&dialog));
            dialog.nameEdit()->setText(u"Not_A_Bucket"_s);
            QVERIFY(!dialog.create());
            QTest::qWait(10);
            visit(u"create bucket"_s, &dialog);
            if (QTest::currentTestFailed())
                return;
        }
        // Copy (within the region, then to another region) and Export to OBS, each with an
        // error under a field (nothing is sent).
        for (const bool crossRegion : {false, true}) {
            ImageCopyDialog dialog(session, *image);
            QVERIFY(dialog.setCrossRegion(crossRegion));
            QVERIFY(settle(&dialog));
            dialog.nameEdit()->setText(u" not a name"_s);
            QVERIFY(!dialog.start());
            QTest::qWait(10);
            visit(crossRegion ? u"copy image: another region"_s : u"copy image: this region"_s,
                &dialog);
            if (QTest::currentTestFailed())
                return;
        }
        {
            ImageExportDialog dialog(session, *image);
            QVERIFY(settle(&dialog));
            dialog.bucketEdit()->setText(u"Not_A_Bucket"_s);
            QVERIFY(!dialog.start());
            QTest::qWait(10);
            visit(u"export image to OBS"_s, &dialog);
            if (QTest::currentTestFailed())
                return;
        }
    }

    walkWizardPages(core, session, visit);
    if (QTest::currentTestFailed())
        return;
    {
        CreateImageWizard wizard(session, core->monitor());
        for (const int id :
            {int(CreateImageWizard::Page_Review), int(CreateImageWizard::Page_Submitted)}) {
            wizard.setStartId(id);
            wizard.restart();
            QVERIFY(settle(&wizard));
            visit(u"wizard: page %1"_s.arg(id), &wizard);
            if (QTest::currentTestFailed())
                return;
        }
    }

    {
        ProfilesDialog dialog(core);
        QVERIFY(settle(&dialog));
        visit(u"profiles: saved profile"_s, &dialog);
        if (QTest::currentTestFailed())
            return;
        dialog.addProfile();
        auto *family = dialog.findChild<QComboBox *>(u"family"_s);
        auto *method = dialog.findChild<QComboBox *>(u"authMethod"_s);
        QVERIFY(family && method);
        for (int f = 0; f < family->count(); ++f) {
            family->setCurrentIndex(f);
            for (int a = 0; a < method->count(); ++a) {
                method->setCurrentIndex(a);
                if (!method->isVisible() && a > 0)
                    break;
                QTest::qWait(10);
                visit(u"profiles: new, %1, %2"_s.arg(family->currentText(), method->currentText()),
                    &dialog);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
    {
        ImportProfilesDialog dialog(core);
        QVERIFY(settle(&dialog));
        visit(u"import profiles"_s, &dialog);
        if (QTest::currentTestFailed())
            return;
    }
    {
        FirstRunDialog dialog;
        QVERIFY(settle(&dialog));
        visit(u"welcome"_s, &dialog);
        if (QTest::currentTestFailed())
            return;
    }
    {
        PasswordPrompt dialog(u"Demo"_s, u"demo"_s);
        QVERIFY(settle(&dialog));
        visit(u"password prompt"_s, &dialog);
    }
}
