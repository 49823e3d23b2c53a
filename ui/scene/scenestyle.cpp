// SPDX-License-Identifier: MIT
#include "scene/scenestyle.h"

#include "timeline/statestyle.h"

namespace interleave {

namespace {

QColor pick(bool dark, QRgb light, QRgb darkRgb)
{
    return QColor::fromRgb(dark ? darkRgb : light);
}

} // namespace

QColor SceneStyle::stateFill(State s, bool dark)
{
    // Live states take the timeline's colours; finished tokens are greyed instead of the timeline's
    // dark end markers, so they step back from the live ones.
    switch (s) {
    case State::Done:
        return pick(dark, 0xb9bec4, 0x5a6068);
    case State::Cancelled:
        return pick(dark, 0xc9cdd2, 0x4d535a);
    case State::Failed:
        return pick(dark, 0xf2b8b8, 0x6e2a2a);
    default:
        return StateStyle::of(s, dark).fill;
    }
}

QColor SceneStyle::stateInk(State s, bool dark)
{
    switch (s) {
    case State::Running:
    case State::Blocked:
    case State::Waiting:
    case State::Io:
    case State::Suspended:
        return dark ? QColor(0x10, 0x14, 0x18) : QColor(Qt::white);
    case State::Runnable:
        return pick(dark, 0x006b4e, 0x7fe0c1);
    case State::Sleeping:
        return pick(dark, 0x5c636a, 0xc9d1d9);
    case State::Done:
        return pick(dark, 0x3b4046, 0xc9d1d9);
    case State::Cancelled:
        return pick(dark, 0x5c636a, 0xa8b1bb);
    case State::Failed:
        return pick(dark, 0xd11a1a, 0xff7b72);
    }
    return Qt::black;
}

QColor SceneStyle::stateOutline(State s, bool dark)
{
    switch (s) {
    case State::Done:
    case State::Cancelled:
        return pick(dark, 0x7d848c, 0x8b939c);
    case State::Failed:
        return pick(dark, 0xd11a1a, 0xff5a5a);
    default:
        return StateStyle::of(s, dark).outline;
    }
}

QColor SceneStyle::notStartedFill(bool dark)
{
    return pick(dark, 0xf1f3f5, 0x2a2f35);
}
QColor SceneStyle::background(bool dark)
{
    return pick(dark, 0xffffff, 0x16191d);
}
QColor SceneStyle::panel(bool dark)
{
    return pick(dark, 0xf4f6f8, 0x20252b);
}
QColor SceneStyle::panelBorder(bool dark)
{
    return pick(dark, 0xc9ced4, 0x3d444c);
}
QColor SceneStyle::text(bool dark)
{
    return pick(dark, 0x1f2328, 0xe6edf3);
}
QColor SceneStyle::mutedText(bool dark)
{
    return pick(dark, 0x656d76, 0x9aa4ae);
}
QColor SceneStyle::slot(bool dark)
{
    return pick(dark, 0xaab1b9, 0x59616a);
}

QColor SceneStyle::lockBody(bool locked, bool dark)
{
    return locked ? pick(dark, 0x8f3f00, 0xffb283) : pick(dark, 0x7d848c, 0x8b939c);
}

QColor SceneStyle::flagColor(bool set, bool dark)
{
    return set ? pick(dark, 0x009e73, 0x2bb58d) : pick(dark, 0x9aa0a6, 0x6b737b);
}

QColor SceneStyle::alarm(bool dark)
{
    return pick(dark, 0xd11a1a, 0xff5a5a);
}
QColor SceneStyle::good(bool dark)
{
    return pick(dark, 0x1a7f37, 0x3fb950);
}

QColor SceneStyle::flowColor(FlowKind k, bool dark)
{
    return StateStyle::flowColor(k, dark);
}

} // namespace interleave
