// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/paintoptions.h"
#include "trace/trace.h"

#include <QFont>
#include <QRectF>

#include <vector>

namespace interleave {

struct PaintContext;

// The lines above the timeline: the scenario's title and id, its parameters, and the outcome in
// plain words ("counter 3,412 of 4,000: 588 updates lost", "Deadlock: ...").
class HeaderPainter {
public:
    enum class Role { Title, Id, Normal, Muted, Bad, Good };
    struct Segment {
        QString text;
        Role role = Role::Normal;
    };
    struct Placed {
        QString text;
        Role role;
        QFont font;
        QPointF baseline; // relative to the header's top-left
    };

    // Segments per line, before wrapping.
    static std::vector<std::vector<Segment>> content(const Trace& trace, const PaintOptions& options);
    // The outcome as segments; exposed for tests and the window's outcome panel.
    static std::vector<Segment> outcome(const QVariantMap& outcome);
    // Wraps the content into `width`; returns the placed segments and sets *height.
    static std::vector<Placed> place(const Trace& trace, const PaintOptions& options, qreal width, qreal* height);
    static void paint(const PaintContext& ctx);
    static QFont fontFor(Role role);
};

} // namespace interleave
