#pragma once

#include "domain/Asset.h"
#include "editor/LookupField.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;

namespace daicho {

class CheckList;
class Register;

// Sets chosen fields on many assets at once (通信経路区分, 所管課室, 管理責任者, C/I/A, and
// 取扱制限 added); only the fields ticked change, everything else stays as each asset has it.
class BulkEditDialog : public QDialog {
    Q_OBJECT

public:
    BulkEditDialog(Register& reg, int assetCount, QWidget* parent = nullptr);

    // `asset` with the ticked fields set.
    Asset applyTo(Asset asset) const;
    bool changesSomething() const;

private:
    QCheckBox* addChoice(const QString& label, QWidget* field);
    void updateOk();

    QList<std::pair<QCheckBox*, QWidget*>> m_rows;
    QCheckBox* m_setSegment;
    QComboBox* m_segment;
    QCheckBox* m_setSection;
    LookupField* m_section;
    QCheckBox* m_setManager;
    LookupField* m_manager;
    QCheckBox* m_setLevels[3];
    QComboBox* m_levels[3];
    QCheckBox* m_addRestrictions;
    CheckList* m_restrictions;
    QDialogButtonBox* m_buttons;
};

} // namespace daicho
