#include "LookupField.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace daicho {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

LookupField::LookupField(QWidget* parent)
    : QComboBox(parent)
    , m_model(new QStandardItemModel(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setModel(m_model);
    auto* completer = new QCompleter(m_model, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains); // 「総務」 finds 総務課 and 総務部
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    connect(lineEdit(), &QLineEdit::textEdited, this, &LookupField::edited);
    connect(this, &QComboBox::activated, this, &LookupField::edited);
}

void LookupField::setChoices(const QList<Choice>& choices)
{
    const qint64 current = id();
    m_model->clear();
    m_model->appendRow(new QStandardItem()); // "nobody": clears the field
    for (const Choice& c : choices) {
        auto* item = new QStandardItem(c.text);
        item->setData(c.id, kIdRole);
        item->setToolTip(c.detail);
        m_model->appendRow(item);
    }
    setId(current > 0 ? current : 0);
}

qint64 LookupField::id() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return 0;
    const int row = findText(text, Qt::MatchFixedString);
    return row > 0 ? m_model->item(row)->data(kIdRole).toLongLong() : kUnknown;
}

void LookupField::setId(qint64 id)
{
    int row = 0;
    for (int r = 1; id > 0 && r < m_model->rowCount(); ++r) {
        if (m_model->item(r)->data(kIdRole).toLongLong() == id) {
            row = r;
            break;
        }
    }
    setCurrentIndex(row);
    setEditText(m_model->item(row) ? m_model->item(row)->text() : QString());
}

} // namespace daicho
