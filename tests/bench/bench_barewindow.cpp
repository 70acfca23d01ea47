// The baseline of history_bench.py's first-window figure: a bare Qt Widgets window started the
// way imagewright starts (QApplication, one main window, shown), which logs the same line as
// imagewright once the window is shown (category iw.startup, info; off unless enabled with
// QT_LOGGING_RULES="iw.startup.info=true"). Then it stays open until ended.
//
// With --text it also carries what any window with text has: a menu, a filter field with its
// clear button, a table with column headers and a status line. That is a reference, not the
// aim's baseline: it shows what fonts and text widgets cost before any of imagewright's own
// work, so the part of the gap that imagewright can change is known.
#include <cstring>

#include <QApplication>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcStartup, "iw.startup", QtWarningMsg)

namespace {
void addText(QMainWindow *window)
{
    window->menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"));
    auto *central = new QWidget(window);
    auto *layout = new QVBoxLayout(central);
    auto *filter = new QLineEdit(central);
    filter->setPlaceholderText(QStringLiteral("Filter"));
    filter->setClearButtonEnabled(true);
    auto *model = new QStandardItemModel(0, 7, central);
    model->setHorizontalHeaderLabels({QStringLiteral("Name"),
        QStringLiteral("Method"),
        QStringLiteral("State"),
        QStringLiteral("Progress"),
        QStringLiteral("Started"),
        QStringLiteral("Elapsed"),
        QStringLiteral("Profile")});
    auto *table = new QTableView(central);
    table->setModel(model);
    layout->addWidget(filter);
    layout->addWidget(table);
    window->setCentralWidget(central);
    window->statusBar()->showMessage(QStringLiteral("Ready"));
}
} // namespace

int main(int argc, char **argv)
{
    const bool text = argc > 1 && std::strcmp(argv[1], "--text") == 0;
    QApplication app(argc, argv);
    QMainWindow window;
    if (text)
        addText(&window);
    window.resize(1100, 650);
    window.show();
    QTimer::singleShot(0, &window, [] { qCInfo(lcStartup) << "first window shown"; });
    return QApplication::exec();
}
