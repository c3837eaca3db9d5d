#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace daicho {

class Register;
class ReviewProgressModel;
class SectionsLeftModel;
struct AssetFilter;

// The year's review (棚卸し) for the security office and department heads: the campaign and its
// due date, progress per department with bars, confirming a section, signing a department off,
// the sections with assets left to review (overdue after the due date), evidence for the committee.
class ReviewPanel : public QWidget {
    Q_OBJECT

public:
    explicit ReviewPanel(Register& reg, QWidget* parent = nullptr);

    void refresh();
    ReviewProgressModel* model() const { return m_model; }

    void openCampaign();
    void confirmSection();
    void signOffSelected();
    // Writes the year's reviews and sign-offs for the committee (.xlsx or .csv).
    void exportEvidence(const QString& path);
    SectionsLeftModel* sectionsLeft() const { return m_leftModel; }

Q_SIGNALS:
    void failed(const QString& message);
    // Reviews were recorded: the table's review column and the findings change.
    void reviewed();
    // Show these assets in the register (what is left to review).
    void assetFilterRequested(const AssetFilter& filter);

private:
    Register& m_reg;
    QLabel* m_campaign;
    QPushButton* m_open;
    QPushButton* m_confirm;
    QPushButton* m_signOff;
    QTableView* m_view;
    ReviewProgressModel* m_model;
    QPushButton* m_mine;
    QPushButton* m_evidence;
    QLabel* m_leftTitle;
    QTableView* m_leftView;
    SectionsLeftModel* m_leftModel;
};

} // namespace daicho
