#pragma once

#include "domain/Threat.h"

#include <QAbstractTableModel>

namespace daicho {

class Register;

// The register's threat catalogue as an editable table: names, 第3条 group, the C/I/A it
// endangers and whether it is offered for new risks. Each edit goes through ThreatService
// (checked, audited, versioned) and is refused with the service's reason.
class ThreatTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameJa, NameEn, Group, Confidentiality, Integrity, Availability, Active, ColumnCount };
    static constexpr int GroupKeyRole = Qt::UserRole + 1;

    explicit ThreatTableModel(Register& reg, QObject* parent = nullptr);

    void reload();
    const Threat& threat(int row) const { return m_threats.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void failed(const QString& message);

private:
    Register& m_reg;
    QList<Threat> m_threats;
    bool m_mayEdit = false;
};

} // namespace daicho
