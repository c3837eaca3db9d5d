#pragma once

#include <QStringList>

namespace daicho {

// The SQL of each schema version, kept apart from the runner so that it reads as a document.
class Schema {
public:
    static QStringList version1();
    static QStringList version2();
    static QStringList version4();
    static QStringList version5();
    static QStringList version6();
    static QStringList version7();
    static QStringList version8();
    static QStringList version9();
    static QStringList version10();
    static QStringList version11();
};

} // namespace daicho
