# SPDX-License-Identifier: GPL-3.0-or-later
# Installers: `cmake --build build --target package`. Windows: an MSI through WiX, with the Qt
# runtime gathered by windeployqt at install time. Linux: a .deb and a tarball.
set(CPACK_PACKAGE_NAME "kai-dashboard")
set(CPACK_PACKAGE_VENDOR "K-AI Dashboard developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Dashboard of the Sovereign AI Foundation Model Project (Korea)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "K-AI Dashboard")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_EXECUTABLES "kai-dashboard" "K-AI Dashboard")

if(WIN32)
    # windeployqt is the dependable route on Qt 6.4 (the deploy-script API arrived in 6.5).
    get_target_property(kai_qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(kai_qt_bin ${kai_qmake} DIRECTORY)
    install(CODE "execute_process(COMMAND \"${kai_qt_bin}/windeployqt.exe\" --no-compiler-runtime
                      --translations ko,en \"\${CMAKE_INSTALL_PREFIX}/bin/kai-dashboard.exe\")")
    set(CPACK_GENERATOR "WIX")
    # Never change: Windows Installer recognises upgrades of the same product by this GUID.
    set(CPACK_WIX_UPGRADE_GUID "6F0C2C4E-5B8A-4E2B-9C0D-4B41494441A1")
    set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/packaging/windows/kai-dashboard.ico)
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "K-AI Dashboard")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "K-AI Dashboard developers")
    set(CPACK_DEBIAN_PACKAGE_SECTION "science")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
endif()
include(CPack)
