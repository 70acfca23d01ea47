#include "library/imagejobdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "cloud/cloudsession.h"
#include "library/actions/imagejobaction.h"
#include "library/imagejobrecord.h"
#include "widgets/accessiblenames.h"
#include "widgets/inlinemessage.h"

using namespace Qt::StringLiterals;

ImageJobDialog::ImageJobDialog(CloudSession *session, const LibraryImage &image, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_image(image)
{
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_general = new InlineMessage(this);
    m_general->setObjectName(u"imageJobMessage"_s);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_start = m_buttons->button(QDialogButtonBox::Ok);
    m_start->setObjectName(u"imageJobStart"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { start(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ImageJobDialog::addRow(QLabel *label, QWidget *field, const QString &apiField)
{
    label->setBuddy(field);
    auto *message = new InlineMessage(this);
    message->setObjectName(field->objectName() + u"Message"_s);
    message->setReservedLines(1);
    message->setField(field);
    m_messages.insert(apiField, message);
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(field);
    column->addWidget(message);
    m_form->addRow(label, column);
}

void ImageJobDialog::finishLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_form);
    layout->addWidget(m_general);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    AccessibleNames::install(this);
}

QPushButton *ImageJobDialog::startButton() const
{
    return m_start;
}

bool ImageJobDialog::start()
{
    if (m_busy || !m_session)
        return false;
    for (InlineMessage *message : std::as_const(m_messages))
        message->clearMessage();
    m_general->clearMessage();
    const FieldErrors errors = validate();
    if (!errors.isEmpty()) {
        QHash<QString, QStringList> byField;
        QStringList elsewhere;
        for (const FieldError &e : errors) {
            if (m_messages.contains(e.field))
                byField[e.field] << e.message;
            else
                elsewhere << e.message;
        }
        for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
            InlineMessage *message = m_messages.value(it.key());
            message->reveal();
            message->showError(it.value().join(u'\n'));
        }
        if (!elsewhere.isEmpty())
            m_general->showError(elsewhere.join(u'\n'));
        return false;
    }
    auto *run = new ImageJobRun(m_session, order(), this);
    connect(run, &ImageActionRun::finished, this, [this, run](ImageActionRun *) {
        run->deleteLater();
        setBusy(false);
        if (!run->refusals().isEmpty()) {
            m_general->showError(run->refusals().join(u'\n'));
            return;
        }
        if (run->error()) {
            //: %1 = the cloud's answer (or what went wrong on the way)
            m_general->showError(tr("The cloud did not take the request: %1")
                                     .arg(run->error().userMessage()));
            return;
        }
        if (m_session)
            Q_EMIT jobStarted(ImageJobRecord::record(
                m_session->profile(), run->order(), m_image.name, run->jobId()));
        accept();
    });
    setBusy(true);
    run->start();
    return true;
}

void ImageJobDialog::reject()
{
    if (m_busy)
        return; // Escape, the window's close button: the answer would be lost with the dialog
    QDialog::reject();
}

void ImageJobDialog::setBusy(bool on)
{
    m_busy = on;
    m_progress->setVisible(on);
    m_buttons->setEnabled(!on);
}

void ImageJobDialog::retranslateCommon(
    const QString &title, const QString &heading, const QString &startText)
{
    setWindowTitle(title);
    m_heading->setText(heading);
    m_start->setText(startText);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void ImageJobDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
