#pragma once

#include "domain/Person.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace daicho {

class LookupField;
class Register;

// The details of one person (職員等): name and reading, title, e-mail, where they work,
// part-time appointment, and whether they are still in office.
class PersonDialog : public QDialog {
    Q_OBJECT

public:
    PersonDialog(Register& reg, const Person& person, QWidget* parent = nullptr);

    Person person() const;

private:
    Person m_person;
    QLineEdit* m_name;
    QLineEdit* m_kana;
    QLineEdit* m_title;
    QLineEdit* m_email;
    LookupField* m_unit;
    QCheckBox* m_partTime;
    QCheckBox* m_active;
    QDialogButtonBox* m_buttons;
};

} // namespace daicho
