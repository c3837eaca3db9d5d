#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace daicho {

// Where the new register lives (the user's own register by default) and the organisation tree
// it starts from: the Noshiro template, or an empty tree with only the city's name.
class RegisterPlacePage : public QWizardPage {
    Q_OBJECT

public:
    explicit RegisterPlacePage(QWidget* parent = nullptr);

    QString path() const;
    bool noshiroTree() const;
    QString cityName() const;

    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void browse();

    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_treeLabel;
    QRadioButton* m_noshiro;
    QRadioButton* m_empty;
    QLabel* m_cityLabel;
    QLineEdit* m_city;
    QLabel* m_error;
};

} // namespace daicho
