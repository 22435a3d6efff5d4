// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/GpuNodeDirectory.h"

#include <algorithm>

namespace kai::store {

std::string GpuNodeDirectory::keyOf(std::string_view name)
{
    return name.empty() ? std::string("unspecified") : std::string(name);
}

void GpuNodeDirectory::add(std::string key, qint64 id)
{
    m_nextId = std::max(m_nextId, id + 1);
    m_ids.insert_or_assign(std::move(key), id);
}

std::optional<qint64> GpuNodeDirectory::find(std::string_view name) const
{
    const auto it = name.empty() ? m_ids.find(keyOf(name)) : m_ids.find(name);
    return it == m_ids.end() ? std::nullopt : std::optional<qint64>(it->second);
}

qint64 GpuNodeDirectory::intern(std::string_view name, std::vector<NewNode> &created)
{
    if (const std::optional<qint64> id = find(name))
        return *id;
    const qint64 id = m_nextId;
    created.push_back({id, keyOf(name)});
    add(keyOf(name), id);
    return id;
}

} // namespace kai::store
