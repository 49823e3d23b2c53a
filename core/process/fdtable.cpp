// SPDX-License-Identifier: MIT
#include "process/fdtable.h"

#include "process/wire.h"

#include <algorithm>

namespace interleave {

int FdTable::pass(int parentFd)
{
    const auto it = std::find(m_fds.begin(), m_fds.end(), parentFd);
    if (it != m_fds.end())
        return wire::FirstPassedFd + int(it - m_fds.begin());
    m_fds.push_back(parentFd);
    return wire::FirstPassedFd + int(m_fds.size()) - 1;
}

ProcessArgs& ProcessArgs::operator<<(const QJsonValue& value)
{
    m_values.append(value);
    return *this;
}

ProcessArgs& ProcessArgs::operator<<(const Shareable& shareable)
{
    m_values.append(shareable.share(m_fds));
    return *this;
}

} // namespace interleave
