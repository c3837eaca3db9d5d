#pragma once

#include <QSet>

namespace daicho {

// What a signed-in user may see and change, from their 第5条 roles (see AccessPolicy).
struct AccessScope {
    bool everything = false; // administrators, CISO, 統括情報セキュリティ責任者
    bool readAll = false;    // committee members: read everything, change nothing
    QSet<qint64> sections;   // sections whose assets they look after (a 部局 or body: all its sections)
    QSet<qint64> assets;     // single assets (情報システム管理者 / 担当者 of a system)

    bool canEdit(qint64 sectionId, qint64 assetId) const
    {
        return everything || sections.contains(sectionId) || (assetId != 0 && assets.contains(assetId));
    }
    bool canRead(qint64 sectionId, qint64 assetId) const { return readAll || canEdit(sectionId, assetId); }
};

} // namespace daicho
