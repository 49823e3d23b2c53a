// SPDX-License-Identifier: MIT
// process.pipe: a Pipe between the parent and a child process.
#include "scenarios/process/processscenario.h"

#include "engine/runcontext.h"
#include "process/childcontext.h"
#include "process/childentries.h"
#include "process/connection.h"

#include <QVariantList>

namespace interleave {

namespace {

constexpr int WorkMs = 50;

// The child: sends `messages` messages, and with a duplex pipe waits for each reply. Then closes its end.
// args: [conn, messages, duplex]
QJsonValue pipeChildEntry(ChildContext& cx, const QJsonArray& args)
{
    Connection conn = Connection::attach(cx, args.at(0));
    const int messages = args.at(1).toInt();
    const bool duplex = args.at(2).toBool();
    int replies = 0;
    for (int i = 0; i < messages; ++i) {
        cx.sleepMs(WorkMs); // some work before each message, so that the parent's waits show
        conn.send(QStringLiteral("hello %1").arg(i));
        if (duplex) {
            cx.instant(InstantKind::Mark, -1, 0, conn.recv().toString());
            ++replies;
        }
    }
    conn.close();
    return replies;
}

class PipeScenario final : public ProcessScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("process.pipe"); }
    QString title() const override { return tr("A pipe between two processes"); }
    QString summary() const override
    {
        return tr("send() and recv() over a Pipe; end-of-file when the other end closes.");
    }
    QString explanation() const override
    {
        return tr("Pipe() returns two connected ends. The parent keeps one and gives the other to a child "
                  "process. The child works a little (50 ms) and sends a message, messages times; each is an arrow "
                  "from send() to the recv() that "
                  "takes it. While nothing has arrived, recv() blocks (I/O on the pipe).\n\n"
                  "With duplex=True both ends send and receive: the parent answers each message and the child "
                  "waits for the answer, so the two processes take turns. With duplex=False the pipe is one-way: "
                  "the first end only receives, the second only sends.\n\n"
                  "When the child is done it closes its end. The parent closed its own copy of the child's end "
                  "right after start(), so no copy of it is left open anywhere: the parent's next recv() raises "
                  "EOFError instead of blocking forever. Forgetting that close() is a classic way to hang.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import multiprocessing as mp
import time

messages = 1
duplex = True


def child(conn, count, duplex):
    for i in range(count):
        time.sleep(0.05)                         # some work before each message
        conn.send(f"hello {i}")
        if duplex:
            print(conn.recv())
    conn.close()


if __name__ == "__main__":
    mp.set_start_method("spawn")
    parent_end, child_end = mp.Pipe(duplex)     # duplex=False: (receive-only, send-only)
    p = mp.Process(target=child, args=(child_end, messages, duplex))
    p.start()
    child_end.close()        # our copy: now only the child holds that end
    while True:
        try:
            message = parent_end.recv()
        except EOFError:
            print("EOFError: the child closed its end")
            break
        print(message)
        if duplex:
            parent_end.send(f"got {message!r}")
    p.join()
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("messages"), 1, 1, 1000, tr("Messages"), tr("Messages the child sends.")),
            ParamSpec::boolean(QStringLiteral("duplex"), true, tr("Duplex"),
                tr("Whether both ends send and receive (the parent answers each message).")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int messages = int(ctx.intParam(QStringLiteral("messages")));
        const bool duplex = ctx.boolParam(QStringLiteral("duplex"));
        auto [parentEnd, childEnd] = makePipe(ctx, duplex);
        Process p(ctx, QStringLiteral("process.pipe_child"), ProcessArgs() << childEnd << messages << duplex);
        p.start();
        childEnd.close();
        QVariantList received;
        bool eof = false;
        for (;;) {
            QString message;
            try {
                message = parentEnd.recv().toString();
            } catch (const PyError& e) {
                if (e.type != u"EOFError")
                    throw;
                eof = true;
                mark(ctx, tr("EOFError: the child closed its end"));
                break;
            }
            received << message;
            mark(ctx, message);
            if (duplex)
                parentEnd.send(QStringLiteral("got '%1'").arg(message));
        }
        p.join();
        ctx.setOutcome(QStringLiteral("received"), received);
        ctx.setOutcome(QStringLiteral("replies"), p.result().toInt());
        ctx.setOutcome(QStringLiteral("eof"), eof);
    }
};

} // namespace

INTERLEAVE_CHILD_ENTRY(pipeChildEntry, "process.pipe_child");

std::unique_ptr<Scenario> makeProcessPipeScenario()
{
    return std::make_unique<PipeScenario>();
}

} // namespace interleave
