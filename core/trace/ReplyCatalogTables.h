// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/trace: the tables of ReplyCatalog that live in their own
// file (ReplyCatalogImapPop3.cpp), so that no file holds every table.
namespace carteiro::reply_detail {

struct KeyedEntry
{
    const char *key;
    const char *meaning; // QT_TRANSLATE_NOOP("ReplyCatalog", ...)
    const char *source;
};

struct KeyedTable
{
    const KeyedEntry *begin;
    const KeyedEntry *end;
};

KeyedTable imapCodes(); // RFC 3501 §7.1, RFC 9051 §7.1 and extensions
KeyedTable pop3Codes(); // RFC 2449 §8, RFC 3206

} // namespace carteiro::reply_detail
