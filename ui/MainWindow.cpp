#include "MainWindow.h"

#include "FilterBar.h"
#include "LedgerTransfer.h"
#include "models/AssetTableModel.h"
#include "models/OrgTreeModel.h"
#include "service/Register.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

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
    setCentralWidget(m_table);

    m_treeView->setObjectName(QStringLiteral("orgTree"));
    m_treeView->setHeaderHidden(true);
    m_treeView->setUniformRowHeights(true);
    auto* treeDock = new QDockWidget(tr("Organisation"), this);
    treeDock->setObjectName(QStringLiteral("orgTreeDock"));
    treeDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    treeDock->setWidget(m_treeView);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);
    m_filterLabel->setObjectName(QStringLiteral("filterLabel"));

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
    statusBar()->addPermanentWidget(m_pathLabel);
    createActions();
    resize(1280, 800);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The model and the transfer work through the register: drop them first.
    m_table->setModel(nullptr);
    delete m_model;
    m_treeView->setModel(nullptr);
    delete m_tree;
    delete m_transfer;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Register…"), this, &MainWindow::openRegister);
    open->setShortcut(QKeySequence::Open);
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
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Daicho"), this, &MainWindow::showAbout);
}

void MainWindow::setRegister(std::unique_ptr<Register> reg)
{
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_treeView->setModel(nullptr);
    delete m_tree;
    m_tree = nullptr;
    delete m_transfer;
    m_transfer = nullptr;
    m_register = std::move(reg);
    m_importAction->setEnabled(m_register != nullptr);
    m_exportAction->setEnabled(m_register != nullptr);
    if (m_register) {
        m_transfer = new LedgerTransfer(*m_register, this);
        connect(m_transfer, &LedgerTransfer::registerChanged, this, &MainWindow::reloadAssets);
        m_model = new AssetTableModel(*m_register, this);
        m_table->setModel(m_model);
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
        QSettings().setValue(QStringLiteral("register/last"), m_register->database().path());
    }
    updateStatus();
}

void MainWindow::reloadAssets()
{
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
    m_model->setFilter(filter);
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_register) {
        m_countLabel->setText(tr("No register open"));
        m_pathLabel->clear();
        return;
    }
    m_countLabel->setText(m_model && m_model->truncated()
                              ? tr("More than %L1 assets; showing the first %L1").arg(AssetTableModel::kMaxSearchRows)
                              : tr("%n asset(s)", nullptr, m_model ? m_model->rowCount() : 0));
    const QModelIndex current = m_treeView->currentIndex();
    QStringList shown;
    if (m_model && m_model->filter().unitId != 0 && current.isValid())
        shown << current.data(OrgTreeModel::NameRole).toString();
    if (m_model && !m_model->filter().text.isEmpty())
        shown << tr("「%1」").arg(m_model->filter().text);
    m_filterLabel->setText(shown.isEmpty() ? QString() : tr("Showing: %1").arg(shown.join(QStringLiteral(" / "))));
    m_pathLabel->setText(m_register->database().path());
}

void MainWindow::openRegister()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Register"), QString(),
                                                      tr("Daicho registers (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<std::unique_ptr<Register>> opened = Register::open(path);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open the register"), opened.errorText());
        return;
    }
    setRegister(opened.take());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Daicho"),
                       tr("<h3>Daicho %1</h3><p>Register of information assets (情報資産管理台帳) following the "
                          "information-security regulation of Noshiro City.</p><p>Built with Qt %2.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/tableHeader"), m_table->horizontalHeader()->saveState());
    event->accept();
}

} // namespace daicho
