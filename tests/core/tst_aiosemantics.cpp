// SPDX-License-Identifier: MIT
// asyncio's rules, one by one: gather, wait, wait_for, cancel, shield, Lock, Semaphore, Event,
// Condition, Queue, async generators, run_in_executor, and the diagnosis of a stuck loop.
#include "aio/aio.h"
#include "fnscenario.h"

#include <QElapsedTimer>
#include <QTest>

using namespace interleave;
using namespace interleave::aio;
using namespace Qt::StringLiterals;

namespace {

EventLoop* loop()
{
    return EventLoop::current();
}

State finalStateOf(const Trace& t, const QString& name)
{
    const int a = actorNamed(t, name);
    if (a < 0)
        return State::Running;
    const auto& lane = t.states(a);
    return lane.empty() ? State::Running : lane.back().state;
}

QString errorType(const std::exception_ptr& e)
{
    try {
        std::rethrow_exception(e);
    } catch (const PyError& err) {
        return err.type;
    } catch (const CancelledError&) {
        return u"CancelledError"_s;
    } catch (...) {
        return u"?"_s;
    }
}

struct Log {
    QStringList lines;
    void add(const QString& s) { lines << s; }
};

Async<int> work(int value, int ms, Log* log, bool fail = false)
{
    try {
        co_await aio::sleep(ms);
    } catch (const CancelledError&) {
        log->add(u"cancelled %1"_s.arg(value));
        throw;
    }
    if (fail)
        throw PyError { u"ValueError"_s, u"bad %1"_s.arg(value) };
    log->add(u"done %1"_s.arg(value));
    co_return value;
}

std::vector<Task<int>> spawn(const QList<int>& delays, Log* log, int failIndex = -1)
{
    std::vector<Task<int>> tasks;
    for (int i = 0; i < delays.size(); ++i)
        tasks.push_back(loop()->createTask(work(i, delays[i], log, i == failIndex)));
    return tasks;
}

// gather ------------------------------------------------------------------------------------------

Async<QList<int>> gatherOrder(Log* log)
{
    auto tasks = spawn(QList<int> { 60, 10, 30 }, log); // outside co_await: GCC 12 and init lists
    auto results = co_await gather(tasks);
    co_return QList<int>(results.begin(), results.end());
}

Async<QString> gatherFails(Log* log)
{
    auto tasks = spawn({ 60, 10, 30 }, log, 2);
    QString out;
    try {
        co_await gather(tasks);
        out = u"no error"_s;
    } catch (const PyError& e) {
        out = e.type + u": "_s + e.message;
    }
    // The others keep running after the exception reached the caller.
    out += tasks[0].done() ? u" | first already done"_s : u" | first still running"_s;
    co_await aio::sleep(100);
    out += tasks[0].done() && !tasks[0].cancelled() ? u" | first finished"_s : u" | first lost"_s;
    co_return out;
}

Async<QStringList> gatherSettles(Log* log)
{
    auto tasks = spawn({ 30, 10, 20 }, log, 1);
    tasks[2].cancel();
    auto results = co_await gatherSettled(tasks);
    QStringList out;
    for (const auto& r : results)
        out << (r.ok() ? QString::number(*r.value) : r.cancelled ? u"cancelled"_s : errorType(r.error));
    co_return out;
}

Async<int> gatherAll(Log* log)
{
    auto tasks = spawn(QList<int> { 1000, 1000 }, log);
    auto results = co_await gather(tasks);
    co_return int(results.size());
}

Async<QString> gatherCancelled(Log* log)
{
    Task<int> outer = loop()->createTask(gatherAll(log), u"outer"_s);
    co_await aio::sleep(20);
    outer.cancel();
    try {
        co_await outer;
    } catch (const CancelledError&) {
        co_return u"outer cancelled"_s;
    }
    co_return u"outer finished"_s;
}

// wait --------------------------------------------------------------------------------------------

Async<QString> waitFirst(int when, double timeoutMs, Log* log)
{
    auto tasks = spawn({ 80, 10, 40 }, log, when == int(ReturnWhen::FirstException) ? 2 : -1);
    auto r = co_await wait(tasks, ReturnWhen(when), timeoutMs);
    QStringList done;
    for (auto& t : r.done)
        done << QString::number(int(
            std::find_if(tasks.begin(), tasks.end(), [&](auto& x) { return x.core() == t.core(); }) - tasks.begin()));
    for (auto& t : r.pending)
        t.cancel();
    co_return done.join(u',') + u" / "_s + QString::number(r.pending.size());
}

// wait_for ----------------------------------------------------------------------------------------

Async<QString> waitForTimeout(int workMs, int timeoutMs, Log* log)
{
    try {
        const int v = co_await waitFor(work(7, workMs, log), timeoutMs);
        co_return u"result %1"_s.arg(v);
    } catch (const PyError& e) {
        co_return e.type;
    }
}

Async<int> waitForInner(Log* log)
{
    co_return co_await waitFor(work(5, 1000, log), 5000);
}

Async<QString> waitForCancelled(Log* log)
{
    Task<int> outer = loop()->createTask(waitForInner(log), u"outer"_s);
    co_await aio::sleep(20);
    outer.cancel();
    try {
        co_await outer;
    } catch (const CancelledError&) {
        co_return u"outer cancelled"_s;
    }
    co_return u"outer finished"_s;
}

// cancel ------------------------------------------------------------------------------------------

Async<int> stubborn(Log* log)
{
    try {
        co_await aio::sleep(1000);
    } catch (const CancelledError&) {
        log->add(u"swallowed"_s);
    }
    co_return 42;
}

Async<int> neverStarts(Log* log)
{
    log->add(u"body ran"_s);
    co_return 1;
}

Async<QString> cancels(Log* log)
{
    Task<int> a = loop()->createTask(work(1, 1000, log), u"a"_s);
    Task<int> b = loop()->createTask(stubborn(log), u"b"_s);
    Task<int> c = loop()->createTask(neverStarts(log), u"c"_s);
    c.cancel(); // before its first step
    co_await aio::sleep(10);
    a.cancel();
    b.cancel();
    QString out;
    try {
        co_await a;
    } catch (const CancelledError&) {
        out += u"a cancelled"_s;
    }
    out += u", b returned %1"_s.arg(co_await b);
    out += c.cancelled() ? u", c cancelled"_s : u", c ran"_s;
    out += a.cancel() ? u", cancel again true"_s : u", cancel again false"_s;
    co_return out;
}

// shield ------------------------------------------------------------------------------------------

Async<int> shielded(Task<int> inner)
{
    co_return co_await shield(inner);
}

Async<QString> shields(Log* log)
{
    Task<int> inner = loop()->createTask(work(9, 60, log), u"inner"_s);
    Task<int> outer = loop()->createTask(shielded(inner), u"outer"_s);
    co_await aio::sleep(10);
    outer.cancel();
    QString out;
    try {
        co_await outer;
    } catch (const CancelledError&) {
        out = u"outer cancelled"_s;
    }
    out += u", inner %1"_s.arg(co_await inner);
    co_return out;
}

// Lock, Semaphore ---------------------------------------------------------------------------------

struct Counter {
    int now = 0;
    int most = 0;
    QStringList order;
};

Async<void> lockUser(Lock* lock, int i, Counter* c)
{
    auto guard = co_await lock->scoped();
    c->order << QString::number(i);
    c->most = std::max(c->most, ++c->now);
    co_await aio::sleep(10);
    --c->now;
}

Async<void> semUser(Semaphore* sem, Counter* c)
{
    auto guard = co_await sem->scoped();
    c->most = std::max(c->most, ++c->now);
    co_await aio::sleep(15);
    --c->now;
}

Async<QString> locks(int permits)
{
    Counter c;
    std::vector<Task<void>> tasks;
    std::unique_ptr<Lock> lock;
    std::unique_ptr<Semaphore> sem;
    if (permits == 0)
        lock = std::make_unique<Lock>(*loop());
    else
        sem = std::make_unique<Semaphore>(*loop(), permits);
    for (int i = 0; i < 5; ++i)
        tasks.push_back(loop()->createTask(permits == 0 ? lockUser(lock.get(), i, &c) : semUser(sem.get(), &c)));
    co_await wait(tasks);
    co_return u"%1 %2"_s.arg(c.most).arg(c.order.join(u','));
}

// Event, Condition --------------------------------------------------------------------------------

Async<void> eventWaiter(aio::Event* e, Log* log, int i)
{
    co_await e->wait();
    log->add(u"released %1"_s.arg(i));
}

Async<int> events(Log* log)
{
    aio::Event e(*loop());
    std::vector<Task<void>> tasks;
    for (int i = 0; i < 3; ++i)
        tasks.push_back(loop()->createTask(eventWaiter(&e, log, i)));
    co_await aio::sleep(20);
    log->add(u"set"_s);
    e.set();
    co_await wait(tasks);
    co_await e.wait(); // already set: at once
    co_return int(tasks.size());
}

Async<void> condConsumer(Condition* cond, QList<int>* items, Log* log)
{
    auto guard = co_await cond->lock().scoped();
    co_await cond->waitFor([items] { return !items->isEmpty(); });
    log->add(u"got %1"_s.arg(items->takeFirst()));
}

Async<void> conditions(Log* log)
{
    Lock lock(*loop());
    Condition cond(lock);
    QList<int> items;
    Task<void> consumer = loop()->createTask(condConsumer(&cond, &items, log), u"consumer"_s);
    co_await aio::sleep(20);
    {
        auto guard = co_await lock.scoped();
        items << 5;
        log->add(u"notify"_s);
        cond.notify();
    }
    co_await consumer;
}

// Queue -------------------------------------------------------------------------------------------

Async<void> producer(Queue<int>* q, int n, Log* log)
{
    for (int i = 0; i < n; ++i) {
        co_await q->put(i);
        log->add(u"put %1"_s.arg(i));
    }
}

Async<void> consumer(Queue<int>* q, QList<int>* got)
{
    for (;;) {
        const int item = co_await q->get();
        co_await aio::sleep(5);
        got->append(item);
        q->taskDone();
    }
}

Async<QString> queues(int maxsize, Log* log)
{
    Queue<int> q(*loop(), maxsize);
    QList<int> got;
    Task<void> prod = loop()->createTask(producer(&q, 6, log), u"producer"_s);
    std::vector<Task<void>> consumers;
    for (int i = 0; i < 2; ++i)
        consumers.push_back(loop()->createTask(consumer(&q, &got), u"consumer-%1"_s.arg(i + 1)));
    co_await prod;
    co_await q.join();
    const int atJoin = int(got.size());
    for (auto& c : consumers)
        c.cancel();
    auto settled = co_await gatherSettled(consumers);
    std::sort(got.begin(), got.end());
    QString out = u"joined after %1; got %2"_s.arg(atJoin).arg(got.size());
    out += settled[0].cancelled && settled[1].cancelled ? u"; consumers cancelled"_s : u"; consumers ended?"_s;
    try {
        q.getNowait();
    } catch (const PyError& e) {
        out += u"; "_s + e.type;
    }
    co_return out;
}

// async generator ---------------------------------------------------------------------------------

AsyncGenerator<int> ticks(int n, int ms)
{
    for (int i = 0; i < n; ++i) {
        co_await aio::sleep(ms);
        co_yield i* i;
    }
}

Async<QList<int>> generators()
{
    QList<int> out;
    auto gen = ticks(4, 5);
    while (auto item = co_await gen.next())
        out << *item;
    co_return out;
}

// run_in_executor ---------------------------------------------------------------------------------

Async<void> ticker(int* count)
{
    for (int i = 0; i < 5; ++i) {
        co_await aio::sleep(10);
        ++*count;
    }
}

Async<int> executors(RunContext* ctx)
{
    int count = 0;
    Task<void> t = loop()->createTask(ticker(&count), u"ticker"_s);
    co_await runInExecutor([ctx] { ctx->sleepMs(150); });
    const int duringCall = count;
    co_await t;
    try {
        co_await runInExecutor([] { throw PyError { u"ValueError"_s, u"in a thread"_s }; });
    } catch (const PyError&) {
        co_return duringCall;
    }
    co_return -1;
}

// stuck -------------------------------------------------------------------------------------------

Async<void> waitsOnEvent(aio::Event* e)
{
    co_await e->wait();
}

Async<void> stuckOnEvent()
{
    aio::Event e(*loop(), u"never set"_s);
    Task<void> t = loop()->createTask(waitsOnEvent(&e), u"waiter"_s);
    co_await t;
}

Async<void> lockPair(Lock* first, Lock* second)
{
    auto a = co_await first->scoped();
    co_await aio::sleep(10);
    auto b = co_await second->scoped();
}

Async<void> lockCycle()
{
    Lock x(*loop(), u"lock A"_s);
    Lock y(*loop(), u"lock B"_s);
    Task<void> t1 = loop()->createTask(lockPair(&x, &y), u"one"_s);
    Task<void> t2 = loop()->createTask(lockPair(&y, &x), u"two"_s);
    co_await t1;
    co_await t2;
}

Async<void> sleepsLong()
{
    co_await aio::sleep(60000);
}

Async<void> fails()
{
    throw PyError { u"ValueError"_s, u"boom"_s };
    co_return;
}

} // namespace

class TestAioSemantics : public QObject {
    Q_OBJECT
private slots:
    void testGatherOrder();
    void testGatherException();
    void testGatherReturnExceptions();
    void testGatherCancelPropagates();
    void testWait_data();
    void testWait();
    void testWaitFor_data();
    void testWaitFor();
    void testWaitForCancelPropagates();
    void testCancel();
    void testShield();
    void testLockAndSemaphore_data();
    void testLockAndSemaphore();
    void testEvent();
    void testCondition();
    void testQueueJoin_data();
    void testQueueJoin();
    void testAsyncGenerator();
    void testExecutor();
    void testStuckOnEvent();
    void testLockCycle();
    void testStopInterruptsSleep();
    void testFailedTask();
};

// Runs the coroutine f() as the main task of a recorded run; the result is empty when it did not
// finish (stopped, stuck, raised).
template <typename F> static auto runLoop(F&& f, int timeLimitMs = 60000)
{
    using R = decltype(std::declval<EventLoop&>().run(f()));
    using Stored = std::conditional_t<std::is_void_v<R>, bool, R>;
    std::optional<Stored> result;
    const Trace trace = runFn(
        [&](RunContext& ctx) {
            EventLoop loop(&ctx);
            if constexpr (std::is_void_v<R>) {
                loop.run(f());
                result = true;
            } else {
                result = loop.run(f());
            }
        },
        timeLimitMs);
    return std::make_pair(trace, result);
}

void TestAioSemantics::testGatherOrder()
{
    Log log;
    auto [trace, r] = runLoop([&] { return gatherOrder(&log); });
    QCOMPARE(*r, (QList<int> { 0, 1, 2 })); // argument order
    QCOMPARE(log.lines, (QStringList { u"done 1"_s, u"done 2"_s, u"done 0"_s })); // completion order
    QVERIFY(resourceNamed(trace, u"gather"_s) >= 0);
}

void TestAioSemantics::testGatherException()
{
    Log log;
    auto [trace, r] = runLoop([&] { return gatherFails(&log); });
    QCOMPARE(*r, u"ValueError: bad 2 | first still running | first finished"_s);
    QCOMPARE(finalStateOf(trace, u"Task-3"_s), State::Failed);
}

void TestAioSemantics::testGatherReturnExceptions()
{
    Log log;
    auto [trace, r] = runLoop([&] { return gatherSettles(&log); });
    QCOMPARE(*r, (QStringList { u"0"_s, u"ValueError"_s, u"cancelled"_s }));
}

void TestAioSemantics::testGatherCancelPropagates()
{
    Log log;
    auto [trace, r] = runLoop([&] { return gatherCancelled(&log); });
    QCOMPARE(*r, u"outer cancelled"_s);
    QCOMPARE(log.lines, (QStringList { u"cancelled 0"_s, u"cancelled 1"_s }));
    QVERIFY(trace.meta().outcome.value(u"deadlock"_s).isNull());
}

void TestAioSemantics::testWait_data()
{
    QTest::addColumn<int>("when");
    QTest::addColumn<double>("timeoutMs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("FIRST_COMPLETED") << int(ReturnWhen::FirstCompleted) << -1.0 << u"1 / 2"_s;
    QTest::newRow("ALL_COMPLETED") << int(ReturnWhen::AllCompleted) << -1.0 << u"0,1,2 / 0"_s;
    QTest::newRow("FIRST_EXCEPTION") << int(ReturnWhen::FirstException) << -1.0 << u"1,2 / 1"_s;
    QTest::newRow("timeout first") << int(ReturnWhen::AllCompleted) << 25.0 << u"1 / 2"_s;
}

void TestAioSemantics::testWait()
{
    QFETCH(int, when);
    QFETCH(double, timeoutMs);
    QFETCH(QString, expected);
    Log log;
    auto [trace, r] = runLoop([&] { return waitFirst(when, timeoutMs, &log); });
    QCOMPARE(*r, expected);
}

void TestAioSemantics::testWaitFor_data()
{
    QTest::addColumn<int>("workMs");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("in time") << 10 << 1000 << u"result 7"_s << QStringList { u"done 7"_s };
    QTest::newRow("too slow") << 1000 << 30 << u"TimeoutError"_s << QStringList { u"cancelled 7"_s };
    QTest::newRow("zero timeout") << 10 << 0 << u"TimeoutError"_s << QStringList();
}

void TestAioSemantics::testWaitFor()
{
    QFETCH(int, workMs);
    QFETCH(int, timeoutMs);
    QFETCH(QString, expected);
    QFETCH(QStringList, lines);
    Log log;
    auto [trace, r] = runLoop([&] { return waitForTimeout(workMs, timeoutMs, &log); });
    QCOMPARE(*r, expected);
    QCOMPARE(log.lines, lines);
    if (expected == u"TimeoutError"_s && timeoutMs > 0) {
        bool timeout = false;
        for (const Instant& i : trace.instants())
            timeout |= i.kind == InstantKind::Timeout;
        QVERIFY(timeout);
    }
}

void TestAioSemantics::testWaitForCancelPropagates()
{
    Log log;
    auto [trace, r] = runLoop([&] { return waitForCancelled(&log); });
    QCOMPARE(*r, u"outer cancelled"_s);
    QCOMPARE(log.lines, QStringList { u"cancelled 5"_s });
}

void TestAioSemantics::testCancel()
{
    Log log;
    auto [trace, r] = runLoop([&] { return cancels(&log); });
    QCOMPARE(*r, u"a cancelled, b returned 42, c cancelled, cancel again false"_s);
    QCOMPARE(log.lines, (QStringList { u"cancelled 1"_s, u"swallowed"_s }));
    QCOMPARE(finalStateOf(trace, u"a"_s), State::Cancelled);
    QCOMPARE(finalStateOf(trace, u"b"_s), State::Done);
    int cancelFlows = 0;
    for (const Flow& f : trace.flows())
        cancelFlows += f.kind == FlowKind::Cancel;
    QVERIFY(cancelFlows >= 2);
}

void TestAioSemantics::testShield()
{
    Log log;
    auto [trace, r] = runLoop([&] { return shields(&log); });
    QCOMPARE(*r, u"outer cancelled, inner 9"_s);
}

void TestAioSemantics::testLockAndSemaphore_data()
{
    QTest::addColumn<int>("permits");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lock: one at a time, FIFO") << 0 << u"1 0,1,2,3,4"_s;
    QTest::newRow("semaphore 2") << 2 << u"2 "_s;
    QTest::newRow("semaphore 3") << 3 << u"3 "_s;
}

void TestAioSemantics::testLockAndSemaphore()
{
    QFETCH(int, permits);
    QFETCH(QString, expected);
    auto [trace, r] = runLoop([&] { return locks(permits); });
    QCOMPARE(*r, expected);
    const int res = resourceNamed(trace, permits ? u"semaphore"_s : u"lock"_s);
    QVERIFY(res >= 0);
    QCOMPARE(maxConcurrentHolds(trace, res), permits ? permits : 1);
    int releases = 0;
    for (const Flow& f : trace.flows())
        releases += f.kind == FlowKind::Release;
    QCOMPARE(releases, 5 - std::max(1, permits)); // a hand-over to each task that had to wait
}

void TestAioSemantics::testEvent()
{
    Log log;
    auto [trace, r] = runLoop([&] { return events(&log); });
    QCOMPARE(*r, 3);
    QCOMPARE(log.lines, (QStringList { u"set"_s, u"released 0"_s, u"released 1"_s, u"released 2"_s }));
}

void TestAioSemantics::testCondition()
{
    Log log;
    runLoop([&] { return conditions(&log); });
    QCOMPARE(log.lines, (QStringList { u"notify"_s, u"got 5"_s }));
}

void TestAioSemantics::testQueueJoin_data()
{
    QTest::addColumn<int>("maxsize");
    QTest::newRow("unbounded") << 0;
    QTest::newRow("maxsize 1") << 1;
}

void TestAioSemantics::testQueueJoin()
{
    QFETCH(int, maxsize);
    Log log;
    auto [trace, r] = runLoop([&] { return queues(maxsize, &log); });
    QCOMPARE(*r, u"joined after 6; got 6; consumers cancelled; QueueEmpty"_s);
    int puts = 0;
    for (const Flow& f : trace.flows())
        puts += f.kind == FlowKind::Put;
    QCOMPARE(puts, 6); // each item an arrow from the producer to its consumer
    const int producer = actorNamed(trace, u"producer"_s);
    const int queue = resourceNamed(trace, u"queue"_s);
    bool blocked = false;
    for (const StateInterval& i : trace.states(producer))
        blocked |= i.state == State::Suspended && i.resource == queue;
    QCOMPARE(blocked, maxsize > 0); // a bounded queue makes the producer wait
}

void TestAioSemantics::testAsyncGenerator()
{
    auto [trace, r] = runLoop([&] { return generators(); });
    QCOMPARE(*r, (QList<int> { 0, 1, 4, 9 }));
}

void TestAioSemantics::testExecutor()
{
    int duringCall = -1;
    const Trace trace = runFn([&](RunContext& ctx) {
        EventLoop loop(&ctx);
        duringCall = loop.run(executors(&ctx));
    });
    QVERIFY2(duringCall >= 3, qPrintable(QString::number(duringCall))); // the loop kept ticking meanwhile
    QVERIFY(actorNamed(trace, u"asyncio_0"_s) >= 0);
    int submits = 0;
    for (const Flow& f : trace.flows())
        submits += f.kind == FlowKind::Submit;
    QCOMPARE(submits, 2);
}

void TestAioSemantics::testStuckOnEvent()
{
    QElapsedTimer timer;
    timer.start();
    auto [trace, r] = runLoop([&] { return stuckOnEvent(); });
    QVERIFY(!r);
    const QVariantMap outcome = trace.meta().outcome;
    QCOMPARE(outcome.value(u"deadlock"_s).toBool(), true);
    QVERIFY2(outcome.value(u"reason"_s).toString().contains(u"never set"_s),
        qPrintable(outcome.value(u"reason"_s).toString()));
    QVERIFY(timer.elapsed() < 30000);
    QCOMPARE(finalStateOf(trace, u"waiter"_s), State::Cancelled);
}

void TestAioSemantics::testLockCycle()
{
    auto [trace, r] = runLoop([&] { return lockCycle(); });
    const QVariantMap outcome = trace.meta().outcome;
    QCOMPARE(outcome.value(u"deadlock"_s).toBool(), true);
    QCOMPARE(outcome.value(u"cycle"_s).toStringList(), (QStringList { u"one"_s, u"two"_s }));
}

void TestAioSemantics::testStopInterruptsSleep()
{
    QElapsedTimer timer;
    timer.start();
    auto [trace, r] = runLoop([&] { return sleepsLong(); }, 300);
    QVERIFY(!r);
    QVERIFY(timer.elapsed() < 20000);
    QCOMPARE(trace.meta().outcome.value(u"stopped"_s).toString(), u"time limit"_s);
    QVERIFY(trace.meta().outcome.value(u"deadlock"_s).isNull()); // a timer wait is no deadlock
    QCOMPARE(finalStateOf(trace, u"main"_s), State::Cancelled);
}

void TestAioSemantics::testFailedTask()
{
    QString error;
    runFn([&](RunContext& ctx) {
        EventLoop loop(&ctx);
        try {
            loop.run(fails());
        } catch (const PyError& e) {
            error = e.type + u": "_s + e.message;
        }
    });
    QCOMPARE(error, u"ValueError: boom"_s);
}

QTEST_GUILESS_MAIN(TestAioSemantics)
#include "tst_aiosemantics.moc"
