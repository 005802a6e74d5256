-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Airlock developers
--
-- The team trail on PostgreSQL (format airlock.team-trail/v1): the schema,
-- the two roles and the rules that keep it append-only. Run it once per
-- database, as a superuser or as the database's owner with CREATEROLE:
--
--     psql -v ON_ERROR_STOP=1 -d airlock -f team-trail.sql
--
-- then give every analyst a login role in airlock_writer and every
-- compliance reviewer one in airlock_reviewer. Running it again changes
-- nothing that is there.
--
-- Every workbench ships its own chain: the records of its local trail, with
-- their sequence numbers and hashes unchanged (the format of SPEC section 5).
-- The server takes a record only as the next link of its writer's own chain,
-- with a hash it recomputes itself; nothing is ever updated or deleted.

\set ON_ERROR_STOP on
SET client_min_messages = warning;
BEGIN;

DO $$
BEGIN
    IF pg_catalog.current_setting('server_encoding') <> 'UTF8' THEN
        RAISE EXCEPTION 'the team trail needs a UTF8 database (this one is %)',
            pg_catalog.current_setting('server_encoding');
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'airlock_writer') THEN
        CREATE ROLE airlock_writer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'airlock_reviewer') THEN
        CREATE ROLE airlock_reviewer NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS airlock;
REVOKE ALL ON SCHEMA airlock FROM PUBLIC;
GRANT USAGE ON SCHEMA airlock TO airlock_writer, airlock_reviewer;

CREATE TABLE IF NOT EXISTS airlock.meta (
    key text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO airlock.meta VALUES ('format', 'airlock.team-trail/v1') ON CONFLICT DO NOTHING;

-- One chain per analyst and machine, owned by the database role that
-- registered it: only that role can add to it.
CREATE TABLE IF NOT EXISTS airlock.chains (
    chain_id text PRIMARY KEY CHECK (chain_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    owner name NOT NULL DEFAULT session_user,
    analyst text NOT NULL CHECK (analyst <> ''),
    machine text NOT NULL CHECK (machine <> ''),
    -- The Ed25519 key (hex) that signs the chain's published heads.
    public_key text NOT NULL CHECK (public_key ~ '^[0-9a-f]{64}$'),
    registered timestamptz NOT NULL DEFAULT pg_catalog.now()
);

-- Full-text search over what an agent asked and the code it proposed, as
-- in the workbench's own trail: words, and phrases of them. Besides its
-- words, a request is indexed by each pair of adjacent words (as one
-- opaque token), so a phrase is looked up by its pairs: a phrase of common
-- words that occurs nowhere is found to be nowhere in the index, not by
-- reading every request that has the words (the index keeps no positions).
CREATE OR REPLACE FUNCTION airlock.word_pairs(words tsvector) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog
AS $$
    SELECT coalesce(array_agg(DISTINCT 'p' || md5(a.lexeme || ' ' || b.lexeme)), ARRAY[]::text[])
    FROM (SELECT u.lexeme, unnest(u.positions) AS pos FROM unnest(words) u) a
    JOIN (SELECT u.lexeme, unnest(u.positions) AS pos FROM unnest(words) u) b ON b.pos = a.pos + 1
$$;

CREATE OR REPLACE FUNCTION airlock.request_text(body bytea) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog
AS $$
    SELECT v || array_to_tsvector(airlock.word_pairs(v))
    FROM (SELECT to_tsvector('simple'::regconfig,
              coalesce(convert_from(body, 'UTF8')::jsonb->>'prompt', '') || ' '
              || coalesce(convert_from(body, 'UTF8')::jsonb->>'code', '')) AS v) words
$$;

-- What a reviewer typed, as one phrase: its words in order, and its pairs.
CREATE OR REPLACE FUNCTION airlock.search_query(typed text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog
AS $$
    SELECT CASE WHEN cardinality(pairs) = 0 THEN phrase ELSE phrase && array_to_string(pairs, ' & ')::tsquery END
    FROM (SELECT phraseto_tsquery('simple'::regconfig, typed) AS phrase,
                 airlock.word_pairs(to_tsvector('simple'::regconfig, typed)) AS pairs) q
$$;

-- The records, byte for byte as in the workbench's trail; id is the order
-- in which the server received them, across all chains.
CREATE TABLE IF NOT EXISTS airlock.records (
    id bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    chain_id text NOT NULL REFERENCES airlock.chains,
    seq bigint NOT NULL CHECK (seq > 0),
    kind text NOT NULL,
    request_id text NOT NULL,
    run_id text NOT NULL,
    at text NOT NULL,
    agent text NOT NULL,
    reviewer text NOT NULL,
    status text NOT NULL,
    body bytea NOT NULL,
    prev_hash text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
    hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    received timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    -- Derived, never hashed: the words of a request, for search.
    search tsvector GENERATED ALWAYS AS (CASE WHEN kind = 'request' THEN airlock.request_text(body) END) STORED,
    PRIMARY KEY (chain_id, seq)
);
CREATE INDEX IF NOT EXISTS records_request ON airlock.records (request_id, kind);
CREATE INDEX IF NOT EXISTS records_kind ON airlock.records (kind, id);
CREATE INDEX IF NOT EXISTS records_search ON airlock.records USING gin (search) WHERE kind = 'request';
-- A reviewer's pages: the requests newest first, of everyone or of one
-- workbench's chain.
CREATE INDEX IF NOT EXISTS records_requests ON airlock.records (id) WHERE kind IN ('request', 'malformed');
CREATE INDEX IF NOT EXISTS records_chain_requests ON airlock.records (chain_id, id)
    WHERE kind IN ('request', 'malformed');

-- Heads a workbench signed and published: where its chain stood, anchored
-- outside the machine it runs on. The signature (Ed25519, hex) covers
-- "airlock.head/v1", the chain, seq, hash and signed_at, one per line.
CREATE TABLE IF NOT EXISTS airlock.heads (
    chain_id text NOT NULL REFERENCES airlock.chains,
    seq bigint NOT NULL CHECK (seq > 0),
    hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    signed_at text NOT NULL,
    signature text NOT NULL CHECK (signature ~ '^[0-9a-f]{128}$'),
    received timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    PRIMARY KEY (chain_id, seq)
);

-- Artifact content by its SHA-256, shared by every chain.
CREATE TABLE IF NOT EXISTS airlock.blobs (
    sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    bytes bigint NOT NULL,
    content bytea NOT NULL
);

-- The record hash of SPEC section 5, computed by the server: a domain byte,
-- the previous hash, then every stored column but the sequence number as
-- its UTF-8 bytes, each after its length as a 32-bit big-endian number.
CREATE OR REPLACE FUNCTION airlock.record_hash(r airlock.records) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog
AS $$
    SELECT encode(sha256(
        '\x01'::bytea || decode(r.prev_hash, 'hex')
        || int4send(octet_length(convert_to(r.kind, 'UTF8'))) || convert_to(r.kind, 'UTF8')
        || int4send(octet_length(convert_to(r.request_id, 'UTF8'))) || convert_to(r.request_id, 'UTF8')
        || int4send(octet_length(convert_to(r.run_id, 'UTF8'))) || convert_to(r.run_id, 'UTF8')
        || int4send(octet_length(convert_to(r.at, 'UTF8'))) || convert_to(r.at, 'UTF8')
        || int4send(octet_length(convert_to(r.agent, 'UTF8'))) || convert_to(r.agent, 'UTF8')
        || int4send(octet_length(convert_to(r.reviewer, 'UTF8'))) || convert_to(r.reviewer, 'UTF8')
        || int4send(octet_length(convert_to(r.status, 'UTF8'))) || convert_to(r.status, 'UTF8')
        || int4send(octet_length(r.body)) || r.body), 'hex')
$$;

-- A record is taken only as the next link of its chain, by the chain's
-- owner, with the hash its content has. The per-chain advisory lock
-- serialises appends to one chain; other chains never wait for it.
CREATE OR REPLACE FUNCTION airlock.check_append() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
AS $$
DECLARE
    chain_owner name;
    last_seq bigint;
    last_hash text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('airlock.chain:' || NEW.chain_id, 0));
    SELECT owner INTO chain_owner FROM airlock.chains WHERE chain_id = NEW.chain_id;
    IF chain_owner IS DISTINCT FROM session_user THEN
        RAISE EXCEPTION 'chain % is not % own: a writer appends only to its own chain', NEW.chain_id, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT seq, hash INTO last_seq, last_hash FROM airlock.records
        WHERE chain_id = NEW.chain_id ORDER BY seq DESC LIMIT 1;
    IF NEW.seq <> coalesce(last_seq, 0) + 1 THEN
        RAISE EXCEPTION 'record % of chain % is out of order: the chain ends at %', NEW.seq, NEW.chain_id,
            coalesce(last_seq, 0) USING ERRCODE = 'unique_violation';
    END IF;
    IF NEW.prev_hash <> coalesce(last_hash, repeat('0', 64)) THEN
        RAISE EXCEPTION 'record % of chain % does not chain onto record %', NEW.seq, NEW.chain_id, last_seq
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.hash <> airlock.record_hash(NEW) THEN
        RAISE EXCEPTION 'record % of chain % does not have the hash of its content', NEW.seq, NEW.chain_id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION airlock.refuse_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog
AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE OR REPLACE FUNCTION airlock.check_blob() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog
AS $$
BEGIN
    IF NEW.sha256 <> encode(sha256(NEW.content), 'hex') OR NEW.bytes <> octet_length(NEW.content) THEN
        RAISE EXCEPTION 'artifact content does not match its hash %', NEW.sha256
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS records_append ON airlock.records;
CREATE TRIGGER records_append BEFORE INSERT ON airlock.records
    FOR EACH ROW EXECUTE FUNCTION airlock.check_append();
DROP TRIGGER IF EXISTS blobs_check ON airlock.blobs;
CREATE TRIGGER blobs_check BEFORE INSERT ON airlock.blobs
    FOR EACH ROW EXECUTE FUNCTION airlock.check_blob();
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['chains', 'records', 'blobs', 'heads'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON airlock.%I', t || '_append_only', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON airlock.%I'
                       ' FOR EACH ROW EXECUTE FUNCTION airlock.refuse_change()', t || '_append_only', t);
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON airlock.%I', t || '_no_truncate', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON airlock.%I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION airlock.refuse_change()', t || '_no_truncate', t);
    END LOOP;
END
$$;

-- Whether the session's role owns a chain (for the row-level policy, which
-- runs with the writer's rights, and a writer reads no table).
CREATE OR REPLACE FUNCTION airlock.owns_chain(chain text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
AS $$
    SELECT EXISTS (SELECT FROM airlock.chains c WHERE c.chain_id = chain AND c.owner = session_user)
$$;

-- Registers a workbench's chain for the session's role and its signing
-- key, once; a chain id that another role registered, or another key for
-- it, is refused.
CREATE OR REPLACE FUNCTION airlock.register_chain(chain text, analyst_name text, machine_name text, key text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
AS $$
BEGIN
    INSERT INTO airlock.chains (chain_id, owner, analyst, machine, public_key)
        VALUES (chain, session_user, analyst_name, machine_name, key) ON CONFLICT (chain_id) DO NOTHING;
    IF NOT airlock.owns_chain(chain) THEN
        RAISE EXCEPTION 'chain % belongs to another writer', chain USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (SELECT c.public_key FROM airlock.chains c WHERE c.chain_id = chain) <> key THEN
        RAISE EXCEPTION 'chain % is signed with another key: its heads cannot change hands', chain
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- Publishes a signed head of the writer's own chain: only of a record the
-- server holds, with the hash it holds. (The signature is checked by
-- whoever verifies, with the key registered for the chain.)
CREATE OR REPLACE FUNCTION airlock.publish_head(chain text, head_seq bigint, head_hash text, at text, sig text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
AS $$
BEGIN
    IF NOT airlock.owns_chain(chain) THEN
        RAISE EXCEPTION 'chain % is not % own', chain, session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT FROM airlock.records r WHERE r.chain_id = chain AND r.seq = head_seq AND r.hash = head_hash)
    THEN
        RAISE EXCEPTION 'chain % has no record % with hash %', chain, head_seq, head_hash
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    INSERT INTO airlock.heads (chain_id, seq, hash, signed_at, signature)
        VALUES (chain, head_seq, head_hash, at, sig) ON CONFLICT (chain_id, seq) DO NOTHING;
END
$$;

-- Where a writer's chain ends on the server: what it ships next. A writer
-- reads nothing else.
CREATE OR REPLACE FUNCTION airlock.chain_head(chain text, OUT seq bigint, OUT hash text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog
AS $$
BEGIN
    IF NOT airlock.owns_chain(chain) THEN
        RAISE EXCEPTION 'chain % is not % own', chain, session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT r.seq, r.hash INTO seq, hash FROM airlock.records r WHERE r.chain_id = chain ORDER BY r.seq DESC LIMIT 1;
    seq := coalesce(seq, 0);
    hash := coalesce(hash, repeat('0', 64));
END
$$;

-- A chain's signing key and published heads: for its own writer (to check
-- its local trail against them) and for reviewers.
CREATE OR REPLACE FUNCTION airlock.published_heads(chain text)
    RETURNS TABLE (public_key text, seq bigint, hash text, signed_at text, signature text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog
AS $$
BEGIN
    IF NOT airlock.owns_chain(chain) AND NOT pg_has_role(session_user, 'airlock_reviewer', 'MEMBER') THEN
        RAISE EXCEPTION 'chain % is not % own', chain, session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT c.public_key, h.seq, h.hash, h.signed_at, h.signature
        FROM airlock.chains c LEFT JOIN airlock.heads h ON h.chain_id = c.chain_id
        WHERE c.chain_id = chain ORDER BY h.seq;
END
$$;

-- Stores artifact content once, whoever ships it first (its hash is checked).
CREATE OR REPLACE FUNCTION airlock.store_blob(sha text, content bytea) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog
AS $$
    INSERT INTO airlock.blobs (sha256, bytes, content) VALUES (sha, octet_length(content), content)
        ON CONFLICT (sha256) DO NOTHING
$$;

-- Privileges: a writer inserts records into its own chain and goes through
-- the functions above for the rest; a reviewer reads. Nobody changes or
-- removes anything: the triggers refuse that to the schema's owner too.
REVOKE ALL ON ALL TABLES IN SCHEMA airlock FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA airlock FROM PUBLIC;
GRANT INSERT ON airlock.records TO airlock_writer;
GRANT EXECUTE ON FUNCTION airlock.register_chain(text, text, text, text), airlock.chain_head(text),
    airlock.store_blob(text, bytea), airlock.owns_chain(text),
    airlock.publish_head(text, bigint, text, text, text) TO airlock_writer;
GRANT EXECUTE ON FUNCTION airlock.published_heads(text) TO airlock_writer, airlock_reviewer;
GRANT SELECT ON ALL TABLES IN SCHEMA airlock TO airlock_reviewer;
GRANT EXECUTE ON FUNCTION airlock.record_hash(airlock.records) TO airlock_reviewer;
-- The search index is kept up as records arrive, with the inserter's rights.
GRANT EXECUTE ON FUNCTION airlock.request_text(bytea), airlock.word_pairs(tsvector) TO airlock_writer, airlock_reviewer;
GRANT EXECUTE ON FUNCTION airlock.search_query(text) TO airlock_reviewer;

-- Row-level security: a writer's rows are its own chain's, whatever it
-- names in them; a reviewer reads every chain.
ALTER TABLE airlock.chains ENABLE ROW LEVEL SECURITY;
ALTER TABLE airlock.records ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS records_own ON airlock.records;
CREATE POLICY records_own ON airlock.records FOR INSERT TO airlock_writer
    WITH CHECK (airlock.owns_chain(chain_id));
DROP POLICY IF EXISTS chains_read ON airlock.chains;
CREATE POLICY chains_read ON airlock.chains FOR SELECT TO airlock_reviewer USING (true);
DROP POLICY IF EXISTS records_read ON airlock.records;
CREATE POLICY records_read ON airlock.records FOR SELECT TO airlock_reviewer USING (true);

COMMIT;
