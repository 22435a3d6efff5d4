# SPDX-License-Identifier: GPL-3.0-or-later
# What the .deb installs besides the executable: desktop entry, AppStream metadata and icons under the
# reverse-DNS id, the manual page, and the Debian documentation files lintian requires (compressed with
# gzip -n, so the package is the same from build to build).
set(kai_linux ${PROJECT_SOURCE_DIR}/packaging/linux)
set(kai_app_id io.github.kai_dashboard.Dashboard)
set(kai_doc share/doc/kai-dashboard)

install(FILES ${kai_linux}/${kai_app_id}.desktop DESTINATION share/applications)
install(FILES ${kai_linux}/${kai_app_id}.metainfo.xml DESTINATION share/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/kai-dashboard.svg
        DESTINATION share/icons/hicolor/scalable/apps RENAME ${kai_app_id}.svg)
foreach(size 16 24 32 48 64 128 256 512)
    install(FILES ${kai_linux}/icons/${size}x${size}/${kai_app_id}.png
            DESTINATION share/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${kai_linux}/copyright DESTINATION ${kai_doc})
install(FILES ${PROJECT_SOURCE_DIR}/resources/fonts/NanumGothic-OFL.txt DESTINATION ${kai_doc})

find_program(KAI_GZIP gzip REQUIRED)
set(kai_gzipped)
foreach(pair "kai-dashboard.1:kai-dashboard.1.gz" "changelog:changelog.gz")
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 source)
    list(GET pair 1 target)
    add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${target}
        COMMAND ${KAI_GZIP} -9 -n -c ${kai_linux}/${source} > ${CMAKE_CURRENT_BINARY_DIR}/${target}
        DEPENDS ${kai_linux}/${source} VERBATIM)
    list(APPEND kai_gzipped ${CMAKE_CURRENT_BINARY_DIR}/${target})
endforeach()
add_custom_target(kai_linux_docs ALL DEPENDS ${kai_gzipped})
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/kai-dashboard.1.gz DESTINATION share/man/man1)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz DESTINATION ${kai_doc})
