// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the TLS panel shows about a handshake, read from the certificates the
// Channel saw: each certificate of the chain (subject, issuer, validity, SANs,
// SHA-256) and which trust anchor accepted it. Kept beside the Channel so that
// recordTls() stays a few lines.
#include "trace/TraceEvent.h"

#include <QList>
#include <QSslCertificate>

namespace carteiro {

class TlsInspection
{
public:
    static CertificateInfo certificateInfo(const QSslCertificate &cert);
    static QList<CertificateInfo> chainInfo(const QList<QSslCertificate> &chain);
    // "CN=mail.example.test, O=Carteiro lab" (issuer = true: the issuer's name).
    static QString distinguishedName(const QSslCertificate &cert, bool issuer);
    // Which anchor accepted a verified chain: the pinned exception, a CA of the
    // file given to the connection (the chain holds it or was issued by it), or
    // else the system store that QSslSocket also consults.
    static TlsTrust trustSource(const QList<QSslCertificate> &chain,
                                const QList<QSslCertificate> &caFileCerts, bool pinned);
};

} // namespace carteiro
