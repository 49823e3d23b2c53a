// SPDX-License-Identifier: MIT
#pragma once

#include "trace/types.h"

#include <QString>

namespace interleave {

class RunContext;

// Who records a step of an inter-process primitive: a thread of the run's own process (through the
// RunContext) or a worker process (through its event pipe to the parent). The primitives in
// core/process are written once against this and work on both sides. Every call records for the
// calling actor: the current scenario thread in the parent, the worker's actor in a child.
class Side {
public:
    virtual ~Side() = default;

    virtual int actor() const = 0; // the caller's actor id in the run
    virtual quint64 nextId() = 0; // a flow or hold id unique across the run
    virtual void state(State s, int resource = -1) = 0;
    virtual void holdBegin(int resource, qint64 holdId) = 0;
    virtual void holdEnd(int resource, qint64 holdId) = 0;
    virtual void counter(int resource, qint64 value) = 0;
    virtual quint32 flowBegin(FlowKind kind, int resource, qint64 value = 0) = 0; // returns the flow id
    virtual void flowEnd(quint32 flowId, int resource) = 0;
    virtual void instant(InstantKind kind, int resource, qint64 value = 0, const QString& text = {}) = 0;
    // The wait table the deadlock detector reads (the parent mirrors a child's waits into it).
    virtual void beginWait(int resource, State s, bool timed) = 0;
    virtual void endWait() = 0;
    // Parent: whether the engine stopped the run or cut the caller off (waits poll this); a child
    // is never interrupted (the parent kills it instead).
    virtual bool interrupted() const = 0;
    void throwIfInterrupted() const; // throws Interrupted
    virtual bool isChild() const = 0;
};

// The parent's side: records into the run through `ctx` as RunContext::currentActor().
class ParentSide final : public Side {
public:
    explicit ParentSide(RunContext& ctx)
        : m_ctx(ctx)
    {
    }
    RunContext& context() const { return m_ctx; }

    int actor() const override;
    quint64 nextId() override;
    void state(State s, int resource = -1) override;
    void holdBegin(int resource, qint64 holdId) override;
    void holdEnd(int resource, qint64 holdId) override;
    void counter(int resource, qint64 value) override;
    quint32 flowBegin(FlowKind kind, int resource, qint64 value = 0) override;
    void flowEnd(quint32 flowId, int resource) override;
    void instant(InstantKind kind, int resource, qint64 value = 0, const QString& text = {}) override;
    void beginWait(int resource, State s, bool timed) override;
    void endWait() override;
    bool interrupted() const override;
    bool isChild() const override { return false; }

private:
    RunContext& m_ctx;
};

} // namespace interleave
