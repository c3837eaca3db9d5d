#include "exchange/SerialWorker.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace daicho;

class TestSerialWorker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runsJobsInOrderOnItsOwnThread()
    {
        std::vector<int> seen; // touched by the worker only until run() returns
        std::thread::id worker;
        {
            SerialWorker serial;
            for (int i = 0; i < 1000; ++i)
                serial.post([&seen, i] { seen.push_back(i); });
            serial.run([&worker] { worker = std::this_thread::get_id(); });
            QCOMPARE(int(seen.size()), 1000);
        }
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(seen[size_t(i)], i);
        QVERIFY(worker != std::thread::id());
        QVERIFY(worker != std::this_thread::get_id());
    }

    void runWaitsForTheJobsBeforeIt()
    {
        SerialWorker serial;
        std::atomic<int> done{0};
        for (int i = 0; i < 5; ++i) {
            serial.post([&done] {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                ++done;
            });
        }
        int seenByRun = -1;
        serial.run([&] { seenByRun = done.load(); });
        QCOMPARE(seenByRun, 5);
        QCOMPARE(done.load(), 5);
    }

    // A producer faster than the worker waits: no more than kMaxQueued jobs are ever queued.
    void postWaitsWhileTheQueueIsFull()
    {
        SerialWorker serial;
        std::atomic<bool> release{false};
        std::atomic<int> started{0};
        serial.post([&] {
            ++started;
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        });
        while (started == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::atomic<int> posted{0};
        std::thread producer([&] {
            for (size_t i = 0; i < SerialWorker::kMaxQueued + 5; ++i) {
                serial.post([] {});
                ++posted;
            }
        });
        // The first job blocks the worker: the producer fills the queue and then has to wait.
        QTRY_COMPARE(posted.load(), int(SerialWorker::kMaxQueued));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        QCOMPARE(posted.load(), int(SerialWorker::kMaxQueued));
        release = true;
        producer.join();
        QCOMPARE(posted.load(), int(SerialWorker::kMaxQueued + 5));
    }

    void endsAfterTheJobsStillQueued()
    {
        std::atomic<int> done{0};
        {
            SerialWorker serial;
            for (int i = 0; i < 50; ++i)
                serial.post([&done] { ++done; });
        }
        QCOMPARE(done.load(), 50);
    }

    // A window waiting for a long job is asked first and then every interval; its "no" is kept
    // and returned, and the job still runs to its end.
    void asksWhileALongJobRuns()
    {
        SerialWorker serial;
        int asked = 0;
        bool ran = false;
        const bool kept = serial.run(
            [&ran] {
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
                ran = true;
            },
            [&asked] { return ++asked != 2; }, std::chrono::milliseconds(5));
        QVERIFY(ran);
        QVERIFY(!kept);
        QVERIFY2(asked >= 3, qPrintable(QString::number(asked))); // first, then while the job slept
    }

    void aQuickJobIsAskedAboutOnce()
    {
        SerialWorker serial;
        int asked = 0;
        QVERIFY(serial.run([] {}, [&asked] { return ++asked > 0; }, std::chrono::seconds(10)));
        QCOMPARE(asked, 1);
    }
};

QTEST_GUILESS_MAIN(TestSerialWorker)
#include "tst_serialworker.moc"
