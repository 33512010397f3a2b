// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/HeaderFields.h"

#include <gtest/gtest.h>

using carteiro::HeaderFields;

TEST(HeaderFields, FirstOccurrenceUnfoldedAndDecoded)
{
    const QByteArray h = "Return-Path: <a@b>\r\n"
                         "Subject: =?utf-8?Q?Relat=C3=B3rio?=\r\n"
                         " de =?utf-8?B?YcOnw6Nv?=\r\n"
                         "From: =?utf-8?Q?Z=C3=A9?= <ze@x.br>\r\n"
                         "subject: second\r\n"
                         "\r\n"
                         "To: in the body <no@x>\r\n";
    EXPECT_EQ(HeaderFields::decoded(h, "Subject"), QStringLiteral("Relatório de ação"));
    EXPECT_EQ(HeaderFields::decoded(h, "from"), QStringLiteral("Zé <ze@x.br>"));
    EXPECT_TRUE(HeaderFields::raw(h, "To").isNull()); // after the blank line: body, not header
    EXPECT_TRUE(HeaderFields::raw(h, "Cc").isNull());
    EXPECT_EQ(HeaderFields::raw("X: a\nY: b\n", "Y"), QByteArray("b")); // LF-only input
}

TEST(HeaderFields, EncodedControlCharactersAreRemoved)
{
    const QByteArray h = "From: =?utf-8?Q?Eve=0D=0ABcc:_x=00?= <eve@x>\r\n\r\n";
    const QString from = HeaderFields::decoded(h, "From");
    for (const QChar c : from)
        EXPECT_GE(c.unicode(), 0x20) << from.toStdString();
    EXPECT_TRUE(from.contains(QStringLiteral("eve@x")));
}
