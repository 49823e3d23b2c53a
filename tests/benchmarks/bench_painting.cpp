// SPDX-License-Identifier: MIT
// Figures for the timeline: the time to paint a 1920x1080 picture of a 1M-event run fitted to the
// window (target <= 200 ms, cold: including the LOD index), and the time per frame once the index is
// built, for 1M and 10M events at fit, mid and deep zoom (targets 8 ms and 16 ms); and a run of
// 100,000 tasks, drawn as lane groups: the first picture (grouping and density) and a repaint.
// Run: cmake --preset release -B build/release && cmake --build build/release --target bench_painting
//      && QT_QPA_PLATFORM=offscreen build/release/tests/benchmarks/bench_painting

#include "../ui/synthetictrace.h"
#include "export/imageexporter.h"
#include "timeline/lodindex.h"
#include "timeline/timelinepainter.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

using namespace interleave;
using namespace interleave::test;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return double(std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start).count()) / 1000.0;
}

// CPU time of the whole process (Qt may fill large areas on its pool's threads). On a shared,
// loaded machine wall time mostly measures the other processes; CPU time measures the painting.
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void report(const char* what, double value, const char* unit, double target)
{
    std::printf("%-52s %10.2f %-4s (target <= %g: %s)\n", what, value, unit, target, value <= target ? "met" : "MISSED");
}

void info(const char* what, double value, const char* unit) { std::printf("%-52s %10.2f %s\n", what, value, unit); }

const QSize Size(1920, 1080);

struct Cost {
    double wall = 0;
    double cpu = 0;
};

// One frame into `image`, the way the window will do it: layout, mapping on the plot, paint.
Cost frame(QImage& image, const Trace& trace, qreal from, qreal to)
{
    const auto start = Clock::now();
    const double cpu = cpuMs();
    const QRectF rect(QPointF(0, 0), QSizeF(Size));
    const PaintOptions options;
    const TimelineLayout layout = TimelinePainter::layout(rect, trace, options);
    TimeMapping map(layout.plotRect.left(), layout.plotRect.width(), trace.duration());
    map.setRange(from, to);
    QPainter p(&image);
    TimelinePainter::paint(p, rect, trace, map, options, &layout);
    p.end();
    return { msSince(start), cpuMs() - cpu };
}

// The median of a few frames: the machine is shared, single frames are noisy.
Cost medianFrame(QImage& image, const Trace& trace, qreal from, qreal to, int frames = 15)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < frames; ++i) {
        const Cost c = frame(image, trace, from, to);
        wall.push_back(c.wall);
        cpu.push_back(c.cpu);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return { wall[wall.size() / 2], cpu[cpu.size() / 2] };
}

// `bench_painting deep` runs only the views named, on 1M events, for profiling.
QStringList g_only;

void frames(const char* label, const Trace& trace, double target)
{
    QImage image(Size, QImage::Format_ARGB32_Premultiplied);
    const qreal d = qreal(trace.duration());
    char what[128];
    const struct {
        const char* name;
        qreal from, to;
    } views[] = {
        { "fit", 0, d },
        { "mid zoom (1/100 of the run)", d * 0.42, d * 0.43 },
        { "deep zoom (20 us)", d * 0.61, d * 0.61 + 20000 },
    };
    for (const auto& v : views) {
        if (!g_only.isEmpty() && !std::any_of(g_only.begin(), g_only.end(), [&](const QString& o) { return QString::fromLatin1(v.name).startsWith(o); }))
            continue;
        const Cost c = medianFrame(image, trace, v.from, v.to);
        std::snprintf(what, sizeof what, "frame, %s, %s, cpu", label, v.name);
        report(what, c.cpu, "ms", target);
        info("  wall clock", c.wall, "ms");
    }
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    std::printf("Timeline painting, %dx%d, release build\n", Size.width(), Size.height());
    g_only = app.arguments().mid(1);
    if (!g_only.isEmpty()) {
        const Trace million = SyntheticTrace::big(1'000'000, 12, 1);
        frames("1M events", million, 8);
        return 0;
    }

    auto start = Clock::now();
    const Trace million = SyntheticTrace::big(1'000'000, 12, 1);
    info("build a 1M-event trace (Trace::build)", msSince(start), "ms");
    std::printf("  %zu events, %zu flows, run %.1f ms\n", million.events().size(), million.flows().size(),
        double(million.duration()) / 1e6);

    // Cold: the first picture of a run pays for its LOD index.
    LodIndex::clearCache();
    QImage image(Size, QImage::Format_ARGB32_Premultiplied);
    const Cost cold = frame(image, million, 0, qreal(million.duration()));
    report("paint 1920x1080, 1M events, fit, cold (with index), cpu", cold.cpu, "ms", 200);
    info("  wall clock", cold.wall, "ms");
    LodIndex::clearCache();
    start = Clock::now();
    LodIndex::of(million);
    info("  of which the LOD index", msSince(start), "ms");

    QTemporaryDir dir;
    ExportOptions options;
    options.size = Size;
    QString error;
    start = Clock::now();
    ImageExporter::exportTrace(million, dir.filePath(QStringLiteral("million.png")), options, &error);
    info("export 1920x1080 PNG, 1M events (paint + encode + write)", msSince(start), "ms");

    frames("1M events", million, 8);

    start = Clock::now();
    const Trace tenMillion = SyntheticTrace::big(10'000'000, 16, 2);
    info("build a 10M-event trace (Trace::build)", msSince(start), "ms");
    start = Clock::now();
    LodIndex::of(tenMillion);
    info("LOD index, 10M events", msSince(start), "ms");
    frames("10M events", tenMillion, 16);

    const Trace crowd = SyntheticTrace::tasks(100000);
    const Cost first = frame(image, crowd, 0, qreal(crowd.duration()));
    info("100,000 tasks in lane groups, first frame, cpu", first.cpu, "ms");
    info("  wall clock", first.wall, "ms");
    const Cost again = medianFrame(image, crowd, 0, qreal(crowd.duration()));
    info("100,000 tasks in lane groups, next frames, cpu", again.cpu, "ms");
    info("  wall clock", again.wall, "ms");
    return 0;
}
