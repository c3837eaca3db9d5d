#pragma once

#include "domain/AssetFilter.h"
#include "domain/ClassificationScheme.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace daicho {

// The search box and the filters above the asset table. It only describes the filter; the
// table model runs it in SQL. Typing waits a moment after the last key; a combo applies at once.
class FilterBar : public QWidget {
    Q_OBJECT

public:
    explicit FilterBar(QWidget* parent = nullptr);

    // Everything but the organisation unit, which the tree chooses.
    AssetFilter filter() const;
    void focusSearch();
    void clear();
    // Whether only assets with compliance findings are asked for (the window finds which).
    bool withFindings() const;
    // Shows `filter` (as the dashboard asks for it) and says it changed once.
    void setFilter(const AssetFilter& filter);

Q_SIGNALS:
    void changed();

private:
    template <typename E> QComboBox* addEnumCombo(const QString& objectName, const QString& allText);
    QComboBox* addLevelCombo(Axis axis, const QString& objectName, const QString& anyText);
    QComboBox* addCombo(const QString& objectName);

    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QComboBox* m_category = nullptr;
    QComboBox* m_segment = nullptr;
    QComboBox* m_confidentiality = nullptr;
    QComboBox* m_integrity = nullptr;
    QComboBox* m_availability = nullptr;
    QComboBox* m_importance = nullptr;
    QComboBox* m_review = nullptr;
    QComboBox* m_findings = nullptr;
    QComboBox* m_personalData = nullptr;
    QComboBox* m_provision = nullptr;
    QComboBox* m_status = nullptr;
};

} // namespace daicho
