// SPDX-License-Identifier: MIT
#pragma once

#include "scene/scenelayout.h"

#include <QCoreApplication>
#include <QPointF>

#include <vector>

class QPainter;

namespace interleave {

// Everything one frame of the scene shows.
struct SceneFrame {
    const SceneIndex* index = nullptr;
    const SceneSnapshot* snapshot = nullptr;
    const SceneLayout* layout = nullptr;
    std::vector<QPointF> positions; // per actor: where its token is drawn now (between places while moving)
    bool dark = false;
};

// Paints the scene: the banner, the areas, the resources as objects, then the tokens and arrows
// (TokenPainter). One routine for the screen and for images.
class ScenePainter {
    Q_DECLARE_TR_FUNCTIONS(ScenePainter)
public:
    static void paint(QPainter& p, const SceneFrame& f);
    static QString placeTitle(Place place);

private:
    static void paintBanner(QPainter& p, const SceneFrame& f);
    static void paintAreas(QPainter& p, const SceneFrame& f);
    static void paintCard(QPainter& p, const SceneFrame& f, const SceneCard& c);
    static void paintDoorCard(QPainter& p, const SceneFrame& f, const SceneCard& c);
    static void paintWaitingRoom(QPainter& p, const SceneFrame& f, const SceneCard& c);
    static void paintValueCard(QPainter& p, const SceneFrame& f, const SceneCard& c);
};

} // namespace interleave
