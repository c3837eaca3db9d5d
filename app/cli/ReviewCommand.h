#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace daicho {

// review open|mark|confirm|signoff|progress|left|evidence: the year's 棚卸し from the command line.
class ReviewCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)

public:
    QString name() const override { return QStringLiteral("review"); }
    QString synopsis() const override
    {
        return QStringLiteral("review open --year YEAR --due DATE | mark ID... --outcome OUTCOME [--comment TEXT] | "
                              "confirm --unit PATH | signoff --unit PATH [--comment TEXT] | progress [--json] | "
                              "left [--json] | evidence PATH.xlsx|PATH.csv");
    }
    QString summary() const override { return tr("Run the yearly review of the register (棚卸し)"); }
    int execute(const QStringList& args, CliContext& ctx) override;
};

} // namespace daicho
