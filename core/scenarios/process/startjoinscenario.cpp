// SPDX-License-Identifier: MIT
// process.start_join: start, join and is_alive of child processes.
#include "scenarios/process/processscenario.h"

#include "engine/runcontext.h"

#include <QVariantList>

using namespace Qt::StringLiterals;

namespace interleave {

namespace {

class StartJoinScenario final : public ProcessScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("process.start_join"); }
    QString title() const override { return tr("Start and join a process"); }
    QString summary() const override { return tr("Child processes run beside the parent; join() waits for them."); }
    QString explanation() const override
    {
        return tr("The parent starts processes child processes and joins them. Each is a real operating-system "
                  "process with its own pid and its own memory, shown in a box of its own. Notice the pale "
                  "stretch at the start of each child's lane: starting a process is slow (the \"spawn\" start "
                  "method launches a fresh program), much slower than starting a thread.\n\n"
                  "Right after start(), is_alive() is True and exitcode is None. join() blocks the parent "
                  "(waiting, on the process's join handle) until the child ends; then is_alive() is False and "
                  "exitcode is 0. The children sleep work_ms each, side by side: the whole run takes about "
                  "work_ms, not processes × work_ms.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import multiprocessing as mp
import time

processes = 1
work_ms = 1000


def work(ms):
    time.sleep(ms / 1000)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    children = [mp.Process(target=work, args=(work_ms,)) for _ in range(processes)]
    for p in children:
        p.start()
        print(p.name, "pid", p.pid, "is_alive:", p.is_alive())
    for p in children:
        p.join()
        print(p.name, "is_alive:", p.is_alive(), "exitcode:", p.exitcode)
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("processes"), 1, 1, 16, tr("Processes", "parameter: how many processes"),
                tr("How many child processes to start.")),
            ParamSpec::integer(QStringLiteral("work_ms"), 1000, 0, 60000, tr("Work"), tr("How long each child sleeps."),
                QStringLiteral("ms")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int count = int(ctx.intParam(QStringLiteral("processes")));
        const qint64 workMs = ctx.intParam(QStringLiteral("work_ms"));
        std::vector<Process> children;
        for (int i = 0; i < count; ++i)
            children.emplace_back(ctx, QStringLiteral("process.sleep"), ProcessArgs() << workMs);
        bool aliveAfterStart = true;
        for (Process& p : children) {
            p.start();
            const bool alive = p.isAlive();
            aliveAfterStart = aliveAfterStart && alive;
            mark(ctx, QStringLiteral("%1 is_alive: %2").arg(p.name(), alive ? u"True"_s : u"False"_s));
        }
        bool aliveAfterJoin = false;
        QVariantList exitcodes;
        QVariantList pids;
        for (Process& p : children) {
            p.join();
            aliveAfterJoin = aliveAfterJoin || p.isAlive();
            const std::optional<int> code = p.exitcode();
            exitcodes << (code ? QVariant(*code) : QVariant());
            pids << p.pid();
            mark(ctx,
                QStringLiteral("%1 is_alive: %2 exitcode: %3")
                    .arg(p.name(), p.isAlive() ? u"True"_s : u"False"_s,
                        code ? QString::number(*code) : QStringLiteral("None")));
        }
        ctx.setOutcome(QStringLiteral("alive_after_start"), aliveAfterStart);
        ctx.setOutcome(QStringLiteral("alive_after_join"), aliveAfterJoin);
        ctx.setOutcome(QStringLiteral("exitcodes"), exitcodes);
        ctx.setOutcome(QStringLiteral("pids"), pids);
    }
};

} // namespace

std::unique_ptr<Scenario> makeProcessStartJoinScenario()
{
    return std::make_unique<StartJoinScenario>();
}

} // namespace interleave
