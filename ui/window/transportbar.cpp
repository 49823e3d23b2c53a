// SPDX-License-Identifier: MIT
#include "window/transportbar.h"

#include "playback/playback.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSlider>
#include <QToolButton>

#include <cmath>

namespace interleave {

namespace {

constexpr int ScrubSteps = 100000;

} // namespace

TransportBar::TransportBar(Playback* playback, QWidget* parent)
    : QWidget(parent)
    , m_playback(playback)
{
    setObjectName(QStringLiteral("transportBar"));
    m_previous = new QToolButton(this);
    m_play = new QToolButton(this);
    m_next = new QToolButton(this);
    for (QToolButton* b : { m_previous, m_play, m_next }) {
        b->setAutoRaise(true);
        b->setIconSize(QSize(22, 22));
    }

    m_scrub = new QSlider(Qt::Horizontal, this);
    m_scrub->setObjectName(QStringLiteral("scrubSlider"));
    m_scrub->setRange(0, ScrubSteps);
    m_scrub->setToolTip(tr("Drag to move the playhead"));
    m_scrub->setFocusPolicy(Qt::NoFocus); // the arrow keys step between events, not the slider

    m_timeLabel = new QLabel(this);
    m_timeLabel->setObjectName(QStringLiteral("timeLabel"));
    m_timeLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_timeLabel->setToolTip(tr("Time at the playhead / length of the run"));

    auto* speedCaption = new QLabel(tr("Speed"), this);
    m_speed = new QSlider(Qt::Horizontal, this);
    m_speed->setObjectName(QStringLiteral("speedSlider"));
    m_speed->setRange(speedToPosition(Playback::MinSpeed), speedToPosition(Playback::MaxSpeed));
    m_speed->setPageStep(StepsPerDecade);
    m_speed->setTickInterval(StepsPerDecade);
    m_speed->setTickPosition(QSlider::TicksBelow);
    // It gives way to the playhead's slider in a narrow window (that one needs the room more).
    m_speed->setMinimumWidth(90);
    m_speed->setMaximumWidth(180);
    m_speed->setFocusPolicy(Qt::NoFocus);
    m_speed->setToolTip(tr("Replay speed, from 100x real time down to 1e-5x (a microsecond lasts 0.1 s)"));
    speedCaption->setBuddy(m_speed);
    m_speedLabel = new QLabel(this);
    m_speedLabel->setObjectName(QStringLiteral("speedLabel"));
    m_speedLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_speedLabel->setMinimumWidth(m_speedLabel->fontMetrics().horizontalAdvance(QStringLiteral("0.0001x ")));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_previous);
    layout->addWidget(m_play);
    layout->addWidget(m_next);
    layout->addWidget(m_timeLabel);
    m_scrub->setMinimumWidth(120);
    layout->addWidget(m_scrub, 3);
    layout->addSpacing(12);
    layout->addWidget(speedCaption);
    layout->addWidget(m_speed, 1);
    layout->addWidget(m_speedLabel);

    connect(m_scrub, &QSlider::valueChanged, this, [this](int value) {
        if (m_syncing)
            return;
        const qint64 duration = m_playback->trace().duration();
        m_playback->seek(qint64(std::llround(double(duration) * value / ScrubSteps)));
    });
    connect(m_speed, &QSlider::valueChanged, this, [this](int value) {
        if (!m_syncing)
            m_playback->setSpeed(positionToSpeed(value));
    });
    connect(m_playback, &Playback::timeChanged, this, &TransportBar::syncTime);
    connect(m_playback, &Playback::speedChanged, this, &TransportBar::syncSpeed);
    syncTime();
    syncSpeed();
}

void TransportBar::setActions(QAction* previous, QAction* playPause, QAction* next)
{
    m_previous->setDefaultAction(previous);
    m_play->setDefaultAction(playPause);
    m_next->setDefaultAction(next);
}

int TransportBar::speedToPosition(double speed)
{
    return int(std::lround(std::log10(speed) * StepsPerDecade));
}

double TransportBar::positionToSpeed(int position)
{
    return std::pow(10.0, double(position) / StepsPerDecade);
}

QString TransportBar::formatSpeed(double speed)
{
    // Two significant digits; below a thousandth as "3.2e-5x", which reads better than 0.000032x.
    if (speed >= 10)
        return QLocale().toString(qint64(std::llround(speed))) + QLatin1Char('x');
    if (speed >= 1e-3)
        return QLocale().toString(speed, 'g', 2) + QLatin1Char('x');
    int exponent = int(std::floor(std::log10(speed)));
    double mantissa = speed / std::pow(10.0, exponent);
    if (std::round(mantissa * 10) >= 100) { // 9.96e-5 rounds up to 1e-4
        mantissa /= 10;
        ++exponent;
    }
    const QString m = std::abs(mantissa - std::round(mantissa)) < 0.05 ? QString::number(std::lround(mantissa))
                                                                       : QLocale().toString(mantissa, 'f', 1);
    return QStringLiteral("%1e%2x").arg(m).arg(exponent);
}

QString TransportBar::formatTime(qint64 ns)
{
    const QLocale locale;
    const double v = double(ns);
    if (ns < 1000)
        return tr("%1 ns").arg(ns);
    if (ns < 1000000)
        return tr("%1 \u00b5s").arg(locale.toString(v / 1e3, 'f', 3));
    if (ns < 1000000000)
        return tr("%1 ms").arg(locale.toString(v / 1e6, 'f', 3));
    return tr("%1 s").arg(locale.toString(v / 1e9, 'f', 3));
}

QString TransportBar::speedText() const
{
    return m_speedLabel->text();
}

QString TransportBar::timeText() const
{
    return m_timeLabel->text();
}

void TransportBar::syncTime()
{
    const QScopedValueRollback guard(m_syncing, true);
    const qint64 duration = m_playback->trace().duration();
    const qint64 now = m_playback->time();
    m_scrub->setEnabled(duration > 0);
    m_scrub->setValue(duration > 0 ? int(std::llround(double(now) * ScrubSteps / double(duration))) : 0);
    const QString total = formatTime(duration);
    m_timeLabel->setText(formatTime(now) + QLatin1String(" / ") + total);
    // Room for the widest time ("999.999 ms"), so the slider does not shift while the playhead moves.
    m_timeLabel->setMinimumWidth(
        m_timeLabel->fontMetrics().horizontalAdvance(formatTime(999999) + QLatin1String(" / ") + total));
}

void TransportBar::syncSpeed()
{
    const QScopedValueRollback guard(m_syncing, true);
    m_speed->setValue(speedToPosition(m_playback->speed()));
    m_speedLabel->setText(formatSpeed(m_playback->speed()));
}

} // namespace interleave
