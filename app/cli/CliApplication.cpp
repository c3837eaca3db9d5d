#include "CliApplication.h"

#include "BackupCommand.h"
#include "CheckCommand.h"
#include "ExportCommand.h"
#include "GenerateCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "InspectCommand.h"
#include "MigrateCommand.h"
#include "ReportCommand.h"
#include "RestoreCommand.h"
#include "ReviewCommand.h"
#include "RoleCommand.h"
#include "StatsCommand.h"
#include "UserCommand.h"
#include "VerifyAuditCommand.h"
#include "common/AppInfo.h"
#include "common/Translations.h"
#include "security/Argon2Hasher.h"
#include "sqlite/SqliteStatement.h"

#include <QCommandLineParser>

namespace daicho {

CliApplication::CliApplication(QTextStream& out, QTextStream& err, const Clock& clock)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
{
    SqliteStatement::install();
    Argon2Hasher::install();
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<StatsCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<ReviewCommand>());
    m_commands.push_back(std::make_unique<InspectCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<GenerateCommand>());
    m_commands.push_back(std::make_unique<VerifyAuditCommand>());
    m_commands.push_back(std::make_unique<MigrateCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<UserCommand>());
    m_commands.push_back(std::make_unique<RoleCommand>());
}

CliApplication::~CliApplication() = default;

Command* CliApplication::find(const QString& name) const
{
    for (const auto& c : m_commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

void CliApplication::printUsage(QTextStream& stream) const
{
    stream << tr("Usage: daicho-cli [--db FILE|postgresql://USER@HOST:PORT/DB] [--user LOGIN] [--lang ja|en] <command> "
                 "[options]")
           << Qt::endl
           << tr("Without --db the default register is used: %1").arg(AppInfo::defaultRegisterPath()) << Qt::endl
           << Qt::endl
           << tr("Commands:") << Qt::endl;
    for (const auto& c : m_commands)
        stream << QStringLiteral("  %1\n      %2").arg(c->synopsis(), c->summary()) << Qt::endl;
}

int CliApplication::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      tr("Register file, or postgresql://USER@HOST:PORT/DB for a shared register "
                                         "(password from PGPASSWORD or ~/.pgpass)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language of messages: ja or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        tr("Sign in as LOGIN (password from DAICHO_PASSWORD, or asked for)."),
                                        QStringLiteral("LOGIN"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Show the version."));
    parser.addOptions({dbOption, langOption, userOption, helpOption, versionOption});

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl;
        printUsage(m_err);
        return ExitUsage;
    }
    if (parser.isSet(langOption)) {
        const Language language = LanguageSetting::fromCode(parser.value(langOption));
        if (QCoreApplication* app = QCoreApplication::instance())
            Translations::install(*app, language);
        else
            LanguageSetting::setCurrent(language);
    }
    if (parser.isSet(helpOption)) {
        printUsage(m_out);
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        m_out << QStringLiteral("daicho-cli ") << AppInfo::version() << Qt::endl;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        m_err << tr("No command given.") << Qt::endl;
        printUsage(m_err);
        return ExitUsage;
    }
    Command* command = find(positional.constFirst());
    if (!command) {
        m_err << tr("Unknown command: %1").arg(positional.constFirst()) << Qt::endl;
        printUsage(m_err);
        return ExitUsage;
    }
    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : AppInfo::defaultRegisterPath();
    CliContext ctx{dbPath, m_out, m_err, m_clock, parser.value(userOption)};
    const int code = command->execute(positional.mid(1), ctx);
    m_out.flush();
    m_err.flush();
    return code;
}

} // namespace daicho
