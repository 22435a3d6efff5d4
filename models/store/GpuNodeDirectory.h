// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kai::store {

// gpu_node's names and ids, and the id the next new name gets. A copy lets an import's parsing
// thread intern names itself (the row hash includes the node id) while the inserting thread
// stores the new nodes with the ids handed out: ids are what SQLite would have chosen (the next
// after the largest), because the import's write transaction is the only writer.
class GpuNodeDirectory
{
public:
    struct NewNode
    {
        qint64 id = 0;
        std::string name;
    };

    // An empty name is one shared node.
    static std::string keyOf(std::string_view name);

    void add(std::string key, qint64 id);
    std::optional<qint64> find(std::string_view name) const;
    // The name's id; a new name gets the next id and is appended to `created`.
    qint64 intern(std::string_view name, std::vector<NewNode> &created);

private:
    struct TransparentHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    std::unordered_map<std::string, qint64, TransparentHash, std::equal_to<>> m_ids;
    qint64 m_nextId = 1;
};

} // namespace kai::store
