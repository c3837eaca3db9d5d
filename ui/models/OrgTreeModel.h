#pragma once

#include "domain/OrgUnit.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <optional>

namespace daicho {

class Register;

// The organisation tree (bodies → 部局 → 課室) with the number of assets under each node, and
// an "all bodies" root that stands for the whole register.
class OrgTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Roles { UnitIdRole = Qt::UserRole + 1, AssetCountRole, NameRole, KindRole };

    explicit OrgTreeModel(Register& reg, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void reload();
    // The unit a node stands for; nullopt for the root (the whole register).
    std::optional<OrgUnit> unitAt(const QModelIndex& index) const;
    // The units shown (those in use), parents before children.
    QList<OrgUnit> units() const;
    QModelIndex indexOfUnit(qint64 unitId) const;
    QString lastError() const { return m_lastError; }

private:
    struct Node {
        OrgUnit unit;        // id 0 for the root
        int parent = -1;     // index into m_nodes
        QList<int> children; // indexes into m_nodes
        int row = 0;         // position among its siblings
        qint64 assets = 0;   // in its whole subtree
    };
    int nodeOf(const QModelIndex& index) const;

    Register& m_register;
    QList<Node> m_nodes; // m_nodes[0] is the root
    QString m_lastError;
};

} // namespace daicho
