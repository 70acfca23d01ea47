#pragma once

#include <memory>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>

#include "create/creationmethod.h"

class AppCore;
class CreateImageWizard;
class LanguageManager;
class MainWindow;
class QWidget;

/// --screenshot: starts the demo cloud with its sample history in a throw-away data and
/// settings folder, waits until the data has loaded (every sample job has a first status from
/// the cloud, or 8 s at most), renders the view and saves it as PNG. No modal dialog is shown.
class ScreenshotRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotRunner)
public:
    ScreenshotRunner(
        QString file, QString view, LanguageManager *languages, QObject *parent = nullptr);
    ~ScreenshotRunner() override;

    /// False (with a message on stderr) when the temporary folder cannot be made.
    bool start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void handleDemoReady();
    void prepareWizard();
    /// `--view wizard:METHOD`: that method's page as an operator first meets it, once what it
    /// loads from the cloud is there, at its size hint.
    void prepareMethodPage(CreationMethod method);
    void waitForMethodPage(int triesLeft);
    /// `--view review:METHOD`: the method's page at its size hint filled with sample values
    /// (ReviewSamples), then Next: its review page in that window.
    void fillForReview();
    void checkReady();
    bool jobsHaveStatus() const;
    void selectInterestingJob();
    void capture();

    QString m_file;
    QString m_view;
    QPointer<LanguageManager> m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<AppCore> m_core;
    std::unique_ptr<MainWindow> m_window;
    QPointer<CreateImageWizard> m_wizard;
    QPointer<QWidget> m_dialog;
    QTimer m_timeout;
    QString m_problem;
    bool m_demoReady = false;
    bool m_historyLoaded = false;
    bool m_viewReady = false;
    bool m_capturing = false;
    bool m_captured = false;
    bool m_review = false; // review:METHOD: the method page is filled, then Next
};
