#include "VerifyAuditCommand.h"

#include "CommandLine.h"
#include "audit/AuditVerifier.h"
#include "service/Register.h"

namespace daicho {

int VerifyAuditCommand::execute(const QStringList& args, CliContext& ctx)
{
    CommandLine cl(*this, ctx);
    if (!cl.parse(args))
        return ExitUsage;
    std::unique_ptr<Register> reg = cl.openRegister();
    if (!reg)
        return cl.failure();
    Result<AuditReport> report = AuditVerifier(reg->database()).verify();
    if (!report) {
        ctx.err << report.errorText() << Qt::endl;
        return ExitFailure;
    }
    const AuditReport& r = report.value();
    for (const AuditFinding& f : r.findings)
        ctx.out << f.message << Qt::endl;
    if (r.clean()) {
        ctx.out << tr("The audit trail is intact: %1 events checked, %2 records match their last event.")
                       .arg(r.eventsChecked)
                       .arg(r.recordsChecked)
                << Qt::endl;
        return ExitOk;
    }
    ctx.err << tr("The audit check found %n problem(s).", nullptr, static_cast<int>(r.findings.size())) << Qt::endl;
    return ExitFailure;
}

} // namespace daicho
