#pragma once

#include "domain/AssetField.h"
#include "domain/ClassificationScheme.h"
#include "domain/Enums.h"
#include "domain/Review.h"
#include "domain/RiskTerms.h"

#include <QComboBox>
#include <QCoreApplication>

class QFormLayout;
class QWidget;

namespace daicho {

// What each field and each choice means in the regulation, for tooltips and What's This. One
// place, so that the editor, the bulk edit, the table headers and the filters say the same thing.
// Texts are short, plain, and name the article they come from (第N条); the meaning of a
// classification level comes from its scheme, so each scheme explains its own levels.
class FieldHelp {
    Q_DECLARE_TR_FUNCTIONS(FieldHelp)

public:
    // Terms that are not fields of an asset: derived figures, filters, risk and people.
    enum class Term {
        Importance,
        Rating,
        Proposal,
        NotRated,
        Review,
        Findings,
        Search,
        Unit,
        Threat,
        ThreatGroup,
        ThreatLikelihood,
        Vulnerability,
        Likelihood,
        Loss,
        RiskValue,
        RiskBand,
        Treatment,
        Plan,
        RiskOwner,
        DueOn,
        RiskStatus,
        Residual,
        ResidualValue,
        MethodIpa,
        MethodFiveByFive,
        HighFrom,
        MediumFrom,
        PersonName,
        NameKana,
        Title,
        Email,
        WorksIn,
        PartTime,
        InOffice,
        Role,
        RoleUnit,
        RoleSystem,
        RoleFrom,
        PastRoles,
        Successor,
        TransferDate,
    };

    static QString toolTip(AssetField field);
    static QString toolTip(Term term);
    // The tooltip followed by every choice and what it means; for 機密性, 完全性 and 可用性 the
    // levels of `scheme`.
    static QString whatsThis(AssetField field, const ClassificationScheme& scheme = ClassificationScheme::classic());

    // "機密性2: <the scheme's meaning>".
    static QString level(Axis axis, const ClassificationLevel& level);
    // The same for a level code, in the first scheme that has it (filters span every scheme);
    // empty for a code no scheme knows.
    static QString level(Axis axis, const QString& code);
    // Which levels a scheme has on each axis.
    static QString scheme(const ClassificationScheme& scheme);

    // What one value of an enumeration means (in FieldHelpChoices.cpp).
    static QString choice(AssetCategory value);
    static QString choice(NetworkSegment value);
    static QString choice(Provision value);
    static QString choice(AssetStatus value);
    static QString choice(Restriction value);
    static QString choice(PersonalData value);
    static QString choice(Role value);
    static QString choice(ThreatGroup value);
    static QString choice(Treatment value);
    static QString choice(RiskStatus value);
    static QString choice(RiskBand value);
    static QString choice(ReviewOutcome value);

    // A plain text as a tooltip: as it is when its lines are short, else as rich text in a
    // column of kTipWidth pixels (Qt shows a plain tooltip on one line however long, and sizes a
    // rich one by a ratio that makes a narrow box of a short text).
    static QString tipText(const QString& plain);
    static constexpr int kTipWidth = 420;
    // Sets a widget's tooltip (and What's This: the longer text where there is one).
    static void apply(QWidget* widget, AssetField field);
    static void apply(QWidget* widget, Term term);
    static void apply(QWidget* widget, const QString& plain);
    // The same for a form row: its field and its label.
    static void applyRow(QFormLayout* form, QWidget* field, Term term);
    static void applyRow(QFormLayout* form, QWidget* field, AssetField assetField);

    // Every item of a combo over an enumeration (item data: the value's key) gets the value's
    // meaning as its tooltip; other items keep theirs.
    template <typename E> static void tipItems(QComboBox* box)
    {
        for (int i = 0; i < box->count(); ++i)
            if (const std::optional<E> value = enumFromKey<E>(box->itemData(i).toString()))
                box->setItemData(i, tipText(choice(*value)), Qt::ToolTipRole);
    }
    // Every item of a level combo whose data is a level code gets the level's meaning.
    static void tipLevels(QComboBox* box, Axis axis);
};

} // namespace daicho
