// SPDX-License-Identifier: MIT
#include "scene/tokenpainter.h"

#include "scene/sceneglyphs.h"
#include "scene/scenepainter.h"
#include "scene/scenestyle.h"
#include "scene/scenetext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
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

QColor withAlpha(QColor c, qreal alpha)
{
    c.setAlphaF(float(std::clamp(alpha, 0.0, 1.0)) * c.alphaF());
    return c;
}

bool visible(const SceneFrame& f, int actor)
{
    const TokenPlace* t = f.layout->token(actor);
    return t && t->place != Place::Hidden && std::size_t(actor) < f.positions.size();
}

QString flowWord(FlowKind k)
{
    switch (k) {
    case FlowKind::Release:
        return TokenPainter::tr("release");
    case FlowKind::Notify:
        return TokenPainter::tr("notify");
    case FlowKind::Set:
        return TokenPainter::tr("set");
    case FlowKind::Put:
        return TokenPainter::tr("put");
    case FlowKind::Send:
        return TokenPainter::tr("send");
    case FlowKind::Submit:
        return TokenPainter::tr("submit");
    case FlowKind::Spawn:
        return TokenPainter::tr("start");
    case FlowKind::Cancel:
        return TokenPainter::tr("cancel");
    case FlowKind::Join:
        return TokenPainter::tr("finished");
    case FlowKind::Wake:
        return TokenPainter::tr("wake");
    }
    return {};
}

// A word on the curve arrow() drew from `from` to `to` with `bend`: at the first of `along` (fractions of the
// way) where it covers nothing in `taken`; left out when it would cover something everywhere.
void label(QPainter& p, QPointF from, QPointF to, qreal bend, std::initializer_list<qreal> along, const QString& text,
    const QColor& color, const SceneFrame& f, std::vector<QRectF>& taken)
{
    p.setFont(pixelFont(f.layout->labelPx() * 0.95, true));
    const QFontMetricsF fm(p.font());
    for (qreal k : along) {
        const QPointF at = SceneGlyphs::pointOnArrow(from, to, bend, k);
        const QRectF r(at.x() - fm.horizontalAdvance(text) / 2 - 3, at.y() - fm.height() / 2,
            fm.horizontalAdvance(text) + 6, fm.height());
        if (std::any_of(taken.begin(), taken.end(), [&](const QRectF& t) { return t.intersects(r); }))
            continue;
        taken.push_back(r);
        p.setPen(Qt::NoPen);
        p.setBrush(withAlpha(SceneStyle::background(f.dark), 0.85 * color.alphaF()));
        p.drawRoundedRect(r, 3, 3);
        p.setPen(color);
        p.drawText(r, Qt::AlignCenter, text);
        return;
    }
}

} // namespace

QString TokenPainter::shortName(const QString& name)
{
    static const QRegularExpression numbered(QStringLiteral("^(\\D*?)[-_ ]?(\\d+)$"));
    // A pool's worker, "ThreadPoolExecutor-0_3": its number within its pool.
    static const QRegularExpression worker(QStringLiteral("^(\\D+?)-?\\d+_(\\d+)$"));
    const QRegularExpressionMatch w = worker.match(name);
    if (w.hasMatch() && w.capturedLength(2) <= 3)
        return w.captured(1).left(1).toUpper() + w.captured(2);
    const QRegularExpressionMatch m = numbered.match(name);
    if (m.hasMatch() && m.capturedLength(2) <= 3) {
        const QString stem = m.captured(1);
        return (stem.isEmpty() ? QString() : stem.left(1).toUpper()) + m.captured(2);
    }
    if (name.startsWith(u"Main"))
        return QStringLiteral("M");
    return name.left(2).isEmpty() ? QStringLiteral("?") : name.left(1).toUpper() + name.mid(1, 1);
}

void TokenPainter::paint(QPainter& p, const SceneFrame& f)
{
    std::vector<QRectF> words;
    paintHoldMarks(p, f);
    paintLinks(p, f, words);
    const auto& tokens = f.layout->tokens();
    // Finished tokens first, the live ones over them.
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t a = 0; a < tokens.size(); ++a) {
            const bool done = tokens[a].place == Place::Done;
            if (!visible(f, int(a)) || done != (pass == 0))
                continue;
            paintToken(p, f, int(a), f.positions[a], done ? 0.55 : 1.0, words);
        }
    }
    paintWakes(p, f, words);
    paintDeadlock(p, f);
}

void TokenPainter::paintToken(
    QPainter& p, const SceneFrame& f, int actor, QPointF c, qreal opacity, std::vector<QRectF>& taken)
{
    const SceneLayout& l = *f.layout;
    const ActorSnapshot& a = f.snapshot->actors[std::size_t(actor)];
    const qreal r = l.radius();
    const State st = a.state;
    p.save();
    p.setOpacity(opacity);
    p.setPen(QPen(SceneStyle::stateOutline(st, f.dark), std::max(1.2, r * 0.08)));
    p.setBrush(SceneStyle::stateFill(st, f.dark));
    p.drawEllipse(c, r, r);

    if (!l.showNames()) {
        p.restore();
        return; // a dot in a crowd (too many to keep words off)
    }
    taken.push_back(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)); // no word on an arrow covers a token
    const QString name = SceneText::actorName(f.index->trace(), actor);
    p.setFont(pixelFont(r * (shortName(name).size() > 2 ? 0.62 : 0.8), true));
    p.setPen(SceneStyle::stateInk(st, f.dark));
    p.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, shortName(name));

    // The state's shape in a badge, for greyscale and colour-blind reading.
    const QPointF badge(c.x() + r * 0.75, c.y() - r * 0.75);
    const qreal br = std::max(5.0, r * 0.42);
    p.setPen(QPen(SceneStyle::stateOutline(st, f.dark), 1));
    p.setBrush(SceneStyle::background(f.dark));
    p.drawEllipse(badge, br, br);
    SceneGlyphs::stateMark(p, badge, br * 1.1, st, SceneStyle::stateOutline(st, f.dark));

    // An RLock taken more than once says how deep.
    const TokenPlace* t = l.token(actor);
    if (t && t->place == Place::Holding) {
        const ResourceSnapshot& rs = f.snapshot->resources[std::size_t(t->resource)];
        if (rs.kind == ResourceKind::RMutex && rs.depth > 1) {
            const QPointF at(c.x() + r * 0.8, c.y() + r * 0.7);
            p.setPen(Qt::NoPen);
            p.setBrush(SceneStyle::lockBody(true, f.dark));
            p.drawRoundedRect(QRectF(at.x() - br * 1.2, at.y() - br * 0.8, br * 2.4, br * 1.6), br * 0.5, br * 0.5);
            p.setFont(pixelFont(br * 1.2, true));
            p.setPen(SceneStyle::background(f.dark));
            p.drawText(QRectF(at.x() - br * 1.2, at.y() - br * 0.8, br * 2.4, br * 1.6), Qt::AlignCenter,
                QStringLiteral("×%1").arg(rs.depth));
        }
    }

    taken.push_back(paintName(p, l, c, t ? t->nameRow : 0, name, SceneStyle::text(f.dark), t ? t->nameWidth : 0.0));
    p.restore();
}

QRectF TokenPainter::paintName(QPainter& p, const SceneLayout& l, QPointF centre, int nameRow, const QString& name,
    const QColor& color, qreal width)
{
    p.setFont(pixelFont(l.labelPx()));
    p.setPen(color);
    const qreal w = width > 0 ? width : l.pitch() * l.nameRows() - 2;
    const QFontMetricsF fm(p.font());
    const QString shown = fm.elidedText(name, Qt::ElideMiddle, w);
    // Centred under the token, moved in from the picture's edges rather than cut by them.
    const qreal textW = std::min(w, fm.horizontalAdvance(shown) + 2);
    const qreal left = std::clamp(centre.x() - textW / 2, 0.0, std::max(0.0, l.size().width() - textW));
    const QRectF where(left, centre.y() + l.radius() + 1 + nameRow * l.labelPx() * 1.25, textW, l.labelPx() * 1.4);
    p.drawText(where, Qt::AlignHCenter | Qt::AlignTop, shown);
    return where;
}

void TokenPainter::paintHoldMarks(QPainter& p, const SceneFrame& f)
{
    const qreal r = f.layout->radius();
    for (const HoldMark& m : f.layout->holdMarks()) {
        const ActorSnapshot& a = f.snapshot->actors[std::size_t(m.actor)];
        const QColor ink = SceneStyle::stateOutline(a.state, f.dark);
        // A thread that holds this while waiting elsewhere: its ghost stays in the slot, tied to it.
        if (visible(f, m.actor) && f.layout->token(m.actor)->place != Place::Done) {
            p.setPen(QPen(withAlpha(ink, 0.6), 1.2, Qt::DotLine));
            p.drawLine(SceneGlyphs::towards(m.centre, f.positions[std::size_t(m.actor)], r),
                SceneGlyphs::towards(f.positions[std::size_t(m.actor)], m.centre, r));
        }
        p.save();
        p.setOpacity(0.45);
        p.setPen(QPen(ink, 1.5, Qt::DashLine));
        p.setBrush(SceneStyle::stateFill(a.state, f.dark));
        p.drawEllipse(m.centre, r, r);
        const QString name = SceneText::actorName(f.index->trace(), m.actor);
        p.setFont(pixelFont(r * (shortName(name).size() > 2 ? 0.62 : 0.8), true));
        p.setPen(SceneStyle::stateInk(a.state, f.dark));
        p.drawText(QRectF(m.centre.x() - r, m.centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter, shortName(name));
        p.restore();
        if (!f.layout->showNames())
            continue;
        p.setFont(pixelFont(f.layout->labelPx()));
        p.setPen(SceneStyle::mutedText(f.dark));
        const qreal w = f.layout->pitch() - 2;
        p.drawText(QRectF(m.centre.x() - w / 2, m.centre.y() + r + 1, w, f.layout->labelPx() * 1.4),
            Qt::AlignHCenter | Qt::AlignTop, QFontMetricsF(p.font()).elidedText(name, Qt::ElideMiddle, w));
    }
}

void TokenPainter::paintLinks(QPainter& p, const SceneFrame& f, std::vector<QRectF>& taken)
{
    const qreal r = f.layout->radius();
    const auto& tokens = f.layout->tokens();
    for (std::size_t a = 0; a < tokens.size(); ++a) {
        if (tokens[a].place != Place::Joining || !visible(f, int(a)))
            continue;
        const ResourceSnapshot& handle = f.snapshot->resources[std::size_t(tokens[a].resource)];
        for (const HolderSnapshot& h : handle.holders) {
            if (!visible(f, h.actor))
                continue;
            const QPointF from = SceneGlyphs::towards(f.positions[a], f.positions[std::size_t(h.actor)], r * 1.05);
            const QPointF to = SceneGlyphs::towards(f.positions[std::size_t(h.actor)], f.positions[a], r * 1.1);
            const QColor c = SceneStyle::flowColor(FlowKind::Join, f.dark);
            SceneGlyphs::arrow(p, from, to, 0.15, c, 1.5, Qt::DashLine, std::max(6.0, r * 0.45));
            // The label sits near the joiner: the far end is often crowded.
            label(p, from, to, 0.15, { 0.3, 0.2, 0.45, 0.6 }, tr("join()"), c, f, taken);
        }
    }
}

void TokenPainter::paintWakes(QPainter& p, const SceneFrame& f, std::vector<QRectF>& taken)
{
    const qreal r = f.layout->radius();
    const qreal window = qreal(std::max<qint64>(1, f.index->wakeWindow()));
    // Only the latest few: a hundred arrows say nothing.
    constexpr std::size_t MaxArrows = 8;
    std::vector<const ActorSnapshot*> woken;
    for (const ActorSnapshot& a : f.snapshot->actors) {
        if (a.wake && a.wake->from >= 0 && a.wake->from != a.actor && a.alive && visible(f, a.actor)
            && visible(f, a.wake->from))
            woken.push_back(&a);
    }
    // The latest first: they get their words when words would overlap.
    const std::size_t shown = std::min(MaxArrows, woken.size());
    std::partial_sort(woken.begin(), woken.begin() + std::ptrdiff_t(shown), woken.end(),
        [](const ActorSnapshot* x, const ActorSnapshot* y) { return x->wake->sent > y->wake->sent; });
    woken.resize(shown);
    for (const ActorSnapshot* w : woken) {
        const ActorSnapshot& a = *w;
        // Full strength until the woken actor runs, then fading.
        const qreal fade = 1.0 - qreal(std::max<qint64>(0, f.snapshot->time - a.wake->time)) / window;
        const QColor c = withAlpha(SceneStyle::flowColor(a.wake->kind, f.dark), std::max(0.2, fade));
        const QPointF src = f.positions[std::size_t(a.wake->from)];
        const QPointF dst = f.positions[std::size_t(a.actor)];
        const QPointF from = SceneGlyphs::towards(src, dst, r * 1.05);
        const QPointF to = SceneGlyphs::towards(dst, src, r * 1.1);
        SceneGlyphs::arrow(p, from, to, 0.25, c, std::max(1.8, r * 0.12), Qt::SolidLine, std::max(7.0, r * 0.5));
        label(p, from, to, 0.25, { 0.5, 0.35, 0.65, 0.2, 0.8 }, flowWord(a.wake->kind), c, f, taken);
    }
}

void TokenPainter::paintDeadlock(QPainter& p, const SceneFrame& f)
{
    const SceneSnapshot& s = *f.snapshot;
    if (!s.deadlock)
        return;
    const qreal r = f.layout->radius();
    const QColor red = SceneStyle::alarm(f.dark);
    const DeadlockInfo& d = *s.deadlock;
    bool stands = !d.actors.empty();
    for (std::size_t i = 0; i < d.actors.size() && stands; ++i)
        stands = s.actors[std::size_t(d.actors[i])].waitsOn == d.resources[i] && visible(f, d.actors[i]);
    if (!stands) {
        // No cycle (a lost wake-up), or the run was stopped since: ring whoever is still stuck.
        for (int a : d.stuck) {
            if (visible(f, a) && s.actors[std::size_t(a)].alive) {
                p.setPen(QPen(red, 2.5, Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawEllipse(f.positions[std::size_t(a)], r * 1.3, r * 1.3);
            }
        }
        return;
    }
    // Waiter -> the thing it waits for, where the next in the cycle holds it -> that holder.
    for (std::size_t i = 0; i < d.actors.size(); ++i) {
        const int waiter = d.actors[i];
        const int holder = d.actors[(i + 1) % d.actors.size()];
        const QPointF from = f.positions[std::size_t(waiter)];
        p.setPen(QPen(red, 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(from, r * 1.25, r * 1.25);
        const std::optional<QPointF> held = f.layout->holdPoint(holder, d.resources[i]);
        if (!held)
            continue;
        const QPointF heldAt
            = (f.layout->token(holder)->place == Place::Holding && f.layout->token(holder)->resource == d.resources[i])
            ? f.positions[std::size_t(holder)]
            : *held;
        SceneGlyphs::arrow(p, SceneGlyphs::towards(from, heldAt, r * 1.3), SceneGlyphs::towards(heldAt, from, r * 1.15),
            0.18, red, std::max(2.5, r * 0.15), Qt::SolidLine, std::max(9.0, r * 0.6));
        if (heldAt != f.positions[std::size_t(holder)]) {
            // The hold mark is the holder's: follow it to the holder itself.
            SceneGlyphs::arrow(p, SceneGlyphs::towards(heldAt, f.positions[std::size_t(holder)], r * 1.05),
                SceneGlyphs::towards(f.positions[std::size_t(holder)], heldAt, r * 1.3), 0.3, red, 2, Qt::DashLine,
                std::max(7.0, r * 0.45));
        }
    }
}

} // namespace interleave
