// SPDX-License-Identifier: MIT
#include "scene/sequencescene.h"

#include "scene/scenedraw.h"
#include "scene/sceneglyphs.h"
#include "scene/scenemetrics.h"
#include "scene/scenepainter.h"
#include "scene/scenestyle.h"
#include "scene/scenetext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace interleave {

namespace {

bool serverName(const QString& name)
{
    return name.contains(QLatin1String("server"), Qt::CaseInsensitive)
        || name.contains(QLatin1String("handler"), Qt::CaseInsensitive);
}

// Lanes in order: those that never touch a socket (the main thread), the clients, then the server's side
// (a server, its handlers, and whoever it started).
std::vector<int> laneOrder(const Trace& trace)
{
    const std::size_t n = trace.actors().size();
    std::vector<int> side(n, 1); // 0 bystander, 1 client, 2 server
    std::vector<char> touches(n, 0);
    auto isSocket = [&](int r) {
        return r >= 0 && std::size_t(r) < trace.resources().size()
            && trace.resources()[std::size_t(r)].kind == ResourceKind::Socket;
    };
    for (const Event& e : trace.events()) {
        if (e.actor >= 0 && std::size_t(e.actor) < n && isSocket(e.resource))
            touches[std::size_t(e.actor)] = 1;
    }
    for (std::size_t a = 0; a < n; ++a) {
        const ActorInfo& info = trace.actors()[a];
        const bool server = serverName(info.name)
            || (info.parent >= 0 && std::size_t(info.parent) < n
                && serverName(trace.actors()[std::size_t(info.parent)].name));
        side[a] = server ? 2 : (touches[a] ? 1 : 0);
    }
    std::vector<int> order(n);
    for (std::size_t a = 0; a < n; ++a)
        order[a] = int(a);
    std::stable_sort(
        order.begin(), order.end(), [&](int x, int y) { return side[std::size_t(x)] < side[std::size_t(y)]; });
    return order;
}

} // namespace

SceneLayout SequenceScene::frame(const SceneIndex& index, QSizeF size)
{
    const qreal start = std::clamp(std::min(size.width(), size.height()) / 16.0, 6.0, 24.0);
    return SceneLayout::largestFit(index, size, start, 3.0, 0.9, &SequenceScene::tryFit);
}

bool SequenceScene::tryFit(SceneLayout& l, const SceneIndex& index, QSizeF size, qreal r, bool force)
{
    const Trace& trace = index.trace();
    const SceneMetrics m = metricsFor(r, trace);
    QRectF mid = l.frameEdges(index, size, m);
    // No finished row: a lane keeps its token at its head to the end, greyed when it is over.
    const QRectF done = l.m_areas.front().rect;
    l.m_areas.clear();
    mid.setBottom(done.bottom());
    const std::vector<int> order = laneOrder(trace);
    const int n = std::max<int>(1, int(order.size()));
    const qreal laneW = mid.width() / n;
    if (laneW < 2.4 * r && !force)
        return false;
    if (m.names && laneW < std::min(m.pitchX, 5.0 * m.labelPx) && !force)
        return false;
    const qreal head = mid.top() + 1.3 * r;
    const qreal top = head + r + (m.names ? m.labelPx * 1.5 : 0) + m.pad;
    if (mid.bottom() - top < 6 * r && !force)
        return false;
    // The moments worth telling apart: a burst of messages in a millisecond must not collapse into one line.
    std::vector<qint64> times { 0, std::max<qint64>(1, trace.duration()) };
    for (const SceneIndex::Message& msg : index.messages()) {
        if (trace.resources()[std::size_t(msg.resource)].kind != ResourceKind::Socket)
            continue;
        times.push_back(msg.sent);
        if (msg.arrived >= 0)
            times.push_back(msg.arrived);
    }
    for (const Instant& i : trace.instants()) {
        if (i.kind == InstantKind::Mark && i.resource >= 0
            && trace.resources()[std::size_t(i.resource)].kind == ResourceKind::Socket)
            times.push_back(i.time);
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    for (int i = 0; i < int(order.size()); ++i) {
        SceneBox lane;
        lane.role = BoxRole::Lane;
        lane.actor = order[std::size_t(i)];
        lane.rect = QRectF(mid.left() + i * laneW, top, laneW, mid.bottom() - top);
        lane.spots.push_back(QPointF(lane.rect.center().x(), head));
        if (i == 0)
            lane.times = times;
        l.m_boxes.push_back(std::move(lane));
    }
    l.m_pitch = std::min(l.m_pitch, laneW);
    return true;
}

void SequenceScene::place(SceneLayout& l, const SceneSnapshot& s)
{
    l.m_tokens.assign(s.actors.size(), TokenPlace {});
    l.m_marks.clear();
    for (const SceneBox& b : l.m_boxes) {
        if (b.role != BoxRole::Lane || b.actor < 0 || std::size_t(b.actor) >= s.actors.size())
            continue;
        TokenPlace& t = l.m_tokens[std::size_t(b.actor)];
        const ActorSnapshot& a = s.actors[std::size_t(b.actor)];
        l.placeInArea(t, a);
        if (a.waitsOn >= 0) {
            t.place = Place::Queued;
            t.resource = a.waitsOn;
        }
        t.centre = b.spots.front();
    }
}

qreal SequenceScene::yOf(const SceneIndex& index, const SceneLayout& l, qint64 t)
{
    const SceneBox* lane = l.box(BoxRole::Lane);
    if (!lane)
        return 0;
    const qint64 d = std::max<qint64>(1, index.trace().duration());
    t = std::clamp<qint64>(t, 0, d);
    // Part by order (each moment that matters gets the same room), part by time (a long wait still
    // looks long): monotonic, so the diagram reads top to bottom in time order.
    const auto& keys = lane->times;
    qreal rank = qreal(t) / qreal(d);
    if (keys.size() >= 2) {
        const auto it = std::upper_bound(keys.begin(), keys.end(), t);
        const std::size_t k = std::size_t(std::max<std::ptrdiff_t>(1, it - keys.begin())) - 1;
        const std::size_t next = std::min(k + 1, keys.size() - 1);
        const qreal frac = next > k ? qreal(t - keys[k]) / qreal(std::max<qint64>(1, keys[next] - keys[k])) : 0.0;
        rank = (qreal(k) + std::clamp(frac, 0.0, 1.0)) / qreal(keys.size() - 1);
    }
    return lane->rect.top() + lane->rect.height() * (0.7 * rank + 0.3 * qreal(t) / qreal(d));
}

std::vector<SequenceScene::Arrow> SequenceScene::arrows(const SceneIndex& index, const SceneLayout& l, qint64 t)
{
    std::vector<Arrow> out;
    std::vector<qreal> laneX(index.trace().actors().size(), -1);
    for (const SceneBox& b : l.boxes()) {
        if (b.role == BoxRole::Lane && b.actor >= 0 && std::size_t(b.actor) < laneX.size())
            laneX[std::size_t(b.actor)] = b.rect.center().x();
    }
    const auto& all = index.messages();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const SceneIndex::Message& m = all[i];
        const ResourceInfo& res = index.trace().resources()[std::size_t(m.resource)];
        if (res.kind != ResourceKind::Socket || m.sent > t || m.from < 0 || laneX[std::size_t(m.from)] < 0)
            continue;
        Arrow a;
        a.message = int(i);
        a.from = QPointF(laneX[std::size_t(m.from)], yOf(index, l, m.sent));
        const bool arrives = m.to >= 0 && laneX[std::size_t(m.to)] >= 0;
        a.inFlight = !arrives || m.arrived > t;
        if (!arrives) {
            a.to = a.from + QPointF(l.pitch() * 0.4, yOf(index, l, t) - a.from.y());
        } else {
            const QPointF end(laneX[std::size_t(m.to)], yOf(index, l, m.arrived));
            const qreal k = a.inFlight ? qreal(t - m.sent) / qreal(std::max<qint64>(1, m.arrived - m.sent)) : 1.0;
            a.to = a.from + (end - a.from) * k;
        }
        out.push_back(a);
    }
    std::stable_sort(out.begin(), out.end(), [&](const Arrow& x, const Arrow& y) {
        return all[std::size_t(x.message)].sent < all[std::size_t(y.message)].sent;
    });
    return out;
}

void SequenceScene::paint(QPainter& p, const SceneFrame& f)
{
    const SceneLayout& l = *f.layout;
    const SceneSnapshot& s = *f.snapshot;
    const SceneIndex& index = *f.index;
    const Trace& trace = index.trace();
    const bool dark = f.dark;
    const qreal r = l.radius();
    const qreal px = l.labelPx();
    const qreal now = yOf(index, l, s.time);
    // The lanes: the past as state bars under a dashed lifeline; nothing below the playhead.
    for (const SceneBox& b : l.boxes()) {
        if (b.role != BoxRole::Lane)
            continue;
        const qreal x = b.rect.center().x();
        p.setPen(QPen(SceneStyle::slot(dark), 1, Qt::DashLine));
        p.drawLine(QPointF(x, b.rect.top()), QPointF(x, b.rect.bottom()));
        const qreal w = std::clamp(b.rect.width() * 0.14, 2.0, r * 0.5);
        for (const StateInterval& st : trace.states(b.actor)) {
            if (st.start > s.time || isTerminal(st.state))
                continue;
            const qreal y0 = yOf(index, l, st.start);
            const qreal y1 = yOf(index, l, std::min(st.end, s.time));
            if (y1 - y0 < 0.5)
                continue;
            p.setPen(Qt::NoPen);
            p.setBrush(SceneStyle::stateFill(st.state, dark));
            p.drawRect(QRectF(x - w / 2, y0, w, y1 - y0));
        }
    }
    // Connections: a line between the two ends' lanes where the client connected.
    std::vector<qreal> laneX(trace.actors().size(), -1);
    for (const SceneBox& b : l.boxes()) {
        if (b.role == BoxRole::Lane)
            laneX[std::size_t(b.actor)] = b.rect.center().x();
    }
    for (const Instant& i : trace.instants()) {
        if (i.time > s.time)
            break;
        if (i.kind != InstantKind::Mark || i.resource < 0 || i.actor < 0 || laneX[std::size_t(i.actor)] < 0)
            continue;
        const bool connect = i.text.startsWith(QLatin1String("connect"));
        const bool accept = i.text.startsWith(QLatin1String("accept"));
        const bool close = i.text == u"close";
        const QPointF at(laneX[std::size_t(i.actor)], yOf(index, l, i.time));
        if (close) {
            p.setPen(QPen(SceneStyle::mutedText(dark), 1.5));
            p.drawLine(at + QPointF(-3, -3), at + QPointF(3, 3));
            p.drawLine(at + QPointF(-3, 3), at + QPointF(3, -3));
        }
        if (!connect && !accept)
            continue;
        // The other end: whoever talks with the client on it (a server's handler), else whoever accepted it.
        int peer = -1;
        for (int k : index.messagesOn(i.resource)) {
            const SceneIndex::Message& msg = index.messages()[std::size_t(k)];
            const int other = msg.from == i.actor ? msg.to : (msg.to == i.actor ? msg.from : -1);
            if (other >= 0 && other != i.actor && laneX[std::size_t(other)] >= 0) {
                peer = other;
                break;
            }
        }
        for (std::size_t k = 0; peer < 0 && k < trace.instants().size(); ++k) {
            const Instant& j = trace.instants()[k];
            if (j.resource == i.resource && j.actor != i.actor && j.actor >= 0 && laneX[std::size_t(j.actor)] >= 0)
                peer = j.actor;
        }
        if (!connect || peer < 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(SceneStyle::flowColor(FlowKind::Spawn, dark));
            p.drawEllipse(at, 3, 3);
            continue;
        }
        const QPointF other(laneX[std::size_t(peer)], at.y());
        p.setPen(QPen(SceneStyle::panelBorder(dark).darker(130), 2));
        p.drawLine(at, other);
        p.setFont(SceneDraw::font(px * 0.85));
        const QRectF label(std::min(at.x(), other.x()), at.y() - px * 1.4, std::abs(other.x() - at.x()), px * 1.3);
        SceneDraw::text(
            p, label, SceneText::resourceName(trace, i.resource), SceneStyle::mutedText(dark), Qt::AlignCenter);
    }
    // The playhead.
    p.setPen(QPen(SceneStyle::alarm(dark), 1, Qt::DotLine));
    const SceneBox* first = l.box(BoxRole::Lane);
    if (first) {
        p.drawLine(QPointF(first->rect.left(), now), QPointF(l.size().width() - first->rect.left(), now));
        p.setFont(SceneDraw::font(px * 0.85));
        SceneDraw::text(p, QRectF(first->rect.left() + 2, now + 1, px * 16, px * 1.3), tr("now (time runs down)"),
            SceneStyle::alarm(dark));
    }
}

void SequenceScene::paintOver(QPainter& p, const SceneFrame& f)
{
    const SceneLayout& l = *f.layout;
    const SceneIndex& index = *f.index;
    const qreal r = l.radius();
    const qreal px = l.labelPx();
    const auto list = arrows(index, l, f.snapshot->time);
    // Hundreds of finished arrows say little: the in-flight ones and the latest few stay strong.
    const std::size_t strong = list.size() > 40 ? list.size() - 40 : 0;
    for (std::size_t k = 0; k < list.size(); ++k) {
        const Arrow& a = list[k];
        const SceneIndex::Message& m = index.messages()[std::size_t(a.message)];
        QColor c = SceneStyle::flowColor(FlowKind::Send, f.dark);
        if (k < strong && !a.inFlight)
            c.setAlphaF(0.3f);
        SceneGlyphs::arrow(p, a.from, a.to, 0, c, a.inFlight ? 2.0 : 1.4, a.inFlight ? Qt::DashLine : Qt::SolidLine,
            a.inFlight ? 0 : std::max(5.0, r * 0.4));
        if (a.inFlight)
            SceneDraw::envelope(
                p, QRectF(a.to.x() - r * 0.6, a.to.y() - r * 0.4, r * 1.2, r * 0.8), SceneStyle::background(f.dark), c);
        if (m.value > 0 && std::abs(a.to.x() - a.from.x()) > px * 5 && list.size() <= 40) {
            p.setFont(SceneDraw::font(px * 0.8));
            const QPointF mid = (a.from + a.to) / 2;
            SceneDraw::text(p, QRectF(mid.x() - px * 3, mid.y() - px * 1.2, px * 6, px * 1.1), tr("%1 B").arg(m.value),
                c, Qt::AlignCenter);
        }
    }
}

} // namespace interleave
