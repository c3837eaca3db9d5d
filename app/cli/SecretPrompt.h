#pragma once

#include <QString>
#include <QTextStream>

namespace daicho {

// Reads a password from the terminal without showing it; from a pipe, reads a line as it is.
class SecretPrompt {
public:
    static QString read(const QString& prompt, QTextStream& err);
};

} // namespace daicho
