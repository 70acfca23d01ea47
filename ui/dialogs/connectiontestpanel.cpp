#include "dialogs/connectiontestpanel.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "create/creationmethod.h"
#include "widgets/inlinemessage.h"

using namespace Qt::StringLiterals;

ConnectionTestPanel::ConnectionTestPanel(QWidget *parent)
    : QWidget(parent)
{
    m_button = new QPushButton(this);
    m_button->setObjectName(u"testConnection"_s);
    m_button->setAutoDefault(false);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"testBusy"_s);
    m_busy->setRange(0, 0); // busy
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setVisible(false);
    m_message = new InlineMessage(this);
    m_message->setObjectName(u"testMessage"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_button);
    row->addWidget(m_busy);
    row->addStretch(1);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addWidget(m_message);
}

void ConnectionTestPanel::retranslate()
{
    m_button->setText(m_test ? tr("Testing…") : tr("&Test Connection"));
    m_button->setToolTip(
        tr("Sign in with these values without saving them, and list what the cloud offers"));
    showResult();
}

void ConnectionTestPanel::run(ConnectionTest *test, const QUrl &authUrl)
{
    test->setParent(this);
    m_test = test;
    connect(test, &ConnectionTest::finished, this, [this, test](const ConnectionTest::Result &r) {
        test->deleteLater();
        m_test = nullptr;
        m_busy->setVisible(false);
        m_button->setText(tr("&Test Connection"));
        m_lastResult = r;
        showResult();
        Q_EMIT finished(r);
    });
    m_button->setText(tr("Testing…"));
    m_busy->setVisible(true);
    m_lastResult.reset();
    m_message->showMessage(InlineMessage::Kind::Info,
        //: %1 = the identity URL
        tr("Signing in at %1…").arg(authUrl.toString(QUrl::RemoveUserInfo)));
    test->start();
}

void ConnectionTestPanel::forget()
{
    if (m_test)
        return;
    m_lastResult.reset();
    m_message->clearMessage();
}

void ConnectionTestPanel::reset()
{
    m_lastResult.reset();
    m_message->clearMessage();
}

void ConnectionTestPanel::showError(const QString &text)
{
    m_message->showError(text);
}

void ConnectionTestPanel::showResult()
{
    if (!m_lastResult)
        return;
    const ConnectionTest::Result &r = *m_lastResult;
    if (!r.ok()) {
        m_message->showError(ConnectionTest::errorMessage(r));
        return;
    }
    // A clock too far off is said first, as a warning: signed requests would be refused.
    const QString skew = ConnectionTest::clockSkewMessage(r);
    const auto prefixed = [&skew](const QString &text) {
        return skew.isEmpty() ? text : skew + u'\n' + text;
    };
    const QString region = r.region.isEmpty() ? tr("any region") : r.region;
    if (r.serviceTypes.isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Warning,
            prefixed(
                //: %1 = region, %2 = the regions the catalog names
                tr("Signed in, but the catalog has no services for region %1 on this interface. "
                   "Regions in the catalog: %2.")
                    .arg(region,
                        r.catalogRegions.isEmpty() ? tr("none") : r.catalogRegions.join(u", "_s))));
        return;
    }
    QStringList methods;
    for (CreationMethod m : r.methods)
        methods.append(CreationMethods::title(m));
    const QString methodText = methods.isEmpty()
        ? tr("None of the image creation methods: the catalog has no image, compute or volume "
             "service here.")
        : methods.join(u"; "_s);
    m_message->showMessage(
        skew.isEmpty() ? InlineMessage::Kind::Info : InlineMessage::Kind::Warning,
        prefixed(
            //: %1 = region, %2 = service types such as "compute, image, volumev3",
            //: %3 = the creation methods they enable
            tr("Connected. Services in %1: %2.\nImage creation methods available: %3")
                .arg(region, r.serviceTypes.join(u", "_s), methodText)));
}
