#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace daicho {

// inspect items|answer|summary: the self-inspection (自己点検, 第7条) from the command line.
class InspectCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString synopsis() const override
    {
        return QStringLiteral("inspect items [--unit PATH] [--json] | answer --unit PATH --item KEY --answer ANSWER "
                              "[--comment TEXT] | summary [--json]");
    }
    QString summary() const override { return tr("Answer and sum up the self-inspection (自己点検)"); }
    int execute(const QStringList& args, CliContext& ctx) override;
};

} // namespace daicho
