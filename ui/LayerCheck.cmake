# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file under SCAN_DIR (ui/) includes a core header other than the
# ones views may use: the engine (engine/), what they display and edit
# (trace/, mime/, account/), the voice-note formats (audio/), util/, and net/StepGate.h (the classroom's handle
# on a held connection). Protocol sessions, the sync and the store are reached
# only through the engine (core/README.md, "Layers").
file(GLOB_RECURSE _files "${SCAN_DIR}/*.cpp" "${SCAN_DIR}/*.h")
set(_bad "")
foreach(_f IN LISTS _files)
  file(STRINGS "${_f}" _lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"[a-z0-9]+/")
  foreach(_line IN LISTS _lines)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*$" "\\1" _inc "${_line}")
    if(EXISTS "${SCAN_DIR}/${_inc}")
      continue() # ui's own header
    endif()
    if(NOT EXISTS "${CORE_DIR}/${_inc}")
      continue()
    endif()
    if(_inc MATCHES "^(engine|trace|mime|account|audio|util)/" OR _inc STREQUAL "net/StepGate.h")
      continue()
    endif()
    list(APPEND _bad "${_f}: ${_inc}")
  endforeach()
endforeach()
if(_bad)
  string(REPLACE ";" "\n" _bad "${_bad}")
  message(FATAL_ERROR "ui/ reaches the core through engine/ (plus trace/, mime/, account/, audio/, util/):\n${_bad}")
endif()
