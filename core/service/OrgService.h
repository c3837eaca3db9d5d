#pragma once

#include "ServiceContext.h"
#include "common/Result.h"
#include "domain/OrgUnit.h"

#include <QCoreApplication>

namespace daicho {

// What merging one unit into another (or splitting part of one off into a new unit) moved, so
// that it can be taken back.
struct UnitMerge {
    qint64 from = 0;
    qint64 into = 0;
    QList<qint64> assets;   // assets held by `from` (a section)
    QList<qint64> children; // units under `from`
    QList<qint64> people;   // people who worked in `from`
};

// The organisation tree: bodies (第3条の2) → 部局 → 課室, validated and audited.
class OrgService {
    Q_DECLARE_TR_FUNCTIONS(OrgService)

public:
    explicit OrgService(ServiceContext& context);

    Result<qint64> createUnit(OrgUnit unit);
    Status updateUnit(const OrgUnit& unit);
    Result<QList<OrgUnit>> units() const;
    Result<qint64> count() const;
    // Deletes a unit nothing refers to (taking back its creation); a unit in use is merged or
    // kept instead.
    Status removeUnit(qint64 id);
    // Moves everything `from` holds (its assets, its child units, its people) to `into`, a unit
    // of the same kind, and retires `from` (kept inactive for the record). All or nothing.
    Result<UnitMerge> merge(qint64 from, qint64 into);
    // Takes a merge back: what moved returns to `from`, which is active again.
    Status unmerge(const UnitMerge& merge);
    // Splits part of a unit off (課の分割): a new unit of the same kind beside it, named as
    // `created` says, receives the assets (of a section), child units and people listed in `part`,
    // each of which must belong to `part.from`. All or nothing; returns what moved, `into` being
    // the new unit.
    Result<UnitMerge> split(const UnitMerge& part, OrgUnit created);
    // Takes a split back: what moved returns to `from` and the new unit is deleted.
    Status unsplit(const UnitMerge& split);

    // The child of parentId called name, created (with the given kind) when missing.
    Result<qint64> ensureChild(qint64 parentId, UnitKind kind, const QString& name);

    static constexpr int kMaxNameLength = 100;

private:
    Problems validate(const OrgUnit& unit) const;
    ServiceContext& m_ctx;
};

} // namespace daicho
