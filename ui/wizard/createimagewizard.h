#pragma once

#include <QPointer>
#include <QWizard>

class CinderPage;
class CloudSession;
class ImsDataDiskPage;
class ImsDataDisksPage;
class ImsEcsPage;
class ImsLocalFilePage;
class ImsObsPage;
class JobMonitor;
class MethodPage;
class GlancePage;
class NovaPage;
class ReviewPage;
class SubmittedPage;

/// "Create image…": choose a method, fill its page, review the exact request, Create. The
/// review page is a commit page, so a create is never sent twice by going Back. Pages beyond the
/// method page exist for the methods this version builds (IMS from an ECS, Nova createImage,
/// Cinder upload to image);
/// the review page shows and sends the chosen method's request. jobSubmitted() fires
/// as soon as the monitor tracks the new job. The wizard cannot be closed while a create is
/// being sent.
class CreateImageWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateImageWizard)
public:
    enum PageId
    {
        Page_Method,
        Page_ImsEcs,
        Page_ImsDataDisks,
        Page_ImsObs,
        Page_ImsDataDisk,
        Page_Nova,
        Page_Cinder,
        Page_Glance,
        Page_ImsLocalFile,
        Page_Review,
        Page_Submitted
    };

    CreateImageWizard(CloudSession *session, JobMonitor *monitor, QWidget *parent = nullptr);

    MethodPage *methodPage() const { return m_methodPage; }
    ImsEcsPage *imsEcsPage() const { return m_imsEcsPage; }
    ImsDataDisksPage *imsDataDisksPage() const { return m_imsDataDisksPage; }
    ImsObsPage *imsObsPage() const { return m_imsObsPage; }
    ImsDataDiskPage *imsDataDiskPage() const { return m_imsDataDiskPage; }
    NovaPage *novaPage() const { return m_novaPage; }
    CinderPage *cinderPage() const { return m_cinderPage; }
    GlancePage *glancePage() const { return m_glancePage; }
    ImsLocalFilePage *imsLocalFilePage() const { return m_imsLocalFilePage; }
    ReviewPage *reviewPage() const { return m_reviewPage; }
    /// The local id of the job this wizard created, empty until then.
    QString submittedJob() const;

    void reject() override;

Q_SIGNALS:
    void jobSubmitted(const QString &localId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void handleSubmitting(bool on);

    MethodPage *m_methodPage = nullptr;
    ImsEcsPage *m_imsEcsPage = nullptr;
    ImsDataDisksPage *m_imsDataDisksPage = nullptr;
    ImsObsPage *m_imsObsPage = nullptr;
    ImsDataDiskPage *m_imsDataDiskPage = nullptr;
    NovaPage *m_novaPage = nullptr;
    CinderPage *m_cinderPage = nullptr;
    GlancePage *m_glancePage = nullptr;
    ImsLocalFilePage *m_imsLocalFilePage = nullptr;
    ReviewPage *m_reviewPage = nullptr;
    SubmittedPage *m_submittedPage = nullptr;
};
