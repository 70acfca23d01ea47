// The baseline of history_bench.py's first-window figure: a bare Qt Widgets window started the
// way imagewright starts (QApplication, one main window, shown), which logs the same line as
// imagewright once the window is shown (category iw.startup, info; off unless enabled with
// QT_LOGGING_RULES="iw.startup.info=true"). Then it stays open until ended.
#include <QApplication>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QTimer>

Q_LOGGING_CATEGORY(lcStartup, "iw.startup", QtWarningMsg)

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 650);
    window.show();
    QTimer::singleShot(0, &window, [] { qCInfo(lcStartup) << "first window shown"; });
    return QApplication::exec();
}
