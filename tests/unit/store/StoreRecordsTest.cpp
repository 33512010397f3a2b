// SPDX-License-Identifier: GPL-3.0-or-later
// MessageFlag: IMAP flag names <-> bits (RFC 3501 §2.3.2, RFC 5788 keywords).
#include "store/StoreRecords.h"

#include <gtest/gtest.h>

using namespace carteiro;

TEST(MessageFlag, SystemFlagsAndKeywordsCaseInsensitively)
{
    QList<QByteArray> others;
    const quint32 bits = MessageFlag::fromImap(
        {"\\SEEN", "\\answered", "\\Flagged", "\\deleted", "\\Draft", "$forwarded", "$JUNK", "$Label1", "\\Recent",
         "NonJunk"},
        &others);
    EXPECT_EQ(bits, quint32(MessageFlag::Seen | MessageFlag::Answered | MessageFlag::Flagged | MessageFlag::Deleted |
                            MessageFlag::Draft | MessageFlag::Forwarded | MessageFlag::Junk));
    // Everything else comes back verbatim, in order.
    EXPECT_EQ(others, (QList<QByteArray>{"$Label1", "\\Recent", "NonJunk"}));
    EXPECT_EQ(MessageFlag::fromImap({}), 0u);
    EXPECT_EQ(MessageFlag::fromImap({"Seen", "\\Seenx", "Forwarded"}, &others), 0u); // near misses are not flags
}

TEST(MessageFlag, ToImapSpellsTheCanonicalNamesAndRoundTrips)
{
    EXPECT_TRUE(MessageFlag::toImap(0).isEmpty());
    EXPECT_EQ(MessageFlag::toImap(MessageFlag::Seen | MessageFlag::Junk), (QList<QByteArray>{"\\Seen", "$Junk"}));
    EXPECT_EQ(MessageFlag::toImap(MessageFlag::Forwarded | MessageFlag::Draft),
              (QList<QByteArray>{"\\Draft", "$Forwarded"}));
    for (quint32 bits = 0; bits < (1u << 7); ++bits) {
        QList<QByteArray> others;
        EXPECT_EQ(MessageFlag::fromImap(MessageFlag::toImap(bits), &others), bits);
        EXPECT_TRUE(others.isEmpty());
    }
    EXPECT_TRUE(MessageFlag::toImap(1u << 20).isEmpty()); // unknown bits are not invented names
}
