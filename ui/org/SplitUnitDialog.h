#pragma once

#include "service/OrgService.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace daicho {

class Register;

// 課の分割: the name of the new unit beside `unit` and what moves there — ticked among the
// unit's assets (a section's), the units under it and the people who work in it.
class SplitUnitDialog : public QDialog {
    Q_OBJECT

public:
    SplitUnitDialog(Register& reg, const OrgUnit& unit, QWidget* parent = nullptr);

    OrgUnit created() const;
    UnitMerge part() const;

    // For tests and keyboard users: ticks the record with this id in a group.
    enum Group { Assets, Units, People };
    void setChecked(Group group, qint64 id, bool checked);
    void setName(const QString& name);

private:
    QStandardItem* addGroup(Group group, const QString& title);
    void updateOk();

    OrgUnit m_unit;
    QLineEdit* m_name;
    QLineEdit* m_nameEn;
    QLineEdit* m_search;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_filter;
    QTreeView* m_view;
    QDialogButtonBox* m_buttons;
};

} // namespace daicho
