#pragma once

#include "compliance/Finding.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace daicho {

class FindingsModel;
class Register;

// The register checked against the regulation: every finding with its rule, severity and
// article, filtered by rule, severity and organisation unit; a double click opens the asset.
class FindingsPanel : public QWidget {
    Q_OBJECT

public:
    explicit FindingsPanel(Register& reg, QWidget* parent = nullptr);

    // Runs the check again (the whole register the user may see).
    void refresh();
    // Runs the check the first time the page is shown.
    void refreshIfNeverChecked();
    FindingsModel* model() const { return m_model; }
    QList<Finding> shown() const;
    void setRuleFilter(const QString& rule);

Q_SIGNALS:
    void assetRequested(qint64 assetId);
    void failed(const QString& message);

private:
    void applyFilter();
    void fillUnits();

    Register& m_reg;
    QComboBox* m_rule;
    QComboBox* m_severity;
    QComboBox* m_unit;
    QLabel* m_summary;
    QTableView* m_view;
    FindingsModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QList<Finding> m_all;
    bool m_checked = false;
};

} // namespace daicho
