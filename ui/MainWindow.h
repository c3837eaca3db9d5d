#pragma once

#include "common/Problem.h"
#include "domain/Asset.h"
#include "domain/AssetFilter.h"
#include "domain/OrgUnit.h"
#include "domain/Review.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QUndoStack;

class QTableView;
class QTreeView;

namespace daicho {

class AssetEditor;
class AssetTableModel;
struct CommandContext;
class AssetRisksPanel;
class DashboardPanel;
class FindingsPanel;
class InspectionPanel;
class ReviewPanel;
class RiskMapPanel;
class FilterBar;
class OrgTreeModel;
class BackupActions;
class LedgerTransfer;
class Register;

// The register window: the organisation tree, the asset table with its search and filters,
// and the editor of the current asset; every edit is an undoable command.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Takes the open register and shows it.
    void setRegister(std::unique_ptr<Register> reg);
    // The same for a register the user opened: a new one asks for its first administrator, one
    // with users asks to sign in (false, and nothing shown, when the user cancels).
    bool adoptRegister(std::unique_ptr<Register> reg);
    // File → Open Sample Register: the sample, made on first use (SampleRegister).
    void openSampleRegister();
    // File → Open Register…, for the first run's "a register I already have".
    void openRegister();
    // Opens the register file at `path` (File → Open Register…, Open Recent, after a restore); a
    // failure is shown by showOpenFailure().
    void openRegisterAt(const QString& path);
    // Why the register at `path` could not be opened, in a message box; for a damaged register
    // the box offers to restore it from a backup.
    void showOpenFailure(const QString& path, const Problems& problems);
    // The import wizard on a ledger the user named before (the first run).
    bool importLedgerFile(const QString& path);
    Register* currentRegister() const { return m_register.get(); }
    AssetEditor* editor() const { return m_editor; }
    QUndoStack* undoStack() const { return m_undoStack; }
    QTableView* table() const { return m_table; }
    // The pages of the window: the register, the risk heat maps, the dashboard.
    enum Page { RegisterPage, RiskPage, DashboardPage, FindingsPage, ReviewPage, InspectionPage };
    QTabWidget* pages() const { return m_pages; }
    RiskMapPanel* riskPanel() const { return m_riskPanel; }
    DashboardPanel* dashboard() const { return m_dashboard; }
    FindingsPanel* findings() const { return m_findings; }
    ReviewPanel* review() const { return m_review; }
    InspectionPanel* inspection() const { return m_inspection; }
    AssetRisksPanel* assetRisks() const { return m_assetRisks; }
    // Shows an asset in the table and the editor, widening the filter if it hides it.
    void showAsset(qint64 assetId);
    // The asset table filtered as the dashboard asks (the organisation tree left at the top).
    void filterAssets(const AssetFilter& filter);
    // The text of the last command that could not be carried out (also shown in a message box).
    QString lastCommandError() const { return m_lastCommandError; }

    // Hides the register until the user signs in again (after the idle time; also on demand).
    void lock();
    bool isLocked() const { return m_locked; }

public Q_SLOTS:
    void newAsset();
    void bulkEdit();
    void disposeCurrent();
    void deleteSelected();

protected:
    void closeEvent(QCloseEvent* event) override;
    // Any key or mouse use in the application restarts the idle time.
    bool eventFilter(QObject* watched, QEvent* event) override;
    // A ledger dropped on the window opens the import wizard on it.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void newRegister();
    // A register on the city's PostgreSQL server (File → Connect to Shared Register…).
    void connectToServer(const QString& location = {});
    void fillRecentMenu();
    void chooseLanguage(const QString& code);
    void switchUser();
    void reloadAssets();
    void applyFilter();
    void showAbout();
    void updateStatus();
    void restoreLayout();
    void createEditMenu();
    void showCurrentAsset();
    bool settleEditor();
    void saveFromEditor(const Asset& before, const Asset& after);
    void assetsChanged(const QList<qint64>& ids, bool countsChanged);
    void commandFailed(const QString& reason);
    void organisationChanged();
    void risksChanged(qint64 assetId);
    void reviewSelected(ReviewOutcome outcome);
    void showTreeMenu(const QPoint& position);
    void addUnit(const OrgUnit& parent, UnitKind kind);
    void renameUnit(const OrgUnit& unit);
    void moveUnit(const OrgUnit& unit);
    void mergeUnit(const OrgUnit& unit, qint64 assetCount);
    void splitUnit(const OrgUnit& unit);
    QList<Asset> selectedAssets() const;
    void updateEditActions();

    std::unique_ptr<Register> m_register;
    AssetTableModel* m_model = nullptr;
    LedgerTransfer* m_transfer = nullptr;
    BackupActions* m_backups = nullptr; // File → Back Up / Restore, automatic backups
    QMenu* m_recentMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_reportAction = nullptr;
    QTableView* m_table = nullptr;
    QTabWidget* m_pages = nullptr;
    RiskMapPanel* m_riskPanel = nullptr;
    DashboardPanel* m_dashboard = nullptr;
    FindingsPanel* m_findings = nullptr;
    ReviewPanel* m_review = nullptr;
    InspectionPanel* m_inspection = nullptr;
    QDockWidget* m_risksDock = nullptr;
    AssetRisksPanel* m_assetRisks = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QAction* m_switchUserAction = nullptr;
    OrgTreeModel* m_tree = nullptr;
    QTreeView* m_treeView = nullptr;
    QLabel* m_filterLabel = nullptr;
    FilterBar* m_filterBar = nullptr;
    QDockWidget* m_editorDock = nullptr;
    AssetEditor* m_editor = nullptr;
    QUndoStack* m_undoStack = nullptr;
    std::unique_ptr<CommandContext> m_commands;
    QAction* m_newAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_bulkAction = nullptr;
    QAction* m_disposeAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_peopleAction = nullptr;
    QAction* m_riskSettingsAction = nullptr;
    QMenu* m_reviewMenu = nullptr;
    QString m_lastCommandError;
    QTimer* m_idle = nullptr;
    bool m_locked = false;
    qint64 m_shownAssetId = 0;
    // The assets with compliance findings, for the filter: checked once, dropped on any change.
    std::optional<QList<qint64>> m_findingAssets;
};

} // namespace daicho
