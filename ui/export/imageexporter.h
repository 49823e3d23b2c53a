// SPDX-License-Identifier: MIT
#pragma once

#include "trace/trace.h"

#include <QSize>
#include <QString>

namespace interleave {

struct ExportOptions {
    QSize size { 1600, 900 }; // pixels for PNG; the page in points for SVG and PDF
    qreal dpi = 96; // PNG: written into the file; 2x device pixels at 192
    bool dark = false;
    bool showTitle = true;
    bool showParams = true;
    bool showLegend = true;
    qint64 from = 0; // ns; a range of the run (default: the whole run)
    qint64 to = -1; // ns; -1: the run's end
};

// Renders a run through the same TimelinePainter as the window. The format follows the suffix
// (.png, .svg, .pdf); the file is written atomically (QSaveFile). On failure returns false and sets
// *error to what is wrong (unknown suffix, size out of range, unwritable path).
class ImageExporter {
public:
    static bool exportTrace(const Trace& trace, const QString& path, const ExportOptions& options, QString* error);
    static QStringList supportedSuffixes(); // "png", "svg", "pdf"
};

} // namespace interleave
