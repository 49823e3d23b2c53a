// SPDX-License-Identifier: MIT
#include "timeline/textutil.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace interleave {

QString TextUtil::number(qint64 v)
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(v);
}

qreal TextUtil::width(const QFont& f, const QString& text) { return QFontMetricsF(f).horizontalAdvance(text); }

QString TextUtil::elided(const QFont& f, const QString& text, qreal w)
{
    return QFontMetricsF(f).elidedText(text, Qt::ElideRight, std::max<qreal>(w, 0));
}

QSizeF TextUtil::pillSize(const QString& text, const QFont& f)
{
    const QFontMetricsF fm(f);
    return QSizeF(fm.horizontalAdvance(text) + 8, fm.height() + 2);
}

QRectF TextUtil::pill(QPainter& p, QPointF topLeft, const QString& text, const QFont& f, const QColor& fg,
    const QColor& bg, const QColor& border)
{
    const QRectF r(topLeft, pillSize(text, f));
    p.save();
    p.setPen(border.alpha() ? QPen(border, 1) : QPen(Qt::NoPen));
    p.setBrush(bg);
    p.drawRoundedRect(r, 3, 3);
    p.setFont(f);
    p.setPen(fg);
    p.drawText(r, Qt::AlignCenter, text);
    p.restore();
    return r;
}

} // namespace interleave
