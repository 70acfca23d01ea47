#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

/// A bar above the monitor for news about the app's own data that the operator must read once
/// (the job history was moved aside, or was written by a newer version): an icon, the sentence
/// (selectable, as it names a file) and a button to dismiss it. Colours come from the palette.
class NoticeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBar)
public:
    explicit NoticeBar(QWidget *parent = nullptr);

    /// Shows `text` (already in the UI's language); an empty text hides the bar.
    void showNotice(const QString &text);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
};
