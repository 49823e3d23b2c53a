// SPDX-License-Identifier: MIT
#include "scene/scenelayout.h"

#include "scene/loopscene.h"
#include "scene/poolscene.h"
#include "scene/processscene.h"
#include "scene/scenemetrics.h"
#include "scene/sequencescene.h"

#include <QFont>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace interleave {

namespace {

bool hasDoor(ResourceKind k, int seatCount)
{
    switch (k) {
    case ResourceKind::Condition:
    case ResourceKind::Event:
    case ResourceKind::SharedValue:
        return false;
    default:
        return seatCount > 0;
    }
}

// The shape of a card before it is placed: how many cells it needs.
struct CardPlan {
    int resource;
    ResourceKind kind;
    int slotCols = 0, slotRows = 0;
    int queueCols = 0, queueRows = 0;
    bool door = false;
    qreal iconW = 0; // a flag or a bell beside a waiting room
    qreal w = 0, h = 0;
};

} // namespace

// The area a live actor stands in when it is at no resource.
Place SceneLayout::areaPlaceOf(State s)
{
    switch (s) {
    case State::Running:
        return Place::Running;
    case State::Runnable:
        return Place::Ready;
    case State::Sleeping:
        return Place::Sleeping;
    default:
        return Place::Elsewhere;
    }
}

SceneLayout SceneLayout::largestFit(
    const SceneIndex& index, QSizeF size, qreal start, qreal smallest, qreal step, FitFn fit)
{
    SceneLayout l;
    // A crowd (thousands of tasks) is dots whatever the size: no need to try every size on the way.
    if (index.trace().actors().size() <= 2000) {
        for (qreal r = start; r >= smallest; r *= step) {
            if (fit(l, index, size, r, false))
                return l;
        }
    }
    fit(l, index, size, smallest, true);
    return l;
}

SceneLayout SceneLayout::frame(const SceneIndex& index, QSizeF size)
{
    switch (index.family()) {
    case SceneFamily::Pool:
        return PoolScene::frame(index, size);
    case SceneFamily::Process:
        return ProcessScene::frame(index, size);
    case SceneFamily::Loop:
        return LoopScene::frame(index, size);
    case SceneFamily::Sequence:
        return SequenceScene::frame(index, size);
    case SceneFamily::Threads:
        break;
    }
    return genericFrame(index, size);
}

SceneLayout SceneLayout::genericFrame(const SceneIndex& index, QSizeF size)
{
    SceneLayout l;
    // The largest tokens that fit, from comfortable down to dots.
    const qreal start = std::clamp(std::min(size.width(), size.height()) / 11.0, 6.0, 36.0);
    // A wide view puts the places across the top first, a tall one in a column on the left.
    const bool wide = size.width() >= 1.25 * size.height();
    for (qreal r = start; r >= 4.0; r *= 0.92) {
        if (l.tryFit(index, size, r, wide, false) || l.tryFit(index, size, r, !wide, false))
            return l;
    }
    l.tryFit(index, size, 4.0, true, true); // too small to fit: draw it anyway, clipped
    return l;
}

bool SceneLayout::tryFit(const SceneIndex& index, QSizeF size, qreal r, bool strip, bool force)
{
    const Trace& trace = index.trace();
    const SceneMetrics m = metricsFor(r, trace);
    const int n = std::max<int>(1, int(trace.actors().size()));
    const qreal W = size.width();
    const qreal H = size.height();
    const qreal margin = m.gap;
    m_size = size;
    m_radius = r;
    m_labelPx = m.labelPx;
    m_titlePx = m.titlePx;
    m_pitch = m.pitchX;
    m_showNames = m.names;
    m_areas.clear();
    m_cards.clear();
    m_cardOf.assign(trace.resources().size(), -1);

    // Room for one line of news under the title, two when there is a deadlock to explain.
    const int newsLines = index.deadlockAt(trace.duration()) ? 2 : 1;
    m_banner = QRectF(margin, margin, W - 2 * margin, m.titlePx * 1.5 + newsLines * m.labelPx * 1.45);

    // Finished tokens along the bottom.
    const int doneCols = std::max(1, int((W - 2 * margin - 2 * m.pad) / m.pitchX));
    const int doneRows = ceilDiv(n, doneCols);
    const qreal doneH = m.captionH + doneRows * m.pitchY + m.pad * 0.5;
    const QRectF doneRect(margin, H - margin - doneH, W - 2 * margin, doneH);
    const qreal midTop = m_banner.bottom() + m.gap;
    const qreal midH = doneRect.top() - m.gap - midTop;
    if (midH <= 0 && !force)
        return false;

    // The places a token can be in besides resources, across the top or in a column on the left. Each has a spot for
    // every actor that ever goes there, so a token keeps its spot and an area is no larger than it needs.
    auto merged = [](std::initializer_list<const std::vector<int>*> lists) {
        std::vector<int> out;
        for (const auto* l : lists)
            out.insert(out.end(), l->begin(), l->end());
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    };
    std::vector<std::pair<Place, std::vector<int>>> places;
    places.emplace_back(Place::Running, index.actorsEverIn(State::Running));
    if (index.everIn(State::Runnable))
        places.emplace_back(Place::Ready, index.actorsEverIn(State::Runnable));
    if (index.everIn(State::Sleeping))
        places.emplace_back(Place::Sleeping, index.actorsEverIn(State::Sleeping));
    if (index.everJoins())
        places.emplace_back(Place::Joining, index.joiners());
    const std::vector<int> elsewhere
        = merged({ &index.waitersElsewhere(), &index.actorsEverIn(State::Io), &index.actorsEverIn(State::Suspended) });
    if (!elsewhere.empty())
        places.emplace_back(Place::Elsewhere, elsewhere);
    auto areaHeight = [&](const std::vector<int>& members, int cols) {
        return m.captionH + std::max(1, ceilDiv(int(members.size()), cols)) * m.pitchY + m.pad * 0.5;
    };
    auto addArea = [&](Place place, const std::vector<int>& members, const QRectF& rect, int cols) {
        SceneArea a;
        a.place = place;
        a.members = members;
        a.rect = rect;
        const QPointF origin(rect.left() + m.pad, rect.top() + m.captionH);
        for (int i = 0; i < int(members.size()); ++i)
            a.spots.push_back(cellCentre(m, origin, i % cols, i / cols));
        if (a.spots.empty())
            a.spots.push_back(cellCentre(m, origin, 0, 0));
        m_areas.push_back(std::move(a));
    };
    const qreal fullW = W - 2 * margin;
    const qreal minAreaW = 9.0 * m.labelPx + 2 * m.pad;
    QRectF region; // where the resources go
    if (strip) {
        // Side by side across the top, each as wide as its members in one row, rows filling the width.
        const int maxCols = std::max(1, int((fullW - 2 * m.pad) / m.pitchX));
        std::vector<std::vector<std::size_t>> rows(1);
        qreal used = 0;
        for (std::size_t i = 0; i < places.size(); ++i) {
            const qreal w
                = std::max(std::clamp(int(places[i].second.size()), 1, maxCols) * m.pitchX + 2 * m.pad, minAreaW);
            if (!rows.back().empty() && used + m.gap + w > fullW) {
                rows.emplace_back();
                used = 0;
            }
            used += (rows.back().empty() ? 0 : m.gap) + w;
            rows.back().push_back(i);
        }
        qreal y = midTop;
        for (const auto& row : rows) {
            qreal want = -m.gap;
            qreal rowH = 0;
            for (std::size_t i : row) {
                const int cols = std::clamp(int(places[i].second.size()), 1, maxCols);
                want += m.gap + std::max(cols * m.pitchX + 2 * m.pad, minAreaW);
                rowH = std::max(rowH, areaHeight(places[i].second, cols));
            }
            const qreal extra = std::max(0.0, (fullW - want) / qreal(row.size()));
            qreal x = margin;
            for (std::size_t i : row) {
                const int cols = std::clamp(int(places[i].second.size()), 1, maxCols);
                const qreal w = std::min(std::max(cols * m.pitchX + 2 * m.pad, minAreaW) + extra, fullW);
                addArea(places[i].first, places[i].second, QRectF(x, y, w, rowH), cols);
                x += w + m.gap;
            }
            y += rowH + m.gap;
        }
        region = QRectF(margin, y, fullW, midTop + midH - y);
        if (index.shownResources().empty()) {
            // Nothing to draw below: the places take the middle of the view.
            const qreal shift = (midTop + midH - y) / 2;
            for (SceneArea& a : m_areas) {
                a.rect.translate(0, shift);
                for (QPointF& spot : a.spots)
                    spot.ry() += shift;
            }
        }
    } else {
        int most = 1;
        for (const auto& [place, members] : places)
            most = std::max(most, int(members.size()));
        auto columnHeight = [&](int cols) {
            qreal h = -m.gap;
            for (const auto& [place, members] : places)
                h += m.gap + areaHeight(members, cols);
            return h;
        };
        // Prefer a narrow column; widen it (more tokens per row) when the areas would not fit in height.
        int leftCols = std::clamp(int((W * 0.26 - 2 * m.pad) / m.pitchX), 1, most);
        while (columnHeight(leftCols) > midH && leftCols < most && (leftCols + 1) * m.pitchX + 2 * m.pad <= W * 0.45)
            ++leftCols;
        if (columnHeight(leftCols) > midH && !force)
            return false;
        const qreal leftW = std::max(leftCols * m.pitchX + 2 * m.pad, minAreaW);
        qreal y = midTop;
        for (const auto& [place, members] : places) {
            const qreal h = areaHeight(members, leftCols);
            addArea(place, members, QRectF(margin, y, leftW, h), leftCols);
            y += h + m.gap;
        }
        region = QRectF(margin + leftW + m.gap, midTop, fullW - leftW - m.gap, midH);
    }
    if ((region.width() <= 0 || region.height() <= 0) && !force)
        return false;
    region.setWidth(std::max(region.width(), 1.0)); // forced: draw what there is, clipped
    region.setHeight(std::max(region.height(), 1.0));
    {
        SceneArea done;
        done.place = Place::Done;
        done.rect = doneRect;
        const QPointF origin(doneRect.left() + m.pad, doneRect.top() + m.captionH);
        for (int actor = 0; actor < n; ++actor) {
            done.members.push_back(actor);
            done.spots.push_back(cellCentre(m, origin, actor % doneCols, actor / doneCols));
        }
        m_areas.push_back(std::move(done));
    }

    if (!placeCards(index, index.shownResources(), region, m, force))
        return false;
    m_tokens.assign(trace.actors().size(), TokenPlace {});
    m_marks.clear();
    return true;
}

bool SceneLayout::placeCards(const SceneIndex& index, const std::vector<int>& resources, QRectF region,
    const SceneMetrics& m, bool force, int maxRows)
{
    const Trace& trace = index.trace();
    const qreal r = m.r;
    const qreal doorW = std::max(8.0, 1.1 * r);
    std::vector<CardPlan> plans;
    for (int res : resources) {
        CardPlan p { res, trace.resources()[std::size_t(res)].kind };
        const int seatCount = index.slotCount(res);
        const int queue = std::max(1, index.maxWaiters(res));
        p.door = hasDoor(p.kind, seatCount);
        qreal contentW = 0;
        int rows = 1;
        if (p.kind == ResourceKind::SharedValue) {
            contentW = std::max(6.0 * r, 16.0 * m.labelPx);
            rows = 2; // the number, what it should be, what was lost
        } else if (p.door) {
            p.slotCols = std::min(seatCount, 3);
            p.slotRows = ceilDiv(seatCount, p.slotCols);
            const qreal roomW = p.slotCols * m.pitchX + m.pad;
            const int fit = std::max(1, int((region.width() - 2 * m.pad - doorW - roomW) / m.pitchX));
            p.queueCols = std::min(queue, fit);
            p.queueRows = std::min(ceilDiv(queue, p.queueCols), maxRows);
            contentW = p.queueCols * m.pitchX + doorW + roomW;
            rows = std::max(p.slotRows, p.queueRows);
        } else {
            // A waiting room (condition, event, a barrier): no door, everyone inside.
            p.iconW = p.kind == ResourceKind::Event                                    ? 2.6 * r
                : (p.kind == ResourceKind::Condition || p.kind == ResourceKind::Timer) ? 1.8 * r
                                                                                       : 0;
            const int fit = std::max(1, int((region.width() - 3 * m.pad - p.iconW) / m.pitchX));
            // A few waiters sit in a compact room; a crowd fills the width.
            p.queueCols = std::min({ queue, fit, queue <= 10 ? 5 : queue });
            p.queueRows = std::min(ceilDiv(queue, p.queueCols), maxRows);
            contentW = p.iconW + m.pad + p.queueCols * m.pitchX;
            rows = p.queueRows;
        }
        p.w = std::max(contentW + 2 * m.pad, 14.0 * m.labelPx);
        p.h = m.pad + m.headerH + rows * m.pitchY + m.pad;
        if (p.w > region.width() && !force)
            return false;
        plans.push_back(p);
    }

    // Flow the cards into rows, then centre the rows and the block.
    std::vector<std::pair<std::size_t, std::size_t>> rowsOfCards; // [first, last)
    std::vector<qreal> rowW, rowH;
    for (std::size_t i = 0; i < plans.size();) {
        std::size_t j = i;
        qreal w = 0, h = 0;
        while (j < plans.size() && (j == i || w + m.gap + plans[j].w <= region.width())) {
            w += (j == i ? 0 : m.gap) + plans[j].w;
            h = std::max(h, plans[j].h);
            ++j;
        }
        rowsOfCards.push_back({ i, j });
        rowW.push_back(w);
        rowH.push_back(h);
        i = j;
    }
    qreal blockH = 0;
    for (std::size_t k = 0; k < rowH.size(); ++k)
        blockH += rowH[k] + (k ? m.gap : 0);
    if (blockH > region.height() && !force)
        return false;

    qreal y = region.top() + (region.height() - blockH) / 2;
    for (std::size_t k = 0; k < rowsOfCards.size(); ++k) {
        qreal x = region.left() + (region.width() - rowW[k]) / 2;
        for (std::size_t i = rowsOfCards[k].first; i < rowsOfCards[k].second; ++i) {
            const CardPlan& p = plans[i];
            SceneCard c;
            c.resource = p.resource;
            c.kind = p.kind;
            c.rect = QRectF(x, y, p.w, rowH[k]);
            c.title = QRectF(x + m.pad, y + m.pad, p.w - 2 * m.pad, m.titlePx * 1.45);
            c.status = QRectF(x + m.pad, c.title.bottom(), p.w - 2 * m.pad, m.labelPx * 1.5);
            const qreal top = c.status.bottom();
            const qreal contentH = c.rect.bottom() - m.pad - top;
            if (p.kind == ResourceKind::SharedValue) {
                c.room = QRectF(x + m.pad, top + m.pad * 0.5, p.w - 2 * m.pad, contentH - m.pad * 0.5);
            } else if (p.door) {
                const qreal roomW = p.slotCols * m.pitchX + m.pad;
                c.room = QRectF(c.rect.right() - m.pad - roomW, top, roomW, contentH);
                c.door = QRectF(c.room.left() - doorW, top, doorW, contentH);
                c.queueArea = QRectF(x + m.pad, top, c.door.left() - x - m.pad, contentH);
                // The room's slots, centred in the room.
                const qreal slotsH = p.slotRows * m.pitchY;
                const QPointF origin(c.room.left() + m.pad * 0.5, top + (contentH - slotsH) / 2);
                for (int s = 0; s < p.slotCols * p.slotRows && s < index.slotCount(p.resource); ++s)
                    c.seats.push_back(cellCentre(m, origin, s % p.slotCols, s / p.slotCols));
                // The line grows away from the door; the first in line stands at the door.
                const qreal queueH = p.queueRows * m.pitchY;
                const qreal qTop = top + (contentH - queueH) / 2;
                for (int q = 0; q < p.queueCols * p.queueRows; ++q) {
                    const int col = q % p.queueCols;
                    const int row = q / p.queueCols;
                    c.queue.emplace_back(c.door.left() - (col + 0.5) * m.pitchX, qTop + row * m.pitchY + 1.3 * r);
                }
            } else {
                c.room = QRectF(x + m.pad + p.iconW, top, p.w - 2 * m.pad - p.iconW, contentH);
                c.queueArea = c.room;
                const qreal usedW = p.queueCols * m.pitchX;
                const QPointF origin(
                    c.room.left() + (c.room.width() - usedW) / 2, top + (contentH - p.queueRows * m.pitchY) / 2);
                for (int q = 0; q < p.queueCols * p.queueRows; ++q)
                    c.queue.push_back(cellCentre(m, origin, q % p.queueCols, q / p.queueCols));
            }
            m_cardOf[std::size_t(p.resource)] = int(m_cards.size());
            m_cards.push_back(std::move(c));
            x += p.w + m.gap;
        }
        y += rowH[k] + m.gap;
    }
    return true;
}

QPointF SceneLayout::areaSpot(Place place, int actor) const
{
    const SceneArea* a = area(place);
    if (!a)
        a = area(Place::Running);
    if (!a || a->spots.empty())
        return {};
    const int i = spotIndex(*a, actor);
    if (i >= 0)
        return a->spots[std::size_t(i)];
    // Not expected here (a live run that has grown): beside the last spot rather than on it.
    return a->spots.back() + QPointF(0.5 * m_radius, 0.3 * m_radius);
}

QRectF SceneLayout::frameEdges(const SceneIndex& index, QSizeF size, const SceneMetrics& m)
{
    const Trace& trace = index.trace();
    const int n = std::max<int>(1, int(trace.actors().size()));
    const qreal W = size.width();
    const qreal H = size.height();
    const qreal margin = m.gap;
    m_family = index.family();
    m_size = size;
    m_radius = m.r;
    m_labelPx = m.labelPx;
    m_titlePx = m.titlePx;
    m_pitch = m.pitchX;
    m_showNames = m.names;
    m_areas.clear();
    m_cards.clear();
    m_boxes.clear();
    m_cardOf.assign(trace.resources().size(), -1);
    m_tokens.assign(trace.actors().size(), TokenPlace {});
    m_marks.clear();
    const int newsLines = index.deadlockAt(trace.duration()) ? 2 : 1;
    m_banner = QRectF(margin, margin, W - 2 * margin, m.titlePx * 1.5 + newsLines * m.labelPx * 1.45);
    const int doneCols = std::max(1, int((W - 2 * margin - 2 * m.pad) / m.pitchX));
    // A crowd's finished row keeps a few rows of dots; the rest pile up on them.
    const int doneRows = std::min(ceilDiv(n, doneCols), n > 500 ? 3 : n);
    const int doneCells = std::max(1, doneRows * doneCols);
    const qreal doneH = m.captionH + doneRows * m.pitchY + m.pad * 0.5;
    const QRectF doneRect(margin, H - margin - doneH, W - 2 * margin, doneH);
    SceneArea done;
    done.place = Place::Done;
    done.rect = doneRect;
    const QPointF origin(doneRect.left() + m.pad, doneRect.top() + m.captionH);
    for (int actor = 0; actor < n; ++actor) {
        done.members.push_back(actor);
        const int cell = actor % doneCells;
        done.spots.push_back(cellCentre(m, origin, cell % doneCols, cell / doneCols));
    }
    m_areas.push_back(std::move(done));
    const qreal top = m_banner.bottom() + m.gap;
    return QRectF(margin, top, W - 2 * margin, doneRect.top() - m.gap - top);
}

void SceneLayout::placeInArea(TokenPlace& t, const ActorSnapshot& a)
{
    if (!a.started) {
        t.place = Place::Hidden;
    } else if (!a.alive) {
        t.place = Place::Done;
    } else {
        t.place = areaPlaceOf(a.state);
    }
    t.index = a.actor;
    const Place where = t.place == Place::Hidden ? Place::Running : t.place;
    setAreaSpot(t, area(where) ? where : (area(Place::Running) ? Place::Running : Place::Elsewhere), a.actor);
}

void SceneLayout::setAreaSpot(TokenPlace& t, Place in, int actor) const
{
    t.centre = areaSpot(in, actor);
    t.nameWidth = 0;
    // Its name may take the room to its neighbours' spots in the row (all of the area's width if it has
    // none there), not just the pitch: "MainThread" alone in a wide area is written whole.
    const SceneArea* ar = area(in);
    if (!ar || !m_showNames)
        return;
    const int i = spotIndex(*ar, actor);
    if (i < 0)
        return;
    const QPointF c = ar->spots[std::size_t(i)];
    qreal room = ar->rect.width() - 8;
    for (int j : { i - 1, i + 1 }) {
        if (j >= 0 && std::size_t(j) < ar->spots.size() && std::abs(ar->spots[std::size_t(j)].y() - c.y()) < 1)
            room = std::min(room, std::abs(ar->spots[std::size_t(j)].x() - c.x()) - 2);
    }
    if (room > m_pitch * m_nameRows - 2)
        t.nameWidth = room;
}

int SceneLayout::spotIndex(const SceneArea& a, int actor)
{
    // The finished row lists every actor in order: no search.
    if (actor >= 0 && std::size_t(actor) < a.members.size() && std::size_t(actor) < a.spots.size()
        && a.members[std::size_t(actor)] == actor)
        return actor;
    const auto it = std::find(a.members.begin(), a.members.end(), actor);
    if (it == a.members.end() || std::size_t(it - a.members.begin()) >= a.spots.size())
        return -1;
    return int(it - a.members.begin());
}

const SceneBox* SceneLayout::box(BoxRole role, int actor, int resource) const
{
    for (const SceneBox& b : m_boxes) {
        if (b.role == role && (actor < 0 || b.actor == actor) && (resource < 0 || b.resource == resource))
            return &b;
    }
    return nullptr;
}

void SceneLayout::place(const SceneSnapshot& s)
{
    switch (m_family) {
    case SceneFamily::Pool:
        PoolScene::place(*this, s);
        return;
    case SceneFamily::Process:
        ProcessScene::place(*this, s);
        return;
    case SceneFamily::Loop:
        LoopScene::place(*this, s);
        return;
    case SceneFamily::Sequence:
        SequenceScene::place(*this, s);
        return;
    case SceneFamily::Threads:
        break;
    }
    placeGeneric(s);
}

void SceneLayout::placeGeneric(const SceneSnapshot& s)
{
    m_tokens.assign(s.actors.size(), TokenPlace {});
    m_marks.clear();
    for (const ActorSnapshot& a : s.actors) {
        TokenPlace& t = m_tokens[std::size_t(a.actor)];
        if (!a.started) {
            t.place = Place::Hidden;
            t.centre = areaSpot(Place::Running, a.actor);
            continue;
        }
        if (!a.alive) {
            t.place = Place::Done;
        } else if (a.waitsOn >= 0) {
            const SceneCard* c = card(a.waitsOn);
            const int pos = s.queuePosition(a.actor);
            if (c && !c->queue.empty()) {
                t.place = Place::Queued;
                t.resource = a.waitsOn;
                t.index = pos;
                const std::size_t last = c->queue.size() - 1;
                // A longer line than ever planned for (a live run still growing) stacks at its end.
                t.centre = c->queue[std::min<std::size_t>(std::size_t(std::max(pos, 0)), last)];
                if (std::size_t(pos) > last)
                    t.centre += QPointF(-0.4 * m_radius * qreal(std::size_t(pos) - last), 0.4 * m_radius);
                continue;
            }
            const bool join = s.resources[std::size_t(a.waitsOn)].kind == ResourceKind::Thread;
            t.place = join ? Place::Joining : Place::Elsewhere;
            t.resource = a.waitsOn;
        } else if (!a.holding.empty()) {
            // Inside the last thing it took.
            for (auto it = a.holding.rbegin(); it != a.holding.rend(); ++it) {
                const SceneCard* c = card(*it);
                if (!c || c->seats.empty())
                    continue;
                for (const HolderSnapshot& h : s.resources[std::size_t(*it)].holders) {
                    if (h.actor != a.actor)
                        continue;
                    t.place = Place::Holding;
                    t.resource = *it;
                    t.index = h.slot;
                    t.centre = c->seats[std::size_t(std::clamp<int>(h.slot, 0, int(c->seats.size()) - 1))];
                    break;
                }
                if (t.place == Place::Holding)
                    break;
            }
        }
        if (t.place == Place::Hidden) {
            t.place = areaPlaceOf(a.state);
        }
        if (t.place != Place::Holding && t.place != Place::Queued) {
            t.index = a.actor;
            setAreaSpot(t, area(t.place) ? t.place : Place::Running, a.actor);
        }
    }
    placeHoldMarks(s);
}

void SceneLayout::placeHoldMarks(const SceneSnapshot& s)
{
    m_marks.clear();
    // Holds of actors whose tokens stand elsewhere.
    for (const SceneCard& c : m_cards) {
        for (const HolderSnapshot& h : s.resources[std::size_t(c.resource)].holders) {
            if (c.seats.empty() || h.actor < 0 || std::size_t(h.actor) >= m_tokens.size())
                continue;
            const TokenPlace& t = m_tokens[std::size_t(h.actor)];
            if (t.place == Place::Holding && t.resource == c.resource)
                continue;
            m_marks.push_back({ h.actor, c.resource, h.slot,
                c.seats[std::size_t(std::clamp<int>(h.slot, 0, int(c.seats.size()) - 1))] });
        }
    }
}

const TokenPlace* SceneLayout::token(int actor) const
{
    return actor >= 0 && std::size_t(actor) < m_tokens.size() ? &m_tokens[std::size_t(actor)] : nullptr;
}

const SceneCard* SceneLayout::card(int resource) const
{
    if (resource < 0 || std::size_t(resource) >= m_cardOf.size() || m_cardOf[std::size_t(resource)] < 0)
        return nullptr;
    return &m_cards[std::size_t(m_cardOf[std::size_t(resource)])];
}

const SceneArea* SceneLayout::area(Place place) const
{
    for (const SceneArea& a : m_areas) {
        if (a.place == place)
            return &a;
    }
    return nullptr;
}

std::optional<QPointF> SceneLayout::holdPoint(int actor, int resource) const
{
    const TokenPlace* t = token(actor);
    if (t && t->place == Place::Holding && t->resource == resource)
        return t->centre;
    for (const HoldMark& h : m_marks) {
        if (h.actor == actor && h.resource == resource)
            return h.centre;
    }
    return std::nullopt;
}

} // namespace interleave
