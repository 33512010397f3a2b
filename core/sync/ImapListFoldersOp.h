#pragma once
// The folder list: LIST "" "*" (RFC 3501 §6.3.8) with SPECIAL-USE / LIST-STATUS
// when offered (RFC 6154, RFC 5819) -> folders upserted, vanished ones dropped.
#include "sync/ImapOperation.h"

namespace carteiro {

class ImapListFoldersOp : public ImapOperation
{
public:
    ImapListFoldersOp() : ImapOperation(QStringLiteral("LIST")) {}

protected:
    Status begin(ImapOperationContext &ctx) override;
    Status completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c) override;
};

} // namespace carteiro
