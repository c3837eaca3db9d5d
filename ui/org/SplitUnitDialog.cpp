#include "SplitUnitDialog.h"

#include "domain/AssetFilter.h"
#include "service/Register.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <limits>

namespace daicho {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kGroupRole = Qt::UserRole + 2;

QStandardItem* checkable(const QString& text, qint64 id, const QString& detail = {})
{
    auto* item = new QStandardItem(text);
    item->setCheckable(true);
    item->setEditable(false);
    item->setData(id, kIdRole);
    item->setToolTip(detail);
    return item;
}
} // namespace

SplitUnitDialog::SplitUnitDialog(Register& reg, const OrgUnit& unit, QWidget* parent)
    : QDialog(parent)
    , m_unit(unit)
    , m_name(new QLineEdit)
    , m_nameEn(new QLineEdit)
    , m_search(new QLineEdit)
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_view(new QTreeView)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Split %1").arg(unit.name));
    m_name->setObjectName(QStringLiteral("splitName"));
    m_name->setPlaceholderText(tr("e.g. 文書法制課"));
    m_nameEn->setPlaceholderText(tr("optional"));
    m_search->setPlaceholderText(tr("Find by 資産ID or name…"));
    m_search->setClearButtonEnabled(true);

    if (unit.kind == UnitKind::Section) {
        QStandardItem* assets = addGroup(Assets, tr("Assets"));
        AssetFilter held;
        held.unitId = unit.id;
        for (const Asset& a : reg.assets().page(held, 0, std::numeric_limits<int>::max()).valueOr({}))
            assets->appendRow(checkable(QStringLiteral("%1  %2").arg(a.code, a.name), a.id));
    }
    QStandardItem* units = addGroup(Units, tr("Units under %1").arg(unit.name));
    for (const OrgUnit& u : reg.org().units().valueOr({}))
        if (u.parentId == unit.id && u.active)
            units->appendRow(checkable(u.name, u.id));
    QStandardItem* people = addGroup(People, tr("People working in %1").arg(unit.name));
    for (const Person& p : reg.people().people().valueOr({}))
        if (p.unitId == unit.id && p.active)
            people->appendRow(checkable(p.name, p.id, p.title));
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        QStandardItem* group = m_model->item(row);
        if (group->rowCount() == 0)
            m_model->removeRow(row);
        else
            group->setText(QStringLiteral("%1 (%2)").arg(group->text()).arg(group->rowCount()));
    }

    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_view->setObjectName(QStringLiteral("splitParts"));
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->expandToDepth(0);
    connect(m_model, &QStandardItemModel::itemChanged, this, &SplitUnitDialog::updateOk);
    connect(m_name, &QLineEdit::textChanged, this, &SplitUnitDialog::updateOk);

    auto* form = new QFormLayout;
    form->addRow(tr("&New unit's name:"), m_name);
    form->addRow(tr("&English name:"), m_nameEn);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A new %1 is made beside %2 (under the same parent); what you tick below moves "
                                "there. Undo puts everything back.")
                                 .arg(enumLabel(unit.kind), unit.name));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    resize(560, 560);
}

QStandardItem* SplitUnitDialog::addGroup(Group group, const QString& title)
{
    auto* item = new QStandardItem(title);
    item->setEditable(false);
    item->setCheckable(true);
    item->setAutoTristate(true); // ticks or unticks the whole group
    item->setData(int(group), kGroupRole);
    m_model->appendRow(item);
    return item;
}

void SplitUnitDialog::setChecked(Group group, qint64 id, bool checked)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem* g = m_model->item(row);
        if (g->data(kGroupRole).toInt() != int(group))
            continue;
        for (int i = 0; i < g->rowCount(); ++i)
            if (g->child(i)->data(kIdRole).toLongLong() == id)
                g->child(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void SplitUnitDialog::setName(const QString& name)
{
    m_name->setText(name);
}

OrgUnit SplitUnitDialog::created() const
{
    OrgUnit u;
    u.name = m_name->text().trimmed();
    u.nameEn = m_nameEn->text().trimmed();
    return u;
}

UnitMerge SplitUnitDialog::part() const
{
    UnitMerge part;
    part.from = m_unit.id;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem* g = m_model->item(row);
        QList<qint64>& ids = g->data(kGroupRole).toInt() == Assets  ? part.assets
                             : g->data(kGroupRole).toInt() == Units ? part.children
                                                                    : part.people;
        for (int i = 0; i < g->rowCount(); ++i)
            if (g->child(i)->checkState() == Qt::Checked)
                ids << g->child(i)->data(kIdRole).toLongLong();
    }
    return part;
}

void SplitUnitDialog::updateOk()
{
    const UnitMerge chosen = part();
    const bool any = !chosen.assets.isEmpty() || !chosen.children.isEmpty() || !chosen.people.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any && !m_name->text().trimmed().isEmpty());
}

} // namespace daicho
