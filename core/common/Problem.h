#pragma once

#include <QList>
#include <QString>

namespace daicho {

// One thing wrong with an input: where (row, field) and why, already translated.
struct Problem {
    QString field;   // stable field key, e.g. "confidentiality"; empty for the whole record
    QString message; // translated, names the field and the reason
    int row = -1;    // 1-based source row for imports; -1 when not applicable

    QString toString() const;
};

using Problems = QList<Problem>;

QString joinProblems(const Problems& problems);

} // namespace daicho
