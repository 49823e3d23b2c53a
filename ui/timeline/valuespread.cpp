// SPDX-License-Identifier: MIT
#include "timeline/valuespread.h"

#include <QLocale>

#include <algorithm>
#include <vector>

namespace interleave {

bool isWholeNumber(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

namespace {

int decimalsOf(double x)
{
    QString s = QString::number(x, 'f', 3);
    while (s.endsWith(u'0'))
        s.chop(1);
    const qsizetype dot = s.indexOf(u'.');
    return dot < 0 || dot == s.size() - 1 ? 0 : int(s.size() - dot - 1);
}

} // namespace

std::optional<ValueSpread> ValueSpread::of(const QVariant& list)
{
    if (list.typeId() != QMetaType::QVariantList)
        return std::nullopt;
    const QVariantList items = list.toList();
    if (items.size() <= ListedItems)
        return std::nullopt;
    std::vector<double> xs;
    xs.reserve(std::size_t(items.size()));
    ValueSpread s;
    for (const QVariant& item : items) {
        if (!isWholeNumber(item) && item.typeId() != QMetaType::Double)
            return std::nullopt;
        xs.push_back(item.toDouble());
        s.decimals = std::max(s.decimals, decimalsOf(xs.back()));
    }
    std::sort(xs.begin(), xs.end());
    const std::size_t n = xs.size();
    s.count = qsizetype(n);
    s.min = xs.front();
    s.max = xs.back();
    s.median = n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
    return s;
}

QString ValueSpread::text(double x, bool localized) const
{
    const int shown = std::min(3, std::max(decimals, decimalsOf(x) > decimals ? 1 : 0));
    return localized ? QLocale().toString(x, 'f', shown) : QString::number(x, 'f', shown);
}

} // namespace interleave
