#pragma once

#include "domain/Person.h"
#include "domain/RoleAssignment.h"

#include <QAbstractTableModel>
#include <QHash>

namespace daicho {

class Register;

// The register's people with where they work and the 第5条 roles they hold today.
class PeopleTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Title, Unit, Roles, ColumnCount };

    explicit PeopleTableModel(Register& reg, QObject* parent = nullptr);

    void reload();
    const Person* personAt(int row) const;
    int rowOfPerson(qint64 personId) const;
    // The assignments in office of a person, and how each is scoped ("総務課", an asset's ID).
    QList<RoleAssignment> rolesOf(qint64 personId) const;
    // Every assignment the person ever held, ended ones too, by start date (who held which role when).
    QList<RoleAssignment> historyOf(qint64 personId) const;
    QString scopeOf(const RoleAssignment& assignment) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Register& m_register;
    QList<Person> m_people;
    QHash<qint64, QString> m_units;
    QMultiHash<qint64, RoleAssignment> m_roles;   // person → assignments in office
    QMultiHash<qint64, RoleAssignment> m_history; // person → every assignment
};

} // namespace daicho
