#pragma once

#include "ServiceContext.h"
#include "common/Result.h"
#include "domain/OrgUnit.h"

#include <QCoreApplication>

namespace daicho {

// The organisation tree: bodies (第3条の2) → 部局 → 課室, validated and audited.
class OrgService {
    Q_DECLARE_TR_FUNCTIONS(OrgService)

public:
    explicit OrgService(ServiceContext& context);

    Result<qint64> createUnit(OrgUnit unit);
    Status updateUnit(const OrgUnit& unit);
    Result<QList<OrgUnit>> units() const;
    Result<qint64> count() const;

    // The child of parentId called name, created (with the given kind) when missing.
    Result<qint64> ensureChild(qint64 parentId, UnitKind kind, const QString& name);

    static constexpr int kMaxNameLength = 100;

private:
    Problems validate(const OrgUnit& unit) const;
    ServiceContext& m_ctx;
};

} // namespace daicho
