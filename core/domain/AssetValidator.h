#pragma once

#include "Asset.h"
#include "AssetField.h"
#include "common/Problem.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace daicho {

// What validation needs to know about the rest of the register; repositories implement it,
// tests fake it.
class ValidationLookup {
public:
    virtual ~ValidationLookup() = default;
    virtual std::optional<UnitKind> unitKind(qint64 unitId) const = 0;
    virtual bool personExists(qint64 personId) const = 0;
    virtual bool assetCodeTaken(const QString& code, qint64 exceptAssetId) const = 0;
};

// Checks an asset against the domain rules and returns every problem at once, each naming
// the field and the reason in the current language. Nothing is defaulted here.
class AssetValidator {
    Q_DECLARE_TR_FUNCTIONS(AssetValidator)

public:
    static constexpr int kMaxCodeLength = 40;
    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxTextLength = 4000;

    AssetValidator(const ValidationLookup& lookup, QDate today);

    Problems validate(const Asset& asset) const;

private:
    void checkIdentity(const Asset& a, Problems& out) const;
    void checkOwnership(const Asset& a, Problems& out) const;
    void checkClassification(const Asset& a, Problems& out) const;
    void checkProvision(const Asset& a, Problems& out) const;
    void checkDisposal(const Asset& a, Problems& out) const;
    void checkLength(AssetField field, const QString& value, int max, Problems& out) const;
    void checkPerson(AssetField field, qint64 personId, bool required, Problems& out) const;

    const ValidationLookup& m_lookup;
    QDate m_today;
};

Problem fieldProblem(AssetField field, const QString& reason);

} // namespace daicho
