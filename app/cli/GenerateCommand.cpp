#include "GenerateCommand.h"

#include "CommandLine.h"
#include "service/Generator.h"
#include "service/Register.h"

#include <QElapsedTimer>

namespace daicho {

int GenerateCommand::execute(const QStringList& args, CliContext& ctx)
{
    CommandLine cl(*this, ctx);
    const QCommandLineOption assetsOption(QStringLiteral("assets"), tr("Number of assets to add."),
                                          QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed (same seed, same register)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    cl.parser().addOption(assetsOption);
    cl.parser().addOption(seedOption);
    if (!cl.parse(args))
        return ExitUsage;
    if (!cl.parser().isSet(assetsOption))
        return cl.usageError(tr("--assets is required."));
    const std::optional<qint64> count = cl.integer(QStringLiteral("assets"), 0, kMaxAssets);
    const std::optional<qint64> seed = cl.integer(QStringLiteral("seed"), 0, 4294967295LL);
    if (!count || !seed)
        return ExitUsage;

    std::unique_ptr<Register> reg = cl.openRegister();
    if (!reg)
        return cl.failure();
    QElapsedTimer timer;
    timer.start();
    Result<qint64> made = Generator(*reg, static_cast<quint32>(*seed)).generate(*count);
    if (!made) {
        ctx.err << made.errorText() << Qt::endl;
        return ExitFailure;
    }
    ctx.out << tr("Added %1 assets in %2 s.").arg(made.value()).arg(timer.elapsed() / 1000.0, 0, 'f', 1) << Qt::endl;
    return ExitOk;
}

} // namespace daicho
