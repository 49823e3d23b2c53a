// SPDX-License-Identifier: MIT
#include "process/childentries.h"

#include <map>
#include <string>

namespace interleave {

namespace {

// Built on first use, so that registrations from static initialisers in any order find it.
std::map<std::string, ChildEntry>& table()
{
    static std::map<std::string, ChildEntry> entries;
    return entries;
}

} // namespace

bool ChildEntries::add(const char* name, ChildEntry entry)
{
    table()[name] = entry;
    return true;
}

ChildEntry ChildEntries::find(const QString& name)
{
    const auto it = table().find(name.toStdString());
    return it == table().end() ? nullptr : it->second;
}

QStringList ChildEntries::names()
{
    QStringList out;
    for (const auto& [name, entry] : table())
        out << QString::fromStdString(name);
    return out;
}

} // namespace interleave
