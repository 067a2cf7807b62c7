-- A tamper-evident audit trail, and a runtime role that can only append to it.
--
-- Each AuditEntry carries prevHash (the hash of the entry before it, 64 zeros
-- for the first) and hash = hex(SHA-256(prevHash || canonical JSON of the
-- entry)), computed here by a BEFORE INSERT trigger that serialises appends
-- (a transaction-scoped advisory lock, and the id taken under it, so the chain
-- follows the ids and two concurrent inserts never fork it). The canonical
-- JSON has the keys sorted, no spaces, every value a JSON string or null:
-- {"action":…,"actorId":…,"actorRole":…,"at":"YYYY-MM-DDTHH:MI:SS.ffffff",
-- "caseId":…,"detail":…,"id":"<id>","outcome":…,"requestId":…,"resource":…,
-- "sourceIp":…}, and npm run audit:verify recomputes it independently.
--
-- The API, worker and notifier connect as masar_app: it owns nothing (so it
-- cannot ALTER or DISABLE TRIGGER), is no superuser (so it cannot set
-- session_replication_role), and may only SELECT and INSERT on AuditEntry.
-- The migrating user (the owner) keeps the schema.
-- (The migration runner splits scripts on semicolons: bodies spell them \073.)

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;

-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN "detail" TEXT,
ADD COLUMN "hash" TEXT,
ADD COLUMN "prevHash" TEXT;

-- The canonical text of an entry (what its hash covers besides prevHash).
CREATE FUNCTION "audit_entry_canonical"(e "AuditEntry") RETURNS text LANGUAGE sql STABLE
SET search_path = pg_catalog, public AS $body$
  SELECT '{"action":' || coalesce(to_jsonb(e."action")::text, 'null')
      || ',"actorId":' || coalesce(to_jsonb(e."actorId")::text, 'null')
      || ',"actorRole":' || coalesce(to_jsonb(e."actorRole")::text, 'null')
      || ',"at":' || coalesce(to_jsonb(to_char(e."at", 'YYYY-MM-DD"T"HH24:MI:SS.US'))::text, 'null')
      || ',"caseId":' || coalesce(to_jsonb(e."caseId")::text, 'null')
      || ',"detail":' || coalesce(to_jsonb(e."detail")::text, 'null')
      || ',"id":' || coalesce(to_jsonb(e."id"::text)::text, 'null')
      || ',"outcome":' || coalesce(to_jsonb(e."outcome")::text, 'null')
      || ',"requestId":' || coalesce(to_jsonb(e."requestId")::text, 'null')
      || ',"resource":' || coalesce(to_jsonb(e."resource")::text, 'null')
      || ',"sourceIp":' || coalesce(to_jsonb(e."sourceIp")::text, 'null')
      || '}'
$body$;

-- Entries written before the chain existed are chained in id order, once.
ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_no_update";
DO E'DECLARE r public."AuditEntry"\073 prev text := repeat(''0'', 64)\073
BEGIN
  FOR r IN SELECT * FROM public."AuditEntry" ORDER BY id LOOP
    UPDATE public."AuditEntry"
       SET "prevHash" = prev,
           hash = encode(public.digest(convert_to(prev || public.audit_entry_canonical(r), ''UTF8''), ''sha256''), ''hex'')
     WHERE id = r.id
     RETURNING hash INTO prev\073
  END LOOP\073
END';
ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_no_update";
ALTER TABLE "AuditEntry" ALTER COLUMN "hash" SET NOT NULL,
ALTER COLUMN "prevHash" SET NOT NULL;

-- Appends: one at a time (the lock is held until the transaction ends), the id
-- taken under the lock, prevHash the last entry's hash. Whatever id, prevHash
-- or hash the caller sent is replaced. SECURITY DEFINER: runs as the owner
-- with a fixed search_path, whatever the caller's.
CREATE FUNCTION "audit_entry_chain"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS
E'DECLARE prev text\073
BEGIN
  IF current_setting(''transaction_isolation'') <> ''read committed'' THEN
    RAISE EXCEPTION ''AuditEntry is appended at READ COMMITTED only (the chain reads the last committed entry)''\073
  END IF\073
  PERFORM pg_advisory_xact_lock(1096107092, 1)\073
  NEW.id := nextval(pg_get_serial_sequence(''public."AuditEntry"'', ''id''))\073
  SELECT hash INTO prev FROM public."AuditEntry" ORDER BY id DESC LIMIT 1\073
  NEW."prevHash" := coalesce(prev, repeat(''0'', 64))\073
  NEW.hash := encode(public.digest(convert_to(NEW."prevHash" || public.audit_entry_canonical(NEW), ''UTF8''), ''sha256''), ''hex'')\073
  RETURN NEW\073
END';
REVOKE ALL ON FUNCTION "audit_entry_chain"() FROM PUBLIC;

CREATE TRIGGER "AuditEntry_chain" BEFORE INSERT ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_chain"();

-- The runtime role (roles are cluster-wide: created once, by the first database
-- migrated on the server). LOGIN without a password: local trust authentication
-- in development, and in production its password is set from DATABASE_URL by
-- scripts/prepare-db.js (or by the DBA), never written here.
DO E'BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ''masar_app'') THEN
    CREATE ROLE masar_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS\073
  END IF\073
  EXECUTE format(''GRANT CONNECT ON DATABASE %I TO masar_app'', current_database())\073
END';

-- Grants, per database: the DML it needs on every table, but only SELECT and
-- INSERT on the audit trail and nothing on the migrations' table.
GRANT USAGE ON SCHEMA public TO masar_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO masar_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO masar_app;
REVOKE ALL ON TABLE "_prisma_migrations" FROM masar_app;
REVOKE ALL ON TABLE "AuditEntry" FROM masar_app;
GRANT SELECT, INSERT ON TABLE "AuditEntry" TO masar_app;

-- Tables and sequences later migrations create (as this same owner) get the same DML.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO masar_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO masar_app;
