#pragma once

#include <QSortFilterProxyModel>

/// Sorts on JobTableModel::SortRole and filters by state group and free text.
class JobFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobFilterProxy)
public:
    enum class StateFilter
    {
        All,
        Active,
        Succeeded,
        Failed,
        NeedsAttention
    };

    explicit JobFilterProxy(QObject *parent = nullptr);

    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_state; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StateFilter m_state = StateFilter::All;
    QString m_text;
};
