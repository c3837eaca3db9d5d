#pragma once

#include "domain/Inspection.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace daicho {

class InspectionChecklistModel;
class InspectionSummaryModel;
class Register;
struct CommandContext;

// The year's self-inspection (自己点検, 第7条): a section's checklist answered item by item (or
// several items at once), and the answers summed per department and for the city. Every answer is
// an undoable command.
class InspectionPanel : public QWidget {
    Q_OBJECT

public:
    InspectionPanel(Register& reg, CommandContext& commands, QUndoStack* undo, QWidget* parent = nullptr);

    void refresh();
    void setSection(qint64 sectionId);
    qint64 section() const;
    // Answers the selected items (asking for a comment where one is needed; `comment` given skips
    // the question); no answer takes them back.
    void answerSelected(std::optional<InspectionAnswer> answer, const QString& comment = {});

    InspectionChecklistModel* checklist() const { return m_checklist; }
    InspectionSummaryModel* summary() const { return m_summary; }
    QTableView* checklistView() const { return m_view; }

Q_SIGNALS:
    void failed(const QString& message);

private:
    void loadChecklist();
    void editComment(int row, const QString& comment);
    void updateButtons();

    Register& m_reg;
    CommandContext& m_commands;
    QUndoStack* m_undo;
    QLabel* m_title;
    QComboBox* m_section;
    QLabel* m_progress;
    QList<QPushButton*> m_answerButtons;
    QPushButton* m_clear;
    QTableView* m_view;
    QTableView* m_summaryView;
    InspectionChecklistModel* m_checklist;
    InspectionSummaryModel* m_summary;
};

} // namespace daicho
