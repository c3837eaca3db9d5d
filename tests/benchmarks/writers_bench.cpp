// Concurrent writers benchmark (issue 9). Not a test: it prints figures and asserts nothing.
//
//   daicho-writers-bench LOCATION WRITERS SECONDS
//
// LOCATION is a register file or postgresql://… (an existing register, e.g. made by
// `daicho-cli init`). WRITERS threads, each with its own connection as a desk of its own would
// have, save new assets one by one (validated, audited, committed) for SECONDS; prints the
// assets saved per second in all and checks that the audit chain still verifies.

#include "audit/AuditVerifier.h"
#include "service/Register.h"
#include "sqlite/SqliteStatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

using namespace daicho;

namespace {

class Desk : public QThread {
public:
    Desk(QString location, Asset model, int number, qint64 deadlineMs)
        : m_location(std::move(location))
        , m_model(std::move(model))
        , m_number(number)
        , m_deadlineMs(deadlineMs)
    {
    }
    qint64 saved = 0;
    QString failure;

protected:
    void run() override
    {
        Result<std::unique_ptr<Register>> opened = Register::open(m_location);
        if (!opened) {
            failure = opened.errorText();
            return;
        }
        Register& reg = *opened.value();
        reg.setActor(QStringLiteral("desk-%1").arg(m_number));
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < m_deadlineMs) {
            Asset a = m_model;
            a.code = QStringLiteral("BENCH-%1-%2-%3")
                         .arg(m_number)
                         .arg(QCoreApplication::applicationPid())
                         .arg(saved, 7, 10, QLatin1Char('0'));
            if (Result<qint64> id = reg.assets().create(a); !id) {
                failure = id.errorText();
                return;
            }
            ++saved;
        }
    }

private:
    QString m_location;
    Asset m_model;
    int m_number;
    qint64 m_deadlineMs;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: daicho-writers-bench LOCATION WRITERS SECONDS\n");
        return 2;
    }
    SqliteStatement::install();
    const QString location = args.at(1);
    const int writers = args.at(2).toInt();
    const int seconds = args.at(3).toInt();

    // A section and a manager for the assets, from the register itself.
    Result<std::unique_ptr<Register>> opened = Register::open(location);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorText()));
        return 1;
    }
    Register& reg = *opened.value();
    Asset model;
    for (const OrgUnit& u : reg.org().units().value())
        if (u.kind == UnitKind::Section && model.sectionId == 0)
            model.sectionId = u.id;
    Person manager;
    manager.name = QStringLiteral("計測　担当");
    manager.unitId = model.sectionId;
    model.managerId = reg.people().createPerson(manager).value();
    model.name = QStringLiteral("庁内端末（計測）");
    model.category = AssetCategory::Infrastructure;
    model.subtype = QStringLiteral("端末");
    model.segment = NetworkSegment::Lgwan;
    model.confidentiality = QStringLiteral("2");
    model.integrity = QStringLiteral("2");
    model.availability = QStringLiteral("2");

    std::vector<std::unique_ptr<Desk>> desks;
    for (int i = 0; i < writers; ++i)
        desks.push_back(std::make_unique<Desk>(location, model, i + 1, seconds * 1000LL));
    QElapsedTimer total;
    total.start();
    for (auto& d : desks)
        d->start();
    qint64 saved = 0;
    for (auto& d : desks) {
        d->wait();
        if (!d->failure.isEmpty())
            std::fprintf(stderr, "writer failed: %s\n", qPrintable(d->failure));
        saved += d->saved;
    }
    const double elapsed = total.nsecsElapsed() / 1e9;
    std::printf("%d writer(s) on %s: %lld assets saved in %.1f s = %.0f assets/s\n", writers,
                qPrintable(reg.database().isServer() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")),
                static_cast<long long>(saved), elapsed, saved / elapsed);
    const Result<AuditReport> check = AuditVerifier(reg.database()).verify();
    std::printf("audit chain after the run: %s\n",
                check && check.value().clean() ? "verifies" : qPrintable(check ? check.value().findings.value(0).message
                                                                               : check.errorText()));
    return 0;
}
