#pragma once

#include "domain/Asset.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace daicho {

struct CommandContext;
class Register;
class RiskListModel;
class WarningLabel;

// The risks and holdings of the asset shown in the editor: its risks (record, suggest, change,
// remove), what it holds and what holds it, and its effective rating under CIA inheritance with
// where each raised level comes from. Every change is an undoable command.
class AssetRisksPanel : public QWidget {
    Q_OBJECT

public:
    AssetRisksPanel(Register& reg, CommandContext& commands, QUndoStack* undo, QWidget* parent = nullptr);

    void showAsset(const Asset& asset);
    void clear();
    // Reads the asset's risks and holdings again (after a command).
    void reload();
    qint64 assetId() const { return m_asset.id; }

    RiskListModel* risks() const { return m_risks; }
    QStandardItemModel* holdings() const { return m_holdings; }
    QString effectiveText() const;
    bool showsFinding() const;

    void addRisk();
    void suggestRisks();
    void editRisk();
    void removeRisk();
    // Links the asset with the 資産ID `code`: held by this asset, or holding it.
    void linkAsset(const QString& code, bool holds);
    void unlinkSelected();

Q_SIGNALS:
    void assetRequested(qint64 assetId);

private:
    void updateButtons();
    int currentRiskRow() const;

    Register& m_reg;
    CommandContext& m_commands;
    QUndoStack* m_undo;
    Asset m_asset;
    QLabel* m_title;
    QLabel* m_effective;
    WarningLabel* m_finding;
    QTableView* m_riskView;
    RiskListModel* m_risks;
    QListView* m_holdingView;
    QStandardItemModel* m_holdings;
    QPushButton* m_add;
    QPushButton* m_suggest;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_link;
    QPushButton* m_unlink;
};

} // namespace daicho
