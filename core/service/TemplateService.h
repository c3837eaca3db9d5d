#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace daicho {

class Register;

// An organisation template offered for a new register (the Noshiro tree by default).
struct OrgTemplate {
    struct Department {
        QString name;
        QStringList sections;
    };
    struct Body {
        QString name;
        QString nameEn;
        QList<Department> departments;
        QStringList sections; // sections directly under the body (small bodies with one office)
    };
    QString key;
    QString city;
    QString cityEn;
    QList<Body> bodies;
};

class TemplateService {
    Q_DECLARE_TR_FUNCTIONS(TemplateService)

public:
    explicit TemplateService(Register& reg);

    // Creates the tree in one transaction and records the city name; a register that already
    // has organisation units is left alone.
    Status apply(const OrgTemplate& tmpl);

    static Result<OrgTemplate> fromJson(const QByteArray& json);
    static const OrgTemplate& noshiro();
    static QStringList available() { return {QStringLiteral("noshiro"), QStringLiteral("empty")}; }

private:
    Register& m_register;
};

} // namespace daicho
