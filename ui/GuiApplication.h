#pragma once

#include <QApplication>
#include <QCoreApplication>

#include <memory>

namespace daicho {

class MainWindow;

// The desktop application: language, the register to open (FILE argument, else the one used
// last, else the user's own register; the welcome wizard on the very first run) and the main
// window.
class GuiApplication {
    Q_DECLARE_TR_FUNCTIONS(GuiApplication)

public:
    GuiApplication(int& argc, char** argv);
    ~GuiApplication();
    int exec();

private:
    int firstRun();

    QApplication m_app;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace daicho
