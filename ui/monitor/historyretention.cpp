#include "monitor/historyretention.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>

#include "dialogs/prompter.h"
#include "jobs/jobmonitor.h"

using namespace Qt::StringLiterals;

namespace {
const QString KeepDaysKey = u"monitor/keepFinishedDays"_s;
}

HistoryRetention::HistoryRetention(JobMonitor *monitor, QWidget *window)
    : QObject(window)
    , m_monitor(monitor)
    , m_window(window)
    , m_action(new QAction(this))
{
    m_action->setObjectName(u"clearOldJobsAction"_s);
    connect(m_action, &QAction::triggered, this, &HistoryRetention::run);
    retranslate();
}

void HistoryRetention::retranslate()
{
    m_action->setText(tr("Clear Old Finished Jobs…"));
    m_action->setStatusTip(tr("Removes finished jobs older than a number of days from the "
                              "history. Jobs still running or needing attention stay."));
}

int HistoryRetention::keepDays()
{
    return std::clamp(QSettings().value(KeepDaysKey, DefaultKeepDays).toInt(), 1, 36500);
}

void HistoryRetention::run()
{
    bool ok = true;
    int days = keepDays();
    if (!Prompter::isNonInteractive()) // tests and screenshots take the remembered number
        days = QInputDialog::getInt(m_window,
            tr("Clear Old Finished Jobs"),
            tr("Remove finished jobs that ended more than this many days ago:"),
            days,
            1,
            36500,
            1,
            &ok);
    if (!ok)
        return;
    QSettings().setValue(KeepDaysKey, days);
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-days);
    const int count = m_monitor->countFinished(cutoff);
    if (count == 0) {
        Prompter::information(m_window,
            tr("Clear Old Finished Jobs"),
            tr("No finished job ended more than %n day(s) ago.", nullptr, days));
        return;
    }
    const auto answer = Prompter::question(m_window,
        tr("Clear Old Finished Jobs"),
        //: %n = number of jobs; the days follow in the second sentence
        tr("Remove %n finished job(s) from the history?", nullptr, count) + u' '
            + tr("They ended more than %n day(s) ago. Their images on the cloud are not "
                 "touched.",
                nullptr,
                days),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_monitor->clearFinished(cutoff);
}
