; SPDX-License-Identifier: GPL-3.0-or-later
; Undoes register.nsh at uninstall.
DeleteRegValue HKLM "Software\RegisteredApplications" "Carteiro"
DeleteRegKey HKLM "Software\Clients\Mail\Carteiro"
DeleteRegValue HKLM "Software\Classes\.eml\OpenWithProgids" "Carteiro.eml"
DeleteRegKey HKLM "Software\Classes\Carteiro.eml"
DeleteRegKey HKLM "Software\Classes\Carteiro.mailto"
