// SPDX-License-Identifier: MIT
#include "timeline/headerpainter.h"

#include "timeline/valuespread.h"

#include "timeline/paintcontext.h"
#include "timeline/textutil.h"
#include "timeline/timeaxis.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace interleave {

namespace {

// Its strings' translation context, "TimelineHeader", for lupdate and for the lookup alike.
struct TimelineHeaderText {
    Q_DECLARE_TR_FUNCTIONS(TimelineHeader)
};

constexpr int kListedItems = ValueSpread::ListedItems;

// "200 values 26.0–26.7 (median 26.4)"; empty when the list is short or not all numbers.
QString spreadText(const QVariantList& items)
{
    const std::optional<ValueSpread> s = ValueSpread::of(QVariant(items));
    if (!s)
        return {};
    return TimelineHeaderText::tr("%n values %1–%2 (median %3)", nullptr, int(s->count))
        .arg(s->text(s->min, false), s->text(s->max, false), s->text(s->median, false));
}

QString valueText(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(v.toLongLong());
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 6);
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        const QVariantList items = v.toList();
        const QString spread = spreadText(items);
        if (!spread.isEmpty())
            return spread;
        QStringList parts;
        for (const QVariant& item : items.mid(0, kListedItems))
            parts << valueText(item);
        if (items.size() > kListedItems)
            parts << TimelineHeaderText::tr("… %n more", nullptr, int(items.size() - kListedItems));
        return u'[' + parts.join(u", "_s) + u']';
    }
    default:
        return v.toString();
    }
}

QStringList names(const QVariant& v)
{
    QStringList out;
    for (const QVariant& item : v.toList())
        out << item.toString();
    return out;
}

} // namespace

std::vector<HeaderPainter::Segment> HeaderPainter::outcome(const QVariantMap& o)
{
    std::vector<Segment> out;
    QStringList used;
    if (o.contains(u"deadlock"_s)) {
        used << u"deadlock"_s << u"cycle"_s << u"cycle_resources"_s << u"reason"_s;
        if (o.value(u"deadlock"_s).toBool()) {
            const QStringList cycle = names(o.value(u"cycle"_s));
            QString text;
            if (!cycle.isEmpty()) {
                QStringList loop = cycle;
                if (loop.size() > 1 && loop.first() != loop.last())
                    loop << loop.first();
                text = TimelineHeaderText::tr(
                    "Deadlock: %1 — each waits for something the next one holds, so none can go on")
                           .arg(loop.join(u" → "_s));
            } else if (o.contains(u"reason"_s)) {
                text = TimelineHeaderText::tr("Deadlock: %1").arg(o.value(u"reason"_s).toString());
            } else {
                text = TimelineHeaderText::tr("Deadlock: no thread can go on");
            }
            out.push_back({ text, Role::Bad });
        } else {
            out.push_back({ TimelineHeaderText::tr("no deadlock"), Role::Good });
        }
    }
    if (o.contains(u"counter"_s) && o.contains(u"expected"_s)) {
        used << u"counter"_s << u"expected"_s << u"lost"_s;
        const qint64 counter = o.value(u"counter"_s).toLongLong();
        const qint64 expected = o.value(u"expected"_s).toLongLong();
        const qint64 lost = o.contains(u"lost"_s) ? o.value(u"lost"_s).toLongLong() : expected - counter;
        if (lost > 0) {
            out.push_back({ TimelineHeaderText::tr("counter %1 of %2: %3 updates lost")
                                .arg(TextUtil::number(counter), TextUtil::number(expected), TextUtil::number(lost)),
                Role::Bad });
        } else {
            out.push_back({ TimelineHeaderText::tr("counter %1 of %2: no update lost")
                                .arg(TextUtil::number(counter), TextUtil::number(expected)),
                Role::Good });
        }
    }
    if (o.contains(u"max_concurrent"_s)) {
        used << u"max_concurrent"_s;
        out.push_back({ TimelineHeaderText::tr("at most %1 at once").arg(o.value(u"max_concurrent"_s).toLongLong()),
            Role::Normal });
    }
    if (o.contains(u"timed_out"_s)) {
        used << u"timed_out"_s;
        const bool timedOut = o.value(u"timed_out"_s).toBool();
        out.push_back({ timedOut ? TimelineHeaderText::tr("timed out") : TimelineHeaderText::tr("no timeout"),
            timedOut ? Role::Bad : Role::Good });
    }
    for (auto it = o.cbegin(); it != o.cend(); ++it) {
        if (!used.contains(it.key()))
            out.push_back({ it.key() + u'=' + valueText(it.value()), Role::Normal });
    }
    return out;
}

std::vector<std::vector<HeaderPainter::Segment>> HeaderPainter::content(const Trace& trace, const PaintOptions& options)
{
    std::vector<std::vector<Segment>> lines;
    const TraceMeta& meta = trace.meta();
    if (options.showTitle) {
        std::vector<Segment> title;
        if (!meta.title.isEmpty())
            title.push_back({ meta.title, Role::Title });
        if (!meta.scenario.isEmpty())
            title.push_back({ meta.title.isEmpty() ? meta.scenario : u"  "_s + meta.scenario,
                meta.title.isEmpty() ? Role::Title : Role::Id });
        if (title.empty())
            title.push_back({ TimelineHeaderText::tr("Interleave trace"), Role::Title });
        lines.push_back(std::move(title));
    }
    if (options.showParams) {
        std::vector<Segment> params;
        for (auto it = meta.params.cbegin(); it != meta.params.cend(); ++it)
            params.push_back({ it.key() + u'=' + valueText(it.value()), Role::Normal });
        params.push_back({ TimelineHeaderText::tr("seed %1").arg(meta.seed), Role::Muted });
        params.push_back(
            { TimelineHeaderText::tr("run %1").arg(TimeAxis::duration(qreal(trace.duration()))), Role::Muted });
        params.push_back(
            { TimelineHeaderText::tr("%1 events").arg(TextUtil::number(qint64(trace.events().size()))), Role::Muted });
        lines.push_back(std::move(params));
        auto facts = outcome(meta.outcome);
        if (!facts.empty())
            lines.push_back(std::move(facts));
    }
    return lines;
}

QFont HeaderPainter::fontFor(Role role)
{
    switch (role) {
    case Role::Title:
        return TimelineTheme::font(19, true);
    case Role::Id:
        return TimelineTheme::font(14);
    case Role::Bad:
        return TimelineTheme::font(14, true);
    case Role::Good:
        return TimelineTheme::font(14, true);
    default:
        return TimelineTheme::font(13);
    }
}

std::vector<HeaderPainter::Placed> HeaderPainter::place(
    const Trace& trace, const PaintOptions& options, qreal width, qreal* height)
{
    std::vector<Placed> out;
    const auto lines = content(trace, options);
    qreal y = 0;
    const qreal gap = 18; // between segments of one line
    for (std::size_t l = 0; l < lines.size(); ++l) {
        const auto& line = lines[l];
        qreal lineAscent = 0, lineDescent = 0;
        for (const Segment& s : line) {
            const QFontMetricsF fm(fontFor(s.role));
            lineAscent = std::max(lineAscent, fm.ascent());
            lineDescent = std::max(lineDescent, fm.descent());
        }
        qreal x = 0;
        std::size_t firstOnRow = out.size();
        for (const Segment& s : line) {
            const QFont f = fontFor(s.role);
            const bool joined = s.role == Role::Id; // the id sits right after the title
            const qreal sep = x == 0 || joined ? 0 : gap;
            QString text = s.text;
            qreal w = TextUtil::width(f, text);
            if (x > 0 && x + sep + w > width) {
                // Wrap: the row so far gets its baseline, the segment starts the next row.
                for (std::size_t i = firstOnRow; i < out.size(); ++i)
                    out[i].baseline.setY(y + lineAscent);
                y += lineAscent + lineDescent + 2;
                x = 0;
                firstOnRow = out.size();
            }
            if (w > width) {
                text = TextUtil::elided(f, text, width);
                w = width;
            }
            const qreal start = x == 0 ? 0 : x + sep;
            out.push_back({ text, s.role, f, QPointF(start, 0) });
            x = start + w;
        }
        for (std::size_t i = firstOnRow; i < out.size(); ++i)
            out[i].baseline.setY(y + lineAscent);
        y += lineAscent + lineDescent + (l == 0 ? 8 : 5);
    }
    *height = y;
    return out;
}

void HeaderPainter::paint(const PaintContext& ctx)
{
    const QRectF r = ctx.layout.headerRect;
    if (r.isEmpty())
        return;
    QPainter& p = ctx.p;
    p.save();
    for (const Placed& s : ctx.layout.header) {
        QColor c = ctx.theme.text;
        switch (s.role) {
        case Role::Id:
        case Role::Muted:
            c = ctx.theme.mutedText;
            break;
        case Role::Bad:
            c = ctx.theme.bad;
            break;
        case Role::Good:
            c = ctx.theme.good;
            break;
        default:
            break;
        }
        p.setFont(s.font);
        p.setPen(c);
        p.drawText(r.topLeft() + s.baseline, s.text);
    }
    p.restore();
}

} // namespace interleave
