# SPDX-License-Identifier: GPL-3.0-or-later
# Read by CPack once per generator: only the portable ZIP carries the "portable" marker file.
if(CPACK_GENERATOR STREQUAL "ZIP")
    set(CPACK_COMPONENTS_ALL app portable)
else()
    set(CPACK_COMPONENTS_ALL app)
endif()
