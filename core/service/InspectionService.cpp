#include "InspectionService.h"

#include "AccessPolicy.h"
#include "AuditedWrite.h"
#include "common/Clock.h"
#include "domain/OrgUnit.h"
#include "domain/Review.h"
#include "repo/InspectionRepository.h"
#include "repo/OrgUnitRepository.h"

#include <QRegularExpression>

#include <algorithm>

namespace daicho {

InspectionService::InspectionService(ServiceContext& context)
    : m_ctx(context)
{
}

int InspectionService::fiscalYear() const
{
    return fiscalYearOf(m_ctx.clock.nowUtc().date());
}

Result<QList<InspectionItem>> InspectionService::items(bool withRetired) const
{
    Result<QList<InspectionItem>> items = InspectionRepository(m_ctx.db).items();
    if (items && !withRetired)
        items.value().removeIf([](const InspectionItem& i) { return !i.active; });
    return items;
}

Problems InspectionService::check(const InspectionItem& item) const
{
    Problems problems;
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    if (!keyPattern.match(item.key).hasMatch())
        problems << Problem{QStringLiteral("key"),
                            tr("Key: lower-case letters, digits and _ only, starting with a letter")};
    if (item.article.isEmpty())
        problems << Problem{QStringLiteral("article"),
                            tr("Article: name the article of the regulation the item checks, e.g. 第6条(3)")};
    if (item.textJa.isEmpty())
        problems << Problem{QStringLiteral("text_ja"), tr("Item (Japanese): must not be empty")};
    for (const auto& [field, text] :
         {std::pair{QStringLiteral("text_ja"), item.textJa}, std::pair{QStringLiteral("text_en"), item.textEn}})
        if (text.size() > kMaxTextLength)
            problems << Problem{field, tr("Item: at most %1 characters").arg(kMaxTextLength)};
    return problems;
}

Result<qint64> InspectionService::addItem(InspectionItem item)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return Result<qint64>(allowed.problems());
    InspectionRepository repo(m_ctx.db);
    Result<QList<InspectionItem>> existing = repo.items();
    if (!existing)
        return Result<qint64>(existing.problems());
    int last = 0;
    for (const InspectionItem& i : existing.value())
        last = std::max(last, i.position);
    item.id = 0;
    item.position = last + 1;
    if (item.key.isEmpty())
        item.key = QStringLiteral("custom_%1").arg(item.position);
    item.article = item.article.trimmed();
    item.textJa = item.textJa.trimmed();
    item.textEn = item.textEn.trimmed();
    item.active = true;
    if (Problems p = check(item); !p.isEmpty())
        return Result<qint64>(p);
    for (const InspectionItem& i : existing.value())
        if (i.key == item.key)
            return Result<qint64>::failure(tr("Key: \"%1\" is already in the checklist").arg(item.key),
                                           QStringLiteral("key"));
    item.version = 1;
    return auditedWrite(m_ctx, item, QStringLiteral("create"), QString(), insertWith(repo));
}

Status InspectionService::updateItem(const InspectionItem& changed)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return allowed;
    InspectionRepository repo(m_ctx.db);
    Result<std::optional<InspectionItem>> found = repo.item(changed.id);
    if (!found)
        return Status(found.problems());
    if (!found.value())
        return Status::failure(tr("The self-inspection item %1 does not exist.").arg(changed.id));
    const InspectionItem& before = *found.value();
    if (changed.version != before.version)
        return Status::failure(tr("The item was changed by someone else since it was loaded; reload it."));
    if (changed.key != before.key)
        return Status::failure(tr("Key: an item's key never changes (answers refer to it)"), QStringLiteral("key"));
    InspectionItem item = changed;
    item.article = item.article.trimmed();
    item.textJa = item.textJa.trimmed();
    item.textEn = item.textEn.trimmed();
    if (Problems p = check(item); !p.isEmpty())
        return Status(p);
    item.version = before.version + 1;
    return toStatus(auditedWrite(m_ctx, item, QStringLiteral("update"), Snapshot::text(before), updateWith(repo)));
}

Result<InspectionItem> InspectionService::askedItem(qint64 itemId) const
{
    Result<std::optional<InspectionItem>> item = InspectionRepository(m_ctx.db).item(itemId);
    if (!item)
        return Result<InspectionItem>(item.problems());
    if (!item.value())
        return Result<InspectionItem>::failure(tr("The self-inspection item %1 does not exist.").arg(itemId),
                                               QStringLiteral("item"));
    if (!item.value()->active)
        return Result<InspectionItem>::failure(
            tr("The self-inspection item %1 was retired; it is not asked any more.").arg(item.value()->key),
            QStringLiteral("item"));
    return *item.value();
}

Status InspectionService::allowAnswer(qint64 sectionId) const
{
    Result<std::optional<OrgUnit>> unit = OrgUnitRepository(m_ctx.db).find(sectionId);
    if (!unit)
        return Status(unit.problems());
    if (!unit.value() || unit.value()->kind != UnitKind::Section || !unit.value()->active)
        return Status::failure(tr("Self-inspection is answered per section (課室); %1 is not an active section.")
                                   .arg(unit.value() ? unit.value()->name : QString::number(sectionId)),
                               QStringLiteral("section"));
    if (m_ctx.scope && !m_ctx.scope->canEdit(sectionId, 0))
        return Status::failure(tr("%1 is not yours to inspect.").arg(unit.value()->name), AccessPolicy::kDenied);
    return success();
}

Status InspectionService::answer(qint64 sectionId, qint64 itemId, InspectionAnswer answer, const QString& comment)
{
    if (Status allowed = allowAnswer(sectionId); !allowed)
        return allowed;
    Result<InspectionItem> item = askedItem(itemId);
    if (!item)
        return Status(item.problems());
    const QString text = comment.trimmed();
    if ((answer == InspectionAnswer::Partial || answer == InspectionAnswer::NotDone) && text.isEmpty())
        return Status::failure(
            tr("Comment: say what is not done yet for \"%1\" (%2)").arg(item.value().text(), enumLabel(answer)),
            QStringLiteral("comment"));
    if (text.size() > kMaxTextLength)
        return Status::failure(tr("Comment: at most %1 characters").arg(kMaxTextLength), QStringLiteral("comment"));
    InspectionRepository repo(m_ctx.db);
    Result<std::optional<InspectionResponse>> before = repo.response(fiscalYear(), sectionId, itemId);
    if (!before)
        return Status(before.problems());
    InspectionResponse r = before.value().value_or(InspectionResponse{});
    r.fiscalYear = fiscalYear();
    r.sectionId = sectionId;
    r.itemId = itemId;
    r.answer = answer;
    r.comment = text;
    r.answeredBy = m_ctx.actor;
    r.answeredAt = m_ctx.clock.nowUtc();
    r.version += 1;
    if (before.value())
        return toStatus(
            auditedWrite(m_ctx, r, QStringLiteral("update"), Snapshot::text(*before.value()), updateWith(repo)));
    return toStatus(auditedWrite(m_ctx, r, QStringLiteral("create"), QString(), insertWith(repo)));
}

Status InspectionService::clearAnswer(qint64 sectionId, qint64 itemId)
{
    if (Status allowed = allowAnswer(sectionId); !allowed)
        return allowed;
    InspectionRepository repo(m_ctx.db);
    Result<std::optional<InspectionResponse>> before = repo.response(fiscalYear(), sectionId, itemId);
    if (!before)
        return Status(before.problems());
    if (!before.value())
        return success();
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return tx.status();
    if (Status s = repo.remove(before.value()->id); !s)
        return s;
    if (Status s = m_ctx.audit.appendJson(m_ctx.actor, Snapshot::entityName(*before.value()), before.value()->id,
                                          QStringLiteral("delete"), Snapshot::text(*before.value()), QString());
        !s)
        return s;
    return tx.commit();
}

Result<QList<OrgUnit>> InspectionService::sections() const
{
    Result<QList<OrgUnit>> units = OrgUnitRepository(m_ctx.db).all();
    if (units)
        units.value().removeIf([this](const OrgUnit& u) {
            return u.kind != UnitKind::Section || !u.active || (m_ctx.scope && !m_ctx.scope->canEdit(u.id, 0));
        });
    return units;
}

Result<QHash<qint64, InspectionResponse>> InspectionService::answers(qint64 sectionId) const
{
    using R = Result<QHash<qint64, InspectionResponse>>;
    if (m_ctx.scope && !m_ctx.scope->canRead(sectionId, 0))
        return R::failure(tr("This section is not yours to see."), AccessPolicy::kDenied);
    Result<QList<InspectionResponse>> list = InspectionRepository(m_ctx.db).responses(fiscalYear(), sectionId);
    if (!list)
        return R(list.problems());
    QHash<qint64, InspectionResponse> byItem;
    for (const InspectionResponse& r : list.value())
        byItem.insert(r.itemId, r);
    return byItem;
}

Result<InspectionService::Summary> InspectionService::summary() const
{
    using R = Result<Summary>;
    Result<QList<InspectionItem>> asked = items();
    Result<QHash<qint64, QHash<InspectionAnswer, qint64>>> counts =
        InspectionRepository(m_ctx.db).countBySection(fiscalYear());
    Result<QList<OrgUnit>> units = OrgUnitRepository(m_ctx.db).all();
    if (!asked || !counts || !units)
        return R(!asked ? asked.problems() : !counts ? counts.problems() : units.problems());
    const QHash<qint64, OrgUnit> byId = unitsById(units.value());
    QHash<qint64, InspectionTally> perDepartment;
    for (const OrgUnit& u : units.value()) {
        if (u.kind != UnitKind::Section || !u.active || (m_ctx.scope && !m_ctx.scope->canRead(u.id, 0)))
            continue;
        InspectionTally section;
        section.sections = 1;
        section.asked = asked.value().size();
        section.answers = counts.value().value(u.id);
        perDepartment[departmentOf(byId, u.id)].add(section);
    }
    Summary summary;
    for (const OrgUnit& u : units.value()) {
        if (!perDepartment.contains(u.id))
            continue;
        summary.departments << Summary::Row{u.id, u.name, perDepartment.value(u.id)};
        summary.city.add(perDepartment.value(u.id));
    }
    return summary;
}

} // namespace daicho
