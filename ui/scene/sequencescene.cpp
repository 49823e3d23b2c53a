// SPDX-License-Identifier: MIT
#include "scene/sequencescene.h"

#include "scene/scenepainter.h"

namespace interleave {

SceneLayout SequenceScene::frame(const SceneIndex& index, QSizeF size)
{
    return SceneLayout::genericFrame(index, size);
}

void SequenceScene::place(SceneLayout& l, const SceneSnapshot& s)
{
    l.placeGeneric(s);
}

void SequenceScene::paint(QPainter&, const SceneFrame&) { }

void SequenceScene::paintOver(QPainter&, const SceneFrame&) { }

} // namespace interleave
