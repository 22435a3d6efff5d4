// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace kai::store {

// 'KAID' in the SQLite header's application_id field: how a K-AI Dashboard file is told apart
// from any other SQLite file.
inline constexpr std::int32_t ApplicationId = 0x4B414944;

} // namespace kai::store
