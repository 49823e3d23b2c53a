// SPDX-License-Identifier: MIT
#include "timeline/timelineview.h"

#include "timeline/timelinepainter.h"
#include "timeline/timelinetheme.h"
#include "timeline/timelinetooltip.h"
#include "timeline/timelineviewimpl.h"

#include <QEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace interleave {

TimelineView::Impl::Impl(TimelineView* view)
    : q(view)
{
    // The window shows the title, parameters and outcome in its own panels.
    options.showTitle = false;
    options.showParams = false;
}

// Computed when the size, trace or options change, never per frame: painting and hit testing
// share it.
void TimelineView::Impl::ensureLayout()
{
    if (layoutValid && layoutSize == q->size())
        return;
    const QRectF target(QPointF(0, 0), QSizeF(q->size()));
    PaintOptions o = options;
    o.laneHeight = 0;
    o.scrollY = 0;
    o.grouping
        = trace.actors().size() > MaxScrollingLanes ? PaintOptions::Grouping::Auto : PaintOptions::Grouping::Never;
    layout = TimelinePainter::layout(target, trace, o);
    scrolling = false;
    if (!trace.isEmpty() && layout.laneHeight < MinLaneHeight) {
        // Scrolling lanes keep the grouping the fitted ones chose: groups when lanes were too thin.
        o.grouping = layout.groups ? PaintOptions::Grouping::Always : PaintOptions::Grouping::Never;
        o.briefLegend = layout.briefLegend; // squeezed lanes: the legend leaves them the room
        o.laneHeight = MinLaneHeight;
        layout = TimelinePainter::layout(target, trace, o);
        scrolling = layout.contentHeight > layout.lanesRect.height() + 0.5;
    }
    options.laneHeight = o.laneHeight;
    options.grouping = o.grouping;
    options.scrollY = std::clamp<qreal>(options.scrollY, 0, maxScroll());
    layout.scrollY = options.scrollY;
    map.setPixelSpan(layout.plotRect.left(), std::max<qreal>(layout.plotRect.width(), 1));
    layoutValid = true;
    layoutSize = q->size();
    updateScrollBar();
    updateHBar();
}

void TimelineView::Impl::invalidateLayout()
{
    layoutValid = false;
    ensureLayout();
    q->update();
}

qreal TimelineView::Impl::maxScroll() const
{
    return scrolling ? std::max<qreal>(0, layout.contentHeight - layout.lanesRect.height()) : 0;
}

void TimelineView::Impl::updateScrollBar()
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

void TimelineView::Impl::setScrollY(qreal y)
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
void TimelineView::Impl::rangeChanged()
{
    const auto range = q->visibleRange();
    if (range != emittedRange) {
        emittedRange = range;
        emit q->visibleRangeChanged(range.first, range.second);
    }
    updateHBar();
    q->update();
}

void TimelineView::Impl::updateHBar()
{
    const qreal whole = map.limitEnd - map.limitStart;
    const bool zoomed = whole > 0 && map.span() < whole * (1 - 1e-9);
    hbar->setVisible(zoomed);
    if (!zoomed)
        return;
    // In the layout's bottom margin, under the plot.
    const int h = std::min(q->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, hbar), 10);
    hbar->setGeometry(int(layout.plotRect.left()), q->height() - h - 1, int(layout.plotRect.width()), h);
    const int page = std::clamp(int(std::lround(map.span() / whole * HBarUnits)), 1, HBarUnits);
    const QSignalBlocker block(hbar);
    hbar->setRange(0, HBarUnits - page);
    hbar->setPageStep(page);
    hbar->setSingleStep(std::max(1, page / 10));
    hbar->setValue(int(std::lround((map.start - map.limitStart) / whole * HBarUnits)));
}

void TimelineView::Impl::scrollTo(int hbarValue)
{
    const qreal span = map.span();
    // The thumb's units are coarse at a deep zoom: its end stop must still show the run's end.
    const qreal start = hbarValue >= hbar->maximum()
        ? map.limitEnd - span
        : map.limitStart + qreal(hbarValue) / HBarUnits * (map.limitEnd - map.limitStart);
    map.setRange(start, start + span);
    rangeChanged();
}

// The playhead moved: keep it in view. While playing the view pages ahead (the playhead starts
// again near the left); a jump elsewhere centres it.
void TimelineView::Impl::followPlayhead(qint64 t)
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

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Impl>(this))
{
    d->vbar = new QScrollBar(Qt::Vertical, this);
    d->vbar->setFocusPolicy(Qt::NoFocus);
    d->vbar->hide();
    connect(d->vbar, &QScrollBar::valueChanged, this, [this](int v) { d->setScrollY(v); });
    d->hbar = new QScrollBar(Qt::Horizontal, this);
    d->hbar->setFocusPolicy(Qt::NoFocus);
    d->hbar->hide();
    connect(d->hbar, &QScrollBar::valueChanged, this, [this](int v) { d->scrollTo(v); });
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
    if (!keepView)
        d->options.expandedGroups.clear(); // another run: its groups start collapsed
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

const Trace& TimelineView::trace() const
{
    return d->trace;
}

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

bool TimelineView::showLegend() const
{
    return d->options.showLegend;
}

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

int TimelineView::selectedActor() const
{
    return d->options.selectedActor;
}

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

QRectF TimelineView::actorNameRect(int actor) const
{
    d->ensureLayout();
    const TimelineLayout::Row* row = d->layout.actorRow(actor);
    if (!row)
        return {};
    const QRectF r(d->layout.nameRect.left(), d->layout.rowTop(*row), d->layout.nameRect.width(), row->height);
    return r.intersected(d->layout.lanesRect);
}

int TimelineView::rowCount() const
{
    d->ensureLayout();
    return int(d->layout.rows.size());
}

void TimelineView::Impl::toggleGroup(int group)
{
    if (!layout.groups || group < 0 || std::size_t(group) >= layout.groups->groups().size())
        return;
    const QString& key = layout.groups->groups()[std::size_t(group)].key;
    if (!options.expandedGroups.removeOne(key))
        options.expandedGroups << key;
    invalidateLayout();
}

QSize TimelineView::sizeHint() const
{
    return { 900, 320 };
}

QSize TimelineView::minimumSizeHint() const
{
    return { 320, 140 };
}

void TimelineView::zoomIn()
{
    d->ensureLayout();
    const qreal x = d->map.mapTimeToX(qreal(d->playhead()));
    const bool playheadShown = d->playback && d->inPlotX(QPointF(x, 0));
    d->map.zoom(Impl::KeyZoom, playheadShown ? x : d->layout.plotRect.center().x());
    d->rangeChanged();
}

void TimelineView::zoomOut()
{
    d->ensureLayout();
    const qreal x = d->map.mapTimeToX(qreal(d->playhead()));
    const bool playheadShown = d->playback && d->inPlotX(QPointF(x, 0));
    d->map.zoom(1 / Impl::KeyZoom, playheadShown ? x : d->layout.plotRect.center().x());
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

void TimelineView::paintEvent(QPaintEvent*)
{
    d->ensureLayout();
    QPainter p(this);
    if (d->trace.isEmpty()) {
        const TimelineTheme theme = TimelineTheme::of(d->options.dark);
        p.fillRect(rect(), theme.background);
        p.setPen(theme.mutedText);
        p.setFont(TimelineTheme::font(13));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
            tr("No run yet. Here a run's timeline will be drawn: a lane for each thread, task and process with its "
               "states over time, and an arrow for who woke whom."));
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

} // namespace interleave
