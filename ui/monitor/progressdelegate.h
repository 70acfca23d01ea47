#pragma once

#include <QStyledItemDelegate>

/// Paints the Progress column from the model's roles only: a progress bar while a job runs
/// (ProgressRole 0..100, or a busy bar for -1), plain text once the job has ended.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)
public:
    explicit ProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter,
        const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
