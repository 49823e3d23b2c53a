// SPDX-License-Identifier: MIT
#include "scene/sequencescene.h"

#include "scene/scenedraw.h"
#include "scene/sceneglyphs.h"
#include "scene/scenemetrics.h"
#include "scene/scenepainter.h"
#include "scene/scenestyle.h"
#include "scene/scenetext.h"
#include "scene/tokenpainter.h"

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

bool serverSide(const Trace& trace, int a)
{
    const ActorInfo& info = trace.actors()[std::size_t(a)];
    return serverName(info.name)
        || (info.parent >= 0 && std::size_t(info.parent) < trace.actors().size()
            && serverName(trace.actors()[std::size_t(info.parent)].name));
}

// Below this a lane has no room for its name, and a crowd of them is a blur: the diagram shows some of
// them in full and one lane for the rest.
constexpr qreal kMinLaneWidth = 28;
// Up to this many clients always get a lane each, whatever the size (small runs look as they always did).
constexpr int kSmallRun = 10;
constexpr int kElisionUnits = 2; // an elision lane is as wide as two, for its words

// The lanes of a crowd: everyone who is not a client or a session (the main thread, the server), the first
// `keep` clients and the last, and the server's lanes (handlers, threads) that talk with them; the others
// go into one elision lane (-1) per side, where their first one would stand.
std::vector<int> crowdLanes(const SceneIndex& index, const std::vector<int>& order, int keep)
{
    const Trace& trace = index.trace();
    const std::size_t n = trace.actors().size();
    std::vector<char> isClient(n, 0), server(n, 0);
    for (int a : order) {
        server[std::size_t(a)] = serverSide(trace, a);
    }
    std::vector<int> clients;
    for (const SceneIndex::Message& m : index.messages()) {
        if (trace.resources()[std::size_t(m.resource)].kind != ResourceKind::Socket)
            continue;
        for (int a : { m.from, m.to }) {
            if (a >= 0 && !server[std::size_t(a)])
                isClient[std::size_t(a)] = 1;
        }
    }
    for (const Instant& i : trace.instants()) {
        if (i.kind == InstantKind::Mark && i.actor >= 0 && i.resource >= 0 && !server[std::size_t(i.actor)]
            && trace.resources()[std::size_t(i.resource)].kind == ResourceKind::Socket)
            isClient[std::size_t(i.actor)] = 1;
    }
    for (int a : order) {
        if (isClient[std::size_t(a)])
            clients.push_back(a);
    }
    if (int(clients.size()) <= kSmallRun)
        return order;
    std::vector<char> shown(n, 1);
    for (std::size_t k = std::size_t(keep); k + 1 < clients.size(); ++k)
        shown[std::size_t(clients[k])] = 0;
    // A session: a server-side lane that talks with one client only (a handler); it is shown with its client.
    std::vector<int> peer(n, -1); // -1 none yet, -2 several
    for (const SceneIndex::Message& m : index.messages()) {
        if (m.from < 0 || m.to < 0 || trace.resources()[std::size_t(m.resource)].kind != ResourceKind::Socket)
            continue;
        const int s = server[std::size_t(m.from)] ? m.from : m.to;
        const int c = server[std::size_t(m.from)] ? m.to : m.from;
        if (!server[std::size_t(s)] || server[std::size_t(c)])
            continue;
        int& p = peer[std::size_t(s)];
        p = p == -1 || p == c ? c : -2;
    }
    std::vector<int> sessions;
    for (int a : order) {
        if (!server[std::size_t(a)] || peer[std::size_t(a)] == -2)
            continue;
        // A numbered server-side lane with nobody to talk to yet (a live run) is a session too.
        const QString& name = trace.actors()[std::size_t(a)].name;
        if (peer[std::size_t(a)] >= 0
            || (!name.isEmpty() && name.back().isDigit() && trace.actors()[std::size_t(a)].parent >= 0))
            sessions.push_back(a);
    }
    int sessionsShown = 0;
    for (int a : sessions) {
        const int c = peer[std::size_t(a)];
        shown[std::size_t(a)] = c >= 0 && shown[std::size_t(c)];
        sessionsShown += shown[std::size_t(a)];
    }
    // Sessions not yet matched with a client (a live run): the first few stand in.
    for (std::size_t k = 0; k < sessions.size() && sessionsShown < keep; ++k) {
        if (!shown[std::size_t(sessions[k])] && peer[std::size_t(sessions[k])] < 0) {
            shown[std::size_t(sessions[k])] = 1;
            ++sessionsShown;
        }
    }
    std::vector<int> lanes;
    bool elidedClients = false, elidedServer = false;
    for (int a : order) {
        if (shown[std::size_t(a)]) {
            lanes.push_back(a);
            continue;
        }
        bool& done = server[std::size_t(a)] ? elidedServer : elidedClients;
        if (!done)
            lanes.push_back(-1 - int(server[std::size_t(a)])); // -1: clients, -2: the server's side
        done = true;
    }
    return lanes;
}

} // namespace

SceneLayout SequenceScene::frame(const SceneIndex& index, QSizeF size)
{
    const qreal start = std::clamp(std::min(size.width(), size.height()) / 16.0, 6.0, 24.0);
    const std::vector<int> order = laneOrder(index.trace());
    // Every lane in full while they are wide enough to tell apart.
    if (size.width() / qreal(std::max<std::size_t>(1, order.size())) >= kMinLaneWidth
        || crowdLanes(index, order, 1) == order)
        return SceneLayout::largestFit(index, size, start, 3.0, 0.9, &SequenceScene::tryFit);
    // A crowd: as many clients in full as fit with their names, the rest in an elision lane.
    SceneLayout l;
    for (int keep = 4; keep >= 1 && index.trace().actors().size() <= 2000; --keep) {
        const std::vector<int> lanes = crowdLanes(index, order, keep);
        for (qreal r = start; r >= 6.0; r *= 0.9) {
            if (fitLanes(l, index, size, r, false, lanes))
                return l;
        }
    }
    fitLanes(l, index, size, 6.0, true, crowdLanes(index, order, 1));
    return l;
}

bool SequenceScene::tryFit(SceneLayout& l, const SceneIndex& index, QSizeF size, qreal r, bool force)
{
    return fitLanes(l, index, size, r, force, laneOrder(index.trace()));
}

bool SequenceScene::fitLanes(
    SceneLayout& l, const SceneIndex& index, QSizeF size, qreal r, bool force, const std::vector<int>& order)
{
    const Trace& trace = index.trace();
    const SceneMetrics m = metricsFor(r, trace);
    QRectF mid = l.frameEdges(index, size, m);
    // No finished row: a lane keeps its token at its head to the end, greyed when it is over.
    const QRectF done = l.m_areas.front().rect;
    l.m_areas.clear();
    mid.setBottom(done.bottom());
    int units = 0;
    for (int a : order)
        units += a < 0 ? kElisionUnits : 1;
    const int n = std::max<int>(1, units);
    const qreal laneW = mid.width() / n;
    if (laneW < 2.4 * r && !force)
        return false;
    // A name wider than its lane takes turns with its neighbours' one line lower, so it has two lanes' width.
    const qreal nameW = std::min(m.pitchX, 5.0 * m.labelPx);
    const int nameRows = m.names && laneW < nameW ? 2 : 1;
    if (m.names && nameRows * laneW < nameW && !force)
        return false;
    const qreal head = mid.top() + 1.3 * r;
    const qreal top = head + r + (m.names ? m.labelPx * (0.25 + 1.25 * nameRows) : 0) + m.pad;
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
    std::vector<char> shown(trace.actors().size(), 0);
    for (int a : order) {
        if (a >= 0)
            shown[std::size_t(a)] = 1;
    }
    qreal x = mid.left();
    for (int i = 0; i < int(order.size()); ++i) {
        SceneBox lane;
        lane.role = BoxRole::Lane;
        lane.actor = std::max(-1, order[std::size_t(i)]);
        const qreal w = lane.actor < 0 ? kElisionUnits * laneW : laneW;
        lane.rect = QRectF(x, top, w, mid.bottom() - top);
        x += w;
        lane.spots.push_back(QPointF(lane.rect.center().x(), head));
        if (i == 0)
            lane.times = times;
        if (lane.actor < 0) {
            // An elision lane: the hidden actors of its side (-1 clients, -2 the server's).
            const bool serverLane = order[std::size_t(i)] == -2;
            for (std::size_t a = 0; a < shown.size(); ++a) {
                if (!shown[a] && serverSide(trace, int(a)) == serverLane)
                    lane.members.push_back(int(a));
            }
        }
        l.m_boxes.push_back(std::move(lane));
    }
    l.m_pitch = laneW; // a name may take its lane's whole width
    l.m_nameRows = nameRows;
    return true;
}

void SequenceScene::place(SceneLayout& l, const SceneSnapshot& s)
{
    l.m_tokens.assign(s.actors.size(), TokenPlace {});
    l.m_marks.clear();
    int lane = -1;
    for (const SceneBox& b : l.m_boxes) {
        if (b.role != BoxRole::Lane)
            continue;
        ++lane;
        if (b.actor < 0 || std::size_t(b.actor) >= s.actors.size())
            continue;
        TokenPlace& t = l.m_tokens[std::size_t(b.actor)];
        t.nameRow = lane % l.m_nameRows;
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
        if (m.to >= 0 && laneX[std::size_t(m.to)] < 0)
            continue; // to a lane in a crowd's elision lane: its count of messages on their way says it

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

std::vector<SequenceScene::Connection> SequenceScene::connections(
    const SceneIndex& index, const SceneLayout& l, qint64 t)
{
    const Trace& trace = index.trace();
    std::vector<qreal> laneX(trace.actors().size(), -1);
    for (const SceneBox& b : l.boxes()) {
        if (b.role == BoxRole::Lane && b.actor >= 0)
            laneX[std::size_t(b.actor)] = b.rect.center().x();
    }
    const QFontMetricsF fm(SceneDraw::font(l.labelPx() * 0.85));
    std::vector<Connection> out;
    std::vector<QRectF> taken;
    for (const Instant& i : trace.instants()) {
        if (i.time > t)
            break;
        if (i.kind != InstantKind::Mark || i.resource < 0 || i.actor < 0 || laneX[std::size_t(i.actor)] < 0)
            continue;
        const bool connect = i.text.startsWith(QLatin1String("connect"));
        const bool accept = i.text.startsWith(QLatin1String("accept"));
        const bool close = i.text == u"close";
        if (!connect && !accept && !close)
            continue; // a recv or send mark: the arrows say it
        Connection c;
        c.at = QPointF(laneX[std::size_t(i.actor)], yOf(index, l, i.time));
        c.other = c.at;
        c.resource = i.resource;
        c.close = close;
        // A cross where an end closed; a dot where the server accepted (the line is drawn from the connect).
        if (!connect) {
            out.push_back(c);
            continue;
        }
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
        if (peer >= 0) {
            c.other = QPointF(laneX[std::size_t(peer)], c.at.y());
            // Its name over the middle of the line, unless an earlier connection's name is there.
            const qreal w = std::min(
                fm.horizontalAdvance(SceneText::resourceName(trace, i.resource)) + 4, std::abs(c.other.x() - c.at.x()));
            const QRectF label((c.at.x() + c.other.x() - w) / 2, c.at.y() - l.labelPx() * 1.4, w, l.labelPx() * 1.3);
            if (std::none_of(taken.begin(), taken.end(), [&](const QRectF& r) { return r.intersects(label); })) {
                c.label = label;
                taken.push_back(label);
            }
        }
        out.push_back(c);
    }
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
        if (b.actor < 0) {
            paintElision(p, f, b);
            continue;
        }
        p.setPen(QPen(SceneStyle::slot(dark), 1, Qt::DashLine));
        p.drawLine(QPointF(x, b.rect.top()), QPointF(x, b.rect.bottom()));
        const TokenPlace* token = l.token(b.actor);
        if (token && token->place == Place::Hidden) {
            // Not started yet: an empty head with the lane's name, so every lane says whose it is.
            const QPointF head = b.spots.front();
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(head, r, r);
            if (l.showNames())
                TokenPainter::paintName(
                    p, l, head, token->nameRow, SceneText::actorName(trace, b.actor), SceneStyle::mutedText(dark));
        }
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
    p.setFont(SceneDraw::font(px * 0.85));
    for (const Connection& c : connections(index, l, s.time)) {
        if (c.close) {
            p.setPen(QPen(SceneStyle::mutedText(dark), 1.5));
            p.drawLine(c.at + QPointF(-3, -3), c.at + QPointF(3, 3));
            p.drawLine(c.at + QPointF(-3, 3), c.at + QPointF(3, -3));
        } else if (c.other == c.at) {
            p.setPen(Qt::NoPen);
            p.setBrush(SceneStyle::flowColor(FlowKind::Spawn, dark));
            p.drawEllipse(c.at, 3, 3);
        } else {
            p.setPen(QPen(SceneStyle::panelBorder(dark).darker(130), 2));
            p.drawLine(c.at, c.other);
            if (!c.label.isEmpty())
                SceneDraw::text(p, c.label, SceneText::resourceName(trace, c.resource), SceneStyle::mutedText(dark),
                    Qt::AlignCenter);
        }
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

QStringList SequenceScene::elisionLines(const Trace& trace, const SceneBox& lane)
{
    // Two lines: the lane is narrow.
    const int n = int(lane.members.size());
    if (!lane.members.empty() && serverSide(trace, lane.members.front()))
        return tr("… %n more\nhandlers", nullptr, n).split(QLatin1Char('\n'));
    return tr("… %n more\nclients", nullptr, n).split(QLatin1Char('\n'));
}

QString SequenceScene::elisionText(const Trace& trace, const SceneBox& lane)
{
    return elisionLines(trace, lane).join(QLatin1Char(' '));
}

int SequenceScene::hiddenInFlight(const SceneIndex& index, const SceneBox& lane, qint64 t)
{
    std::vector<char> member(index.trace().actors().size(), 0);
    for (int a : lane.members)
        member[std::size_t(a)] = 1;
    int n = 0;
    for (const SceneIndex::Message& m : index.messages()) {
        if (m.sent > t || (m.arrived >= 0 && m.arrived <= t)
            || index.trace().resources()[std::size_t(m.resource)].kind != ResourceKind::Socket)
            continue;
        n += (m.from >= 0 && member[std::size_t(m.from)]) || (m.to >= 0 && member[std::size_t(m.to)]);
    }
    return n;
}

void SequenceScene::paintElision(QPainter& p, const SceneFrame& f, const SceneBox& b)
{
    const SceneLayout& l = *f.layout;
    const SceneSnapshot& s = *f.snapshot;
    const bool dark = f.dark;
    const qreal r = l.radius();
    const qreal px = l.labelPx();
    const qreal x = b.rect.center().x();
    // A faint band where the hidden lanes would run, so it reads as "many lanes here".
    QColor band = SceneStyle::slot(dark);
    band.setAlphaF(0.25f);
    p.setPen(Qt::NoPen);
    p.setBrush(band);
    const qreal now = yOf(*f.index, l, s.time);
    p.drawRect(QRectF(x - b.rect.width() * 0.3, b.rect.top(), b.rect.width() * 0.6, now - b.rect.top()));
    p.setPen(QPen(SceneStyle::slot(dark), 1, Qt::DotLine));
    for (qreal dx : { -0.3, 0.0, 0.3 })
        p.drawLine(QPointF(x + dx * b.rect.width(), b.rect.top()), QPointF(x + dx * b.rect.width(), b.rect.bottom()));
    // At its head, in place of a token and a name: how many, and what they do at the playhead.
    int alive = 0;
    for (int a : b.members) {
        if (std::size_t(a) < s.actors.size() && s.actors[std::size_t(a)].alive)
            ++alive;
    }
    const int inFlight = hiddenInFlight(*f.index, b, s.time);
    const QRectF head(
        b.rect.left() + 2, b.spots.front().y() - r, b.rect.width() - 4, b.rect.top() - b.spots.front().y() + r);
    p.setPen(QPen(SceneStyle::panelBorder(dark), 1));
    p.setBrush(SceneStyle::background(dark));
    p.drawRoundedRect(head, 4, 4);
    const QString activity = inFlight > 0 ? tr("%n on their way", nullptr, inFlight)
        : alive > 0                       ? tr("%n still running", nullptr, alive)
                                          : tr("all done");
    QStringList lines = elisionLines(f.index->trace(), b);
    lines << activity;
    QRectF line(head.left() + 2, head.top() + 1, head.width() - 4, (head.height() - 2) / lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        const bool last = i + 1 == lines.size();
        p.setFont(SceneDraw::font(last ? px * 0.85 : px, i == 0));
        SceneDraw::text(p, line, lines.at(i),
            last ? SceneStyle::flowColor(FlowKind::Send, dark) : SceneStyle::text(dark), Qt::AlignCenter);
        line.translate(0, line.height());
    }
    // At the playhead, the envelopes on their way among the hidden lanes.
    if (inFlight > 0) {
        const QRectF env(x - r * 0.6, now - r * 0.4, r * 1.2, r * 0.8);
        SceneDraw::envelope(p, env, SceneStyle::background(dark), SceneStyle::flowColor(FlowKind::Send, dark));
        p.setFont(SceneDraw::font(px * 0.85, true));
        SceneDraw::text(p, QRectF(env.right() + 2, env.top() - px * 0.2, px * 4, px * 1.2),
            QStringLiteral("×%1").arg(inFlight), SceneStyle::flowColor(FlowKind::Send, dark));
    }
}

void SequenceScene::paintOver(QPainter& p, const SceneFrame& f)
{
    const SceneLayout& l = *f.layout;
    const SceneIndex& index = *f.index;
    const qreal r = l.radius();
    const qreal px = l.labelPx();
    const auto list = arrows(index, l, f.snapshot->time);
    // Byte counts where they cover neither a connection's name nor another count.
    std::vector<QRectF> taken;
    if (list.size() <= 40) {
        for (const Connection& c : connections(index, l, f.snapshot->time)) {
            if (!c.label.isEmpty())
                taken.push_back(c.label);
        }
    }
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
            const QString bytes = tr("%1 B").arg(m.value);
            const qreal w = QFontMetricsF(p.font()).horizontalAdvance(bytes) + 4;
            const QRectF box(mid.x() - w / 2, mid.y() - px * 1.2, w, px * 1.1);
            if (std::none_of(taken.begin(), taken.end(), [&](const QRectF& r) { return r.intersects(box); })) {
                taken.push_back(box);
                SceneDraw::text(p, box, bytes, c, Qt::AlignCenter);
            }
        }
    }
}

} // namespace interleave
