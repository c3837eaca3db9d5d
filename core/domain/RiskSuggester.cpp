#include "RiskSuggester.h"

#include "ClassificationScheme.h"

#include <QHash>

namespace daicho {

namespace {
int levelOf(const Asset& a, Axis axis)
{
    const ClassificationScheme* scheme = ClassificationScheme::find(a.scheme);
    const ClassificationLevel* level = scheme ? scheme->level(axis, a.level(axis)) : nullptr;
    return level ? level->importance : 0;
}
} // namespace

QList<RiskSuggestion> RiskSuggester::suggest(const Asset& a, const QList<Threat>& catalogue)
{
    QHash<QString, RiskSuggestion> proposed;
    const auto propose = [&proposed](const char* key, int threat, int vulnerability, const QString& reason) {
        RiskSuggestion& s = proposed[QString::fromLatin1(key)];
        s.threatKey = QString::fromLatin1(key);
        s.threatLevel = std::max(s.threatLevel, threat);
        s.vulnerabilityLevel = std::max(s.vulnerabilityLevel, vulnerability);
        s.reasons << reason;
    };
    const int c = levelOf(a, Axis::Confidentiality);
    const int i = levelOf(a, Axis::Integrity);
    const int av = levelOf(a, Axis::Availability);
    const bool infrastructure = a.category == AssetCategory::Infrastructure;
    const bool document = a.category == AssetCategory::Document;

    // 第2条(9)-(12): the segment decides what can reach the asset from outside.
    if (a.segment == NetworkSegment::Internet) {
        if (c >= 2) {
            const QString why = tr("%1 and confidentiality 2 or higher").arg(enumLabel(NetworkSegment::Internet));
            propose("unauthorized_access", 3, 2, why);
            propose("malware", 3, 2, why);
        }
        if (av >= 2)
            propose("denial_of_service", 2, 2, tr("%1 and availability 2").arg(enumLabel(NetworkSegment::Internet)));
    } else if (a.segment == NetworkSegment::Lgwan || a.segment == NetworkSegment::MyNumber) {
        // Closed networks still meet malware through media and updates.
        propose("malware", 2, 1, tr("%1: infection through media and updates").arg(enumLabel(*a.segment)));
    }
    // Confidential material can leave the office or be misused from inside.
    if (c >= 2 && !infrastructure) {
        const QString why = tr("confidentiality 2 or higher");
        propose("unauthorized_takeout", 2, 2, why);
        propose("insider", c >= 3 ? 2 : 1, 2, why);
    }
    if (!a.personalData.isEmpty()) {
        const QString why = tr("holds personal information");
        propose("insider", 2, 2, why);
        propose("fraud", 2, 2, why);
    }
    if (i >= 2 && !infrastructure)
        propose("operation_error", 2, 2, tr("integrity 2: mistakes in entry and settings matter"));
    // Devices, networks and media fail, burn and lose power.
    if (infrastructure) {
        const QString why = tr("hardware, network or medium (第2条(3)ア)");
        propose("equipment_failure", 2, 2, why);
        propose("earthquake", 2, 2, why);
        propose("fire", 1, 2, why);
        propose("lightning", 1, 2, why);
        if (av >= 2) {
            const QString needed = tr("availability 2: it must keep running");
            propose("power_outage", 2, 2, needed);
            propose("maintenance_failure", 2, 2, needed);
        }
    }
    if (document) {
        const QString why = tr("system document (第2条(3)ウ)");
        propose("fire", 1, 2, why);
        propose("unauthorized_takeout", 2, 1, why);
    }
    // 第6条(7): whoever runs it for us.
    if (a.provision == Provision::Outsourced || a.provision == Provision::Cloud)
        propose("outsourcing_failure", 2, 2, tr("run by an outside party (%1)").arg(enumLabel(a.provision)));
    if (a.provision == Provision::Cloud && av >= 2)
        propose("network_outage", 2, 2, tr("cloud service needed without interruption"));
    if (a.provision == Provision::Sns)
        propose("unauthorized_access", 2, 2, tr("social media account"));
    if (av >= 2)
        propose("staff_shortage", 1, 2, tr("availability 2: the work cannot stop"));

    QList<RiskSuggestion> suggestions;
    for (const Threat& t : catalogue)
        if (t.active && proposed.contains(t.key))
            suggestions << proposed.value(t.key);
    return suggestions;
}

} // namespace daicho
