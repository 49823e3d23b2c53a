// SPDX-License-Identifier: MIT
#pragma once

// Hand-built traces for the scene tests: small, exact runs of the thread lessons, with the events the
// instrumented primitives record (holds per holder, permits as a counter, waits naming what they wait
// for, wakes as flows, a deadlock as an instant).

#include "trace/trace.h"

#include <QString>

namespace interleave::scenetest {

class TraceBuilder {
public:
    int actor(const QString& name, ActorKind kind = ActorKind::Thread, qint64 pid = 1, int parent = -1)
    {
        m_actors.push_back(ActorInfo { name, kind, parent, pid, qint64(m_actors.size() + 1) });
        return int(m_actors.size()) - 1;
    }
    int resource(const QString& name, ResourceKind kind, qint64 capacity = 0, int owner = -1)
    {
        m_resources.push_back(ResourceInfo { name, kind, capacity, owner });
        return int(m_resources.size()) - 1;
    }
    void state(qint64 t, int a, State s, int r = -1) { add(t, a, r, EventType::State, quint8(s)); }
    void holdBegin(qint64 t, int a, int r, qint64 id) { add(t, a, r, EventType::HoldBegin, 0, id); }
    void holdEnd(qint64 t, int a, int r, qint64 id) { add(t, a, r, EventType::HoldEnd, 0, id); }
    void counter(qint64 t, int r, qint64 v, int a = -1) { add(t, a, r, EventType::Counter, 0, v); }
    void flow(qint64 t0, int from, qint64 t1, int to, FlowKind kind, int r = -1)
    {
        const quint32 id = ++m_flowId;
        add(t0, from, r, EventType::FlowBegin, quint8(kind), 0, id);
        add(t1, to, r, EventType::FlowEnd, 0, 0, id);
    }
    // A flow that never ends (a message still on its way when the trace stops); returns its id.
    quint32 flowBegin(qint64 t, int from, FlowKind kind, int r, qint64 value = 0)
    {
        const quint32 id = ++m_flowId;
        add(t, from, r, EventType::FlowBegin, quint8(kind), value, id);
        return id;
    }
    void flowEnd(qint64 t, int to, quint32 id, int r) { add(t, to, r, EventType::FlowEnd, 0, 0, id); }
    void instant(qint64 t, int a, InstantKind kind, int r = -1, const QString& text = {}, qint64 value = 0)
    {
        quint32 textId = 0;
        if (!text.isEmpty()) {
            m_texts.append(text);
            textId = quint32(m_texts.size() - 1);
        }
        add(t, a, r, EventType::Instant, quint8(kind), value, textId);
    }
    Trace build(const QString& scenario, qint64 duration, QVariantMap outcome = {})
    {
        TraceMeta meta;
        meta.scenario = scenario;
        meta.title = scenario;
        meta.durationNs = duration;
        meta.outcome = std::move(outcome);
        return Trace::build(meta, m_actors, m_resources, m_texts, m_events);
    }

private:
    void add(qint64 t, int a, int r, EventType type, quint8 code, qint64 value = 0, quint32 flow = 0)
    {
        Event e;
        e.time = t;
        e.actor = a;
        e.resource = r;
        e.type = type;
        e.code = code;
        e.value = value;
        e.flow = flow;
        m_events.push_back(e);
    }

    std::vector<ActorInfo> m_actors;
    std::vector<ResourceInfo> m_resources;
    QStringList m_texts { QString() };
    std::vector<Event> m_events;
    quint32 m_flowId = 0;
};

// threads.semaphore, workers 4, permits 2, hold 200: Thread-1 and Thread-2 take the permits at 10 and
// 11, Thread-3 and Thread-4 queue at 12 and 13; each release at 200/211 hands a permit over.
inline Trace semaphoreTrace()
{
    TraceBuilder b;
    const int main = b.actor(QStringLiteral("MainThread"), ActorKind::Main);
    int w[4];
    int handle[4];
    for (int i = 0; i < 4; ++i)
        w[i] = b.actor(QStringLiteral("Thread-%1").arg(i + 1));
    const int sem = b.resource(QStringLiteral("sem"), ResourceKind::Semaphore, 2);
    for (int i = 0; i < 4; ++i)
        handle[i] = b.resource(QStringLiteral("Thread-%1").arg(i + 1), ResourceKind::Thread, 0, w[i]);
    b.state(0, main, State::Running);
    b.counter(0, sem, 2, main);
    for (int i = 0; i < 4; ++i) {
        b.flow(1, main, 2, w[i], FlowKind::Spawn);
        b.state(2, w[i], State::Running);
    }
    b.holdBegin(10, w[0], sem, 1);
    b.counter(10, sem, 1, w[0]);
    b.state(10, w[0], State::Sleeping);
    b.holdBegin(11, w[1], sem, 2);
    b.counter(11, sem, 0, w[1]);
    b.state(11, w[1], State::Sleeping);
    b.state(12, w[2], State::Blocked, sem);
    b.state(13, w[3], State::Blocked, sem);
    b.state(14, main, State::Waiting, handle[0]);
    // Thread-1 hands its permit to Thread-3.
    b.state(200, w[0], State::Running);
    b.holdEnd(200, w[0], sem, 1);
    b.flow(200, w[0], 201, w[2], FlowKind::Release, sem);
    b.holdBegin(201, w[2], sem, 3);
    b.state(201, w[2], State::Sleeping);
    b.state(202, w[0], State::Done);
    b.flow(202, w[0], 203, main, FlowKind::Join, handle[0]);
    b.state(203, main, State::Waiting, handle[1]);
    // Thread-2 hands its permit to Thread-4.
    b.state(211, w[1], State::Running);
    b.holdEnd(211, w[1], sem, 2);
    b.flow(211, w[1], 212, w[3], FlowKind::Release, sem);
    b.holdBegin(212, w[3], sem, 4);
    b.state(212, w[3], State::Sleeping);
    b.state(213, w[1], State::Done);
    b.state(214, main, State::Waiting, handle[2]);
    b.state(401, w[2], State::Running);
    b.holdEnd(401, w[2], sem, 3);
    b.counter(401, sem, 1, w[2]);
    b.state(402, w[2], State::Done);
    b.state(403, main, State::Waiting, handle[3]);
    b.state(412, w[3], State::Running);
    b.holdEnd(412, w[3], sem, 4);
    b.counter(412, sem, 2, w[3]);
    b.state(413, w[3], State::Done);
    b.state(414, main, State::Running);
    b.state(420, main, State::Done);
    return b.build(QStringLiteral("threads.semaphore"), 420, { { QStringLiteral("max_concurrent"), 2 } });
}

// threads.deadlock, 2 philosophers: each takes its left fork, then blocks on the other's; the engine
// reports the deadlock at 100 and cancels both at 110.
inline Trace deadlockTrace()
{
    TraceBuilder b;
    const int main = b.actor(QStringLiteral("MainThread"), ActorKind::Main);
    const int p0 = b.actor(QStringLiteral("philosopher-0"));
    const int p1 = b.actor(QStringLiteral("philosopher-1"));
    const int f0 = b.resource(QStringLiteral("fork-0"), ResourceKind::Mutex);
    const int f1 = b.resource(QStringLiteral("fork-1"), ResourceKind::Mutex);
    const int h0 = b.resource(QStringLiteral("philosopher-0"), ResourceKind::Thread, 0, p0);
    b.state(0, main, State::Running);
    b.state(1, p0, State::Running);
    b.state(1, p1, State::Running);
    b.state(5, main, State::Waiting, h0);
    b.holdBegin(10, p0, f0, 1);
    b.holdBegin(11, p1, f1, 2);
    b.state(20, p0, State::Blocked, f1);
    b.state(21, p1, State::Blocked, f0);
    b.instant(100, -1, InstantKind::Deadlock, -1, QStringLiteral("philosopher-0 -> philosopher-1 -> philosopher-0"));
    b.holdEnd(110, p0, f0, 1);
    b.state(110, p0, State::Cancelled);
    b.holdEnd(111, p1, f1, 2);
    b.state(111, p1, State::Cancelled);
    b.state(112, main, State::Cancelled);
    return b.build(QStringLiteral("threads.deadlock"), 112,
        { { QStringLiteral("deadlock"), true },
            { QStringLiteral("cycle"),
                QStringList { QStringLiteral("philosopher-0"), QStringLiteral("philosopher-1") } } });
}

// threads.race, 2 threads x 2 increments without a lock: both read 0, both write 1; expected 4, got 3.
inline Trace raceTrace()
{
    TraceBuilder b;
    const int main = b.actor(QStringLiteral("MainThread"), ActorKind::Main);
    const int t1 = b.actor(QStringLiteral("Thread-1"));
    const int t2 = b.actor(QStringLiteral("Thread-2"));
    const int counter = b.resource(QStringLiteral("counter"), ResourceKind::SharedValue);
    b.state(0, main, State::Running);
    b.counter(0, counter, 0, main);
    b.state(1, t1, State::Running);
    b.state(1, t2, State::Runnable);
    b.state(4, t1, State::Runnable);
    b.state(4, t2, State::Running);
    b.counter(6, counter, 1, t2);
    b.state(7, t2, State::Runnable);
    b.state(7, t1, State::Running);
    b.counter(8, counter, 1, t1); // a lost update: Thread-1 read 0 before Thread-2 wrote
    b.counter(10, counter, 2, t1);
    b.state(11, t1, State::Done);
    b.state(11, t2, State::Running);
    b.counter(13, counter, 3, t2);
    b.state(14, t2, State::Done);
    b.state(15, main, State::Done);
    return b.build(QStringLiteral("threads.race"), 15,
        { { QStringLiteral("counter"), 3 }, { QStringLiteral("expected"), 4 }, { QStringLiteral("lost"), 1 } });
}

// threads.event, 3 waiters; MainThread sets the event at 100. `withCounter`: the event also records
// its flag as a 0/1 counter (and is cleared again at 150).
inline Trace eventTrace(bool withCounter)
{
    TraceBuilder b;
    const int main = b.actor(QStringLiteral("MainThread"), ActorKind::Main);
    const int ev = b.resource(QStringLiteral("ready"), ResourceKind::Event);
    int w[3];
    b.state(0, main, State::Running);
    if (withCounter)
        b.counter(0, ev, 0, main);
    for (int i = 0; i < 3; ++i) {
        w[i] = b.actor(QStringLiteral("Thread-%1").arg(i + 1));
        b.state(1 + i, w[i], State::Running);
        b.state(10 + i, w[i], State::Waiting, ev);
    }
    b.state(20, main, State::Sleeping);
    b.state(100, main, State::Running);
    b.instant(100, main, InstantKind::Set, ev);
    if (withCounter)
        b.counter(100, ev, 1, main);
    for (int i = 0; i < 3; ++i) {
        b.flow(100, main, 101 + i, w[i], FlowKind::Set, ev);
        b.state(101 + i, w[i], State::Running);
        b.state(120 + i, w[i], State::Done);
    }
    if (withCounter)
        b.counter(150, ev, 0, main);
    b.state(160, main, State::Done);
    return b.build(QStringLiteral("threads.event"), 160);
}

// threads.rlock, depth 2, reentrant: Thread-1 takes the RLock twice (depth 1 then 2) while Thread-2
// waits for it.
inline Trace rlockTrace()
{
    TraceBuilder b;
    const int t1 = b.actor(QStringLiteral("Thread-1"));
    const int t2 = b.actor(QStringLiteral("Thread-2"));
    const int lock = b.resource(QStringLiteral("rlock"), ResourceKind::RMutex);
    b.state(0, t1, State::Running);
    b.state(0, t2, State::Running);
    b.holdBegin(10, t1, lock, 1);
    b.counter(10, lock, 1, t1);
    b.counter(20, lock, 2, t1);
    b.state(25, t2, State::Blocked, lock);
    b.counter(30, lock, 1, t1);
    b.holdEnd(40, t1, lock, 1);
    b.counter(40, lock, 0, t1);
    b.flow(40, t1, 41, t2, FlowKind::Release, lock);
    b.holdBegin(41, t2, lock, 2);
    b.counter(41, lock, 1, t2);
    b.state(41, t2, State::Running);
    b.state(45, t1, State::Done);
    b.holdEnd(50, t2, lock, 2);
    b.counter(50, lock, 0, t2);
    b.state(51, t2, State::Done);
    return b.build(QStringLiteral("threads.rlock"), 51);
}

// threads.condition: the consumer waits on the condition; the producer takes the lock, notifies, and
// the consumer, woken, queues for the lock until the producer lets it go.
inline Trace conditionTrace()
{
    TraceBuilder b;
    const int consumer = b.actor(QStringLiteral("consumer"));
    const int producer = b.actor(QStringLiteral("producer"));
    const int lock = b.resource(QStringLiteral("lock"), ResourceKind::RMutex);
    const int cond = b.resource(QStringLiteral("cond"), ResourceKind::Condition);
    b.state(0, consumer, State::Running);
    b.holdBegin(1, consumer, lock, 1);
    b.state(2, consumer, State::Waiting, cond);
    b.holdEnd(2, consumer, lock, 1);
    b.state(5, producer, State::Running);
    b.holdBegin(10, producer, lock, 2);
    b.instant(20, producer, InstantKind::Notify, cond);
    b.flow(20, producer, 21, consumer, FlowKind::Notify, cond);
    b.state(21, consumer, State::Blocked, lock);
    b.holdEnd(30, producer, lock, 2);
    b.flow(30, producer, 31, consumer, FlowKind::Release, lock);
    b.holdBegin(31, consumer, lock, 3);
    b.state(31, consumer, State::Running);
    b.state(32, producer, State::Done);
    b.holdEnd(40, consumer, lock, 3);
    b.state(41, consumer, State::Done);
    return b.build(QStringLiteral("threads.condition"), 41);
}

// What a live run has sent by `until`: the events so far, every actor and resource already known.
inline Trace prefixOf(const Trace& full, qint64 until)
{
    std::vector<Event> events;
    for (const Event& e : full.events()) {
        if (e.time <= until)
            events.push_back(e);
    }
    TraceMeta meta = full.meta();
    meta.durationNs = until;
    return Trace::build(meta, full.actors(), full.resources(), full.texts(), events);
}

} // namespace interleave::scenetest

namespace interleave::scenetest {

constexpr qint64 ms = 1000000;

// pool.exception-like run of a ThreadPoolExecutor with 2 workers and 5 futures, as the pool helper's
// conventions record it: submit flows (main -> the worker that starts the item), a worker holds the
// future it runs, idle workers wait on the work queue, results and exceptions as instants on the
// future, a caller in result() waits on the future and is woken by a wake flow.
//   future-0 = 42 at 100 ms; future-1 raises "ValueError: boom" at 110 ms; future-2 = 4 at 200 ms;
//   future-3 = 9 at 180 ms; future-4 is cancelled while queued at 50 ms.
inline Trace poolTrace()
{
    TraceBuilder b;
    const int main = b.actor(QStringLiteral("MainThread"), ActorKind::Main);
    const int w0 = b.actor(QStringLiteral("ThreadPoolExecutor-0_0"));
    const int w1 = b.actor(QStringLiteral("ThreadPoolExecutor-0_1"));
    const int pool = b.resource(QStringLiteral("ThreadPoolExecutor"), ResourceKind::Pool, 2);
    const int queue = b.resource(QStringLiteral("work queue"), ResourceKind::Queue);
    int fut[5];
    quint32 submit[5];
    for (int i = 0; i < 5; ++i)
        fut[i] = b.resource(QStringLiteral("future-%1").arg(i), ResourceKind::Future);
    Q_UNUSED(pool)
    b.state(0, main, State::Running);
    b.counter(0, queue, 0, main);
    // Items queued after each submit: the workers take future-0 and future-1 at once.
    const int queued[5] = { 1, 1, 1, 2, 3 };
    for (int i = 0; i < 5; ++i) {
        submit[i] = b.flowBegin((1 + i) * ms, main, FlowKind::Submit, fut[i]);
        b.counter((1 + i) * ms, queue, queued[i], main);
    }
    b.state(1 * ms, w0, State::Running);
    b.flowEnd(2 * ms, w0, submit[0], fut[0]);
    b.holdBegin(2 * ms, w0, fut[0], 1);
    b.state(2 * ms, w1, State::Running);
    b.flowEnd(3 * ms, w1, submit[1], fut[1]);
    b.holdBegin(3 * ms, w1, fut[1], 2);
    b.state(6 * ms, main, State::Waiting, fut[0]);
    b.instant(50 * ms, main, InstantKind::Cancel, fut[4]);
    b.counter(50 * ms, queue, 2, main);
    // future-0 done: its worker wakes the caller and takes the next item.
    b.instant(100 * ms, w0, InstantKind::Result, fut[0], {}, 42);
    b.holdEnd(100 * ms, w0, fut[0], 1);
    b.flow(100 * ms, w0, 101 * ms, main, FlowKind::Wake, fut[0]);
    b.state(101 * ms, main, State::Running);
    b.flowEnd(101 * ms, w0, submit[2], fut[2]);
    b.holdBegin(101 * ms, w0, fut[2], 3);
    b.counter(101 * ms, queue, 1, w0);
    b.state(102 * ms, main, State::Waiting, fut[1]);
    b.instant(110 * ms, w1, InstantKind::Exception, fut[1], QStringLiteral("ValueError: boom"));
    b.holdEnd(110 * ms, w1, fut[1], 2);
    b.flow(110 * ms, w1, 111 * ms, main, FlowKind::Wake, fut[1]);
    b.state(111 * ms, main, State::Running);
    b.flowEnd(111 * ms, w1, submit[3], fut[3]);
    b.holdBegin(111 * ms, w1, fut[3], 4);
    b.counter(111 * ms, queue, 0, w1);
    b.state(112 * ms, main, State::Waiting, fut[2]);
    b.instant(180 * ms, w1, InstantKind::Result, fut[3], {}, 9);
    b.holdEnd(180 * ms, w1, fut[3], 4);
    b.state(180 * ms, w1, State::Waiting, queue);
    b.instant(200 * ms, w0, InstantKind::Result, fut[2], {}, 4);
    b.holdEnd(200 * ms, w0, fut[2], 3);
    b.flow(200 * ms, w0, 201 * ms, main, FlowKind::Wake, fut[2]);
    b.state(200 * ms, w0, State::Waiting, queue);
    b.state(201 * ms, main, State::Running);
    b.state(250 * ms, w0, State::Done);
    b.state(250 * ms, w1, State::Done);
    b.state(260 * ms, main, State::Done);
    return b.build(QStringLiteral("pool.exception"), 260 * ms,
        { { QStringLiteral("results"), QVariantList { 42, QVariant(), 4, 9, QVariant() } },
            { QStringLiteral("exceptions"), QVariantList { QString(), QStringLiteral("ValueError: boom") } } });
}

} // namespace interleave::scenetest

namespace interleave::scenetest {

// An asyncio run as the event-loop helper's conventions record it: MainThread runs the loop (Io on the
// loop while it waits in epoll); the task "main" creates Task-1..3 and awaits them (gather); Task-1
// takes the asyncio lock and sleeps holding it, Task-2 awaits the lock, Task-3 sleeps. Timers fire at
// 100 (Task-1), 150 (Task-3), 200 (Task-2); the loop's counter is its ready queue's length.
inline Trace loopTrace()
{
    TraceBuilder b;
    const int thread = b.actor(QStringLiteral("MainThread"), ActorKind::Main);
    const int mainTask = b.actor(QStringLiteral("main"), ActorKind::Task, 1, thread);
    int task[3];
    for (int i = 0; i < 3; ++i)
        task[i] = b.actor(QStringLiteral("Task-%1").arg(i + 1), ActorKind::Task, 1, mainTask);
    const int loop = b.resource(QStringLiteral("event loop"), ResourceKind::Loop);
    const int timer = b.resource(QStringLiteral("timer"), ResourceKind::Timer);
    const int lock = b.resource(QStringLiteral("lock"), ResourceKind::Mutex);
    const int gather = b.resource(QStringLiteral("gather"), ResourceKind::Future);
    b.state(0, thread, State::Running);
    b.state(0, mainTask, State::Running);
    b.counter(0, loop, 0, thread);
    for (int i = 0; i < 3; ++i) {
        b.state(1 * ms + i * 100, task[i], State::Runnable);
        b.counter(1 * ms + i * 100, loop, i + 1, mainTask);
    }
    b.state(2 * ms, mainTask, State::Suspended, gather);
    b.state(2 * ms, task[0], State::Running);
    b.counter(2 * ms, loop, 2, thread);
    b.holdBegin(3 * ms, task[0], lock, 1);
    b.state(3 * ms, task[0], State::Suspended, timer);
    b.state(3 * ms, task[1], State::Running);
    b.counter(3 * ms, loop, 1, thread);
    b.state(4 * ms, task[1], State::Suspended, lock);
    b.state(4 * ms, task[2], State::Running);
    b.counter(4 * ms, loop, 0, thread);
    b.state(5 * ms, task[2], State::Suspended, timer);
    b.state(5 * ms, thread, State::Sleeping, loop);
    // Task-1's timer fires; it releases the lock to Task-2.
    b.state(100 * ms, thread, State::Running);
    b.flow(100 * ms, thread, 101 * ms, task[0], FlowKind::Wake, timer);
    b.state(100 * ms, task[0], State::Runnable);
    b.counter(100 * ms, loop, 1, thread);
    b.state(101 * ms, task[0], State::Running);
    b.counter(101 * ms, loop, 0, thread);
    b.holdEnd(102 * ms, task[0], lock, 1);
    b.flow(102 * ms, task[0], 103 * ms, task[1], FlowKind::Release, lock);
    b.state(102 * ms, task[1], State::Runnable);
    b.state(102 * ms, task[0], State::Done);
    b.state(103 * ms, task[1], State::Running);
    b.holdBegin(103 * ms, task[1], lock, 2);
    b.state(104 * ms, task[1], State::Suspended, timer);
    b.state(104 * ms, thread, State::Sleeping, loop);
    b.state(150 * ms, thread, State::Running);
    b.flow(150 * ms, thread, 151 * ms, task[2], FlowKind::Wake, timer);
    b.state(150 * ms, task[2], State::Runnable);
    b.state(151 * ms, task[2], State::Running);
    b.state(152 * ms, task[2], State::Done);
    b.state(152 * ms, thread, State::Sleeping, loop);
    b.state(200 * ms, thread, State::Running);
    b.flow(200 * ms, thread, 201 * ms, task[1], FlowKind::Wake, timer);
    b.state(200 * ms, task[1], State::Runnable);
    b.state(201 * ms, task[1], State::Running);
    b.holdEnd(202 * ms, task[1], lock, 2);
    b.state(202 * ms, task[1], State::Done);
    b.flow(202 * ms, task[1], 203 * ms, mainTask, FlowKind::Wake, gather);
    b.instant(202 * ms, task[1], InstantKind::Result, gather, QStringLiteral("[1, 2, 3]"));
    b.state(202 * ms, mainTask, State::Runnable);
    b.state(203 * ms, mainTask, State::Running);
    b.state(205 * ms, mainTask, State::Done);
    b.state(206 * ms, thread, State::Done);
    return b.build(QStringLiteral("async.lock"), 206 * ms);
}

} // namespace interleave::scenetest

namespace interleave::scenetest {

// multiprocessing as the process helper's conventions record it: MainThread (pid 100) starts
// Process-1 (pid 201) and Process-2 (pid 202). Process-1 sends one message down the Pipe (sent at 10,
// received by MainThread at 30); Process-2 sends another at 40 that nobody receives. Both add to a
// Value under its lock: Process-2 holds it 12-20 while Process-1 waits (14-21). Process-1 returns 7 at
// 50; Process-2 is killed at 60.
inline Trace processTrace()
{
    TraceBuilder b;
    const int main = b.actor(QStringLiteral("MainThread"), ActorKind::Main, 100);
    const int p1 = b.actor(QStringLiteral("Process-1"), ActorKind::Process, 201, main);
    const int p2 = b.actor(QStringLiteral("Process-2"), ActorKind::Process, 202, main);
    const int h1 = b.resource(QStringLiteral("Process-1"), ResourceKind::Thread, 0, p1);
    const int h2 = b.resource(QStringLiteral("Process-2"), ResourceKind::Thread, 0, p2);
    const int pipe = b.resource(QStringLiteral("Pipe"), ResourceKind::Pipe);
    const int value = b.resource(QStringLiteral("Value('i')"), ResourceKind::SharedValue);
    const int lock = b.resource(QStringLiteral("Value('i') lock"), ResourceKind::RMutex);
    b.state(0, main, State::Running);
    b.counter(0, value, 0, main);
    b.flow(1 * ms, main, 1 * ms, p1, FlowKind::Spawn, h1);
    b.state(1 * ms, p1, State::Runnable);
    b.flow(2 * ms, main, 2 * ms, p2, FlowKind::Spawn, h2);
    b.state(2 * ms, p2, State::Runnable);
    b.state(5 * ms, p1, State::Running);
    b.state(6 * ms, p2, State::Running);
    b.state(8 * ms, main, State::Io, pipe);
    const quint32 first = b.flowBegin(10 * ms, p1, FlowKind::Send, pipe, 64);
    b.holdBegin(12 * ms, p2, lock, 1);
    b.state(14 * ms, p1, State::Blocked, lock);
    b.counter(15 * ms, value, 1, p2);
    b.holdEnd(20 * ms, p2, lock, 1);
    b.flow(20 * ms, p2, 21 * ms, p1, FlowKind::Release, lock);
    b.holdBegin(21 * ms, p1, lock, 2);
    b.state(21 * ms, p1, State::Running);
    b.counter(23 * ms, value, 2, p1);
    b.holdEnd(25 * ms, p1, lock, 2);
    b.flowEnd(30 * ms, main, first, pipe);
    b.state(30 * ms, main, State::Running);
    b.state(31 * ms, main, State::Waiting, h1);
    b.flowBegin(40 * ms, p2, FlowKind::Send, pipe, 64);
    b.instant(50 * ms, p1, InstantKind::Result, h1, {}, 7);
    b.state(50 * ms, p1, State::Done);
    b.flow(50 * ms, p1, 51 * ms, main, FlowKind::Join, h1);
    b.state(51 * ms, main, State::Running);
    b.instant(60 * ms, p2, InstantKind::Exception, h2, QStringLiteral("killed by SIGKILL"));
    b.state(60 * ms, p2, State::Failed);
    b.state(70 * ms, main, State::Done);
    return b.build(QStringLiteral("process.pipe"), 70 * ms);
}

} // namespace interleave::scenetest

namespace interleave::scenetest {

// socket.tcp_echo as the socket helper's conventions record it: one Socket resource per connection
// shared by both ends, marks "connect"/"accept"/"close", each message a Send flow (value = bytes) from
// the sender to the read that delivers its last byte. client-1's message (sent 12, read 20) is echoed
// (sent 21, read 30); client-2's (35 -> 40) is echoed at 41 and never read.
inline Trace socketTrace()
{
    TraceBuilder b;
    const int main = b.actor(QStringLiteral("MainThread"), ActorKind::Main);
    const int server = b.actor(QStringLiteral("server"), ActorKind::Thread, 1, main);
    const int c1 = b.actor(QStringLiteral("client-1"), ActorKind::Thread, 1, main);
    const int c2 = b.actor(QStringLiteral("client-2"), ActorKind::Thread, 1, main);
    const int listener = b.resource(QStringLiteral("server :5000"), ResourceKind::Socket);
    const int conn1 = b.resource(QStringLiteral("client-1 ↔ server"), ResourceKind::Socket);
    const int conn2 = b.resource(QStringLiteral("client-2 ↔ server"), ResourceKind::Socket);
    b.state(0, main, State::Running);
    b.state(1 * ms, server, State::Running);
    b.state(2 * ms, server, State::Io, listener);
    b.state(3 * ms, c1, State::Running);
    b.state(3 * ms, c2, State::Running);
    b.instant(10 * ms, c1, InstantKind::Mark, conn1, QStringLiteral("connect :5000"));
    b.instant(10 * ms, server, InstantKind::Mark, conn1, QStringLiteral("accept :40001"));
    b.state(10 * ms, server, State::Running);
    b.state(11 * ms, server, State::Io, conn1);
    const quint32 m1 = b.flowBegin(12 * ms, c1, FlowKind::Send, conn1, 64);
    b.state(13 * ms, c1, State::Io, conn1);
    b.flowEnd(20 * ms, server, m1, conn1);
    b.state(20 * ms, server, State::Running);
    const quint32 e1 = b.flowBegin(21 * ms, server, FlowKind::Send, conn1, 64);
    b.state(22 * ms, server, State::Io, listener);
    b.flowEnd(30 * ms, c1, e1, conn1);
    b.state(30 * ms, c1, State::Running);
    b.instant(31 * ms, c1, InstantKind::Mark, conn1, QStringLiteral("close"));
    b.state(32 * ms, c1, State::Done);
    b.instant(32 * ms, c2, InstantKind::Mark, conn2, QStringLiteral("connect :5000"));
    b.instant(33 * ms, server, InstantKind::Mark, conn2, QStringLiteral("accept :40002"));
    b.state(33 * ms, server, State::Running);
    b.state(34 * ms, server, State::Io, conn2);
    const quint32 m2 = b.flowBegin(35 * ms, c2, FlowKind::Send, conn2, 64);
    b.state(36 * ms, c2, State::Io, conn2);
    b.flowEnd(40 * ms, server, m2, conn2);
    b.state(40 * ms, server, State::Running);
    b.flowBegin(41 * ms, server, FlowKind::Send, conn2, 64);
    b.instant(45 * ms, server, InstantKind::Mark, conn1, QStringLiteral("close"));
    b.state(50 * ms, main, State::Done);
    return b.build(
        QStringLiteral("socket.tcp_echo"), 50 * ms, { { QStringLiteral("echoed"), 1 }, { QStringLiteral("lost"), 1 } });
}

// socket.tcp_echo with a threaded server and n clients: client-k connects, sends 32 B to handler-k (a thread
// of the server's), which echoes it; the sessions overlap, one starting every millisecond.
inline Trace socketCrowdTrace(int n)
{
    TraceBuilder b;
    const int main = b.actor(QStringLiteral("MainThread"), ActorKind::Main);
    const int server = b.actor(QStringLiteral("server"), ActorKind::Thread, 1, main);
    std::vector<int> clients, handlers;
    for (int k = 1; k <= n; ++k)
        clients.push_back(b.actor(QStringLiteral("client-%1").arg(k), ActorKind::Thread, 1, main));
    for (int k = 1; k <= n; ++k)
        handlers.push_back(b.actor(QStringLiteral("handler-%1").arg(k), ActorKind::Thread, 1, server));
    b.state(0, main, State::Running);
    b.state(0, server, State::Running);
    for (int k = 0; k < n; ++k) {
        const qint64 t0 = (k + 1) * ms;
        const int conn = b.resource(QStringLiteral("client-%1 ↔ server").arg(k + 1), ResourceKind::Socket);
        b.state(t0, clients[std::size_t(k)], State::Running);
        b.instant(t0, clients[std::size_t(k)], InstantKind::Mark, conn, QStringLiteral("connect :5000"));
        b.instant(t0, server, InstantKind::Mark, conn, QStringLiteral("accept :%1").arg(40000 + k));
        b.state(t0, handlers[std::size_t(k)], State::Running);
        const quint32 m = b.flowBegin(t0 + 1 * ms, clients[std::size_t(k)], FlowKind::Send, conn, 32);
        b.flowEnd(t0 + 3 * ms, handlers[std::size_t(k)], m, conn);
        const quint32 e = b.flowBegin(t0 + 4 * ms, handlers[std::size_t(k)], FlowKind::Send, conn, 32);
        b.flowEnd(t0 + 6 * ms, clients[std::size_t(k)], e, conn);
        b.state(t0 + 7 * ms, clients[std::size_t(k)], State::Done);
        b.state(t0 + 7 * ms, handlers[std::size_t(k)], State::Done);
    }
    b.state((n + 8) * ms, main, State::Done);
    return b.build(QStringLiteral("socket.tcp_echo"), (n + 8) * ms, {});
}

} // namespace interleave::scenetest
