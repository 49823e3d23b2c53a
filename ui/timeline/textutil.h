// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace interleave {

// Small text helpers shared by the timeline's painters.
class TextUtil {
public:
    static QString number(qint64 v); // "3,412" (grouped, in the user's locale, English for C)
    static qreal width(const QFont& f, const QString& text);
    static QString elided(const QFont& f, const QString& text, qreal width);
    // Text on a rounded pill, so that it reads over a patterned bar. Returns the pill's rectangle.
    static QRectF pill(QPainter& p, QPointF topLeft, const QString& text, const QFont& f, const QColor& fg,
        const QColor& bg, const QColor& border = Qt::transparent);
    // The size pill() would take.
    static QSizeF pillSize(const QString& text, const QFont& f);
};

} // namespace interleave
