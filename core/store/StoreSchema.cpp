// SPDX-License-Identifier: GPL-3.0-or-later
// The store's schema, as migration steps (see MailStore::migrate).
#include "store/StoreSql.h"

namespace carteiro {

namespace storesql {

// The search index's queue triggers (v6, rewritten in v8). An UPSERT's own
// conflict handling overrides a trigger's "INSERT OR IGNORE" (SQLite,
// "The ON CONFLICT Clause", lang_conflict.html), so a sync that updates a
// known row failed on the queue's primary key: each trigger carries its own
// ON CONFLICT clause instead, which the outer statement does not override.
const char *const kSearchNewMessage =
    "CREATE TRIGGER search_new_message AFTER INSERT ON messages BEGIN"
    " INSERT INTO search_queue (message) VALUES (new.id) ON CONFLICT(message) DO NOTHING; END";
const char *const kSearchNewEnvelope =
    "CREATE TRIGGER search_new_envelope AFTER UPDATE ON messages"
    " WHEN old.subject IS NOT new.subject OR old.from_name IS NOT new.from_name"
    " OR old.from_address IS NOT new.from_address OR old.to_list IS NOT new.to_list"
    " OR old.cc_list IS NOT new.cc_list BEGIN"
    " INSERT INTO search_queue (message) VALUES (new.id) ON CONFLICT(message) DO NOTHING; END";
const char *const kSearchNewBody =
    "CREATE TRIGGER search_new_body AFTER INSERT ON bodies BEGIN"
    " INSERT INTO search_queue (message, body) VALUES (new.message, 1)"
    " ON CONFLICT(message) DO UPDATE SET body = 1; END";

// Schema migrations, one step per version: step i takes user_version i to i+1.
// The pending ones run in one transaction with the user_version bump.
const QList<QList<const char *>> &migrations()
{
    static const QList<QList<const char *>> steps = {
        // v1: the initial schema.
        {
            "CREATE TABLE folders ("
            " id INTEGER PRIMARY KEY,"
            " account TEXT NOT NULL,"
            " name TEXT NOT NULL,"
            " wire_name BLOB,"
            " delimiter TEXT,"
            " special_use BLOB,"
            " selectable INTEGER NOT NULL DEFAULT 1,"
            " local INTEGER NOT NULL DEFAULT 0,"
            " uidvalidity INTEGER NOT NULL DEFAULT 0,"
            " uidnext INTEGER NOT NULL DEFAULT 0,"
            " highestmodseq INTEGER NOT NULL DEFAULT 0,"
            " UNIQUE(account, name))",
            // uid is NULL for POP3 rows and uidl NULL for IMAP rows: SQLite treats
            // NULLs as distinct, so each UNIQUE applies only to its own kind.
            "CREATE TABLE messages ("
            " id INTEGER PRIMARY KEY,"
            " folder INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,"
            " uid INTEGER,"
            " uidl BLOB,"
            " flags INTEGER NOT NULL DEFAULT 0,"
            " keywords BLOB,"
            " modseq INTEGER NOT NULL DEFAULT 0,"
            " envelope_known INTEGER NOT NULL DEFAULT 0,"
            " size INTEGER NOT NULL DEFAULT 0,"
            " internaldate INTEGER,"
            " date INTEGER,"
            " from_name TEXT, from_address TEXT, to_list TEXT, cc_list TEXT, subject TEXT,"
            " message_id BLOB, in_reply_to BLOB, refs BLOB,"
            " has_attachments INTEGER NOT NULL DEFAULT 0,"
            " UNIQUE(folder, uid),"
            " UNIQUE(folder, uidl))",
            // total/unread per folder are counted over this index alone.
            "CREATE INDEX messages_folder_flags ON messages(folder, flags)",
            "CREATE TABLE bodies ("
            " message INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,"
            " raw BLOB NOT NULL)",
            "CREATE TABLE parts ("
            " message INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
            " section BLOB NOT NULL,"
            " bytes BLOB NOT NULL,"
            " PRIMARY KEY(message, section)) WITHOUT ROWID",
            "CREATE TABLE outbox ("
            " id INTEGER PRIMARY KEY,"
            " account TEXT NOT NULL,"
            " state INTEGER NOT NULL,"
            " raw BLOB NOT NULL,"
            " envelope_from BLOB,"
            " recipients BLOB,"
            " subject TEXT,"
            " last_error TEXT,"
            " attempts INTEGER NOT NULL DEFAULT 0,"
            " created INTEGER,"
            " updated INTEGER)",
            "CREATE INDEX outbox_account ON outbox(account)",
            "CREATE TABLE drafts ("
            " id INTEGER PRIMARY KEY,"
            " account TEXT NOT NULL,"
            " subject TEXT,"
            " payload BLOB,"
            " updated INTEGER)",
            "CREATE INDEX drafts_account ON drafts(account)",
        },
        // v2: IMAP actions made while the server was away, replayed in id order
        // when it is back (core/sync/ImapAccountSync.h).
        {
            "CREATE TABLE pending_actions ("
            " id INTEGER PRIMARY KEY,"
            " account TEXT NOT NULL,"
            " kind INTEGER NOT NULL,"
            " folder TEXT NOT NULL,"
            " uids BLOB NOT NULL,"
            " target TEXT,"
            " flags_add INTEGER NOT NULL DEFAULT 0,"
            " flags_remove INTEGER NOT NULL DEFAULT 0,"
            " created INTEGER)",
            "CREATE INDEX pending_actions_account ON pending_actions(account)",
        },
        // v3: the durable outbox (core/engine/README.md, "The durable outbox"):
        // the stage a send reached, the server's replies, send-later and
        // back-off times, where it was filed, and the server it was queued for.
        {
            "ALTER TABLE outbox ADD COLUMN stage INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE outbox ADD COLUMN message_id BLOB",
            "ALTER TABLE outbox ADD COLUMN to_list TEXT",
            "ALTER TABLE outbox ADD COLUMN last_reply TEXT",
            "ALTER TABLE outbox ADD COLUMN recipient_replies TEXT",
            "ALTER TABLE outbox ADD COLUMN send_at INTEGER",
            "ALTER TABLE outbox ADD COLUMN next_attempt INTEGER",
            "ALTER TABLE outbox ADD COLUMN queue_id TEXT",
            "ALTER TABLE outbox ADD COLUMN sent_folder TEXT",
            "ALTER TABLE outbox ADD COLUMN sent_uid INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE outbox ADD COLUMN server_url TEXT",
            "ALTER TABLE outbox ADD COLUMN login TEXT",
            "ALTER TABLE outbox ADD COLUMN ca_file TEXT",
            "ALTER TABLE outbox ADD COLUMN mechanism TEXT",
            "ALTER TABLE outbox ADD COLUMN draft_payload BLOB",
        },
        // v4: contacts (README "Contacts"; core/store/MailStoreContacts.cpp): the
        // addresses seen in mail and written to, harvested once per message
        // (messages.harvested) for completion, and the address book with groups.
        {
            "ALTER TABLE messages ADD COLUMN harvested INTEGER NOT NULL DEFAULT 0",
            "CREATE INDEX messages_unharvested ON messages(id) WHERE harvested = 0 AND envelope_known = 1",
            "CREATE TABLE addresses_seen ("
            " address TEXT PRIMARY KEY,"
            " name TEXT,"
            " received INTEGER NOT NULL DEFAULT 0,"
            " written INTEGER NOT NULL DEFAULT 0,"
            " last_used INTEGER)",
            "CREATE TABLE addresses_noted (message_id BLOB PRIMARY KEY) WITHOUT ROWID",
            "CREATE TABLE contacts ("
            " id INTEGER PRIMARY KEY,"
            " uid TEXT,"
            " name TEXT NOT NULL,"
            " emails TEXT,"
            " phones TEXT,"
            " organization TEXT,"
            " note TEXT,"
            " updated INTEGER)",
            "CREATE TABLE contact_groups ("
            " id INTEGER PRIMARY KEY,"
            " uid TEXT,"
            " name TEXT NOT NULL,"
            " members TEXT,"
            " updated INTEGER)",
        },
        // v5: everyday folders (issue 12 §3, §5): whether the server lists the folder
        // as subscribed (LSUB, LIST (SUBSCRIBED)), and "Keep messages for offline
        // use" (bodies downloaded in the background).
        {
            "ALTER TABLE folders ADD COLUMN subscribed INTEGER NOT NULL DEFAULT 1",
            "ALTER TABLE folders ADD COLUMN keep_offline INTEGER NOT NULL DEFAULT 0",
        },
        // v6: search (issue 12 §1, core/search/README.md): the full-text index
        // over each message's sender, recipients, subject and cached body
        // (accents and case folded), and the rows waiting for the background
        // indexer, queued by triggers as the sync writes; an expunged row leaves
        // the index with its message.
        {
            "CREATE VIRTUAL TABLE search_text USING fts5(sender, recipients, subject, body,"
            " tokenize = 'unicode61 remove_diacritics 2')",
            "CREATE TABLE search_queue ("
            " message INTEGER PRIMARY KEY,"
            " body INTEGER NOT NULL DEFAULT 0)",
            "INSERT INTO search_queue (message, body)"
            " SELECT m.id, EXISTS(SELECT 1 FROM bodies b WHERE b.message = m.id) FROM messages m",
            kSearchNewMessage,
            kSearchNewEnvelope,
            kSearchNewBody,
            "CREATE TRIGGER search_gone_message AFTER DELETE ON messages BEGIN"
            " DELETE FROM search_text WHERE rowid = old.id;"
            " DELETE FROM search_queue WHERE message = old.id; END",
        },
        // v7: the message's journey (issue 11 §2, core/engine/MessageJourney.h): when
        // Carteiro fetched a message's body (a table of its own: the messages
        // table stays as it is), and its own submission leg of each message it
        // sent (time, server, TLS, AUTH, queue id), kept after the outbox row
        // is gone.
        {
            "CREATE TABLE fetches ("
            " message INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,"
            " fetched INTEGER NOT NULL)",
            "CREATE TABLE submissions ("
            " id INTEGER PRIMARY KEY,"
            " account TEXT,"
            " message_id BLOB,"
            " queue_id TEXT,"
            " server TEXT,"
            " tls TEXT,"
            " auth TEXT,"
            " reply TEXT,"
            " envelope_from BLOB,"
            " recipients TEXT,"
            " started INTEGER,"
            " sent INTEGER)",
            "CREATE INDEX submissions_message_id ON submissions(message_id)",
        },
        // v8: a file made by the first v6 keeps triggers whose "OR IGNORE" an
        // UPSERT overrides: they are made again in the form above. And the
        // messages of a folder in date order, newest first, as searches list
        // them (MailStoreSearch.cpp): a search walks this index and stops at
        // its limit instead of sorting every hit (0.56 s -> 0.08 s for a word
        // in 99% of 100k messages, tests/bench/search.sh).
        {
            "CREATE INDEX messages_folder_date ON messages(folder, COALESCE(date, internaldate), id)",
            "DROP TRIGGER IF EXISTS search_new_message",
            "DROP TRIGGER IF EXISTS search_new_envelope",
            "DROP TRIGGER IF EXISTS search_new_body",
            kSearchNewMessage,
            kSearchNewEnvelope,
            kSearchNewBody,
        },
        // v9: the headers indexed again on their own (search_head: sender,
        // recipients, subject), for terms such as from: or subject:. FTS5
        // reads a word's whole list of places before it can keep those in one
        // column, so "subject:agenda" read every body that says "agenda"
        // (5 ms of a 20 ms search on 100k messages with no hit). Filled from
        // the existing index; kept by MailStore::indexForSearch from then on.
        {
            "CREATE VIRTUAL TABLE search_head USING fts5(sender, recipients, subject,"
            " tokenize = 'unicode61 remove_diacritics 2')",
            "INSERT INTO search_head (rowid, sender, recipients, subject)"
            " SELECT rowid, sender, recipients, subject FROM search_text",
            "DROP TRIGGER IF EXISTS search_gone_message",
            "CREATE TRIGGER search_gone_message AFTER DELETE ON messages BEGIN"
            " DELETE FROM search_text WHERE rowid = old.id;"
            " DELETE FROM search_head WHERE rowid = old.id;"
            " DELETE FROM search_queue WHERE message = old.id; END",
        },
    };
    return steps;
}

} // namespace storesql

} // namespace carteiro
