# SPDX-License-Identifier: GPL-3.0-or-later
# Installing Carteiro like any desktop program, and its packages (CPack):
# Linux: DEB (bash packaging/debian/build-deb.sh) and TGZ; Windows: NSIS and
# ZIP; macOS: DragNDrop. See packaging/README.md. Included from the top-level
# CMakeLists.txt after app/ (it uses the carteiro targets).
set(CARTEIRO_APP_ID io.github.carteiro.Carteiro) # core/util/AppInfo.cpp says the same
set(_pkg ${CMAKE_CURRENT_LIST_DIR})

if(UNIX AND NOT APPLE)
  install(FILES ${_pkg}/linux/${CARTEIRO_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${_pkg}/linux/${CARTEIRO_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(DIRECTORY ${_pkg}/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
  install(FILES ${_pkg}/icons/${CARTEIRO_APP_ID}.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  install(FILES ${_pkg}/debian/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/carteiro)

  # Man pages and the Debian changelog go compressed (gzip -n: no time stamp,
  # so two builds give the same bytes).
  find_program(GZIP_PROGRAM gzip REQUIRED)
  set(_gz_outputs "")
  foreach(_src IN ITEMS man/carteiro.1 man/carteiro-cli.1 debian/changelog)
    get_filename_component(_name ${_src} NAME)
    if(_name STREQUAL "changelog")
      set(_name changelog.Debian)
    endif()
    set(_out ${CMAKE_BINARY_DIR}/packaging/${_name}.gz)
    add_custom_command(OUTPUT ${_out}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
      COMMAND ${GZIP_PROGRAM} -9nc ${_pkg}/${_src} > ${_out}
      DEPENDS ${_pkg}/${_src} VERBATIM)
    list(APPEND _gz_outputs ${_out})
  endforeach()
  add_custom_target(carteiro_packaging_files ALL DEPENDS ${_gz_outputs})
  install(FILES ${CMAKE_BINARY_DIR}/packaging/carteiro.1.gz ${CMAKE_BINARY_DIR}/packaging/carteiro-cli.1.gz
          DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  install(FILES ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/carteiro)
endif()

# Windows and macOS: Qt's libraries and plugins are copied next to the programs
# at install time (windeployqt / macdeployqt through Qt's deployment API).
if((WIN32 OR APPLE) AND TARGET carteiro)
  if(APPLE)
    set(_deploy_exe "$<TARGET_FILE_NAME:carteiro>.app")
    set(_deploy_more "$<TARGET_FILE_NAME:carteiro>.app/Contents/MacOS/$<TARGET_FILE_NAME:carteiro-cli>")
  else()
    set(_deploy_exe "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:carteiro>")
    set(_deploy_more "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:carteiro-cli>")
  endif()
  qt_generate_deploy_script(TARGET carteiro FILENAME_VARIABLE _deploy_script CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${_deploy_exe}\"
    ADDITIONAL_EXECUTABLES \"${_deploy_more}\"
    GENERATE_QT_CONF)
")
  install(SCRIPT ${_deploy_script})
endif()

# --- CPack ---------------------------------------------------------------
set(CPACK_PACKAGE_NAME carteiro)
set(CPACK_PACKAGE_VENDOR "The Carteiro developers")
set(CPACK_PACKAGE_CONTACT "The Carteiro developers <carteiro@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "mail client with a live protocol inspector")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/carteiro/carteiro")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Carteiro)
set(CPACK_PACKAGE_EXECUTABLES carteiro Carteiro)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/")

if(WIN32)
  set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
else()
  set(CPACK_GENERATOR DEB TGZ)
endif()

# Debian: dependencies computed by dpkg-shlibdeps from the programs' libraries.
# Qt loads its SQLite driver as a plugin (dlopen), which no tool can see: that
# one is named here.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1) # 0.1.0-1: not a native Debian package
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the long text.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Carteiro reads mail over IMAP or POP3 and sends it over SMTP, with a live
protocol inspector: every command and reply, the TLS handshake and the MIME
structure of each message are shown as they happen, each line explained with
the RFC section it comes from. It is made for teaching how e-mail works, in
English and Brazilian Portuguese, and includes carteiro-cli for the terminal.")

# Windows: the installer registers Carteiro for mailto: links and .eml files
# (Default Programs: RegisteredApplications and Capabilities).
if(WIN32)
  set(CPACK_NSIS_MUI_ICON ${_pkg}/icons/carteiro.ico)
  set(CPACK_NSIS_MUI_UNIICON ${_pkg}/icons/carteiro.ico)
  set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\carteiro.exe)
  set(CPACK_NSIS_DISPLAY_NAME Carteiro)
  set(CPACK_NSIS_MODIFY_PATH OFF)
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  file(READ ${_pkg}/windows/register.nsh CPACK_NSIS_EXTRA_INSTALL_COMMANDS)
  file(READ ${_pkg}/windows/unregister.nsh CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS)
endif()

# macOS: the bundle's Info.plist (packaging/macos/Info.plist.in) declares the
# mailto scheme and the .eml document type; the disk image holds the bundle.
set(CPACK_DMG_VOLUME_NAME Carteiro)
set(CPACK_DMG_FORMAT UDZO)

include(CPack)
