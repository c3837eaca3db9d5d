#include "BulkEditDialog.h"

#include "domain/AssetField.h"
#include "domain/ClassificationScheme.h"
#include "editor/CheckList.h"
#include "editor/EnumCombo.h"
#include "editor/FieldHelp.h"
#include "editor/RegisterChoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

namespace {
constexpr Axis kAxes[3] = {Axis::Confidentiality, Axis::Integrity, Axis::Availability};
constexpr AssetField kAxisFields[3] = {AssetField::Confidentiality, AssetField::Integrity, AssetField::Availability};
} // namespace

BulkEditDialog::BulkEditDialog(Register& reg, int assetCount, QWidget* parent)
    : QDialog(parent)
    , m_segment(new QComboBox)
    , m_section(new LookupField)
    , m_manager(new LookupField)
    , m_restrictions(new CheckList)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Edit %n Asset(s)", nullptr, assetCount));
    auto* intro = new QLabel(tr("Tick the fields to set on all %n selected asset(s); the others stay as they are. "
                                "The change is one step to undo.",
                                nullptr, assetCount));
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    auto* grid = new QGridLayout;
    layout->addLayout(grid);

    fillEnumCombo<NetworkSegment>(m_segment, false);
    FieldHelp::tipItems<NetworkSegment>(m_segment);
    m_section->setChoices(RegisterChoices::sections(reg));
    m_section->setId(0);
    const QList<LookupField::Choice> people = RegisterChoices::people(reg);
    m_manager->setChoices(people);
    m_manager->setId(0);
    // Each row explained as in the editor, on the tick and on the field.
    const auto addField = [this](AssetField assetField, QWidget* field) {
        QCheckBox* tick = addChoice(enumLabel(assetField), field);
        FieldHelp::apply(tick, assetField);
        FieldHelp::apply(field, assetField);
        return tick;
    };
    m_setSegment = addField(AssetField::Segment, m_segment);
    m_setSection = addField(AssetField::Section, m_section);
    m_setManager = addField(AssetField::Manager, m_manager);
    // Levels of the classic scheme: a bulk edit rates assets the way the register mostly does.
    const ClassificationScheme& scheme = ClassificationScheme::classic();
    for (int i = 0; i < 3; ++i) {
        m_levels[i] = new QComboBox;
        m_levels[i]->addItem(tr("Not rated"), QString());
        m_levels[i]->setItemData(0, FieldHelp::tipText(FieldHelp::toolTip(FieldHelp::Term::NotRated)), Qt::ToolTipRole);
        for (const ClassificationLevel& level : scheme.levels(kAxes[i])) {
            m_levels[i]->addItem(tr("%1 — %2").arg(level.code, level.meaning.text()), level.code);
            m_levels[i]->setItemData(m_levels[i]->count() - 1, FieldHelp::tipText(FieldHelp::level(kAxes[i], level)),
                                     Qt::ToolTipRole);
        }
        m_setLevels[i] = addField(kAxisFields[i], m_levels[i]);
    }
    for (Restriction r : enumValues<Restriction>())
        m_restrictions->addItem(enumLabel(r), static_cast<int>(r), FieldHelp::tipText(FieldHelp::choice(r)));
    m_addRestrictions = addField(AssetField::Restrictions, m_restrictions);
    m_addRestrictions->setText(tr("Add to %1").arg(enumLabel(AssetField::Restrictions)));

    for (int r = 0; r < m_rows.size(); ++r) {
        grid->addWidget(m_rows[r].first, r, 0, Qt::AlignTop);
        grid->addWidget(m_rows[r].second, r, 1);
    }
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

QCheckBox* BulkEditDialog::addChoice(const QString& label, QWidget* field)
{
    auto* tick = new QCheckBox(label);
    field->setEnabled(false);
    connect(tick, &QCheckBox::toggled, field, &QWidget::setEnabled);
    connect(tick, &QCheckBox::toggled, this, &BulkEditDialog::updateOk);
    m_rows.append({tick, field});
    return tick;
}

bool BulkEditDialog::changesSomething() const
{
    for (const auto& [tick, field] : m_rows)
        if (tick->isChecked())
            return true;
    return false;
}

void BulkEditDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(changesSomething());
}

Asset BulkEditDialog::applyTo(Asset asset) const
{
    if (m_setSegment->isChecked())
        asset.segment = enumComboValue<NetworkSegment>(m_segment);
    if (m_setSection->isChecked())
        asset.sectionId = std::max<qint64>(0, m_section->id());
    if (m_setManager->isChecked())
        asset.managerId = std::max<qint64>(0, m_manager->id());
    QString* const levels[3] = {&asset.confidentiality, &asset.integrity, &asset.availability};
    for (int i = 0; i < 3; ++i)
        if (m_setLevels[i]->isChecked())
            *levels[i] = m_levels[i]->currentData().toString();
    if (m_addRestrictions->isChecked()) {
        for (int value : m_restrictions->checkedValues()) {
            const auto r = static_cast<Restriction>(value);
            if (!asset.restrictions.contains(r))
                asset.restrictions << r;
        }
    }
    return asset;
}

} // namespace daicho
