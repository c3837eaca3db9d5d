#pragma once

#include "common/Language.h"

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace daicho {

// The first page of the first run: the language of the application (applied at once), and
// what to start with — a new register, the sample, or a register the user already has.
class StartPage : public QWizardPage {
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    int choice() const; // a WelcomeWizard::Choice
    int nextId() const override;

Q_SIGNALS:
    void languageChosen(daicho::Language language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_intro;
    QLabel* m_languageLabel;
    QRadioButton* m_japanese;
    QRadioButton* m_english;
    QLabel* m_choiceLabel;
    QRadioButton* m_new;
    QRadioButton* m_sample;
    QRadioButton* m_existing;
    QButtonGroup* m_choices;
};

} // namespace daicho
