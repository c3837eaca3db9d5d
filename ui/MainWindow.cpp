#include "MainWindow.h"

#include "BackupActions.h"
#include "BulkEditDialog.h"
#include "ConnectDialog.h"
#include "FilterBar.h"
#include "FirstAdminDialog.h"
#include "LedgerTransfer.h"
#include "SignInDialog.h"
#include "commands/CommandContext.h"
#include "commands/CreateAssetCommand.h"
#include "commands/CreateUnitCommand.h"
#include "commands/DisposeAssetCommand.h"
#include "commands/EditAssetsCommand.h"
#include "commands/EditUnitCommand.h"
#include "commands/MergeUnitsCommand.h"
#include "commands/RemoveAssetCommand.h"
#include "commands/SplitUnitCommand.h"
#include "compliance/FindingsPanel.h"
#include "dashboard/DashboardPanel.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "editor/AssetEditor.h"
#include "editor/DisposalDialog.h"
#include "editor/RegisterChoices.h"
#include "help/AboutDialog.h"
#include "help/HelpBrowser.h"
#include "inspection/InspectionPanel.h"
#include "models/AssetTableModel.h"
#include "models/OrgTreeModel.h"
#include "org/SplitUnitDialog.h"
#include "people/PeopleDialog.h"
#include "report/CommitteeReportDialog.h"
#include "review/ReviewPanel.h"
#include "risk/AssetRisksPanel.h"
#include "risk/RiskMapPanel.h"
#include "risk/RiskSettingsDialog.h"
#include "service/Register.h"
#include "service/SampleRegister.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace daicho {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_treeView(new QTreeView(this))
    , m_filterLabel(new QLabel(this))
    , m_filterBar(new FilterBar(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Daicho — Register of Information Assets"));
    m_table->setObjectName(QStringLiteral("assetTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->setSortingEnabled(true);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_table, tr("Register"));
    // The counting pages count when shown: a million assets are not counted for nothing.
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int page) {
        if (page == RiskPage && m_riskPanel)
            m_riskPanel->refresh();
        if (page == DashboardPage && m_dashboard)
            m_dashboard->refresh();
        if (page == FindingsPage && m_findings)
            m_findings->refreshIfNeverChecked();
        if (page == ReviewPage && m_review)
            m_review->refresh();
        if (page == InspectionPage && m_inspection)
            m_inspection->refresh();
    });
    setCentralWidget(m_pages);

    m_treeView->setObjectName(QStringLiteral("orgTree"));
    m_treeView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_treeView, &QTreeView::customContextMenuRequested, this, &MainWindow::showTreeMenu);
    m_treeView->setHeaderHidden(true);
    m_treeView->setUniformRowHeights(true);
    auto* treeDock = new QDockWidget(tr("Organisation"), this);
    treeDock->setObjectName(QStringLiteral("orgTreeDock"));
    treeDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    treeDock->setWidget(m_treeView);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);
    m_filterLabel->setObjectName(QStringLiteral("filterLabel"));

    m_undoStack = new QUndoStack(this);
    m_editorDock = new QDockWidget(tr("Asset"), this);
    m_editorDock->setObjectName(QStringLiteral("editorDock"));
    m_editorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_editorDock->setMinimumWidth(360);
    addDockWidget(Qt::RightDockWidgetArea, m_editorDock);
    m_risksDock = new QDockWidget(tr("Risks and Holdings"), this);
    m_risksDock->setObjectName(QStringLiteral("risksDock"));
    m_risksDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_risksDock);
    tabifyDockWidget(m_editorDock, m_risksDock);
    m_editorDock->raise();

    connect(m_filterBar, &FilterBar::changed, this, &MainWindow::applyFilter);
    QToolBar* toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("searchToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_filterBar);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    addAction(find);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_filterLabel);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_pathLabel);
    createActions();
    setAcceptDrops(true);
    // 15 minutes unless the security office set another time (QSettings security/idleLockMinutes).
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    m_idle->setInterval(QSettings().value(QStringLiteral("security/idleLockMinutes"), 15).toInt() * 60 * 1000);
    connect(m_idle, &QTimer::timeout, this, &MainWindow::lock);
    m_idle->start();
    qApp->installEventFilter(this);
    resize(1280, 800);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The model, the editor, the commands and the transfer work through the register: drop them first.
    m_undoStack->clear();
    delete m_editor;
    m_table->setModel(nullptr);
    delete m_model;
    m_treeView->setModel(nullptr);
    delete m_tree;
    delete m_transfer;
    delete m_riskPanel;
    delete m_dashboard;
    delete m_findings;
    delete m_review;
    delete m_inspection;
    delete m_assetRisks;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("New &Register…"), this, &MainWindow::newRegister);
    QAction* open = file->addAction(tr("&Open Register…"), this, &MainWindow::openRegister);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Connect to &Shared Register…"), this, [this] { connectToServer(); })
        ->setObjectName(QStringLiteral("connectAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open S&ample Register"), this, &MainWindow::openSampleRegister)
        ->setObjectName(QStringLiteral("sampleRegisterAction"));
    m_switchUserAction = file->addAction(tr("S&witch User…"), this, &MainWindow::switchUser);
    m_switchUserAction->setEnabled(false);
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import Ledger…"), this, [this] {
        if (m_transfer)
            m_transfer->importLedger();
    });
    m_importAction->setObjectName(QStringLiteral("importLedgerAction"));
    m_exportAction = file->addAction(tr("&Export Ledger…"), this, [this] {
        if (m_transfer)
            m_transfer->exportLedger();
    });
    m_exportAction->setObjectName(QStringLiteral("exportLedgerAction"));
    m_importAction->setEnabled(false); // until a register is open
    m_exportAction->setEnabled(false);
    file->addSeparator();
    m_backups = new BackupActions(
        this, [this] { return m_register.get(); },
        [this] {
            setRegister(nullptr);
            return !m_register;
        });
    m_backups->addTo(file);
    connect(m_backups, &BackupActions::message, this, [this](const QString& text) { statusBar()->showMessage(text); });
    connect(m_backups, &BackupActions::reopenRequested, this, [this](const QString& path, const QString& text) {
        openRegisterAt(path);
        if (!text.isEmpty())
            statusBar()->showMessage(text);
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    createEditMenu();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Lock &After…"), this, [this] {
        bool ok = false;
        const int minutes =
            QInputDialog::getInt(this, tr("Lock After"), tr("Minutes without use before the window locks:"),
                                 m_idle->interval() / 60000, 1, 240, 1, &ok);
        if (!ok)
            return;
        QSettings().setValue(QStringLiteral("security/idleLockMinutes"), minutes);
        m_idle->setInterval(minutes * 60 * 1000);
        m_idle->start();
    });
    view->addSeparator();
    const std::pair<Page, QString> pages[] = {
        {RegisterPage, tr("&Register")}, {RiskPage, tr("Risk &Heat Maps")}, {DashboardPage, tr("&Dashboard")},
        {FindingsPage, tr("&Findings")}, {ReviewPage, tr("Re&view")},       {InspectionPage, tr("&Self-Inspection")}};
    for (const auto& [page, name] : pages) {
        QAction* show = view->addAction(name, this, [this, page = page] { m_pages->setCurrentIndex(page); });
        show->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + page)));
    }
    view->addSeparator();
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("ja")).toString();
    // Each language is named in itself, so that it can be found whatever the current one is.
    for (const auto& [code, name] : {std::pair{"ja", "日本語"}, std::pair{"en", "English"}}) {
        QAction* choice = language->addAction(QString::fromUtf8(name));
        choice->setCheckable(true);
        choice->setChecked(current == QLatin1String(code));
        languages->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code = QString::fromLatin1(code)] { chooseLanguage(code); });
    }

    QMenu* report = menuBar()->addMenu(tr("Re&port"));
    m_reportAction = report->addAction(tr("&Committee Report…"), this, [this] {
        if (!m_register)
            return;
        CommitteeReportDialog dialog(*m_register, this);
        // The unit chosen in the tree, if it is a body or 部局, is the likely scope.
        dialog.setScope(m_treeView->currentIndex().data(OrgTreeModel::UnitIdRole).toLongLong());
        connect(&dialog, &CommitteeReportDialog::failed, this, &MainWindow::commandFailed);
        dialog.exec();
    });
    m_reportAction->setObjectName(QStringLiteral("committeeReportAction"));
    m_reportAction->setEnabled(false);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User Guide"), this, [this] { HelpBrowser::showFor(this); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    help->addSeparator();
    help->addAction(tr("&About Daicho"), this, &MainWindow::showAbout)->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::createEditMenu()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setToolTipsVisible(true);
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_newAction = edit->addAction(tr("&New Asset"), this, &MainWindow::newAsset);
    m_newAction->setShortcut(QKeySequence::New);
    m_saveAction = edit->addAction(tr("&Save Asset"), this, [this] {
        if (m_editor)
            m_editor->save();
    });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_bulkAction = edit->addAction(tr("Edit &Selected Assets…"), this, &MainWindow::bulkEdit);
    m_bulkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_disposeAction = edit->addAction(tr("Record &Disposal…"), this, &MainWindow::disposeCurrent);
    edit->addSeparator();
    m_peopleAction = edit->addAction(tr("&People and Roles…"), this, [this] {
        if (!m_register || !m_commands)
            return;
        PeopleDialog dialog(*m_register, *m_commands, m_undoStack, this);
        dialog.exec();
    });
    m_peopleAction->setObjectName(QStringLiteral("peopleAction"));
    // 棚卸し: the selected holdings marked in this 年度's campaign.
    m_reviewMenu = edit->addMenu(tr("Re&view Selected Assets"));
    for (ReviewOutcome outcome : enumValues<ReviewOutcome>())
        m_reviewMenu->addAction(enumLabel(outcome) +
                                    (outcome == ReviewOutcome::NeedsFix ? QStringLiteral("…") : QString()),
                                this, [this, outcome] { reviewSelected(outcome); });
    m_riskSettingsAction = edit->addAction(tr("&Risk Analysis Settings…"), this, [this] {
        if (!m_register)
            return;
        RiskSettingsDialog dialog(*m_register, this);
        dialog.exec();
        risksChanged(0); // the method or the catalogue may have changed what is counted
    });
    m_riskSettingsAction->setObjectName(QStringLiteral("riskSettingsAction"));
    m_deleteAction = new QAction(tr("&Delete Asset…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Delete works on the table's selection, never while typing in the editor.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);
    m_table->addAction(m_deleteAction);
    edit->addAction(m_deleteAction);
    // Enter on a row goes to the editor, as in a file manager's rename.
    auto* editRow = new QAction(this);
    editRow->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    editRow->setShortcutContext(Qt::WidgetShortcut);
    connect(editRow, &QAction::triggered, this, [this] {
        if (m_editor && m_editor->hasAsset() && !m_editor->isReadOnly())
            m_editor->focusFirstField();
    });
    m_table->addAction(editRow);
    for (QAction* a : {m_newAction, m_saveAction, m_bulkAction, m_disposeAction, m_deleteAction, m_peopleAction,
                       m_riskSettingsAction})
        a->setEnabled(false);
}

void MainWindow::setRegister(std::unique_ptr<Register> reg)
{
    m_findingAssets.reset();
    if (m_editor && !settleEditor())
        return;
    m_undoStack->clear();
    delete m_editor;
    m_editor = nullptr;
    m_shownAssetId = 0;
    m_commands.reset();
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_treeView->setModel(nullptr);
    delete m_tree;
    m_tree = nullptr;
    delete m_transfer;
    m_transfer = nullptr;
    while (m_pages->count() > 1)
        m_pages->removeTab(1);
    delete m_riskPanel;
    m_riskPanel = nullptr;
    delete m_dashboard;
    m_dashboard = nullptr;
    delete m_findings;
    m_findings = nullptr;
    delete m_review;
    m_review = nullptr;
    delete m_inspection;
    m_inspection = nullptr;
    delete m_assetRisks;
    m_assetRisks = nullptr;
    m_register = std::move(reg);
    m_importAction->setEnabled(m_register != nullptr);
    m_exportAction->setEnabled(m_register != nullptr);
    m_reportAction->setEnabled(m_register != nullptr);
    m_backups->updateActions();
    if (m_register) {
        m_transfer = new LedgerTransfer(*m_register, this);
        connect(m_transfer, &LedgerTransfer::registerChanged, this, &MainWindow::reloadAssets);
        m_model = new AssetTableModel(*m_register, this);
        m_table->setModel(m_model);
        m_commands = std::make_unique<CommandContext>(
            CommandContext{*m_register, [this](const QList<qint64>& ids, bool counts) { assetsChanged(ids, counts); },
                           [this](const QString& reason) { commandFailed(reason); }, [this] { organisationChanged(); },
                           [this](qint64 assetId) { risksChanged(assetId); }});
        m_editor = new AssetEditor(*m_register, m_editorDock);
        m_editorDock->setWidget(m_editor);
        connect(m_editor, &AssetEditor::saveRequested, this, &MainWindow::saveFromEditor);
        connect(m_editor, &AssetEditor::disposeRequested, this, &MainWindow::disposeCurrent);
        connect(m_editor, &AssetEditor::modifiedChanged, this, &MainWindow::updateEditActions);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MainWindow::showCurrentAsset);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &MainWindow::updateEditActions);
        m_riskPanel = new RiskMapPanel(*m_register, m_pages);
        m_riskPanel->setObjectName(QStringLiteral("riskPanel"));
        m_pages->addTab(m_riskPanel, tr("Risk Heat Maps"));
        connect(m_riskPanel, &RiskMapPanel::assetRequested, this, &MainWindow::showAsset);
        connect(m_riskPanel, &RiskMapPanel::failed, this, &MainWindow::commandFailed);
        m_dashboard = new DashboardPanel(*m_register, m_pages);
        m_dashboard->setObjectName(QStringLiteral("dashboard"));
        m_pages->addTab(m_dashboard, tr("Dashboard"));
        connect(m_dashboard, &DashboardPanel::assetRequested, this, &MainWindow::showAsset);
        connect(m_dashboard, &DashboardPanel::assetFilterRequested, this, &MainWindow::filterAssets);
        connect(m_dashboard, &DashboardPanel::riskFilterRequested, this, [this](const RiskFilter& filter) {
            m_pages->setCurrentIndex(RiskPage);
            m_riskPanel->setFilter(filter);
        });
        connect(m_dashboard, &DashboardPanel::failed, this, &MainWindow::commandFailed);
        m_findings = new FindingsPanel(*m_register, m_pages);
        m_findings->setObjectName(QStringLiteral("findings"));
        m_pages->addTab(m_findings, tr("Findings"));
        connect(m_findings, &FindingsPanel::assetRequested, this, &MainWindow::showAsset);
        connect(m_findings, &FindingsPanel::failed, this, &MainWindow::commandFailed);
        m_review = new ReviewPanel(*m_register, m_pages);
        m_review->setObjectName(QStringLiteral("review"));
        m_pages->addTab(m_review, tr("Review"));
        connect(m_review, &ReviewPanel::failed, this, &MainWindow::commandFailed);
        connect(m_review, &ReviewPanel::assetFilterRequested, this, &MainWindow::filterAssets);
        connect(m_review, &ReviewPanel::reviewed, this, [this] {
            m_findingAssets.reset();
            m_model->refresh();
        });
        m_inspection = new InspectionPanel(*m_register, *m_commands, m_undoStack, m_pages);
        m_inspection->setObjectName(QStringLiteral("inspection"));
        m_pages->addTab(m_inspection, tr("Self-Inspection"));
        connect(m_inspection, &InspectionPanel::failed, this, &MainWindow::commandFailed);
        m_assetRisks = new AssetRisksPanel(*m_register, *m_commands, m_undoStack, m_risksDock);
        m_risksDock->setWidget(m_assetRisks);
        connect(m_assetRisks, &AssetRisksPanel::assetRequested, this, &MainWindow::showAsset);
        m_tree = new OrgTreeModel(*m_register, this);
        m_treeView->setModel(m_tree);
        m_treeView->expandToDepth(0);
        connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::applyFilter);
        const QByteArray header = QSettings().value(QStringLiteral("mainWindow/tableHeader")).toByteArray();
        if (header.isEmpty() || !m_table->horizontalHeader()->restoreState(header)) {
            m_table->setColumnWidth(AssetTableModel::Code, 110);
            m_table->setColumnWidth(AssetTableModel::Name, 300);
            m_table->setColumnWidth(AssetTableModel::Category, 50);
            m_table->setColumnWidth(AssetTableModel::Section, 140);
            m_table->setColumnWidth(AssetTableModel::Segment, 170);
        }
        QSettings settings;
        const QString path = m_register->database().path();
        settings.setValue(QStringLiteral("register/last"), path);
        QStringList recent = settings.value(QStringLiteral("register/recent")).toStringList();
        recent.removeAll(path);
        recent.prepend(path);
        constexpr int kMaxRecent = 8;
        settings.setValue(QStringLiteral("register/recent"), recent.mid(0, kMaxRecent));
    }
    updateEditActions();
    updateStatus();
}

void MainWindow::reloadAssets()
{
    m_findingAssets.reset();
    // An import is not a step to undo, and earlier steps may no longer apply over it.
    m_undoStack->clear();
    if (m_editor) {
        m_editor->reloadChoices();
        m_editor->clear();
        m_shownAssetId = 0;
    }
    if (m_model)
        m_model->reload();
    if (m_tree) {
        m_tree->reload();
        m_treeView->expandToDepth(0);
    }
    updateStatus();
}

void MainWindow::applyFilter()
{
    if (!m_model)
        return;
    AssetFilter filter = m_filterBar->filter();
    filter.unitId = m_treeView->currentIndex().data(OrgTreeModel::UnitIdRole).toLongLong();
    if (m_filterBar->withFindings()) {
        // Which assets have findings is the compliance check's to say: the whole register, once
        // until something changes, not on every keystroke of a search beside it.
        if (!m_findingAssets) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            Result<QList<Finding>> findings = m_register->compliance().check();
            QApplication::restoreOverrideCursor();
            QSet<qint64> ids;
            for (const Finding& f : std::move(findings).valueOr({}))
                if (f.assetId != 0)
                    ids.insert(f.assetId);
            m_findingAssets = QList<qint64>(ids.cbegin(), ids.cend());
        }
        filter.onlyAssets = m_findingAssets;
    }
    m_model->setFilter(filter);
    updateStatus();
}

void MainWindow::filterAssets(const AssetFilter& filter)
{
    m_pages->setCurrentIndex(RegisterPage);
    // A unit asked for is chosen in the tree, which is where the table takes its unit from.
    const QModelIndex unit = filter.unitId != 0 && m_tree ? m_tree->indexOfUnit(filter.unitId) : QModelIndex();
    m_treeView->setCurrentIndex(unit);
    if (unit.isValid())
        m_treeView->scrollTo(unit);
    m_filterBar->setFilter(filter);
}

void MainWindow::showAsset(qint64 assetId)
{
    if (!m_model)
        return;
    m_pages->setCurrentIndex(RegisterPage);
    int row = m_model->rowOfAsset(assetId);
    if (row < 0) {
        // Hidden by the filter: show the whole register.
        m_treeView->setCurrentIndex(QModelIndex());
        m_filterBar->clear();
        applyFilter();
        row = m_model->rowOfAsset(assetId);
    }
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, std::max(0, m_table->currentIndex().column())));
    m_table->scrollTo(m_table->currentIndex());
    m_table->setFocus();
}

void MainWindow::updateStatus()
{
    if (!m_register) {
        m_countLabel->setText(tr("No register open"));
        m_pathLabel->clear();
        m_userLabel->clear();
        m_switchUserAction->setEnabled(false);
        return;
    }
    m_countLabel->setText(m_model && m_model->truncated()
                              ? tr("More than %L1 assets; showing the first %L1").arg(m_model->rowCount())
                              : tr("%n asset(s)", nullptr, m_model ? m_model->rowCount() : 0));
    const QModelIndex current = m_treeView->currentIndex();
    QStringList shown;
    if (m_model && m_model->filter().unitId != 0 && current.isValid())
        shown << current.data(OrgTreeModel::NameRole).toString();
    if (m_model && !m_model->filter().text.isEmpty())
        shown << tr("「%1」").arg(m_model->filter().text);
    m_filterLabel->setText(shown.isEmpty() ? QString() : tr("Showing: %1").arg(shown.join(QStringLiteral(" / "))));
    m_pathLabel->setText(m_register->database().path());
    const std::optional<User>& user = m_register->signedInUser();
    m_userLabel->setText(user ? tr("Signed in: %1").arg(user->login) : QString());
    // Someone is signed in exactly when the register has users (the window is hidden otherwise):
    // no query on every status update.
    // A user signed in by their own server login cannot become someone else on that connection.
    m_switchUserAction->setEnabled(user.has_value() && !m_register->signedInByServer());
}

void MainWindow::openSampleRegister()
{
    if (m_editor && !settleEditor())
        return;
    const QString path = SampleRegister::defaultPath();
    const bool made = !QFileInfo::exists(path);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Register>> sample = SampleRegister::openOrCreate(path);
    QApplication::restoreOverrideCursor();
    if (!sample) {
        QMessageBox::warning(this, tr("Cannot open the sample register"), sample.errorText());
        return;
    }
    // A sample just made has no accounts to create: nobody is asked for a first administrator.
    if (made)
        setRegister(sample.take());
    else if (!adoptRegister(sample.take()))
        return;
    statusBar()->showMessage(made ? tr("The sample register was made with %n asset(s) to try things out; your own "
                                       "register is under File → Open Recent.",
                                       nullptr, static_cast<int>(SampleRegister::kAssets))
                                  : tr("The sample register, as you left it; your own register is under File → "
                                       "Open Recent."),
                             0);
}

bool MainWindow::importLedgerFile(const QString& path)
{
    return m_transfer && m_transfer->importFile(path);
}

void MainWindow::newRegister()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Register"), QString(), tr("Daicho registers (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // A register is never overwritten: its audit trail would go with it.
        QMessageBox::warning(this, tr("Cannot create the register"),
                             tr("%1 already exists. Choose a new file name, or open it with File → Open Register.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    Result<std::unique_ptr<Register>> created = Register::openOrCreateDefault(path);
    if (!created) {
        QMessageBox::warning(this, tr("Cannot create the register"), created.errorText());
        return;
    }
    adoptRegister(created.take());
}

void MainWindow::openRegister()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Register"), QString(),
                                                      tr("Daicho registers (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openRegisterAt(path);
}

void MainWindow::openRegisterAt(const QString& path)
{
    Result<std::unique_ptr<Register>> opened = Register::open(path);
    if (!opened) {
        showOpenFailure(path, opened.problems());
        return;
    }
    adoptRegister(opened.take());
}

void MainWindow::showOpenFailure(const QString& path, const Problems& problems)
{
    QMessageBox box(QMessageBox::Warning, tr("Cannot open the register"), joinProblems(problems), QMessageBox::Close,
                    this);
    box.setObjectName(QStringLiteral("openFailure"));
    // File → Restore Register… needs an open register; a damaged one never opens.
    QPushButton* restore = nullptr;
    if (DatabaseError::isDamaged(problems) && !Database::isServerLocation(path)) {
        restore = box.addButton(tr("Restore from a Backup…"), QMessageBox::ActionRole);
        restore->setObjectName(QStringLiteral("restoreFromBackupButton"));
    }
    box.exec();
    if (restore && box.clickedButton() == restore)
        m_backups->restoreDamaged(path);
}

void MainWindow::connectToServer(const QString& location)
{
    if (!settleEditor())
        return;
    ConnectDialog dialog(this, location);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Register>> opened = Register::open(dialog.locationWithPassword());
    QApplication::restoreOverrideCursor();
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot connect to the shared register"), opened.errorText());
        return;
    }
    adoptRegister(opened.take());
}

bool MainWindow::adoptRegister(std::unique_ptr<Register> reg)
{
    const QString name = reg->database().displayName();
    if (reg->database().isNew()) {
        FirstAdminDialog(*reg, this).exec(); // skipping leaves a register without accounts
    } else {
        Result<bool> guarded = reg->requiresSignIn();
        if (!guarded) {
            QMessageBox::warning(this, tr("Cannot open the register"), guarded.errorText());
            return false;
        }
        Result<QString> serverUser = guarded.value() ? reg->serverUser() : Result<QString>(QString());
        if (!serverUser) {
            QMessageBox::warning(this, tr("Cannot open the register"), serverUser.errorText());
            return false;
        }
        if (!serverUser.value().isEmpty()) {
            // The server has checked the password of the user's own login.
            if (Status s = reg->signInAsServerUser(); !s) {
                QMessageBox::warning(this, tr("Cannot open the register"), s.errorText());
                return false;
            }
        } else if (guarded.value() && SignInDialog(*reg, name, this).exec() != QDialog::Accepted) {
            return false;
        }
    }
    const QString backup = reg->database().migrationBackupPath();
    setRegister(std::move(reg));
    if (!backup.isEmpty())
        statusBar()->showMessage(
            tr("The register was updated for this version of Daicho; a copy of it as it was is kept in %1")
                .arg(QDir::toNativeSeparators(backup)),
            0);
    else if (m_register)
        m_backups->backUpIfDue(); // in the background; it says when it is done
    return true;
}

void MainWindow::switchUser()
{
    if (!m_register || !settleEditor())
        return;
    m_register->signOut();
    // The register stays hidden behind the dialog; cancelling closes it.
    m_undoStack->clear();
    if (SignInDialog(*m_register, m_register->database().displayName(), this).exec() != QDialog::Accepted) {
        setRegister(nullptr);
        return;
    }
    updateStatus();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("register/recent")).toStringList();
    for (const QString& path : recent) {
        QAction* entry =
            Database::isServerLocation(path)
                ? m_recentMenu->addAction(path, this, [this, path] { connectToServer(path); })
                : m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openRegisterAt(path); });
        entry->setEnabled(Database::isServerLocation(path) || QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent registers"))->setEnabled(false);
}

void MainWindow::chooseLanguage(const QString& code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
    QMessageBox::information(this, tr("Language"),
                             tr("The new language is used from the next start of Daicho.\n"
                                "次回の起動から新しい言語で表示します。"));
}

void MainWindow::showAbout()
{
    AboutDialog(this).exec();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_editor && !settleEditor()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/tableHeader"), m_table->horizontalHeader()->saveState());
    event->accept();
}

namespace {
// The one local ledger file a drag carries, if that is what it carries.
QString droppedLedger(const QMimeData* data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1 || !data->urls().first().isLocalFile())
        return {};
    const QString path = data->urls().first().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx") ? path : QString();
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_transfer && !droppedLedger(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedLedger(event->mimeData());
    if (!m_transfer || path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has finished: the wizard is modal and must not run inside the drag.
    QMetaObject::invokeMethod(
        this,
        [this, path] {
            if (m_transfer && settleEditor())
                m_transfer->importFile(path);
        },
        Qt::QueuedConnection);
}

void MainWindow::showCurrentAsset()
{
    if (!m_editor || !m_model)
        return;
    // A reset of the table (after a change) leaves no current row: the editor keeps its asset.
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const Asset* asset = m_model->assetAt(current.row());
    if (!asset || (asset->id == m_shownAssetId && !m_editor->isNew()))
        return;
    const Asset shown = *asset; // settling may refresh the model's pages
    if (!settleEditor())
        return;
    m_editor->showAsset(shown);
    m_shownAssetId = shown.id;
    if (m_assetRisks)
        m_assetRisks->showAsset(shown);
    updateEditActions();
}

void MainWindow::risksChanged(qint64 assetId)
{
    m_findingAssets.reset();
    // The panel shows either the asset changed or one linked to it, whose effective rating a
    // holding changes too: it reads its asset again either way.
    Q_UNUSED(assetId)
    if (m_assetRisks)
        m_assetRisks->reload();
    // The counting pages count again when they are next shown, or now if they are.
    if (m_pages->currentIndex() == RiskPage && m_riskPanel)
        m_riskPanel->refresh();
    if (m_pages->currentIndex() == DashboardPage && m_dashboard)
        m_dashboard->refresh();
}

bool MainWindow::settleEditor()
{
    if (!m_editor || !m_editor->isModified())
        return true;
    const QString name = m_editor->isNew() ? tr("the new asset") : m_editor->loadedAsset().code;
    const auto answer =
        QMessageBox::question(this, tr("Unsaved Changes"), tr("Save the changes to %1?").arg(name),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        if (!m_editor->problems().isEmpty()) {
            QMessageBox::warning(this, tr("Cannot Save"),
                                 tr("%1 cannot be saved yet:\n%2").arg(name, joinProblems(m_editor->problems())));
            return false;
        }
        m_editor->save();
        return m_lastCommandError.isEmpty();
    }
    return true;
}

void MainWindow::saveFromEditor(const Asset& before, const Asset& after)
{
    m_lastCommandError.clear();
    if (before.id == 0)
        m_undoStack->push(new CreateAssetCommand(*m_commands, after));
    else
        m_undoStack->push(new EditAssetsCommand(*m_commands, {before}, {after}, tr("Edit %1").arg(after.code)));
}

void MainWindow::assetsChanged(const QList<qint64>& ids, bool countsChanged)
{
    m_findingAssets.reset();
    if (countsChanged) {
        m_model->reload();
        if (m_tree) {
            m_tree->reload();
            m_treeView->expandToDepth(0);
        }
    } else {
        m_model->refresh();
    }
    updateStatus();
    // The editor follows the asset it shows, or shows the one just created.
    qint64 target = 0;
    if (m_editor->isNew() && ids.size() == 1)
        target = ids.first();
    else if (ids.contains(m_shownAssetId))
        target = m_shownAssetId;
    if (target == 0)
        return;
    Result<std::optional<Asset>> found = m_register->assets().find(target);
    if (found && found.value()) {
        m_editor->showAsset(*found.value());
        m_shownAssetId = target;
        if (const int row = m_model->rowOfAsset(target); row >= 0)
            m_table->setCurrentIndex(
                m_model->index(row, m_table->currentIndex().column() < 0 ? 0 : m_table->currentIndex().column()));
    } else {
        m_editor->clear();
        m_shownAssetId = 0;
    }
    updateEditActions();
}

void MainWindow::commandFailed(const QString& reason)
{
    m_lastCommandError = reason;
    statusBar()->showMessage(reason, 10000);
    QMessageBox::warning(this, tr("The change was not made"), reason);
}

QList<Asset> MainWindow::selectedAssets() const
{
    QList<Asset> assets;
    if (!m_model)
        return assets;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        if (const Asset* a = m_model->assetAt(index.row()))
            assets << *a;
    return assets;
}

void MainWindow::reviewSelected(ReviewOutcome outcome)
{
    m_findingAssets.reset();
    const QList<Asset> assets = selectedAssets();
    if (!m_register || assets.isEmpty())
        return;
    QString comment;
    if (outcome == ReviewOutcome::NeedsFix) {
        bool ok = false;
        comment = QInputDialog::getText(this, tr("Needs Correction"), tr("What needs correcting:"), QLineEdit::Normal,
                                        QString(), &ok);
        if (!ok)
            return;
    }
    QStringList problems;
    for (const Asset& a : assets)
        if (Status s = m_register->reviews().review(a.id, outcome, comment); !s)
            problems << QStringLiteral("%1: %2").arg(a.code, s.errorText());
    m_model->refresh();
    if (m_review)
        m_review->refresh();
    if (!problems.isEmpty())
        commandFailed(problems.mid(0, 10).join(QLatin1Char('\n')));
}

void MainWindow::updateEditActions()
{
    const bool open = m_register != nullptr && m_editor != nullptr;
    const bool selected = open && m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    // What the user may not do is disabled, and the tooltip says why (the services decide anyway).
    const bool mayCreate = open && m_register->mayCreateAssets();
    m_newAction->setEnabled(mayCreate);
    m_newAction->setToolTip(open && !mayCreate ? tr("You look after no section, so no new asset can be yours.")
                                               : QString());
    m_peopleAction->setEnabled(open);
    m_riskSettingsAction->setEnabled(open);
    m_reviewMenu->setEnabled(selected);
    m_saveAction->setEnabled(open && (m_editor->isModified() || m_editor->isNew()));
    const bool mayEdit = open && m_register->mayEditAssets();
    const QString notYours =
        open && !mayEdit ? tr("You look after no assets: you may read the register, not change it.") : QString();
    m_bulkAction->setEnabled(selected && mayEdit);
    m_deleteAction->setEnabled(selected && mayEdit);
    for (QAction* a : {m_bulkAction, m_deleteAction, m_disposeAction})
        a->setToolTip(notYours);
    m_disposeAction->setEnabled(open && m_editor->hasAsset() && !m_editor->isNew() && !m_editor->isReadOnly());
}

void MainWindow::newAsset()
{
    if (!m_editor || !settleEditor())
        return;
    m_editor->startNewAsset(m_treeView->currentIndex().data(OrgTreeModel::UnitIdRole).toLongLong());
    m_shownAssetId = 0;
    m_editorDock->show();
    m_editorDock->raise();
    updateEditActions();
}

void MainWindow::bulkEdit()
{
    if (!m_editor || !settleEditor())
        return;
    // Selecting a million rows is easy; editing them all at once is what an import is for.
    constexpr qint64 kMaxBulk = 10000;
    qint64 count = 0;
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection())
        count += range.height();
    if (count > kMaxBulk) {
        QMessageBox::information(this, tr("Too Many Assets"),
                                 tr("%L1 assets are selected; a bulk edit changes at most %L2. Narrow the selection "
                                    "with the search and filters, or change them through Export and Import.")
                                     .arg(count)
                                     .arg(kMaxBulk));
        return;
    }
    QList<Asset> before;
    for (const Asset& a : selectedAssets())
        if (a.status != AssetStatus::Disposed) // disposed assets are read-only
            before << a;
    if (before.isEmpty())
        return;
    BulkEditDialog dialog(*m_register, static_cast<int>(before.size()), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.changesSomething())
        return;
    QList<Asset> after;
    for (const Asset& a : before)
        after << dialog.applyTo(a);
    m_lastCommandError.clear();
    m_undoStack->push(new EditAssetsCommand(*m_commands, before, after,
                                            tr("Edit %n asset(s)", nullptr, static_cast<int>(before.size()))));
}

void MainWindow::disposeCurrent()
{
    if (!m_editor || !m_editor->hasAsset() || m_editor->isNew() || m_editor->isReadOnly() || !settleEditor())
        return;
    const Asset asset = m_editor->loadedAsset();
    DisposalDialog dialog(asset.code, RegisterChoices::people(*m_register), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lastCommandError.clear();
    m_undoStack->push(new DisposeAssetCommand(*m_commands, asset.id, asset.code, dialog.disposedOn(), dialog.method(),
                                              dialog.confirmedBy()));
}

void MainWindow::deleteSelected()
{
    if (!m_editor)
        return;
    QList<Asset> doomed;
    for (const Asset& a : selectedAssets())
        if (a.status != AssetStatus::Disposed)
            doomed << a;
    if (doomed.isEmpty())
        return;
    constexpr int kMaxDelete = 1000;
    if (doomed.size() > kMaxDelete) {
        QMessageBox::information(this, tr("Too Many Assets"),
                                 tr("At most %L1 assets can be deleted at once.").arg(kMaxDelete));
        return;
    }
    const QString what = doomed.size() == 1 ? doomed.first().code : tr("%n asset(s)", nullptr, int(doomed.size()));
    const auto answer = QMessageBox::question(
        this, tr("Delete Assets"),
        tr("Delete %1 from the register? Deleting is for entries made by mistake: an asset that is no longer "
           "used is disposed of (廃棄) instead, and stays on record. Undo brings it back.")
            .arg(what),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_lastCommandError.clear();
    m_undoStack->beginMacro(tr("Delete %1").arg(what));
    for (const Asset& a : doomed)
        m_undoStack->push(new RemoveAssetCommand(*m_commands, a));
    m_undoStack->endMacro();
}

void MainWindow::organisationChanged()
{
    m_findingAssets.reset();
    const qint64 current = m_treeView->currentIndex().data(OrgTreeModel::UnitIdRole).toLongLong();
    m_tree->reload();
    m_treeView->expandToDepth(0);
    if (const QModelIndex again = m_tree->indexOfUnit(current); again.isValid())
        m_treeView->setCurrentIndex(again);
    m_model->reload(); // unit names in the table
    m_editor->reloadChoices();
    updateStatus();
}

void MainWindow::showTreeMenu(const QPoint& position)
{
    if (!m_tree || !m_commands)
        return;
    const QModelIndex index = m_treeView->indexAt(position);
    const std::optional<OrgUnit> unit = m_tree->unitAt(index);
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    const Status allowed = m_register->mayManage();
    if (!unit) {
        // The whole register: where a tree begun empty gets its bodies (機関).
        if (!index.isValid() || !allowed)
            return;
        menu.addAction(tr("Add Body…"), this, [this] { addUnit(OrgUnit{}, UnitKind::Body); });
        menu.exec(m_treeView->viewport()->mapToGlobal(position));
        return;
    }
    if (!allowed) {
        // Shown, but disabled with the reason: the user sees what exists and why it is not theirs.
        QAction* why = menu.addAction(tr("Changing the organisation is not yours"));
        why->setEnabled(false);
        why->setToolTip(allowed.errorText());
        menu.exec(m_treeView->viewport()->mapToGlobal(position));
        return;
    }
    if (unit->kind == UnitKind::Body)
        menu.addAction(tr("Add Department…"), this, [this, unit] { addUnit(*unit, UnitKind::Department); });
    if (unit->kind != UnitKind::Section)
        menu.addAction(tr("Add Section…"), this, [this, unit] { addUnit(*unit, UnitKind::Section); });
    menu.addSeparator();
    menu.addAction(tr("Rename…"), this, [this, unit] { renameUnit(*unit); });
    if (unit->kind != UnitKind::Body)
        menu.addAction(tr("Move to…"), this, [this, unit] { moveUnit(*unit); });
    const qint64 assets = index.data(OrgTreeModel::AssetCountRole).toLongLong();
    menu.addAction(tr("Merge into…"), this, [this, unit, assets] { mergeUnit(*unit, assets); });
    menu.addAction(tr("Split…"), this, [this, unit] { splitUnit(*unit); });
    menu.exec(m_treeView->viewport()->mapToGlobal(position));
}

void MainWindow::splitUnit(const OrgUnit& unit)
{
    SplitUnitDialog dialog(*m_register, unit, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const OrgUnit created = dialog.created();
    m_lastCommandError.clear();
    m_undoStack->push(
        new SplitUnitCommand(*m_commands, dialog.part(), created, tr("Split %1 off %2").arg(created.name, unit.name)));
}

void MainWindow::addUnit(const OrgUnit& parent, UnitKind kind)
{
    bool ok = false;
    const QString prompt = parent.id == 0 ? tr("Name of the new %1:").arg(enumLabel(kind))
                                          : tr("Name of the new %1 under %2:").arg(enumLabel(kind), parent.name);
    const QString name =
        QInputDialog::getText(this, tr("Add %1").arg(enumLabel(kind)), prompt, QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    OrgUnit unit;
    unit.kind = kind;
    unit.parentId = parent.id;
    unit.name = name;
    m_lastCommandError.clear();
    m_undoStack->push(new CreateUnitCommand(*m_commands, unit));
}

void MainWindow::renameUnit(const OrgUnit& unit)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename %1").arg(unit.name), tr("New name:"), QLineEdit::Normal, unit.name, &ok)
            .trimmed();
    if (!ok || name.isEmpty() || name == unit.name)
        return;
    OrgUnit renamed = unit;
    renamed.name = name;
    m_lastCommandError.clear();
    m_undoStack->push(new EditUnitCommand(*m_commands, unit, renamed, tr("Rename %1 to %2").arg(unit.name, name)));
}

void MainWindow::moveUnit(const OrgUnit& unit)
{
    // Where the regulation's tree allows it: a 部局 under a body; a 課室 under a 部局 or a body.
    QList<OrgUnit> parents;
    for (const OrgUnit& u : m_tree->units()) {
        const bool allowed = unit.kind == UnitKind::Department ? u.kind == UnitKind::Body : u.kind != UnitKind::Section;
        if (allowed && u.id != unit.parentId)
            parents << u;
    }
    QStringList names;
    for (const OrgUnit& p : parents)
        names << p.name;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Move %1").arg(unit.name),
                                                 tr("Move %1 under:").arg(unit.name), names, 0, false, &ok);
    if (!ok)
        return;
    const qsizetype at = names.indexOf(chosen);
    if (at < 0)
        return;
    OrgUnit moved = unit;
    moved.parentId = parents.at(at).id;
    m_lastCommandError.clear();
    m_undoStack->push(
        new EditUnitCommand(*m_commands, unit, moved, tr("Move %1 under %2").arg(unit.name, parents.at(at).name)));
}

void MainWindow::mergeUnit(const OrgUnit& unit, qint64 assetCount)
{
    QList<OrgUnit> targets;
    for (const OrgUnit& u : m_tree->units())
        if (u.kind == unit.kind && u.id != unit.id)
            targets << u;
    QStringList names;
    for (const OrgUnit& t : targets)
        names << t.name;
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge %1").arg(unit.name),
                                                 tr("Merge %1 into:").arg(unit.name), names, 0, false, &ok);
    const qsizetype at = names.indexOf(chosen);
    if (!ok || at < 0)
        return;
    const OrgUnit& into = targets.at(at);
    // Say exactly what will happen before it does.
    const auto answer = QMessageBox::question(
        this, tr("Merge %1").arg(unit.name),
        tr("%1 is merged into %2: its %n asset(s), the units under it and the people who work in it move to %2, "
           "and %1 is retired (kept in the audit trail, no longer shown). Undo takes the merge back.",
           nullptr, static_cast<int>(assetCount))
            .arg(unit.name, into.name),
        QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
    if (answer != QMessageBox::Ok)
        return;
    m_lastCommandError.clear();
    m_undoStack->push(
        new MergeUnitsCommand(*m_commands, unit.id, into.id, tr("Merge %1 into %2").arg(unit.name, into.name)));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        m_idle->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lock()
{
    // Only a register used signed in can be locked; without users there is nobody to ask for.
    if (m_locked || !m_register || !m_register->signedInUser())
        return;
    m_locked = true;
    const QString login = m_register->signedInUser()->login;
    m_register->signOut();
    centralWidget()->hide();
    for (QDockWidget* dock : findChildren<QDockWidget*>()) {
        dock->setProperty("daichoWasVisible", dock->isVisible());
        dock->hide();
    }
    menuBar()->setEnabled(false);
    for (QToolBar* bar : findChildren<QToolBar*>())
        bar->setEnabled(false);
    auto* dialog = new SignInDialog(*m_register, m_register->database().displayName(), this);
    dialog->setObjectName(QStringLiteral("lockSignIn"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, login](int result) {
        m_locked = false;
        centralWidget()->show();
        for (QDockWidget* dock : findChildren<QDockWidget*>())
            if (dock->property("daichoWasVisible").toBool())
                dock->show();
        menuBar()->setEnabled(true);
        for (QToolBar* bar : findChildren<QToolBar*>())
            bar->setEnabled(true);
        // Someone else may sign in at the locked window; what was undoable was the other user's.
        if (result != QDialog::Accepted) {
            setRegister(nullptr);
        } else if (m_register->signedInUser()->login != login) {
            m_undoStack->clear();
            m_editor->clear();
            m_model->reload();
            organisationChanged();
        }
        updateStatus();
        m_idle->start();
    });
    dialog->open();
}

} // namespace daicho
