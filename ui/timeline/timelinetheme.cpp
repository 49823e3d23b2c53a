// SPDX-License-Identifier: MIT
#include "timeline/timelinetheme.h"

#include <QFontInfo>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace interleave {

TimelineTheme TimelineTheme::lightTheme()
{
    TimelineTheme t;
    t.dark = false;
    t.background = QColor(0xffffff);
    t.laneAlternate = QColor(0xf5f7fa);
    t.text = QColor(0x1f2328);
    t.mutedText = QColor(0x59636e);
    t.grid = QColor(0xe3e7ec);
    t.separator = QColor(0xc8d0d8);
    t.accent = QColor(0x0969da);
    t.selection = QColor(9, 105, 218, 40);
    t.bad = QColor(0xc41d1d);
    t.good = QColor(0x1a7f37);
    t.labelBackground = QColor(255, 255, 255, 225);
    t.busy = QColor(0xb9c0c8);
    return t;
}

TimelineTheme TimelineTheme::darkTheme()
{
    TimelineTheme t;
    t.dark = true;
    t.background = QColor(0x15181d);
    t.laneAlternate = QColor(0x1b1f25);
    t.text = QColor(0xe6edf3);
    t.mutedText = QColor(0x9aa5b1);
    t.grid = QColor(0x2a3038);
    t.separator = QColor(0x3a424c);
    t.accent = QColor(0x58a6ff);
    t.selection = QColor(88, 166, 255, 45);
    t.bad = QColor(0xff6b6b);
    t.good = QColor(0x56d364);
    t.labelBackground = QColor(21, 24, 29, 225);
    t.busy = QColor(0x59626d);
    return t;
}

QFont TimelineTheme::font(qreal pixelSize, bool bold)
{
    // The first family that is installed goes first: SVG files name only the first one, and the
    // layout measures text with the font actually used.
    static const QStringList families = [] {
        QFont probe;
        probe.setFamilies({ u"Noto Sans"_s, u"DejaVu Sans"_s, u"Liberation Sans"_s, u"Arial"_s });
        probe.setStyleHint(QFont::SansSerif);
        // Noto Sans CJK / Droid Sans Fallback cover Chinese.
        return QStringList { QFontInfo(probe).family(), u"Noto Sans CJK SC"_s, u"Droid Sans Fallback"_s };
    }();
    QFont f;
    f.setFamilies(families);
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, qRound(pixelSize)));
    f.setBold(bold);
    return f;
}

} // namespace interleave
