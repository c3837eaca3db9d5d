#include "RegisterSetup.h"

#include "Register.h"
#include "TemplateService.h"

#include <QFile>

namespace daicho {

Result<std::unique_ptr<Register>> RegisterSetup::create(const Clock& clock) const
{
    using R = Result<std::unique_ptr<Register>>;
    R reg = Register::create(path, clock);
    if (!reg)
        return reg;
    OrgTemplate tree;
    if (noshiroTree) {
        tree = TemplateService::noshiro();
    } else {
        tree.key = QStringLiteral("empty");
        tree.city = cityName.trimmed();
    }
    Status made = TemplateService(*reg.value()).apply(tree);
    if (made && !adminLogin.trimmed().isEmpty())
        made = reg.value()->createFirstAdministrator(adminName, adminLogin, adminPassword);
    if (!made) {
        discard(reg.take(), path);
        return R(made.problems());
    }
    return reg;
}

void RegisterSetup::discard(std::unique_ptr<Register> reg, const QString& path)
{
    reg.reset(); // the file is closed before it goes
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace daicho
