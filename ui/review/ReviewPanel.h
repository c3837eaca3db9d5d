#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace daicho {

class Register;
class ReviewProgressModel;

// The year's review (棚卸し) for the security office and department heads: the campaign and its
// due date, progress per department with bars, confirming a section, signing a department off.
class ReviewPanel : public QWidget {
    Q_OBJECT

public:
    explicit ReviewPanel(Register& reg, QWidget* parent = nullptr);

    void refresh();
    ReviewProgressModel* model() const { return m_model; }

    void openCampaign();
    void confirmSection();
    void signOffSelected();

Q_SIGNALS:
    void failed(const QString& message);
    // Reviews were recorded: the table's review column and the findings change.
    void reviewed();

private:
    Register& m_reg;
    QLabel* m_campaign;
    QPushButton* m_open;
    QPushButton* m_confirm;
    QPushButton* m_signOff;
    QTableView* m_view;
    ReviewProgressModel* m_model;
};

} // namespace daicho
