// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fixtures.h"
#include "compose/SizeEstimate.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;

TEST(ComposerSizeEstimate, Base64CountsFourCharactersPerThreeBytesAndACrlfPer76)
{
    EXPECT_EQ(SizeEstimate::base64Size(0), 0);
    EXPECT_EQ(SizeEstimate::base64Size(1), 4 + 2);
    EXPECT_EQ(SizeEstimate::base64Size(3), 4 + 2);
    EXPECT_EQ(SizeEstimate::base64Size(57), 76 + 2);  // exactly one full line
    EXPECT_EQ(SizeEstimate::base64Size(58), 80 + 4);  // a second, short line
    EXPECT_EQ(SizeEstimate::base64Size(3600), 4800 + 64 * 2);
}

TEST(ComposerSizeEstimate, AttachmentsCountAsBase64)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.bin"));
    ASSERT_TRUE(test::writeFile(path, QByteArray(3000, 'x')));
    MessageDraft d;
    const SizeEstimate empty = SizeEstimate::of(d);
    EXPECT_EQ(empty.attachmentBytes, 0);
    d.attachments.append(AttachmentSpec{path, {}, {}});
    const SizeEstimate e = SizeEstimate::of(d);
    EXPECT_EQ(e.attachmentBytes, 3000);
    EXPECT_EQ(e.attachmentEncoded, SizeEstimate::base64Size(3000));
    EXPECT_GE(e.total - empty.total, e.attachmentEncoded);
}
