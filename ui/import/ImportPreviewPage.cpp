#include "ImportPreviewPage.h"

#include "ColumnMappingModel.h"
#include "FieldChoiceDelegate.h"
#include "ImportWizard.h"
#include "WarningLabel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace daicho {

namespace {
constexpr int kPreviewRows = 20;
}

ImportPreviewPage::ImportPreviewPage(QWidget* parent)
    : QWizardPage(parent)
    , m_encoding(new QComboBox)
    , m_readAs(new QLabel)
    , m_error(new WarningLabel)
    , m_mapping(new ColumnMappingModel(this))
    , m_mappingView(new QTableView)
    , m_rows(new QStandardItemModel(this))
    , m_rowsView(new QTableView)
{
    setTitle(tr("Check How the File Is Read"));
    setSubTitle(tr("The first rows of the file and the field each column is imported into. Change a field "
                   "by double-clicking it; columns with no field are kept with each asset, never dropped."));
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Detect automatically"), int(CsvEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(CsvEncoding::Utf8));
    m_encoding->addItem(tr("Shift_JIS (CP932)"), int(CsvEncoding::Cp932));
    connect(m_encoding, &QComboBox::activated, this, [this] {
        static_cast<ImportWizard*>(wizard())->options().encoding =
            static_cast<CsvEncoding>(m_encoding->currentData().toInt());
        load();
    });
    m_readAs->setObjectName(QStringLiteral("importReadAs"));
    m_error->setObjectName(QStringLiteral("importPreviewError"));

    m_mappingView->setObjectName(QStringLiteral("importMapping"));
    m_mappingView->setModel(m_mapping);
    m_mappingView->setItemDelegateForColumn(ColumnMappingModel::Field, new FieldChoiceDelegate(m_mappingView));
    m_mappingView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                                   QAbstractItemView::EditKeyPressed);
    m_mappingView->verticalHeader()->hide();
    m_mappingView->horizontalHeader()->setStretchLastSection(true);
    m_mappingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_mapping, &ColumnMappingModel::dataChanged, this, &ImportPreviewPage::mappingChanged);
    m_rowsView->setObjectName(QStringLiteral("importRows"));
    m_rowsView->setModel(m_rows);
    m_rowsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rowsView->setWordWrap(false);

    auto* encodingRow = new QHBoxLayout;
    auto* encodingLabel = new QLabel(tr("&Encoding:"));
    encodingLabel->setBuddy(m_encoding);
    encodingRow->addWidget(encodingLabel);
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_readAs, 1);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_mappingView);
    splitter->addWidget(m_rowsView);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(encodingRow);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
}

void ImportPreviewPage::initializePage()
{
    auto* w = static_cast<ImportWizard*>(wizard());
    const bool csv = QFileInfo(w->path()).suffix().toLower() != QLatin1String("xlsx");
    m_encoding->setEnabled(csv);
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(int(w->options().encoding))));
    load();
}

void ImportPreviewPage::load()
{
    auto* w = static_cast<ImportWizard*>(wizard());
    Result<LedgerPreview> preview = LedgerImporter::preview(w->path(), w->options(), kPreviewRows);
    m_loaded = bool(preview);
    m_error->setVisible(!preview);
    m_rows->clear();
    if (!preview) {
        m_error->setText(preview.errorText());
        m_mapping->setPreview(LedgerPreview{}, {});
        m_readAs->clear();
        Q_EMIT completeChanged();
        return;
    }
    const LedgerPreview& p = preview.value();
    m_readAs->setText(p.encoding.isEmpty()
                          ? tr("Header on row %1.").arg(p.headerLine)
                          : tr("Read as %1; header on line %2.").arg(p.encoding.toUpper()).arg(p.headerLine));
    m_mapping->setPreview(p, w->options().columns);
    m_rows->setColumnCount(static_cast<int>(p.headers.size()));
    m_rows->setHorizontalHeaderLabels(p.headers);
    for (const QStringList& cells : p.rows) {
        QList<QStandardItem*> items;
        for (int c = 0; c < p.headers.size(); ++c)
            items << new QStandardItem(cells.value(c));
        m_rows->appendRow(items);
    }
    m_mappingView->resizeColumnsToContents();
    mappingChanged();
}

void ImportPreviewPage::mappingChanged()
{
    static_cast<ImportWizard*>(wizard())->options().columns = m_mapping->chosen();
    if (m_loaded && !m_mapping->mapsField(AssetField::Code)) {
        m_error->setText(tr("No column is imported as %1, which matches rows to assets. Choose the column "
                            "that holds it.")
                             .arg(enumLabel(AssetField::Code)));
        m_error->setVisible(true);
    } else if (m_loaded) {
        m_error->setVisible(false);
    }
    Q_EMIT completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return m_loaded && m_mapping->mapsField(AssetField::Code);
}

} // namespace daicho
