// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The process-wide GNU SASL context: created on first use (thread-safe), no
// callback (every property is set on the session), released at exit.
#include <QByteArray>

struct Gsasl;

namespace carteiro {

class GsaslContext
{
public:
    // nullptr when gsasl_init failed (then no GNU SASL mechanism is available).
    static Gsasl *get();

    // gsasl_client_support_p for one mechanism name.
    static bool clientSupports(const QByteArray &mechanism);

    GsaslContext(const GsaslContext &) = delete;
    GsaslContext &operator=(const GsaslContext &) = delete;

private:
    GsaslContext();
    ~GsaslContext();
    static GsaslContext &instance();

    Gsasl *m_ctx = nullptr;
};

} // namespace carteiro
