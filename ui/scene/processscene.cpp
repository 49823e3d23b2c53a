// SPDX-License-Identifier: MIT
#include "scene/processscene.h"

#include "scene/scenedraw.h"
#include "scene/sceneglyphs.h"
#include "scene/scenemetrics.h"
#include "scene/scenepainter.h"
#include "scene/scenestyle.h"
#include "scene/scenetext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <map>

namespace interleave {

namespace {

struct Proc {
    qint64 pid = 0;
    std::vector<int> actors;
};

// Processes in the order they appear, the parent (the one with the main thread) first.
std::vector<Proc> processesOf(const Trace& trace)
{
    std::vector<Proc> out;
    for (std::size_t a = 0; a < trace.actors().size(); ++a) {
        const ActorInfo& info = trace.actors()[a];
        // A child's pid may still be 0 while it spawns: it is its own process all the same.
        const qint64 key = info.kind == ActorKind::Process && info.pid == 0 ? -qint64(a) - 1 : info.pid;
        auto it = std::find_if(out.begin(), out.end(), [&](const Proc& p) { return p.pid == key; });
        if (it == out.end()) {
            out.push_back({ key, {} });
            it = out.end() - 1;
        }
        it->actors.push_back(int(a));
    }
    std::stable_partition(out.begin(), out.end(), [&](const Proc& p) {
        return std::any_of(p.actors.begin(), p.actors.end(),
            [&](int a) { return trace.actors()[std::size_t(a)].kind == ActorKind::Main; });
    });
    return out;
}

bool isChannel(ResourceKind k)
{
    return k == ResourceKind::Queue || k == ResourceKind::Pipe || k == ResourceKind::Socket;
}

void shift(SceneBox& b, qreal dy)
{
    b.rect.translate(0, dy);
    for (QPointF& s : b.spots)
        s.ry() += dy;
}

} // namespace

SceneLayout ProcessScene::frame(const SceneIndex& index, QSizeF size)
{
    const qreal start = std::clamp(std::min(size.width(), size.height()) / 14.0, 6.0, 26.0);
    return SceneLayout::largestFit(index, size, start, 4.0, 0.92, &ProcessScene::tryFit);
}

bool ProcessScene::tryFit(SceneLayout& l, const SceneIndex& index, QSizeF size, qreal r, bool force)
{
    const Trace& trace = index.trace();
    const SceneMetrics m = metricsFor(r, trace);
    const QRectF mid = l.frameEdges(index, size, m);
    if (mid.height() <= 0 && !force)
        return false;
    const std::vector<Proc> procs = processesOf(trace);
    std::vector<int> shared, channels;
    for (int res : index.shownResources()) {
        (isChannel(trace.resources()[std::size_t(res)].kind) ? channels : shared).push_back(res);
    }
    const qreal gap = m.gap;
    const qreal middleW = (shared.empty() && channels.empty()) ? 0 : std::max(mid.width() * 0.34, 14.0 * m.labelPx);
    const qreal sideW = (mid.width() - middleW - 2 * gap) / 2;
    if (sideW < m.pitchX + 2 * m.pad && !force)
        return false;

    // A process box: caption, status, then its actors' tokens.
    auto procBox = [&](const Proc& p, QPointF at, qreal w) {
        SceneBox b;
        b.role = BoxRole::Process;
        b.pid = p.pid;
        b.actor = p.actors.front();
        b.members = p.actors;
        const int cols = std::max(1, std::min(int(p.actors.size()), int((w - 2 * m.pad) / m.pitchX)));
        const qreal h = m.captionH + m.labelPx * 1.4 + ceilDiv(int(p.actors.size()), cols) * m.pitchY + m.pad * 0.5;
        b.rect = QRectF(at, QSizeF(w, h));
        const qreal usedW = cols * m.pitchX;
        for (int i = 0; i < int(p.actors.size()); ++i)
            b.spots.push_back(
                cellCentre(m, QPointF(b.rect.center().x() - usedW / 2, b.rect.top() + m.captionH + m.labelPx * 1.4),
                    i % cols, i / cols));
        return b;
    };
    // Parent(s) on the left, children on the right in one or two columns.
    std::vector<SceneBox> left, right;
    qreal y = mid.top();
    std::size_t first = 0;
    for (; first < procs.size() && first < 1; ++first) {
        left.push_back(procBox(procs[first], QPointF(mid.left(), y), sideW));
        y = left.back().rect.bottom() + gap;
    }
    const std::size_t children = procs.size() - first;
    int childCols = 1;
    auto columnHeight = [&](int cols) {
        qreal h = 0, rowH = 0;
        const qreal w = (sideW - (cols - 1) * gap) / cols;
        for (std::size_t i = 0; i < children; ++i) {
            rowH = std::max(rowH, procBox(procs[first + i], {}, w).rect.height());
            if ((int(i) + 1) % cols == 0 || i + 1 == children) {
                h += rowH + gap;
                rowH = 0;
            }
        }
        return h - gap;
    };
    while (columnHeight(childCols) > mid.height() && (childCols + 1) * (m.pitchX + 2 * m.pad) <= sideW)
        ++childCols;
    if (columnHeight(childCols) > mid.height() && !force)
        return false;
    {
        const qreal w = (sideW - (childCols - 1) * gap) / childCols;
        qreal cy = mid.top();
        qreal rowH = 0;
        for (std::size_t i = 0; i < children; ++i) {
            const int col = int(i) % childCols;
            right.push_back(procBox(procs[first + i], QPointF(mid.right() - sideW + col * (w + gap), cy), w));
            rowH = std::max(rowH, right.back().rect.height());
            if (col == childCols - 1) {
                cy += rowH + gap;
                rowH = 0;
            }
        }
    }
    // Centre each side's column in the height.
    auto centre = [&](std::vector<SceneBox>& column) {
        if (column.empty())
            return;
        qreal bottom = 0;
        for (const SceneBox& b : column)
            bottom = std::max(bottom, b.rect.bottom());
        const qreal dy = std::max(0.0, (mid.bottom() - bottom) / 2);
        for (SceneBox& b : column)
            shift(b, dy);
    };
    centre(left);
    centre(right);

    // Between them: the shared memory, then the channels.
    std::vector<SceneBox> middle;
    if (middleW > 0) {
        const qreal x = mid.left() + sideW + gap;
        qreal my = mid.top();
        if (!shared.empty()) {
            SceneBox b;
            b.role = BoxRole::SharedMemory;
            b.members = shared;
            const qreal cellH = m.labelPx * 3.4;
            const int cols = std::max(1, std::min(int(shared.size()), int(middleW / (9.0 * m.labelPx))));
            b.rect = QRectF(
                x, my, middleW, m.captionH + ceilDiv(int(shared.size()), cols) * (cellH + m.pad * 0.5) + m.pad * 0.5);
            const qreal cw = (middleW - 2 * m.pad - (cols - 1) * m.pad * 0.5) / cols;
            for (int i = 0; i < int(shared.size()); ++i)
                b.spots.push_back(QPointF(x + m.pad + (i % cols) * (cw + m.pad * 0.5) + cw / 2,
                    my + m.captionH + (i / cols) * (cellH + m.pad * 0.5) + cellH / 2));
            my = b.rect.bottom() + gap;
            middle.push_back(std::move(b));
        }
        for (int c : channels) {
            SceneBox b;
            b.role = BoxRole::Channel;
            b.resource = c;
            b.rect = QRectF(x, my, middleW, m.captionH + m.labelPx * 2.6 + m.pad);
            my = b.rect.bottom() + gap;
            middle.push_back(std::move(b));
        }
        if (my - gap > mid.bottom() && !force)
            return false;
        centre(middle);
    }
    for (auto* list : { &left, &right, &middle })
        l.m_boxes.insert(l.m_boxes.end(), list->begin(), list->end());
    return true;
}

void ProcessScene::place(SceneLayout& l, const SceneSnapshot& s)
{
    l.m_tokens.assign(s.actors.size(), TokenPlace {});
    l.m_marks.clear();
    l.m_messages.clear();
    for (const SceneBox& b : l.m_boxes) {
        if (b.role != BoxRole::Process)
            continue;
        for (std::size_t i = 0; i < b.members.size(); ++i) {
            const int a = b.members[i];
            if (a < 0 || std::size_t(a) >= s.actors.size())
                continue;
            TokenPlace& t = l.m_tokens[std::size_t(a)];
            const ActorSnapshot& as = s.actors[std::size_t(a)];
            l.placeInArea(t, as);
            if (t.place == Place::Done)
                continue;
            // A process never leaves its own memory: what it waits for or holds is drawn as a line.
            t.centre = b.spots[i];
            // One in its row: its name may take the box's width.
            const bool alone = std::count_if(b.spots.begin(), b.spots.end(), [&](const QPointF& q) {
                return q.y() == b.spots[i].y();
            }) == 1;
            t.nameWidth = alone ? b.rect.width() - 8 : 0.0;
            if (as.waitsOn >= 0) {
                t.place = s.resources[std::size_t(as.waitsOn)].kind == ResourceKind::Thread ? Place::Joining
                                                                                            : Place::Queued;
                t.resource = as.waitsOn;
                t.index = s.queuePosition(a);
            } else if (!as.holding.empty()) {
                t.place = Place::Holding;
                t.resource = as.holding.back();
            }
        }
    }
    // Envelopes in their channels, the oldest nearest the reader's end (the right).
    const qreal r = l.radius();
    for (const SceneBox& b : l.m_boxes) {
        if (b.role != BoxRole::Channel)
            continue;
        std::vector<int> mine;
        for (std::size_t i = 0; i < s.messages.size(); ++i) {
            if (s.messages[i].resource == b.resource)
                mine.push_back(int(i));
        }
        const qreal w = r * 1.5;
        const qreal y = b.rect.bottom() - r * 0.9 - 2;
        const int fit = std::max(1, int((b.rect.width() - 2 * r) / (w + 4)));
        for (int k = 0; k < int(mine.size()); ++k) {
            const int slot = std::min(k, fit - 1);
            l.m_messages.push_back(
                { mine[std::size_t(k)], b.resource, QPointF(b.rect.right() - r - slot * (w + 4) - w / 2, y) });
        }
    }
}

void ProcessScene::paint(QPainter& p, const SceneFrame& f)
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
    for (const SceneBox& b : l.boxes()) {
        switch (b.role) {
        case BoxRole::Process: {
            const ActorInfo& info = trace.actors()[std::size_t(b.actor)];
            const bool parent = info.kind != ActorKind::Process;
            const QString name = parent ? tr("main process") : info.name;
            QString caption = b.pid > 0 ? tr("%1 · pid %2").arg(name).arg(b.pid) : name;
            // A narrow box names the process on its first line and gives its pid on the second.
            const bool pidBelow = b.pid > 0 && SceneDraw::caption(b.rect, px, { caption, name }) != caption;
            if (pidBelow)
                caption = name;
            const ActorSnapshot& as = s.actors[std::size_t(b.actor)];
            const QRectF inner = SceneDraw::box(p, b.rect, caption, px, panel, as.started ? ink : border, ink,
                as.started ? Qt::SolidLine : Qt::DashLine);
            // Its end, from its join handle: the exit, a value, an exception, a signal.
            QString status = as.started ? tr("own memory") : tr("not started yet");
            for (std::size_t r = 0; r < trace.resources().size(); ++r) {
                const ResourceInfo& ri = trace.resources()[r];
                if (ri.kind == ResourceKind::Thread && ri.owner == b.actor && s.resources[r].end)
                    status = SceneText::endWords(*s.resources[r].end);
            }
            if (as.started && !as.alive && status == tr("own memory"))
                status = as.state == State::Done ? tr("exited normally") : stateLabel(as.state);
            if (pidBelow) // "own memory" is said by the main process's box
                status
                    = status == tr("own memory") ? tr("pid %1").arg(b.pid) : tr("pid %1 · %2").arg(b.pid).arg(status);
            p.setFont(SceneDraw::font(px * 0.9));
            SceneDraw::text(p, QRectF(inner.left() + px * 0.6, inner.top(), inner.width() - px * 1.2, px * 1.4), status,
                as.state == State::Failed ? SceneStyle::alarm(dark) : muted);
            break;
        }
        case BoxRole::SharedMemory: {
            SceneDraw::box(p, b.rect,
                SceneDraw::caption(b.rect, px, { tr("Shared memory (every process sees it)"), tr("Shared memory") }),
                px, panel, border, ink);
            const qreal cw = b.members.size() > 1 && b.spots.size() > 1 && b.spots[1].y() == b.spots[0].y()
                ? (b.spots[1].x() - b.spots[0].x()) - px * 0.4
                : b.rect.width() - px * 1.6;
            const qreal ch = px * 3.2;
            for (std::size_t i = 0; i < b.members.size(); ++i) {
                const int res = b.members[i];
                const ResourceSnapshot& rs = s.resources[std::size_t(res)];
                const QRectF cell(b.spots[i].x() - cw / 2, b.spots[i].y() - ch / 2, cw, ch);
                const bool lock = rs.kind == ResourceKind::Mutex || rs.kind == ResourceKind::RMutex;
                p.setPen(QPen(lock && !rs.holders.empty() ? SceneStyle::lockBody(true, dark) : border, 1.2));
                p.setBrush(SceneStyle::background(dark));
                p.drawRoundedRect(cell, 4, 4);
                QRectF text = cell.adjusted(px * 0.4, 1, -px * 0.4, -1);
                if (lock) {
                    const qreal g = std::min(cell.height() * 0.6, px * 1.8);
                    SceneGlyphs::padlock(p, QRectF(text.left(), cell.center().y() - g / 2, g * 0.8, g),
                        !rs.holders.empty(), SceneStyle::lockBody(!rs.holders.empty(), dark));
                    text.setLeft(text.left() + g);
                }
                p.setFont(SceneDraw::font(px * 0.9));
                SceneDraw::text(p, QRectF(text.left(), text.top(), text.width(), text.height() / 2),
                    SceneText::resourceName(trace, res), muted);
                p.setFont(SceneDraw::font(px, true));
                // A shared value's number on its own: the expected total is in the inspector and the outcome.
                QString value = rs.kind == ResourceKind::SharedValue
                    ? (rs.level ? QString::number(*rs.level) : QStringLiteral("–"))
                    : SceneText::resourceStatus(*f.index, s, res);
                if (lock && !rs.waiters.empty())
                    value = tr("%1; %n waiting", nullptr, int(rs.waiters.size())).arg(value);
                SceneDraw::text(p, QRectF(text.left(), text.center().y(), text.width(), text.height() / 2), value, ink);
            }
            break;
        }
        case BoxRole::Channel: {
            const ResourceSnapshot& rs = s.resources[std::size_t(b.resource)];
            const QString caption = QStringLiteral("%1  ·  %2")
                                        .arg(SceneText::resourceName(trace, b.resource),
                                            SceneText::resourceStatus(*f.index, s, b.resource));
            const QRectF inner = SceneDraw::box(p, b.rect, caption, px, panel, border, ink);
            // The tube, open at both ends.
            const QRectF tube = inner.adjusted(px * 0.5, px * 0.2, -px * 0.5, -px * 0.4);
            p.setPen(QPen(SceneStyle::slot(dark), 1.5));
            p.setBrush(SceneStyle::background(dark));
            p.drawRoundedRect(tube, tube.height() / 2.5, tube.height() / 2.5);
            if (rs.inFlight == 0) {
                p.setFont(SceneDraw::font(px * 0.9));
                SceneDraw::text(p, tube, tr("nothing on its way"), muted, Qt::AlignCenter);
            }
            break;
        }
        default:
            break;
        }
    }
}

void ProcessScene::paintOver(QPainter& p, const SceneFrame& f)
{
    const SceneLayout& l = *f.layout;
    const SceneSnapshot& s = *f.snapshot;
    const qreal r = l.radius();
    const bool dark = f.dark;
    // Where a resource is drawn: its cell in shared memory or its channel.
    auto anchor = [&](int res) -> std::optional<QPointF> {
        for (const SceneBox& b : l.boxes()) {
            if (b.role == BoxRole::Channel && b.resource == res)
                return b.rect.center();
            if (b.role == BoxRole::SharedMemory) {
                const auto it = std::find(b.members.begin(), b.members.end(), res);
                if (it != b.members.end())
                    return b.spots[std::size_t(it - b.members.begin())];
            }
        }
        return std::nullopt;
    };
    for (std::size_t a = 0; a < l.tokens().size() && a < f.positions.size(); ++a) {
        const TokenPlace& t = l.tokens()[a];
        if ((t.place != Place::Queued && t.place != Place::Holding) || t.resource < 0)
            continue;
        const auto at = anchor(t.resource);
        if (!at)
            continue;
        const ActorSnapshot& as = s.actors[a];
        const QColor c = SceneStyle::stateOutline(as.state, dark);
        p.setPen(
            QPen(c, t.place == Place::Holding ? 2.0 : 1.4, t.place == Place::Holding ? Qt::SolidLine : Qt::DashLine));
        p.drawLine(SceneGlyphs::towards(f.positions[a], *at, r * 1.05), *at);
    }
    // Messages on their way: an envelope in the channel, tied to the process that sent it.
    for (const MessageMark& m : l.messageMarks()) {
        const MessageSnapshot& msg = s.messages[std::size_t(m.message)];
        const QColor c = SceneStyle::flowColor(msg.kind, dark);
        if (msg.from >= 0 && std::size_t(msg.from) < f.positions.size()) {
            QColor faint = c;
            faint.setAlphaF(0.45f);
            p.setPen(QPen(faint, 1.2, Qt::DotLine));
            p.drawLine(SceneGlyphs::towards(f.positions[std::size_t(msg.from)], m.at, r * 1.05), m.at);
        }
        SceneDraw::envelope(
            p, QRectF(m.at.x() - r * 0.75, m.at.y() - r * 0.5, r * 1.5, r), SceneStyle::background(dark), c);
    }
}

} // namespace interleave
