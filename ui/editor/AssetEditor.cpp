#include "AssetEditor.h"

#include "CheckList.h"
#include "EnumCombo.h"
#include "FieldHelp.h"
#include "RegisterChoices.h"
#include "WarningLabel.h"
#include "audit/Snapshot.h"
#include "domain/AssetValidator.h"
#include "domain/ClassificationScheme.h"
#include "service/Register.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace daicho {

namespace {

// QDateEdit cannot be empty: its minimum stands for "not recorded".
const QDate kNotRecorded(2000, 1, 1);

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

void setDateOf(QDateEdit* edit, QDate date)
{
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}

template <typename E> QList<int> toInts(const QList<E>& values)
{
    QList<int> ints;
    for (E v : values)
        ints << static_cast<int>(v);
    return ints;
}

template <typename E> QList<E> fromInts(const QList<int>& ints)
{
    QList<E> values;
    for (int i : ints)
        values << static_cast<E>(i);
    return values;
}

QString levelCode(const QComboBox* box)
{
    return box->currentData().toString();
}

} // namespace

AssetEditor::AssetEditor(Register& reg, QWidget* parent)
    : QWidget(parent)
    , m_register(reg)
{
    setObjectName(QStringLiteral("assetEditor"));
    buildForm();
    reloadChoices();
    clear();
}

QFormLayout* AssetEditor::addGroup(QVBoxLayout* groups, const QString& title)
{
    auto* box = new QGroupBox(title);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    groups->addWidget(box);
    return form;
}

void AssetEditor::addRow(QFormLayout* form, AssetField field, QWidget* widget)
{
    auto* label = new QLabel(enumLabel(field));
    label->setBuddy(widget);
    form->addRow(label, widget);
    // What the term means in the regulation; validate() puts what is wrong with it first.
    FieldHelp::apply(label, field);
    FieldHelp::apply(widget, field);
    m_labels.insert(field, label);
    m_widgets.insert(field, widget);
}

void AssetEditor::buildForm()
{
    auto* content = new QWidget;
    auto* groups = new QVBoxLayout(content);
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("editorHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    groups->addWidget(m_heading);

    const auto lineEdit = [this](const char* name) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        connect(edit, &QLineEdit::textEdited, this, &AssetEditor::onEdited);
        return edit;
    };
    const auto combo = [this](const char* name) {
        auto* box = new QComboBox;
        box->setObjectName(QLatin1String(name));
        // Level meanings are sentences: the box stays narrow, its list shows them whole.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
        connect(box, &QComboBox::activated, this, &AssetEditor::onEdited);
        return box;
    };
    const auto lookup = [this](const char* name) {
        auto* field = new LookupField;
        field->setObjectName(QLatin1String(name));
        field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        field->setMinimumContentsLength(12);
        connect(field, &LookupField::edited, this, &AssetEditor::onEdited);
        return field;
    };
    const auto checkList = [this](const char* name) {
        auto* list = new CheckList;
        list->setObjectName(QLatin1String(name));
        connect(list, &CheckList::edited, this, &AssetEditor::onEdited);
        return list;
    };

    // 基本情報
    QFormLayout* basic = addGroup(groups, tr("Basic information"));
    m_code = lineEdit("code");
    m_name = lineEdit("name");
    m_category = combo("category");
    fillEnumCombo<AssetCategory>(m_category, true);
    for (int i = 1; i < m_category->count(); ++i) {
        const auto category = enumFromKey<AssetCategory>(m_category->itemData(i).toString());
        m_category->setItemText(i, categoryLetter(*category) + QStringLiteral("　") + m_category->itemText(i));
    }
    FieldHelp::tipItems<AssetCategory>(m_category);
    m_subtype = lineEdit("subtype");
    m_location = lineEdit("location");
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(fontMetrics().height() * 4);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &AssetEditor::onEdited);
    addRow(basic, AssetField::Code, m_code);
    addRow(basic, AssetField::Name, m_name);
    addRow(basic, AssetField::Category, m_category);
    addRow(basic, AssetField::Subtype, m_subtype);
    addRow(basic, AssetField::Location, m_location);
    addRow(basic, AssetField::Notes, m_notes);

    // 分類・取扱
    QFormLayout* rating = addGroup(groups, tr("Classification and handling"));
    m_segment = combo("segment");
    fillEnumCombo<NetworkSegment>(m_segment, true);
    FieldHelp::tipItems<NetworkSegment>(m_segment);
    m_scheme = combo("scheme");
    for (const ClassificationScheme* scheme : ClassificationScheme::all()) {
        m_scheme->addItem(scheme->name.text(), scheme->key);
        m_scheme->setItemData(m_scheme->count() - 1, FieldHelp::tipText(FieldHelp::scheme(*scheme)), Qt::ToolTipRole);
    }
    connect(m_scheme, &QComboBox::activated, this, &AssetEditor::fillLevels);
    m_confidentiality = combo("confidentiality");
    m_integrity = combo("integrity");
    m_availability = combo("availability");
    m_importance = new QLabel;
    m_importance->setObjectName(QStringLiteral("importance"));
    m_importance->setWordWrap(true);
    m_restrictions = checkList("restrictions");
    for (Restriction r : enumValues<Restriction>())
        m_restrictions->addItem(enumLabel(r), static_cast<int>(r), FieldHelp::tipText(FieldHelp::choice(r)));
    m_proposal = new QLabel;
    m_proposal->setObjectName(QStringLiteral("proposal"));
    m_proposal->setWordWrap(true);
    m_applyProposal = new QPushButton(tr("Apply the proposal"));
    m_applyProposal->setObjectName(QStringLiteral("applyProposal"));
    m_applyProposal->setToolTip(tr("Tick the proposed restrictions as well"));
    connect(m_applyProposal, &QPushButton::clicked, this, &AssetEditor::applyProposal);
    auto* proposalRow = new QWidget;
    auto* proposalLayout = new QVBoxLayout(proposalRow);
    proposalLayout->setContentsMargins(0, 0, 0, 0);
    proposalLayout->addWidget(m_proposal);
    proposalLayout->addWidget(m_applyProposal, 0, Qt::AlignLeft);
    m_restrictionNote = lineEdit("restrictionNote");
    m_personalData = checkList("personalData");
    for (PersonalData p : enumValues<PersonalData>())
        m_personalData->addItem(enumLabel(p), static_cast<int>(p), FieldHelp::tipText(FieldHelp::choice(p)));
    addRow(rating, AssetField::Segment, m_segment);
    addRow(rating, AssetField::Scheme, m_scheme);
    addRow(rating, AssetField::Confidentiality, m_confidentiality);
    addRow(rating, AssetField::Integrity, m_integrity);
    addRow(rating, AssetField::Availability, m_availability);
    rating->addRow(tr("Importance"), m_importance);
    FieldHelp::applyRow(rating, m_importance, FieldHelp::Term::Importance);
    addRow(rating, AssetField::Restrictions, m_restrictions);
    rating->addRow(tr("Proposed"), proposalRow);
    FieldHelp::applyRow(rating, m_proposal, FieldHelp::Term::Proposal);
    if (QWidget* label = rating->labelForField(proposalRow))
        FieldHelp::apply(label, FieldHelp::Term::Proposal);
    addRow(rating, AssetField::RestrictionNote, m_restrictionNote);
    addRow(rating, AssetField::PersonalData, m_personalData);

    // 所管・責任者
    QFormLayout* owners = addGroup(groups, tr("Ownership"));
    m_section = lookup("section");
    m_manager = lookup("manager");
    m_custodian = lookup("custodian");
    m_systemAdmin = lookup("systemAdmin");
    addRow(owners, AssetField::Section, m_section);
    addRow(owners, AssetField::Manager, m_manager);
    addRow(owners, AssetField::Custodian, m_custodian);
    addRow(owners, AssetField::SystemAdmin, m_systemAdmin);

    // 提供形態
    QFormLayout* provision = addGroup(groups, tr("Provision"));
    m_provision = combo("provision");
    fillEnumCombo<Provision>(m_provision, false);
    FieldHelp::tipItems<Provision>(m_provision);
    m_provider = lineEdit("provider");
    m_serviceName = lineEdit("serviceName");
    m_contractSecurity = combo("contractSecurity");
    fillTriStateCombo(m_contractSecurity, tr("Included"), tr("Not included"));
    m_providerCheckedOn = new QDateEdit;
    m_providerCheckedOn->setObjectName(QStringLiteral("providerCheckedOn"));
    m_providerCheckedOn->setCalendarPopup(true);
    m_providerCheckedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_providerCheckedOn->setMinimumDate(kNotRecorded);
    m_providerCheckedOn->setSpecialValueText(tr("Not recorded"));
    connect(m_providerCheckedOn, &QDateEdit::dateChanged, this, &AssetEditor::onEdited);
    m_dataLocation = lineEdit("dataLocation");
    m_ismap = combo("ismapRegistered");
    fillTriStateCombo(m_ismap, tr("Registered"), tr("Not registered"));
    m_usageRules = combo("usageRules");
    fillTriStateCombo(m_usageRules, tr("In place"), tr("Not in place"));
    m_snsResponsible = lookup("snsResponsible");
    m_publishableInfo = lineEdit("publishableInfo");
    addRow(provision, AssetField::Provision, m_provision);
    addRow(provision, AssetField::Provider, m_provider);
    addRow(provision, AssetField::ServiceName, m_serviceName);
    addRow(provision, AssetField::ContractHasSecurity, m_contractSecurity);
    addRow(provision, AssetField::ProviderCheckedOn, m_providerCheckedOn);
    addRow(provision, AssetField::DataLocation, m_dataLocation);
    addRow(provision, AssetField::IsmapRegistered, m_ismap);
    addRow(provision, AssetField::UsageRulesInPlace, m_usageRules);
    addRow(provision, AssetField::SnsResponsible, m_snsResponsible);
    addRow(provision, AssetField::PublishableInfo, m_publishableInfo);

    // 廃棄
    QFormLayout* disposal = addGroup(groups, tr("Disposal"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_disposal = new QLabel;
    m_disposal->setObjectName(QStringLiteral("disposal"));
    m_disposal->setWordWrap(true);
    m_dispose = new QPushButton(tr("Record Disposal…"));
    m_dispose->setObjectName(QStringLiteral("dispose"));
    connect(m_dispose, &QPushButton::clicked, this, [this] { Q_EMIT disposeRequested(m_loaded); });
    disposal->addRow(enumLabel(AssetField::Status), m_status);
    FieldHelp::applyRow(disposal, m_status, AssetField::Status);
    m_dispose->setToolTip(
        FieldHelp::tipText(tr("Record that the asset was disposed of (%1, %2, %3); it then stays "
                              "in the register, read-only.")
                               .arg(enumLabel(AssetField::DisposedOn), enumLabel(AssetField::DisposalMethod),
                                    enumLabel(AssetField::DisposalConfirmedBy))));
    disposal->addRow(tr("Record"), m_disposal);
    disposal->addRow(QString(), m_dispose);
    groups->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_problemText = new WarningLabel;
    m_problemText->setObjectName(QStringLiteral("problems"));
    m_problemText->setTextFormat(Qt::PlainText);
    m_save = new QPushButton(tr("Save"));
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    m_revert = new QPushButton(tr("Revert"));
    m_revert->setObjectName(QStringLiteral("revert"));
    connect(m_save, &QPushButton::clicked, this, &AssetEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &AssetEditor::revert);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problemText);
    layout->addLayout(buttons);
}

void AssetEditor::reloadChoices()
{
    const QList<LookupField::Choice> people = RegisterChoices::people(m_register);
    m_filling = true;
    m_section->setChoices(RegisterChoices::sections(m_register));
    for (LookupField* field : {m_manager, m_custodian, m_systemAdmin, m_snsResponsible})
        field->setChoices(people);
    m_filling = false;
}

void AssetEditor::fillLevels()
{
    const ClassificationScheme* scheme = ClassificationScheme::find(m_scheme->currentData().toString());
    if (!scheme)
        scheme = &ClassificationScheme::classic();
    const std::pair<QComboBox*, Axis> boxes[] = {{m_confidentiality, Axis::Confidentiality},
                                                 {m_integrity, Axis::Integrity},
                                                 {m_availability, Axis::Availability}};
    const AssetField fields[] = {AssetField::Confidentiality, AssetField::Integrity, AssetField::Availability};
    for (const auto& [box, axis] : boxes) {
        const QString kept = levelCode(box);
        box->clear();
        box->addItem(tr("Not rated"), QString());
        box->setItemData(0, FieldHelp::tipText(FieldHelp::toolTip(FieldHelp::Term::NotRated)), Qt::ToolTipRole);
        // Each level explained as this scheme defines it (schemes differ: 3 or 3A/3B/3C).
        for (const ClassificationLevel& level : scheme->levels(axis)) {
            box->addItem(tr("%1 — %2").arg(level.code, level.meaning.text()), level.code);
            box->setItemData(box->count() - 1, FieldHelp::tipText(FieldHelp::level(axis, level)), Qt::ToolTipRole);
        }
        box->setCurrentIndex(std::max(0, box->findData(kept)));
        const AssetField field = fields[static_cast<int>(axis)];
        box->setWhatsThis(FieldHelp::tipText(FieldHelp::whatsThis(field, *scheme)));
        m_labels.value(field)->setWhatsThis(box->whatsThis());
    }
    onEdited();
}

void AssetEditor::fill(const Asset& a)
{
    m_filling = true;
    m_code->setText(a.code);
    m_name->setText(a.name);
    setEnumCombo(m_category, a.category);
    m_subtype->setText(a.subtype);
    m_location->setText(a.location);
    m_notes->setPlainText(a.notes);
    setEnumCombo(m_segment, a.segment);
    const QString scheme = a.scheme.isEmpty() ? m_register.assets().defaultScheme() : a.scheme;
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(scheme)));
    m_confidentiality->clear(); // refilled for the scheme, then set
    fillLevels();
    m_filling = true;
    m_confidentiality->setCurrentIndex(std::max(0, m_confidentiality->findData(a.confidentiality)));
    m_integrity->setCurrentIndex(std::max(0, m_integrity->findData(a.integrity)));
    m_availability->setCurrentIndex(std::max(0, m_availability->findData(a.availability)));
    m_restrictions->setCheckedValues(toInts(a.restrictions));
    m_restrictionNote->setText(a.restrictionNote);
    m_personalData->setCheckedValues(toInts(a.personalData));
    m_section->setId(a.sectionId);
    m_manager->setId(a.managerId);
    m_custodian->setId(a.custodianId);
    m_systemAdmin->setId(a.systemAdminId);
    setEnumCombo(m_provision, std::optional<Provision>(a.provision));
    m_provider->setText(a.provider);
    m_serviceName->setText(a.serviceName);
    setTriStateCombo(m_contractSecurity, a.contractHasSecurity);
    setDateOf(m_providerCheckedOn, a.providerCheckedOn);
    m_dataLocation->setText(a.dataLocation);
    setTriStateCombo(m_ismap, a.ismapRegistered);
    setTriStateCombo(m_usageRules, a.usageRulesInPlace);
    m_snsResponsible->setId(a.snsResponsibleId);
    m_publishableInfo->setText(a.publishableInfo);
    m_status->setText(enumLabel(a.status));
    if (a.status == AssetStatus::Disposed) {
        QString confirmer;
        if (Result<QList<Person>> people = m_register.people().people())
            for (const Person& p : people.value())
                if (p.id == a.disposalConfirmedBy)
                    confirmer = p.name;
        m_disposal->setText(tr("Disposed of on %1 by %2; confirmed by %3.")
                                .arg(a.disposedOn.toString(Qt::ISODate), a.disposalMethod, confirmer));
    } else {
        m_disposal->setText(tr("In use."));
    }
    m_filling = false;
}

void AssetEditor::showAsset(const Asset& asset)
{
    m_loaded = asset;
    m_hasAsset = true;
    fill(asset);
    const bool disposed = asset.status == AssetStatus::Disposed;
    setReadOnly(disposed || !m_register.assets().mayEdit(asset));
    m_heading->setText(
        disposed ? tr("%1 — disposed of; the record is read-only").arg(asset.code)
        : asset.detailsHidden
            ? tr("%1 — 機密性3: its location and notes are shown only to those who look after it").arg(asset.code)
        : m_readOnly ? tr("%1 — outside what you look after; read-only").arg(asset.code)
                     : tr("%1 — version %2, last changed %3")
                           .arg(asset.code)
                           .arg(asset.version)
                           .arg(asset.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_wasModified = false;
    onEdited();
}

void AssetEditor::startNewAsset(qint64 sectionId)
{
    Asset blank;
    blank.scheme = m_register.assets().defaultScheme();
    blank.sectionId = sectionId;
    m_loaded = blank;
    m_hasAsset = true;
    fill(blank);
    setReadOnly(false);
    m_heading->setText(tr("New asset"));
    m_wasModified = false;
    onEdited();
    m_code->setFocus();
}

void AssetEditor::clear()
{
    m_loaded = Asset();
    m_hasAsset = false;
    fill(m_loaded);
    setReadOnly(true);
    m_heading->setText(tr("Select an asset in the table, or create one with Edit → New Asset."));
    m_problems.clear();
    m_problemText->clear();
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    m_dispose->setEnabled(false);
    if (m_wasModified) {
        m_wasModified = false;
        Q_EMIT modifiedChanged(false);
    }
}

void AssetEditor::focusFirstField()
{
    (isNew() ? m_code : m_name)->setFocus();
}

void AssetEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        if (!qobject_cast<QComboBox*>(edit->parentWidget()))
            edit->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    for (QComboBox* box : findChildren<QComboBox*>())
        box->setEnabled(!readOnly);
    m_providerCheckedOn->setReadOnly(readOnly);
    m_restrictions->setReadOnly(readOnly);
    m_personalData->setReadOnly(readOnly);
    m_applyProposal->setVisible(!readOnly);
    m_dispose->setEnabled(!readOnly && m_hasAsset && m_loaded.id != 0);
}

Asset AssetEditor::asset() const
{
    Asset a = m_loaded;
    a.code = m_code->text().trimmed();
    a.name = m_name->text().trimmed();
    a.category = enumComboValue<AssetCategory>(m_category);
    a.subtype = m_subtype->text().trimmed();
    a.location = m_location->text().trimmed();
    a.notes = m_notes->toPlainText();
    a.segment = enumComboValue<NetworkSegment>(m_segment);
    a.scheme = m_scheme->currentData().toString();
    a.confidentiality = levelCode(m_confidentiality);
    a.integrity = levelCode(m_integrity);
    a.availability = levelCode(m_availability);
    a.restrictions = fromInts<Restriction>(m_restrictions->checkedValues());
    a.restrictionNote = m_restrictionNote->text().trimmed();
    a.personalData = fromInts<PersonalData>(m_personalData->checkedValues());
    a.sectionId = std::max<qint64>(0, m_section->id());
    a.managerId = std::max<qint64>(0, m_manager->id());
    a.custodianId = std::max<qint64>(0, m_custodian->id());
    a.systemAdminId = std::max<qint64>(0, m_systemAdmin->id());
    a.provision = enumComboValue<Provision>(m_provision).value_or(Provision::InHouse);
    a.provider = m_provider->text().trimmed();
    a.serviceName = m_serviceName->text().trimmed();
    a.contractHasSecurity = triStateComboValue(m_contractSecurity);
    a.providerCheckedOn = dateOf(m_providerCheckedOn);
    a.dataLocation = m_dataLocation->text().trimmed();
    a.ismapRegistered = triStateComboValue(m_ismap);
    a.usageRulesInPlace = triStateComboValue(m_usageRules);
    a.snsResponsibleId = std::max<qint64>(0, m_snsResponsible->id());
    a.publishableInfo = m_publishableInfo->text().trimmed();
    return a;
}

bool AssetEditor::isModified() const
{
    return m_hasAsset && !m_readOnly && Snapshot::text(asset()) != Snapshot::text(m_loaded);
}

void AssetEditor::onEdited()
{
    if (m_filling || !m_hasAsset)
        return;
    updateDerived();
    validate();
    const bool modified = isModified();
    m_revert->setEnabled(modified);
    m_dispose->setEnabled(!m_readOnly && m_loaded.id != 0 && !modified);
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void AssetEditor::updateDerived()
{
    const ClassificationScheme* scheme = ClassificationScheme::find(m_scheme->currentData().toString());
    if (!scheme)
        scheme = &ClassificationScheme::classic();
    const QString c = levelCode(m_confidentiality);
    const QString i = levelCode(m_integrity);
    const QString a = levelCode(m_availability);
    const int importance = scheme->importance(c, i, a);
    if (importance == 0) {
        m_importance->setText(tr("Follows once 機密性, 完全性 and 可用性 are all rated."));
    } else {
        // 重要度 is the highest of the three axes; say which ones set it.
        QStringList from;
        const std::pair<Axis, QString> axes[] = {
            {Axis::Confidentiality, c}, {Axis::Integrity, i}, {Axis::Availability, a}};
        for (const auto& [axis, code] : axes) {
            const ClassificationLevel* level = scheme->level(axis, code);
            if (level && level->importance == importance)
                from << axisLabel(axis).text() + code;
        }
        m_importance->setText(tr("%1 (from %2)").arg(importance).arg(from.join(QStringLiteral("、"))));
    }
    const QList<Restriction> proposed = scheme->usualRestrictions(c, i, a);
    QStringList names;
    bool missing = false;
    const QList<int> checked = m_restrictions->checkedValues();
    for (Restriction r : proposed) {
        names << enumLabel(r);
        missing = missing || !checked.contains(static_cast<int>(r));
    }
    m_proposal->setText(names.isEmpty() ? tr("None for this rating.") : names.join(QStringLiteral("、")));
    m_applyProposal->setEnabled(!m_readOnly && missing);
}

void AssetEditor::applyProposal()
{
    const ClassificationScheme* scheme = ClassificationScheme::find(m_scheme->currentData().toString());
    if (!scheme)
        return;
    QList<int> checked = m_restrictions->checkedValues();
    for (Restriction r :
         scheme->usualRestrictions(levelCode(m_confidentiality), levelCode(m_integrity), levelCode(m_availability)))
        if (!checked.contains(static_cast<int>(r)))
            checked << static_cast<int>(r);
    m_restrictions->setCheckedValues(checked);
    onEdited();
}

void AssetEditor::validate()
{
    m_problems.clear();
    if (!m_readOnly) {
        m_problems = m_register.assets().check(asset());
        // Names typed that match no record: the asset cannot even hold them.
        const std::pair<AssetField, LookupField*> lookups[] = {{AssetField::Section, m_section},
                                                               {AssetField::Manager, m_manager},
                                                               {AssetField::Custodian, m_custodian},
                                                               {AssetField::SystemAdmin, m_systemAdmin},
                                                               {AssetField::SnsResponsible, m_snsResponsible}};
        for (const auto& [field, lookupField] : lookups) {
            if (lookupField->id() != LookupField::kUnknown)
                continue;
            const QString reason = tr("「%1」 is not in the register").arg(lookupField->currentText().trimmed());
            m_problems.erase(std::remove_if(m_problems.begin(), m_problems.end(),
                                            [&](const Problem& p) { return p.field == enumKey(field); }),
                             m_problems.end());
            m_problems << fieldProblem(field, reason);
        }
    }
    QHash<AssetField, QStringList> reasons;
    QStringList lines;
    for (const Problem& p : m_problems) {
        const std::optional<AssetField> field = enumFromKey<AssetField>(p.field);
        const QString reason = p.reason.isEmpty() ? p.message : p.reason;
        if (field)
            reasons[*field] << reason;
        lines << (field ? tr("%1: %2").arg(enumLabel(*field), reason) : p.message);
    }
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QStringList fieldReasons = reasons.value(it.key());
        QLabel* label = it.value();
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText,
                         fieldReasons.isEmpty() ? this->palette().color(QPalette::WindowText) : WarningLabel::colour());
        label->setPalette(palette);
        // What is wrong first, then what the field means.
        QString tip = FieldHelp::toolTip(it.key());
        if (!fieldReasons.isEmpty())
            tip = fieldReasons.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + tip;
        label->setToolTip(FieldHelp::tipText(tip));
        m_widgets.value(it.key())->setToolTip(FieldHelp::tipText(tip));
    }
    m_problemText->setText(lines.join(QLatin1Char('\n')));
    m_problemText->setVisible(!lines.isEmpty());
    const bool canSave = !m_readOnly && m_problems.isEmpty() && (isNew() || isModified());
    m_save->setEnabled(canSave);
    m_save->setToolTip(lines.isEmpty() ? tr("Save the asset (Ctrl+S)")
                                       : tr("Cannot save yet:\n%1").arg(lines.join(QLatin1Char('\n'))));
}

void AssetEditor::save()
{
    if (!m_hasAsset || m_readOnly)
        return;
    validate();
    if (!m_problems.isEmpty() || !(isNew() || isModified()))
        return;
    Q_EMIT saveRequested(m_loaded, asset());
}

void AssetEditor::revert()
{
    if (!m_hasAsset)
        return;
    if (isNew())
        startNewAsset(m_loaded.sectionId);
    else
        showAsset(m_loaded);
}

} // namespace daicho
