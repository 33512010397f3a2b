# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file under SCAN_DIR includes a Qt Widgets or Qt Gui header.
file(GLOB_RECURSE _files "${SCAN_DIR}/*.cpp" "${SCAN_DIR}/*.h")
set(_bad "")
foreach(_f IN LISTS _files)
  file(STRINGS "${_f}" _hits REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtWidgets|QtGui|QWidget|QMainWindow|QDialog|QApplication|QGuiApplication|QPixmap|QImage|QIcon)[/>\"]")
  if(_hits)
    list(APPEND _bad "${_f}: ${_hits}")
  endif()
endforeach()
if(_bad)
  message(FATAL_ERROR "core/ must never include Qt Widgets or Gui headers:\n${_bad}")
endif()
