// SPDX-License-Identifier: MIT
#include "timeline/statestyle.h"

#include "timeline/rectfill.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPaintEngine>
#include <QPainterPath>

#include <array>
#include <cmath>
#include <map>
#include <tuple>
#include <vector>

namespace interleave {

namespace {

QColor rgb(QRgb v, int alpha = 255)
{
    QColor c = QColor::fromRgb(v);
    c.setAlpha(alpha);
    return c;
}

// Lines x + y = c (rising, "/") or x - y = c (falling, "\") every `spacing` px, clipped to r
// by arithmetic rather than a clip path: cheaper on screen and exact in vector output.
void diagonalLines(std::vector<QLineF>& out, const QRectF& r, qreal spacing, bool rising)
{
    const qreal l = r.left(), t = r.top(), rt = r.right(), b = r.bottom();
    if (rising) {
        for (qreal c = std::ceil((l + t) / spacing) * spacing; c <= rt + b; c += spacing) {
            const qreal x0 = std::max(l, c - b), x1 = std::min(rt, c - t);
            if (x1 > x0)
                out.emplace_back(x0, c - x0, x1, c - x1);
        }
    } else {
        for (qreal c = std::ceil((l - b) / spacing) * spacing; c <= rt - t; c += spacing) {
            const qreal x0 = std::max(l, c + t), x1 = std::min(rt, c + b);
            if (x1 > x0)
                out.emplace_back(x0, x0 - c, x1, x1 - c);
        }
    }
}

void straightLines(std::vector<QLineF>& out, const QRectF& r, qreal spacing, bool horizontal)
{
    if (horizontal) {
        for (qreal y = std::floor(r.top() / spacing) * spacing + spacing / 2; y < r.bottom(); y += spacing) {
            if (y > r.top())
                out.emplace_back(r.left(), y, r.right(), y);
        }
    } else {
        for (qreal x = std::floor(r.left() / spacing) * spacing + spacing / 2; x < r.right(); x += spacing) {
            if (x > r.left())
                out.emplace_back(x, r.top(), x, r.bottom());
        }
    }
}

} // namespace

StateStyle StateStyle::of(State s, bool dark)
{
    using P = Pattern;
    // fill, ink, outline: light theme first, then dark.
    switch (s) {
    case State::Running:
        return dark ? StateStyle { rgb(0x2bb58d), rgb(0x2bb58d), rgb(0x7fe0c1), P::Solid, Qt::SolidPattern }
                    : StateStyle { rgb(0x009e73), rgb(0x009e73), rgb(0x006b4e), P::Solid, Qt::SolidPattern };
    case State::Runnable:
        return dark ? StateStyle { rgb(0x1d3f35), rgb(0x2bb58d), rgb(0x2bb58d), P::Outline, Qt::Dense6Pattern }
                    : StateStyle { rgb(0xd5efe6), rgb(0x009e73), rgb(0x009e73), P::Outline, Qt::Dense6Pattern };
    case State::Blocked:
        return dark ? StateStyle { rgb(0xe0702a), rgb(0x2a1204, 150), rgb(0xffb283), P::CrossHatch, Qt::DiagCrossPattern }
                    : StateStyle { rgb(0xd55e00), rgb(0xffffff, 140), rgb(0x8f3f00), P::CrossHatch, Qt::DiagCrossPattern };
    case State::Waiting:
        return dark ? StateStyle { rgb(0xe6a31a), rgb(0x2a1d00, 140), rgb(0xffd27a), P::DiagonalHatch, Qt::BDiagPattern }
                    : StateStyle { rgb(0xe69f00), rgb(0xffffff, 150), rgb(0x9a6b00), P::DiagonalHatch, Qt::BDiagPattern };
    case State::Sleeping:
        return dark ? StateStyle { rgb(0x4a5058), rgb(0x8b939c), rgb(0x8b939c), P::HorizontalLines, Qt::HorPattern }
                    : StateStyle { rgb(0xdde0e4), rgb(0x8a9096), rgb(0x9aa0a6), P::HorizontalLines, Qt::HorPattern };
    case State::Io:
        return dark ? StateStyle { rgb(0x3a93d0), rgb(0x0c2233, 140), rgb(0x9fd0f2), P::VerticalLines, Qt::VerPattern }
                    : StateStyle { rgb(0x0072b2), rgb(0xffffff, 140), rgb(0x004c77), P::VerticalLines, Qt::VerPattern };
    case State::Suspended:
        return dark ? StateStyle { rgb(0xd58ab3), rgb(0x2b0f1f, 170), rgb(0xf3c4dc), P::Dots, Qt::Dense5Pattern }
                    : StateStyle { rgb(0xcc79a7), rgb(0xffffff, 200), rgb(0x8e4f72), P::Dots, Qt::Dense5Pattern };
    case State::Done:
        return dark ? StateStyle { rgb(0xc9d1d9), rgb(0xc9d1d9), rgb(0xc9d1d9), P::EndDot, Qt::SolidPattern }
                    : StateStyle { rgb(0x3b4046), rgb(0x3b4046), rgb(0x3b4046), P::EndDot, Qt::SolidPattern };
    case State::Cancelled:
        return dark ? StateStyle { rgb(0x9aa3ad), rgb(0x9aa3ad), rgb(0x9aa3ad), P::EndCross, Qt::SolidPattern }
                    : StateStyle { rgb(0x7d848c), rgb(0x7d848c), rgb(0x7d848c), P::EndCross, Qt::SolidPattern };
    case State::Failed:
        return dark ? StateStyle { rgb(0xff5a5a), rgb(0xff5a5a), rgb(0xff5a5a), P::EndCross, Qt::SolidPattern }
                    : StateStyle { rgb(0xd11a1a), rgb(0xd11a1a), rgb(0xd11a1a), P::EndCross, Qt::SolidPattern };
    }
    return {};
}

namespace {

// The pattern's lines and dots over `r`, as vectors. Anchored to the page: periodic in x and y.
void paintPattern(QPainter& p, const QRectF& r, const StateStyle& st)
{
    std::vector<QLineF> lines;
    qreal penWidth = 1.2;
    switch (st.pattern) {
    case StateStyle::Pattern::CrossHatch:
        diagonalLines(lines, r, 7, true);
        diagonalLines(lines, r, 7, false);
        break;
    case StateStyle::Pattern::DiagonalHatch:
        diagonalLines(lines, r, 6, true);
        penWidth = 1.6;
        break;
    case StateStyle::Pattern::HorizontalLines:
        straightLines(lines, r, 4, true);
        penWidth = 1.0;
        break;
    case StateStyle::Pattern::VerticalLines:
        straightLines(lines, r, 5, false);
        break;
    case StateStyle::Pattern::Dots: {
        p.save();
        p.setPen(Qt::NoPen);
        p.setBrush(st.ink);
        for (qreal y = std::floor(r.top() / 5) * 5 + 2.5; y < r.bottom() - 0.9; y += 5) {
            if (y < r.top() + 0.9)
                continue;
            const bool odd = std::fmod(std::abs(y - 2.5), 10.0) > 4;
            for (qreal x = std::floor(r.left() / 5) * 5 + (odd ? 5.0 : 2.5); x < r.right() - 0.9; x += 5) {
                if (x > r.left() + 0.9)
                    p.drawEllipse(QPointF(x, y), 1.0, 1.0);
            }
        }
        p.restore();
        break;
    }
    default:
        break;
    }
    if (!lines.empty()) {
        p.save();
        p.setPen(QPen(st.ink, penWidth, Qt::SolidLine, Qt::FlatCap));
        p.drawLines(lines.data(), int(lines.size()));
        p.restore();
    }
}

// The pattern's period: a tile this size repeats it exactly.
qreal patternPeriod(StateStyle::Pattern pattern)
{
    switch (pattern) {
    case StateStyle::Pattern::CrossHatch: return 7;
    case StateStyle::Pattern::DiagonalHatch: return 6;
    case StateStyle::Pattern::HorizontalLines: return 4;
    case StateStyle::Pattern::VerticalLines: return 5;
    case StateStyle::Pattern::Dots: return 10;
    default: return 0;
    }
}

// On screen and in PNGs the pattern is a texture: one fill per bar instead of a stroke per line,
// which keeps a frame with thousands of bars within budget. Tiles are drawn by paintPattern, so
// they look the same as the vector output.
const QBrush* patternBrush(State s, bool dark, qreal dpr)
{
    const StateStyle st = StateStyle::of(s, dark);
    const qreal period = patternPeriod(st.pattern);
    if (period <= 0)
        return nullptr;
    thread_local std::map<std::tuple<int, bool, int>, QBrush> cache;
    const auto key = std::make_tuple(int(s), dark, qRound(dpr * 100));
    auto it = cache.find(key);
    if (it == cache.end()) {
        const int side = std::max(1, qRound(period * dpr));
        // Opaque, the fill included: one plain copy per pixel on screen.
        QImage tile(side, side, QImage::Format_ARGB32_Premultiplied);
        tile.fill(st.fill);
        {
            QPainter tp(&tile);
            tp.setRenderHint(QPainter::Antialiasing, true);
            tp.scale(qreal(side) / period, qreal(side) / period);
            paintPattern(tp, QRectF(-period, -period, 3 * period, 3 * period), st);
        }
        QBrush brush(tile);
        brush.setTransform(QTransform::fromScale(period / side, period / side));
        it = cache.emplace(key, brush).first;
    }
    return &it->second;
}

} // namespace

void StateStyle::paintPatterns(QPainter& p, const std::vector<QRectF>& rects, State s, bool dark)
{
    const QPaintEngine* engine = p.paintEngine();
    const bool raster = engine && engine->type() == QPaintEngine::Raster;
    const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    const QBrush* texture = raster ? patternBrush(s, dark, dpr * std::sqrt(std::abs(p.worldTransform().determinant()))) : nullptr;
    if (texture) {
        RectFill::fill(p, rects, *texture);
        return;
    }
    const StateStyle st = of(s, dark);
    for (const QRectF& r : rects) {
        p.fillRect(r, st.fill);
        paintPattern(p, r, st);
    }
}

void StateStyle::paintBar(QPainter& p, const QRectF& r, State s, bool dark, bool outline)
{
    if (r.width() <= 0 || r.height() <= 0)
        return;
    const StateStyle st = of(s, dark);
    // Patterns need room to be seen; a sliver shows its colour only.
    if (r.width() >= 4 && r.height() >= 4)
        paintPatterns(p, { r }, s, dark);
    else
        p.fillRect(r, st.fill);
    if ((outline || st.pattern == Pattern::Outline) && r.width() >= 3 && r.height() >= 3) {
        p.save();
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(st.outline, 1.0));
        p.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
        p.restore();
    }
}

void StateStyle::paintEndMarker(QPainter& p, QPointF c, qreal size, State s, bool dark)
{
    const StateStyle st = of(s, dark);
    // A rim in the background colour lifts the mark off the bars and arrows under it.
    const QColor rim = dark ? QColor(0x15181d) : QColor(Qt::white);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    if (st.pattern == Pattern::EndCross) {
        const qreal h = size / 2;
        const qreal w = std::max<qreal>(2.0, size / 5);
        const QLineF a(c.x() - h, c.y() - h, c.x() + h, c.y() + h), b(c.x() - h, c.y() + h, c.x() + h, c.y() - h);
        p.setPen(QPen(rim, w + 2.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(a);
        p.drawLine(b);
        p.setPen(QPen(st.ink, w, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(a);
        p.drawLine(b);
    } else {
        // Done: a bar end like a full stop.
        p.setPen(QPen(rim, 1.5));
        p.setBrush(st.ink);
        p.drawEllipse(c, size * 0.4, size * 0.4);
    }
    p.restore();
}

QColor StateStyle::flowColor(FlowKind k, bool dark)
{
    switch (k) {
    case FlowKind::Release: return dark ? rgb(0x79b8ff) : rgb(0x1f4e99);
    case FlowKind::Notify: return dark ? rgb(0xf0c75e) : rgb(0x9a6b00);
    case FlowKind::Set: return dark ? rgb(0xf0c75e) : rgb(0x9a6b00);
    case FlowKind::Put: return dark ? rgb(0x8fd694) : rgb(0x2e7d32);
    case FlowKind::Send: return dark ? rgb(0x6fd3dc) : rgb(0x00727d);
    case FlowKind::Submit: return dark ? rgb(0xc79bf2) : rgb(0x6a1b9a);
    case FlowKind::Spawn: return dark ? rgb(0xa8b1bb) : rgb(0x5c636a);
    case FlowKind::Join: return dark ? rgb(0xa8b1bb) : rgb(0x5c636a);
    case FlowKind::Cancel: return dark ? rgb(0xff7b72) : rgb(0xc62828);
    case FlowKind::Wake: return dark ? rgb(0xffa657) : rgb(0xb3541e);
    }
    return Qt::gray;
}

QColor StateStyle::instantColor(InstantKind k, bool dark)
{
    switch (k) {
    case InstantKind::Deadlock:
    case InstantKind::Exception: return dark ? rgb(0xff5a5a) : rgb(0xd11a1a);
    case InstantKind::Timeout: return dark ? rgb(0xf0c75e) : rgb(0xb07a00);
    case InstantKind::Cancel: return dark ? rgb(0x9aa3ad) : rgb(0x6b7178);
    case InstantKind::Notify:
    case InstantKind::Set: return dark ? rgb(0xf0c75e) : rgb(0x9a6b00);
    case InstantKind::Result: return dark ? rgb(0x8fd694) : rgb(0x2e7d32);
    case InstantKind::Mark: return dark ? rgb(0xc9d1d9) : rgb(0x3b4046);
    }
    return Qt::gray;
}

QColor StateStyle::resourceColor(ResourceKind k, bool dark)
{
    switch (k) {
    case ResourceKind::Semaphore:
    case ResourceKind::Barrier: return dark ? rgb(0x6fd3dc) : rgb(0x00838f);
    case ResourceKind::Queue:
    case ResourceKind::Pipe:
    case ResourceKind::Socket: return dark ? rgb(0xc79bf2) : rgb(0x6a1b9a);
    default: return dark ? rgb(0x79b8ff) : rgb(0x1f63b5);
    }
}

QColor StateStyle::actorColor(int actor, bool dark)
{
    // Pale, distinct hues: a holder's name is written on them in the text colour.
    static constexpr std::array<QRgb, 10> light = { 0x9cc3ee, 0xf5bd85, 0xa6dcbb, 0xdcb0de, 0xeedb86, 0xb4cfc8,
        0xeeaaaa, 0xbfbaf0, 0xc9d98f, 0xf0b8d0 };
    static constexpr std::array<QRgb, 10> darkSet = { 0x2f5f8f, 0x8a5a2b, 0x2f6b47, 0x6b3f6e, 0x7a6a22, 0x3f5f58,
        0x7a3a3a, 0x4a4580, 0x56622a, 0x7a3f5a };
    const auto i = std::size_t(std::max(actor, 0)) % light.size();
    return rgb(dark ? darkSet[i] : light[i]);
}

QString flowKindLabel(FlowKind k)
{
    switch (k) {
    case FlowKind::Release: return QCoreApplication::translate("Flow", "release → acquire");
    case FlowKind::Notify: return QCoreApplication::translate("Flow", "notify → wake");
    case FlowKind::Set: return QCoreApplication::translate("Flow", "set → wake");
    case FlowKind::Put: return QCoreApplication::translate("Flow", "put → get");
    case FlowKind::Send: return QCoreApplication::translate("Flow", "send → receive");
    case FlowKind::Submit: return QCoreApplication::translate("Flow", "submit → start");
    case FlowKind::Spawn: return QCoreApplication::translate("Flow", "start");
    case FlowKind::Cancel: return QCoreApplication::translate("Flow", "cancel");
    case FlowKind::Join: return QCoreApplication::translate("Flow", "end → join");
    case FlowKind::Wake: return QCoreApplication::translate("Flow", "done → wake");
    }
    return {};
}

QString instantKindLabel(InstantKind k)
{
    switch (k) {
    case InstantKind::Notify: return QCoreApplication::translate("Instant", "notify");
    case InstantKind::Set: return QCoreApplication::translate("Instant", "set");
    case InstantKind::Timeout: return QCoreApplication::translate("Instant", "timeout");
    case InstantKind::Cancel: return QCoreApplication::translate("Instant", "cancel");
    case InstantKind::Exception: return QCoreApplication::translate("Instant", "exception");
    case InstantKind::Deadlock: return QCoreApplication::translate("Instant", "deadlock");
    case InstantKind::Result: return QCoreApplication::translate("Instant", "result");
    case InstantKind::Mark: return QCoreApplication::translate("Instant", "mark");
    }
    return {};
}

QString resourceKindLabel(ResourceKind k)
{
    switch (k) {
    case ResourceKind::Mutex: return QCoreApplication::translate("Resource", "lock");
    case ResourceKind::RMutex: return QCoreApplication::translate("Resource", "reentrant lock");
    case ResourceKind::Condition: return QCoreApplication::translate("Resource", "condition");
    case ResourceKind::Event: return QCoreApplication::translate("Resource", "event");
    case ResourceKind::Semaphore: return QCoreApplication::translate("Resource", "semaphore");
    case ResourceKind::Barrier: return QCoreApplication::translate("Resource", "barrier");
    case ResourceKind::Queue: return QCoreApplication::translate("Resource", "queue");
    case ResourceKind::Pipe: return QCoreApplication::translate("Resource", "pipe");
    case ResourceKind::Socket: return QCoreApplication::translate("Resource", "socket");
    case ResourceKind::SharedValue: return QCoreApplication::translate("Resource", "shared value");
    case ResourceKind::Pool: return QCoreApplication::translate("Resource", "pool");
    case ResourceKind::Loop: return QCoreApplication::translate("Resource", "event loop");
    case ResourceKind::Future: return QCoreApplication::translate("Resource", "future");
    case ResourceKind::Thread: return QCoreApplication::translate("Resource", "thread");
    case ResourceKind::Timer: return QCoreApplication::translate("Resource", "timer");
    }
    return {};
}

} // namespace interleave
