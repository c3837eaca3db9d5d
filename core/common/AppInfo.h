#pragma once

#include <QString>

class QCoreApplication;

namespace daicho {

// Names and places shared by the GUI and the CLI, so both find the same default register.
class AppInfo {
public:
    static void applyTo(QCoreApplication& app);
    static QString version();
    // <user data folder>/register.sqlite, e.g. ~/.local/share/Daicho/daicho/register.sqlite
    static QString defaultRegisterPath();
};

} // namespace daicho
