#include "exchange/MappedRowStream.h"

#include <QTest>

using namespace daicho;

namespace {

// Rows "A-0000001", "A-0000002", … with a name each; optionally fails after some rows.
class CountingSource : public TableSource {
public:
    CountingSource(int rows, int failAfter = -1)
        : m_rows(rows)
        , m_failAfter(failAfter)
    {
    }
    bool next(SourceRow& row) override
    {
        if (m_given == m_failAfter) {
            m_error = QStringLiteral("broken at %1").arg(m_given);
            return false;
        }
        if (m_given >= m_rows)
            return false;
        ++m_given;
        row.line = m_given + 1; // the header is line 1
        row.cells = {QStringLiteral("A-%1").arg(m_given, 7, 10, QLatin1Char('0')),
                     QStringLiteral("資産 %1").arg(m_given)};
        return true;
    }
    QString error() const override { return m_error; }
    int given() const { return m_given; }

private:
    int m_rows;
    int m_failAfter;
    int m_given = 0;
    QString m_error;
};

LedgerRowMapper mapper()
{
    return LedgerRowMapper(LedgerHeader::fromCells({QStringLiteral("資産ID"), QStringLiteral("資産名称")}));
}

} // namespace

class TestMappedRowStream : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void givesEveryRowInOrderAcrossBatches()
    {
        // Many batches, the reused row taken back each time: every row must still arrive whole.
        const int count = int(MappedRowStream::kBatchRows * (MappedRowStream::kMaxBatches * 3) + 17);
        CountingSource source(count);
        const LedgerRowMapper map = mapper();
        MappedRowStream stream(source, map);
        LedgerRow row;
        int seen = 0;
        while (stream.next(row)) {
            ++seen;
            QCOMPARE(row.line, qint64(seen + 1));
            QCOMPARE(row.asset.code, QStringLiteral("A-%1").arg(seen, 7, 10, QLatin1Char('0')));
            QCOMPARE(row.asset.name, QStringLiteral("資産 %1").arg(seen));
            row.asset.name += QStringLiteral("（取込済）"); // what the caller does to its row is its own
        }
        QCOMPARE(seen, count);
        QVERIFY(stream.error().isEmpty());
        QVERIFY(!stream.next(row)); // and stays at the end
    }

    void reportsTheSourcesError()
    {
        CountingSource source(1000, 300);
        const LedgerRowMapper map = mapper();
        MappedRowStream stream(source, map);
        LedgerRow row;
        int seen = 0;
        while (stream.next(row))
            ++seen;
        QCOMPARE(seen, 300);
        QCOMPARE(stream.error(), QStringLiteral("broken at 300"));
    }

    void stopsReadingWhenLeftEarly()
    {
        CountingSource source(1'000'000);
        {
            const LedgerRowMapper map = mapper();
            MappedRowStream stream(source, map);
            LedgerRow row;
            QVERIFY(stream.next(row));
            QCOMPARE(row.asset.code, QStringLiteral("A-0000001"));
        } // the reader stops: it never runs far ahead of what was taken
        QVERIFY(source.given() <= int(MappedRowStream::kBatchRows * (MappedRowStream::kMaxBatches + 3)));
    }
};

QTEST_GUILESS_MAIN(TestMappedRowStream)
#include "tst_mappedrowstream.moc"
