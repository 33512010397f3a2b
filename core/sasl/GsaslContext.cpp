// SPDX-License-Identifier: GPL-3.0-or-later
#include "sasl/GsaslContext.h"

#include <gsasl.h>

namespace carteiro {

GsaslContext::GsaslContext()
{
    if (gsasl_init(&m_ctx) != GSASL_OK)
        m_ctx = nullptr;
}

GsaslContext::~GsaslContext()
{
    if (m_ctx)
        gsasl_done(m_ctx);
}

GsaslContext &GsaslContext::instance()
{
    static GsaslContext holder; // C++11 guarantees thread-safe initialisation
    return holder;
}

Gsasl *GsaslContext::get()
{
    return instance().m_ctx;
}

bool GsaslContext::clientSupports(const QByteArray &mechanism)
{
    Gsasl *ctx = get();
    return ctx && gsasl_client_support_p(ctx, mechanism.constData()) != 0;
}

} // namespace carteiro
