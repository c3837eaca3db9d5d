#pragma once

#include "LookupField.h"
#include "common/Problem.h"
#include "domain/Asset.h"
#include "domain/AssetField.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QFormLayout;
class QVBoxLayout;

namespace daicho {

class CheckList;
class Register;

// The form for one asset, grouped as the ledger is (基本情報 / 分類・取扱 / 所管・責任者 /
// 提供形態 / 廃棄). It checks what it holds against core's rules as the user types, derives
// 重要度 and proposes 取扱制限; saving is the window's business (an undoable command).
class AssetEditor : public QWidget {
    Q_OBJECT

public:
    explicit AssetEditor(Register& reg, QWidget* parent = nullptr);

    // Re-reads the sections and people offered (after they changed).
    void reloadChoices();
    // Shows a stored asset; a disposed one read-only.
    void showAsset(const Asset& asset);
    // A blank form for a new asset, in `sectionId` when that is a section.
    void startNewAsset(qint64 sectionId);
    void clear();
    void focusFirstField();

    // The form's content over the asset shown (id, version and bookkeeping kept).
    Asset asset() const;
    const Asset& loadedAsset() const { return m_loaded; }
    bool hasAsset() const { return m_hasAsset; }
    bool isNew() const { return m_hasAsset && m_loaded.id == 0; }
    bool isModified() const;
    bool isReadOnly() const { return m_readOnly; }
    // What stops saving now, as core reports it plus what the form itself cannot express.
    const Problems& problems() const { return m_problems; }

Q_SIGNALS:
    // before.id == 0: a new asset.
    void saveRequested(const daicho::Asset& before, const daicho::Asset& after);
    void disposeRequested(const daicho::Asset& asset);
    void modifiedChanged(bool modified);

public Q_SLOTS:
    void save();
    void revert();

private:
    void buildForm();
    QFormLayout* addGroup(QVBoxLayout* groups, const QString& title);
    void addRow(QFormLayout* form, AssetField field, QWidget* widget);
    void fillLevels();
    void fill(const Asset& a);
    void onEdited();
    void updateDerived();
    void validate();
    void applyProposal();
    void setReadOnly(bool readOnly);

    Register& m_register;
    Asset m_loaded;
    bool m_hasAsset = false;
    bool m_readOnly = false;
    bool m_filling = false;
    bool m_wasModified = false;
    Problems m_problems;

    QHash<AssetField, QLabel*> m_labels;
    QHash<AssetField, QWidget*> m_widgets;
    QLabel* m_heading = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_subtype = nullptr;
    QLineEdit* m_location = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QComboBox* m_segment = nullptr;
    QComboBox* m_scheme = nullptr;
    QComboBox* m_confidentiality = nullptr;
    QComboBox* m_integrity = nullptr;
    QComboBox* m_availability = nullptr;
    QLabel* m_importance = nullptr;
    CheckList* m_restrictions = nullptr;
    QLabel* m_proposal = nullptr;
    QPushButton* m_applyProposal = nullptr;
    QLineEdit* m_restrictionNote = nullptr;
    CheckList* m_personalData = nullptr;
    LookupField* m_section = nullptr;
    LookupField* m_manager = nullptr;
    LookupField* m_custodian = nullptr;
    LookupField* m_systemAdmin = nullptr;
    QComboBox* m_provision = nullptr;
    QLineEdit* m_provider = nullptr;
    QLineEdit* m_serviceName = nullptr;
    QComboBox* m_contractSecurity = nullptr;
    QDateEdit* m_providerCheckedOn = nullptr;
    QLineEdit* m_dataLocation = nullptr;
    QComboBox* m_ismap = nullptr;
    QComboBox* m_usageRules = nullptr;
    LookupField* m_snsResponsible = nullptr;
    QLineEdit* m_publishableInfo = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_disposal = nullptr;
    QLabel* m_problemText = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_dispose = nullptr;
};

} // namespace daicho
