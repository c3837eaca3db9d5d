// Risk benchmark (issue 6). Not a test: it prints figures and asserts nothing.
//
//   daicho-risk-bench REGISTER
//
// Opens a register (e.g. one made by `daicho-cli generate --assets 1000000`: about three million
// risks) and times what the heat maps and the dashboard ask of core: both heat maps under
// several filters, the breakdown by band, group and section, the top ten, the first page of the
// busiest cell, and, for comparison, the same heat map counted from the risks themselves.

#include "domain/RiskMatrix.h"
#include "service/Register.h"
#include "service/RegisterStats.h"
#include "sqlite/SqliteStatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>
#include <functional>

using namespace daicho;

namespace {

// The best of five runs, in milliseconds (the first run warms the page cache).
double best(const std::function<void()>& run)
{
    double fastest = 1e12;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        fastest = std::min(fastest, t.nsecsElapsed() / 1e6);
    }
    return fastest;
}

void report(const char* what, double ms)
{
    std::printf("%-58s %9.2f ms\n", what, ms);
}

qint64 unitNamed(Register& reg, const QString& name)
{
    for (const OrgUnit& u : reg.org().units().value())
        if (u.name == name)
            return u.id;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: daicho-risk-bench REGISTER\n");
        return 2;
    }
    SqliteStatement::install();
    Result<std::unique_ptr<Register>> opened = Register::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorText()));
        return 1;
    }
    Register& reg = *opened.value();
    // Connected as a user's own server login: measured as that user, row-level security included.
    if (const QString user = reg.serverUser().valueOr({}); !user.isEmpty()) {
        if (Status s = reg.signInAsServerUser(); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.errorText()));
            return 1;
        }
        std::printf("signed in as %s\n", qPrintable(user));
    }
    std::printf("assets %lld, risks %lld\n", static_cast<long long>(reg.assets().count().value()),
                static_cast<long long>(reg.risks().count().value()));

    RiskService::HeatMap map{RiskMatrix(), RiskMatrix()};
    const auto heatmap = [&](const RiskFilter& f) { return [&reg, &map, f] { map = reg.risks().heatmap(f).value(); }; };
    report("heat maps (inherent + residual), whole register", best(heatmap({})));
    std::printf("  inherent total %lld, residual total %lld\n", static_cast<long long>(map.inherent.total()),
                static_cast<long long>(map.residual.total()));
    RiskFilter department;
    department.unitId = unitNamed(reg, QStringLiteral("総務部"));
    report("heat maps, 総務部 subtree", best(heatmap(department)));
    RiskFilter body;
    body.unitId = unitNamed(reg, QStringLiteral("市長（市長部局）"));
    report("heat maps, 市長部局 subtree", best(heatmap(body)));
    RiskFilter segment;
    segment.segment = NetworkSegment::Internet;
    report("heat maps, インターネット接続系", best(heatmap(segment)));
    RiskFilter combined = department;
    combined.segment = NetworkSegment::Lgwan;
    combined.category = AssetCategory::Information;
    combined.group = ThreatGroup::Intentional;
    report("heat maps, 総務部 + LGWAN + イ + 意図的な要因", best(heatmap(combined)));
    RiskFilter band;
    band.band = RiskBand::High;
    report("heat maps, band 大", best(heatmap(band)));

    report("breakdown by band, group and section", best([&reg] { (void)reg.risks().breakdown(); }));
    report("top 10 risks", best([&reg] { (void)reg.risks().top({}, 10); }));
    report("first page (200) of the busiest cell", best([&reg] {
               (void)reg.risks().cell(RiskCell{3, 1, false}, {}, 0, 200);
           }));
    report("first page (200) of cell 2×2 in 総務部", best([&reg, department] {
               (void)reg.risks().cell(RiskCell{2, 2, false}, department, 0, 200);
           }));
    report("dashboard: RegisterStats::collect", best([&reg] { (void)RegisterStats::collect(reg); }));
    report("dashboard: assets by importance", best([&reg] { (void)reg.assets().countByImportance(); }));

    QList<qint64> page;
    for (qint64 id = 500000; id < 500256; ++id)
        page << id;
    report("compliance findings of one table page (256 assets)",
           best([&reg, &page] { (void)reg.compliance().checkAssets(page); }));

    QElapsedTimer findings;
    findings.start();
    const qsizetype found = reg.holdings().findings().value().size();
    report("holders rated below what they hold (register-wide, once)", findings.nsecsElapsed() / 1e6);
    std::printf("  %lld findings\n", static_cast<long long>(found));

    // What the tallies save: the same counts straight from the risks.
    report("for comparison: inherent heat map counted from the risks", best([&reg] {
               QSqlQuery q(reg.database().connection());
               q.exec(QStringLiteral("SELECT impact, likelihood, COUNT(*) FROM risks WHERE method = 'ipa'"
                                     " GROUP BY 1, 2"));
               while (q.next()) {
               }
           }));
    return 0;
}
