#include "jobs/jobtablemodel.h"

#include <algorithm>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString elapsedText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(m).arg(s, 2, 10, QChar(u'0'));
}

qint64 elapsedSeconds(const JobRecord &r)
{
    if (!r.created.isValid())
        return -1;
    const QDateTime end = r.finished.isValid() ? r.finished : QDateTime::currentDateTimeUtc();
    return std::max<qint64>(0, r.created.secsTo(end));
}

/// At most this many changed rows are a quiet moment: sent at once, not with the clock's tick.
constexpr qsizetype QuietRows = 2;
/// At most this many changed rows are sent one signal per row (a view repaints only those rows
/// it shows); more go as one span from the first to the last (see flushPendingChanges()).
constexpr qsizetype ExactRows = 64;

} // namespace

JobTableModel::JobTableModel(JobMonitor *monitor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_monitor(monitor)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(150);
    connect(&m_flushTimer, &QTimer::timeout, this, &JobTableModel::flushUnlessBurst);
    // Pending rows are numbers: send them before the rows move.
    connect(monitor, &JobMonitor::jobAboutToBeAdded, this, [this](int first, int last) {
        flushPendingChanges();
        beginInsertRows({}, first, last);
    });
    connect(monitor, &JobMonitor::jobAdded, this, [this] { endInsertRows(); });
    connect(monitor, &JobMonitor::jobAboutToBeRemoved, this, [this](int row) {
        flushPendingChanges();
        beginRemoveRows({}, row, row);
    });
    connect(monitor, &JobMonitor::jobRemoved, this, [this] { endRemoveRows(); });
    connect(monitor, &JobMonitor::jobChanged, this, &JobTableModel::handleChanged);
    // The Elapsed column of running jobs moves with the clock, not with polls.
    m_elapsedTimer.setInterval(1000);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &JobTableModel::handleElapsedTick);
    m_elapsedTimer.start();
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_monitor->count();
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobTableModel::resultText(const JobRecord &r) const
{
    switch (r.state) {
    case JobState::Succeeded:
        return r.imageIds.join(u", "_s);
    case JobState::Failed:
        if (!r.errorCode.isEmpty())
            //: %1 = the cloud's error code, %2 = the cloud's failure reason (verbatim)
            return tr("%1: %2").arg(r.errorCode, r.failReason);
        return r.failReason;
    case JobState::NeedsAttention:
        return r.failReason;
    case JobState::Cancelled:
        return tr("Stopped watching");
    case JobState::NotWatched:
        return tr("Not watched: Watch Again asks the cloud how it ended");
    case JobState::Running:
        return r.currentTask;
    case JobState::Submitting:
        return {};
    }
    return {};
}

std::optional<double> JobTableModel::estimatedProgress(const JobRecord &r) const
{
    if (r.state != JobState::Running)
        return std::nullopt;
    const auto estimate = m_monitor->estimatedProgress(r.localId);
    // Only when it says more than the last answer (rounded): otherwise the answer itself.
    if (!estimate || qRound(*estimate * 100) <= qRound(std::max(r.progress, 0.0) * 100))
        return std::nullopt;
    return estimate;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const JobRecord &r = m_monitor->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Method:
            return r.kindText();
        case Cloud:
            return r.cloudLabel;
        case State:
            if (r.isIncompleteUpload() || r.isForeign())
                return r.displayStateText();
            if (r.state == JobState::Running && m_waitsForSignIn && m_waitsForSignIn(r))
                //: %1 = our state word ("Running"); a job sent with OS_* variables that no
                //: saved profile follows yet (the job details offer "Sign In for These Jobs…")
                return tr("%1 (not followed until you sign in)").arg(JobRecord::stateText(r.state));
            if (m_monitor->isWaitingForCloud(r))
                //: %1 = our state word ("Running"); the cloud cannot be reached at the moment
                return tr("%1 (waiting for the cloud to be reachable)")
                    .arg(JobRecord::stateText(r.state));
            if (r.method == CreationMethod::GlanceCreateUpload
                && r.upload == JobRecord::Upload::Running && r.state == JobState::Running)
                //: %1 = our state word ("Running")
                return tr("%1 (uploading)").arg(JobRecord::stateText(r.state));
            if (!r.cloudStatus.isEmpty() && r.state == JobState::Running)
                //: %1 = our state word, %2 = the cloud's raw status such as RUNNING
                return tr("%1 (%2)").arg(JobRecord::stateText(r.state), r.cloudStatus);
            return JobRecord::stateText(r.state);
        case Progress:
            // A failed job's last progress (99 %) is history (its timeline), not a result.
            if (r.state == JobState::Failed)
                return QString();
            if (const auto estimate = estimatedProgress(r))
                //: Progress estimated between two polls from the measured rate. %1 = percent
                return tr("≈ %1").arg(QLocale().toString(qRound(*estimate * 100))
                    + QLocale().percent());
            if (r.progress < 0)
                return r.isTerminal() ? QString() : QString(u"…"_s);
            return QString(QLocale().toString(qRound(r.progress * 100)) + QLocale().percent());
        case Started:
            return QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat);
        case Elapsed:
            return elapsedText(elapsedSeconds(r));
        case Result:
            return resultText(r);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Result)
            return resultText(r);
        if (index.column() == Progress && estimatedProgress(r) && r.progress >= 0)
            //: %1 = the percentage the cloud reported at its last answer
            return tr("Estimated from the rate the cloud reported; its last answer said %1.")
                .arg(QLocale().toString(qRound(r.progress * 100)) + QLocale().percent());
        if (index.column() == State && !r.cloudStatus.isEmpty())
            return r.cloudStatus;
        break;
    case SortRole:
        switch (index.column()) {
        case Progress:
            return r.progress;
        case Started:
            return r.created;
        case Elapsed:
            return elapsedSeconds(r);
        case State:
            return int(r.state);
        default:
            return data(index, Qt::DisplayRole);
        }
    case ProgressRole:
        if (r.state == JobState::Succeeded)
            return 100;
        if (r.state == JobState::Failed)
            return -1;
        if (const auto estimate = estimatedProgress(r))
            return qRound(*estimate * 100);
        return r.progress < 0 ? -1 : qRound(r.progress * 100);
    case StateRole:
        return int(r.state);
    case LocalIdRole:
        return r.localId;
    case ImageIdsRole:
        return r.imageIds;
    case ProfileRole:
        return r.profileId;
    case SearchRole:
        return QStringList{r.jobId, r.marker, r.imageIds.join(u' ')}.join(u' ');
    default:
        break;
    }
    return {};
}

QVariant JobTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Method:
        return tr("Method");
    case Cloud:
        return tr("Cloud");
    case State:
        return tr("Status");
    case Progress:
        return tr("Progress");
    case Started:
        return tr("Started");
    case Elapsed:
        return tr("Elapsed");
    case Result:
        return tr("Result");
    }
    return {};
}

void JobTableModel::handleChanged(int row, JobMonitor::Changes changes)
{
    // Only the columns a change can touch, never a reset.
    int first = State;
    int last = State;
    if (changes & JobMonitor::ProgressChanged) {
        first = std::min(first, int(Progress));
        last = std::max(last, int(Progress));
    }
    if (changes & (JobMonitor::ResultChanged | JobMonitor::OtherChanged | JobMonitor::StateChanged))
        last = std::max(last, int(Result));
    auto it = m_pending.find(row);
    if (it == m_pending.end()) {
        m_pending.insert(row, {first, last});
    } else {
        it->first = std::min(it->first, first);
        it->second = std::max(it->second, last);
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void JobTableModel::flushPendingChanges()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const auto pending = std::exchange(m_pending, {});
    int firstRow = rowCount();
    int lastRow = -1;
    int firstColumn = ColumnCount;
    int lastColumn = 0;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        firstRow = std::min(firstRow, it.key());
        lastRow = std::max(lastRow, it.key());
        firstColumn = std::min(firstColumn, it->first);
        lastColumn = std::max(lastColumn, it->second);
    }
    if (pending.size() <= ExactRows) {
        // Exact, one signal per row, in row order: a view repaints the rows it shows of these,
        // not every row between the first and the last.
        QList<int> rows = pending.keys();
        std::sort(rows.begin(), rows.end());
        for (const int row : std::as_const(rows)) {
            const auto &[first, last] = pending.value(row);
            Q_EMIT dataChanged(index(row, first), index(row, last));
        }
        return;
    }
    // Hundreds of rows: one span from the first to the last changed row. A sorting proxy checks
    // the order of the rows of each signal and may re-lay-out its view for each, so one signal
    // costs far less than hundreds, even though the span also covers rows that did not change.
    Q_EMIT dataChanged(index(firstRow, firstColumn), index(lastRow, lastColumn));
}

void JobTableModel::flushUnlessBurst()
{
    // Many jobs answered together (hundreds of live jobs) wait for the clock's tick, at most a
    // second: the sorting proxy re-sorts and the view repaints once a second, not every 150 ms.
    if (m_pending.size() > QuietRows && m_elapsedTimer.isActive())
        return;
    flushPendingChanges();
}

void JobTableModel::handleElapsedTick()
{
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_monitor->count(); ++row) {
        if (!m_monitor->at(row).isTerminal()) {
            if (first < 0)
                first = row;
            last = row;
        }
    }
    if (m_pending.size() > ExactRows) {
        // The burst waiting for this tick goes out with it, in one span.
        m_flushTimer.stop();
        int firstColumn = Progress;
        int lastColumn = Elapsed;
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            first = first < 0 ? it.key() : std::min(first, it.key());
            last = std::max(last, it.key());
            firstColumn = std::min(firstColumn, it->first);
            lastColumn = std::max(lastColumn, it->second);
        }
        m_pending.clear();
        Q_EMIT dataChanged(index(first, firstColumn), index(last, lastColumn));
        return;
    }
    flushPendingChanges();
    // Progress too: between polls it moves on by the measured rate (an estimate, no request).
    // Two spans, not one from Progress to Elapsed: the view repaints the cells of a span, and
    // Started, between them, never changes.
    if (first >= 0) {
        Q_EMIT dataChanged(index(first, Progress),
            index(last, Progress),
            {Qt::DisplayRole, Qt::ToolTipRole, SortRole, ProgressRole});
        Q_EMIT dataChanged(index(first, Elapsed),
            index(last, Elapsed),
            {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
    }
}

void JobTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}
