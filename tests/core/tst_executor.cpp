// SPDX-License-Identifier: MIT
// The ThreadPoolExecutor and its futures: Python's concurrent.futures rules, checked through real runs,
// and what they leave in the trace. No timing assertions: orders, counts and states only.
#include "fnscenario.h"

#include "pool/ascompleted.h"
#include "pool/executor.h"
#include "pool/future.h"
#include "sync/eventflag.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

using namespace interleave;
using namespace Qt::StringLiterals;

class TestExecutor : public QObject {
    Q_OBJECT
private slots:
    void testSubmitResult();
    void testLazyWorkers_data();
    void testLazyWorkers();
    void testMapKeepsInputOrder();
    void testMapRaisesAndCancelsTheRest();
    void testAsCompleted();
    void testAsCompletedTimeout();
    void testCancel();
    void testCancelRacesStart();
    void testDoneCallbacks();
    void testException();
    void testShutdown_data();
    void testShutdown();
    void testSubmitAfterShutdown();
    void testQueueInTheTrace();
    void testBadMaxWorkers();
    void testTaskWaitingForItsOwnFutureIsADeadlock();
    void testStopEndsEveryWait();
};

namespace {

// The main thread polls (sleeping) until `pred` holds; the engine ends the run if it never does.
void waitUntil(RunContext& ctx, const std::function<bool()>& pred)
{
    while (!pred())
        ctx.sleepMs(1);
}

std::vector<Instant> instantsOf(const Trace& t, InstantKind kind, int resource = -1)
{
    std::vector<Instant> out;
    for (const Instant& i : t.instants()) {
        if (i.kind == kind && (resource < 0 || i.resource == resource))
            out.push_back(i);
    }
    return out;
}

int countFlows(const Trace& t, FlowKind kind)
{
    return int(std::count_if(t.flows().begin(), t.flows().end(), [kind](const Flow& f) { return f.kind == kind; }));
}

QString errorOf(const std::function<void()>& fn)
{
    try {
        fn();
    } catch (const PyError& e) {
        return Future::errorText(e);
    }
    return {};
}

} // namespace

void TestExecutor::testSubmitResult()
{
    QVariant result;
    bool doneBefore = true;
    bool doneAfter = false;
    bool runningAfter = true;
    bool cancelledAfter = true;
    const Trace trace = runFn([&](RunContext& ctx) {
        Executor& ex = ctx.make<Executor>(ctx, 2);
        EventFlag& go = ctx.make<EventFlag>(ctx, u"go"_s);
        Future* submitted = nullptr;
        Future& f = ex.submit([&] {
            go.wait();
            // Finish only once the main thread waits in result(): otherwise, on a busy machine, the
            // result can be ready before main asks and main never waits (failed so under TSan in CI).
            const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(20);
            while (submitted->waiters().empty() && std::chrono::steady_clock::now() < giveUp)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            return QVariant(6 * 7);
        });
        submitted = &f;
        doneBefore = f.done();
        go.set();
        result = f.result();
        doneAfter = f.done();
        runningAfter = f.running();
        cancelledAfter = f.cancelled();
        ex.shutdown();
    });
    QCOMPARE(result.toInt(), 42);
    QVERIFY(!doneBefore);
    QVERIFY(doneAfter);
    QVERIFY(!runningAfter);
    QVERIFY(!cancelledAfter);

    const int worker = actorNamed(trace, u"ThreadPoolExecutor-0_0"_s);
    const int future = resourceNamed(trace, u"future-0"_s);
    const int main = actorNamed(trace, u"MainThread"_s);
    QVERIFY(worker >= 0);
    QVERIFY(future >= 0);
    QCOMPARE(trace.resources()[std::size_t(future)].kind, ResourceKind::Future);
    // submit -> start, from the main thread to the worker, on the future.
    int submits = 0;
    for (const Flow& f : trace.flows()) {
        if (f.kind == FlowKind::Submit) {
            ++submits;
            QCOMPARE(f.fromActor, main);
            QCOMPARE(f.toActor, worker);
            QCOMPARE(f.resource, future);
        }
    }
    QCOMPARE(submits, 1);
    // The result as an instant on the worker, the future held while it ran, the waiter woken by it.
    const auto results = instantsOf(trace, InstantKind::Result, future);
    QCOMPARE(int(results.size()), 1);
    QCOMPARE(results[0].actor, worker);
    QCOMPARE(results[0].value, 42);
    QCOMPARE(results[0].text, u"42"_s);
    QCOMPARE(int(trace.holds(future).size()), 1);
    QCOMPARE(trace.holds(future)[0].actor, worker);
    bool mainWaitedOnFuture = false;
    for (const StateInterval& s : trace.states(main))
        mainWaitedOnFuture = mainWaitedOnFuture || (s.state == State::Waiting && s.resource == future);
    QVERIFY(mainWaitedOnFuture);
    QCOMPARE(countFlows(trace, FlowKind::Wake), 1);
    QCOMPARE(trace.states(worker).back().state, State::Done);
}

void TestExecutor::testLazyWorkers_data()
{
    QTest::addColumn<int>("maxWorkers");
    QTest::addColumn<int>("tasks");
    QTest::addColumn<bool>("oneAtATime");
    QTest::addColumn<int>("threads");
    QTest::newRow("5 at once, 3 workers") << 3 << 5 << false << 3;
    QTest::newRow("2 at once, 8 workers") << 8 << 2 << false << 2;
    QTest::newRow("one at a time reuses the idle worker") << 4 << 5 << true << 1;
}

void TestExecutor::testLazyWorkers()
{
    QFETCH(int, maxWorkers);
    QFETCH(int, tasks);
    QFETCH(bool, oneAtATime);
    QFETCH(int, threads);
    int threadCount = -1;
    const Trace trace = runFn([&](RunContext& ctx) {
        Executor& ex = ctx.make<Executor>(ctx, maxWorkers);
        EventFlag& go = ctx.make<EventFlag>(ctx, u"go"_s);
        std::vector<Future*> futures;
        for (int i = 0; i < tasks; ++i) {
            futures.push_back(&ex.submit([&go, i] {
                go.wait();
                return QVariant(i);
            }));
            if (oneAtATime) {
                go.set();
                futures.back()->result();
                // Python counts a worker idle once it has finished its item: wait for that moment.
                waitUntil(ctx, [&] { return ex.queue().waiters().size() == 1; });
            }
        }
        go.set();
        for (Future* f : futures)
            f->result();
        threadCount = ex.threadCount();
        ex.shutdown();
    });
    QCOMPARE(threadCount, threads);
    QStringList names;
    for (const ActorInfo& a : trace.actors()) {
        if (a.kind == ActorKind::Thread)
            names << a.name;
    }
    QStringList expected;
    for (int k = 0; k < threads; ++k)
        expected << u"ThreadPoolExecutor-0_%1"_s.arg(k);
    QCOMPARE(names, expected);
}

void TestExecutor::testMapKeepsInputOrder()
{
    // Durations reversed: the last item is the shortest, so it finishes first.
    const int n = 5;
    QVariantList results;
    QList<int> completion;
    std::mutex m;
    runFn([&](RunContext& ctx) {
        Executor& ex = ctx.make<Executor>(ctx, n);
        QVariantList items;
        for (int i = 0; i < n; ++i)
            items << i;
        results = ex.map(
            [&](const QVariant& v) {
                const int i = v.toInt();
                ctx.sleepMs(60.0 * (n - 1 - i));
                std::lock_guard lock(m);
                completion << i;
                return QVariant(i * i);
            },
            items);
        ex.shutdown();
    });
    QCOMPARE(results, (QVariantList { 0, 1, 4, 9, 16 }));
    QCOMPARE(completion.size(), n);
    QVERIFY2(completion.first() != 0, "the longest item finished first: the durations did not matter");
}

void TestExecutor::testMapRaisesAndCancelsTheRest()
{
    QString error;
    std::mutex m;
    QList<int> ran;
    runFn([&](RunContext& ctx) {
        // One worker: item 1 raises; item 2 may have started by then (it waits for `go`), the later ones
        // are still queued when map() gives up, and must never run.
        Executor& ex = ctx.make<Executor>(ctx, 1);
        EventFlag& go = ctx.make<EventFlag>(ctx, u"go"_s);
        try {
            ex.map(
                [&](const QVariant& v) -> QVariant {
                    {
                        std::lock_guard lock(m);
                        ran << v.toInt();
                    }
                    if (v.toInt() == 1)
                        throw PyError { u"ValueError"_s, u"bad item 1"_s };
                    if (v.toInt() >= 2)
                        go.wait();
                    return v;
                },
                QVariantList { 0, 1, 2, 3, 4, 5 });
        } catch (const PyError& e) {
            error = Future::errorText(e);
        }
        go.set();
        ex.shutdown();
    });
    QCOMPARE(error, u"ValueError: bad item 1"_s);
    QVERIFY2(ran == (QList<int> { 0, 1 }) || ran == (QList<int> { 0, 1, 2 }), qPrintable(QString::number(ran.size())));
}

void TestExecutor::testAsCompleted()
{
    // Each item waits for its own go: the order they finish in is set by the main thread.
    const QList<int> order { 2, 0, 3, 1 };
    QList<int> yielded;
    QList<int> yieldedWithDone;
    const Trace trace = runFn([&](RunContext& ctx) {
        Executor& ex = ctx.make<Executor>(ctx, 4);
        std::vector<EventFlag*> go;
        std::vector<Future*> futures;
        for (int i = 0; i < 4; ++i) {
            go.push_back(&ctx.make<EventFlag>(ctx, u"go-%1"_s.arg(i)));
            EventFlag* g = go.back();
            futures.push_back(&ex.submit([g, i] {
                g->wait();
                return QVariant(i);
            }));
        }
        {
            AsCompleted it(ctx, futures);
            // Releases the next item only once the previous one has been yielded.
            for (int k = 0; k < 4; ++k) {
                go[std::size_t(order[k])]->set();
                Future* f = it.next();
                yielded << f->index();
            }
            QVERIFY(it.next() == nullptr);
        }
        // Already done futures are yielded at once.
        AsCompleted again(ctx, futures);
        while (Future* f = again.next())
            yieldedWithDone << f->result().toInt();
        ex.shutdown();
    });
    QCOMPARE(yielded, order);
    QCOMPARE(yieldedWithDone, (QList<int> { 0, 1, 2, 3 }));
    // A future that finished while the main thread was parked woke it: an arrow from the worker.
    const int main = actorNamed(trace, u"MainThread"_s);
    for (const Flow& f : trace.flows()) {
        if (f.kind == FlowKind::Wake) {
            QCOMPARE(f.toActor, main);
            QVERIFY(trace.actors()[std::size_t(f.fromActor)].name.startsWith(u"ThreadPoolExecutor-0_"_s));
        }
    }
}

void TestExecutor::testAsCompletedTimeout()
{
    QString error;
    int first = -1;
    runFn([&](RunContext& ctx) {
        Executor& ex = ctx.make<Executor>(ctx, 2);
        EventFlag& go = ctx.make<EventFlag>(ctx, u"go"_s);
        std::vector<Future*> futures { &ex.submit([] { return QVariant(0); }), &ex.submit([&go] {
                                          go.wait();
                                          return QVariant(1);
                                      }) };
        AsCompleted it(ctx, futures, 50);
        first = it.next()->index();
        error = errorOf([&] { it.next(); });
        go.set();
        ex.shutdown();
    });
    QCOMPARE(first, 0);
    QCOMPARE(error, u"TimeoutError: 1 (of 2) futures unfinished"_s);
}

void TestExecutor::testCancel()
{
    bool cancelRunning = true;
    bool cancelQueued = false;
    bool cancelQueuedAgain = false;
    bool cancelFinished = true;
    bool queuedCancelled = false;
    bool queuedDone = false;
    QString queuedResult;
    QString queuedException;
    std::atomic<bool> queuedRan { false };
    const Trace trace = runFn([&](RunContext& ctx) {
        Executor& ex = ctx.make<Executor>(ctx, 1);
        EventFlag& go = ctx.make<EventFlag>(ctx, u"go"_s);
        Future& running = ex.submit([&go] {
            go.wait();
            return QVariant(1);
        });
        Future& queued = ex.submit([&queuedRan] {
            queuedRan = true;
            return QVariant(2);
        });
        waitUntil(ctx, [&] { return running.running(); });
        cancelRunning = running.cancel();
        cancelQueued = queued.cancel();
        cancelQueuedAgain = queued.cancel();
        queuedCancelled = queued.cancelled();
        queuedDone = queued.done();
        queuedResult = errorOf([&] { queued.result(); });
        queuedException = errorOf([&] { queued.exception(); });
        go.set();
        running.result();
        cancelFinished = running.cancel();
        ex.shutdown();
    });
    QVERIFY(!cancelRunning);
    QVERIFY(cancelQueued);
    QVERIFY(cancelQueuedAgain);
    QVERIFY(queuedCancelled);
    QVERIFY(queuedDone);
    QVERIFY(!cancelFinished);
    QCOMPARE(queuedResult, u"CancelledError"_s);
    QCOMPARE(queuedException, u"CancelledError"_s);
    QVERIFY(!queuedRan.load());
    const int queued = resourceNamed(trace, u"future-1"_s);
    QCOMPARE(int(instantsOf(trace, InstantKind::Cancel, queued).size()), 1);
    QCOMPARE(int(instantsOf(trace, InstantKind::Cancel).size()), 1);
    QVERIFY(trace.holds(queued).empty());
    // Only the item that ran has a complete submit -> start arrow.
    QCOMPARE(countFlows(trace, FlowKind::Submit), 1);
}

void TestExecutor::testCancelRacesStart()
{
    // submit() then cancel() at once, over and over: the worker's start and the cancel race, and
    // exactly one of them must win each time.
    const int rounds = 300;
    int cancelledAndRan = 0;
    int neither = 0;
    int cancelledCount = 0;
    int ranCount = 0;
    int mismatched = 0;
    runFn([&](RunContext& ctx) {
        Executor& ex = ctx.make<Executor>(ctx, 2);
        for (int r = 0; r < rounds; ++r) {
            auto ran = std::make_shared<std::atomic<bool>>(false);
            Future& f = ex.submit([ran] {
                ran->store(true);
                return QVariant();
            });
            // A varying head start for the worker, so that both sides win some of the races.
            const auto until = std::chrono::steady_clock::now() + std::chrono::microseconds(r % 40);
            while (std::chrono::steady_clock::now() < until) { }
            const bool cancelled = f.cancel();
            bool finished = true;
            try {
                f.result();
            } catch (const PyError&) {
                finished = false;
            }
            cancelledCount += cancelled;
            ranCount += ran->load();
            cancelledAndRan += cancelled && ran->load();
            neither += !cancelled && !ran->load();
            mismatched += cancelled != f.cancelled() || finished == cancelled;
        }
        ex.shutdown();
    });
    QCOMPARE(cancelledAndRan, 0);
    QCOMPARE(neither, 0);
    QCOMPARE(mismatched, 0);
    QCOMPARE(cancelledCount + ranCount, rounds);
    qInfo("cancel won %d of %d races", cancelledCount, rounds);
}

void TestExecutor::testDoneCallbacks()
{
    struct Call {
        QString name;
        int actor;
        int future;
    };
    QList<Call> calls;
    std::mutex m;
    int main = -1;
    int afterAdd = -1;
    const Trace trace = runFn([&](RunContext& ctx) {
        main = RunContext::currentActor();
        Executor& ex = ctx.make<Executor>(ctx, 1);
        EventFlag& go = ctx.make<EventFlag>(ctx, u"go"_s);
        auto record = [&](const QString& name) {
            return [&, name](Future& f) {
                std::lock_guard lock(m);
                calls << Call { name, RunContext::currentActor(), f.index() };
            };
        };
        Future& a = ex.submit([&go] {
            go.wait();
            return QVariant(1);
        });
        Future& b = ex.submit([] { return QVariant(2); });
        a.addDoneCallback(record(u"pending"_s));
        a.addDoneCallback(record(u"pending, second"_s));
        b.addDoneCallback(record(u"cancelled"_s));
        b.cancel();
        go.set();
        a.result();
        // As in Python, result() may return before the worker has run the callbacks: wait for them.
        waitUntil(ctx, [&] {
            std::lock_guard lock(m);
            return calls.size() == 3;
        });
        {
            std::lock_guard lock(m);
            afterAdd = int(calls.size());
        }
        a.addDoneCallback(record(u"already done"_s));
        {
            std::lock_guard lock(m);
            afterAdd = int(calls.size()) - afterAdd;
        }
        ex.shutdown();
    });
    const int worker = actorNamed(trace, u"ThreadPoolExecutor-0_0"_s);
    QCOMPARE(calls.size(), 4);
    QCOMPARE(calls[0].name, u"cancelled"_s); // by cancel(), on the canceller
    QCOMPARE(calls[0].actor, main);
    QCOMPARE(calls[0].future, 1);
    QCOMPARE(calls[1].name, u"pending"_s); // on the worker that finished the future, in order
    QCOMPARE(calls[1].actor, worker);
    QCOMPARE(calls[2].name, u"pending, second"_s);
    QCOMPARE(calls[3].name, u"already done"_s); // at once, on the caller
    QCOMPARE(calls[3].actor, main);
    QCOMPARE(afterAdd, 1);
}

void TestExecutor::testException()
{
    QString fromResult;
    QString fromException;
    QVariant next;
    bool done = false;
    const Trace trace = runFn([&](RunContext& ctx) {
        Executor& ex = ctx.make<Executor>(ctx, 1);
        Future& bad = ex.submit([]() -> QVariant { throw PyError { u"ValueError"_s, u"boom"_s }; });
        Future& good = ex.submit([] { return QVariant(7); });
        fromResult = errorOf([&] { bad.result(); });
        const auto e = bad.exception();
        fromException = e ? Future::errorText(*e) : QString();
        done = bad.done();
        next = good.result();
        ex.shutdown();
    });
    QCOMPARE(fromResult, u"ValueError: boom"_s);
    QCOMPARE(fromException, u"ValueError: boom"_s);
    QVERIFY(done);
    QCOMPARE(next.toInt(), 7); // the same worker ran on: the exception stayed in the future
    const int worker = actorNamed(trace, u"ThreadPoolExecutor-0_0"_s);
    const int main = actorNamed(trace, u"MainThread"_s);
    const int bad = resourceNamed(trace, u"future-0"_s);
    const auto raised = instantsOf(trace, InstantKind::Exception, bad);
    QCOMPARE(int(raised.size()), 2); // in the worker, then again in the caller's result()
    QCOMPARE(raised[0].actor, worker);
    QCOMPARE(raised[0].text, u"ValueError: boom"_s);
    QCOMPARE(raised[1].actor, main);
    QCOMPARE(trace.states(worker).back().state, State::Done);
}

void TestExecutor::testShutdown_data()
{
    QTest::addColumn<bool>("wait");
    QTest::addColumn<bool>("cancelFutures");
    QTest::newRow("wait") << true << false;
    QTest::newRow("wait, cancel_futures") << true << true;
    QTest::newRow("no wait") << false << false;
    QTest::newRow("no wait, cancel_futures") << false << true;
}

void TestExecutor::testShutdown()
{
    QFETCH(bool, wait);
    QFETCH(bool, cancelFutures);
    // 2 workers, 5 items: 2 start, 3 stay queued until the workers are let go.
    const int tasks = 5;
    int doneOnReturn = 0;
    int cancelledOnReturn = 0;
    QList<int> cancelled;
    int ran = 0;
    int aliveOnReturn = 0;
    std::atomic<int> started { 0 };
    const Trace trace = runFn([&](RunContext& ctx) {
        Executor& ex = ctx.make<Executor>(ctx, 2);
        EventFlag& go = ctx.make<EventFlag>(ctx, u"go"_s);
        std::vector<Future*> futures;
        for (int i = 0; i < tasks; ++i) {
            futures.push_back(&ex.submit([&, i] {
                started.fetch_add(1);
                ctx.sleepMs(20);
                if (i < 2)
                    go.wait(); // the first two hold the workers until the main thread says so
                return QVariant(i);
            }));
        }
        waitUntil(ctx, [&] { return started.load() == 2; });
        if (wait) {
            // shutdown(wait=True) must wait for the two blocked items: let them go from a helper.
            Thread helper(ctx, u"helper"_s, [&] {
                ctx.sleepMs(30);
                go.set();
            });
            helper.start();
            ex.shutdown(true, cancelFutures);
            helper.join();
        } else {
            ex.shutdown(false, cancelFutures);
        }
        for (Future* f : futures) {
            doneOnReturn += f->done() && !f->cancelled();
            cancelledOnReturn += f->cancelled();
        }
        for (const Thread& t : ex.threads())
            aliveOnReturn += t.isAlive();
        go.set();
        for (Future* f : futures) {
            if (f->cancelled())
                cancelled << f->index();
            else
                ran += f->result().toInt() >= 0;
        }
    });
    if (cancelFutures) {
        QCOMPARE(cancelled, (QList<int> { 2, 3, 4 })); // the queued ones; the two running finish
        QCOMPARE(ran, 2);
        QCOMPARE(cancelledOnReturn, 3);
    } else {
        QVERIFY(cancelled.isEmpty());
        QCOMPARE(ran, tasks); // queued work still runs after shutdown
    }
    if (wait) {
        QCOMPARE(aliveOnReturn, 0);
        QCOMPARE(doneOnReturn, cancelFutures ? 2 : tasks);
    } else {
        QCOMPARE(doneOnReturn, 0); // returned at once: the first two were still held
        QVERIFY(aliveOnReturn > 0);
    }
    // Every worker ended on its own (the sentinel), none was cut off.
    for (const ActorInfo& a : trace.actors()) {
        if (a.name.startsWith(u"ThreadPoolExecutor-"_s))
            QCOMPARE(trace.states(actorNamed(trace, a.name)).back().state, State::Done);
    }
}

void TestExecutor::testSubmitAfterShutdown()
{
    QString error;
    runFn([&](RunContext& ctx) {
        Executor& ex = ctx.make<Executor>(ctx, 2);
        ex.submit([] { return QVariant(1); });
        ex.shutdown();
        error = errorOf([&] { ex.submit([] { return QVariant(2); }); });
    });
    QCOMPARE(error, u"RuntimeError: cannot schedule new futures after shutdown"_s);
}

void TestExecutor::testQueueInTheTrace()
{
    // One worker held busy: the other five items wait in the queue, and the idle worker waits on it.
    int peak = -1;
    const Trace trace = runFn([&](RunContext& ctx) {
        Executor& ex = ctx.make<Executor>(ctx, 1);
        EventFlag& go = ctx.make<EventFlag>(ctx, u"go"_s);
        std::vector<Future*> futures;
        for (int i = 0; i < 6; ++i) {
            futures.push_back(&ex.submit([&go] {
                go.wait();
                return QVariant(0);
            }));
        }
        peak = ex.queue().size();
        go.set();
        for (Future* f : futures)
            f->result();
        // The worker is idle on the queue once it has finished the last item.
        waitUntil(ctx, [&] { return ex.queue().waiters().size() == 1; });
        ex.shutdown();
    });
    const int queue = resourceNamed(trace, u"work queue"_s);
    const int pool = resourceNamed(trace, u"ThreadPoolExecutor"_s);
    QVERIFY(queue >= 0 && pool >= 0);
    QCOMPARE(trace.resources()[std::size_t(pool)].capacity, 1);
    QVERIFY(peak >= 5);
    qint64 most = 0;
    for (const CounterPoint& p : trace.counter(queue))
        most = std::max(most, p.value);
    QCOMPARE(most, qint64(peak));
    QCOMPARE(trace.counter(queue).back().value, 0);
    qint64 busy = 0;
    for (const CounterPoint& p : trace.counter(pool))
        busy = std::max(busy, p.value);
    QCOMPARE(busy, 1);
    const int worker = actorNamed(trace, u"ThreadPoolExecutor-0_0"_s);
    bool idleOnQueue = false;
    for (const StateInterval& s : trace.states(worker))
        idleOnQueue = idleOnQueue || (s.state == State::Waiting && s.resource == queue);
    QVERIFY(idleOnQueue);
    QCOMPARE(countFlows(trace, FlowKind::Submit), 6);
}

void TestExecutor::testBadMaxWorkers()
{
    QString error;
    runFn([&](RunContext& ctx) { error = errorOf([&] { ctx.make<Executor>(ctx, 0); }); });
    QCOMPARE(error, u"ValueError: max_workers must be greater than 0"_s);
}

void TestExecutor::testTaskWaitingForItsOwnFutureIsADeadlock()
{
    const Trace trace = runFn(
        [](RunContext& ctx) {
            Executor& ex = ctx.make<Executor>(ctx, 1);
            Future* self = nullptr;
            std::atomic<Future*> shared { nullptr };
            Future& f = ex.submit([&shared, &ctx] {
                waitUntil(ctx, [&] { return shared.load() != nullptr; });
                return shared.load()->result();
            });
            self = &f;
            shared = self;
            f.result();
        },
        20000);
    QCOMPARE(trace.meta().outcome.value(u"deadlock"_s).toBool(), true);
    const QStringList cycle = trace.meta().outcome.value(u"cycle"_s).toStringList();
    QVERIFY2(cycle.contains(u"ThreadPoolExecutor-0_0"_s), qPrintable(cycle.join(u", "_s)));
}

void TestExecutor::testStopEndsEveryWait()
{
    // The time limit stops a run with a worker sleeping, items queued, and the main thread in result().
    const Trace trace = runFn(
        [](RunContext& ctx) {
            Executor& ex = ctx.make<Executor>(ctx, 1);
            std::vector<Future*> futures;
            for (int i = 0; i < 3; ++i)
                futures.push_back(&ex.submit([&ctx] {
                    ctx.sleepMs(60000);
                    return QVariant(0);
                }));
            AsCompleted it(ctx, futures);
            it.next();
        },
        300);
    QCOMPARE(trace.meta().outcome.value(u"stopped"_s).toString(), u"time limit"_s);
    const int worker = actorNamed(trace, u"ThreadPoolExecutor-0_0"_s);
    QCOMPARE(trace.states(worker).back().state, State::Cancelled);
}

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
