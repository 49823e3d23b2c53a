// SPDX-License-Identifier: MIT
#include "scene/processscene.h"

#include "scene/scenepainter.h"

namespace interleave {

SceneLayout ProcessScene::frame(const SceneIndex& index, QSizeF size)
{
    return SceneLayout::genericFrame(index, size);
}

void ProcessScene::place(SceneLayout& l, const SceneSnapshot& s)
{
    l.placeGeneric(s);
}

void ProcessScene::paint(QPainter&, const SceneFrame&) { }

void ProcessScene::paintOver(QPainter&, const SceneFrame&) { }

} // namespace interleave
