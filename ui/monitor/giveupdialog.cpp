#include "monitor/giveupdialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

GiveUpDialog::GiveUpDialog(const QString &name, qint64 seconds, QWidget *parent)
    : QDialog(parent)
    , m_hours(new QSpinBox(this))
    , m_minutes(new QSpinBox(this))
{
    //: %1 = image name
    setWindowTitle(tr("Time limit for “%1”").arg(name));
    auto *text = new QLabel(tr("Stop waiting for this job this long after it started (0 h "
                               "0 min: no limit). The job then needs attention; the cloud may "
                               "still finish the work."),
        this);
    text->setWordWrap(true);
    m_hours->setRange(0, MaxHours);
    //: Suffix of a number of hours
    m_hours->setSuffix(tr(" h"));
    m_minutes->setRange(0, 59);
    //: Suffix of a number of minutes
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setWrapping(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Hours:"), m_hours);
    form->addRow(tr("&Minutes:"), m_minutes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setSeconds(seconds);
    m_hours->setFocus();
}

qint64 GiveUpDialog::seconds() const
{
    return qint64(m_hours->value()) * 3600 + qint64(m_minutes->value()) * 60;
}

void GiveUpDialog::setSeconds(qint64 seconds)
{
    // A limit kept in seconds shows rounded up to the next minute.
    const qint64 minutes = std::clamp<qint64>((seconds + 59) / 60, 0, qint64(MaxHours) * 60);
    m_hours->setValue(int(minutes / 60));
    m_minutes->setValue(int(minutes % 60));
}
