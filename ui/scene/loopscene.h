// SPDX-License-Identifier: MIT
#pragma once

#include "scene/scenelayout.h"

#include <QCoreApplication>

class QPainter;

namespace interleave {

struct SceneFrame;

// The picture of an event loop (SceneFamily::Loop): the loop as a wheel, the task whose step runs now
// at its hub and the thread that drives it on its rim; the ready queue lined up under it, first to
// run on the left; and every task that awaits something parked at it, on the right: at a timer while
// it sleeps, at a lock, a queue, an event, a future or a socket (cards like the threads picture's).
class LoopScene {
    Q_DECLARE_TR_FUNCTIONS(LoopScene)
public:
    static SceneLayout frame(const SceneIndex& index, QSizeF size);
    static void place(SceneLayout& l, const SceneSnapshot& s);
    static void paint(QPainter& p, const SceneFrame& f); // under the tokens
    static void paintOver(QPainter& p, const SceneFrame& f); // over them

private:
    static bool tryFit(SceneLayout& l, const SceneIndex& index, QSizeF size, qreal r, bool force);
};

} // namespace interleave
