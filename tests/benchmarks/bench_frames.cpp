// SPDX-License-Identifier: MIT
// Figures for the interactive timeline: the time of one frame of the TimelineView (its paintEvent
// through QWidget::render, and through grab() which also allocates the pixmap) beside the raw
// TimelinePainter on a QImage, 1920x1080 at DPR 1, for 1M and 10M events at fit, mid zoom (1/100
// of the run) and deep zoom (1 us), the mean of 20 frames once the LOD index is built; then a zoom
// sweep (a wheel notch and a frame, 40 times) and the cost of a hover tooltip.
// Targets: 8 ms per frame for 1M events, 16 ms for 10M.
// Run: cmake --preset release -B build/release && cmake --build build/release --target bench_frames
//      && QT_QPA_PLATFORM=offscreen build/release/tests/benchmarks/bench_frames
// For a profiler: --quick (1M events only), --big (10M only), --frames N (fewer frames a figure),
// --only fit|mid|deep (one zoom, no sweep).

#include "../ui/synthetictrace.h"
#include "timeline/lodindex.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>

using namespace interleave;
using namespace interleave::test;

namespace {

using Clock = std::chrono::steady_clock;

int Frames = 20;
const char* Only = nullptr; // one zoom level only
const QSize Size(1920, 1080);

double msSince(Clock::time_point start)
{
    return double(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count()) / 1e6;
}

struct Figures {
    double mean = 0;
    double worst = 0;
};

// The mean of `Frames` runs of `f`, and the slowest: the machine is shared, so the worst is noisy,
// but a mean near the target with a bad worst case says something too.
Figures measure(const std::function<void()>& f)
{
    f(); // warm: glyph caches, first-use allocations
    Figures out;
    for (int i = 0; i < Frames; ++i) {
        const auto start = Clock::now();
        f();
        const double ms = msSince(start);
        out.mean += ms / Frames;
        out.worst = std::max(out.worst, ms);
    }
    return out;
}

void report(const char* what, const Figures& fig, double target)
{
    std::printf("%-46s %8.2f ms  (worst %6.2f)  target <= %g: %s\n", what, fig.mean, fig.worst, target,
        fig.mean <= target ? "met" : "MISSED");
}

// What the view asks of the painter: the window shows the title and outcome in panels of its own,
// so the raw figures cover the same pixels and the difference is the widget's own cost.
PaintOptions viewOptions()
{
    PaintOptions options;
    options.showTitle = false;
    options.showParams = false;
    return options;
}

void paintRaw(QImage& image, const Trace& trace, const TimelineLayout& layout, qreal from, qreal to)
{
    const QRectF rect(QPointF(0, 0), QSizeF(Size));
    TimeMapping map(layout.plotRect.left(), layout.plotRect.width(), trace.duration());
    map.setRange(from, to);
    PaintOptions options = viewOptions();
    options.playhead = qint64((from + to) / 2);
    QPainter p(&image);
    TimelinePainter::paint(p, rect, trace, map, options, &layout);
}

void frames(const char* label, const Trace& trace, double target)
{
    QImage image(Size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(1);
    TimelineView view;
    view.resize(Size);
    view.setTrace(trace);
    const qreal d = qreal(trace.duration());
    const QRectF rect(QPointF(0, 0), QSizeF(Size));
    const TimelineLayout layout = TimelinePainter::layout(rect, trace, viewOptions());
    const struct {
        const char* name;
        qreal from, to;
    } views[] = {
        { "fit", 0, d },
        { "mid zoom (1/100)", d * 0.42, d * 0.43 },
        { "deep zoom (1 us)", d * 0.61, d * 0.61 + 1000 },
    };
    char what[160];
    for (const auto& v : views) {
        if (Only && !std::strstr(v.name, Only))
            continue;
        view.setVisibleRange(qint64(v.from), qint64(v.to));
        std::snprintf(what, sizeof what, "%s, %s, view render()", label, v.name);
        report(what, measure([&] { view.render(&image); }), target);
        std::snprintf(what, sizeof what, "%s, %s, view grab()", label, v.name);
        report(what, measure([&] { (void)view.grab(); }), target);
        std::snprintf(what, sizeof what, "%s, %s, raw painter", label, v.name);
        report(what, measure([&] { paintRaw(image, trace, layout, v.from, v.to); }), target);
    }

    if (Only)
        return;

    // Zooming in with the wheel from the whole run to the deepest zoom and out again: every
    // frame at a new scale, as a user sees it.
    view.fit();
    const QPointF at(Size.width() * 0.6, Size.height() * 0.4);
    int notch = 0;
    std::snprintf(what, sizeof what, "%s, wheel zoom sweep, per notch + frame", label);
    report(what, measure([&] {
        for (int i = 0; i < 4; ++i, ++notch) {
            const int dir = (notch / 80) % 2 == 0 ? 120 : -120; // 80 notches of 1.25x: 1e-8 of the run
            QWheelEvent e(at, at, QPoint(), QPoint(0, dir), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(&view, &e);
            view.render(&image);
        }
    }),
        target * 4);

    // Hovering: what the widget does on a mouse move and a tooltip (no per-event work).
    view.setVisibleRange(qint64(d * 0.42), qint64(d * 0.43));
    int y = 0;
    const Figures tips = measure([&] {
        for (int i = 0; i < 1000; ++i, y = (y + 7) % Size.height())
            (void)view.toolTipAt(QPointF(300 + (i * 13) % 1500, y));
    });
    std::printf("%-46s %8.2f us  (1000 points: worst %.2f ms)\n", (std::string(label) + ", hover tooltip text").c_str(),
        tips.mean, tips.worst);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    bool quick = false, big = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0)
            quick = true;
        else if (std::strcmp(argv[i], "--big") == 0)
            big = true;
        else if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc)
            Only = argv[++i];
        else if (std::strcmp(argv[i], "--frames") == 0 && i + 1 < argc)
            Frames = std::max(1, std::atoi(argv[++i]));
    }
    std::printf(
        "Timeline frames, %dx%d at DPR 1, mean of %d frames after one warm-up\n", Size.width(), Size.height(), Frames);

    if (!big) {
        const auto start = Clock::now();
        const Trace million = SyntheticTrace::big(1'000'000, 12, 1);
        LodIndex::of(million);
        std::printf("1M events: trace and LOD index built in %.0f ms\n", msSince(start));
        frames("1M", million, 8);
        LodIndex::clearCache();
    }
    if (quick)
        return 0;

    const auto start = Clock::now();
    const Trace tenMillion = SyntheticTrace::big(10'000'000, 16, 2);
    LodIndex::of(tenMillion);
    std::printf("10M events: trace and LOD index built in %.0f ms\n", msSince(start));
    frames("10M", tenMillion, 16);
    return 0;
}
