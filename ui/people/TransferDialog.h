#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace daicho {

class LookupField;
class Register;

// 人事異動: who takes over a person's roles, assets and open risks, and from which day. Shows
// what will move before anything does.
class TransferDialog : public QDialog {
    Q_OBJECT

public:
    TransferDialog(Register& reg, qint64 personId, const QString& personName, QWidget* parent = nullptr);

    qint64 successorId() const;
    void setSuccessorId(qint64 id);
    QDate effective() const;

private:
    void updateOk();

    QLabel* m_summary;
    LookupField* m_successor;
    QDateEdit* m_effective;
    QDialogButtonBox* m_buttons;
};

} // namespace daicho
