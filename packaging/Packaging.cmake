# SPDX-License-Identifier: GPL-3.0-or-later
# Installers: `cmake --build build --target package`.
#   Windows: an MSI (WiX, per machine) and a portable ZIP, with the Qt runtime gathered by windeployqt and
#            the MSVC runtime beside the executable.
#   Linux:   a .deb (lintian: no errors, no warnings, so no overrides) and a tarball.
# Components: "app" is everything; "portable" is only the marker file that makes the ZIP keep its data
# beside the executable (see AppDataFolder), so the MSI and the .deb never install it.
set(KAI_APP_ID "io.github.kai_dashboard.Dashboard")
set(CMAKE_INSTALL_DEFAULT_COMPONENT_NAME app)
set(CPACK_PACKAGE_NAME "kai-dashboard")
set(CPACK_PACKAGE_VENDOR "K-AI Dashboard developers")
set(CPACK_PACKAGE_CONTACT "K-AI Dashboard developers <dev@kai-dashboard.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "dashboard of Korea's Sovereign AI Foundation Model Project")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "K-AI Dashboard")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_SOURCE_DIR}/packaging/CPackPerGenerator.cmake)

if(WIN32)
    # windeployqt is the dependable route on Qt 6.4 (the deploy-script API arrived in 6.5). It gathers Qt's
    # own Korean catalogues (qtbase_ko.qm); the compiler runtime comes from InstallRequiredSystemLibraries
    # below, so a PC without the Visual C++ redistributable starts the app.
    get_target_property(kai_qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(kai_qt_bin ${kai_qmake} DIRECTORY)
    install(CODE "execute_process(COMMAND \"${kai_qt_bin}/windeployqt.exe\" --no-compiler-runtime
                      --translations ko,en \"\${CMAKE_INSTALL_PREFIX}/bin/kai-dashboard.exe\")" COMPONENT app)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT app)
    set(CMAKE_INSTALL_UCRT_LIBRARIES TRUE)
    include(InstallRequiredSystemLibraries)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/windows/portable DESTINATION bin COMPONENT portable)

    set(CPACK_GENERATOR "WIX;ZIP")
    # Never change: Windows Installer recognises upgrades of the same product by this GUID.
    set(CPACK_WIX_UPGRADE_GUID "6F0C2C4E-5B8A-4E2B-9C0D-4B41494441A1")
    set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/packaging/windows/kai-dashboard.ico)
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "K-AI Dashboard")
    # Per machine (CMake 3.25 has no CPACK_WIX_INSTALL_SCOPE): ALLUSERS=1 puts files under Program Files
    # and the Start-menu entry in the all-users Start menu.
    set(CPACK_WIX_PROPERTY_ALLUSERS 1)
    # Korean culture: the Start-menu entry carries the Korean name and the installer's pages are Korean.
    set(CPACK_WIX_CULTURES "ko-KR")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://github.com/kai-dashboard")
    set(CPACK_PACKAGE_EXECUTABLES "kai-dashboard" "K-AI 대시보드 (K-AI Dashboard)")
else()
    set(CPACK_PACKAGE_EXECUTABLES "kai-dashboard" "K-AI Dashboard")
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "K-AI Dashboard developers <dev@kai-dashboard.invalid>")
    set(CPACK_DEBIAN_PACKAGE_SECTION "science")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Exports draw text with the bundled Nanum Gothic; Qt's own Korean dialogs come from the l10n catalogue.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
    # The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; CPack indents these lines and turns the empty one
    # into the " ." paragraph break.
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"K-AI Dashboard shows the officials who oversee the Sovereign AI Foundation
Model Project of the Korean Ministry of Science and ICT the consortia and
their member organisations, the evaluation timeline, GPU allocation and use,
and the results of each elimination round, in Korean and in English, from a
local SQLite database and fully offline.

Briefing exports (PNG, SVG, PDF and a briefing pack) carry an as-of date and
a provenance stamp; the command line checks databases, imports GPU usage and
exports without a display.")
endif()
include(CPack)
cpack_add_component(app DISPLAY_NAME "K-AI Dashboard" REQUIRED)
cpack_add_component(portable DISPLAY_NAME "Portable mode marker")
