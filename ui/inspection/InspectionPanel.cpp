#include "InspectionPanel.h"

#include "InspectionChecklistModel.h"
#include "InspectionSummaryModel.h"
#include "ProgressBarDelegate.h"
#include "commands/CommandGroup.h"
#include "commands/InspectionAnswerCommand.h"
#include "service/Register.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace daicho {

namespace {
bool needsComment(InspectionAnswer answer)
{
    return answer == InspectionAnswer::Partial || answer == InspectionAnswer::NotDone;
}

void setUpTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
}
} // namespace

InspectionPanel::InspectionPanel(Register& reg, CommandContext& commands, QUndoStack* undo, QWidget* parent)
    : QWidget(parent)
    , m_reg(reg)
    , m_commands(commands)
    , m_undo(undo)
    , m_title(new QLabel(this))
    , m_section(new QComboBox(this))
    , m_progress(new QLabel(this))
    , m_clear(new QPushButton(tr("Take Back Answer"), this))
    , m_view(new QTableView(this))
    , m_summaryView(new QTableView(this))
    , m_checklist(new InspectionChecklistModel(this))
    , m_summary(new InspectionSummaryModel(this))
{
    m_section->setObjectName(QStringLiteral("inspectionSection"));
    m_section->setAccessibleName(tr("Section"));
    m_section->setMinimumContentsLength(16);
    connect(m_section, &QComboBox::currentIndexChanged, this, &InspectionPanel::loadChecklist);

    auto* answers = new QHBoxLayout;
    answers->addWidget(new QLabel(tr("Answer the selected items:"), this));
    for (InspectionAnswer a : enumValues<InspectionAnswer>()) {
        auto* button = new QPushButton(needsComment(a) ? enumLabel(a) + QStringLiteral("…") : enumLabel(a), this);
        button->setObjectName(QStringLiteral("answer_") + enumKey(a));
        if (needsComment(a))
            button->setToolTip(tr("You will be asked what is not done yet"));
        connect(button, &QPushButton::clicked, this, [this, a] { answerSelected(a); });
        answers->addWidget(button);
        m_answerButtons << button;
    }
    connect(m_clear, &QPushButton::clicked, this, [this] { answerSelected(std::nullopt); });
    answers->addWidget(m_clear);
    answers->addStretch(1);
    answers->addWidget(m_progress);

    m_view->setObjectName(QStringLiteral("inspectionChecklist"));
    m_view->setModel(m_checklist);
    setUpTable(m_view);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setAccessibleName(tr("Self-inspection checklist"));
    m_view->horizontalHeader()->setSectionResizeMode(InspectionChecklistModel::Item, QHeaderView::Stretch);
    m_view->setColumnWidth(InspectionChecklistModel::Article, 100);
    m_view->setColumnWidth(InspectionChecklistModel::Answer, 90);
    m_view->setColumnWidth(InspectionChecklistModel::Comment, 220);
    m_view->setColumnWidth(InspectionChecklistModel::AnsweredBy, 170);
    // Items are sentences of the regulation: read whole, not cut off.
    m_view->setWordWrap(true);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, m_view, &QTableView::resizeRowsToContents);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint& at) {
        if (!m_view->indexAt(at).isValid() || m_answerButtons.isEmpty() || !m_answerButtons.first()->isEnabled())
            return;
        QMenu menu(this);
        for (QPushButton* b : std::as_const(m_answerButtons))
            menu.addAction(b->text(), b, &QPushButton::click);
        menu.addSeparator();
        menu.addAction(m_clear->text(), m_clear, &QPushButton::click);
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_checklist, &InspectionChecklistModel::commentEdited, this, &InspectionPanel::editComment);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InspectionPanel::updateButtons);

    m_summaryView->setObjectName(QStringLiteral("inspectionSummary"));
    m_summaryView->setModel(m_summary);
    setUpTable(m_summaryView);
    m_summaryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summaryView->setAccessibleName(tr("Self-inspection per department"));
    m_summaryView->setItemDelegateForColumn(InspectionSummaryModel::Rate,
                                            new ProgressBarDelegate(InspectionSummaryModel::PercentRole, this));
    m_summaryView->horizontalHeader()->setSectionResizeMode(InspectionSummaryModel::Unit, QHeaderView::Stretch);
    for (int column = InspectionSummaryModel::Sections; column < InspectionSummaryModel::Rate; ++column)
        m_summaryView->setColumnWidth(column, 80);
    m_summaryView->setColumnWidth(InspectionSummaryModel::Rate, 160);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(new QLabel(tr("Section:"), this));
    top->addWidget(m_section);

    auto* checklistBox = new QWidget(this);
    auto* checklistLayout = new QVBoxLayout(checklistBox);
    checklistLayout->setContentsMargins(0, 0, 0, 0);
    checklistLayout->addLayout(answers);
    checklistLayout->addWidget(m_view, 1);
    auto* summaryBox = new QGroupBox(tr("Per department and for the city"), this);
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addWidget(m_summaryView);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(checklistBox);
    splitter->addWidget(summaryBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

void InspectionPanel::refresh()
{
    const InspectionService& inspections = m_reg.inspections();
    m_title->setText(tr("<b>Self-inspection of fiscal year %1</b> (第7条): each section answers every item once "
                        "a year")
                         .arg(inspections.fiscalYear()));
    Result<QList<OrgUnit>> sections = inspections.sections();
    if (!sections) {
        Q_EMIT failed(sections.errorText());
        return;
    }
    const qint64 current = section();
    {
        const QSignalBlocker blocker(m_section);
        m_section->clear();
        for (const OrgUnit& u : sections.value())
            m_section->addItem(u.name, u.id);
        const int index = m_section->findData(current);
        m_section->setCurrentIndex(index >= 0 ? index : 0);
    }
    loadChecklist();
}

void InspectionPanel::setSection(qint64 sectionId)
{
    const int index = m_section->findData(sectionId);
    if (index >= 0)
        m_section->setCurrentIndex(index);
}

qint64 InspectionPanel::section() const
{
    return m_section->currentData().toLongLong();
}

void InspectionPanel::loadChecklist()
{
    InspectionService& inspections = m_reg.inspections();
    Result<QList<InspectionItem>> items = inspections.items();
    Result<QHash<qint64, InspectionResponse>> answers =
        section() ? inspections.answers(section())
                  : Result<QHash<qint64, InspectionResponse>>(QHash<qint64, InspectionResponse>());
    Result<InspectionService::Summary> summary = inspections.summary();
    if (!items || !answers || !summary) {
        Q_EMIT failed(!items ? items.errorText() : !answers ? answers.errorText() : summary.errorText());
        return;
    }
    // Keep the selected rows across the reload an answer causes.
    QList<int> selected;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        selected << i.row();
    const int answered = static_cast<int>(answers.value().size());
    m_checklist->setChecklist(items.value(), answers.value());
    for (int row : std::as_const(selected))
        m_view->selectionModel()->select(m_checklist->index(row, 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_view->resizeRowsToContents();
    m_summary->setSummary(summary.value());
    m_progress->setText(section() ? tr("%1 of %2 items answered").arg(answered).arg(items.value().size())
                                  : tr("You answer for no section."));
    updateButtons();
}

void InspectionPanel::updateButtons()
{
    const bool any = section() != 0 && m_view->selectionModel()->hasSelection();
    for (QPushButton* b : std::as_const(m_answerButtons))
        b->setEnabled(any);
    m_clear->setEnabled(any);
}

void InspectionPanel::answerSelected(std::optional<InspectionAnswer> answer, const QString& comment)
{
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty() || section() == 0)
        return;
    QString text = comment;
    if (answer && needsComment(*answer) && text.isEmpty()) {
        const std::optional<InspectionResponse> first = m_checklist->answer(rows.first());
        bool ok = false;
        text = QInputDialog::getMultiLineText(this, enumLabel(*answer),
                                              tr("What is not done yet (%n item(s)):", nullptr, int(rows.size())),
                                              first ? first->comment : QString(), &ok);
        if (!ok || text.trimmed().isEmpty())
            return;
    }
    const qint64 sectionId = section();
    const auto changed = [this] { loadChecklist(); };
    auto* macro =
        new CommandGroup(answer ? tr("Answer %n Item(s) %1", nullptr, int(rows.size())).arg(enumLabel(*answer))
                                : tr("Take Back %n Answer(s)", nullptr, int(rows.size())));
    int children = 0;
    for (int row : std::as_const(rows)) {
        const std::optional<InspectionResponse> before = m_checklist->answer(row);
        std::optional<InspectionResponse> after;
        if (answer) {
            after = InspectionResponse{};
            after->answer = *answer;
            after->comment = text;
        }
        if (!before && !after)
            continue;
        new InspectionAnswerCommand(m_commands, sectionId, m_checklist->item(row).id, before, after, changed, macro);
        ++children;
    }
    if (children == 0) {
        delete macro;
        return;
    }
    m_undo->push(macro);
}

void InspectionPanel::editComment(int row, const QString& comment)
{
    const std::optional<InspectionResponse> before = m_checklist->answer(row);
    if (!before)
        return;
    InspectionResponse after = *before;
    after.comment = comment;
    m_undo->push(new InspectionAnswerCommand(m_commands, section(), m_checklist->item(row).id, before, after,
                                             [this] { loadChecklist(); }));
}

} // namespace daicho
