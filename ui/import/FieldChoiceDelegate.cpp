#include "FieldChoiceDelegate.h"

#include "domain/AssetField.h"

#include <QComboBox>

namespace daicho {

QWidget* FieldChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* box = new QComboBox(parent);
    box->addItem(tr("(kept as an extra attribute)"), QString());
    for (AssetField field : enumValues<AssetField>())
        box->addItem(enumLabel(field), enumKey(field));
    // The choice applies as soon as it is made, not when the cell loses focus.
    connect(box, &QComboBox::activated, this,
            [this, box] { Q_EMIT const_cast<FieldChoiceDelegate*>(this)->commitData(box); });
    return box;
}

void FieldChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* box = static_cast<QComboBox*>(editor);
    box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toString())));
}

void FieldChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData().toString(), Qt::EditRole);
}

} // namespace daicho
