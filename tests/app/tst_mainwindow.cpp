#include "LedgerTransfer.h"
#include "MainWindow.h"
#include "TestRegister.h"
#include "editor/AssetEditor.h"
#include "editor/LookupField.h"
#include "import/ImportWizard.h"
#include "models/AssetTableModel.h"
#include "models/OrgTreeModel.h"
#include "security/Argon2Hasher.h"
#include "service/Generator.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace daicho;

namespace {
// Answers the modal dialogs an import or export opens, as a user would: the import wizard goes
// from its preview to the check, then cancels ("cancel"), imports the valid rows only ("skip")
// or imports ("import"); message boxes get OK. Keeps what the wizard showed.
class DialogAnswerer : public QObject {
public:
    explicit DialogAnswerer(QString action)
        : m_action(std::move(action))
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogAnswerer::answer);
        m_timer.start(20);
    }
    QString report;
    QString readAs;
    int messageBoxes = 0;

private:
    void answer()
    {
        if (m_busy)
            return; // the wizard's own work runs the event loop: answer once it is done
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* wizard = qobject_cast<ImportWizard*>(modal)) {
            m_busy = true;
            if (wizard->currentId() == ImportWizard::PreviewPage) {
                readAs = wizard->findChild<QLabel*>(QStringLiteral("importReadAs"))->text();
                wizard->next();
            } else if (wizard->currentId() == ImportWizard::CheckPage) {
                report = wizard->findChild<QPlainTextEdit*>(QStringLiteral("importDetails"))->toPlainText();
                if (m_action == QLatin1String("skip"))
                    wizard->findChild<QCheckBox*>(QStringLiteral("importSkipInvalid"))->setChecked(true);
                QAbstractButton* finish = wizard->button(QWizard::FinishButton);
                if (m_action != QLatin1String("cancel") && finish->isEnabled())
                    finish->click();
                else
                    wizard->reject();
            }
            m_busy = false;
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            ++messageBoxes;
            box->accept();
        }
    }
    QString m_action;
    bool m_busy = false;
    QTimer m_timer;
};
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

    static std::unique_ptr<Register> openRegister(test::TestRegister& reg)
    {
        const QString path = reg.path();
        reg.close();
        Result<std::unique_ptr<Register>> opened = Register::open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.errorText()));
        return opened.take();
    }

private Q_SLOTS:
    void modelPassesTheModelTester()
    {
        test::TestRegister reg;
        QVERIFY(Generator(*reg, 3).generate(600));
        AssetTableModel model(*reg);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 600);
        // Rows on pages far apart come back in id order with their codes.
        QCOMPARE(model.index(0, AssetTableModel::Code).data().toString(), QStringLiteral("A-0000001"));
        QCOMPARE(model.index(599, AssetTableModel::Code).data().toString(), QStringLiteral("A-0000600"));
        QVERIFY(!model.index(300, AssetTableModel::Section).data().toString().isEmpty());
        QVERIFY(model.index(300, AssetTableModel::Rating).data().toString().startsWith(QLatin1Char('C')));
        QCOMPARE(model.headerData(AssetTableModel::Code, Qt::Horizontal).toString(), QStringLiteral("資産ID"));
        model.reload();
        QCOMPARE(model.rowCount(), 600);
    }

    void orgTreeCountsAndFilters()
    {
        test::TestRegister reg;
        QVERIFY(Generator(*reg, 8).generate(700));
        OrgTreeModel tree(*reg);
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tree.rowCount(), 1);
        const QModelIndex all = tree.index(0, 0);
        QCOMPARE(all.data(OrgTreeModel::AssetCountRole).toLongLong(), 700);
        QCOMPARE(tree.rowCount(all), 9); // the bodies of 第3条の2
        const QModelIndex mayor = tree.index(0, 0, all);
        QCOMPARE(mayor.data(OrgTreeModel::NameRole).toString(), QStringLiteral("市長（市長部局）"));
        QVERIFY(mayor.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("市長（市長部局）")));

        // Every node's count is the sum of its children's (sections hold the assets).
        qint64 bodies = 0;
        for (int r = 0; r < tree.rowCount(all); ++r)
            bodies += tree.index(r, 0, all).data(OrgTreeModel::AssetCountRole).toLongLong();
        QCOMPARE(bodies, 700);

        // The table filtered to a department shows exactly the assets counted under it.
        const QModelIndex department = tree.index(0, 0, mayor); // 総務部
        AssetTableModel table(*reg);
        AssetFilter filter;
        filter.unitId = department.data(OrgTreeModel::UnitIdRole).toLongLong();
        table.setFilter(filter);
        QCOMPARE(table.rowCount(), department.data(OrgTreeModel::AssetCountRole).toInt());
        QVERIFY(table.rowCount() > 0);
        QVERIFY(table.rowCount() < 700);
        const QStringList sections = [&] {
            QStringList names;
            for (int r = 0; r < tree.rowCount(department); ++r)
                names << tree.index(r, 0, department)
                             .data(Qt::DisplayRole)
                             .toString()
                             .section(QStringLiteral(" ("), 0, 0);
            return names;
        }();
        for (int row = 0; row < table.rowCount(); row += 17)
            QVERIFY(sections.contains(table.index(row, AssetTableModel::Section).data().toString()));
        table.setFilter(AssetFilter{});
        QCOMPARE(table.rowCount(), 700);
    }

    void searchesWhileTyping()
    {
        test::TestRegister reg;
        QVERIFY(Generator(*reg, 4).generate(300));
        MainWindow window;
        window.setRegister(openRegister(reg));
        window.show();
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
        auto* table = window.findChild<QTableView*>(QStringLiteral("assetTable"));
        QVERIFY(search && table);
        QTest::keyClicks(search, QStringLiteral("A-0000123"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, AssetTableModel::Code).data().toString(), QStringLiteral("A-0000123"));
        auto* filterLabel = window.findChild<QLabel*>(QStringLiteral("filterLabel"));
        QVERIFY(filterLabel->text().contains(QStringLiteral("A-0000123")));
        search->clear();
        QTRY_COMPARE(table->model()->rowCount(), 300);

        // A filter combo applies at once, and combines with the others.
        auto* segment = window.findChild<QComboBox*>(QStringLiteral("segmentFilter"));
        QVERIFY(segment);
        segment->setCurrentIndex(segment->findData(QStringLiteral("mynumber")));
        AssetFilter expected;
        expected.segment = NetworkSegment::MyNumber;
        const int myNumber = static_cast<int>(window.currentRegister()->assets().count(expected).value());
        QVERIFY(myNumber > 0 && myNumber < 300);
        QCOMPARE(table->model()->rowCount(), myNumber);
        auto* status = window.findChild<QComboBox*>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("active")));
        expected.status = AssetStatus::Active;
        QCOMPARE(table->model()->rowCount(),
                 static_cast<int>(window.currentRegister()->assets().count(expected).value()));

        // Assets with findings: every row shown carries a badge, and the search beside still narrows.
        status->setCurrentIndex(0);
        segment->setCurrentIndex(0);
        auto* findings = window.findChild<QComboBox*>(QStringLiteral("findingsFilter"));
        QVERIFY(findings);
        findings->setCurrentIndex(findings->findData(true));
        const int withFindings = table->model()->rowCount();
        QVERIFY(withFindings > 0 && withFindings < 300);
        for (int row = 0; row < withFindings; ++row)
            QVERIFY(table->model()->index(row, 0).data(AssetTableModel::FindingCountRole).toInt() > 0);
        search->setText(QStringLiteral("システム")); // typed (keyClicks takes ASCII only)
        QTRY_VERIFY(table->model()->rowCount() < withFindings);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY(table->model()->index(row, 0).data(AssetTableModel::FindingCountRole).toInt() > 0);
    }

    void sortsInSql()
    {
        test::TestRegister reg;
        QVERIFY(Generator(*reg, 9).generate(600));
        AssetTableModel model(*reg);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto column = [&model](int c) {
            QStringList values;
            for (int r = 0; r < model.rowCount(); ++r)
                values << model.index(r, c).data().toString();
            return values;
        };
        model.sort(AssetTableModel::Name, Qt::AscendingOrder);
        QStringList names = column(AssetTableModel::Name);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
            return a.toUtf8() < b.toUtf8(); // SQLite compares UTF-8 bytes
        });
        QCOMPARE(names, sorted);

        model.sort(AssetTableModel::Name, Qt::DescendingOrder);
        std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(column(AssetTableModel::Name).first(), sorted.first());

        // Ties (same name) keep id order, so paging never repeats or skips a row.
        model.sort(AssetTableModel::Segment, Qt::AscendingOrder);
        const QStringList codes = column(AssetTableModel::Code);
        QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()).size(), 600);

        // A column without an index is not sorted: the order stays as it was.
        model.sort(AssetTableModel::Manager, Qt::AscendingOrder);
        QCOMPARE(column(AssetTableModel::Code), codes);
        QVERIFY(!AssetTableModel::isSortable(AssetTableModel::Manager));
    }

    void importsAndExportsFromTheWindow()
    {
        test::TestRegister reg;
        MainWindow window;
        window.setRegister(openRegister(reg));
        window.show();
        auto* transfer = window.findChild<LedgerTransfer*>();
        QVERIFY(transfer);
        auto* table = window.findChild<QTableView*>(QStringLiteral("assetTable"));
        QCOMPARE(table->model()->rowCount(), 0);

        // A file with a problem: the check lists it with its line; cancelling writes nothing.
        {
            DialogAnswerer answer(QStringLiteral("cancel"));
            QVERIFY(!transfer->importFile(QStringLiteral(DAICHO_TEST_DATA "/ledger/error_unknown_category.csv")));
            QVERIFY2(answer.report.contains(QStringLiteral("5")) && answer.report.contains(QStringLiteral("分類")),
                     qPrintable(answer.report));
            QVERIFY2(answer.readAs.contains(QStringLiteral("UTF-8")), qPrintable(answer.readAs));
            QCOMPARE(table->model()->rowCount(), 0);
        }
        // Trying to import it anyway is refused by the wizard: Finish stays disabled.
        {
            DialogAnswerer answer(QStringLiteral("import"));
            QVERIFY(!transfer->importFile(QStringLiteral(DAICHO_TEST_DATA "/ledger/error_unknown_category.csv")));
            QCOMPARE(table->model()->rowCount(), 0);
        }
        // Only the valid rows, on the user's word.
        {
            DialogAnswerer answer(QStringLiteral("skip"));
            QVERIFY(transfer->importFile(QStringLiteral(DAICHO_TEST_DATA "/ledger/error_unknown_category.csv")));
            QCOMPARE(table->model()->rowCount(), 3);
        }
        // A good file, Shift_JIS: the check, then the import; the table follows.
        {
            DialogAnswerer answer(QStringLiteral("import"));
            QVERIFY(transfer->importFile(QStringLiteral(DAICHO_TEST_DATA "/ledger/cp932_crlf.csv")));
            QVERIFY2(answer.readAs.contains(QStringLiteral("CP932")), qPrintable(answer.readAs));
            QVERIFY(table->model()->rowCount() > 3);
            QCOMPARE(answer.messageBoxes, 1);
        }
        QTemporaryDir dir;
        {
            DialogAnswerer answer{QString()};
            QVERIFY(transfer->exportFile(dir.filePath(QStringLiteral("out.xlsx"))));
            QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("out.xlsx"))));
        }
    }

    void windowShowsTheRegister()
    {
        auto reg = std::make_unique<test::TestRegister>();
        QVERIFY(Generator(**reg, 5).generate(40));
        const QString path = reg->path();
        reg->close();
        Result<std::unique_ptr<Register>> opened = Register::open(path);
        QVERIFY(opened);

        MainWindow window;
        window.setRegister(opened.take());
        window.show();
        auto* table = window.findChild<QTableView*>(QStringLiteral("assetTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 40);
        auto* count = window.findChild<QLabel*>(QStringLiteral("countLabel"));
        QVERIFY(count);
        QVERIFY2(count->text().contains(QStringLiteral("40")), qPrintable(count->text()));
    }

    void editsFromTheWindowUndoAndRedo()
    {
        test::TestRegister reg;
        QVERIFY(Generator(*reg, 6).generate(50));
        MainWindow window;
        window.setRegister(openRegister(reg));
        window.show();
        QTableView* table = window.table();
        AssetEditor* editor = window.editor();
        QVERIFY(editor);
        table->setCurrentIndex(table->model()->index(2, AssetTableModel::Name));
        const QString code = table->model()->index(2, AssetTableModel::Code).data().toString();
        const QString name = table->model()->index(2, AssetTableModel::Name).data().toString();
        QCOMPARE(editor->loadedAsset().code, code);

        auto* nameEdit = editor->findChild<QLineEdit*>(QStringLiteral("name"));
        nameEdit->selectAll();
        nameEdit->insert(QStringLiteral("更新した名称"));
        QVERIFY(editor->isModified());
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keySequence(&window, QKeySequence::Save);
        QVERIFY2(window.lastCommandError().isEmpty(), qPrintable(window.lastCommandError()));
        QCOMPARE(table->model()->index(2, AssetTableModel::Name).data().toString(), QStringLiteral("更新した名称"));
        QVERIFY(!editor->isModified());
        QCOMPARE(editor->loadedAsset().version, 2);
        QCOMPARE(window.undoStack()->count(), 1);

        window.findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
        QCOMPARE(table->model()->index(2, AssetTableModel::Name).data().toString(), name);
        QCOMPARE(editor->loadedAsset().name, name); // the editor follows the asset it shows
        window.findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
        QCOMPARE(table->model()->index(2, AssetTableModel::Name).data().toString(), QStringLiteral("更新した名称"));

        // A new asset from Edit → New Asset appears in the table and the count.
        window.newAsset();
        QVERIFY(editor->isNew());
        auto* codeEdit = editor->findChild<QLineEdit*>(QStringLiteral("code"));
        codeEdit->insert(QStringLiteral("NEW-0001"));
        nameEdit->insert(QStringLiteral("新規の資産"));
        auto* category = editor->findChild<QComboBox*>(QStringLiteral("category"));
        category->setCurrentIndex(category->findData(QStringLiteral("document")));
        Q_EMIT category->activated(category->currentIndex());
        auto* segment = editor->findChild<QComboBox*>(QStringLiteral("segment"));
        segment->setCurrentIndex(segment->findData(QStringLiteral("none")));
        Q_EMIT segment->activated(segment->currentIndex());
        const Asset existing = *window.currentRegister()->assets().find(1).value();
        editor->findChild<LookupField*>(QStringLiteral("section"))->setId(existing.sectionId);
        auto* manager = editor->findChild<LookupField*>(QStringLiteral("manager"));
        manager->setId(existing.managerId);
        Q_EMIT manager->edited();
        QVERIFY2(editor->problems().isEmpty(), qPrintable(joinProblems(editor->problems())));
        editor->save();
        QVERIFY2(window.lastCommandError().isEmpty(), qPrintable(window.lastCommandError()));
        QCOMPARE(table->model()->rowCount(), 51);
        QCOMPARE(editor->loadedAsset().code, QStringLiteral("NEW-0001"));
        QVERIFY(!editor->isNew());
        window.undoStack()->undo();
        QCOMPARE(table->model()->rowCount(), 50);
        QVERIFY(!window.currentRegister()->assets().findByCode(QStringLiteral("NEW-0001")).value());
    }

    void locksAndSignsInAgain()
    {
        PasswordHasher::install(Argon2Hasher::forTests());
        test::TestRegister reg;
        QVERIFY(Generator(*reg, 2).generate(20));
        const qint64 person = reg.addPerson(QStringLiteral("情報　管理"));
        QVERIFY(reg->users().createUser(QStringLiteral("office"), person, QStringLiteral("office-passphrase"), true));
        std::unique_ptr<Register> opened = openRegister(reg);
        opened->users().setPause([](int) {});
        QVERIFY(opened->signIn(QStringLiteral("office"), QStringLiteral("office-passphrase")));
        MainWindow window;
        window.setRegister(std::move(opened));
        window.show();
        QVERIFY(window.table()->isVisible());

        window.lock(); // what the idle timer does
        QVERIFY(window.isLocked());
        QVERIFY(!window.table()->isVisible()); // hidden, not just disabled
        QVERIFY(!window.currentRegister()->signedInUser());
        auto* dialog = window.findChild<QDialog*>(QStringLiteral("lockSignIn"));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("login"))->setText(QStringLiteral("office"));
        dialog->findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("office-passphrase"));
        dialog->accept();
        QVERIFY(!window.isLocked());
        QVERIFY(window.table()->isVisible());
        QCOMPARE(window.currentRegister()->signedInUser()->login, QStringLiteral("office"));

        window.lock();
        window.findChild<QDialog*>(QStringLiteral("lockSignIn"))->reject(); // nobody signs in: closed
        QVERIFY(!window.currentRegister());
    }

    void aSectionHeadSeesOnlyTheirSection()
    {
        PasswordHasher::install(Argon2Hasher::forTests());
        test::TestRegister reg;
        QVERIFY(Generator(*reg, 3).generate(400));
        const qint64 office = reg.addPerson(QStringLiteral("情報　管理"));
        QVERIFY(reg->users().createUser(QStringLiteral("admin"), office, QStringLiteral("admin-passphrase"), true));
        QVERIFY(reg->signIn(QStringLiteral("admin"), QStringLiteral("admin-passphrase")));
        // The section with the most assets gets a 情報セキュリティ管理者 with an account.
        const QHash<qint64, qint64> counts = reg->assets().countBySection().value();
        qint64 section = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (section == 0 || it.value() > counts.value(section))
                section = it.key();
        const qint64 head =
            reg->people().createPerson(Person{0, QStringLiteral("課長"), {}, {}, {}, section, false, true}).value();
        RoleAssignment manager;
        manager.personId = head;
        manager.role = Role::SecurityManager;
        manager.unitId = section;
        manager.validFrom = QDate(2026, 4, 1);
        QVERIFY(reg->people().assignRole(manager));
        QVERIFY(reg->users().createUser(QStringLiteral("kacho"), head, QStringLiteral("kacho-passphrase"), false));

        std::unique_ptr<Register> opened = openRegister(reg);
        QVERIFY(opened->signIn(QStringLiteral("kacho"), QStringLiteral("kacho-passphrase")));
        MainWindow window;
        window.setRegister(std::move(opened));
        window.show();
        QCOMPARE(window.table()->model()->rowCount(), int(counts.value(section)));
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("orgTree"))->model();
        const QModelIndex all = tree->index(0, 0);
        QCOMPARE(all.data(OrgTreeModel::AssetCountRole).toLongLong(), counts.value(section));
        QCOMPARE(tree->rowCount(all), 1); // only the body their section belongs to
        // What a section head may not do is disabled, with the reason.
        auto* edit = window.findChild<QAction*>(QStringLiteral("peopleAction"));
        QVERIFY(edit->isEnabled()); // they may look at people and roles
        QVERIFY(!window.currentRegister()->mayManage());
        QVERIFY(window.currentRegister()->mayCreateAssets());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
