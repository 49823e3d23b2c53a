// SPDX-License-Identifier: MIT
#pragma once

#include "trace/clock.h"
#include "trace/types.h"

#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace interleave {

// Collects a run's events. Each writing thread appends to a buffer of its own: after the first event
// of a thread there is no lock, and no allocation until a chunk fills (chunks are reused across
// runs). Readers may read what has been published while the run is live.
class Recorder {
public:
    Recorder();
    ~Recorder();
    Recorder(const Recorder&) = delete;
    Recorder& operator=(const Recorder&) = delete;

    // Forgets every event, actor, resource and text, keeping chunks for reuse, and sets time zero
    // to now. Call only while no thread is recording.
    void reset();

    // Sets time zero to now, so that a run's picture begins when its program does, not when it was
    // asked for (a thread to start, the run's set-up). Call before the first event is recorded; now()
    // may be read meanwhile from another thread.
    void startClock() noexcept { m_origin.store(Clock::now(), std::memory_order_relaxed); }

    qint64 origin() const { return m_origin.load(std::memory_order_relaxed); } // Clock time of time zero
    qint64 now() const noexcept { return Clock::now() - m_origin.load(std::memory_order_relaxed); }

    // Registration: thread-safe, takes a lock; not for the hot path.
    int addActor(const ActorInfo& actor);
    // A thread's OS id is known only once it runs, after it was registered in creation order.
    void setActorTid(int actor, qint64 tid);
    // Replaces what is known of an actor (a child process's kind and pid, once it is spawned).
    void setActor(int actor, const ActorInfo& info);
    int addResource(const ResourceInfo& resource);
    quint32 addText(const QString& text); // for instants; 0 means "no text"
    quint64 nextId() noexcept { return m_nextId.fetch_add(1, std::memory_order_relaxed); }
    // `count` consecutive ids, returns the first: a child process hands them out itself.
    quint64 reserveIds(quint64 count) noexcept { return m_nextId.fetch_add(count, std::memory_order_relaxed); }

    // The hot path. Thread-safe; events of one thread keep their order.
    void record(const Event& e) noexcept;

    // Helpers stamping the current time.
    void state(int actor, State s, int resource = -1) noexcept;
    void holdBegin(int actor, int resource, qint64 holdId) noexcept;
    void holdEnd(int actor, int resource, qint64 holdId) noexcept;
    void counter(int actor, int resource, qint64 value) noexcept;
    // Returns the flow id to pass to flowEnd().
    quint32 flowBegin(int actor, FlowKind kind, int resource = -1) noexcept;
    void flowEnd(int actor, quint32 flowId, int resource = -1) noexcept;
    void instant(int actor, InstantKind kind, int resource = -1, qint64 value = 0, quint32 textId = 0) noexcept;

    // Reading, from any thread, while the run is live.
    struct Cursor {
        struct Position {
            const void* chunk = nullptr;
            int index = 0;
        };
        std::vector<Position> positions; // one per buffer, in registration order
    };
    // Appends the events published since `cursor` to `out`, sorted by time within the batch.
    void readNew(Cursor& cursor, std::vector<Event>& out) const;
    quint64 eventCount() const; // events published so far
    std::vector<ActorInfo> actors() const;
    std::vector<ResourceInfo> resources() const;
    QStringList texts() const; // index = text id; texts()[0] is empty

    // Every event, merged in time order. Call after the writers have stopped.
    std::vector<Event> events() const;

    // Memory held by event storage (for benchmarks).
    std::size_t bytesReserved() const;

private:
    struct Chunk;
    struct Buffer;
    Buffer* registerThread();
    Chunk* takeChunk(int capacity);
    void grow(Buffer* b) noexcept;

    const quint64 m_uid;
    std::atomic<quint64> m_generation;
    std::atomic<qint64> m_origin { 0 };
    alignas(64) std::atomic<quint64> m_nextId { 1 }; // its own cache line: record() reads m_generation

    alignas(64) mutable std::mutex m_mutex; // guards everything below
    std::vector<std::unique_ptr<Buffer>> m_buffers;
    std::vector<Chunk*> m_freeChunks;
    std::vector<ActorInfo> m_actors;
    std::vector<ResourceInfo> m_resources;
    QStringList m_texts;
};

} // namespace interleave
