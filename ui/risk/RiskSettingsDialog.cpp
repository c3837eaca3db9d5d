#include "RiskSettingsDialog.h"

#include "WarningLabel.h"
#include "editor/FieldHelp.h"
#include "models/ThreatTableModel.h"
#include "service/Register.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace daicho {

namespace {
// The 第3条 group of a threat, chosen from the article's five.
class GroupDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* box = new QComboBox(parent);
        for (ThreatGroup g : enumValues<ThreatGroup>())
            box->addItem(enumLabel(g), enumKey(g));
        FieldHelp::tipItems<ThreatGroup>(box);
        FieldHelp::apply(box, FieldHelp::Term::ThreatGroup);
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(ThreatTableModel::GroupKeyRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData());
    }
};
} // namespace

RiskSettingsDialog::RiskSettingsDialog(Register& reg, QWidget* parent)
    : QDialog(parent)
    , m_reg(reg)
    , m_ipa(new QRadioButton(RiskMethod::ipa().label().text(), this))
    , m_five(new QRadioButton(RiskMethod::fiveByFive().label().text(), this))
    , m_high(new QSpinBox(this))
    , m_medium(new QSpinBox(this))
    , m_problem(new WarningLabel(this))
    , m_threats(new ThreatTableModel(reg, this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Risk Analysis Settings"));
    const bool mayManage = reg.mayManage().ok();
    const RiskMethod method = reg.risks().method();
    m_ipa->setChecked(method.kind() == RiskMethod::Kind::Ipa);
    m_five->setChecked(method.kind() == RiskMethod::Kind::FiveByFive);
    const RiskMethod five = method.kind() == RiskMethod::Kind::FiveByFive ? method : RiskMethod::fiveByFive();
    for (QSpinBox* box : {m_high, m_medium})
        box->setRange(2, 25);
    m_high->setValue(five.highFrom());
    m_medium->setValue(five.mediumFrom());

    auto* methodBox = new QGroupBox(tr("Method (Article 8)"), this);
    auto* form = new QFormLayout(methodBox);
    form->addRow(m_ipa);
    form->addRow(m_five);
    form->addRow(tr("High (大) from the value"), m_high);
    form->addRow(tr("Medium (中) from the value"), m_medium);
    FieldHelp::apply(m_ipa, FieldHelp::Term::MethodIpa);
    FieldHelp::apply(m_five, FieldHelp::Term::MethodFiveByFive);
    FieldHelp::applyRow(form, m_high, FieldHelp::Term::HighFrom);
    FieldHelp::applyRow(form, m_medium, FieldHelp::Term::MediumFrom);
    auto* note = new QLabel(tr("Risks already scored keep the method and bands they were scored under until "
                               "they are next changed."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    const auto updateBands = [this] {
        m_high->setEnabled(m_five->isChecked() && m_five->isEnabled());
        m_medium->setEnabled(m_five->isChecked() && m_five->isEnabled());
    };
    connect(m_five, &QRadioButton::toggled, this, updateBands);

    m_view->setModel(m_threats);
    m_view->setItemDelegateForColumn(ThreatTableModel::Group, new GroupDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ThreatTableModel::NameJa, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ThreatTableModel::NameEn, QHeaderView::Stretch);
    m_view->resizeColumnToContents(ThreatTableModel::Group);
    connect(m_threats, &ThreatTableModel::failed, this, &RiskSettingsDialog::showProblem);
    auto* add = new QPushButton(tr("Add Threat…"), this);
    connect(add, &QPushButton::clicked, this, &RiskSettingsDialog::addThreat);
    auto* catalogueBox = new QGroupBox(tr("Threat catalogue (Article 3)"), this);
    auto* catalogue = new QVBoxLayout(catalogueBox);
    catalogue->addWidget(m_view);
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addStretch(1);
    catalogue->addLayout(row);

    for (QWidget* w : std::initializer_list<QWidget*>{m_ipa, m_five, add})
        w->setEnabled(mayManage);
    updateBands();
    m_problem->hide();
    if (!mayManage) {
        m_problem->setText(tr("Only the security office changes how risk is analysed; you may read the settings."));
        m_problem->show();
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (applyMethod())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(methodBox);
    layout->addWidget(catalogueBox, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(820, 640);
}

bool RiskSettingsDialog::applyMethod()
{
    if (!m_reg.mayManage().ok())
        return true; // nothing of theirs to apply
    const RiskMethod chosen =
        m_ipa->isChecked() ? RiskMethod::ipa() : RiskMethod::fiveByFive(m_high->value(), m_medium->value());
    if (chosen == m_reg.risks().method())
        return true;
    if (Status s = m_reg.risks().setMethod(chosen); !s) {
        showProblem(s.errorText());
        return false;
    }
    return true;
}

void RiskSettingsDialog::addThreat()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Threat"), tr("Name of the threat (Japanese):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    Threat t;
    t.nameJa = name;
    t.group = ThreatGroup::Intentional;
    t.axes = {Axis::Confidentiality, Axis::Integrity, Axis::Availability};
    if (Result<qint64> id = m_reg.threats().create(t); !id) {
        showProblem(id.errorText());
        return;
    }
    m_threats->reload();
    m_view->scrollToBottom();
}

void RiskSettingsDialog::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

} // namespace daicho
