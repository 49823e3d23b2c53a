// SPDX-License-Identifier: MIT
#pragma once

#include "engine/scenario.h"

#include <memory>
#include <vector>

namespace interleave {

// Every scenario, in catalog order.
class Registry {
public:
    static const Registry& instance();

    const std::vector<const Scenario*>& all() const { return m_list; }
    const Scenario* find(const QString& id) const; // nullptr when unknown
    QStringList ids() const;

    void add(std::unique_ptr<Scenario> s); // used while building the instance

private:
    std::vector<std::unique_ptr<Scenario>> m_owned;
    std::vector<const Scenario*> m_list;
};

} // namespace interleave
