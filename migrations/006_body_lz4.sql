-- 006_body_lz4.sql - article bodies compressed with lz4 instead of pglz.
--
-- A body of more than about 2 kB (most news articles) is compressed when
-- its row is stored.  pglz, PostgreSQL's default, spent 0.05-0.07 ms of
-- backend CPU per 3 kB body of the bench corpus, lz4 0.02-0.03 ms, for a
-- few per cent more bytes (docs/BENCHMARKS.md, "End to end, round two").
-- Only rows stored from now on are compressed with lz4; the stored ones are
-- read as they are (each value records its method), nothing is rewritten.
-- A server built without lz4 (or older than PostgreSQL 14) keeps pglz: the
-- migration then changes nothing.

DO $$
BEGIN
	IF pg_has_role('tradewatch_owner', 'MEMBER') THEN
		SET LOCAL ROLE tradewatch_owner;
	END IF;
	BEGIN
		ALTER TABLE articles ALTER COLUMN body SET COMPRESSION lz4;
	EXCEPTION WHEN feature_not_supported OR syntax_error THEN
		RAISE NOTICE '006: lz4 not available (%); article bodies stay pglz', SQLERRM;
	END;
END $$;
