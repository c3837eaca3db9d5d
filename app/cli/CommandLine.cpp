#include "CommandLine.h"

#include "SecretPrompt.h"
#include "service/Register.h"

#include <QDir>

namespace daicho {

CommandLine::CommandLine(const Command& command, CliContext& ctx)
    : m_command(command)
    , m_ctx(ctx)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

bool CommandLine::parse(const QStringList& args, int maxPositional)
{
    // QCommandLineParser expects the program name first.
    if (!m_parser.parse(QStringList{m_command.name()} + args)) {
        usageError(m_parser.errorText());
        return false;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > maxPositional) {
        usageError(tr("Unexpected argument: %1").arg(positional.at(maxPositional)));
        return false;
    }
    return true;
}

int CommandLine::usageError(const QString& reason)
{
    m_ctx.err << reason << Qt::endl << tr("Usage: daicho-cli [--db FILE] %1").arg(m_command.synopsis()) << Qt::endl;
    return ExitUsage;
}

std::optional<qint64> CommandLine::integer(const QString& option, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = m_parser.value(option).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        usageError(tr("--%1 needs a whole number from %2 to %3, not \"%4\".")
                       .arg(option)
                       .arg(min)
                       .arg(max)
                       .arg(m_parser.value(option)));
        return std::nullopt;
    }
    return value;
}

std::unique_ptr<Register> CommandLine::openRegister()
{
    m_failure = ExitFailure;
    Result<std::unique_ptr<Register>> reg = Register::open(m_ctx.dbPath, m_ctx.clock);
    if (!reg) {
        m_openProblems = reg.problems();
        m_ctx.err << reg.errorText() << Qt::endl;
        return nullptr;
    }
    if (const QString backup = reg.value()->database().migrationBackupPath(); !backup.isEmpty())
        m_ctx.err << tr("Backed up the register before updating it: %1").arg(QDir::toNativeSeparators(backup))
                  << Qt::endl;
    Result<bool> guarded = reg.value()->requiresSignIn();
    if (!guarded) {
        m_openProblems = guarded.problems();
        m_ctx.err << guarded.errorText() << Qt::endl;
        return nullptr;
    }
    if (!guarded.value())
        return reg.take();
    m_failure = ExitDenied;
    // Connected to a shared register as a user's own server login: the server checked the password.
    Result<QString> serverUser = reg.value()->serverUser();
    if (!serverUser) {
        m_ctx.err << serverUser.errorText() << Qt::endl;
        return nullptr;
    }
    if (!serverUser.value().isEmpty()) {
        if (!m_ctx.user.isEmpty() && m_ctx.user != serverUser.value()) {
            m_ctx.err << tr("Connected to the server as %1: sign in as that user, or connect as %2.")
                             .arg(serverUser.value(), m_ctx.user)
                      << Qt::endl;
            return nullptr;
        }
        if (Status s = reg.value()->signInAsServerUser(); !s) {
            m_ctx.err << s.errorText() << Qt::endl;
            return nullptr;
        }
        return reg.take();
    }
    if (m_ctx.user.isEmpty()) {
        m_ctx.err << tr("This register has users: sign in with --user LOGIN (the password from DAICHO_PASSWORD "
                        "or asked for).")
                  << Qt::endl;
        return nullptr;
    }
    const QString password = secret("DAICHO_PASSWORD", tr("Password for %1: ").arg(m_ctx.user), m_ctx);
    if (Status s = reg.value()->signIn(m_ctx.user, password); !s) {
        m_ctx.err << s.errorText() << Qt::endl;
        return nullptr;
    }
    return reg.take();
}

QString CommandLine::secret(const char* environmentVariable, const QString& prompt, CliContext& ctx)
{
    if (qEnvironmentVariableIsSet(environmentVariable))
        return qEnvironmentVariable(environmentVariable);
    return SecretPrompt::read(prompt, ctx.err);
}

qint64 unitAtPath(const QList<OrgUnit>& units, const QString& path)
{
    qint64 parent = 0;
    for (const QString& name : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        qint64 found = 0;
        for (const OrgUnit& u : units)
            if (u.parentId == parent && u.name == name.trimmed() && u.active)
                found = u.id;
        if (found == 0)
            return 0;
        parent = found;
    }
    return parent;
}

} // namespace daicho
