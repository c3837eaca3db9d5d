#pragma once

#include "domain/Inspection.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace daicho {

// The self-inspection checklist with one section's answers this 年度; the comment of an answered
// item is edited in place (the change goes out as commentEdited, to become an undoable command).
class InspectionChecklistModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Article, Item, Answer, Comment, AnsweredBy, ColumnCount };
    static constexpr int ItemIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setChecklist(QList<InspectionItem> items, QHash<qint64, InspectionResponse> answers);
    const InspectionItem& item(int row) const { return m_items.at(row); }
    std::optional<InspectionResponse> answer(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void commentEdited(int row, const QString& comment);

private:
    QList<InspectionItem> m_items;
    QHash<qint64, InspectionResponse> m_answers;
};

} // namespace daicho
