#pragma once

#include <QDialog>

class QLabel;
class QRadioButton;
class QSpinBox;
class QTableView;

namespace daicho {

class Register;
class ThreatTableModel;

// How the register analyses risk (for the security office): the scoring method with the 5×5
// method's bands, and the threat catalogue of 第3条. Risks already scored keep the method they
// were scored under until they are next changed.
class RiskSettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit RiskSettingsDialog(Register& reg, QWidget* parent = nullptr);

    ThreatTableModel* threats() const { return m_threats; }
    // Applies the method chosen (also what OK does); false with the reason shown when refused.
    bool applyMethod();

private:
    void addThreat();
    void showProblem(const QString& message);

    Register& m_reg;
    QRadioButton* m_ipa;
    QRadioButton* m_five;
    QSpinBox* m_high;
    QSpinBox* m_medium;
    QLabel* m_problem;
    ThreatTableModel* m_threats;
    QTableView* m_view;
};

} // namespace daicho
