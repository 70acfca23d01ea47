#include "widgets/insecurebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

using namespace Qt::StringLiterals;

InsecureBanner::InsecureBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"insecureBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text = new QLabel(this);
    m_text->setObjectName(u"insecureBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    applyPalette();
    setVisible(false);
}

QString InsecureBanner::warningText(const QString &profileName)
{
    //: Persistent warning. %1 = profile name
    return tr("Certificate checks are off for the profile “%1” (insecure TLS): anyone on the "
              "network path could read or change the traffic, the token included. Choose the "
              "cloud's CA bundle file in Cloud Profiles instead.")
        .arg(profileName);
}

void InsecureBanner::setInsecureProfile(bool insecure, const QString &profileName)
{
    m_profileName = profileName;
    retranslate();
    setVisible(insecure);
}

QString InsecureBanner::text() const
{
    return m_text->text();
}

void InsecureBanner::retranslate()
{
    m_text->setText(warningText(m_profileName));
}

void InsecureBanner::applyPalette()
{
    // Red-tinted from the platform's own window colour, so it fits light and dark themes.
    m_applying = true;
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const QColor window = pal.color(QPalette::Window);
    const bool dark = window.lightness() < 128;
    const QColor tint = dark ? QColor(0x8b, 0x1a, 0x1a) : QColor(0xf8, 0xd0, 0xd0);
    pal.setColor(QPalette::Window, tint);
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xf0, 0xf0) : QColor(0x5a, 0x00, 0x10));
    setPalette(pal);
    m_applying = false;
}

void InsecureBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && !m_applying)
        applyPalette();
    QFrame::changeEvent(event);
}
