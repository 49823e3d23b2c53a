// SPDX-License-Identifier: MIT
#include "scene/poolscene.h"

#include "scene/scenedraw.h"
#include "scene/scenemetrics.h"
#include "scene/scenepainter.h"
#include "scene/scenestyle.h"
#include "scene/scenetext.h"
#include "scene/tokenpainter.h"

#include <QPainter>

#include <algorithm>

namespace interleave {

namespace {

struct Cast {
    int pool = -1;
    int queue = -1;
    std::vector<int> futures;
    std::vector<int> workers;
    std::vector<int> callers;
    bool callersWait = false; // some caller waits for a future (result(), as_completed, ...)
};

Cast castOf(const Trace& trace)
{
    Cast c;
    const auto& res = trace.resources();
    for (std::size_t r = 0; r < res.size(); ++r) {
        if (res[r].kind == ResourceKind::Pool && c.pool < 0)
            c.pool = int(r);
        else if (res[r].kind == ResourceKind::Future)
            c.futures.push_back(int(r));
        else if (res[r].kind == ResourceKind::Queue
            && (c.queue < 0 || res[r].name.contains(QLatin1String("work"))
                || res[r].name.contains(QLatin1String("task"))))
            c.queue = int(r);
    }
    std::vector<char> worker(trace.actors().size(), 0);
    for (int f : c.futures) {
        for (const HoldInterval& h : trace.holds(f)) {
            if (h.actor >= 0 && std::size_t(h.actor) < worker.size())
                worker[std::size_t(h.actor)] = 1;
        }
    }
    for (std::size_t a = 0; a < worker.size(); ++a) {
        for (const StateInterval& s : trace.states(int(a))) {
            if (c.queue >= 0 && s.resource == c.queue)
                worker[a] = 1;
        }
    }
    for (std::size_t a = 0; a < worker.size(); ++a) {
        if (worker[a]) {
            c.workers.push_back(int(a));
            continue;
        }
        c.callers.push_back(int(a));
        for (const StateInterval& s : trace.states(int(a))) {
            if (s.resource >= 0 && res[std::size_t(s.resource)].kind == ResourceKind::Future)
                c.callersWait = true;
        }
    }
    return c;
}

QColor mix(const QColor& a, const QColor& b, qreal k)
{
    return QColor::fromRgbF(float(a.redF() * (1 - k) + b.redF() * k), float(a.greenF() * (1 - k) + b.greenF() * k),
        float(a.blueF() * (1 - k) + b.blueF() * k));
}

QString shortFuture(const QString& name)
{
    // "future-3" -> "3": what fits on a small ticket in the queue.
    const qsizetype dash = name.lastIndexOf(QLatin1Char('-'));
    return dash >= 0 ? name.mid(dash + 1) : name.left(3);
}

} // namespace

int PoolScene::gilOf(const Trace& trace)
{
    for (std::size_t r = 0; r < trace.resources().size(); ++r) {
        const ResourceInfo& info = trace.resources()[r];
        if ((info.kind == ResourceKind::Mutex || info.kind == ResourceKind::RMutex) && info.name == u"GIL")
            return int(r);
    }
    return -1;
}

SceneLayout PoolScene::frame(const SceneIndex& index, QSizeF size)
{
    const qreal start = std::clamp(std::min(size.width(), size.height()) / 13.0, 6.0, 30.0);
    return SceneLayout::largestFit(index, size, start, 4.0, 0.92, &PoolScene::tryFit);
}

bool PoolScene::tryFit(SceneLayout& l, const SceneIndex& index, QSizeF size, qreal r, bool force)
{
    const Trace& trace = index.trace();
    const SceneMetrics m = metricsFor(r, trace);
    const QRectF mid = l.frameEdges(index, size, m);
    if (mid.height() <= 0 && !force)
        return false;
    const Cast cast = castOf(trace);
    const qreal gap = m.gap;

    // Callers: a narrow column on the left.
    const int callerCount = std::max<int>(1, int(cast.callers.size()));
    const int callerCols = callerCount > 6 ? 2 : 1;
    const qreal callersW = std::max(callerCols * m.pitchX + 2 * m.pad, 8.0 * m.labelPx);
    const qreal callersH = m.captionH + ceilDiv(callerCount, callerCols) * m.pitchY + m.pad;
    SceneBox callers;
    callers.role = BoxRole::Callers;
    callers.rect = QRectF(mid.left(), mid.top(), callersW, callersH);
    callers.members = cast.callers;
    for (int i = 0; i < int(cast.callers.size()); ++i)
        callers.spots.push_back(cellCentre(
            m, QPointF(callers.rect.left() + m.pad, callers.rect.top() + m.captionH), i % callerCols, i / callerCols));

    // The pool: its work queue on the left feeding the worker slots on the right.
    const qreal poolX = callers.rect.right() + gap;
    const qreal poolW = mid.right() - poolX;
    const qreal headerH = m.captionH + m.labelPx * 1.5;
    const qreal ticketW = std::max(7.5 * m.labelPx, 2.0 * m.pitchX);
    const qreal ticketH = 2.9 * m.labelPx;
    const qreal rowW = m.pitchX + ticketW + 3 * m.pad; // token, ticket
    const int workerCount = std::max<int>(1, int(cast.workers.size()));
    const qreal queueMinW = 8.0 * m.labelPx;
    const int workerCols = std::clamp(int((poolW - queueMinW - 3 * m.pad) / rowW), 1, std::max(1, workerCount));
    const int workerRows = ceilDiv(workerCount, workerCols);
    const qreal rowH = std::max(m.pitchY, ticketH + m.pad);
    const qreal poolH = headerH + workerRows * rowH + m.pad;
    SceneBox pool;
    pool.role = BoxRole::Pool;
    pool.resource = cast.pool;
    pool.rect = QRectF(poolX, mid.top(), poolW, poolH);
    const qreal workersW = workerCols * rowW;
    SceneBox queue;
    queue.role = BoxRole::WorkQueue;
    queue.resource = cast.queue;
    queue.rect = QRectF(poolX + m.pad, mid.top() + headerH, poolW - workersW - 3 * m.pad, poolH - headerH - m.pad);
    if (poolW <= 0 || queue.rect.width() < queueMinW * 0.8) {
        if (!force)
            return false;
    }
    std::vector<SceneBox> workers;
    const qreal workersX = pool.rect.right() - m.pad - workersW;
    for (int i = 0; i < int(cast.workers.size()); ++i) {
        SceneBox w;
        w.role = BoxRole::Worker;
        w.actor = cast.workers[std::size_t(i)];
        w.rect = QRectF(workersX + (i % workerCols) * rowW, pool.rect.top() + headerH + (i / workerCols) * rowH,
            rowW - m.pad, rowH - m.pad * 0.5);
        const qreal cy = w.rect.top() + m.r * 1.15 + 0.15 * m.r;
        w.spots.push_back(QPointF(w.rect.left() + m.pitchX / 2, cy)); // the worker
        w.spots.push_back(QPointF(w.rect.left() + m.pitchX + m.pad + ticketW / 2, cy)); // its ticket
        workers.push_back(std::move(w));
    }

    // The futures: tickets in submission order, with room under each for whoever waits on it.
    const qreal waitH = cast.callersWait ? 2.5 * m.r + m.labelPx : 0;
    const qreal cellW = ticketW + gap;
    const qreal cellH = ticketH + waitH + gap * 0.6;
    const int n = std::max<int>(1, int(cast.futures.size()));
    const int cols = std::clamp(int((mid.width() - 2 * m.pad + gap) / cellW), 1, n);
    const int rows = ceilDiv(n, cols);
    const qreal futuresTop = pool.rect.bottom() + gap;
    const qreal futuresH = m.captionH + rows * cellH + m.pad * 0.5;
    if ((futuresTop + futuresH > mid.bottom() || callers.rect.bottom() > mid.bottom()) && !force)
        return false;
    std::vector<SceneBox> tickets;
    const qreal usedW = cols * cellW - gap;
    const qreal tx = mid.left() + (mid.width() - usedW) / 2;
    for (int i = 0; i < int(cast.futures.size()); ++i) {
        SceneBox t;
        t.role = BoxRole::Ticket;
        t.resource = cast.futures[std::size_t(i)];
        t.rect = QRectF(tx + (i % cols) * cellW, futuresTop + m.captionH + (i / cols) * cellH, ticketW, ticketH);
        tickets.push_back(std::move(t));
    }

    // The block sits in the middle of the free height.
    const qreal blockBottom = std::max(callers.rect.bottom(), futuresTop + futuresH);
    const qreal shift = std::max(0.0, (mid.bottom() - blockBottom) / 2);
    for (SceneBox* b : { &callers, &pool, &queue }) {
        b->rect.translate(0, shift);
        for (QPointF& spot : b->spots)
            spot.ry() += shift;
    }
    for (auto* list : { &workers, &tickets }) {
        for (SceneBox& b : *list) {
            b.rect.translate(0, shift);
            for (QPointF& spot : b.spots)
                spot.ry() += shift;
        }
    }
    l.m_boxes.push_back(std::move(callers));
    l.m_boxes.push_back(std::move(pool));
    l.m_boxes.push_back(std::move(queue));
    l.m_boxes.insert(l.m_boxes.end(), workers.begin(), workers.end());
    l.m_boxes.insert(l.m_boxes.end(), tickets.begin(), tickets.end());
    // The areas a caller's state would send it to are its own spot in the callers' column.
    return true;
}

void PoolScene::place(SceneLayout& l, const SceneSnapshot& s)
{
    l.m_tokens.assign(s.actors.size(), TokenPlace {});
    l.m_marks.clear();
    const SceneBox* callers = l.box(BoxRole::Callers);
    const qreal r = l.radius();
    for (const ActorSnapshot& a : s.actors) {
        TokenPlace& t = l.m_tokens[std::size_t(a.actor)];
        t.index = a.actor;
        QPointF home;
        const SceneBox* worker = l.box(BoxRole::Worker, a.actor);
        if (worker) {
            home = worker->spots.front();
        } else if (callers) {
            const auto it = std::find(callers->members.begin(), callers->members.end(), a.actor);
            home = it != callers->members.end() ? callers->spots[std::size_t(it - callers->members.begin())]
                                                : callers->rect.center();
        }
        if (!a.started || !a.alive) {
            l.placeInArea(t, a); // not started: hidden; ended: the finished row
            if (!a.started)
                t.centre = home;
            continue;
        }
        l.placeInArea(t, a);
        t.centre = home;
        if (worker) {
            for (int held : a.holding) {
                if (s.resources[std::size_t(held)].kind == ResourceKind::Future) {
                    t.place = Place::Holding;
                    t.resource = held;
                }
            }
            if (a.waitsOn >= 0 && t.place != Place::Holding) {
                t.place = Place::Queued;
                t.resource = a.waitsOn;
                t.index = s.queuePosition(a.actor);
            }
            continue;
        }
        // A caller blocked on a future stands under its ticket.
        if (a.waitsOn >= 0) {
            t.resource = a.waitsOn;
            t.index = s.queuePosition(a.actor);
            if (const SceneBox* ticket = l.box(BoxRole::Ticket, -1, a.waitsOn)) {
                t.place = Place::Queued;
                const int pos = std::max(0, t.index);
                t.centre = QPointF(ticket->rect.left() + r * 1.1 + pos * 2.3 * r, ticket->rect.bottom() + r * 1.25);
            }
        }
    }
}

void PoolScene::paint(QPainter& p, const SceneFrame& f)
{
    const SceneLayout& l = *f.layout;
    const SceneSnapshot& s = *f.snapshot;
    const Trace& trace = f.index->trace();
    const qreal px = l.labelPx();
    const bool dark = f.dark;
    const QColor panel = SceneStyle::panel(dark);
    const QColor border = SceneStyle::panelBorder(dark);
    const QColor ink = SceneStyle::text(dark);
    const QColor muted = SceneStyle::mutedText(dark);
    const Cast cast = castOf(trace);
    const int gil = gilOf(trace);

    if (const SceneBox* callers = l.box(BoxRole::Callers))
        SceneDraw::box(p, callers->rect, tr("Callers"), px, panel, border, muted);

    int queued = 0, running = 0, finished = 0;
    for (int fu : cast.futures) {
        const ResourceSnapshot& rs = s.resources[std::size_t(fu)];
        if (rs.end)
            ++finished;
        else if (!rs.holders.empty())
            ++running;
        else if (rs.inFlight > 0)
            ++queued;
    }
    if (const SceneBox* pool = l.box(BoxRole::Pool)) {
        const QString name = pool->resource >= 0 ? SceneText::resourceName(trace, pool->resource) : tr("pool");
        const qint64 cap = pool->resource >= 0 ? trace.resources()[std::size_t(pool->resource)].capacity : 0;
        const QString caption = cap > 0 ? tr("%1 · %2 workers").arg(name).arg(cap) : name;
        const QRectF inner = SceneDraw::box(p, pool->rect, caption, l.titlePx() * 0.9, panel, border, ink);
        QString status = tr("%1 queued · %2 running · %3 finished").arg(queued).arg(running).arg(finished);
        if (gil >= 0) {
            const ResourceSnapshot& g = s.resources[std::size_t(gil)];
            status += QStringLiteral("   ·   ")
                + (g.holders.empty() ? tr("GIL: free")
                                     : tr("GIL held by %1, %n waiting for it", nullptr, int(g.waiters.size()))
                                           .arg(SceneText::actorName(trace, g.holders.front().actor)));
        }
        p.setFont(SceneDraw::font(px));
        SceneDraw::text(
            p, QRectF(inner.left() + px * 0.6, inner.top(), inner.width() - px * 1.2, px * 1.5), status, muted);
    }

    // The work queue: tickets waiting, the next one nearest the workers.
    if (const SceneBox* q = l.box(BoxRole::WorkQueue)) {
        p.setPen(QPen(SceneStyle::slot(dark), 1, Qt::DashLine));
        p.setBrush(SceneStyle::background(dark));
        p.drawRoundedRect(q->rect, 4, 4);
        p.setFont(SceneDraw::font(px * 0.9, true));
        SceneDraw::text(p, QRectF(q->rect.left() + 4, q->rect.top() + 1, q->rect.width() - 8, px * 1.4),
            q->resource >= 0 ? SceneText::resourceName(trace, q->resource) : tr("work queue"), muted);
        const qreal tw = px * 2.6, th = px * 2.0;
        const qreal y = q->rect.center().y() - th / 2 + px * 0.4;
        std::vector<int> waiting;
        for (int fu : cast.futures) {
            const ResourceSnapshot& rs = s.resources[std::size_t(fu)];
            if (rs.inFlight > 0 && !rs.end && rs.holders.empty())
                waiting.push_back(fu);
        }
        const int fit = std::max(1, int((q->rect.width() - 8) / (tw + 3)));
        qreal x = q->rect.right() - 4 - tw;
        p.setFont(SceneDraw::font(px * 0.9, true));
        for (int i = 0; i < int(waiting.size()) && i < fit; ++i) {
            const bool last = i == fit - 1 && int(waiting.size()) > fit;
            const QRectF tr(x, y, tw, th);
            SceneDraw::ticket(p, tr, SceneStyle::panel(dark), SceneStyle::stateOutline(State::Runnable, dark), 1.2);
            SceneDraw::text(p, tr,
                last ? QStringLiteral("+%1").arg(int(waiting.size()) - fit + 1)
                     : shortFuture(SceneText::resourceName(trace, waiting[std::size_t(i)])),
                ink, Qt::AlignCenter);
            x -= tw + 3;
        }
        // Chevrons: the queue moves towards the workers.
        p.setPen(QPen(SceneStyle::slot(dark), 1.5));
        const qreal cy = y + th + px * 0.9;
        for (qreal cx = q->rect.left() + px; cx < q->rect.right() - px && cy < q->rect.bottom(); cx += px * 2.2) {
            p.drawLine(QPointF(cx - 3, cy - 3), QPointF(cx, cy));
            p.drawLine(QPointF(cx - 3, cy + 3), QPointF(cx, cy));
        }
        if (waiting.empty()) {
            p.setFont(SceneDraw::font(px * 0.9));
            SceneDraw::text(p, QRectF(q->rect.left(), y, q->rect.width(), th), tr("empty"), muted, Qt::AlignCenter);
        }
    }

    // Worker slots: the worker, then the ticket it works on or what it waits for.
    for (const SceneBox& w : l.boxes()) {
        if (w.role != BoxRole::Worker)
            continue;
        const ActorSnapshot& a = s.actors[std::size_t(w.actor)];
        p.setPen(QPen(SceneStyle::slot(dark), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(w.rect, 4, 4);
        const QPointF at = w.spots[1];
        const QRectF slot(w.spots[0].x() + l.pitch() / 2 + 2, at.y() - px * 1.45,
            w.rect.right() - w.spots[0].x() - l.pitch() / 2 - 6, px * 2.9);
        // A worker process (a process pool, the GIL lesson's processes mode) says which process it is.
        const ActorInfo& info = trace.actors()[std::size_t(w.actor)];
        if (info.kind == ActorKind::Process && info.pid > 0) {
            p.setFont(SceneDraw::font(px * 0.8));
            SceneDraw::text(p, QRectF(slot.left(), w.rect.bottom() - px * 1.35, slot.width() - 2, px * 1.3),
                tr("pid %1").arg(info.pid), muted, Qt::AlignRight | Qt::AlignVCenter);
        }
        int job = -1;
        for (int held : a.holding) {
            if (s.resources[std::size_t(held)].kind == ResourceKind::Future)
                job = held;
        }
        p.setFont(SceneDraw::font(px * 0.95, job >= 0));
        if (a.started && a.alive && job >= 0 && gil >= 0 && a.waitsOn == gil) {
            // Its work item is in hand but it cannot run: another thread has the GIL.
            SceneDraw::ticket(
                p, slot, SceneStyle::background(dark), SceneStyle::stateOutline(State::Blocked, dark), 1.5);
            SceneDraw::text(p, slot.adjusted(px * 0.6, 0, -px * 0.3, 0),
                tr("%1 · waits for GIL").arg(SceneText::resourceName(trace, job)), ink, Qt::AlignCenter);
            continue;
        }
        if (a.started && a.alive && job >= 0) {
            SceneDraw::ticket(p, slot, SceneStyle::stateFill(State::Running, dark),
                SceneStyle::stateOutline(State::Running, dark), 1.5);
            SceneDraw::text(p, slot.adjusted(px * 0.6, 0, -px * 0.3, 0), SceneText::resourceName(trace, job),
                SceneStyle::stateInk(State::Running, dark), Qt::AlignCenter);
            continue;
        }
        QString what;
        if (!a.started)
            what = tr("not started");
        else if (!a.alive)
            what = tr("finished");
        else if (a.waitsOn >= 0 && a.waitsOn == gil)
            what = tr("waits for the GIL");
        else if (a.waitsOn >= 0 && a.waitsOn == cast.queue)
            what = tr("idle: waits for work");
        else if (a.waitsOn >= 0)
            what = tr("waits for %1").arg(SceneText::resourceName(trace, a.waitsOn));
        else
            what = SceneText::stateWords(a);
        SceneDraw::text(p, slot.adjusted(2, 0, 0, 0), what, muted);
    }

    // The futures.
    const SceneBox* first = nullptr;
    QRectF all;
    for (const SceneBox& t : l.boxes()) {
        if (t.role == BoxRole::Ticket) {
            first = first ? first : &t;
            all = all.isNull() ? t.rect : all.united(t.rect);
        }
    }
    if (!first)
        return;
    p.setFont(SceneDraw::font(px, true));
    SceneDraw::text(p, QRectF(all.left(), all.top() - px * 1.7, all.width(), px * 1.5),
        tr("Futures (submit() returns one at once; it fills in when the work is done)"), muted);
    for (const SceneBox& t : l.boxes()) {
        if (t.role != BoxRole::Ticket)
            continue;
        const ResourceSnapshot& rs = s.resources[std::size_t(t.resource)];
        QColor fill = SceneStyle::background(dark);
        QColor edge = SceneStyle::slot(dark);
        QColor words = muted;
        Qt::PenStyle style = Qt::DashLine;
        if (rs.end && rs.end->kind == InstantKind::Result) {
            fill = mix(SceneStyle::background(dark), SceneStyle::good(dark), 0.32);
            edge = SceneStyle::good(dark);
            words = ink;
            style = Qt::SolidLine;
        } else if (rs.end && rs.end->kind == InstantKind::Exception) {
            fill = mix(SceneStyle::background(dark), SceneStyle::alarm(dark), 0.32);
            edge = SceneStyle::alarm(dark);
            words = SceneStyle::alarm(dark).darker(dark ? 80 : 130);
            style = Qt::SolidLine;
        } else if (rs.end) {
            edge = muted;
            style = Qt::SolidLine;
        } else if (!rs.holders.empty()) {
            // In progress: the worker's colour round an empty ticket; it fills in at the end.
            fill = SceneStyle::background(dark);
            edge = SceneStyle::stateOutline(State::Running, dark);
            words = ink;
            style = Qt::SolidLine;
        } else if (rs.submitted) {
            fill = panel;
            edge = SceneStyle::stateOutline(State::Runnable, dark);
            words = ink;
            style = Qt::SolidLine;
        }
        SceneDraw::ticket(p, t.rect, fill, edge, 1.5, style);
        const QRectF top(t.rect.left() + px * 0.5, t.rect.top() + 1, t.rect.width() - px, t.rect.height() / 2 - 1);
        const QRectF bottom(top.left(), t.rect.center().y(), top.width(), t.rect.height() / 2 - 1);
        p.setFont(SceneDraw::font(px * 0.9));
        SceneDraw::text(p, top, SceneText::resourceName(trace, t.resource), words, Qt::AlignCenter);
        QFont value = SceneDraw::font(px, true);
        value.setStrikeOut(rs.end && rs.end->kind == InstantKind::Cancel);
        p.setFont(value);
        const QString state = rs.end || rs.holders.empty()
            ? SceneText::futureWords(trace, rs)
            : tr("running on %1").arg(TokenPainter::shortName(SceneText::actorName(trace, rs.holders.front().actor)));
        SceneDraw::text(p, bottom, state, words, Qt::AlignCenter);
    }
}

void PoolScene::paintOver(QPainter& p, const SceneFrame& f)
{
    const int gil = gilOf(f.index->trace());
    if (gil < 0)
        return;
    const ResourceSnapshot& g = f.snapshot->resources[std::size_t(gil)];
    const qreal r = f.layout->radius();
    for (const HolderSnapshot& h : g.holders) {
        if (h.actor < 0 || std::size_t(h.actor) >= f.positions.size())
            continue;
        const QPointF c = f.positions[std::size_t(h.actor)];
        // The baton: only the thread that carries it runs Python code.
        const QRectF baton(c.x() - r * 1.1, c.y() + r * 0.6, r * 2.2, r * 0.62);
        SceneDraw::baton(p, baton, QColor(0xe0, 0xa1, 0x1b));
        p.setFont(SceneDraw::font(std::max(7.0, r * 0.42), true));
        SceneDraw::text(p, baton, tr("GIL"), QColor(0x3b, 0x2a, 0x00), Qt::AlignCenter);
    }
}

} // namespace interleave
