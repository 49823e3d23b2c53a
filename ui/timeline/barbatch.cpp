// SPDX-License-Identifier: MIT
#include "timeline/barbatch.h"

#include "timeline/rectfill.h"
#include "timeline/statestyle.h"

#include <QPainter>

namespace interleave {

BarBatch::BarBatch(bool dark)
    : m_dark(dark)
{
    for (int s = 0; s < StateCount; ++s)
        m_pattern[std::size_t(s)] = StateStyle::of(State(s), dark).pattern;
}

void BarBatch::addState(const QRectF& r, State s, bool outline)
{
    if (r.width() <= 0 || r.height() <= 0)
        return;
    const auto i = std::size_t(s);
    // Patterns need room to be seen; a sliver shows its colour only.
    const auto pattern = m_pattern[i];
    const bool patterned = pattern != StateStyle::Pattern::Solid && pattern != StateStyle::Pattern::Outline;
    if (patterned && r.width() >= 4 && r.height() >= 4)
        m_patterned[i].push_back(r);
    else
        m_fill[i].push_back(r);
    if ((outline || pattern == StateStyle::Pattern::Outline) && r.width() >= 3 && r.height() >= 3)
        m_outlined[i].push_back(r);
}

void BarBatch::addPlain(const QRectF& r, const QColor& fill, const QColor& frame)
{
    if (r.width() <= 0 || r.height() <= 0)
        return;
    Group* g = nullptr;
    for (Group& candidate : m_plain) {
        if (candidate.fill == fill && candidate.frame == frame)
            g = &candidate;
    }
    if (!g) {
        m_plain.push_back({ fill, frame, {}, {} });
        g = &m_plain.back();
    }
    g->rects.push_back(r);
    if (frame.alpha() > 0 && r.width() >= 3)
        g->framed.push_back(r);
}

void BarBatch::paint(QPainter& p)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    for (int s = 0; s < StateCount; ++s) {
        const auto i = std::size_t(s);
        if (!m_fill[i].empty())
            RectFill::fill(p, m_fill[i], StateStyle::of(State(s), m_dark).fill);
        if (!m_patterned[i].empty())
            StateStyle::paintPatterns(p, m_patterned[i], State(s), m_dark);
    }
    for (const Group& g : m_plain)
        RectFill::fill(p, g.rects, g.fill);
    for (int s = 0; s < StateCount; ++s) {
        const auto i = std::size_t(s);
        if (!m_outlined[i].empty())
            RectFill::frame(p, m_outlined[i], StateStyle::of(State(s), m_dark).outline);
    }
    for (const Group& g : m_plain) {
        if (!g.framed.empty())
            RectFill::frame(p, g.framed, g.frame);
    }
    p.restore();
}

} // namespace interleave
