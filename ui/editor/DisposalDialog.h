#pragma once

#include "LookupField.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace daicho {

// Asks how and when an asset was disposed of and who confirmed it (all three are required
// before the record becomes read-only).
class DisposalDialog : public QDialog {
    Q_OBJECT

public:
    DisposalDialog(const QString& assetCode, const QList<LookupField::Choice>& people, QWidget* parent = nullptr);

    QDate disposedOn() const;
    QString method() const;
    qint64 confirmedBy() const;

private:
    void updateOk();

    QDateEdit* m_date;
    QLineEdit* m_method;
    LookupField* m_confirmer;
    QDialogButtonBox* m_buttons;
};

} // namespace daicho
