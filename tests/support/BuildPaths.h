// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where the build put the application and where the test data lives. Defined in a source that CMake
// generates (tests/CMakeLists.txt) rather than passed as -D definitions: absolute paths on every test's
// compile line would make each object differ between clones, and the compiler cache would miss them all.
namespace kai::test {

QString appBinary();
QString testDataDir();

} // namespace kai::test
