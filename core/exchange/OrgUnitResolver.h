#pragma once

#include "common/Result.h"
#include "domain/OrgUnit.h"

#include <QCoreApplication>
#include <QHash>

namespace daicho {

class Register;

// Finds the section a ledger row names, creating what is missing: a name that already exists
// anywhere in the tree is reused; a missing section goes under its department (created too if
// missing) in the named body, else in 市長（市長部局）.
class OrgUnitResolver {
    Q_DECLARE_TR_FUNCTIONS(OrgUnitResolver)

public:
    explicit OrgUnitResolver(Register& reg);
    Status load();

    // 0 with no problem when the row names no section.
    Result<qint64> section(const QString& body, const QString& department, const QString& section);
    // Names of the units created since the last keep/discard, as "body / department / section".
    const QStringList& createdInRow() const { return m_createdInRow; }
    // The row was written: its units stay. The row was undone: forget what it created.
    void keepRow();
    void discardRow();
    // Body, department and section names of a section, for export.
    QStringList pathOf(qint64 unitId) const;

    static QString defaultBodyName() { return QStringLiteral("市長（市長部局）"); }

private:
    struct Node {
        OrgUnit unit;
        QString key;
    };
    const Node* find(UnitKind kind, const QString& name, qint64 preferredParent = 0) const;
    Result<qint64> create(qint64 parentId, UnitKind kind, const QString& name);
    Result<qint64> body(const QString& name);
    QString describe(qint64 unitId) const;

    Register& m_register;
    QHash<qint64, Node> m_nodes;
    QMultiHash<QString, qint64> m_byKey; // name key → ids, so a lookup does not walk the tree
    QList<qint64> m_createdIds;
    QStringList m_createdInRow;
};

} // namespace daicho
