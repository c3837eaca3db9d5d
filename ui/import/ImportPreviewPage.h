#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace daicho {

class ColumnMappingModel;

// The wizard's second page: the file's first rows, how it was read (encoding, header line) and
// which field each column fills, editable.
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportPreviewPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void load();
    void mappingChanged();

    QComboBox* m_encoding;
    QLabel* m_readAs;
    QLabel* m_error;
    ColumnMappingModel* m_mapping;
    QTableView* m_mappingView;
    QStandardItemModel* m_rows;
    QTableView* m_rowsView;
    bool m_loaded = false;
};

} // namespace daicho
