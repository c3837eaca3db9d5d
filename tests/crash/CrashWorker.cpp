// The child process of tst_crashsafety: opens a register and repeats one kind of write until it is
// killed. After each committed step it prints "step K" (and flushes), so the parent knows which
// changes were committed before its SIGKILL and must have survived it.
//
//   crash_worker import REGISTER FILE1 FILE2   imports FILE1, FILE2, FILE1, ... (step = one import)
//   crash_worker bulkedit REGISTER COUNT       sets 備考 of the first COUNT assets to "bulk K" at once
//   crash_worker signoff REGISTER              confirms each department's sections, then signs it off
//
// Each step goes through the services, exactly as the GUI and the CLI make it.

#include "exchange/LedgerImporter.h"
#include "service/Register.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>

using namespace daicho;

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString& what)
{
    std::fputs(qPrintable(QStringLiteral("crash_worker: %1\n").arg(what)), stderr);
    std::exit(3);
}

int runImports(Register& reg, const QStringList& files)
{
    for (qint64 step = 1;; ++step) {
        LedgerImporter importer(reg);
        Result<ImportSummary> summary = importer.importFile(files.at(int((step - 1) % files.size())), {});
        if (!summary)
            fail(summary.errorText());
        if (summary.value().rejected)
            fail(QStringLiteral("the import was rejected"));
        say(QStringLiteral("step %1").arg(step));
    }
}

int runBulkEdits(Register& reg, int count)
{
    AssetFilter inUse; // disposed assets are read-only
    inUse.status = AssetStatus::Active;
    Result<QList<Asset>> page = reg.assets().page(inUse, 0, count);
    if (!page || page.value().size() != count)
        fail(QStringLiteral("cannot read %1 assets").arg(count));
    QList<Asset> assets = page.take();
    for (qint64 step = 1;; ++step) {
        for (Asset& a : assets)
            a.notes = QStringLiteral("bulk %1").arg(step);
        if (Status saved = reg.assets().updateMany(assets); !saved)
            fail(saved.errorText());
        // The next edit starts from what was saved (versions moved on).
        Result<QList<Asset>> again = reg.assets().page(inUse, 0, count);
        if (!again)
            fail(again.errorText());
        assets = again.take();
        say(QStringLiteral("step %1").arg(step));
    }
}

int runSignoffs(Register& reg)
{
    ReviewService& reviews = reg.reviews();
    Result<std::optional<ReviewCampaign>> current = reviews.current();
    if (!current)
        fail(current.errorText());
    if (!current.value()) {
        const QDate today = QDate::currentDate();
        if (Result<qint64> opened = reviews.openCampaign(fiscalYearOf(today), today.addMonths(2)); !opened)
            fail(opened.errorText());
    }
    Result<QList<ReviewService::Progress>> progress = reviews.progress();
    if (!progress)
        fail(progress.errorText());
    qint64 step = 0;
    for (const ReviewService::Progress& department : progress.value()) {
        if (department.signoff || department.assets == 0)
            continue;
        Result<QList<ReviewService::SectionLeft>> left = reviews.sectionsLeft();
        if (!left)
            fail(left.errorText());
        for (const ReviewService::SectionLeft& section : left.value()) {
            if (section.department != department.name)
                continue;
            if (Result<qint64> confirmed = reviews.confirmSection(section.sectionId); !confirmed)
                fail(confirmed.errorText());
        }
        if (Result<qint64> signed_ = reviews.signOff(department.unitId, QStringLiteral("crash test")); !signed_)
            fail(department.name + QStringLiteral(": ") + signed_.errorText());
        say(QStringLiteral("step %1").arg(++step));
    }
    say(QStringLiteral("done"));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2)
        fail(QStringLiteral("usage: crash_worker import|bulkedit|signoff REGISTER ..."));
    Result<std::unique_ptr<Register>> opened = Register::open(args.at(1));
    if (!opened)
        fail(opened.errorText());
    std::unique_ptr<Register> reg = opened.take();
    say(QStringLiteral("ready"));

    const QString& operation = args.at(0);
    if (operation == QLatin1String("import") && args.size() >= 3)
        return runImports(*reg, args.mid(2));
    if (operation == QLatin1String("bulkedit") && args.size() == 3)
        return runBulkEdits(*reg, args.at(2).toInt());
    if (operation == QLatin1String("signoff"))
        return runSignoffs(*reg);
    fail(QStringLiteral("unknown operation ") + operation);
}
