#include "FilterBar.h"

#include "db/SearchIndex.h"
#include "domain/AssetField.h"
#include "domain/ClassificationScheme.h"
#include "domain/Review.h"
#include "editor/FieldHelp.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace daicho {

namespace {
template <typename E> std::optional<E> chosen(const QComboBox* combo)
{
    return enumFromKey<E>(combo->currentData().toString());
}
} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search ID, name, notes, people…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);
    FieldHelp::apply(m_search, FieldHelp::Term::Search);
    m_searchDelay->setSingleShot(true);
    // One or two characters are searched by scanning the table (the index needs three), and
    // are usually the start of a longer word: they wait for a longer pause in typing.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_searchDelay->start(text.trimmed().size() < SearchIndex::kMinIndexedLength ? 400 : 150);
    });
    connect(m_searchDelay, &QTimer::timeout, this, &FilterBar::changed);
    layout->addWidget(m_search, 2);

    m_category = addEnumCombo<AssetCategory>(QStringLiteral("categoryFilter"), tr("All categories"));
    // Categories are long sentences in the regulation; the combo shows ア/イ/ウ with the text as a tip.
    for (int i = 1; i < m_category->count(); ++i) {
        const std::optional<AssetCategory> c = enumFromKey<AssetCategory>(m_category->itemData(i).toString());
        m_category->setItemText(i, categoryLetter(*c) + QStringLiteral("　") + enumLabel(*c).left(12) +
                                       QStringLiteral("…"));
    }
    FieldHelp::tipItems<AssetCategory>(m_category);
    FieldHelp::apply(m_category, AssetField::Category);
    m_segment = addEnumCombo<NetworkSegment>(QStringLiteral("segmentFilter"), tr("All segments"));
    FieldHelp::tipItems<NetworkSegment>(m_segment);
    FieldHelp::apply(m_segment, AssetField::Segment);

    m_confidentiality =
        addLevelCombo(Axis::Confidentiality, QStringLiteral("confidentialityFilter"), tr("Any confidentiality"));
    m_integrity = addLevelCombo(Axis::Integrity, QStringLiteral("integrityFilter"), tr("Any integrity"));
    m_availability = addLevelCombo(Axis::Availability, QStringLiteral("availabilityFilter"), tr("Any availability"));
    FieldHelp::apply(m_confidentiality, AssetField::Confidentiality);
    FieldHelp::apply(m_integrity, AssetField::Integrity);
    FieldHelp::apply(m_availability, AssetField::Availability);
    m_importance = addCombo(QStringLiteral("importanceFilter"));
    FieldHelp::apply(m_importance, FieldHelp::Term::Importance);
    m_importance->addItem(tr("Any importance"), 0);
    for (int level = 3; level >= 1; --level)
        m_importance->addItem(tr("Importance %1").arg(level), level);
    m_personalData = addCombo(QStringLiteral("personalDataFilter"));
    m_personalData->addItem(tr("Any personal data"), QString());
    for (const auto& e : enumEntries<PersonalData>())
        m_personalData->addItem(tr("With %1").arg(e.label.text()), QString::fromLatin1(e.key));
    m_personalData->addItem(tr("No personal data"), AssetFilter::noPersonalData());
    FieldHelp::tipItems<PersonalData>(m_personalData);
    FieldHelp::apply(m_personalData, AssetField::PersonalData);

    m_provision = addEnumCombo<Provision>(QStringLiteral("provisionFilter"), tr("All provision"));
    FieldHelp::tipItems<Provision>(m_provision);
    FieldHelp::apply(m_provision, AssetField::Provision);
    m_status = addEnumCombo<AssetStatus>(QStringLiteral("statusFilter"), tr("Any status"));
    FieldHelp::tipItems<AssetStatus>(m_status);
    FieldHelp::apply(m_status, AssetField::Status);
    // This 年度's review (棚卸し) and the compliance findings.
    m_review = addEnumCombo<ReviewOutcome>(QStringLiteral("reviewFilter"), tr("Any review"));
    m_review->addItem(tr("Not reviewed"), AssetFilter::notReviewed());
    FieldHelp::tipItems<ReviewOutcome>(m_review);
    FieldHelp::apply(m_review, FieldHelp::Term::Review);
    m_findings = addCombo(QStringLiteral("findingsFilter"));
    m_findings->addItem(tr("Any findings"), false);
    m_findings->addItem(tr("With findings"), true);
    FieldHelp::apply(m_findings, FieldHelp::Term::Findings);
}

QComboBox* FilterBar::addCombo(const QString& objectName)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    // Narrow when closed (the bar holds twelve filters); the list shows the labels whole.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(5);
    connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    layout()->addWidget(combo);
    return combo;
}

QComboBox* FilterBar::addLevelCombo(Axis axis, const QString& objectName, const QString& anyText)
{
    QComboBox* combo = addCombo(objectName);
    combo->addItem(anyText, QString());
    // The levels of every scheme the register may hold (3, 3A…), each once.
    QStringList codes;
    for (const ClassificationScheme* scheme : ClassificationScheme::all())
        for (const ClassificationLevel& level : scheme->levels(axis))
            if (!codes.contains(level.code))
                codes << level.code;
    for (const QString& code : std::as_const(codes))
        combo->addItem(axisLabel(axis).text() + code, code);
    FieldHelp::tipLevels(combo, axis);
    combo->addItem(tr("Not rated"), AssetFilter::unrated());
    combo->setItemData(combo->count() - 1, FieldHelp::tipText(FieldHelp::toolTip(FieldHelp::Term::NotRated)),
                       Qt::ToolTipRole);
    return combo;
}

template <typename E> QComboBox* FilterBar::addEnumCombo(const QString& objectName, const QString& allText)
{
    QComboBox* combo = addCombo(objectName);
    combo->addItem(allText, QString());
    for (const auto& e : enumEntries<E>())
        combo->addItem(e.label.text(), QString::fromLatin1(e.key));
    return combo;
}

AssetFilter FilterBar::filter() const
{
    AssetFilter f;
    f.text = m_search->text().trimmed();
    f.category = chosen<AssetCategory>(m_category);
    f.segment = chosen<NetworkSegment>(m_segment);
    f.provision = chosen<Provision>(m_provision);
    f.status = chosen<AssetStatus>(m_status);
    f.confidentiality = m_confidentiality->currentData().toString();
    f.integrity = m_integrity->currentData().toString();
    f.availability = m_availability->currentData().toString();
    f.personalData = m_personalData->currentData().toString();
    f.importance = m_importance->currentData().toInt();
    f.review = m_review->currentData().toString();
    return f;
}

bool FilterBar::withFindings() const
{
    return m_findings->currentData().toBool();
}

void FilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void FilterBar::clear()
{
    const QSignalBlocker blocker(this);
    m_search->clear();
    for (QComboBox* combo : {m_category, m_segment, m_confidentiality, m_integrity, m_availability, m_importance,
                             m_personalData, m_provision, m_status, m_review, m_findings})
        combo->setCurrentIndex(0);
}

void FilterBar::setFilter(const AssetFilter& f)
{
    {
        const QSignalBlocker blocker(this);
        clear();
        m_search->setText(f.text);
        const auto choose = [](QComboBox* combo, const QVariant& value) {
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
        };
        choose(m_category, f.category ? enumKey(*f.category) : QString());
        choose(m_segment, f.segment ? enumKey(*f.segment) : QString());
        choose(m_provision, f.provision ? enumKey(*f.provision) : QString());
        choose(m_status, f.status ? enumKey(*f.status) : QString());
        choose(m_confidentiality, f.confidentiality);
        choose(m_integrity, f.integrity);
        choose(m_availability, f.availability);
        choose(m_importance, f.importance);
        choose(m_personalData, f.personalData);
        choose(m_review, f.review);
    }
    m_searchDelay->stop(); // the text was set, not typed
    Q_EMIT changed();
}

} // namespace daicho
