-- The token ledger is append-only: an entry, once written, is never changed. Deleting is allowed only as the
-- cascade of a deleted token account (the account row is already gone when the child's trigger fires).
CREATE OR REPLACE FUNCTION ledger_entries_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'ledger_entries is append-only: entries cannot be updated' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF EXISTS (SELECT 1 FROM token_accounts WHERE id = OLD.account_id) THEN
    RAISE EXCEPTION 'ledger_entries is append-only: entries cannot be deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_append_only
  BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only();
