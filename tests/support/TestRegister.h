#pragma once

#include "common/Clock.h"
#include "service/Register.h"

#include <QTemporaryDir>

#include <memory>

namespace daicho::test {

// A fresh register in a temporary folder, with a fixed clock, for one test.
class TestRegister {
public:
    // With the Noshiro organisation tree unless `withTemplate` is false.
    explicit TestRegister(bool withTemplate = true);
    ~TestRegister();

    Register& operator*() { return *m_register; }
    Register* operator->() { return m_register.get(); }
    Register& get() { return *m_register; }
    // The register's file, or its location on the test server (TestBackend).
    QString path() const { return m_path; }
    FixedClock& clock() { return m_clock; }
    // Closes the register so that the file can be changed from outside, then opens it again.
    void close() { m_register.reset(); }
    void reopen();

    // Helpers that build a minimal valid world.
    qint64 firstSectionId();
    // The unit of that name (the first, if the tree repeats it); 0 when there is none.
    qint64 unitNamed(const QString& name);
    // The first finding of verify-audit; empty when the trail and the rows agree.
    QString auditFinding();
    qint64 addPerson(const QString& name, qint64 unitId = 0);
    // A user `login` who is a new person holding `role` over `unit` since 2026-04-01 (signed in
    // as an administrator when the register already has users).
    void addUserWithRole(const QString& login, const QString& password, Role role, qint64 unit);
    Asset validAsset(const QString& code = QStringLiteral("A-0001"));

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Register> m_register;
};

} // namespace daicho::test
