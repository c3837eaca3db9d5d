#pragma once

#include "domain/RoleAssignment.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace daicho {

class LookupField;
class Register;

// Assigns one of the seven 第5条 roles to a person, over the scope the role takes: the whole
// city (CISO, 統括), a body or 部局 (責任者), a 課室 (管理者), or information systems
// (システム管理者, named by 資産ID).
class RoleDialog : public QDialog {
    Q_OBJECT

public:
    RoleDialog(Register& reg, qint64 personId, const QString& personName, QWidget* parent = nullptr);

    RoleAssignment assignment() const;

private:
    void roleChanged();

    Register& m_register;
    qint64 m_personId;
    QList<std::pair<qint64, UnitKind>> m_units;
    QComboBox* m_role;
    QLabel* m_rule;
    LookupField* m_unit;
    QLineEdit* m_asset;
    QDateEdit* m_from;
    QDialogButtonBox* m_buttons;
};

} // namespace daicho
