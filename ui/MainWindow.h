#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;

class QTableView;
class QTreeView;

namespace daicho {

class AssetTableModel;
class FilterBar;
class OrgTreeModel;
class LedgerTransfer;
class Register;

// The register window: for now the asset table, the register's path and counts; the full
// window (tree, search, editor) follows.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Takes the open register and shows it.
    void setRegister(std::unique_ptr<Register> reg);
    Register* currentRegister() const { return m_register.get(); }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void openRegister();
    void reloadAssets();
    void applyFilter();
    void showAbout();
    void updateStatus();
    void restoreLayout();

    std::unique_ptr<Register> m_register;
    AssetTableModel* m_model = nullptr;
    LedgerTransfer* m_transfer = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    OrgTreeModel* m_tree = nullptr;
    QTreeView* m_treeView = nullptr;
    QLabel* m_filterLabel = nullptr;
    FilterBar* m_filterBar = nullptr;
};

} // namespace daicho
