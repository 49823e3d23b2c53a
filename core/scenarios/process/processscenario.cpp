// SPDX-License-Identifier: MIT
#include "scenarios/process/processscenario.h"

#include "engine/runcontext.h"
#include "process/side.h"

#include <algorithm>
#include <map>

namespace interleave {

void ProcessScenario::mark(RunContext& ctx, const QString& text)
{
    Recorder& rec = ctx.recorder();
    rec.instant(RunContext::currentActor(), InstantKind::Mark, -1, 0, rec.addText(text));
}

void ProcessScenario::mark(Side& side, const QString& text)
{
    side.instant(InstantKind::Mark, -1, 0, text);
}

void ProcessScenario::startAll(std::vector<Process>& processes)
{
    for (Process& p : processes)
        p.start();
}

void ProcessScenario::joinAll(std::vector<Process>& processes)
{
    for (Process& p : processes)
        p.join();
}

int ProcessScenario::maxConcurrentHolds(RunContext& ctx, const std::vector<int>& resources)
{
    std::map<qint64, int> delta;
    std::map<std::pair<int, qint64>, qint64> open;
    for (const Event& e : ctx.recorder().events()) {
        if (std::find(resources.begin(), resources.end(), e.resource) == resources.end())
            continue;
        if (e.type == EventType::HoldBegin)
            open[{ e.resource, e.value }] = e.time;
        else if (e.type == EventType::HoldEnd) {
            const auto it = open.find({ e.resource, e.value });
            if (it == open.end() || it->second >= e.time)
                continue;
            ++delta[it->second];
            --delta[e.time];
            open.erase(it);
        }
    }
    int now = 0;
    int most = 0;
    for (const auto& [time, d] : delta) {
        now += d;
        most = std::max(most, now);
    }
    return most;
}

} // namespace interleave
