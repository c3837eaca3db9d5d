#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace daicho {

class PeopleTableModel;
class Register;
struct CommandContext;

// People (職員等) and their 第5条 roles: add and edit people, assign roles over the scope each
// takes, end them. Every change is a step on the window's undo stack.
class PeopleDialog : public QDialog {
    Q_OBJECT

public:
    PeopleDialog(Register& reg, CommandContext& commands, QUndoStack* stack, QWidget* parent = nullptr);

    PeopleTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void selectPerson(qint64 personId);

public Q_SLOTS:
    void addPerson();
    void editPerson();
    void assignRole();
    void endRole();
    // 人事異動: a successor takes over the current person's roles, assets and open risks.
    void transferRoles();

private:
    qint64 currentPersonId() const;
    void reload();
    void showRoles();

    Register& m_register;
    CommandContext& m_commands;
    QUndoStack* m_stack;
    PeopleTableModel* m_model;
    QSortFilterProxyModel* m_filter;
    QTableView* m_table;
    QLineEdit* m_search;
    QStandardItemModel* m_roles;
    QTableView* m_rolesView;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit;
    QPushButton* m_assign;
    QPushButton* m_end;
    QPushButton* m_transfer;
    QCheckBox* m_past;
};

} // namespace daicho
