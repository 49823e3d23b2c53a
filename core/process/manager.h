// SPDX-License-Identifier: MIT
#pragma once

#include "process/fdtable.h"
#include "process/process.h"

#include <QJsonObject>

#include <memory>

namespace interleave {

class RunContext;
class Side;

// A proxy to the dict a Manager serves (Manager().dict()). Every call is a request to the manager
// process and a reply: a Send flow each way on the dict's resource, the caller in State Io meanwhile.
// Each process connects to the manager on its first call (an abstract AF_UNIX address, nothing on
// disk). Pass it to a worker in ProcessArgs; attach it there.
class DictProxy : public Shareable {
public:
    DictProxy() = default;
    static DictProxy attach(Side& side, const QJsonValue& handle);

    void set(const QString& key, const QJsonValue& value); // d[key] = value
    QJsonValue get(const QString& key); // d[key]; KeyError when missing
    qint64 size(); // len(d)
    QJsonObject copy(); // dict(d)
    int resource() const;
    QJsonValue share(FdTable& fds) const override;

private:
    friend class Manager;
    QJsonValue call(const QString& op, const QString& key = {}, const QJsonValue& value = {});
    struct Impl;
    std::shared_ptr<Impl> d;
};

// multiprocessing.Manager(): a server process ("SyncManager-1") that owns a dict and serves proxies.
// The constructor starts it (as `with Manager() as manager:`); shutdown() stops and joins it.
class Manager {
public:
    explicit Manager(RunContext& ctx);
    ~Manager(); // the server is a daemon: a run that ends without shutdown() kills it
    Manager(const Manager&) = delete;
    Manager& operator=(const Manager&) = delete;
    DictProxy dict() const { return m_dict; }
    void shutdown();
    Process& process() { return m_process; }

private:
    DictProxy m_dict;
    Process m_process;
    int m_listenFd = -1;
};

} // namespace interleave
