// SPDX-License-Identifier: MIT
#pragma once

#include "trace/types.h"

#include <QColor>

namespace interleave {

// Every colour of the scene and the inspector in one place. State and flow colours come from the
// timeline's StateStyle, so a token and its lane always match.
class SceneStyle {
public:
    static QColor stateFill(State s, bool dark);
    static QColor stateInk(State s, bool dark); // a glyph drawn on the fill
    static QColor stateOutline(State s, bool dark);
    static QColor notStartedFill(bool dark);

    static QColor background(bool dark);
    static QColor panel(bool dark); // areas and resource cards
    static QColor panelBorder(bool dark);
    static QColor text(bool dark);
    static QColor mutedText(bool dark);
    static QColor slot(bool dark); // an empty permit slot, an empty holder place
    static QColor lockBody(bool locked, bool dark);
    static QColor flagColor(bool set, bool dark);
    static QColor alarm(bool dark); // a deadlock, a lost update
    static QColor good(bool dark); // the expected value reached
    static QColor flowColor(FlowKind k, bool dark);
};

} // namespace interleave
