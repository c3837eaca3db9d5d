#pragma once

#include "domain/Asset.h"
#include "domain/AssetField.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace daicho {

// How each kind of ledger value is written by Daicho and read from anyone's file. Reading is
// forgiving (「機密性３」, 「3」 and 「C3」 are the same level; ア or the category's label; segment
// names with or without 系); writing is canonical, so export → import → export is identical.
class LedgerValues {
    Q_DECLARE_TR_FUNCTIONS(LedgerValues)

public:
    // Reading. Each returns nullopt and sets `reason` (translated) when the text is not a value.
    static std::optional<AssetCategory> category(const QString& text, QString& reason);
    static std::optional<NetworkSegment> segment(const QString& text, QString& reason);
    static std::optional<Provision> provision(const QString& text, QString& reason);
    static std::optional<AssetStatus> status(const QString& text, QString& reason);
    // A level code as the scheme writes it ("3", "3A"), from 「機密性３」, 「C3」, 「3」...
    // Whether the scheme has that level is the validator's business.
    static std::optional<QString> level(const QString& text, QString& reason);
    static std::optional<bool> yesNo(const QString& text, QString& reason);
    static std::optional<QDate> date(const QString& text, QString& reason);
    static std::optional<QList<Restriction>> restrictions(const QString& text, QString& reason);
    static std::optional<QList<PersonalData>> personalData(const QString& text, QString& reason);
    static std::optional<QString> scheme(const QString& text, QString& reason);

    // Writing.
    static QString write(AssetCategory category);
    static QString write(NetworkSegment segment);
    static QString write(Provision provision);
    static QString write(AssetStatus status);
    static QString write(const std::optional<bool>& value);
    static QString write(const QDate& date);
    static QString write(const QList<Restriction>& restrictions);
    static QString write(const QList<PersonalData>& flags);
    static QString listSeparator() { return QStringLiteral("、"); }
};

} // namespace daicho
