// SPDX-License-Identifier: MIT
#pragma once

#include "scene/scenelayout.h"

#include <QCoreApplication>

class QPainter;

namespace interleave {

struct SceneFrame;

class LoopScene {
    Q_DECLARE_TR_FUNCTIONS(LoopScene)
public:
    static SceneLayout frame(const SceneIndex& index, QSizeF size);
    static void place(SceneLayout& l, const SceneSnapshot& s);
    static void paint(QPainter& p, const SceneFrame& f); // under the tokens
    static void paintOver(QPainter& p, const SceneFrame& f); // over them
};

} // namespace interleave
