#pragma once

#include <QList>
#include <QString>

namespace daicho {

// One thing wrong with an input: where (row, field) and why, already translated.
struct Problem {
    Problem() = default;
    Problem(QString field_, QString message_, int row_ = -1, QString reason_ = {})
        : field(std::move(field_))
        , message(std::move(message_))
        , row(row_)
        , reason(std::move(reason_))
    {
    }

    QString field;   // stable field key, e.g. "confidentiality"; empty for the whole record
    QString message; // translated, names the field and the reason
    int row = -1;    // 1-based source row for imports; -1 when not applicable
    QString reason;  // the message without the field's name, for faces that name the field themselves

    QString toString() const;
};

using Problems = QList<Problem>;

QString joinProblems(const Problems& problems);

} // namespace daicho
