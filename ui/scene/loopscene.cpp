// SPDX-License-Identifier: MIT
#include "scene/loopscene.h"

#include "scene/scenedraw.h"
#include "scene/sceneglyphs.h"
#include "scene/scenemetrics.h"
#include "scene/scenepainter.h"
#include "scene/scenestyle.h"
#include "scene/scenetext.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace interleave {

namespace {

struct Cast {
    int loop = -1; // the Loop resource
    int driver = -1; // the thread that runs the loop
    std::vector<int> tasks;
    std::vector<int> others; // threads besides the loop's (an executor's workers)
    int mostReady = 1; // the longest the ready queue ever was
};

Cast castOf(const SceneIndex& index)
{
    const Trace& trace = index.trace();
    Cast c;
    for (std::size_t r = 0; r < trace.resources().size() && c.loop < 0; ++r) {
        if (trace.resources()[r].kind == ResourceKind::Loop)
            c.loop = int(r);
    }
    std::vector<std::pair<qint64, int>> ready;
    for (std::size_t a = 0; a < trace.actors().size(); ++a) {
        const ActorInfo& info = trace.actors()[a];
        if (info.kind == ActorKind::Task) {
            c.tasks.push_back(int(a));
            for (const StateInterval& s : trace.states(int(a))) {
                if (s.state == State::Runnable && s.end > s.start) {
                    ready.push_back({ s.start, 1 });
                    ready.push_back({ s.end, -1 });
                }
            }
            continue;
        }
        if (c.driver < 0 && c.loop >= 0) {
            for (const StateInterval& s : trace.states(int(a))) {
                if (s.resource == c.loop) {
                    c.driver = int(a);
                    break;
                }
            }
        }
    }
    if (c.driver < 0) {
        // No loop resource: the thread the first task belongs to, else the main thread.
        for (std::size_t a = 0; a < trace.actors().size() && c.driver < 0; ++a) {
            if (trace.actors()[a].kind == ActorKind::Main)
                c.driver = int(a);
        }
    }
    for (std::size_t a = 0; a < trace.actors().size(); ++a) {
        if (trace.actors()[a].kind != ActorKind::Task && int(a) != c.driver)
            c.others.push_back(int(a));
    }
    std::sort(ready.begin(), ready.end());
    int now = 0;
    for (const auto& [t, step] : ready) {
        now += step;
        c.mostReady = std::max(c.mostReady, now);
    }
    return c;
}

} // namespace

SceneLayout LoopScene::frame(const SceneIndex& index, QSizeF size)
{
    const qreal start = std::clamp(std::min(size.width(), size.height()) / 13.0, 6.0, 30.0);
    return SceneLayout::largestFit(index, size, start, 4.0, 0.92, &LoopScene::tryFit);
}

bool LoopScene::tryFit(SceneLayout& l, const SceneIndex& index, QSizeF size, qreal r, bool force)
{
    const Trace& trace = index.trace();
    const SceneMetrics m = metricsFor(r, trace);
    const QRectF mid = l.frameEdges(index, size, m);
    if (mid.height() <= 0 && !force)
        return false;
    const Cast cast = castOf(index);

    // The parked tasks' cards on the right need most of the width; the wheel takes what it needs.
    std::vector<int> parking;
    for (int res : index.shownResources()) {
        if (res != cast.loop)
            parking.push_back(res);
    }
    const qreal leftW = parking.empty()
        ? mid.width()
        : std::max({ mid.width() * 0.36, 3.5 * m.pitchX + 2 * m.pad, 13.0 * m.labelPx });
    const QRectF left(mid.left(), mid.top(), std::min(leftW, mid.width()), mid.height());
    const int readyCols = std::clamp(int((left.width() - 2 * m.pad) / m.pitchX), 1, cast.mostReady);
    // A crowd keeps four rows; the rest of the line piles up on them (the caption gives the count).
    const int readyRows = std::min(ceilDiv(cast.mostReady, readyCols), trace.actors().size() > 500 ? 4 : 1 << 30);
    const int readySpots = std::min(cast.mostReady, readyRows * readyCols);
    const qreal readyH = m.captionH + readyRows * m.pitchY + m.pad * 0.5;
    const int otherCols = std::max(1, int((left.width() - 2 * m.pad) / m.pitchX));
    const qreal othersH
        = cast.others.empty() ? 0 : m.captionH + ceilDiv(int(cast.others.size()), otherCols) * m.pitchY + m.pad * 0.5;
    const qreal wheelSpace
        = left.height() - m.captionH - readyH - (othersH > 0 ? othersH + m.gap : 0) - m.gap - 1.4 * m.r;
    const qreal R = std::min({ wheelSpace / 2, left.width() * 0.32, 7.0 * m.r });
    if (R < 1.7 * m.r && !force)
        return false;

    SceneBox wheel;
    wheel.role = BoxRole::Wheel;
    wheel.resource = cast.loop;
    wheel.actor = cast.driver;
    const qreal wheelH = m.captionH + 2 * std::max(R, 1.0) + 1.4 * m.r;
    wheel.rect = QRectF(left.left(), left.top(), left.width(), wheelH);
    const QPointF centre(left.center().x(), left.top() + m.captionH + 1.2 * m.r + std::max(R, 1.0));
    wheel.spots.push_back(centre); // the hub: the task running now
    wheel.spots.push_back(centre + QPointF(R * 0.92, -R * 0.92)); // the rim: the thread that drives the loop

    SceneBox ready;
    ready.role = BoxRole::ReadyQueue;
    ready.resource = cast.loop;
    ready.rect = QRectF(left.left(), wheel.rect.bottom() + m.gap * 0.5, left.width(), readyH);
    const qreal usedW = readyCols * m.pitchX;
    for (int i = 0; i < readySpots; ++i)
        ready.spots.push_back(cellCentre(m, QPointF(ready.rect.center().x() - usedW / 2, ready.rect.top() + m.captionH),
            i % readyCols, i / readyCols));

    l.m_boxes.push_back(std::move(wheel));
    l.m_boxes.push_back(std::move(ready));
    const qreal bottom = l.m_boxes.back().rect.bottom();
    if (!cast.others.empty()) {
        SceneBox others;
        others.role = BoxRole::Others;
        others.rect = QRectF(left.left(), bottom + m.gap, left.width(), othersH);
        others.members = cast.others;
        for (int i = 0; i < int(cast.others.size()); ++i)
            others.spots.push_back(cellCentre(
                m, QPointF(others.rect.left() + m.pad, others.rect.top() + m.captionH), i % otherCols, i / otherCols));
        l.m_boxes.push_back(std::move(others));
    }
    if ((l.m_boxes.back().rect.bottom() > mid.bottom() + 0.5) && !force)
        return false;
    if (!parking.empty()) {
        const QRectF right(left.right() + m.gap, mid.top(), mid.right() - left.right() - m.gap, mid.height());
        const bool crowd = trace.actors().size() > 500;
        if (!l.placeCards(index, parking, right, m, force, crowd ? 4 : 1 << 30))
            return false;
    }
    return true;
}

void LoopScene::place(SceneLayout& l, const SceneSnapshot& s)
{
    l.m_tokens.assign(s.actors.size(), TokenPlace {});
    const SceneBox* wheel = l.box(BoxRole::Wheel);
    const SceneBox* ready = l.box(BoxRole::ReadyQueue);
    const SceneBox* others = l.box(BoxRole::Others);
    const qreal r = l.radius();
    // The ready queue in the order the tasks became ready.
    std::vector<int> line;
    for (const ActorSnapshot& a : s.actors) {
        if (a.started && a.alive && a.state == State::Runnable && l.box(BoxRole::Others) != nullptr
            && std::find(others->members.begin(), others->members.end(), a.actor) != others->members.end())
            continue;
        if (a.started && a.alive && a.state == State::Runnable && (!wheel || a.actor != wheel->actor))
            line.push_back(a.actor);
    }
    std::stable_sort(line.begin(), line.end(),
        [&](int x, int y) { return s.actors[std::size_t(x)].since < s.actors[std::size_t(y)].since; });
    // Places in line by lookup: a hundred thousand tasks can sleep on one timer.
    std::vector<int> queuePos(s.actors.size(), -1);
    for (const ResourceSnapshot& rs : s.resources) {
        for (std::size_t i = 0; i < rs.waiters.size(); ++i)
            queuePos[std::size_t(rs.waiters[i])] = int(i);
    }
    std::vector<int> linePos(s.actors.size(), -1);
    for (std::size_t i = 0; i < line.size(); ++i)
        linePos[std::size_t(line[i])] = int(i);
    for (const ActorSnapshot& a : s.actors) {
        TokenPlace& t = l.m_tokens[std::size_t(a.actor)];
        l.placeInArea(t, a);
        if (t.place == Place::Done)
            continue;
        const bool driver = wheel && a.actor == wheel->actor;
        const std::vector<int>* members = others ? &others->members : nullptr;
        const auto other
            = members ? std::find(members->begin(), members->end(), a.actor) : std::vector<int>::const_iterator {};
        if (driver) {
            t.centre = wheel->spots[1];
        } else if (members && other != members->end()) {
            t.centre = others->spots[std::size_t(other - members->begin())];
        } else if (a.waitsOn >= 0 && l.card(a.waitsOn) && !l.card(a.waitsOn)->queue.empty()) {
            const SceneCard* c = l.card(a.waitsOn);
            const int pos = std::max(0, queuePos[std::size_t(a.actor)]);
            t.place = Place::Queued;
            t.resource = a.waitsOn;
            t.index = pos;
            if (!l.showNames()) {
                t.centre = c->queue[std::size_t(pos) % c->queue.size()]; // a crowd piles up on its places
                continue;
            }
            t.centre = c->queue[std::min<std::size_t>(std::size_t(pos), c->queue.size() - 1)];
            if (std::size_t(pos) >= c->queue.size())
                t.centre += QPointF(-0.4 * r * qreal(std::size_t(pos) - c->queue.size() + 1), 0.4 * r);
        } else if (a.started && a.state == State::Runnable && ready) {
            const std::size_t pos = std::size_t(std::max(0, linePos[std::size_t(a.actor)]));
            t.place = Place::Ready;
            t.index = int(pos);
            t.centre = ready->spots.empty() ? ready->rect.center() : ready->spots[pos % ready->spots.size()];
        } else if (wheel && a.started && a.state == State::Running) {
            t.centre = wheel->spots[0];
        } else if (wheel) {
            // Awaiting something the picture has no card for: beside the wheel, so it is not lost.
            t.centre = wheel->rect.topLeft() + QPointF(r * 1.3, r * 2.6 + a.actor % 3 * r);
        }
    }
    l.placeHoldMarks(s);
}

void LoopScene::paint(QPainter& p, const SceneFrame& f)
{
    const SceneLayout& l = *f.layout;
    const SceneSnapshot& s = *f.snapshot;
    const Trace& trace = f.index->trace();
    const qreal px = l.labelPx();
    const qreal r = l.radius();
    const bool dark = f.dark;
    const QColor panel = SceneStyle::panel(dark);
    const QColor border = SceneStyle::panelBorder(dark);
    const QColor ink = SceneStyle::text(dark);
    const QColor muted = SceneStyle::mutedText(dark);

    const SceneBox* wheel = l.box(BoxRole::Wheel);
    const SceneBox* ready = l.box(BoxRole::ReadyQueue);
    if (wheel) {
        const QString driver = wheel->actor >= 0 ? SceneText::actorName(trace, wheel->actor) : tr("one thread");
        SceneDraw::box(p, wheel->rect, tr("Event loop (runs on %1)").arg(driver), px, panel, border, ink);
        const QPointF c = wheel->spots[0];
        const qreal R
            = std::hypot(wheel->spots[1].x() - c.x(), wheel->spots[1].y() - c.y()) / std::numbers::sqrt2 / 0.92;
        // The wheel turns while the loop works and stands still while it waits in epoll.
        bool running = false;
        int runningTask = -1;
        for (const ActorSnapshot& a : s.actors) {
            if (a.started && a.alive && a.state == State::Running
                && trace.actors()[std::size_t(a.actor)].kind == ActorKind::Task) {
                running = true;
                runningTask = a.actor;
            }
        }
        const ActorSnapshot* d = s.actor(wheel->actor);
        const bool idle = !running && d && d->started && d->alive && d->state != State::Running;
        const qreal turn = qreal(s.time % 2000000000) / 2e9 * 2 * std::numbers::pi;
        p.setPen(QPen(
            idle ? SceneStyle::slot(dark) : SceneStyle::stateOutline(State::Running, dark), std::max(2.0, r * 0.18)));
        p.setBrush(SceneStyle::background(dark));
        p.drawEllipse(c, R, R);
        p.setPen(QPen(SceneStyle::slot(dark), std::max(1.0, r * 0.08)));
        for (int k = 0; k < 8; ++k) {
            const qreal a = turn + k * std::numbers::pi / 4;
            const QPointF dir(std::cos(a), std::sin(a));
            p.drawLine(c + dir * std::max(r * 1.25, R * 0.62), c + dir * (R - 2));
        }
        p.setPen(QPen(SceneStyle::slot(dark), 1.2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, r * 1.12, r * 1.12); // the hub: the step running now
        p.setFont(SceneDraw::font(px * 0.9));
        const QRectF under(c.x() - R, c.y() + r * 1.15 + px * 0.2, 2 * R, px * 1.4);
        if (runningTask >= 0)
            SceneDraw::text(p, under.translated(0, px * 1.2),
                tr("runs one step of %1").arg(SceneText::actorName(trace, runningTask)), muted, Qt::AlignCenter);
        else if (idle)
            SceneDraw::text(p, QRectF(c.x() - R * 0.85, c.y() + r * 1.2, R * 1.7, px * 1.5),
                d->state == State::Sleeping ? tr("idle: sleeps until the next timer")
                                            : tr("idle: waits for I/O or a timer"),
                muted, Qt::AlignCenter);
    }
    if (ready) {
        const qint64 n = ready->resource >= 0 && s.resources[std::size_t(ready->resource)].level
            ? *s.resources[std::size_t(ready->resource)].level
            : qint64(std::count_if(s.actors.begin(), s.actors.end(),
                [&](const ActorSnapshot& a) { return a.started && a.alive && a.state == State::Runnable; }));
        SceneDraw::box(p, ready->rect,
            SceneDraw::caption(ready->rect, px,
                { tr("Ready queue: %1 (the first, on the left, runs next)").arg(n), tr("Ready queue: %1").arg(n) }),
            px, panel, border, muted);
        p.setPen(QPen(SceneStyle::slot(dark), 1.2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        if (l.showNames()) { // a crowd's empty places would only be noise
            for (const QPointF& spot : ready->spots)
                p.drawEllipse(spot, r, r);
        }
        if (wheel && !ready->spots.empty()) {
            const QPointF from = ready->spots.front() + QPointF(-r * 0.2, -r * 1.2);
            SceneGlyphs::arrow(p, from, wheel->spots[0] + QPointF(-r * 1.2, r * 0.6), -0.25, SceneStyle::slot(dark),
                1.5, Qt::DashLine, 7);
        }
    }
    if (const SceneBox* others = l.box(BoxRole::Others))
        SceneDraw::box(p, others->rect, tr("Other threads"), px, panel, border, muted);
}

void LoopScene::paintOver(QPainter&, const SceneFrame&) { }

} // namespace interleave
