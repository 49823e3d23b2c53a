// SPDX-License-Identifier: MIT
// The TimelineView's input: wheel zoom and lane scrolling, pan, scrub, select, tooltips and keys.
// Hit testing goes through the cached TimelineLayout (binary searches): nothing here visits events.
#include "timeline/timelineviewimpl.h"

#include "timeline/timelinetooltip.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace interleave {

// The axis strip (and the annotation strip under it): a click there moves the playhead.
bool TimelineView::Impl::inAxisStrip(QPointF pos) const
{
    return inPlotX(pos) && pos.y() >= layout.axisRect.top()
        && pos.y() < std::max(layout.axisRect.bottom(), layout.annotationRect.bottom());
}

bool TimelineView::Impl::nearPlayhead(QPointF pos) const
{
    if (!playback || pos.y() < layout.axisRect.top() || pos.y() > layout.plotRect.bottom())
        return false;
    const qreal x = map.mapTimeToX(qreal(playhead()));
    return inPlotX(QPointF(x, 0)) && std::abs(pos.x() - x) <= PlayheadGrab;
}

qint64 TimelineView::Impl::timeAt(qreal x) const
{
    const qreal clampedX = std::clamp(x, layout.plotRect.left(), layout.plotRect.right());
    return qint64(std::llround(std::clamp(map.mapXToTime(clampedX), map.start, map.end)));
}

void TimelineView::Impl::scrubTo(QPointF pos)
{
    if (playback)
        playback->seek(timeAt(pos.x()));
}

void TimelineView::Impl::setSelection(qint64 from, qint64 to)
{
    if (to < from)
        std::swap(from, to);
    if (from == options.selectionFrom && to == options.selectionTo)
        return;
    options.selectionFrom = from;
    options.selectionTo = to;
    emit q->selectionChanged(from, to);
    q->update();
}

void TimelineView::Impl::selectEvent(qint64 time, int actor)
{
    if (actor >= 0)
        q->setSelectedActor(actor);
    emit q->eventSelected(time, actor);
    if (playback)
        playback->seek(time);
}

// A click that did not become a drag: select what is under it.
void TimelineView::Impl::click(QPointF pos)
{
    using K = TimelineHit::Kind;
    const TimelineHit hit = layout.hitTest(pos, trace, map);
    switch (hit.kind) {
    case K::State:
        selectEvent(trace.states(hit.actor)[hit.index].start, hit.actor);
        break;
    case K::Hold: {
        const HoldInterval& h = trace.holds(hit.resource)[hit.index];
        selectEvent(h.start, h.actor);
        break;
    }
    case K::Counter:
        selectEvent(trace.counter(hit.resource)[hit.index].time, -1);
        break;
    case K::Instant: {
        const Instant& in = trace.instants()[hit.index];
        selectEvent(in.time, in.actor);
        break;
    }
    case K::GroupName:
        toggleGroup(hit.group);
        break;
    case K::ActorName:
    case K::Nothing:
        // An actor's lane before it started still selects it; empty space clears.
        q->setSelectedActor(hit.actor);
        break;
    default:
        break;
    }
}

void TimelineView::Impl::updateCursor(QPointF pos)
{
    if (drag == Drag::Pan)
        q->setCursor(Qt::ClosedHandCursor);
    else if (drag == Drag::Scrub || (drag == Drag::None && playback && (nearPlayhead(pos) || inAxisStrip(pos))))
        q->setCursor(Qt::SplitHCursor);
    else
        q->unsetCursor();
}

bool TimelineView::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            e->ignore();
        } else {
            // A small area: moving off it hides the tip, and the next one names the next thing.
            const QRect area(help->pos() - QPoint(3, 3), QSize(7, 7));
            QToolTip::showText(help->globalPos(), TimelineToolTip::toRichText(text), this, area);
        }
        return true;
    }
    if (e->type() == QEvent::ShortcutOverride) {
        // Escape clears a range selection before the window's Stop sees it.
        auto* key = static_cast<QKeyEvent*>(e);
        if (key->key() == Qt::Key_Escape && selection()) {
            e->accept();
            return true;
        }
    }
    return QWidget::event(e);
}

void TimelineView::wheelEvent(QWheelEvent* e)
{
    d->ensureLayout();
    const QPoint angle = e->angleDelta();
    if (e->modifiers() & Qt::ShiftModifier) {
        // Some platforms turn Shift+wheel into a horizontal wheel.
        const int delta = angle.y() != 0 ? angle.y() : angle.x();
        if (!d->scrolling || delta == 0) {
            e->ignore();
            return;
        }
        d->setScrollY(d->options.scrollY - delta / 120.0 * 3 * d->layout.laneHeight);
        e->accept();
        return;
    }
    if (std::abs(angle.x()) > std::abs(angle.y())) {
        // A horizontal wheel or a sideways swipe pans.
        d->map.pan(angle.x() / 120.0 * d->layout.plotRect.width() / 10);
        d->rangeChanged();
        e->accept();
        return;
    }
    if (angle.y() == 0) {
        e->ignore();
        return;
    }
    const qreal x = std::clamp(e->position().x(), d->layout.plotRect.left(), d->layout.plotRect.right());
    d->map.zoom(std::pow(Impl::WheelZoomPerNotch, angle.y() / 120.0), x);
    d->rangeChanged();
    e->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* e)
{
    d->ensureLayout();
    const QPointF pos = e->position();
    d->pressPos = d->lastPos = pos;
    if (e->button() == Qt::MiddleButton) {
        d->drag = Impl::Drag::Pan;
    } else if (e->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(e);
        return;
    } else if ((e->modifiers() & Qt::ShiftModifier) && d->inPlotX(pos) && pos.y() >= d->layout.axisRect.top()
        && pos.y() <= d->layout.plotRect.bottom()) {
        d->drag = Impl::Drag::Select;
        d->selectAnchor = d->timeAt(pos.x());
    } else if (d->playback && (d->nearPlayhead(pos) || d->inAxisStrip(pos))) {
        d->drag = Impl::Drag::Scrub;
        d->scrubTo(pos);
    } else {
        d->drag = Impl::Drag::Press;
    }
    d->updateCursor(pos);
    e->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent* e)
{
    d->ensureLayout();
    const QPointF pos = e->position();
    switch (d->drag) {
    case Impl::Drag::Press:
        if ((pos - d->pressPos).manhattanLength() < QApplication::startDragDistance())
            break;
        d->drag = Impl::Drag::Pan;
        [[fallthrough]];
    case Impl::Drag::Pan: {
        const QPointF delta = pos - d->lastPos;
        d->lastPos = pos;
        d->map.pan(delta.x());
        if (d->scrolling)
            d->setScrollY(d->options.scrollY - delta.y());
        d->rangeChanged();
        break;
    }
    case Impl::Drag::Scrub:
        d->scrubTo(pos);
        break;
    case Impl::Drag::Select:
        d->setSelection(d->selectAnchor, d->timeAt(pos.x()));
        break;
    case Impl::Drag::None:
        break;
    }
    d->updateCursor(pos);
    e->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* e)
{
    const QPointF pos = e->position();
    const Impl::Drag drag = d->drag;
    d->drag = Impl::Drag::None;
    if (drag == Impl::Drag::Press) {
        d->click(d->pressPos);
    } else if (drag == Impl::Drag::Select) {
        // A shift-click without a drag clears rather than selecting nothing.
        if (std::abs(pos.x() - d->pressPos.x()) < 2)
            clearSelection();
        else
            d->setSelection(d->selectAnchor, d->timeAt(pos.x()));
    }
    d->updateCursor(pos);
    e->accept();
}

void TimelineView::keyPressEvent(QKeyEvent* e)
{
    const bool ctrl = e->modifiers() & Qt::ControlModifier;
    const int key = e->key();
    if (e->matches(QKeySequence::ZoomIn) || (ctrl && (key == Qt::Key_Equal || key == Qt::Key_Plus)))
        zoomIn();
    else if (e->matches(QKeySequence::ZoomOut) || (ctrl && key == Qt::Key_Minus))
        zoomOut();
    else if (ctrl && key == Qt::Key_0)
        fit();
    else if (key == Qt::Key_Escape && selection())
        clearSelection();
    else if (d->scrolling && (key == Qt::Key_Up || key == Qt::Key_Down))
        d->setScrollY(d->options.scrollY + (key == Qt::Key_Up ? -1 : 1) * d->layout.laneHeight);
    else if (d->scrolling && (key == Qt::Key_PageUp || key == Qt::Key_PageDown))
        d->setScrollY(d->options.scrollY + (key == Qt::Key_PageUp ? -1 : 1) * d->layout.lanesRect.height());
    else {
        QWidget::keyPressEvent(e);
        return;
    }
    e->accept();
}

} // namespace interleave
