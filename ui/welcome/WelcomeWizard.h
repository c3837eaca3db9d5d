#pragma once

#include <QWizard>

#include <memory>

namespace daicho {

class AdministratorPage;
class LedgerPage;
class RegisterPlacePage;
class Register;
class StartPage;

// The first run: the language, then either a new register — where it lives, the Noshiro tree or
// an empty one, the security office's first account, optionally an existing ledger to import —
// or the sample register, or a register the user already has. Finish makes the register; the
// main window then shows it (and imports the ledger through the import wizard's check).
class WelcomeWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { Start, Place, Administrator, Ledger };
    enum class Choice { NewRegister, SampleRegister, ExistingRegister };

    explicit WelcomeWizard(QWidget* parent = nullptr);
    ~WelcomeWizard() override;

    Choice choice() const;
    // Where Finish makes the new register.
    QString registerPath() const;
    // The register Finish made (Choice::NewRegister), signed in as its administrator if one was
    // given; empty otherwise.
    std::unique_ptr<Register> takeRegister();
    // The ledger to import into it; empty when none was chosen.
    QString ledgerPath() const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    StartPage* m_start;
    RegisterPlacePage* m_place;
    AdministratorPage* m_administrator;
    LedgerPage* m_ledger;
    std::unique_ptr<Register> m_register;
};

} // namespace daicho
