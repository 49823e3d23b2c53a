// SPDX-License-Identifier: MIT
#include "process/side.h"

#include "engine/runcontext.h"

namespace interleave {

void Side::throwIfInterrupted() const
{
    if (interrupted())
        throw Interrupted {};
}

int ParentSide::actor() const
{
    return RunContext::currentActor();
}
quint64 ParentSide::nextId()
{
    return m_ctx.recorder().nextId();
}
void ParentSide::state(State s, int resource)
{
    m_ctx.recorder().state(actor(), s, resource);
}
void ParentSide::holdBegin(int resource, qint64 holdId)
{
    m_ctx.recorder().holdBegin(actor(), resource, holdId);
}
void ParentSide::holdEnd(int resource, qint64 holdId)
{
    m_ctx.recorder().holdEnd(actor(), resource, holdId);
}
void ParentSide::counter(int resource, qint64 value)
{
    m_ctx.recorder().counter(actor(), resource, value);
}

quint32 ParentSide::flowBegin(FlowKind kind, int resource, qint64 value)
{
    Recorder& rec = m_ctx.recorder();
    const auto id = quint32(rec.nextId());
    rec.record(Event { rec.now(), value, id, actor(), resource, EventType::FlowBegin, quint8(kind), 0 });
    return id;
}

void ParentSide::flowEnd(quint32 flowId, int resource)
{
    m_ctx.recorder().flowEnd(actor(), flowId, resource);
}

void ParentSide::instant(InstantKind kind, int resource, qint64 value, const QString& text)
{
    Recorder& rec = m_ctx.recorder();
    rec.instant(actor(), kind, resource, value, rec.addText(text));
}

void ParentSide::beginWait(int resource, State s, bool timed)
{
    m_ctx.beginWait(actor(), resource, s, timed);
}
void ParentSide::endWait()
{
    m_ctx.endWait(actor());
}
bool ParentSide::interrupted() const
{
    return m_ctx.interrupted(actor());
}

} // namespace interleave
