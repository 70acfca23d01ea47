#pragma once

#include <optional>

#include <QList>
#include <QPointer>
#include <QString>
#include <QWizardPage>

#include "create/creationmethod.h"

class CloudSession;
class InlineMessage;
class QButtonGroup;
class QLabel;
class QRadioButton;

/// The first page: all seven ways of creating an image. A method is offered only when this
/// version builds it, the cloud family has the service (interfaces.md §6) and the catalog lists
/// it; otherwise it is shown disabled with the reason. The choice is the "method" field
/// (int(CreationMethod), -1 for none).
class MethodPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MethodPage)
    Q_PROPERTY(int method READ method WRITE setMethod NOTIFY methodChanged)
public:
    explicit MethodPage(CloudSession *session, QWidget *parent = nullptr);

    int method() const;
    void setMethod(int method);
    bool isAvailable(CreationMethod method) const;
    /// Why the method cannot be chosen (translated, one or more sentences), or nothing.
    std::optional<QString> unavailableReason(CreationMethod method) const;
    QRadioButton *button(CreationMethod method) const;
    /// The wizard page of the method; -1 when the wizard has none yet (the method is then
    /// offered through request files and `imagewright submit` only).
    static int pageOf(CreationMethod method);
    static bool hasPage(CreationMethod method) { return pageOf(method) >= 0; }

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

Q_SIGNALS:
    void methodChanged(int method);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        CreationMethod method = CreationMethod::ImsEcs;
        QRadioButton *button = nullptr;
        QLabel *description = nullptr;
        InlineMessage *reason = nullptr;
    };

    void retranslateUi();
    void updateAvailability();

    QPointer<CloudSession> m_session;
    QList<Row> m_rows;
    QButtonGroup *m_group = nullptr;
    InlineMessage *m_connection = nullptr;
    bool m_connecting = false;
    QString m_connectionError;
};
