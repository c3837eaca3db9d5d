#pragma once

#include "ClassificationScheme.h"
#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace daicho {

// An information asset (第2条(3)). Ids of 0 mean "not set"; optional enumerations that are
// unset are reported by validation, never defaulted.
struct Asset {
    qint64 id = 0;
    QString code; // 資産ID
    QString name; // 資産名称
    std::optional<AssetCategory> category;
    QString subtype;        // 種別
    qint64 sectionId = 0;   // 所管課室
    qint64 managerId = 0;   // 管理責任者
    qint64 custodianId = 0; // 担当者
    qint64 systemAdminId = 0;
    std::optional<NetworkSegment> segment;

    QString scheme; // classification scheme key
    QString confidentiality;
    QString integrity;
    QString availability;
    QList<Restriction> restrictions;
    QString restrictionNote; // e.g. the date of 期限付保存
    QList<PersonalData> personalData;

    Provision provision = Provision::InHouse;
    QString provider;    // 委託先・提供者 (contractor, cloud provider or SNS service)
    QString serviceName; // cloud service or SNS account
    std::optional<bool> contractHasSecurity;
    QDate providerCheckedOn;
    QString dataLocation;
    std::optional<bool> ismapRegistered;
    std::optional<bool> usageRulesInPlace; // cloud usage rules / SNS operating procedure
    qint64 snsResponsibleId = 0;
    QString publishableInfo;

    QString location;  // 保管場所
    QString notes;     // 備考
    QJsonObject extra; // attributes with no column of their own (e.g. unknown import columns)

    AssetStatus status = AssetStatus::Active;
    QDate disposedOn;
    QString disposalMethod;
    qint64 disposalConfirmedBy = 0;

    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;
    // Set by reads for a user who may not see this 機密性3 asset's details (they were blanked);
    // not stored.
    bool detailsHidden = false;

    // The level code on one axis (empty when not rated).
    const QString& level(Axis axis) const
    {
        return axis == Axis::Confidentiality ? confidentiality : axis == Axis::Integrity ? integrity : availability;
    }
    bool isClassified() const { return !confidentiality.isEmpty() && !integrity.isEmpty() && !availability.isEmpty(); }
};

} // namespace daicho
