// SPDX-License-Identifier: MIT
#include "export/imageexporter.h"

#include "timeline/timelinepainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace interleave {

namespace {

constexpr int MinWidth = 200, MinHeight = 150, MaxSide = 16384;

// Its strings' translation context, "ImageExporter", for lupdate and for the lookup alike.
struct ImageExporterText {
    Q_DECLARE_TR_FUNCTIONS(ImageExporter)
};

void fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

PaintOptions paintOptions(const ExportOptions& o)
{
    PaintOptions p;
    p.dark = o.dark;
    p.showTitle = o.showTitle;
    p.showParams = o.showParams;
    p.showLegend = o.showLegend;
    p.highQuality = true;
    return p;
}

TimeMapping mappingFor(const Trace& trace, const ExportOptions& o, const TimelineLayout& layout)
{
    TimeMapping map(layout.plotRect.left(), layout.plotRect.width(), trace.duration());
    const qint64 to = o.to < 0 ? trace.duration() : o.to;
    if (o.from > 0 || o.to >= 0)
        map.setRange(qreal(std::max<qint64>(o.from, 0)), qreal(to));
    return map;
}

void render(QPainter& painter, const QRectF& rect, const Trace& trace, const ExportOptions& o)
{
    const PaintOptions options = paintOptions(o);
    const TimelineLayout layout = TimelinePainter::layout(rect, trace, options);
    TimelinePainter::paint(painter, rect, trace, mappingFor(trace, o, layout), options, &layout);
}

bool renderPng(const Trace& trace, const ExportOptions& o, QBuffer& out, QString* error)
{
    const qreal dpr = std::max<qreal>(o.dpi, 1) / 96.0;
    const QSize pixels(qRound(o.size.width() * dpr), qRound(o.size.height() * dpr));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        fail(error,
            ImageExporterText::tr("not enough memory for a %1x%2 picture").arg(pixels.width()).arg(pixels.height()));
        return false;
    }
    image.setDevicePixelRatio(dpr);
    const int dotsPerMeter = qRound(o.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        render(painter, QRectF(QPointF(0, 0), QSizeF(o.size)), trace, o);
    }
    if (!image.save(&out, "PNG")) {
        fail(error, ImageExporterText::tr("could not encode the PNG picture"));
        return false;
    }
    return true;
}

bool renderSvg(const Trace& trace, const ExportOptions& o, QBuffer& out, QString* error)
{
    QSvgGenerator svg;
    svg.setOutputDevice(&out);
    svg.setSize(o.size);
    svg.setViewBox(QRect(QPoint(0, 0), o.size));
    svg.setResolution(96);
    svg.setTitle(trace.meta().title.isEmpty() ? trace.meta().scenario : trace.meta().title);
    svg.setDescription(ImageExporterText::tr("Interleave timeline of %1").arg(trace.meta().scenario));
    QPainter painter;
    if (!painter.begin(&svg)) {
        fail(error, ImageExporterText::tr("could not start the SVG picture"));
        return false;
    }
    render(painter, QRectF(QPointF(0, 0), QSizeF(o.size)), trace, o);
    painter.end();
    return true;
}

bool renderPdf(const Trace& trace, const ExportOptions& o, QBuffer& out, QString* error)
{
    QPdfWriter pdf(&out);
    // One point per unit: the page is the picture, in points, with no margin.
    pdf.setResolution(72);
    pdf.setPageSize(QPageSize(QSizeF(o.size), QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    pdf.setTitle(trace.meta().title.isEmpty() ? trace.meta().scenario : trace.meta().title);
    pdf.setCreator(u"Interleave "_s + QStringLiteral(INTERLEAVE_VERSION));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        fail(error, ImageExporterText::tr("could not start the PDF document"));
        return false;
    }
    render(painter, QRectF(QPointF(0, 0), QSizeF(o.size)), trace, o);
    painter.end();
    return true;
}

} // namespace

QStringList ImageExporter::supportedSuffixes()
{
    return { u"png"_s, u"svg"_s, u"pdf"_s };
}

bool ImageExporter::exportTrace(const Trace& trace, const QString& path, const ExportOptions& options, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!supportedSuffixes().contains(suffix)) {
        fail(error,
            suffix.isEmpty() ? ImageExporterText::tr("'%1' has no file extension: use .png, .svg or .pdf").arg(path)
                             : ImageExporterText::tr("unsupported format '.%1': use .png, .svg or .pdf").arg(suffix));
        return false;
    }
    const QSize s = options.size;
    if (s.width() < MinWidth || s.height() < MinHeight || s.width() > MaxSide || s.height() > MaxSide) {
        fail(error,
            ImageExporterText::tr("picture size %1x%2 is out of range: width %3 to %5, height %4 to %5")
                .arg(s.width())
                .arg(s.height())
                .arg(MinWidth)
                .arg(MinHeight)
                .arg(MaxSide));
        return false;
    }
    if (suffix == u"png"_s && !(options.dpi >= 24 && options.dpi <= 1200)) {
        fail(error, ImageExporterText::tr("resolution %1 dpi is out of range: 24 to 1200").arg(options.dpi));
        return false;
    }
    const qreal pixelsPerSide = suffix == u"png"_s ? options.dpi / 96.0 : 1.0;
    if (s.width() * pixelsPerSide > MaxSide || s.height() * pixelsPerSide > MaxSide) {
        fail(error,
            ImageExporterText::tr("%1x%2 at %3 dpi makes more than %4 pixels on a side")
                .arg(s.width())
                .arg(s.height())
                .arg(options.dpi)
                .arg(MaxSide));
        return false;
    }

    // Render completely in memory first: a failure never leaves a partial file behind.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    bool ok = false;
    if (suffix == u"png"_s)
        ok = renderPng(trace, options, buffer, error);
    else if (suffix == u"svg"_s)
        ok = renderSvg(trace, options, buffer, error);
    else
        ok = renderPdf(trace, options, buffer, error);
    buffer.close();
    if (!ok)
        return false;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(error, ImageExporterText::tr("cannot write '%1': %2").arg(path, file.errorString()));
        return false;
    }
    if (file.write(buffer.data()) != buffer.data().size() || !file.commit()) {
        fail(error, ImageExporterText::tr("cannot write '%1': %2").arg(path, file.errorString()));
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace interleave
