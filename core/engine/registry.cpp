// SPDX-License-Identifier: MIT
#include "engine/registry.h"

#include "scenarios/asyncscenarios.h"
#include "scenarios/poolscenarios.h"
#include "scenarios/processscenarios.h"
#include "scenarios/socketscenarios.h"
#include "scenarios/threadscenarios.h"

namespace interleave {

const Registry& Registry::instance()
{
    // Built once, on first use, in catalog order; thread-safe by the language's static init rules.
    static const Registry registry = [] {
        Registry r;
        addThreadScenarios(r);
        addPoolScenarios(r);
        addProcessScenarios(r);
        addAsyncScenarios(r);
        addSocketScenarios(r);
        return r;
    }();
    return registry;
}

const Scenario* Registry::find(const QString& id) const
{
    for (const Scenario* s : m_list) {
        if (s->id() == id)
            return s;
    }
    return nullptr;
}

QStringList Registry::ids() const
{
    QStringList out;
    for (const Scenario* s : m_list)
        out.append(s->id());
    return out;
}

void Registry::add(std::unique_ptr<Scenario> s)
{
    m_list.push_back(s.get());
    m_owned.push_back(std::move(s));
}

} // namespace interleave
