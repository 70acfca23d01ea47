#pragma once

#include <QDialog>

class QLabel;
class QSpinBox;

/// Asks for a job's optional time limit (Give Up After…) in hours and minutes, counted from
/// the job's start; 0 h 0 min is no limit.
class GiveUpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GiveUpDialog)
public:
    /// `name` is the image's name; `seconds` the current limit (0: none).
    GiveUpDialog(const QString &name, qint64 seconds, QWidget *parent = nullptr);

    /// The limit chosen, in seconds (0: no limit).
    qint64 seconds() const;
    void setSeconds(qint64 seconds);
    QSpinBox *hoursBox() const { return m_hours; }
    QSpinBox *minutesBox() const { return m_minutes; }

    static constexpr int MaxHours = 24 * 30;

private:
    QSpinBox *m_hours;
    QSpinBox *m_minutes;
};
