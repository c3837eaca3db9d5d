#pragma once

#include "common/Result.h"

#include <QHash>
#include <QStringList>

namespace daicho {

class Register;

// Finds the person a ledger names, by name (ignoring width and spaces: 「能代 太郎」 is
// 「能代　太郎」), creating one in the asset's section when nobody has that name.
class PersonResolver {
public:
    explicit PersonResolver(Register& reg);
    Status load();

    Result<qint64> person(const QString& name, qint64 unitId);
    QString nameOf(qint64 personId) const { return m_names.value(personId); }
    const QStringList& createdInRow() const { return m_createdInRow; }
    void keepRow();
    void discardRow();

private:
    Register& m_register;
    QHash<QString, qint64> m_byKey;
    QHash<qint64, QString> m_names;
    QList<std::pair<QString, qint64>> m_created;
    QStringList m_createdInRow;
};

} // namespace daicho
