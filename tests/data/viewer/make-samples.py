#!/usr/bin/env python3
# Regenerates the sample messages of tests/data/viewer (run from this folder).
import base64, wave, io
def b64(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i+76] for i in range(0, len(s), 76))
png_small = open('../mime/pixel.png','rb').read()
png_card = open('../../../resources/demo/cartao-postal.png','rb').read()
w = wave.open('../../../resources/demo/recado.wav','rb')
params = w.getparams(); frames = w.readframes(min(w.getnframes(), 2000)); w.close()
bio = io.BytesIO(); o = wave.open(bio,'wb'); o.setparams(params); o.writeframes(frames); o.close()
wav = bio.getvalue()
script = b"#!/bin/sh\necho 'owned'\n"
open('recado-curto.wav','wb').write(wav)
open('evil.sh.bytes','wb').write(script)
def crlf(s): return s.replace('\r\n','\n').replace('\n','\r\n')
def w_(name, text):
    open(name,'wb').write(crlf(text).encode('utf-8'))

w_('alternative.eml', """From: =?utf-8?Q?Z=C3=A9_Ningu=C3=A9m?= <ze@exemplo.com.br>
To: Alice <alice@example.test>
Cc: bob@example.test
Reply-To: respostas@exemplo.com.br
Subject: =?iso-8859-1?Q?Card=E1pio_da_semana?=
Date: Mon, 23 Nov 2026 09:15:00 -0300
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="alt-1"

--alt-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1, mundo: a vers=C3=A3o em texto.
--alt-1
Content-Type: text/html; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

<html><body><p>Ol=E1, <b>mundo</b>: a vers=E3o em HTML, caf=E9.</p></body></html>
--alt-1--
""")

w_('related-cid.eml', """From: Alice <alice@example.test>
To: Bob <bob@example.test>
Subject: Logo inline
Date: Mon, 23 Nov 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/related; boundary="rel-1"; type="text/html"

--rel-1
Content-Type: text/html; charset=utf-8

<html><body><p>Nosso logo:</p><img src="cid:pixel%40carteiro.test" alt="logo"></body></html>
--rel-1
Content-Type: image/png
Content-ID: <pixel@carteiro.test>
Content-Transfer-Encoding: base64
Content-Disposition: inline

""" + b64(png_small) + """
--rel-1--
""")

w_('attachments.eml', """From: Bob <bob@example.test>
To: Alice <alice@example.test>
Subject: Fotos, recado e um script
Date: Mon, 23 Nov 2026 11:30:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="mix-1"

--mix-1
Content-Type: text/plain; charset=windows-1252
Content-Transfer-Encoding: quoted-printable

=93Aspas=94 e caf=E9 =96 veja os anexos.
--mix-1
Content-Type: image/png; name="cartao-postal.png"
Content-Disposition: attachment; filename="cartao-postal.png"
Content-Transfer-Encoding: base64

""" + b64(png_card) + """
--mix-1
Content-Type: audio/wav; name="recado.wav"
Content-Disposition: attachment; filename="recado.wav"
Content-Transfer-Encoding: base64

""" + b64(wav) + """
--mix-1
Content-Type: application/x-sh
Content-Disposition: attachment;
 filename*0*=utf-8''%2E%2E%2F%2E%2E%2F;
 filename*1=evil.sh
Content-Transfer-Encoding: base64

""" + b64(script) + """
--mix-1
Content-Type: text/html; charset=utf-8

<p>A second text part: never joined with the first.</p>
--mix-1
Content-Type: message/rfc822

From: Carol <carol@example.test>
To: Bob <bob@example.test>
Subject: Encaminhada
Content-Type: text/plain; charset=utf-8

A mensagem original.
--mix-1--
""")

# From: an RLO inside an encoded word and a Cyrillic 'a' (U+0430) in the domain
# (raw UTF-8, RFC 6532); Subject: an encoded CR LF that tries to fake a header.
w_('hostile-from.eml', "From: =?utf-8?B?" + base64.b64encode("Suporte \u202egnp.exe\u202c".encode()).decode()
   + "?= <suporte@p\u0430ypal.com>\n" + """To: alice@example.test
Subject: =?utf-8?Q?Conta_bloqueada=0D=0AFrom:_admin@example.test?=
Date: Mon, 23 Nov 2026 12:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Clique aqui.
""")

w_('remote-template.eml', """From: Tracker <news@example.test>
To: alice@example.test
Subject: Remote content
Date: Mon, 23 Nov 2026 12:30:00 +0000
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><head>
<meta http-equiv="refresh" content="0; url=http://127.0.0.1:@PORT@/refresh">
<link rel="stylesheet" href="http://127.0.0.1:@PORT@/link.css">
<style>body { background-image: url(http://127.0.0.1:@PORT@/style-block.png); }
p.x { background: url('http://127.0.0.1:@PORT@/style-block2.png'); }
@import url("http://127.0.0.1:@PORT@/import.css");</style>
<script src="http://127.0.0.1:@PORT@/script.js"></script>
</head>
<body background="http://127.0.0.1:@PORT@/body-background.png">
<p class="x">Hello</p>
<img src="http://127.0.0.1:@PORT@/pixel.png" width="10" height="10">
<div style="background:url(http://127.0.0.1:@PORT@/inline-style.png)">styled</div>
<table background="http://127.0.0.1:@PORT@/table.png"><tr><td background="http://127.0.0.1:@PORT@/td.png">cell</td></tr></table>
<iframe src="http://127.0.0.1:@PORT@/frame.html"></iframe>
<form action="http://127.0.0.1:@PORT@/form" method="post"><input name="q" value="x"><input type="submit"></form>
<video poster="http://127.0.0.1:@PORT@/poster.png" src="http://127.0.0.1:@PORT@/video.mp4"></video>
<img srcset="http://127.0.0.1:@PORT@/srcset-1x.png 1x, http://127.0.0.1:@PORT@/srcset-2x.png 2x">
<img src="//127.0.0.1:@PORT@/protocol-relative.png">
<img src="relative.png">
<object data="http://127.0.0.1:@PORT@/object.swf"></object>
<a href="http://127.0.0.1:@PORT@/link-target">a link (fine: only on click)</a>
</body></html>
""")

w_('broken.eml', """From: broken@example.test
Subject: Broken
Content-Type: multipart/mixed; boundary="never-closed"

--never-closed
Content-Type: text/plain; charset=x-unknown-charset
Content-Transfer-Encoding: x-weird

Corpo sem fim
--never-closed
Content-Type: image/png
Content-Transfer-Encoding: base64

!!!not base64@@@
""")
