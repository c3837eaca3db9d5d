#pragma once

#include <QListView>

class QStandardItemModel;

namespace daicho {

// A short list of flags to tick (取扱制限, personal-data kinds), each item carrying its value.
class CheckList : public QListView {
    Q_OBJECT

public:
    explicit CheckList(QWidget* parent = nullptr);

    void addItem(const QString& text, int value, const QString& toolTip = {});
    QList<int> checkedValues() const;
    void setCheckedValues(const QList<int>& values);
    void setReadOnly(bool readOnly);
    QSize sizeHint() const override;

Q_SIGNALS:
    void edited();

private:
    QStandardItemModel* m_model;
    bool m_filling = false;
};

} // namespace daicho
