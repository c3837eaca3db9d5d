#pragma once

#include "ServiceContext.h"
#include "common/Result.h"
#include "domain/Threat.h"

#include <QCoreApplication>

namespace daicho {

// The register's threat catalogue (第3条): read by all, edited by the security office. Every
// edit is audited and raises the threat's version; a threat is retired, never deleted, so the
// risks that name it keep their meaning.
class ThreatService {
    Q_DECLARE_TR_FUNCTIONS(ThreatService)

public:
    explicit ThreatService(ServiceContext& context);

    // In catalogue order; `activeOnly` leaves out retired threats (what new risks may use).
    Result<QList<Threat>> all(bool activeOnly = false) const;
    Result<std::optional<Threat>> findByKey(const QString& key) const;

    // Adds a threat at the end of the catalogue; an empty key is made from the position.
    Result<qint64> create(Threat threat);
    // Names, group, axes, order and whether it is active; the key never changes.
    Status update(Threat threat);

private:
    Problems check(const Threat& threat) const;
    ServiceContext& m_ctx;
};

} // namespace daicho
