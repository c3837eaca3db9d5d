# Installation layout and packages (CPack). Linux: a .deb whose Depends name what
# dpkg-shlibdeps cannot see (Qt's platform and SQL plugins, CJK fonts); Windows: see
# installer/README.md (WiX via CPack and windeployqt, built on a Windows machine).
include(GNUInstallDirs)

set(DAICHO_APP_ID org.daicho.Daicho)
install(TARGETS daicho daicho-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

if(UNIX AND NOT APPLE)
    set(linux ${CMAKE_CURRENT_LIST_DIR}/linux)
    configure_file(${linux}/${DAICHO_APP_ID}.desktop.in ${CMAKE_BINARY_DIR}/installer/${DAICHO_APP_ID}.desktop @ONLY)
    configure_file(${linux}/${DAICHO_APP_ID}.metainfo.xml.in
                   ${CMAKE_BINARY_DIR}/installer/${DAICHO_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${CMAKE_BINARY_DIR}/installer/${DAICHO_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_BINARY_DIR}/installer/${DAICHO_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${linux}/daicho.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

    # The PNG sizes of the icon theme, drawn from the SVG at build time.
    find_package(Qt6 REQUIRED COMPONENTS Svg)
    qt_add_executable(daicho_render_icon ${linux}/render_icon.cpp)
    target_link_libraries(daicho_render_icon PRIVATE Qt6::Gui Qt6::Svg)
    set_target_properties(daicho_render_icon PROPERTIES WIN32_EXECUTABLE OFF MACOSX_BUNDLE OFF)
    set(icon_pngs)
    foreach(size 48 128 256)
        set(png ${CMAKE_BINARY_DIR}/installer/icons/${size}/daicho.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/installer/icons/${size}
            COMMAND daicho_render_icon ${linux}/daicho.svg ${size} ${png}
            DEPENDS daicho_render_icon ${linux}/daicho.svg
            COMMENT "Drawing the ${size}×${size} icon")
        list(APPEND icon_pngs ${png})
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()

    # The CLI's manual page, compressed as Debian installs them.
    set(man ${CMAKE_BINARY_DIR}/installer/daicho-cli.1.gz)
    add_custom_command(OUTPUT ${man}
        COMMAND gzip -9n -c ${linux}/daicho-cli.1 > ${man}
        DEPENDS ${linux}/daicho-cli.1
        COMMENT "Compressing the daicho-cli manual page")
    install(FILES ${man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    add_custom_target(daicho_desktop_files ALL DEPENDS ${icon_pngs} ${man})
endif()

set(CPACK_PACKAGE_NAME daicho)
set(CPACK_PACKAGE_VENDOR "Daicho")
set(CPACK_PACKAGE_CONTACT "Daicho <dev@daicho.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Register of information assets (情報資産管理台帳) for a local government")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Daicho)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so invisible to dpkg-shlibdeps: the platform plugins (xcb, offscreen), the
# SQLite driver, Japanese fonts. The PostgreSQL driver only for a shared register.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, fonts-noto-cjk | fonts-ipafont-gothic")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://daicho.invalid/")

# Windows (WiX): a fixed upgrade code, so that a newer installer replaces an older one.
set(CPACK_WIX_UPGRADE_GUID "6C1D5E3A-8B2F-4D7E-9A41-3F0B7C2E5D18")

include(CPack)
