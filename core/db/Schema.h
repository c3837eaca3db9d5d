#pragma once

#include <QStringList>

namespace daicho {

// The SQL of each schema version, kept apart from the runner so that it reads as a document.
class Schema {
public:
    static QStringList version1();
    static QStringList version2();
    static QStringList version4();
};

} // namespace daicho
