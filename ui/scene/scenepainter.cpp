// SPDX-License-Identifier: MIT
#include "scene/scenepainter.h"

#include "scene/loopscene.h"
#include "scene/poolscene.h"
#include "scene/processscene.h"
#include "scene/scenedraw.h"
#include "scene/sceneglyphs.h"
#include "scene/scenestyle.h"
#include "scene/scenetext.h"
#include "scene/sequencescene.h"
#include "scene/tokenpainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <climits>
#include <cmath>

namespace interleave {

namespace {

QFont pixelFont(qreal px, bool bold = false)
{
    QFont f;
    f.setPixelSize(std::max(1, int(std::lround(px))));
    f.setBold(bold);
    return f;
}

void drawElided(
    QPainter& p, const QRectF& r, const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    const QFontMetricsF fm(p.font());
    p.drawText(r, int(align), fm.elidedText(text, Qt::ElideRight, r.width()));
}

bool deadlockStands(const SceneSnapshot& s)
{
    if (!s.deadlock || s.deadlock->actors.empty())
        return false;
    for (std::size_t i = 0; i < s.deadlock->actors.size(); ++i) {
        const ActorSnapshot* a = s.actor(s.deadlock->actors[i]);
        if (!a || a->waitsOn != s.deadlock->resources[i])
            return false;
    }
    return true;
}

} // namespace

QString ScenePainter::placeTitle(Place place)
{
    switch (place) {
    case Place::Running:
        return tr("Running");
    case Place::Ready:
        return tr("Ready to run");
    case Place::Sleeping:
        return tr("Sleeping");
    case Place::Joining:
        return tr("Waiting in join()");
    case Place::Elsewhere:
        return tr("Waiting for I/O or other");
    case Place::Done:
        return tr("Finished");
    default:
        return {};
    }
}

void ScenePainter::paint(QPainter& p, const SceneFrame& f)
{
    if (!f.index || !f.snapshot || !f.layout)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(QRectF(QPointF(0, 0), f.layout->size()), SceneStyle::background(f.dark));
    paintAreas(p, f);
    switch (f.layout->family()) {
    case SceneFamily::Pool:
        PoolScene::paint(p, f);
        break;
    case SceneFamily::Process:
        ProcessScene::paint(p, f);
        break;
    case SceneFamily::Loop:
        LoopScene::paint(p, f);
        break;
    case SceneFamily::Sequence:
        SequenceScene::paint(p, f);
        break;
    case SceneFamily::Threads:
        break;
    }
    for (const SceneCard& c : f.layout->cards())
        paintCard(p, f, c);
    TokenPainter::paint(p, f);
    switch (f.layout->family()) {
    case SceneFamily::Pool:
        PoolScene::paintOver(p, f);
        break;
    case SceneFamily::Process:
        ProcessScene::paintOver(p, f);
        break;
    case SceneFamily::Loop:
        LoopScene::paintOver(p, f);
        break;
    case SceneFamily::Sequence:
        SequenceScene::paintOver(p, f);
        break;
    case SceneFamily::Threads:
        break;
    }
    paintBanner(p, f);
    p.restore();
}

void ScenePainter::paintBanner(QPainter& p, const SceneFrame& f)
{
    const SceneLayout& l = *f.layout;
    const SceneSnapshot& s = *f.snapshot;
    const Trace& trace = f.index->trace();
    const QRectF b = l.banner();
    const qreal line1 = l.titlePx() * 1.5;
    QString title = trace.meta().title.isEmpty() ? trace.meta().scenario : trace.meta().title;
    const QString time = tr("t = %1 of %2").arg(SceneText::duration(s.time), SceneText::duration(trace.duration()));

    // The legend on the right of the first line: the states this run uses, as many as leave the title
    // (up to half the line) and the time their room. The time's room is that of its widest form, so that
    // the legend does not change as the playhead moves.
    p.setFont(pixelFont(l.labelPx()));
    const QFontMetricsF fm(p.font());
    const qreal titleFull = QFontMetricsF(pixelFont(l.titlePx(), true)).horizontalAdvance(title) + 2;
    const QString widestTime
        = tr("t = %1 of %2").arg(SceneText::duration(trace.duration()), SceneText::duration(trace.duration()));
    const qreal keep = std::min(titleFull, b.width() * 0.5) + 10 + fm.horizontalAdvance(widestTime) * 1.1 + 14;
    const qreal cy = b.top() + line1 / 2;
    const qreal dot = l.labelPx() * 0.45;
    // The first states (running, runnable, ...) matter most: those are kept when not all fit.
    std::vector<State> shown;
    qreal room = b.right() - (b.left() + std::max(keep, b.width() * 0.45));
    for (int k = 0; k < StateCount; ++k) {
        const State st = State(k);
        if (!f.index->everIn(st))
            continue;
        room -= fm.horizontalAdvance(stateLabel(st)) + dot * 2 + 6 + 4;
        if (room < 0)
            break;
        shown.push_back(st);
    }
    qreal x = b.right();
    for (auto it = shown.rbegin(); it != shown.rend(); ++it) {
        const State st = *it;
        const QString word = stateLabel(st);
        const qreal w = fm.horizontalAdvance(word) + dot * 2 + 6;
        x -= w;
        p.setPen(QPen(SceneStyle::stateOutline(st, f.dark), 1));
        p.setBrush(SceneStyle::stateFill(st, f.dark));
        p.drawEllipse(QPointF(x + dot, cy), dot, dot);
        p.setPen(SceneStyle::mutedText(f.dark));
        p.drawText(QRectF(x + dot * 2 + 3, b.top(), w, line1), Qt::AlignLeft | Qt::AlignVCenter, word);
        x -= 4;
    }

    p.setPen(SceneStyle::text(f.dark));
    p.setFont(pixelFont(l.titlePx(), true));
    const qreal titleW = QFontMetricsF(p.font()).horizontalAdvance(title);
    const QRectF titleRect(b.left(), b.top(), std::min(titleW + 2, x - b.left() - 12), line1);
    drawElided(p, titleRect, title);
    p.setFont(pixelFont(l.labelPx()));
    p.setPen(SceneStyle::mutedText(f.dark));
    drawElided(p, QRectF(titleRect.right() + 10, b.top(), x - titleRect.right() - 14, line1), time);

    // Second line: a deadlock, or the last thing an actor printed.
    const QRectF line2(b.left(), b.top() + line1, b.width(), b.height() - line1);
    if (s.deadlock) {
        p.setFont(pixelFont(l.labelPx(), true));
        p.setPen(SceneStyle::alarm(f.dark));
        QString text = SceneText::deadlockLine(trace, *s.deadlock);
        if (!deadlockStands(s) && !s.deadlock->actors.empty())
            text = tr("%1 The run was then stopped.").arg(text);
        p.save();
        p.setClipRect(line2);
        p.drawText(line2, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        p.restore();
        return;
    }
    const Instant* latest = nullptr;
    for (std::size_t a = 0; a < trace.actors().size(); ++a) {
        const Instant* m = f.index->lastMark(int(a), s.time - f.index->wakeWindow() * 3, s.time);
        if (m && (!latest || m->time > latest->time))
            latest = m;
    }
    if (latest) {
        p.setFont(pixelFont(l.labelPx()));
        p.setPen(SceneStyle::mutedText(f.dark));
        drawElided(p, line2, tr("%1 printed: %2").arg(SceneText::actorName(trace, latest->actor), latest->text));
    }
}

void ScenePainter::paintAreas(QPainter& p, const SceneFrame& f)
{
    const SceneLayout& l = *f.layout;
    for (const SceneArea& a : l.areas()) {
        p.setPen(QPen(SceneStyle::panelBorder(f.dark), 1, a.place == Place::Done ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(SceneStyle::panel(f.dark));
        p.drawRoundedRect(a.rect.adjusted(0.5, 0.5, -0.5, -0.5), l.radius() * 0.4, l.radius() * 0.4);
        p.setFont(pixelFont(l.labelPx(), true));
        p.setPen(SceneStyle::mutedText(f.dark));
        const qreal pad = std::max(6.0, l.radius() * 0.45);
        drawElided(p, QRectF(a.rect.left() + pad, a.rect.top() + 2, a.rect.width() - 2 * pad, l.labelPx() * 1.6),
            placeTitle(a.place));
        if (a.place != Place::Done)
            continue;
        // How a thread ended matters (a daemon cut off, a thread that raised): say what the marks mean.
        QStringList ends;
        if (f.index->everIn(State::Done))
            ends << tr("✓ finished normally");
        if (f.index->everIn(State::Cancelled))
            ends << tr("✕ cancelled (cut off)");
        if (f.index->everIn(State::Failed))
            ends << tr("! failed (an exception)");
        p.setFont(pixelFont(l.labelPx()));
        drawElided(p,
            QRectF(
                a.rect.left() + a.rect.width() * 0.3, a.rect.top() + 2, a.rect.width() * 0.7 - pad, l.labelPx() * 1.6),
            ends.join(QStringLiteral("   ")), Qt::AlignRight | Qt::AlignVCenter);
    }
}

void ScenePainter::paintCard(QPainter& p, const SceneFrame& f, const SceneCard& c)
{
    const SceneLayout& l = *f.layout;
    const Trace& trace = f.index->trace();
    const SceneSnapshot& s = *f.snapshot;
    bool inCycle = false;
    if (deadlockStands(s)) {
        for (int r : s.deadlock->resources)
            inCycle = inCycle || r == c.resource;
    }
    p.setPen(QPen(inCycle ? SceneStyle::alarm(f.dark) : SceneStyle::panelBorder(f.dark), inCycle ? 2.5 : 1));
    p.setBrush(SceneStyle::panel(f.dark));
    p.drawRoundedRect(c.rect.adjusted(0.5, 0.5, -0.5, -0.5), l.radius() * 0.4, l.radius() * 0.4);

    // Title: the name as the program calls it, then what it is.
    const QString name = SceneText::resourceName(trace, c.resource);
    p.setFont(pixelFont(l.titlePx(), true));
    p.setPen(SceneStyle::text(f.dark));
    const qreal nameW = std::min(QFontMetricsF(p.font()).horizontalAdvance(name) + 2, c.title.width());
    drawElided(p, QRectF(c.title.left(), c.title.top(), nameW, c.title.height()), name);
    p.setFont(pixelFont(l.labelPx()));
    p.setPen(SceneStyle::mutedText(f.dark));
    drawElided(p, QRectF(c.title.left() + nameW + 6, c.title.top(), c.title.width() - nameW - 6, c.title.height()),
        SceneText::kindWord(c.kind));

    // Status: how it stands now; a notify that found nobody is the condition lesson, so it shows.
    // A shared counter's box shows its value; the line above says how often it was written, which is
    // what the value falls short of when updates are lost.
    QString status = c.kind == ResourceKind::SharedValue ? tr("written %n time(s)", nullptr,
                         int(std::min<qint64>(s.resources[std::size_t(c.resource)].updates, INT_MAX)))
                                                         : SceneText::resourceStatus(*f.index, s, c.resource);
    QColor statusColor = SceneStyle::text(f.dark);
    const Instant* recent = f.index->lastInstantOn(c.resource, s.time - f.index->wakeWindow(), s.time);
    if (c.kind == ResourceKind::Condition && recent && recent->kind == InstantKind::Notify && recent->value == 0) {
        status = tr("notify() found nobody waiting: the wake-up is lost");
        statusColor = SceneStyle::alarm(f.dark);
    }
    p.setPen(statusColor);
    drawElided(p, c.status, status);

    switch (c.kind) {
    case ResourceKind::SharedValue:
        paintValueCard(p, f, c);
        break;
    default:
        if (!c.door.isEmpty())
            paintDoorCard(p, f, c);
        else
            paintWaitingRoom(p, f, c);
        break;
    }
}

void ScenePainter::paintDoorCard(QPainter& p, const SceneFrame& f, const SceneCard& c)
{
    const SceneLayout& l = *f.layout;
    const ResourceSnapshot& rs = f.snapshot->resources[std::size_t(c.resource)];
    const qreal r = l.radius();
    // Closed when nobody else can get in: a held lock, a semaphore with no permit left.
    const bool full = rs.kind == ResourceKind::Semaphore ? rs.level.value_or(1) <= 0 && !rs.holders.empty()
                                                         : rs.holders.size() >= c.seats.size() && !rs.holders.empty();
    const QColor body = SceneStyle::lockBody(full, f.dark);

    // The room, with a place per holder (a lock has one, a semaphore one per permit).
    p.setPen(QPen(body, 2));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(c.room.adjusted(1, 1, -1, -1), r * 0.35, r * 0.35);
    p.setPen(QPen(SceneStyle::slot(f.dark), 1.2, Qt::DashLine));
    for (const QPointF& slot : c.seats)
        p.drawEllipse(slot, r, r);

    // The door: a solid bar with a shut padlock, or an open gap.
    if (full) {
        p.setPen(Qt::NoPen);
        p.setBrush(body);
        p.drawRoundedRect(c.door.adjusted(c.door.width() * 0.2, 2, -c.door.width() * 0.2, -2), 2, 2);
    } else {
        p.setPen(QPen(body, 1.5, Qt::DashLine));
        p.drawLine(QPointF(c.door.center().x(), c.door.top() + 2), QPointF(c.door.center().x(), c.door.bottom() - 2));
    }
    const qreal lockSize = std::min(c.door.width() * 1.1, r * 1.3);
    const QRectF lockBox(c.door.center().x() - lockSize / 2, c.door.top() + 1, lockSize, lockSize);
    p.setPen(Qt::NoPen);
    p.setBrush(SceneStyle::panel(f.dark));
    p.drawRoundedRect(lockBox.adjusted(-1, -1, 1, 1), 3, 3);
    SceneGlyphs::padlock(p, lockBox, full, body);

    // An empty place says so.
    p.setFont(pixelFont(l.labelPx() * 0.9));
    p.setPen(SceneStyle::mutedText(f.dark));
    for (std::size_t i = 0; i < c.seats.size(); ++i) {
        const bool taken = std::any_of(
            rs.holders.begin(), rs.holders.end(), [&](const HolderSnapshot& h) { return std::size_t(h.slot) == i; });
        if (!taken)
            p.drawText(QRectF(c.seats[i].x() - r, c.seats[i].y() - r, 2 * r, 2 * r), Qt::AlignCenter, tr("free"));
    }

    // The line in front of the door: a floor with chevrons pointing in.
    if (!c.queue.empty() && c.queueArea.width() > r) {
        const qreal y = c.queue.front().y() + r + l.labelPx() + 4;
        p.setPen(QPen(SceneStyle::slot(f.dark), 1, Qt::DotLine));
        p.drawLine(QPointF(c.queueArea.left() + 2, y), QPointF(c.door.left() - 2, y));
        p.setPen(QPen(SceneStyle::slot(f.dark), 1.2));
        for (std::size_t i = 0; i < c.queue.size() && c.queue[i].y() == c.queue.front().y(); ++i) {
            const qreal x = c.queue[i].x() + r * 1.25;
            p.drawLine(QPointF(x - 3, y - 3), QPointF(x, y));
            p.drawLine(QPointF(x - 3, y + 3), QPointF(x, y));
        }
    }
}

void ScenePainter::paintWaitingRoom(QPainter& p, const SceneFrame& f, const SceneCard& c)
{
    const SceneLayout& l = *f.layout;
    const ResourceSnapshot& rs = f.snapshot->resources[std::size_t(c.resource)];
    const qreal r = l.radius();
    p.setPen(QPen(SceneStyle::slot(f.dark), 1.2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(c.room.adjusted(1, 1, -1, -1), r * 0.35, r * 0.35);
    const QRectF icon(c.rect.left() + std::max(6.0, r * 0.45), c.room.top(),
        c.room.left() - c.rect.left() - std::max(6.0, r * 0.45), c.room.height());
    if (c.kind == ResourceKind::Event) {
        const QRectF pole(icon.left(), icon.top() + r * 0.3, icon.width(), icon.height() - l.labelPx() * 1.6 - r * 0.3);
        SceneGlyphs::flag(p, pole, rs.isSet, SceneStyle::flagColor(rs.isSet, f.dark), SceneStyle::mutedText(f.dark));
        p.setFont(pixelFont(l.labelPx(), true));
        p.setPen(SceneStyle::flagColor(rs.isSet, f.dark));
        p.drawText(QRectF(icon.left() - r, pole.bottom(), icon.width() + 2 * r, l.labelPx() * 1.6), Qt::AlignCenter,
            rs.isSet ? tr("set") : tr("not set"));
    } else if (c.kind == ResourceKind::Condition) {
        SceneGlyphs::bell(p,
            QRectF(icon.left(), icon.top() + r * 0.2, icon.width(), std::min(icon.width(), icon.height())),
            SceneStyle::mutedText(f.dark));
    } else if (c.kind == ResourceKind::Timer) {
        // The hand sweeps with the playhead: a timer is time passing.
        const qreal cr = std::min(icon.width(), icon.height()) * 0.42;
        SceneDraw::clock(p, QPointF(icon.center().x(), icon.top() + cr + r * 0.2), cr,
            qreal(f.snapshot->time % 1000000000) / 1e9, SceneStyle::mutedText(f.dark));
    }
    if (rs.waiters.empty()) {
        p.setFont(pixelFont(l.labelPx()));
        p.setPen(SceneStyle::mutedText(f.dark));
        const QString empty = c.kind == ResourceKind::Condition ? tr("nobody waits for notify()")
            : c.kind == ResourceKind::Event                     ? tr("nobody waits for set()")
            : c.kind == ResourceKind::Timer                     ? tr("no task sleeps on it")
                                                                : tr("nobody waits");
        p.drawText(c.room, Qt::AlignCenter | Qt::TextWordWrap, empty);
    }
}

void ScenePainter::paintValueCard(QPainter& p, const SceneFrame& f, const SceneCard& c)
{
    const SceneLayout& l = *f.layout;
    const ResourceSnapshot& rs = f.snapshot->resources[std::size_t(c.resource)];
    const auto expected = f.index->expectedValue();
    const QRectF box = c.room;
    p.setPen(QPen(SceneStyle::panelBorder(f.dark), 1.5));
    p.setBrush(SceneStyle::background(f.dark));
    p.drawRoundedRect(box.adjusted(1, 1, -1, -1), 6, 6);

    // Lost so far: each write meant +1, so writes beyond the value's rise were overwritten.
    qint64 lost = 0;
    if (expected && rs.level && rs.initial)
        lost = std::max<qint64>(0, rs.updates - (*rs.level - *rs.initial));
    const qreal small = l.labelPx() * 1.5;
    const qreal lines = (expected ? small : 0) + (lost > 0 ? small : 0);
    const QRectF numberRect(box.left(), box.top(), box.width(), box.height() - lines);
    p.setFont(pixelFont(std::min(numberRect.height() * 0.7, box.width() / 4.5), true));
    p.setPen(SceneStyle::text(f.dark));
    p.drawText(numberRect, Qt::AlignCenter, rs.level ? QString::number(*rs.level) : QStringLiteral("–"));
    qreal y = numberRect.bottom();
    p.setFont(pixelFont(l.labelPx()));
    if (expected) {
        const bool reached = rs.level && *rs.level == *expected;
        p.setPen(reached ? SceneStyle::good(f.dark) : SceneStyle::mutedText(f.dark));
        p.drawText(
            QRectF(box.left(), y, box.width(), small), Qt::AlignCenter, tr("expected at the end: %1").arg(*expected));
        y += small;
    }
    if (lost > 0) {
        p.setFont(pixelFont(l.labelPx(), true));
        p.setPen(SceneStyle::alarm(f.dark));
        p.drawText(QRectF(box.left(), y, box.width(), small), Qt::AlignCenter,
            tr("%n update(s) lost so far", nullptr, int(std::min<qint64>(lost, INT_MAX))));
    }
}

} // namespace interleave
