// SPDX-License-Identifier: MIT
#include "timeline/timelineview.h"

#include "playback/playback.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinetheme.h"
#include "timeline/timelinetooltip.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>
#include <QStyle>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace interleave {

namespace {

// Below this the lanes stop shrinking to fit and scroll instead: names and bars stay readable.
constexpr qreal MinLaneHeight = 18;
constexpr qreal PlayheadGrab = 4; // px either side of the playhead that grab it
constexpr qreal WheelZoomPerNotch = 1.25;
constexpr qreal KeyZoom = 2;

} // namespace

struct TimelineView::Impl {
    enum class Drag { None, Press, Pan, Scrub, Select };

    TimelineView* q;
    Trace trace;
    QPointer<Playback> playback;
    PaintOptions options;
    TimeMapping map;
    TimelineLayout layout;
    bool layoutValid = false;
    QSize layoutSize;
    bool scrolling = false;
    QScrollBar* vbar = nullptr;

    Drag drag = Drag::None;
    QPointF pressPos;
    QPointF lastPos;
    qint64 selectAnchor = 0;
    std::pair<qint64, qint64> emittedRange { -1, -1 };

    explicit Impl(TimelineView* view)
        : q(view)
    {
        // The window shows the title, parameters and outcome in its own panels.
        options.showTitle = false;
        options.showParams = false;
    }

    // Computed when the size, trace or options change, never per frame: painting and hit testing
    // share it.
    void ensureLayout()
    {
        if (layoutValid && layoutSize == q->size())
            return;
        const QRectF target(QPointF(0, 0), QSizeF(q->size()));
        PaintOptions o = options;
        o.laneHeight = 0;
        o.scrollY = 0;
        layout = TimelinePainter::layout(target, trace, o);
        scrolling = false;
        if (!trace.isEmpty() && layout.laneHeight < MinLaneHeight) {
            o.laneHeight = MinLaneHeight;
            layout = TimelinePainter::layout(target, trace, o);
            scrolling = layout.contentHeight > layout.lanesRect.height() + 0.5;
        }
        options.laneHeight = o.laneHeight;
        options.scrollY = std::clamp<qreal>(options.scrollY, 0, maxScroll());
        layout.scrollY = options.scrollY;
        map.setPixelSpan(layout.plotRect.left(), std::max<qreal>(layout.plotRect.width(), 1));
        layoutValid = true;
        layoutSize = q->size();
        updateScrollBar();
    }

    void invalidateLayout()
    {
        layoutValid = false;
        ensureLayout();
        q->update();
    }

    qreal maxScroll() const { return scrolling ? std::max<qreal>(0, layout.contentHeight - layout.lanesRect.height()) : 0; }

    void updateScrollBar()
    {
        vbar->setVisible(scrolling);
        if (!scrolling)
            return;
        // In the layout's right margin, beside the lanes: it never covers the plot.
        const int w = std::min(q->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, vbar), 14);
        vbar->setGeometry(q->width() - w - 1, int(layout.lanesRect.top()), w, int(layout.lanesRect.height()));
        const QSignalBlocker block(vbar);
        vbar->setRange(0, int(std::ceil(maxScroll())));
        vbar->setPageStep(std::max(1, int(layout.lanesRect.height())));
        vbar->setSingleStep(std::max(1, int(layout.laneHeight)));
        vbar->setValue(int(std::lround(options.scrollY)));
    }

    void setScrollY(qreal y)
    {
        ensureLayout();
        const qreal clamped = std::clamp<qreal>(y, 0, maxScroll());
        if (clamped == options.scrollY)
            return;
        options.scrollY = clamped;
        layout.scrollY = clamped;
        const QSignalBlocker block(vbar);
        vbar->setValue(int(std::lround(clamped)));
        q->update();
    }

    // After any change of the mapping: repaint and tell the window when the range moved.
    void rangeChanged()
    {
        const auto range = q->visibleRange();
        if (range != emittedRange) {
            emittedRange = range;
            emit q->visibleRangeChanged(range.first, range.second);
        }
        q->update();
    }

    qint64 playhead() const { return playback ? playback->time() : -1; }

    bool inPlotX(QPointF pos) const { return pos.x() >= layout.plotRect.left() && pos.x() <= layout.plotRect.right(); }

    // The axis strip (and the annotation strip under it): a click there moves the playhead.
    bool inAxisStrip(QPointF pos) const
    {
        return inPlotX(pos) && pos.y() >= layout.axisRect.top()
            && pos.y() < std::max(layout.axisRect.bottom(), layout.annotationRect.bottom());
    }

    bool nearPlayhead(QPointF pos) const
    {
        if (!playback || pos.y() < layout.axisRect.top() || pos.y() > layout.plotRect.bottom())
            return false;
        const qreal x = map.mapTimeToX(qreal(playhead()));
        return inPlotX(QPointF(x, 0)) && std::abs(pos.x() - x) <= PlayheadGrab;
    }

    qint64 timeAt(qreal x) const
    {
        const qreal clampedX = std::clamp(x, layout.plotRect.left(), layout.plotRect.right());
        return qint64(std::llround(std::clamp(map.mapXToTime(clampedX), map.start, map.end)));
    }

    void scrubTo(QPointF pos)
    {
        if (playback)
            playback->seek(timeAt(pos.x()));
    }

    void setSelection(qint64 from, qint64 to)
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

    void selectEvent(qint64 time, int actor)
    {
        if (actor >= 0)
            q->setSelectedActor(actor);
        emit q->eventSelected(time, actor);
        if (playback)
            playback->seek(time);
    }

    // A click that did not become a drag: select what is under it.
    void click(QPointF pos)
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
        case K::ActorName:
            q->setSelectedActor(hit.actor);
            break;
        case K::Nothing:
            // An actor's lane before it started still selects it; empty space clears.
            q->setSelectedActor(hit.actor);
            break;
        default:
            break;
        }
    }

    // The playhead moved: keep it in view. While playing the view pages ahead (the playhead starts
    // again near the left); a jump elsewhere centres it.
    void followPlayhead(qint64 t)
    {
        if (drag == Drag::Scrub || !playback || map.span() >= map.limitEnd - map.limitStart)
            return;
        const qreal x = map.mapTimeToX(qreal(t));
        const qreal margin = layout.plotRect.width() * 0.02;
        const qreal span = map.span();
        if (playback->isPlaying() && (x > layout.plotRect.right() - margin || x < layout.plotRect.left()))
            map.setRange(qreal(t) - span * 0.05, qreal(t) + span * 0.95);
        else if (qreal(t) < map.start || qreal(t) > map.end)
            map.setRange(qreal(t) - span / 2, qreal(t) + span / 2);
        else
            return;
        rangeChanged();
    }

    void updateCursor(QPointF pos)
    {
        if (drag == Drag::Pan)
            q->setCursor(Qt::ClosedHandCursor);
        else if (drag == Drag::Scrub || (drag == Drag::None && playback && (nearPlayhead(pos) || inAxisStrip(pos))))
            q->setCursor(Qt::SplitHCursor);
        else
            q->unsetCursor();
    }
};

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Impl>(this))
{
    d->vbar = new QScrollBar(Qt::Vertical, this);
    d->vbar->setFocusPolicy(Qt::NoFocus);
    d->vbar->hide();
    connect(d->vbar, &QScrollBar::valueChanged, this, [this](int v) { d->setScrollY(v); });
    d->map.fit(0);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    // The painter fills every pixel: nothing to erase first.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(minimumSizeHint());
}

TimelineView::~TimelineView() = default;

void TimelineView::setTrace(const Trace& trace, bool keepView)
{
    const TimeMapping old = d->map;
    d->trace = trace;
    d->invalidateLayout();
    const qint64 duration = trace.duration();
    const qreal pixel = old.nsPerPixel();
    const bool wasFit = old.start <= old.limitStart + pixel && old.end >= old.limitEnd - pixel;
    const bool showedEnd = old.end >= old.limitEnd - pixel;
    d->map.fit(duration);
    if (keepView && !wasFit) {
        // A growing run: the same zoom, and the newest events stay in view if they were.
        if (showedEnd)
            d->map.setRange(qreal(duration) - old.span(), qreal(duration));
        else
            d->map.setRange(old.start, old.end);
    }
    if (!keepView) {
        d->options.scrollY = 0;
        d->layout.scrollY = 0;
        d->updateScrollBar();
        clearSelection();
        setSelectedActor(-1);
    } else if (d->options.selectedActor >= int(trace.actors().size())) {
        setSelectedActor(-1);
    }
    d->rangeChanged();
}

const Trace& TimelineView::trace() const { return d->trace; }

void TimelineView::setPlayback(Playback* playback)
{
    if (d->playback)
        disconnect(d->playback, nullptr, this, nullptr);
    d->playback = playback;
    if (playback) {
        connect(playback, &Playback::timeChanged, this, [this](qint64 t) {
            d->followPlayhead(t);
            update();
        });
    }
    update();
}

void TimelineView::setDark(bool dark)
{
    if (d->options.dark == dark)
        return;
    d->options.dark = dark;
    update();
}

void TimelineView::setShowLegend(bool show)
{
    if (d->options.showLegend == show)
        return;
    d->options.showLegend = show;
    d->invalidateLayout();
}

bool TimelineView::showLegend() const { return d->options.showLegend; }

std::pair<qint64, qint64> TimelineView::visibleRange() const
{
    return { qint64(std::llround(d->map.start)), qint64(std::llround(d->map.end)) };
}

std::optional<std::pair<qint64, qint64>> TimelineView::selection() const
{
    if (d->options.selectionTo <= d->options.selectionFrom)
        return std::nullopt;
    return std::pair { d->options.selectionFrom, d->options.selectionTo };
}

int TimelineView::selectedActor() const { return d->options.selectedActor; }

void TimelineView::setVisibleRange(qint64 from, qint64 to)
{
    d->ensureLayout();
    d->map.setRange(qreal(from), qreal(to));
    d->rangeChanged();
}

QString TimelineView::toolTipAt(QPointF pos) const
{
    d->ensureLayout();
    return TimelineToolTip::text(d->layout.hitTest(pos, d->trace, d->map), d->trace, d->map);
}

qreal TimelineView::xForTime(qint64 time) const
{
    d->ensureLayout();
    return d->map.mapTimeToX(qreal(time));
}

qint64 TimelineView::timeAtX(qreal x) const
{
    d->ensureLayout();
    return qint64(std::llround(d->map.mapXToTime(x)));
}

QRectF TimelineView::plotRect() const
{
    d->ensureLayout();
    return d->layout.plotRect;
}

QRectF TimelineView::actorBarRect(int actor) const
{
    d->ensureLayout();
    const TimelineLayout::Row* row = d->layout.actorRow(actor);
    if (!row)
        return {};
    return d->layout.barRect(*row).intersected(d->layout.plotRect);
}

QSize TimelineView::sizeHint() const { return { 900, 320 }; }

QSize TimelineView::minimumSizeHint() const { return { 320, 140 }; }

void TimelineView::zoomIn()
{
    d->ensureLayout();
    const qreal x = d->map.mapTimeToX(qreal(d->playhead()));
    const bool playheadShown = d->playback && d->inPlotX(QPointF(x, 0));
    d->map.zoom(KeyZoom, playheadShown ? x : d->layout.plotRect.center().x());
    d->rangeChanged();
}

void TimelineView::zoomOut()
{
    d->ensureLayout();
    const qreal x = d->map.mapTimeToX(qreal(d->playhead()));
    const bool playheadShown = d->playback && d->inPlotX(QPointF(x, 0));
    d->map.zoom(1 / KeyZoom, playheadShown ? x : d->layout.plotRect.center().x());
    d->rangeChanged();
}

void TimelineView::fit()
{
    d->ensureLayout();
    d->map.fit(d->trace.duration());
    d->rangeChanged();
}

void TimelineView::clearSelection()
{
    if (d->options.selectionTo > d->options.selectionFrom || d->options.selectionFrom != 0)
        d->setSelection(0, 0);
}

void TimelineView::setSelectedActor(int actor)
{
    if (actor < -1 || actor >= int(d->trace.actors().size()))
        actor = -1;
    if (actor == d->options.selectedActor)
        return;
    d->options.selectedActor = actor;
    emit actorSelected(actor);
    update();
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

void TimelineView::paintEvent(QPaintEvent*)
{
    d->ensureLayout();
    QPainter p(this);
    if (d->trace.isEmpty()) {
        const TimelineTheme theme = TimelineTheme::of(d->options.dark);
        p.fillRect(rect(), theme.background);
        p.setPen(theme.mutedText);
        p.setFont(TimelineTheme::font(13));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No run yet: choose a scenario and press Run."));
        return;
    }
    PaintOptions o = d->options;
    o.playhead = d->playhead();
    TimelinePainter::paint(p, QRectF(rect()), d->trace, d->map, o, &d->layout);
}

void TimelineView::resizeEvent(QResizeEvent*)
{
    d->invalidateLayout();
    d->rangeChanged();
}

void TimelineView::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::FontChange || e->type() == QEvent::StyleChange)
        d->invalidateLayout();
    QWidget::changeEvent(e);
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
    d->map.zoom(std::pow(WheelZoomPerNotch, angle.y() / 120.0), x);
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
    const auto drag = d->drag;
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
