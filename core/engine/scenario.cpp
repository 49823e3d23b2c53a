// SPDX-License-Identifier: MIT
#include "engine/scenario.h"

#include <QCoreApplication>

namespace interleave {

QString categoryTitle(const QString& category)
{
    if (category == u"threads")
        return QCoreApplication::translate("Scenario", "Threads");
    if (category == u"pool")
        return QCoreApplication::translate("Scenario", "Executors and pools");
    if (category == u"process")
        return QCoreApplication::translate("Scenario", "Processes");
    if (category == u"async")
        return QCoreApplication::translate("Scenario", "asyncio");
    if (category == u"socket")
        return QCoreApplication::translate("Scenario", "Sockets");
    return category;
}

} // namespace interleave
