#include "CheckList.h"

#include <QStandardItemModel>

namespace daicho {

namespace {
constexpr int kValueRole = Qt::UserRole + 1;
}

CheckList::CheckList(QWidget* parent)
    : QListView(parent)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setUniformItemSizes(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT edited();
    });
}

void CheckList::addItem(const QString& text, int value, const QString& toolTip)
{
    auto* item = new QStandardItem(text);
    item->setData(value, kValueRole);
    item->setToolTip(toolTip);
    item->setCheckable(true);
    item->setCheckState(Qt::Unchecked);
    m_model->appendRow(item);
}

QList<int> CheckList::checkedValues() const
{
    QList<int> values;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->item(r)->checkState() == Qt::Checked)
            values << m_model->item(r)->data(kValueRole).toInt();
    return values;
}

void CheckList::setCheckedValues(const QList<int>& values)
{
    m_filling = true;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStandardItem* item = m_model->item(r);
        item->setCheckState(values.contains(item->data(kValueRole).toInt()) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
}

void CheckList::setReadOnly(bool readOnly)
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_model->item(r)->setCheckable(!readOnly);
}

QSize CheckList::sizeHint() const
{
    // Every item visible without scrolling: the lists are short and fixed.
    const int rows = m_model->rowCount();
    const int height = rows > 0 ? sizeHintForRow(0) * rows + 2 * frameWidth() : QListView::sizeHint().height();
    return {QListView::sizeHint().width(), height};
}

} // namespace daicho
