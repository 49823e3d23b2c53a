// SPDX-License-Identifier: MIT
#include "timeline/legendpainter.h"

#include "timeline/flowpainter.h"
#include "timeline/instantpainter.h"
#include "timeline/lodindex.h"
#include "timeline/paintcontext.h"
#include "timeline/resourcepainter.h"
#include "timeline/statestyle.h"
#include "timeline/textutil.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace interleave {

namespace {

constexpr qreal SwatchW = 26;
constexpr qreal SwatchH = 13;
constexpr qreal RowH = 20;
constexpr qreal ItemGap = 16;

// Its strings' translation context, "TimelineLegend", for lupdate and for the lookup alike.
struct TimelineLegendText {
    Q_DECLARE_TR_FUNCTIONS(TimelineLegend)
};

QFont legendFont()
{
    return TimelineTheme::font(12);
}
QFont sectionFont()
{
    return TimelineTheme::font(12, true);
}

QString stateHint(State s)
{
    switch (s) {
    case State::Runnable:
        return TimelineLegendText::tr("runnable (ready, waits for a CPU)");
    case State::Blocked:
        return TimelineLegendText::tr("blocked (on a lock or semaphore)");
    case State::Waiting:
        return TimelineLegendText::tr("waiting (condition, event, join, queue)");
    case State::Io:
        return TimelineLegendText::tr("I/O (socket, pipe)");
    case State::Suspended:
        return TimelineLegendText::tr("suspended (awaiting in the event loop)");
    default:
        return stateLabel(s);
    }
}

} // namespace

std::vector<LegendPainter::Item> LegendPainter::items(const Trace& trace, const LodIndex& lod, bool groups, bool brief)
{
    using K = Item::Kind;
    std::vector<Item> out;
    // An item with its explanation; the brief legend keeps the name before it and gives the rest as a hint.
    auto add = [&](K kind, int code, const QString& words, const QString& name) {
        if (brief && name != words)
            out.push_back({ kind, code, name, words, {} });
        else
            out.push_back({ kind, code, words, {}, {} });
    };
    out.push_back({ K::Section, 0, TimelineLegendText::tr("States"), {}, {} });
    static constexpr State order[] = { State::Running, State::Runnable, State::Blocked, State::Waiting, State::Sleeping,
        State::Io, State::Suspended, State::Done, State::Cancelled, State::Failed };
    for (State s : order)
        add(K::State, int(s), stateHint(s), stateLabel(s));
    if (groups)
        add(K::Group, 0, TimelineLegendText::tr("a lane of many: the share of them in each state (full height: all)"),
            TimelineLegendText::tr("a lane of many"));

    const bool holds = lod.hasHolds();
    bool drops = false;
    for (std::size_t r = 0; r < trace.resources().size(); ++r)
        drops = drops || (lod.dropCount(int(r)) > 0 && ResourcePainter::expectedValue(trace, int(r)));
    if (lod.flowKinds() || lod.instantKinds() || holds || drops)
        out.push_back({ K::Section, 0, TimelineLegendText::tr("Marks"), {}, {} });
    for (int k = 0; k < FlowKindCount; ++k) {
        if (lod.flowKinds() & (1u << k))
            out.push_back({ K::Flow, k, flowKindLabel(FlowKind(k)), {}, {} });
    }
    for (int k = 0; k < InstantKindCount; ++k) {
        if (lod.instantKinds() & (1u << k))
            out.push_back({ K::Instant, k, instantKindLabel(InstantKind(k)), {}, {} });
    }
    if (lod.instantKinds() & (1u << int(InstantKind::Deadlock)))
        add(K::WaitsFor, 0, TimelineLegendText::tr("waits for (the holder's bar), at the deadlock"),
            TimelineLegendText::tr("waits for"));
    if (holds)
        add(K::Holder, 0, TimelineLegendText::tr("held by (the holder's colour and name)"),
            TimelineLegendText::tr("held by"));
    if (drops)
        add(K::Drop, 0, TimelineLegendText::tr("lost update (a write that did not raise the counter)"),
            TimelineLegendText::tr("lost update"));
    return out;
}

qreal LegendPainter::place(std::vector<Item>& items, qreal width)
{
    qreal x = 0, y = 0;
    for (Item& it : items) {
        const bool section = it.kind == Item::Kind::Section;
        const qreal textW = TextUtil::width(section ? sectionFont() : legendFont(), it.label);
        const qreal w = section ? textW + 10 : SwatchW + 6 + textW;
        // Each section starts a row; items wrap when they would overflow.
        if (x > 0 && (section || x + w > width)) {
            x = 0;
            y += RowH;
        }
        it.rect = QRectF(x, y, std::min(w, width), RowH);
        x += w + (section ? 0 : ItemGap);
    }
    return items.empty() ? 0 : y + RowH;
}

void LegendPainter::paint(const PaintContext& ctx)
{
    const QRectF area = ctx.layout.legendRect;
    if (area.isEmpty())
        return;
    QPainter& p = ctx.p;
    const bool dark = ctx.theme.dark;
    const auto& list = ctx.layout.legend;
    p.save();
    p.setPen(QPen(ctx.theme.separator, 1));
    p.drawLine(QLineF(area.left(), area.top() - 6.5, area.right(), area.top() - 6.5));
    for (const Item& it : list) {
        const QRectF r = it.rect.translated(area.topLeft());
        const QRectF sw(r.left(), r.center().y() - SwatchH / 2, SwatchW, SwatchH);
        const QRectF textRect(sw.right() + 6, r.top(), r.right() - sw.right() - 6, r.height());
        switch (it.kind) {
        case Item::Kind::Section:
            p.setFont(sectionFont());
            p.setPen(ctx.theme.text);
            p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, it.label);
            continue;
        case Item::Kind::State: {
            const State s = State(it.code);
            if (isTerminal(s)) {
                p.setPen(QPen(ctx.theme.separator, 1));
                p.drawLine(QLineF(sw.left(), sw.center().y(), sw.center().x(), sw.center().y()));
                StateStyle::paintEndMarker(p, sw.center(), 10, s, dark);
            } else {
                StateStyle::paintBar(p, sw, s, dark, true);
            }
            break;
        }
        case Item::Kind::Flow:
            FlowPainter::paintArrow(p, QPointF(sw.left() + 1, sw.center().y()),
                QPointF(sw.right() - 1, sw.center().y()), StateStyle::flowColor(FlowKind(it.code), dark));
            break;
        case Item::Kind::Instant:
            InstantPainter::paintMarker(p, sw.center(), InstantKind(it.code), dark);
            break;
        case Item::Kind::Holder: {
            const QRectF a(sw.left(), sw.top(), sw.width() / 2, sw.height());
            p.fillRect(a, StateStyle::actorColor(0, dark));
            p.fillRect(a.translated(a.width(), 0), StateStyle::actorColor(1, dark));
            p.setPen(QPen(ctx.theme.separator, 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(sw.adjusted(0.5, 0.5, -0.5, -0.5));
            break;
        }
        case Item::Kind::WaitsFor:
            FlowPainter::paintArrow(p, QPointF(sw.left() + 1, sw.center().y()),
                QPointF(sw.right() - 1, sw.center().y()), StateStyle::instantColor(InstantKind::Deadlock, dark), 2.0);
            break;
        case Item::Kind::Group: {
            // A small stacked column: a few running under many suspended, under the band's frame.
            p.fillRect(QRectF(sw.left(), sw.bottom() - sw.height() * 0.3, sw.width(), sw.height() * 0.3),
                StateStyle::of(State::Running, dark).fill);
            p.fillRect(QRectF(sw.left(), sw.top() + sw.height() * 0.25, sw.width(), sw.height() * 0.45),
                StateStyle::of(State::Suspended, dark).fill);
            p.setPen(QPen(ctx.theme.separator, 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(sw.adjusted(0.5, 0.5, -0.5, -0.5));
            break;
        }
        case Item::Kind::Drop:
            p.setPen(QPen(ctx.theme.bad, 2));
            p.drawLine(QLineF(sw.center().x(), sw.top(), sw.center().x(), sw.bottom()));
            break;
        }
        p.setFont(legendFont());
        p.setPen(ctx.theme.text);
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, it.label);
    }
    p.restore();
}

} // namespace interleave
