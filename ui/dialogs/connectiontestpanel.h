#pragma once

#include <optional>

#include <QPointer>
#include <QWidget>

#include "cloud/connectiontest.h"

class InlineMessage;
class QProgressBar;
class QPushButton;

/// The profile editor's "Test Connection" row and its outcome: signing in, then the catalog's
/// services in the profile's region and the creation methods they enable, or why not (a clock
/// too far off is said first). The editor makes the ConnectionTest with the form's values;
/// this panel runs it and shows it. GUI thread.
class ConnectionTestPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestPanel)
public:
    explicit ConnectionTestPanel(QWidget *parent = nullptr);

    QPushButton *button() const { return m_button; }
    bool isTesting() const { return m_test != nullptr; }
    /// Starts `test` (parented here) against `authUrl`; finished() follows.
    void run(ConnectionTest *test, const QUrl &authUrl);
    /// Forgets the last outcome (the form changed), unless a test runs.
    void forget();
    void reset(); // a profile was loaded or the form cleared
    void showError(const QString &text);
    void retranslate();

Q_SIGNALS:
    void finished(const ConnectionTest::Result &result);

private:
    void showResult();

    QPointer<ConnectionTest> m_test;
    std::optional<ConnectionTest::Result> m_lastResult;
    QPushButton *m_button = nullptr;
    QProgressBar *m_busy = nullptr;
    InlineMessage *m_message = nullptr;
};
