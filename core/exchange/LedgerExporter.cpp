#include "LedgerExporter.h"

#include "CsvWriter.h"
#include "LedgerColumns.h"
#include "LedgerValues.h"
#include "OrgUnitResolver.h"
#include "PersonResolver.h"
#include "XlsxWriter.h"
#include "domain/ClassificationScheme.h"
#include "service/Register.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace daicho {

namespace {

double widthOf(AssetField field)
{
    switch (field) {
    case AssetField::Name:
    case AssetField::Notes:
        return 36;
    case AssetField::Category:
    case AssetField::Confidentiality:
    case AssetField::Integrity:
    case AssetField::Availability:
        return 7;
    case AssetField::Segment:
    case AssetField::Provider:
    case AssetField::Restrictions:
    case AssetField::Body:
        return 24;
    case AssetField::Location:
    case AssetField::ServiceName:
    case AssetField::PersonalData:
        return 20;
    default:
        return 14;
    }
}

QStringList levelChoices(Axis axis)
{
    QStringList codes;
    for (const ClassificationScheme* scheme : ClassificationScheme::all())
        for (const ClassificationLevel& level : scheme->levels(axis))
            if (!codes.contains(level.code))
                codes << level.code;
    return codes;
}

template <typename E> QStringList labelChoices()
{
    QStringList labels;
    for (const auto& e : enumEntries<E>())
        labels << e.label.text(Language::Japanese);
    return labels;
}

QStringList choicesOf(AssetField field)
{
    switch (field) {
    case AssetField::Category:
        return {QStringLiteral("ア"), QStringLiteral("イ"), QStringLiteral("ウ")};
    case AssetField::Segment:
        return labelChoices<NetworkSegment>();
    case AssetField::Confidentiality:
        return levelChoices(Axis::Confidentiality);
    case AssetField::Integrity:
        return levelChoices(Axis::Integrity);
    case AssetField::Availability:
        return levelChoices(Axis::Availability);
    case AssetField::Provision:
        return labelChoices<Provision>();
    case AssetField::Status:
        return labelChoices<AssetStatus>();
    case AssetField::ContractHasSecurity:
    case AssetField::IsmapRegistered:
    case AssetField::UsageRulesInPlace:
        return {QStringLiteral("有"), QStringLiteral("無")};
    default:
        return {};
    }
}

QStringList exportHeaders()
{
    QStringList headers;
    for (AssetField field : LedgerColumns::exportOrder())
        headers << LedgerColumns::header(field);
    return headers;
}

} // namespace

LedgerExporter::LedgerExporter(Register& reg)
    : m_register(reg)
    , m_units(std::make_unique<OrgUnitResolver>(reg))
    , m_people(std::make_unique<PersonResolver>(reg))
{
}

LedgerExporter::~LedgerExporter() = default;

Status LedgerExporter::prepare()
{
    if (Status s = m_units->load(); !s)
        return s;
    return m_people->load();
}

QStringList LedgerExporter::rowFor(const Asset& a) const
{
    const QStringList path = m_units->pathOf(a.sectionId);
    const QString body = path.value(0);
    const QString department = path.size() >= 3 ? path.at(1) : QString();
    const QString section = path.size() >= 2 ? path.constLast() : QString();
    const auto person = [this](qint64 id) { return m_people->nameOf(id); };

    QStringList cells;
    cells.reserve(LedgerColumns::exportOrder().size());
    for (AssetField field : LedgerColumns::exportOrder()) {
        switch (field) {
        case AssetField::Code:
            cells << a.code;
            break;
        case AssetField::Name:
            cells << a.name;
            break;
        case AssetField::Category:
            cells << (a.category ? LedgerValues::write(*a.category) : QString());
            break;
        case AssetField::Subtype:
            cells << a.subtype;
            break;
        case AssetField::Body:
            cells << body;
            break;
        case AssetField::Department:
            cells << department;
            break;
        case AssetField::Section:
            cells << section;
            break;
        case AssetField::Manager:
            cells << person(a.managerId);
            break;
        case AssetField::Custodian:
            cells << person(a.custodianId);
            break;
        case AssetField::SystemAdmin:
            cells << person(a.systemAdminId);
            break;
        case AssetField::Segment:
            cells << (a.segment ? LedgerValues::write(*a.segment) : QString());
            break;
        case AssetField::Confidentiality:
            cells << a.confidentiality;
            break;
        case AssetField::Integrity:
            cells << a.integrity;
            break;
        case AssetField::Availability:
            cells << a.availability;
            break;
        case AssetField::Provision:
            cells << LedgerValues::write(a.provision);
            break;
        case AssetField::Provider:
            cells << a.provider;
            break;
        case AssetField::Location:
            cells << a.location;
            break;
        case AssetField::Notes:
            cells << a.notes;
            break;
        case AssetField::Scheme:
            cells << a.scheme;
            break;
        case AssetField::Restrictions:
            cells << LedgerValues::write(a.restrictions);
            break;
        case AssetField::RestrictionNote:
            cells << a.restrictionNote;
            break;
        case AssetField::PersonalData:
            cells << LedgerValues::write(a.personalData);
            break;
        case AssetField::ServiceName:
            cells << a.serviceName;
            break;
        case AssetField::ContractHasSecurity:
            cells << LedgerValues::write(a.contractHasSecurity);
            break;
        case AssetField::ProviderCheckedOn:
            cells << LedgerValues::write(a.providerCheckedOn);
            break;
        case AssetField::DataLocation:
            cells << a.dataLocation;
            break;
        case AssetField::IsmapRegistered:
            cells << LedgerValues::write(a.ismapRegistered);
            break;
        case AssetField::UsageRulesInPlace:
            cells << LedgerValues::write(a.usageRulesInPlace);
            break;
        case AssetField::SnsResponsible:
            cells << person(a.snsResponsibleId);
            break;
        case AssetField::PublishableInfo:
            cells << a.publishableInfo;
            break;
        case AssetField::Status:
            cells << LedgerValues::write(a.status);
            break;
        case AssetField::DisposedOn:
            cells << LedgerValues::write(a.disposedOn);
            break;
        case AssetField::DisposalMethod:
            cells << a.disposalMethod;
            break;
        case AssetField::DisposalConfirmedBy:
            cells << person(a.disposalConfirmedBy);
            break;
        case AssetField::Extra:
            cells << (a.extra.isEmpty() ? QString()
                                        : QString::fromUtf8(QJsonDocument(a.extra).toJson(QJsonDocument::Compact)));
            break;
        }
    }
    return cells;
}

Result<qint64> LedgerExporter::writeAssets(TableSink& sink)
{
    qint64 written = 0;
    Status failed = success();
    Status walked = m_register.assets().forEach([&](const Asset& asset) {
        if (m_progress && written % kProgressRows == 0 && !m_progress(written)) {
            failed = Status::failure(tr("The export was cancelled; no file was written."));
            return false;
        }
        failed = sink.writeRow(rowFor(asset));
        if (!failed)
            return false;
        ++written;
        return true;
    });
    if (!walked)
        return Result<qint64>(walked.problems());
    if (!failed)
        return Result<qint64>(failed.problems());
    return written;
}

Result<qint64> LedgerExporter::exportFile(const QString& path, const ExportOptions& options)
{
    using R = Result<qint64>;
    if (Status s = prepare(); !s)
        return R(s.problems());
    m_progress = options.progress;
    const QString banner = options.banner.isEmpty() ? defaultBanner() : options.banner;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return exportXlsx(path, banner);
    if (suffix != QLatin1String("csv"))
        return R::failure(tr("%1: choose a file ending in .csv or .xlsx.").arg(path));

    Result<std::unique_ptr<CsvWriter>> writer = CsvWriter::create(path, options.encoding);
    if (!writer)
        return R(writer.problems());
    // The classification banner heads a CSV file as it heads the workbook: a title row above the
    // header, which the importer passes over (LedgerImporter::kMaxTitleRows).
    if (Status s = writer.value()->writeRow({title(banner)}); !s)
        return R(s.problems());
    if (Status s = writer.value()->writeRow(exportHeaders()); !s)
        return R(s.problems());
    R written = writeAssets(*writer.value());
    if (!written)
        return written;
    if (Status s = writer.value()->finish(); !s)
        return R(s.problems());
    return written;
}

QString LedgerExporter::title(const QString& banner) const
{
    const QString city = m_register.setting(QStringLiteral("city_name")).valueOr({});
    // The ledger format is Japanese whatever the UI language, like its headers.
    return QStringLiteral("%1 情報資産管理台帳【%2】").arg(city, banner).trimmed();
}

Result<qint64> LedgerExporter::exportXlsx(const QString& path, const QString& banner)
{
    using R = Result<qint64>;
    Result<std::unique_ptr<XlsxWriter>> created = XlsxWriter::create(path, banner);
    if (!created)
        return R(created.problems());
    XlsxWriter& writer = *created.value();

    QList<XlsxColumn> columns;
    for (AssetField field : LedgerColumns::exportOrder())
        columns << XlsxColumn{LedgerColumns::header(field), widthOf(field), choicesOf(field)};
    XlsxSheetOptions options;
    options.title = title(banner);
    if (Status s = writer.addSheet(QStringLiteral("情報資産"), columns, options); !s)
        return R(s.problems());
    R written = writeAssets(writer);
    if (!written)
        return written;
    if (Status s = writeOrganisation(writer); !s)
        return R(s.problems());
    if (Status s = writeRoles(writer); !s)
        return R(s.problems());
    // Writing the package takes a while of its own: progress is asked meanwhile, and may cancel.
    const qint64 rows = written.value();
    if (Status s = writer.finish([this, rows] { return !m_progress || m_progress(rows); }); !s)
        return R(s.problems());
    return written;
}

Status LedgerExporter::writeOrganisation(XlsxWriter& writer)
{
    const QList<XlsxColumn> columns{
        {enumLabel(UnitKind::Body, Language::Japanese), 28, {}},
        {enumLabel(UnitKind::Department, Language::Japanese), 20, {}},
        {enumLabel(UnitKind::Section, Language::Japanese), 24, {}},
        {QStringLiteral("英語名称"), 28, {}},
    };
    if (Status s = writer.addSheet(QStringLiteral("組織"), columns); !s)
        return s;
    Result<QList<OrgUnit>> units = m_register.org().units();
    if (!units)
        return Status(units.problems());
    for (const OrgUnit& unit : units.value()) {
        const QStringList path = m_units->pathOf(unit.id);
        QStringList cells{path.value(0), QString(), QString(), unit.nameEn};
        if (unit.kind == UnitKind::Department)
            cells[1] = unit.name;
        else if (unit.kind == UnitKind::Section) {
            cells[1] = path.size() >= 3 ? path.at(1) : QString();
            cells[2] = unit.name;
        }
        if (Status s = writer.writeRow(cells); !s)
            return s;
    }
    return success();
}

Status LedgerExporter::writeRoles(XlsxWriter& writer)
{
    const QList<XlsxColumn> columns{
        {QStringLiteral("役割"), 30, {}},   {QStringLiteral("氏名"), 16, {}},   {QStringLiteral("対象"), 36, {}},
        {QStringLiteral("開始日"), 12, {}}, {QStringLiteral("終了日"), 12, {}},
    };
    if (Status s = writer.addSheet(QStringLiteral("役割"), columns); !s)
        return s;
    Result<QList<RoleAssignment>> roles = m_register.people().allRoles();
    if (!roles)
        return Status(roles.problems());
    for (const RoleAssignment& role : roles.value()) {
        QString scope;
        if (role.unitId != 0)
            scope = m_units->pathOf(role.unitId).join(QStringLiteral(" / "));
        else if (role.assetId != 0)
            if (Result<std::optional<Asset>> asset = m_register.assets().find(role.assetId); asset && asset.value())
                scope = asset.value()->code + QLatin1Char(' ') + asset.value()->name;
        const QStringList cells{enumLabel(role.role, Language::Japanese), m_people->nameOf(role.personId), scope,
                                LedgerValues::write(role.validFrom), LedgerValues::write(role.validTo)};
        if (Status s = writer.writeRow(cells); !s)
            return s;
    }
    return success();
}

} // namespace daicho
