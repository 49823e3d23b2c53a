// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/paintoptions.h"
#include "trace/trace.h"

#include <QRectF>

#include <vector>

namespace interleave {

class LodIndex;
struct PaintContext;

// The key under the timeline: every state with its colour and pattern, the arrows and marks this
// run uses, and how holders and lost updates are shown.
class LegendPainter {
public:
    struct Item {
        enum class Kind { Section, State, Flow, Instant, Holder, Drop, WaitsFor, Group };
        Kind kind = Kind::State;
        int code = 0; // State, FlowKind or InstantKind
        QString label;
        QString hint; // the whole words when `label` is their brief form, for a tooltip; else empty
        QRectF rect; // relative to the legend's top-left, after place()
    };

    // groups: some lanes are lane groups, whose picture the legend then explains. brief: the names alone,
    // without their explanations in brackets (those become the items' hints), for a small picture.
    static std::vector<Item> items(const Trace& trace, const LodIndex& lod, bool groups = false, bool brief = false);
    // Flows the items into `width`; returns the height they take.
    static qreal place(std::vector<Item>& items, qreal width);
    static void paint(const PaintContext& ctx);
};

} // namespace interleave
