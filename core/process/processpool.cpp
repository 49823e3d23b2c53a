// SPDX-License-Identifier: MIT
#include "process/processpool.h"

#include "engine/runcontext.h"
#include "process/channel.h"
#include "process/childcontext.h"
#include "process/childentries.h"
#include "process/shmsegment.h"
#include "process/side.h"
#include "sync/waitnode.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <condition_variable>
#include <map>

#include <unistd.h>

namespace interleave {

namespace {

QByteArray encode(const QJsonArray& a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

struct TaskResult {
    bool ok = true;
    QJsonValue value;
    QString error;
    quint32 wake = 0;
};

// The descriptors a worker gets: the task queue's read end, the result channel's write end, the count.
struct PoolChannels : Shareable {
    int tasks = -1;
    int results = -1;
    int count = -1;
    int queueRes = -1;
    QJsonValue share(FdTable& fds) const override
    {
        return QJsonObject { { QStringLiteral("tasks"), fds.pass(tasks) },
            { QStringLiteral("results"), fds.pass(results) }, { QStringLiteral("count"), fds.pass(count) },
            { QStringLiteral("queue"), queueRes } };
    }
};

} // namespace

struct ProcessPool::Impl {
    explicit Impl(RunContext& c)
        : ctx(c)
        , side(c)
    {
    }
    RunContext& ctx;
    ParentSide side;
    int taskW = -1, taskR = -1, resultW = -1, resultR = -1;
    std::shared_ptr<ShmSegment> count;
    int poolRes = -1;
    int queueRes = -1;
    std::vector<Process> workers;
    std::vector<int> futures;

    std::mutex m; // guards what follows
    std::condition_variable cv;
    bool reading = false; // one waiter reads the result channel for all
    bool closed = false;
    std::map<int, TaskResult> results;

    std::atomic<qint64>& items() const { return *static_cast<std::atomic<qint64>*>(count->data()); }
};

ProcessPool::ProcessPool(RunContext& ctx, int processes)
    : d(std::make_unique<Impl>(ctx))
{
    int t[2];
    int r[2];
    channel::makePair(t);
    channel::makePair(r);
    d->taskW = t[0];
    d->taskR = t[1];
    d->resultW = r[0];
    d->resultR = r[1];
    d->count = ShmSegment::create(sizeof(std::atomic<qint64>));
    new (d->count->data()) std::atomic<qint64>(0);
    Recorder& rec = ctx.recorder();
    d->poolRes = rec.addResource(ResourceInfo { QStringLiteral("Pool"), ResourceKind::Pool, processes, -1 });
    d->queueRes = rec.addResource(ResourceInfo { QStringLiteral("task queue"), ResourceKind::Queue, 0, -1 });
    d->side.counter(d->queueRes, 0);
    PoolChannels channels;
    channels.tasks = d->taskR;
    channels.results = d->resultW;
    channels.count = d->count->fd();
    channels.queueRes = d->queueRes;
    for (int i = 0; i < processes; ++i) {
        d->workers.emplace_back(ctx, QStringLiteral("process.pool_worker"), ProcessArgs() << channels,
            Process::nextName(ctx, QStringLiteral("SpawnPoolWorker")), true);
        d->workers.back().start();
    }
}

ProcessPool::~ProcessPool()
{
    for (int fd : { d->taskW, d->taskR, d->resultW, d->resultR })
        ::close(fd);
}

const std::vector<Process>& ProcessPool::workers() const
{
    return d->workers;
}
int ProcessPool::resource() const
{
    return d->poolRes;
}

int ProcessPool::submit(const QString& entry, const QJsonArray& args)
{
    int task = 0;
    {
        std::lock_guard lock(d->m);
        if (d->closed)
            throw pyError("ValueError", QT_TRANSLATE_NOOP("PyError", "Pool not running"));
        task = int(d->futures.size());
        d->futures.push_back(d->ctx.recorder().addResource(
            ResourceInfo { QStringLiteral("task-%1").arg(task), ResourceKind::Future, 0, -1 }));
    }
    const int future = d->futures[std::size_t(task)];
    d->side.throwIfInterrupted();
    d->side.counter(d->queueRes, d->items().fetch_add(1, std::memory_order_acq_rel) + 1);
    const quint32 flow = d->side.flowBegin(FlowKind::Submit, future);
    channel::send(d->side, d->taskW, encode(QJsonArray { task, entry, args, future, qint64(flow) }));
    return task;
}

QJsonValue ProcessPool::wait(int task, double timeoutMs)
{
    int future = -1;
    {
        std::lock_guard lock(d->m);
        future = d->futures.at(std::size_t(task));
    }
    Side& side = d->side;
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::microseconds(qint64(std::max(0.0, timeoutMs) * 1000));
    std::unique_lock lock(d->m);
    bool waited = false;
    auto stopWaiting = [&] {
        if (waited)
            side.endWait();
    };
    while (!d->results.count(task)) {
        if (!waited) {
            waited = true;
            side.state(State::Waiting, future);
            side.beginWait(future, State::Waiting, timeoutMs >= 0);
        }
        if (side.interrupted()) {
            lock.unlock();
            stopWaiting();
            throw Interrupted {};
        }
        if (timeoutMs >= 0 && Clock::now() >= deadline) {
            lock.unlock();
            side.instant(InstantKind::Timeout, future);
            side.state(State::Running);
            stopWaiting();
            throw PyError { QStringLiteral("TimeoutError"), {} };
        }
        if (d->reading) {
            d->cv.wait_for(lock, std::chrono::milliseconds(20));
            continue;
        }
        d->reading = true;
        lock.unlock();
        std::optional<QByteArray> message;
        try {
            message = channel::receive(side, d->resultR, 20);
        } catch (...) {
            lock.lock();
            d->reading = false;
            d->cv.notify_all();
            lock.unlock();
            stopWaiting();
            throw;
        }
        lock.lock();
        d->reading = false;
        if (message) {
            const QJsonArray a = QJsonDocument::fromJson(*message).array();
            TaskResult r;
            r.ok = a.at(1).toBool();
            r.value = a.at(2);
            r.error = a.at(3).toString();
            r.wake = quint32(a.at(4).toInteger());
            d->results[a.at(0).toInt()] = r;
        }
        d->cv.notify_all();
    }
    const TaskResult r = d->results[task];
    lock.unlock();
    side.flowEnd(r.wake, future);
    if (waited) {
        side.state(State::Running);
        side.endWait();
    }
    if (!r.ok)
        throw PyError { r.error.section(QStringLiteral(": "), 0, 0), r.error.section(QStringLiteral(": "), 1) };
    return r.value;
}

QJsonArray ProcessPool::map(const QString& entry, const QJsonArray& items)
{
    std::vector<int> tasks;
    for (const QJsonValue& item : items)
        tasks.push_back(submit(entry, QJsonArray { item }));
    QJsonArray out;
    for (int t : tasks)
        out.append(wait(t, -1));
    return out;
}

QJsonArray ProcessPool::starmap(const QString& entry, const QJsonArray& argLists)
{
    std::vector<int> tasks;
    for (const QJsonValue& args : argLists)
        tasks.push_back(submit(entry, args.toArray()));
    QJsonArray out;
    for (int t : tasks)
        out.append(wait(t, -1));
    return out;
}

QJsonValue ProcessPool::apply(const QString& entry, const QJsonArray& args)
{
    return wait(submit(entry, args), -1);
}

ProcessPool::AsyncResult ProcessPool::applyAsync(const QString& entry, const QJsonArray& args)
{
    AsyncResult r;
    r.m_pool = this;
    r.m_task = submit(entry, args);
    return r;
}

QJsonValue ProcessPool::AsyncResult::get(double timeoutMs)
{
    return m_pool->wait(m_task, timeoutMs);
}

bool ProcessPool::AsyncResult::ready() const
{
    std::lock_guard lock(m_pool->d->m);
    return m_pool->d->results.count(m_task) > 0;
}

void ProcessPool::close()
{
    {
        std::lock_guard lock(d->m);
        if (d->closed)
            return;
        d->closed = true;
    }
    // One sentinel per worker, after every queued task.
    for (std::size_t i = 0; i < d->workers.size(); ++i)
        channel::send(d->side, d->taskW, encode(QJsonArray { -1 }));
}

void ProcessPool::join()
{
    for (Process& p : d->workers)
        p.join();
}

void ProcessPool::terminate()
{
    {
        std::lock_guard lock(d->m);
        d->closed = true;
    }
    for (Process& p : d->workers)
        p.terminate();
}

namespace {

// A pool worker: takes tasks until the sentinel, runs each task's entry, sends its result.
QJsonValue poolWorkerEntry(ChildContext& cx, const QJsonArray& args)
{
    const QJsonObject h = args.at(0).toObject();
    const int tasks = h.value(u"tasks").toInt();
    const int results = h.value(u"results").toInt();
    const int queueRes = h.value(u"queue").toInt();
    auto count = ShmSegment::attach(h.value(u"count").toInt(), sizeof(std::atomic<qint64>));
    auto& items = *static_cast<std::atomic<qint64>*>(count->data());
    for (;;) {
        cx.state(State::Waiting, queueRes);
        // Idle workers are not stuck: the wait is marked as one that ends by itself.
        cx.beginWait(queueRes, State::Waiting, true);
        const std::optional<QByteArray> m = channel::receive(cx, tasks);
        cx.endWait();
        cx.state(State::Running);
        if (!m)
            break;
        const QJsonArray task = QJsonDocument::fromJson(*m).array();
        const int index = task.at(0).toInt();
        if (index < 0)
            break;
        cx.counter(queueRes, items.fetch_sub(1, std::memory_order_acq_rel) - 1);
        const QString entryName = task.at(1).toString();
        const int future = task.at(3).toInt();
        cx.flowEnd(quint32(task.at(4).toInteger()), future);
        const auto hold = qint64(cx.nextId());
        cx.holdBegin(future, hold);
        QJsonArray reply { index, true, QJsonValue(), QString() };
        const ChildEntry entry = ChildEntries::find(entryName);
        try {
            if (!entry)
                throw PyError { QStringLiteral("AttributeError"),
                    QStringLiteral("interleave-worker has no entry '%1'").arg(entryName) };
            reply[2] = entry(cx, task.at(2).toArray());
            cx.holdEnd(future, hold);
            cx.instant(InstantKind::Result, future, reply[2].toInteger());
        } catch (const PyError& e) {
            cx.holdEnd(future, hold);
            const QString text = e.message.isEmpty() ? e.type : e.type + QStringLiteral(": ") + e.message;
            cx.instant(InstantKind::Exception, future, 0, text);
            reply[1] = false;
            reply[3] = text;
        }
        reply.append(qint64(cx.flowBegin(FlowKind::Wake, future)));
        channel::send(cx, results, encode(reply));
    }
    return QJsonValue();
}

} // namespace

INTERLEAVE_CHILD_ENTRY(poolWorkerEntry, "process.pool_worker");

} // namespace interleave
