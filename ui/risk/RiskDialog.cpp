#include "RiskDialog.h"

#include "domain/RiskScoring.h"
#include "editor/EnumCombo.h"
#include "editor/FieldHelp.h"
#include "editor/LookupField.h"
#include "editor/RegisterChoices.h"
#include "service/Register.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace daicho {

namespace {
QSpinBox* levelBox(int max, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(1, max);
    return box;
}

QString figures(const Risk& r, bool residual)
{
    const int value = residual ? r.residualValue : r.value;
    const std::optional<RiskBand> band = residual ? r.residualBand : std::optional<RiskBand>(r.band);
    return value > 0 && band ? QStringLiteral("%1（%2）").arg(value).arg(enumLabel(*band)) : QStringLiteral("—");
}
} // namespace

RiskDialog::RiskDialog(Register& reg, const Asset& asset, const Risk& risk, QWidget* parent)
    : QDialog(parent)
    , m_asset(asset)
    , m_risk(risk)
    , m_method(reg.risks().method())
    , m_importance(RiskService::importanceOf(asset))
    , m_threat(new QComboBox(this))
    , m_first(levelBox(m_method.scale(), this))
    , m_second(levelBox(m_method.scale(), this))
    , m_value(new QLabel(this))
    , m_treatment(new QComboBox(this))
    , m_plan(new QPlainTextEdit(this))
    , m_owner(new LookupField(this))
    , m_hasDue(new QCheckBox(tr("Due by"), this))
    , m_due(new QDateEdit(this))
    , m_status(new QComboBox(this))
    , m_assessResidual(new QCheckBox(tr("Assess the risk after treatment"), this))
    , m_residualFirst(levelBox(m_method.scale(), this))
    , m_residualSecond(levelBox(m_method.scale(), this))
    , m_residual(new QLabel(this))
{
    setWindowTitle(risk.id == 0 ? tr("New Risk of %1").arg(asset.code) : tr("Risk of %1").arg(asset.code));
    const bool ipa = m_method.kind() == RiskMethod::Kind::Ipa;

    // The threat: any active one for a new risk; a recorded risk keeps its threat.
    Result<QList<Threat>> threats = reg.threats().all(risk.id == 0);
    for (const Threat& t : threats.value()) {
        m_threat->addItem(QStringLiteral("%1 — %2").arg(enumLabel(t.group), t.name()), t.key);
        // The threat's group as 第3条 words it.
        m_threat->setItemData(m_threat->count() - 1, FieldHelp::tipText(FieldHelp::choice(t.group)), Qt::ToolTipRole);
    }
    m_threat->setCurrentIndex(std::max(0, m_threat->findData(risk.threatKey)));
    m_threat->setEnabled(risk.id == 0);

    auto* assessment = new QGroupBox(tr("Assessment (%1)").arg(m_method.label().text()), this);
    auto* form = new QFormLayout(assessment);
    form->addRow(tr("Asset"), new QLabel(QStringLiteral("%1　%2").arg(asset.code, asset.name), this));
    form->addRow(tr("Threat"), m_threat);
    if (ipa) {
        // 重要度 is not entered: it follows from the asset's rating, and the dialog says how.
        const QString rating =
            ClassificationScheme::ratingLabel(asset.confidentiality, asset.integrity, asset.availability);
        auto* importance = new QLabel(m_importance > 0 ? tr("%1 (the highest of %2)").arg(m_importance).arg(rating)
                                                       : tr("unknown: the asset is not fully rated (%1)").arg(rating),
                                      this);
        form->addRow(tr("Importance"), importance);
        FieldHelp::applyRow(form, importance, FieldHelp::Term::Importance);
        form->addRow(tr("Likelihood of the threat"), m_first);
        form->addRow(tr("Vulnerability"), m_second);
        m_first->setValue(risk.threatLevel > 0 ? risk.threatLevel : 2);
        m_second->setValue(risk.vulnerabilityLevel > 0 ? risk.vulnerabilityLevel : 2);
    } else {
        form->addRow(tr("Likelihood"), m_first);
        form->addRow(tr("Impact"), m_second);
        m_first->setValue(risk.likelihood > 0 ? std::min(risk.likelihood, 5) : 3);
        m_second->setValue(risk.impact > 0 ? std::min(risk.impact, 5) : 3);
    }
    form->addRow(tr("Risk value"), m_value);
    FieldHelp::applyRow(form, m_threat, FieldHelp::Term::Threat);
    // The two inputs are the method's own terms.
    const FieldHelp::Term firstTerm = ipa ? FieldHelp::Term::ThreatLikelihood : FieldHelp::Term::Likelihood;
    const FieldHelp::Term secondTerm = ipa ? FieldHelp::Term::Vulnerability : FieldHelp::Term::Loss;
    FieldHelp::applyRow(form, m_first, firstTerm);
    FieldHelp::applyRow(form, m_second, secondTerm);
    FieldHelp::applyRow(form, m_value, FieldHelp::Term::RiskValue);

    auto* treatment = new QGroupBox(tr("Treatment"), this);
    auto* treat = new QFormLayout(treatment);
    fillEnumCombo<Treatment>(m_treatment, true);
    FieldHelp::tipItems<Treatment>(m_treatment);
    setEnumCombo(m_treatment, risk.treatment);
    treat->addRow(tr("Treatment"), m_treatment);
    m_plan->setPlainText(risk.plan);
    m_plan->setTabChangesFocus(true);
    m_plan->setFixedHeight(m_plan->fontMetrics().height() * 4);
    treat->addRow(tr("Plan"), m_plan);
    m_owner->setChoices(RegisterChoices::people(reg));
    m_owner->setId(risk.ownerId != 0 ? risk.ownerId : asset.managerId);
    treat->addRow(tr("Owner"), m_owner);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_hasDue->setChecked(risk.dueOn.isValid());
    m_due->setDate(risk.dueOn.isValid() ? risk.dueOn : reg.clock().nowUtc().date().addMonths(6));
    m_due->setEnabled(m_hasDue->isChecked());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    treat->addRow(m_hasDue, m_due);
    fillEnumCombo<RiskStatus>(m_status, false);
    FieldHelp::tipItems<RiskStatus>(m_status);
    setEnumCombo(m_status, std::optional<RiskStatus>(risk.status));
    treat->addRow(tr("Status"), m_status);
    treat->addRow(m_assessResidual);
    treat->addRow(ipa ? tr("Likelihood of the threat after treatment") : tr("Likelihood after treatment"),
                  m_residualFirst);
    treat->addRow(ipa ? tr("Vulnerability after treatment") : tr("Impact after treatment"), m_residualSecond);
    treat->addRow(tr("Residual risk value"), m_residual);
    FieldHelp::applyRow(treat, m_treatment, FieldHelp::Term::Treatment);
    FieldHelp::applyRow(treat, m_plan, FieldHelp::Term::Plan);
    FieldHelp::applyRow(treat, m_owner, FieldHelp::Term::RiskOwner);
    FieldHelp::apply(m_hasDue, FieldHelp::Term::DueOn);
    FieldHelp::apply(m_due, FieldHelp::Term::DueOn);
    FieldHelp::applyRow(treat, m_status, FieldHelp::Term::RiskStatus);
    FieldHelp::apply(m_assessResidual, FieldHelp::Term::Residual);
    // After treatment: the same input, judged with the measures in place.
    const std::pair<QSpinBox*, FieldHelp::Term> residualInputs[] = {{m_residualFirst, firstTerm},
                                                                    {m_residualSecond, secondTerm}};
    for (const auto& [box, term] : residualInputs) {
        const QString help =
            FieldHelp::toolTip(FieldHelp::Term::Residual) + QLatin1Char('\n') + FieldHelp::toolTip(term);
        FieldHelp::apply(box, help);
        if (QWidget* label = treat->labelForField(box))
            FieldHelp::apply(label, help);
    }
    FieldHelp::applyRow(treat, m_residual, FieldHelp::Term::ResidualValue);
    m_assessResidual->setChecked(risk.hasResidual() || risk.residualThreat > 0);
    m_residualFirst->setValue(ipa ? std::max(1, risk.residualThreat) : std::max(1, risk.residualLikelihood));
    m_residualSecond->setValue(ipa ? std::max(1, risk.residualVulnerability) : std::max(1, risk.residualImpact));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(assessment);
    layout->addWidget(treatment);
    layout->addWidget(buttons);

    for (QSpinBox* box : {m_first, m_second, m_residualFirst, m_residualSecond})
        connect(box, &QSpinBox::valueChanged, this, &RiskDialog::rescore);
    connect(m_assessResidual, &QCheckBox::toggled, this, &RiskDialog::rescore);
    rescore();
}

Risk RiskDialog::risk() const
{
    Risk r = m_risk;
    r.threatKey = m_threat->currentData().toString();
    const bool ipa = m_method.kind() == RiskMethod::Kind::Ipa;
    const bool residual = m_assessResidual->isChecked();
    r.threatLevel = ipa ? m_first->value() : 0;
    r.vulnerabilityLevel = ipa ? m_second->value() : 0;
    r.likelihood = ipa ? 0 : m_first->value();
    r.impact = ipa ? 0 : m_second->value();
    r.residualThreat = ipa && residual ? m_residualFirst->value() : 0;
    r.residualVulnerability = ipa && residual ? m_residualSecond->value() : 0;
    r.residualLikelihood = !ipa && residual ? m_residualFirst->value() : 0;
    r.residualImpact = !ipa && residual ? m_residualSecond->value() : 0;
    r.treatment = enumComboValue<Treatment>(m_treatment);
    r.plan = m_plan->toPlainText().trimmed();
    r.ownerId = m_owner->id();
    r.dueOn = m_hasDue->isChecked() ? m_due->date() : QDate();
    r.status = enumComboValue<RiskStatus>(m_status).value_or(RiskStatus::Open);
    // Figures as the service will compute them (it scores again when saving).
    Risk scored = r;
    if (RiskScoring::score(m_method, m_importance, scored).isEmpty())
        r = scored;
    return r;
}

void RiskDialog::rescore()
{
    for (QSpinBox* box : {m_residualFirst, m_residualSecond})
        box->setEnabled(m_assessResidual->isChecked());
    const Risk r = risk();
    m_value->setText(figures(r, false));
    m_residual->setText(m_assessResidual->isChecked() ? figures(r, true) : tr("not assessed"));
}

QString RiskDialog::valueText() const
{
    return m_value->text();
}

QString RiskDialog::residualText() const
{
    return m_residual->text();
}

} // namespace daicho
