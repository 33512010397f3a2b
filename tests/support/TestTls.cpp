// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestTls.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace carteiro::test {

namespace {
QByteArray bioToBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(len));
}
} // namespace

TlsIdentity makeSelfSigned(const QString &commonName, const QStringList &dnsNames,
                           const QStringList &ipAddresses)
{
    EVP_PKEY *pkey = EVP_EC_gen("P-256");
    X509 *x = X509_new();
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), long(std::rand()) + 1);
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 3600L * 24 * 30);
    X509_set_pubkey(x, pkey);
    X509_NAME *name = X509_get_subject_name(x);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(x, name);
    QStringList sans;
    for (const QString &d : dnsNames)
        sans << QStringLiteral("DNS:") + d;
    for (const QString &ip : ipAddresses)
        sans << QStringLiteral("IP:") + ip;
    if (!sans.isEmpty()) {
        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, x, x, nullptr, nullptr, 0);
        const QByteArray value = sans.join(QLatin1Char(',')).toLatin1();
        X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, value.constData());
        X509_add_ext(x, ext, -1);
        X509_EXTENSION_free(ext);
    }
    X509_sign(x, pkey, EVP_sha256());

    BIO *certBio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(certBio, x);
    BIO *keyBio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(keyBio, pkey, nullptr, nullptr, 0, nullptr, nullptr);
    TlsIdentity id;
    id.certificatePem = bioToBytes(certBio);
    id.certificate = QSslCertificate(id.certificatePem, QSsl::Pem);
    id.key = QSslKey(bioToBytes(keyBio), QSsl::Ec, QSsl::Pem);
    BIO_free(certBio);
    BIO_free(keyBio);
    X509_free(x);
    EVP_PKEY_free(pkey);
    return id;
}

ScriptedServer::ScriptedServer(const TlsIdentity &identity, bool implicitTls)
    : m_identity(identity), m_implicitTls(implicitTls)
{
}

void ScriptedServer::incomingConnection(qintptr handle)
{
    auto *s = new QSslSocket(this);
    s->setSocketDescriptor(handle);
    s->setLocalCertificate(m_identity.certificate);
    s->setPrivateKey(m_identity.key);
    s->setPeerVerifyMode(QSslSocket::VerifyNone);
    lastSocket = s;
    auto buffer = std::make_shared<QByteArray>();
    connect(s, &QSslSocket::readyRead, this, [this, s, buffer] {
        *buffer += s->readAll();
        qsizetype nl;
        while ((nl = buffer->indexOf("\r\n")) >= 0) {
            const QByteArray line = buffer->left(nl);
            buffer->remove(0, nl + 2);
            if (onLine)
                onLine(s, line);
        }
    });
    if (m_implicitTls) {
        connect(s, &QSslSocket::encrypted, this, [this, s] {
            if (onConnection)
                onConnection(s);
        });
        s->startServerEncryption();
    } else if (onConnection) {
        onConnection(s);
    }
}

} // namespace carteiro::test
