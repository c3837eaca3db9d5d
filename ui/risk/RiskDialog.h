#pragma once

#include "domain/Asset.h"
#include "domain/Risk.h"
#include "domain/RiskMethod.h"
#include "domain/Threat.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace daicho {

class LookupField;
class Register;

// Records or changes one risk of an asset (第8条) under the register's method: the inputs, the
// figures they give (重要度 shown with the rating it comes from), the treatment and the residual
// inputs. The service scores and checks it again when it is saved.
class RiskDialog : public QDialog {
    Q_OBJECT

public:
    RiskDialog(Register& reg, const Asset& asset, const Risk& risk, QWidget* parent = nullptr);

    // The risk as entered (figures as the method gives them).
    Risk risk() const;
    // The figures shown, for tests: "6 (大)".
    QString valueText() const;
    QString residualText() const;

private:
    void rescore();

    Asset m_asset;
    Risk m_risk;
    RiskMethod m_method;
    int m_importance;
    QComboBox* m_threat;
    QSpinBox* m_first;  // 脅威 (IPA) or 発生の可能性 (5×5)
    QSpinBox* m_second; // 脆弱性 (IPA) or 発生時の損失 (5×5)
    QLabel* m_value;
    QComboBox* m_treatment;
    QPlainTextEdit* m_plan;
    LookupField* m_owner;
    QCheckBox* m_hasDue;
    QDateEdit* m_due;
    QComboBox* m_status;
    QCheckBox* m_assessResidual;
    QSpinBox* m_residualFirst;
    QSpinBox* m_residualSecond;
    QLabel* m_residual;
};

} // namespace daicho
