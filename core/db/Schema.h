#pragma once

#include <QStringList>

namespace daicho {

class Dialect;

// The SQL of each schema version, kept apart from the runner so that it reads as a document.
class Schema {
public:
    static QStringList version1();
    static QStringList version2();
    static QStringList version4();
    static QStringList version5();
    static QStringList version6();
    static QStringList version7(const Dialect& dialect);
    static QStringList version8();
    static QStringList version9();
    static QStringList version10(const Dialect& dialect);
    static QStringList version11();
    static QStringList version12(const Dialect& dialect);
    static QStringList version13(const Dialect& dialect);
    static QStringList version14(const Dialect& dialect);
    // The heat-map and review tallies counted afresh from the rows (into empty tally tables).
    static QStringList fillRiskTallies();
    static QStringList fillReviewTallies();
};

} // namespace daicho
