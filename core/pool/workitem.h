// SPDX-License-Identifier: MIT
#pragma once

#include <QVariant>

#include <functional>

namespace interleave {

class Future;

// One submitted call waiting in an executor's work queue: what to run and where its outcome goes.
struct WorkItem {
    Future* future = nullptr;
    std::function<QVariant()> fn;
};

} // namespace interleave
