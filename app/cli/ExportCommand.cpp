#include "ExportCommand.h"

#include "CommandLine.h"
#include "exchange/LedgerExporter.h"
#include "service/Register.h"

#include <QElapsedTimer>

namespace daicho {

int ExportCommand::execute(const QStringList& args, CliContext& ctx)
{
    CommandLine cl(*this, ctx);
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
                                            tr("CSV: UTF-8 with BOM (default) or CP932 for older tools."),
                                            QStringLiteral("utf-8|cp932"), QStringLiteral("utf-8"));
    const QCommandLineOption bannerOption(QStringLiteral("banner"), tr("Classification banner (default: 機密性2)."),
                                          QStringLiteral("TEXT"));
    cl.parser().addOptions({encodingOption, bannerOption});
    if (!cl.parse(args, 1))
        return ExitUsage;
    const QStringList positional = cl.parser().positionalArguments();
    if (positional.isEmpty())
        return cl.usageError(tr("Where to? Give the path of the file to write."));
    const std::optional<CsvEncoding> encoding = csvEncodingFromName(cl.parser().value(encodingOption));
    if (!encoding || *encoding == CsvEncoding::Auto)
        return cl.usageError(tr("Unknown encoding \"%1\".").arg(cl.parser().value(encodingOption)));

    std::unique_ptr<Register> reg = cl.openRegister();
    if (!reg)
        return cl.failure();
    ExportOptions options;
    options.encoding = *encoding;
    options.banner = cl.parser().value(bannerOption);
    QElapsedTimer timer;
    timer.start();
    Result<qint64> written = LedgerExporter(*reg).exportFile(positional.constFirst(), options);
    if (!written) {
        ctx.err << written.errorText() << Qt::endl;
        return ExitFailure;
    }
    ctx.out << tr("Wrote %1 assets to %2 in %3 s.")
                   .arg(written.value())
                   .arg(positional.constFirst())
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
            << Qt::endl;
    return ExitOk;
}

} // namespace daicho
