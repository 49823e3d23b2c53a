// SPDX-License-Identifier: MIT
#pragma once

#include "trace/types.h"

#include <QPointF>

class QPainter;

namespace interleave {

struct PaintContext;

// Notable moments: small marks on their actor's lane; deadlocks and exceptions also get a line
// across the lanes and their text in the band above them.
class InstantPainter {
public:
    static void paint(const PaintContext& ctx);
    static void paintAnnotations(const PaintContext& ctx);
    static void paintMarker(QPainter& p, QPointF centre, InstantKind kind, bool dark, qreal scale = 1);
    // The text shown for a notable instant: "Deadlock: ..." or "ValueError: ...".
    static QString annotation(InstantKind kind, const QString& text);
};

} // namespace interleave
