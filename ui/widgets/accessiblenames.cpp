#include "widgets/accessiblenames.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QTextEdit>
#include <QTimer>

#include "widgets/mnemonic.h"

using namespace Qt::StringLiterals;

namespace {
constexpr char AutoName[] = "iw_accessibleNameAuto"; // set by us: may be replaced

QString labelText(const QString &text)
{
    QString name = Mnemonic::strip(text).trimmed();
    while (name.endsWith(u':') || name.endsWith(u'：'))
        name.chop(1);
    return name.trimmed();
}

bool isInput(const QWidget *w)
{
    if (qobject_cast<const QHeaderView *>(w))
        return false;
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QAbstractButton *>(w)
        || qobject_cast<const QAbstractItemView *>(w);
}

void setName(QWidget *w, const QString &name)
{
    if (name.isEmpty())
        return;
    if (!w->accessibleName().isEmpty() && !w->property(AutoName).toBool())
        return; // named by hand
    if (w->accessibleName() != name)
        w->setAccessibleName(name);
    w->setProperty(AutoName, true);
}

QString fallbackName(const QWidget *w)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return Mnemonic::strip(button->text()).trimmed();
    if (const auto *edit = qobject_cast<const QLineEdit *>(w);
        edit && !edit->placeholderText().isEmpty())
        return edit->placeholderText();
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (const auto *box = qobject_cast<const QGroupBox *>(p); box && !box->title().isEmpty())
            return labelText(box->title());
        if (p->isWindow())
            break;
    }
    return w->toolTip();
}
} // namespace

AccessibleNames::AccessibleNames(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

void AccessibleNames::install(QWidget *window)
{
    auto *names = new AccessibleNames(window);
    window->installEventFilter(names);
    names->schedule();
}

void AccessibleNames::apply(QWidget *root)
{
    // Labels first: a buddy's label is the best name.
    QSet<QWidget *> labelled;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        QWidget *buddy = label->buddy();
        if (!buddy || label->text().isEmpty())
            continue;
        const QString name = labelText(label->text());
        setName(buddy, name);
        labelled.insert(buddy);
        if (!isInput(buddy)) { // a composite field (the OS version picker): its inputs
            for (QWidget *inner : buddy->findChildren<QWidget *>()) {
                if (isInput(inner) && !qobject_cast<QAbstractButton *>(inner)) {
                    setName(inner, name);
                    labelled.insert(inner);
                }
            }
        }
    }
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!isInput(w) || labelled.contains(w))
            continue;
        if (qobject_cast<QComboBox *>(w->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue; // the editor inside a combo or spin box
        setName(w, fallbackName(w));
    }
}

void AccessibleNames::schedule()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        apply(m_window);
    });
}

bool AccessibleNames::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::Show:
        case QEvent::LanguageChange:
        case QEvent::LayoutRequest:
        case QEvent::ChildAdded:
            schedule();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
