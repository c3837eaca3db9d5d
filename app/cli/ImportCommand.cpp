#include "ImportCommand.h"

#include "CommandLine.h"
#include "exchange/LedgerImporter.h"
#include "service/Register.h"

#include <QElapsedTimer>

namespace daicho {

int ImportCommand::execute(const QStringList& args, CliContext& ctx)
{
    CommandLine cl(*this, ctx);
    const QCommandLineOption sheetOption(QStringLiteral("sheet"), tr("XLSX: the sheet to read (default: the first)."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
                                            tr("CSV: the text encoding (default: detected)."),
                                            QStringLiteral("auto|utf-8|cp932"), QStringLiteral("auto"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Check the file and report; write nothing."));
    const QCommandLineOption skipOption(QStringLiteral("skip-invalid"),
                                        tr("Import the valid rows and report the others."));
    cl.parser().addOptions({sheetOption, encodingOption, dryRunOption, skipOption});
    if (!cl.parse(args, 1))
        return ExitUsage;
    const QStringList positional = cl.parser().positionalArguments();
    if (positional.isEmpty())
        return cl.usageError(tr("Which file? Give the path of the ledger to import."));
    const std::optional<CsvEncoding> encoding = csvEncodingFromName(cl.parser().value(encodingOption));
    if (!encoding)
        return cl.usageError(tr("Unknown encoding \"%1\".").arg(cl.parser().value(encodingOption)));

    ImportOptions options;
    options.sheet = cl.parser().value(sheetOption);
    options.encoding = *encoding;
    options.dryRun = cl.parser().isSet(dryRunOption);
    options.skipInvalid = cl.parser().isSet(skipOption);

    std::unique_ptr<Register> reg = cl.openRegister();
    if (!reg)
        return cl.failure();
    QElapsedTimer timer;
    timer.start();
    Result<ImportSummary> result = LedgerImporter(*reg).importFile(positional.constFirst(), options);
    if (!result) {
        ctx.err << result.errorText() << Qt::endl;
        return ExitFailure;
    }
    const ImportSummary& summary = result.value();
    for (const ImportIssue& issue : summary.issues)
        ctx.err << issue.toString() << Qt::endl;
    if (summary.rejected) {
        ctx.err << tr("The file was not imported: %n problem(s); the register is unchanged.", nullptr,
                      static_cast<int>(summary.issues.size()))
                << Qt::endl;
        return summary.denied ? ExitDenied : ExitFailure; // 3 when the user may not make these changes
    }
    for (const QString& line : summary.describe())
        ctx.out << line << Qt::endl;
    ctx.out << tr("Done in %1 s.").arg(timer.elapsed() / 1000.0, 0, 'f', 2) << Qt::endl;
    return ExitOk;
}

} // namespace daicho
