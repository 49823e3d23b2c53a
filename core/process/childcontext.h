// SPDX-License-Identifier: MIT
#pragma once

#include "process/side.h"

#include <QJsonArray>

#include <mutex>

namespace interleave {

// The worker's side of a run (inside interleave-worker): what an entry records goes to the parent
// over the event pipe, stamped with CLOCK_MONOTONIC, which the parent puts on the run's clock. Flow
// and hold ids come from a range the parent reserved for this child, so they are unique in the run.
class ChildContext final : public Side {
public:
    ChildContext(int actor, quint64 firstId, quint64 idCount, QString name);

    QString name() const { return m_name; } // "Process-1"
    void sleepMs(double ms); // time.sleep(): the sleeping state, then running
    void spinMs(double ms); // CPU-bound work in the running state
    [[noreturn]] void exit(int code); // sys.exit(code): ends the worker at once

    // What entries return or raise (the worker's main sends these).
    void sendResult(const QJsonValue& value);
    void sendError(const QString& text);

    int actor() const override { return m_actor; }
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
    bool interrupted() const override { return false; }
    bool isChild() const override { return true; }

private:
    void send(quint8 kind, quint8 type, quint8 code, int resource, quint32 flow, qint64 value,
        const QByteArray& payload = {}, bool timed = false);

    const int m_actor;
    const QString m_name;
    std::mutex m_mutex; // a worker may record from more than one thread
    quint64 m_nextId;
    const quint64 m_endId;
};

// The worker executable's main(): reads the start message, runs the entry, reports, exits.
int workerMain(int argc, char** argv);

} // namespace interleave
