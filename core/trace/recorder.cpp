// SPDX-License-Identifier: MIT
#include "trace/recorder.h"

#include <algorithm>

namespace interleave {

// A cache line of its own: `count` is written at every event, and two writers' chunk headers side
// by side in memory would bounce that line between their cores.
struct alignas(64) Recorder::Chunk {
    explicit Chunk(int cap)
        : events(new Event[std::size_t(cap)])
        , capacity(cap)
    {
    }
    std::unique_ptr<Event[]> events;
    const int capacity;
    std::atomic<int> count { 0 }; // published events; the writer stores with release
    std::atomic<Chunk*> next { nullptr };
};

struct Recorder::Buffer {
    Chunk* head = nullptr; // fixed once registered
    Chunk* tail = nullptr; // touched by the writer only
    int chunks = 0;
};

namespace {

std::atomic<quint64> g_nextRecorderUid { 1 };

struct ThreadCache {
    quint64 uid = 0;
    quint64 generation = 0;
    void* buffer = nullptr;
};
thread_local ThreadCache t_cache;

// Chunks grow so that a thread recording a handful of events costs little, and a busy one
// allocates rarely.
int chunkCapacity(int chunkIndex)
{
    constexpr int sizes[] = { 256, 2048, 16384 };
    return sizes[std::min(chunkIndex, 2)];
}

} // namespace

Recorder::Recorder()
    : m_uid(g_nextRecorderUid.fetch_add(1))
    , m_generation(1)
    , m_origin(Clock::now())
{
    m_texts.append(QString());
}

Recorder::~Recorder()
{
    for (auto& b : m_buffers) {
        for (Chunk* c = b->head; c;) {
            Chunk* next = c->next.load(std::memory_order_relaxed);
            delete c;
            c = next;
        }
    }
    for (Chunk* c : m_freeChunks)
        delete c;
}

void Recorder::reset()
{
    std::lock_guard lock(m_mutex);
    for (auto& b : m_buffers) {
        for (Chunk* c = b->head; c;) {
            Chunk* next = c->next.load(std::memory_order_relaxed);
            c->count.store(0, std::memory_order_relaxed);
            c->next.store(nullptr, std::memory_order_relaxed);
            m_freeChunks.push_back(c);
            c = next;
        }
    }
    m_buffers.clear();
    m_actors.clear();
    m_resources.clear();
    m_texts = QStringList { QString() };
    m_nextId.store(1, std::memory_order_relaxed);
    m_generation.fetch_add(1, std::memory_order_release);
    m_origin.store(Clock::now(), std::memory_order_relaxed);
}

int Recorder::addActor(const ActorInfo& actor)
{
    std::lock_guard lock(m_mutex);
    m_actors.push_back(actor);
    return int(m_actors.size()) - 1;
}

void Recorder::setActorTid(int actor, qint64 tid)
{
    std::lock_guard lock(m_mutex);
    if (actor >= 0 && std::size_t(actor) < m_actors.size())
        m_actors[std::size_t(actor)].tid = tid;
}

void Recorder::setActor(int actor, const ActorInfo& info)
{
    std::lock_guard lock(m_mutex);
    if (actor >= 0 && std::size_t(actor) < m_actors.size())
        m_actors[std::size_t(actor)] = info;
}

int Recorder::addResource(const ResourceInfo& resource)
{
    std::lock_guard lock(m_mutex);
    m_resources.push_back(resource);
    return int(m_resources.size()) - 1;
}

quint32 Recorder::addText(const QString& text)
{
    if (text.isEmpty())
        return 0;
    std::lock_guard lock(m_mutex);
    m_texts.append(text);
    return quint32(m_texts.size() - 1);
}

Recorder::Chunk* Recorder::takeChunk(int capacity)
{
    // Caller holds m_mutex.
    for (auto it = m_freeChunks.rbegin(); it != m_freeChunks.rend(); ++it) {
        if ((*it)->capacity >= capacity) {
            Chunk* c = *it;
            m_freeChunks.erase(std::next(it).base());
            return c;
        }
    }
    return new Chunk(capacity);
}

Recorder::Buffer* Recorder::registerThread()
{
    std::lock_guard lock(m_mutex);
    auto b = std::make_unique<Buffer>();
    b->head = b->tail = takeChunk(chunkCapacity(0));
    b->chunks = 1;
    m_buffers.push_back(std::move(b));
    return m_buffers.back().get();
}

void Recorder::grow(Buffer* b) noexcept
{
    Chunk* c;
    {
        std::lock_guard lock(m_mutex);
        c = takeChunk(chunkCapacity(b->chunks));
    }
    ++b->chunks;
    b->tail->next.store(c, std::memory_order_release);
    b->tail = c;
}

void Recorder::record(const Event& e) noexcept
{
    ThreadCache& tc = t_cache;
    Buffer* b;
    const quint64 gen = m_generation.load(std::memory_order_relaxed);
    if (tc.uid == m_uid && tc.generation == gen) [[likely]] {
        b = static_cast<Buffer*>(tc.buffer);
    } else {
        b = registerThread();
        tc = ThreadCache { m_uid, gen, b };
    }
    Chunk* c = b->tail;
    int n = c->count.load(std::memory_order_relaxed);
    if (n == c->capacity) [[unlikely]] {
        grow(b);
        c = b->tail;
        n = 0;
    }
    c->events[std::size_t(n)] = e;
    c->count.store(n + 1, std::memory_order_release);
}

void Recorder::state(int actor, State s, int resource) noexcept
{
    Event e;
    e.time = now();
    e.actor = actor;
    e.resource = resource;
    e.type = EventType::State;
    e.code = quint8(s);
    record(e);
}

void Recorder::holdBegin(int actor, int resource, qint64 holdId) noexcept
{
    record(Event { now(), holdId, 0, actor, resource, EventType::HoldBegin, 0, 0 });
}

void Recorder::holdEnd(int actor, int resource, qint64 holdId) noexcept
{
    record(Event { now(), holdId, 0, actor, resource, EventType::HoldEnd, 0, 0 });
}

void Recorder::counter(int actor, int resource, qint64 value) noexcept
{
    record(Event { now(), value, 0, actor, resource, EventType::Counter, 0, 0 });
}

quint32 Recorder::flowBegin(int actor, FlowKind kind, int resource) noexcept
{
    const auto id = quint32(nextId());
    record(Event { now(), 0, id, actor, resource, EventType::FlowBegin, quint8(kind), 0 });
    return id;
}

void Recorder::flowEnd(int actor, quint32 flowId, int resource) noexcept
{
    if (flowId == 0)
        return;
    record(Event { now(), 0, flowId, actor, resource, EventType::FlowEnd, 0, 0 });
}

void Recorder::instant(int actor, InstantKind kind, int resource, qint64 value, quint32 textId) noexcept
{
    record(Event { now(), value, textId, actor, resource, EventType::Instant, quint8(kind), 0 });
}

void Recorder::readNew(Cursor& cursor, std::vector<Event>& out) const
{
    std::vector<Buffer*> buffers;
    {
        std::lock_guard lock(m_mutex);
        buffers.reserve(m_buffers.size());
        for (const auto& b : m_buffers)
            buffers.push_back(b.get());
    }
    cursor.positions.resize(buffers.size());
    const std::size_t first = out.size();
    for (std::size_t i = 0; i < buffers.size(); ++i) {
        auto& pos = cursor.positions[i];
        auto* c = static_cast<const Chunk*>(pos.chunk);
        if (!c)
            c = buffers[i]->head;
        int index = pos.index;
        for (;;) {
            const int count = c->count.load(std::memory_order_acquire);
            out.insert(out.end(), c->events.get() + index, c->events.get() + count);
            index = count;
            if (count < c->capacity)
                break;
            const Chunk* next = c->next.load(std::memory_order_acquire);
            if (!next)
                break;
            c = next;
            index = 0;
        }
        pos.chunk = c;
        pos.index = index;
    }
    std::stable_sort(out.begin() + std::ptrdiff_t(first), out.end(),
        [](const Event& a, const Event& b) { return a.time < b.time; });
}

quint64 Recorder::eventCount() const
{
    std::lock_guard lock(m_mutex);
    quint64 n = 0;
    for (const auto& b : m_buffers) {
        for (const Chunk* c = b->head; c; c = c->next.load(std::memory_order_acquire))
            n += quint64(c->count.load(std::memory_order_acquire));
    }
    return n;
}

std::vector<ActorInfo> Recorder::actors() const
{
    std::lock_guard lock(m_mutex);
    return m_actors;
}

std::vector<ResourceInfo> Recorder::resources() const
{
    std::lock_guard lock(m_mutex);
    return m_resources;
}

QStringList Recorder::texts() const
{
    std::lock_guard lock(m_mutex);
    return m_texts;
}

std::vector<Event> Recorder::events() const
{
    Cursor cursor;
    std::vector<Event> out;
    out.reserve(eventCount());
    readNew(cursor, out);
    return out;
}

std::size_t Recorder::bytesReserved() const
{
    std::lock_guard lock(m_mutex);
    std::size_t bytes = 0;
    for (const auto& b : m_buffers) {
        for (const Chunk* c = b->head; c; c = c->next.load(std::memory_order_relaxed))
            bytes += sizeof(Chunk) + std::size_t(c->capacity) * sizeof(Event);
    }
    return bytes;
}

} // namespace interleave
