#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "create/creationmethod.h"

class CreateImageWizard;

/// `--screenshot --view review:METHOD`: fills the method's page of a wizard that shows it with
/// sample values, as an operator would (a name, description and tags; the first server or
/// volume the method can use, from the demo cloud; an OBS file address, an OS version from the
/// cloud's list; a local image file made in `sampleDir` for Glance), then presses Next to the
/// review page. Waits for what the page loads after a choice (an ECS's disks). finished() says
/// whether the review page was reached, and if not why. GUI thread.
class ReviewSamples final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewSamples)
public:
    ReviewSamples(CreateImageWizard *wizard, QString sampleDir, QObject *parent = nullptr);

    /// Starts on the method's page (the wizard must show it, its lists loaded).
    void start(CreationMethod method);

Q_SIGNALS:
    void finished(bool reachedReview, const QString &problem);

private:
    void fillImsFields(const QString &name);
    bool fillPage();
    void fillDataDisksStep(int serverIndex, int triesLeft);
    void fillLocalFileStep(int triesLeft);
    void goToReview();

    QPointer<CreateImageWizard> m_wizard;
    QString m_sampleDir;
    CreationMethod m_method = CreationMethod::ImsEcs;
};
