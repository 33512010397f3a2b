; SPDX-License-Identifier: GPL-3.0-or-later
; Carteiro as a mail program for Windows' Default Programs: a handler for
; mailto: links (RFC 6068) and for .eml files (message/rfc822). Windows asks
; the user before making it the default; this only offers it.
WriteRegStr HKLM "Software\Classes\Carteiro.mailto" "" "URL:MailTo Protocol"
WriteRegStr HKLM "Software\Classes\Carteiro.mailto" "URL Protocol" ""
WriteRegStr HKLM "Software\Classes\Carteiro.mailto\DefaultIcon" "" "$INSTDIR\bin\carteiro.exe,0"
WriteRegStr HKLM "Software\Classes\Carteiro.mailto\shell\open\command" "" '"$INSTDIR\bin\carteiro.exe" "%1"'
WriteRegStr HKLM "Software\Classes\Carteiro.eml" "" "E-mail message"
WriteRegStr HKLM "Software\Classes\Carteiro.eml\DefaultIcon" "" "$INSTDIR\bin\carteiro.exe,0"
WriteRegStr HKLM "Software\Classes\Carteiro.eml\shell\open\command" "" '"$INSTDIR\bin\carteiro.exe" "%1"'
WriteRegStr HKLM "Software\Classes\.eml\OpenWithProgids" "Carteiro.eml" ""
WriteRegStr HKLM "Software\Clients\Mail\Carteiro" "" "Carteiro"
WriteRegStr HKLM "Software\Clients\Mail\Carteiro\shell\open\command" "" '"$INSTDIR\bin\carteiro.exe"'
WriteRegStr HKLM "Software\Clients\Mail\Carteiro\Capabilities" "ApplicationName" "Carteiro"
WriteRegStr HKLM "Software\Clients\Mail\Carteiro\Capabilities" "ApplicationDescription" "Mail client with a live protocol inspector"
WriteRegStr HKLM "Software\Clients\Mail\Carteiro\Capabilities\URLAssociations" "mailto" "Carteiro.mailto"
WriteRegStr HKLM "Software\Clients\Mail\Carteiro\Capabilities\FileAssociations" ".eml" "Carteiro.eml"
WriteRegStr HKLM "Software\RegisteredApplications" "Carteiro" "Software\Clients\Mail\Carteiro\Capabilities"
