#include "CommandLine.h"

#include "service/Register.h"

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
    Result<std::unique_ptr<Register>> reg = Register::open(m_ctx.dbPath, m_ctx.clock);
    if (!reg) {
        m_ctx.err << reg.errorText() << Qt::endl;
        return nullptr;
    }
    return reg.take();
}

} // namespace daicho
