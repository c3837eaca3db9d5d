#pragma once

#include "ServiceContext.h"
#include "common/Result.h"
#include "domain/AccessScope.h"

#include <QCoreApplication>

namespace daicho {

struct Asset;

// Decides, in core, what the signed-in user may do, so that the GUI, the CLI and any other face
// get the same answers (第5条): administrators, the CISO and 統括 everything; 情報セキュリティ
// 責任者 the assets of their body or 部局; 管理者 those of their section; システム管理者 and 担当者
// the systems they are assigned to; committee members read everything and change nothing;
// anyone else nothing. A register without users is used by whoever opens the file.
class AccessPolicy {
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    // The scope of a user, from their roles in office today.
    static Result<AccessScope> scopeOf(ServiceContext& ctx, const User& user);

    // Changing an asset (its state before and after a change: both must be in scope).
    static Status allowEdit(const ServiceContext& ctx, const Asset& asset);
    // Changing the organisation, people and their roles: the whole-city roles only.
    static Status allowManage(const ServiceContext& ctx);

    // The field of every refusal, so that faces can tell a denial from a mistake (CLI exit 3).
    static inline const QString kDenied = QStringLiteral("access");
};

} // namespace daicho
