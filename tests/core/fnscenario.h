// SPDX-License-Identifier: MIT
#pragma once

// A test-only scenario whose run() is a lambda, for driving the engine and the primitives.

#include "engine/runcontext.h"
#include "engine/runner.h"
#include "engine/scenario.h"

#include <functional>

namespace interleave {

class FnScenario : public Scenario {
public:
    explicit FnScenario(std::function<void(RunContext&)> fn, ParamSchema schema = {})
        : m_fn(std::move(fn))
        , m_schema(std::move(schema))
    {
    }
    QString id() const override { return QStringLiteral("test.fn"); }
    QString category() const override { return QStringLiteral("threads"); }
    QString title() const override { return QStringLiteral("test"); }
    QString summary() const override { return {}; }
    QString explanation() const override { return {}; }
    QString pythonSnippet() const override { return {}; }
    ParamSchema params() const override { return m_schema; }
    void run(RunContext& ctx) const override { m_fn(ctx); }

private:
    std::function<void(RunContext&)> m_fn;
    ParamSchema m_schema;
};

// Runs `fn` as a scenario to the end and returns its trace.
inline Trace runFn(std::function<void(RunContext&)> fn, int timeLimitMs = 60000)
{
    FnScenario scenario(std::move(fn));
    RunRequest request;
    request.timeLimitMs = timeLimitMs;
    QString error;
    return Runner::runBlocking(scenario, request, &error);
}

inline int actorNamed(const Trace& trace, const QString& name)
{
    for (std::size_t i = 0; i < trace.actors().size(); ++i) {
        if (trace.actors()[i].name == name)
            return int(i);
    }
    return -1;
}

inline int resourceNamed(const Trace& trace, const QString& name)
{
    for (std::size_t i = 0; i < trace.resources().size(); ++i) {
        if (trace.resources()[i].name == name)
            return int(i);
    }
    return -1;
}

// The most holds of `resource` open at one moment.
inline int maxConcurrentHolds(const Trace& trace, int resource)
{
    std::vector<std::pair<qint64, int>> edges;
    for (const HoldInterval& h : trace.holds(resource)) {
        edges.emplace_back(h.start, +1);
        edges.emplace_back(h.end, -1);
    }
    // At equal times an end comes before a start: a hand-over is not an overlap.
    std::sort(edges.begin(), edges.end());
    int open = 0;
    int most = 0;
    for (const auto& e : edges) {
        open += e.second;
        most = std::max(most, open);
    }
    return most;
}

} // namespace interleave
