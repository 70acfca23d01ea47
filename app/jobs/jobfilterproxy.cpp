#include "jobs/jobfilterproxy.h"

#include "jobs/jobrecord.h"
#include "jobs/jobtablemodel.h"

JobFilterProxy::JobFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::SortRole);
    setDynamicSortFilter(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void JobFilterProxy::setStateFilter(StateFilter filter)
{
    if (std::exchange(m_state, filter) != filter)
        invalidateRowsFilter(); // beginFilterChange() needs Qt 6.10
}

void JobFilterProxy::setText(const QString &text)
{
    if (std::exchange(m_text, text) != text)
        invalidateRowsFilter();
}

bool JobFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto state = JobState(first.data(JobTableModel::StateRole).toInt());
    switch (m_state) {
    case StateFilter::All:
        break;
    case StateFilter::Active:
        if (state != JobState::Running && state != JobState::Submitting)
            return false;
        break;
    case StateFilter::Succeeded:
        if (state != JobState::Succeeded)
            return false;
        break;
    case StateFilter::Failed:
        if (state != JobState::Failed && state != JobState::Cancelled)
            return false;
        break;
    case StateFilter::NeedsAttention:
        // Not watched: how it ends is not known until the operator watches it again.
        if (state != JobState::NeedsAttention && state != JobState::NotWatched)
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    if (first.data(JobTableModel::SearchRole).toString().contains(m_text, Qt::CaseInsensitive))
        return true;
    for (int c = 0; c < JobTableModel::ColumnCount; ++c) {
        const QString text = sourceModel()->index(sourceRow, c, sourceParent).data().toString();
        if (text.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
