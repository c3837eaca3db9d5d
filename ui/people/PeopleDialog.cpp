#include "PeopleDialog.h"

#include "PeopleTableModel.h"
#include "PersonDialog.h"
#include "RoleDialog.h"
#include "TransferDialog.h"
#include "commands/PersonCommand.h"
#include "commands/RoleCommand.h"
#include "commands/TransferCommand.h"
#include "domain/EnumTable.h"
#include "editor/FieldHelp.h"
#include "service/Register.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace daicho {

PeopleDialog::PeopleDialog(Register& reg, CommandContext& commands, QUndoStack* stack, QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_commands(commands)
    , m_stack(stack)
    , m_model(new PeopleTableModel(reg, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_search(new QLineEdit)
    , m_roles(new QStandardItemModel(this))
    , m_rolesView(new QTableView)
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_assign(new QPushButton(tr("&Assign Role…")))
    , m_end(new QPushButton(tr("E&nd Role…")))
    , m_transfer(new QPushButton(tr("&Transfer (人事異動)…")))
    , m_past(new QCheckBox(tr("Show &past roles")))
{
    setObjectName(QStringLiteral("PeopleDialog"));
    setWindowTitle(tr("People and Roles"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1); // any column: a name, a unit, a role
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setPlaceholderText(tr("Search names, units and roles…"));
    m_search->setClearButtonEnabled(true);
    FieldHelp::apply(m_search, tr("Shows only the people whose name, unit or role contains the text."));
    FieldHelp::apply(m_past, FieldHelp::Term::PastRoles);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableView::doubleClicked, this, &PeopleDialog::editPerson);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PeopleDialog::showRoles);
    m_rolesView->setObjectName(QStringLiteral("rolesTable"));
    m_rolesView->setModel(m_roles);
    m_rolesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rolesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rolesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rolesView->horizontalHeader()->setStretchLastSection(true);
    m_rolesView->verticalHeader()->hide();

    m_add = new QPushButton(tr("&New Person…"));
    QPushButton* add = m_add;
    connect(add, &QPushButton::clicked, this, &PeopleDialog::addPerson);
    connect(m_edit, &QPushButton::clicked, this, &PeopleDialog::editPerson);
    connect(m_assign, &QPushButton::clicked, this, &PeopleDialog::assignRole);
    connect(m_end, &QPushButton::clicked, this, &PeopleDialog::endRole);
    connect(m_transfer, &QPushButton::clicked, this, &PeopleDialog::transferRoles);
    m_transfer->setObjectName(QStringLiteral("transfer"));
    m_transfer->setToolTip(tr("A successor takes over this person's roles, the assets naming them and the open "
                              "risks they own, from a given day; one step to undo"));
    m_past->setObjectName(QStringLiteral("pastRoles"));
    connect(m_past, &QCheckBox::toggled, this, &PeopleDialog::showRoles);
    auto* peopleButtons = new QHBoxLayout;
    peopleButtons->addWidget(add);
    peopleButtons->addWidget(m_edit);
    peopleButtons->addStretch(1);
    auto* roleButtons = new QHBoxLayout;
    roleButtons->addWidget(m_assign);
    roleButtons->addWidget(m_end);
    roleButtons->addWidget(m_transfer);
    roleButtons->addStretch(1);
    roleButtons->addWidget(m_past);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 3);
    layout->addLayout(peopleButtons);
    layout->addWidget(new QLabel(tr("Roles in office (第5条):")));
    layout->addWidget(m_rolesView, 1);
    layout->addLayout(roleButtons);
    layout->addWidget(close);
    // Steps taken here, and their undo from the window, show at once.
    connect(m_stack, &QUndoStack::indexChanged, this, &PeopleDialog::reload);
    resize(820, 640);
    showRoles();
}

qint64 PeopleDialog::currentPersonId() const
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    const Person* p = m_model->personAt(current.row());
    return p ? p->id : 0;
}

void PeopleDialog::selectPerson(qint64 personId)
{
    const int row = m_model->rowOfPerson(personId);
    if (row >= 0)
        m_table->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
}

void PeopleDialog::reload()
{
    const qint64 current = currentPersonId();
    m_model->reload();
    selectPerson(current);
    showRoles();
}

void PeopleDialog::showRoles()
{
    const qint64 person = currentPersonId();
    m_roles->clear();
    m_roles->setHorizontalHeaderLabels({tr("Role"), tr("Over"), tr("Since"), tr("Until")});
    const QDate today = m_register.clock().nowUtc().date();
    const QList<RoleAssignment> shown = m_past->isChecked() ? m_model->historyOf(person) : m_model->rolesOf(person);
    for (const RoleAssignment& a : shown) {
        QList<QStandardItem*> row{new QStandardItem(enumLabel(a.role)), new QStandardItem(m_model->scopeOf(a)),
                                  new QStandardItem(a.validFrom.toString(Qt::ISODate)),
                                  new QStandardItem(a.validTo.toString(Qt::ISODate))};
        row.first()->setData(a.id, Qt::UserRole);
        row.first()->setToolTip(FieldHelp::tipText(FieldHelp::choice(a.role)));
        if (a.validTo.isValid() && a.validTo < today)
            for (QStandardItem* cell : row)
                cell->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_roles->appendRow(row);
    }
    m_rolesView->resizeColumnsToContents();
    const Status allowed = m_register.mayManage();
    m_edit->setEnabled(allowed && person != 0);
    m_assign->setEnabled(allowed && person != 0);
    m_end->setEnabled(allowed && !m_model->rolesOf(person).isEmpty());
    m_transfer->setEnabled(allowed && person != 0);
    m_add->setEnabled(allowed.ok());
    for (QPushButton* button : {m_add, m_edit, m_assign, m_end, m_transfer})
        button->setToolTip(allowed ? QString() : allowed.errorText());
}

void PeopleDialog::addPerson()
{
    PersonDialog dialog(m_register, Person{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto* command = new PersonCommand(m_commands, Person{}, dialog.person());
    m_stack->push(command);
    if (m_stack->command(m_stack->index() - 1) == command) // still there: it was carried out
        selectPerson(command->personId());
}

void PeopleDialog::editPerson()
{
    const Person* person = m_model->personAt(m_filter->mapToSource(m_table->currentIndex()).row());
    if (!person)
        return;
    const Person before = *person;
    PersonDialog dialog(m_register, before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_stack->push(new PersonCommand(m_commands, before, dialog.person()));
}

void PeopleDialog::assignRole()
{
    const Person* person = m_model->personAt(m_filter->mapToSource(m_table->currentIndex()).row());
    if (!person)
        return;
    RoleDialog dialog(m_register, person->id, person->name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RoleAssignment a = dialog.assignment();
    m_stack->push(new RoleCommand(m_commands, a, tr("Assign %1 to %2").arg(enumLabel(a.role), person->name)));
}

void PeopleDialog::endRole()
{
    const qint64 person = currentPersonId();
    const QModelIndex chosen =
        m_rolesView->currentIndex().isValid() ? m_rolesView->currentIndex() : m_roles->index(0, 0);
    const qint64 assignmentId = m_roles->index(chosen.row(), 0).data(Qt::UserRole).toLongLong();
    for (const RoleAssignment& a : m_model->rolesOf(person)) {
        if (a.id != assignmentId)
            continue;
        bool ok = false;
        // A date, not a click: 人事異動 take effect on a known day, usually 3月31日.
        const QString day =
            QInputDialog::getText(this, tr("End Role"), tr("Last day of %1 (yyyy-mm-dd):").arg(enumLabel(a.role)),
                                  QLineEdit::Normal, m_register.clock().nowUtc().date().toString(Qt::ISODate), &ok);
        const QDate lastDay = QDate::fromString(day.trimmed(), Qt::ISODate);
        if (!ok || !lastDay.isValid())
            return;
        m_stack->push(new RoleCommand(m_commands, a, lastDay, tr("End %1").arg(enumLabel(a.role))));
        return;
    }
}

void PeopleDialog::transferRoles()
{
    const Person* person = m_model->personAt(m_filter->mapToSource(m_table->currentIndex()).row());
    if (!person)
        return;
    const Person leaving = *person;
    TransferDialog dialog(m_register, leaving.id, leaving.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Person* successor = nullptr;
    for (int row = 0; row < m_model->rowCount() && !successor; ++row)
        if (m_model->personAt(row) && m_model->personAt(row)->id == dialog.successorId())
            successor = m_model->personAt(row);
    m_stack->push(
        new TransferCommand(m_commands, leaving.id, dialog.successorId(), dialog.effective(),
                            tr("Transfer %1 → %2").arg(leaving.name, successor ? successor->name : QString())));
}

} // namespace daicho
