#pragma once

#include <QCoreApplication>
#include <QObject>

class QWidget;

namespace daicho {

class Register;

// Import and export of ledgers from the window: a trial run first, its report, then the real
// import on the user's word; export to XLSX or CSV. The work is done by core/exchange.
class LedgerTransfer : public QObject {
    Q_OBJECT

public:
    LedgerTransfer(Register& reg, QWidget* parent);

    void importLedger(); // asks for the file
    void exportLedger(); // asks where to
    // The steps after the file dialogs, for callers that already know the path.
    bool importFile(const QString& path);
    bool exportFile(const QString& path);

Q_SIGNALS:
    void registerChanged();

private:
    QWidget* window() const;
    Register& m_register;
};

} // namespace daicho
