// Register window benchmark (issue 4). Not a test: it prints figures and asserts nothing.
//
//   daicho-window-bench REGISTER [TERM...]
//
// Opens the register the way the application does, shows the window (offscreen unless a
// display is asked for), and reports: the time from opening the database to the first page
// painted, each keystroke of the search terms typed one character at a time (filter applied
// in SQL, the visible rows fetched, the table repainted), a jump to the last row, and the
// resident memory at the end.

#include "MainWindow.h"
#include "models/AssetTableModel.h"
#include "service/Register.h"
#include "sqlite/SqliteStatement.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

#include <cstdio>

using namespace daicho;

namespace {

double ms(const QElapsedTimer& t)
{
    return t.nsecsElapsed() / 1e6;
}

// Paints the table now, as the event loop would once the window is idle.
void paint(QTableView* table)
{
    QApplication::processEvents();
    table->viewport()->grab();
}

QString residentMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QString text = QString::fromLatin1(status.readAll());
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("VmRSS:")))
            return line.mid(6).trimmed();
    return QStringLiteral("?");
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: daicho-window-bench REGISTER [TERM...]\n");
        return 2;
    }
    const QString path = args.takeFirst();
    if (args.isEmpty())
        args << QStringLiteral("住民基本台帳") << QStringLiteral("USBメモリ") << QStringLiteral("A-00123");
    SqliteStatement::install();
    QTextStream out(stdout);

    QElapsedTimer total;
    total.start();
    Result<std::unique_ptr<Register>> opened = Register::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorText()));
        return 1;
    }
    const double openMs = ms(total);
    MainWindow window;
    window.setRegister(opened.take());
    window.resize(1280, 800);
    window.show();
    QTableView* table = window.table();
    paint(table);
    const double firstPageMs = ms(total);
    auto* model = qobject_cast<AssetTableModel*>(table->model());
    out << "Register: " << path << " (" << model->rowCount() << " assets)\n";
    out << QStringLiteral("Open the database:                %1 ms\n").arg(openMs, 7, 'f', 1);
    out << QStringLiteral("Open → first page painted:        %1 ms\n").arg(firstPageMs, 7, 'f', 1);

    QElapsedTimer t;
    t.start();
    model->index(model->rowCount() - 1, 0).data();
    out << QStringLiteral("Read the last page (model only):  %1 ms\n").arg(ms(t), 7, 'f', 1);
    t.restart();
    table->scrollToBottom();
    paint(table);
    out << QStringLiteral("Jump to the last row:             %1 ms\n").arg(ms(t), 7, 'f', 1);
    table->scrollToTop();
    paint(table);

    // Keystrokes: the search box's own delay (it waits for a pause in typing) is left out;
    // what is timed is the work each keystroke costs once it applies.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    double worst = 0;
    for (const QString& term : args) {
        for (int n = 1; n <= term.size(); ++n) {
            t.restart();
            search->setText(term.left(n));
            AssetFilter filter = model->filter();
            filter.text = term.left(n);
            model->setFilter(filter);
            paint(table);
            const double keystroke = ms(t);
            worst = std::max(worst, keystroke);
            out << QStringLiteral("Search 「%1」: %2 rows%3 in %4 ms\n")
                       .arg(term.left(n))
                       .arg(model->rowCount())
                       .arg(model->truncated() ? QStringLiteral("+") : QString())
                       .arg(keystroke, 0, 'f', 1);
        }
    }
    out << QStringLiteral("Slowest keystroke:                %1 ms\n").arg(worst, 7, 'f', 1);
    out << "Resident memory at the end:       " << residentMemory() << "\n";
    return 0;
}
