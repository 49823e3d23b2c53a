// SPDX-License-Identifier: MIT
#include "scene/loopscene.h"

#include "scene/scenepainter.h"

namespace interleave {

SceneLayout LoopScene::frame(const SceneIndex& index, QSizeF size)
{
    return SceneLayout::genericFrame(index, size);
}

void LoopScene::place(SceneLayout& l, const SceneSnapshot& s)
{
    l.placeGeneric(s);
}

void LoopScene::paint(QPainter&, const SceneFrame&) { }

void LoopScene::paintOver(QPainter&, const SceneFrame&) { }

} // namespace interleave
