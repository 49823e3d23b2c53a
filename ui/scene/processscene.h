// SPDX-License-Identifier: MIT
#pragma once

#include "scene/scenelayout.h"

#include <QCoreApplication>

class QPainter;

namespace interleave {

struct SceneFrame;

// The picture of child processes (SceneFamily::Process): every process a box of its own (its own
// memory: its threads never leave it), the parent on the left and the children on the right; between
// them the memory they share (values, arrays, the locks that guard them) and the channels (queues,
// pipes) with the messages on their way drawn as envelopes inside. A process that waits for a lock or
// a message stays in its box, tied to what it waits for by a dashed line.
class ProcessScene {
    Q_DECLARE_TR_FUNCTIONS(ProcessScene)
public:
    static SceneLayout frame(const SceneIndex& index, QSizeF size);
    static void place(SceneLayout& l, const SceneSnapshot& s);
    static void paint(QPainter& p, const SceneFrame& f); // under the tokens
    static void paintOver(QPainter& p, const SceneFrame& f); // over them

private:
    static bool tryFit(SceneLayout& l, const SceneIndex& index, QSizeF size, qreal r, bool force);
};

} // namespace interleave
