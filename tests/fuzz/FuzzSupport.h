#pragma once

// Shared by the fuzz targets: a Qt application object, quiet logging, a private folder and a
// register with the Noshiro tree.

#include "service/Register.h"
#include "service/RegisterSetup.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace daicho::fuzz {

// Qt warnings (a damaged zip, an XML error) are expected on every other input: keep the
// fuzzer's output for its own statistics. Fatal messages still abort, which libFuzzer reports.
inline void quietHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        abort();
    }
}

// Called once from LLVMFuzzerInitialize.
inline void setUp()
{
    static int argc = 1;
    static char name[] = "daicho-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    qInstallMessageHandler(quietHandler);
}

// A folder of this process for the inputs that must be files.
inline const QString& workDir()
{
    static QTemporaryDir dir;
    static const QString path = dir.isValid() ? dir.path() : QString();
    if (path.isEmpty())
        abort();
    return path;
}

// A register file with the Noshiro tree, made once per process and kept for its whole run.
inline Register& noshiroRegister()
{
    static Register* reg = [] {
        RegisterSetup setup;
        setup.path = workDir() + QStringLiteral("/register.sqlite");
        Result<std::unique_ptr<Register>> created = setup.create();
        if (!created)
            qFatal("cannot create the register: %s", qPrintable(created.errorText()));
        Register* made = created.take().release();
        made->setActor(QStringLiteral("fuzz"));
        return made;
    }();
    return *reg;
}

inline QString writeFile(const QString& name, const uint8_t* data, size_t size)
{
    const QString path = workDir() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
        abort();
    return path;
}

// A finding that is not a crash: libFuzzer reports it as one, with the input.
#define DAICHO_FUZZ_CHECK(condition)                                                                                   \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            fprintf(stderr, "check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                             \
            abort();                                                                                                   \
        }                                                                                                              \
    } while (false)

} // namespace daicho::fuzz
