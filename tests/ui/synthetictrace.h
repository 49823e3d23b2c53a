// SPDX-License-Identifier: MIT
#pragma once

// Builds traces by hand for the timeline's tests and benchmarks: a small builder, the three lessons
// a newcomer must read from the picture (threads.semaphore, threads.race, threads.deadlock) shaped
// like the real scenarios' traces, and large random traces.

#include "trace/trace.h"

#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <queue>
#include <vector>

namespace interleave::test {

constexpr qint64 us = 1000;
constexpr qint64 ms = 1000 * us;

class SyntheticTrace {
public:
    TraceMeta meta;

    int actor(const QString& name, ActorKind kind = ActorKind::Thread, qint64 pid = 100)
    {
        m_actors.push_back(ActorInfo { name, kind, -1, pid, qint64(m_actors.size()) + 1000 });
        return int(m_actors.size()) - 1;
    }
    int resource(const QString& name, ResourceKind kind, qint64 capacity = 0)
    {
        m_resources.push_back(ResourceInfo { name, kind, capacity, -1 });
        return int(m_resources.size()) - 1;
    }
    void state(qint64 t, int actor, State s, int resource = -1)
    {
        add(t, EventType::State, actor, resource, quint8(s));
    }
    void hold(qint64 begin, qint64 end, int actor, int resource)
    {
        const qint64 id = m_nextId++;
        add(begin, EventType::HoldBegin, actor, resource, 0, id);
        if (end >= 0)
            add(end, EventType::HoldEnd, actor, resource, 0, id);
    }
    void counter(qint64 t, int resource, qint64 value, int actor = -1)
    {
        add(t, EventType::Counter, actor, resource, 0, value);
    }
    void flow(qint64 fromTime, int from, qint64 toTime, int to, FlowKind kind, int resource = -1)
    {
        const auto id = quint32(m_nextId++);
        add(fromTime, EventType::FlowBegin, from, resource, quint8(kind), 0, id);
        add(toTime, EventType::FlowEnd, to, resource, 0, 0, id);
    }
    void instant(qint64 t, int actor, InstantKind kind, const QString& text = {}, int resource = -1)
    {
        quint32 textId = 0;
        if (!text.isEmpty()) {
            m_texts << text;
            textId = quint32(m_texts.size() - 1);
        }
        add(t, EventType::Instant, actor, resource, quint8(kind), 0, textId);
    }
    std::size_t eventCount() const { return m_events.size(); }
    void reserve(std::size_t n) { m_events.reserve(n); }

    Trace build()
    {
        return Trace::build(meta, m_actors, m_resources, m_texts, std::move(m_events));
    }

    // threads.semaphore: 4 workers, 2 permits, each holds a permit for hold_ms (sleeping inside).
    static Trace semaphore(int workers = 4, int permits = 2, qint64 holdMs = 2000)
    {
        SyntheticTrace b;
        b.meta.scenario = QStringLiteral("threads.semaphore");
        b.meta.title = QStringLiteral("Semaphore: at most N at once");
        b.meta.params = { { QStringLiteral("workers"), workers }, { QStringLiteral("permits"), permits },
            { QStringLiteral("hold_ms"), holdMs } };
        b.meta.seed = 1;
        b.meta.outcome = { { QStringLiteral("max_concurrent"), std::min(workers, permits) } };
        const int main = b.actor(QStringLiteral("MainThread"), ActorKind::Main);
        const int sem = b.resource(QStringLiteral("sem"), ResourceKind::Semaphore, permits);
        std::vector<int> ws, joins;
        for (int i = 0; i < workers; ++i) {
            ws.push_back(b.actor(QStringLiteral("Worker-%1").arg(i + 1)));
            joins.push_back(b.resource(QStringLiteral("Worker-%1").arg(i + 1), ResourceKind::Thread));
        }
        b.state(0, main, State::Running);
        b.counter(0, sem, permits, main);
        // Permits free at each time, and who waits for one, FIFO.
        int free = permits;
        std::vector<qint64> releaseAt(std::size_t(workers), -1);
        std::vector<std::pair<qint64, int>> queue;
        qint64 t = 0;
        for (int i = 0; i < workers; ++i) {
            t += 200 * us;
            b.flow(t, main, t + 40 * us, ws[std::size_t(i)], FlowKind::Spawn);
            b.state(t + 40 * us, ws[std::size_t(i)], State::Running);
            const qint64 ask = t + 90 * us;
            if (free > 0) {
                --free;
                b.counter(ask, sem, free, ws[std::size_t(i)]);
                b.hold(ask, ask + holdMs * ms, ws[std::size_t(i)], sem);
                b.state(ask + 10 * us, ws[std::size_t(i)], State::Sleeping);
                releaseAt[std::size_t(i)] = ask + holdMs * ms;
            } else {
                b.state(ask, ws[std::size_t(i)], State::Blocked, sem);
                queue.push_back({ ask, i });
            }
        }
        // Each release hands the permit to the first waiter.
        std::vector<std::pair<qint64, int>> releases;
        for (int i = 0; i < workers; ++i) {
            if (releaseAt[std::size_t(i)] >= 0)
                releases.push_back({ releaseAt[std::size_t(i)], i });
        }
        std::size_t next = 0;
        while (!releases.empty()) {
            std::sort(releases.begin(), releases.end());
            const auto [rt, w] = releases.front();
            releases.erase(releases.begin());
            b.state(rt, ws[std::size_t(w)], State::Running);
            if (next < queue.size()) {
                const int to = queue[next++].second;
                b.flow(rt, ws[std::size_t(w)], rt + 30 * us, ws[std::size_t(to)], FlowKind::Release, sem);
                b.state(rt + 30 * us, ws[std::size_t(to)], State::Running);
                b.hold(rt + 30 * us, rt + 30 * us + holdMs * ms, ws[std::size_t(to)], sem);
                b.state(rt + 40 * us, ws[std::size_t(to)], State::Sleeping);
                releases.push_back({ rt + 30 * us + holdMs * ms, to });
            } else {
                b.counter(rt, sem, ++free, ws[std::size_t(w)]);
            }
            b.state(rt + 60 * us, ws[std::size_t(w)], State::Done);
            releaseAt[std::size_t(w)] = rt + 60 * us;
        }
        // The main thread joins the workers in order.
        qint64 mt = t + 100 * us;
        for (int i = 0; i < workers; ++i) {
            const qint64 end = releaseAt[std::size_t(i)];
            if (end > mt) {
                b.state(mt, main, State::Waiting, joins[std::size_t(i)]);
                b.flow(end, ws[std::size_t(i)], end + 20 * us, main, FlowKind::Join);
                mt = end + 20 * us;
                b.state(mt, main, State::Running);
            }
        }
        b.state(mt + 50 * us, main, State::Done);
        return b.build();
    }

    // threads.race: `counter += 1` without a lock; some writes overwrite a newer value.
    static Trace race(int threads = 4, int increments = 1000, quint64 seed = 7)
    {
        SyntheticTrace b;
        b.meta.scenario = QStringLiteral("threads.race");
        b.meta.title = QStringLiteral("Race: counter += 1 without a lock");
        b.meta.params = { { QStringLiteral("threads"), threads }, { QStringLiteral("increments"), increments },
            { QStringLiteral("lock"), false }, { QStringLiteral("window_us"), 0 } };
        b.meta.seed = seed;
        QRandomGenerator rng { quint32(seed) };
        const int main = b.actor(QStringLiteral("MainThread"), ActorKind::Main);
        const int counter = b.resource(QStringLiteral("counter"), ResourceKind::SharedValue);
        std::vector<int> ts;
        for (int i = 0; i < threads; ++i)
            ts.push_back(b.actor(QStringLiteral("Thread-%1").arg(i + 1)));
        b.state(0, main, State::Running);
        b.counter(0, counter, 0, main);
        // A GIL-like schedule: one thread runs a slice of increments, then another; a switch
        // between a read and its write loses the other thread's updates.
        qint64 value = 0, t = 50 * us;
        std::vector<int> left(std::size_t(threads), increments);
        std::vector<qint64> pendingRead(std::size_t(threads), -1);
        for (int i = 0; i < threads; ++i) {
            b.flow(t, main, t + 20 * us, ts[std::size_t(i)], FlowKind::Spawn);
            b.state(t + 20 * us, ts[std::size_t(i)], State::Runnable);
            t += 30 * us;
        }
        b.state(t, main, State::Waiting, -1);
        int current = 0;
        while (std::any_of(left.begin(), left.end(), [](int n) { return n > 0; })) {
            while (left[std::size_t(current)] == 0)
                current = (current + 1) % threads;
            const int a = ts[std::size_t(current)];
            b.state(t, a, State::Running);
            int slice = int(rng.bounded(20, 160));
            while (slice-- > 0 && left[std::size_t(current)] > 0) {
                qint64& read = pendingRead[std::size_t(current)];
                if (read < 0)
                    read = value;
                t += 700 + rng.bounded(600);
                if (slice == 0 && rng.bounded(12) == 0)
                    break; // switched out between read and write
                value = read + 1;
                b.counter(t, counter, value, a);
                read = -1;
                --left[std::size_t(current)];
                t += 300;
            }
            b.state(t, a, left[std::size_t(current)] > 0 ? State::Runnable : State::Done);
            t += 5 * us;
            current = (current + 1) % threads;
        }
        for (int i = 0; i < threads; ++i)
            b.flow(t - 5 * us, ts[std::size_t(i)], t + qint64(i) * 10 * us, main, FlowKind::Join);
        b.state(t + 60 * us, main, State::Running);
        b.state(t + 100 * us, main, State::Done);
        const qint64 expected = qint64(threads) * increments;
        b.meta.outcome = { { QStringLiteral("counter"), value }, { QStringLiteral("expected"), expected },
            { QStringLiteral("lost"), expected - value } };
        return b.build();
    }

    // threads.deadlock: two philosophers, two forks; one round works, then each holds one fork and
    // waits for the other's. The engine detects it, reports the cycle and cancels the waits.
    static Trace deadlock()
    {
        SyntheticTrace b;
        b.meta.scenario = QStringLiteral("threads.deadlock");
        b.meta.title = QStringLiteral("Deadlock: dining philosophers");
        b.meta.params = { { QStringLiteral("philosophers"), 2 }, { QStringLiteral("ordered"), false },
            { QStringLiteral("eat_ms"), 100 }, { QStringLiteral("rounds"), 3 } };
        b.meta.seed = 1;
        b.meta.outcome = { { QStringLiteral("deadlock"), true },
            { QStringLiteral("cycle"), QStringList { QStringLiteral("Philosopher-0"), QStringLiteral("Philosopher-1") } } };
        const int main = b.actor(QStringLiteral("MainThread"), ActorKind::Main);
        const int p0 = b.actor(QStringLiteral("Philosopher-0"));
        const int p1 = b.actor(QStringLiteral("Philosopher-1"));
        const int f0 = b.resource(QStringLiteral("fork 0"), ResourceKind::Mutex);
        const int f1 = b.resource(QStringLiteral("fork 1"), ResourceKind::Mutex);
        const int j0 = b.resource(QStringLiteral("Philosopher-0"), ResourceKind::Thread);
        b.state(0, main, State::Running);
        b.flow(100 * us, main, 150 * us, p0, FlowKind::Spawn);
        b.flow(300 * us, main, 350 * us, p1, FlowKind::Spawn);
        b.state(400 * us, main, State::Waiting, j0);
        // Philosopher-0 eats once with both forks.
        b.state(150 * us, p0, State::Running);
        b.hold(200 * us, 100200 * us, p0, f0);
        b.hold(250 * us, 100150 * us, p0, f1);
        b.state(300 * us, p0, State::Sleeping);
        // Philosopher-1 takes fork 1... no: it is taken; it waits for it.
        b.state(350 * us, p1, State::Running);
        b.state(400 * us, p1, State::Blocked, f1);
        b.state(100100 * us, p0, State::Running);
        b.flow(100150 * us, p0, 100180 * us, p1, FlowKind::Release, f1);
        b.state(100180 * us, p1, State::Running);
        b.hold(100180 * us, -1, p1, f1);
        // Round two: each holds one fork and waits for the other.
        b.hold(100260 * us, -1, p0, f0);
        b.state(100300 * us, p0, State::Blocked, f1);
        b.state(100320 * us, p1, State::Blocked, f0);
        const qint64 found = 350 * ms;
        b.instant(found, -1, InstantKind::Deadlock,
            QStringLiteral("Philosopher-0 waits for fork 1, held by Philosopher-1; Philosopher-1 waits for fork 0, held by Philosopher-0"));
        b.state(found + 200 * us, p0, State::Cancelled);
        b.state(found + 220 * us, p1, State::Cancelled);
        b.state(found + 300 * us, main, State::Running);
        b.state(found + 400 * us, main, State::Done);
        b.meta.durationNs = found + 400 * us;
        return b.build();
    }

    // A large random run: `actors` threads changing state, a lock, a 4-permit semaphore, a shared
    // counter and a queue's length, and release/notify flows; about `events` events.
    static Trace big(qint64 events, int actors = 12, quint64 seed = 42)
    {
        SyntheticTrace b;
        b.meta.scenario = QStringLiteral("bench.big");
        b.meta.title = QStringLiteral("Synthetic load");
        b.meta.seed = seed;
        b.reserve(std::size_t(events) + 16);
        QRandomGenerator rng { quint32(seed) };
        std::vector<int> as;
        for (int i = 0; i < actors; ++i)
            as.push_back(b.actor(QStringLiteral("Worker-%1").arg(i + 1)));
        const int lock = b.resource(QStringLiteral("lock"), ResourceKind::Mutex);
        const int sem = b.resource(QStringLiteral("pool"), ResourceKind::Semaphore, 4);
        const int value = b.resource(QStringLiteral("counter"), ResourceKind::SharedValue);
        const int queue = b.resource(QStringLiteral("jobs"), ResourceKind::Queue, 64);
        // Budget: 60% states, 12% holds, 18% counters, 10% flows.
        const qint64 stateEvents = events * 60 / 100, holdEvents = events * 12 / 100;
        const qint64 counterEvents = events * 18 / 100, flowEvents = events * 10 / 100;
        const qint64 perActor = std::max<qint64>(1, stateEvents / actors);
        const qint64 duration = std::max<qint64>(perActor * 4 * us, 10 * ms);
        static constexpr State pick[] = { State::Running, State::Running, State::Running, State::Runnable,
            State::Blocked, State::Waiting, State::Sleeping, State::Io };
        for (int a : as) {
            qint64 t = rng.bounded(1000);
            for (qint64 i = 0; i < perActor; ++i) {
                const State s = pick[rng.bounded(8)];
                b.state(t, a, s, s == State::Blocked ? lock : s == State::Waiting ? queue : -1);
                t += 500 + rng.bounded(7000);
            }
        }
        // The lock: holds one after another; the semaphore: 4 permit slots, each sequential.
        const qint64 lockHolds = holdEvents / 4, semHolds = holdEvents / 4;
        qint64 t = 0;
        int lastHolder = -1;
        for (qint64 i = 0; i < lockHolds; ++i) {
            const int a = as[rng.bounded(quint32(actors))];
            const qint64 len = 1 + qint64(rng.bounded(quint32(std::max<qint64>(2, duration / lockHolds))));
            b.hold(t, t + len, a, lock);
            if (lastHolder >= 0 && i % 2 == 0 && flowEvents > 0)
                b.flow(t, lastHolder, t + 50, a, FlowKind::Release, lock);
            lastHolder = a;
            t += len + rng.bounded(quint32(std::max<qint64>(2, duration / lockHolds)));
        }
        for (int slot = 0; slot < 4; ++slot) {
            qint64 st = 0;
            for (qint64 i = 0; i < semHolds / 4; ++i) {
                const qint64 len = 1 + qint64(rng.bounded(quint32(std::max<qint64>(2, 4 * duration / semHolds))));
                b.hold(st, st + len, as[rng.bounded(quint32(actors))], sem);
                st += len + 1;
            }
        }
        qint64 v = 0;
        for (qint64 i = 0; i < counterEvents / 2; ++i) {
            const qint64 ct = duration * i / std::max<qint64>(1, counterEvents / 2);
            v += rng.bounded(10) == 0 ? 0 : 1;
            b.counter(ct, value, v);
            b.counter(ct + 7, queue, rng.bounded(64));
        }
        const qint64 remainingFlows = std::max<qint64>(0, (flowEvents - lockHolds) / 2);
        for (qint64 i = 0; i < remainingFlows; ++i) {
            const qint64 ft = qint64(rng.bounded(quint32(std::min<qint64>(duration, 0xffffffff))));
            b.flow(ft, as[rng.bounded(quint32(actors))], ft + 100 + rng.bounded(20000), as[rng.bounded(quint32(actors))], FlowKind::Notify);
        }
        b.meta.durationNs = duration + 10 * ms;
        return b.build();
    }

    // An event loop's many tasks: MainThread and a "server" task, then `count` tasks "client-1"...
    // From 2 ms to 80 ms three clients in four are suspended and the fourth is in I/O; each client
    // is spawned by the server, runs for 1 ms first, and ends at 80 ms. `distinct`: names without a
    // shared stem instead ("alpha", "bravo"..., never grouped).
    static Trace tasks(int count, bool distinct = false)
    {
        SyntheticTrace b;
        b.meta.scenario = QStringLiteral("test.tasks");
        b.meta.title = QStringLiteral("Many tasks");
        b.meta.params = { { QStringLiteral("clients"), count } };
        b.meta.outcome = { { QStringLiteral("served"), count } };
        b.reserve(std::size_t(count) * 6 + 16);
        const int main = b.actor(QStringLiteral("MainThread"), ActorKind::Main);
        const int server = b.actor(QStringLiteral("server"), ActorKind::Task);
        const int loop = b.resource(QStringLiteral("event loop"), ResourceKind::Loop);
        b.state(0, main, State::Running);
        b.state(0, server, State::Running);
        static const char* const words[] = { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel" };
        for (int i = 0; i < count; ++i) {
            const QString name = distinct ? QStringLiteral("%1 %2").arg(QLatin1String(words[i % 8])).arg(QChar(u'a' + (i / 8) % 26)) + QString(i / 208, u'x')
                                           : QStringLiteral("client-%1").arg(i + 1);
            const int c = b.actor(name, ActorKind::Task);
            b.flow(500 * us, server, 1 * ms, c, FlowKind::Spawn);
            b.state(1 * ms, c, State::Running);
            b.state(2 * ms, c, i % 4 == 3 ? State::Io : State::Suspended, loop);
            b.state(80 * ms, c, State::Done);
        }
        b.state(90 * ms, server, State::Done);
        b.state(95 * ms, main, State::Done);
        b.meta.durationNs = 100 * ms;
        return b.build();
    }

private:
    void add(qint64 t, EventType type, int actor, int resource, quint8 code, qint64 value = 0, quint32 flow = 0)
    {
        Event e;
        e.time = t;
        e.type = type;
        e.actor = actor;
        e.resource = resource;
        e.code = code;
        e.value = value;
        e.flow = flow;
        m_events.push_back(e);
    }

    std::vector<ActorInfo> m_actors;
    std::vector<ResourceInfo> m_resources;
    QStringList m_texts { QString() }; // text id 0: none
    std::vector<Event> m_events;
    qint64 m_nextId = 1;
};

} // namespace interleave::test
