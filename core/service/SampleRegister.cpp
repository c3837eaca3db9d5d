#include "SampleRegister.h"

#include "Generator.h"
#include "Register.h"
#include "RegisterSetup.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace daicho {

namespace {
// The same sample for everyone, so that the user guide and support can point at its assets.
constexpr quint32 kSeed = 2026;
} // namespace

QString SampleRegister::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("sample.sqlite"));
}

Result<std::unique_ptr<Register>> SampleRegister::openOrCreate(const QString& path, const Clock& clock)
{
    using R = Result<std::unique_ptr<Register>>;
    if (QFileInfo::exists(path))
        return Register::open(path, clock);
    RegisterSetup setup;
    setup.path = path;
    R reg = setup.create(clock);
    if (!reg)
        return reg;
    if (Result<qint64> generated = Generator(*reg.value(), kSeed).generate(kAssets); !generated) {
        RegisterSetup::discard(reg.take(), path);
        return R::failure(tr("The sample register could not be made: %1").arg(generated.errorText()));
    }
    return reg;
}

} // namespace daicho
