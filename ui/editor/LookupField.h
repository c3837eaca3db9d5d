#pragma once

#include <QComboBox>

class QStandardItemModel;

namespace daicho {

// An editable combo box for choosing one of many records (a person, a section) by typing any
// part of its name: the completer offers the matches, and the text must end as one of them.
class LookupField : public QComboBox {
    Q_OBJECT

public:
    struct Choice {
        qint64 id = 0;
        QString text;
        QString detail; // shown as the tooltip and in the completion list
    };

    explicit LookupField(QWidget* parent = nullptr);

    void setChoices(const QList<Choice>& choices);
    // 0 for an empty field; kUnknown when the text names no choice.
    qint64 id() const;
    void setId(qint64 id);
    static constexpr qint64 kUnknown = -1;

Q_SIGNALS:
    void edited();

private:
    QStandardItemModel* m_model;
};

} // namespace daicho
