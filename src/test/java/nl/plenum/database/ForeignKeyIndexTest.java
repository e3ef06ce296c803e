package nl.plenum.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.plenum.Fixtures;
import org.junit.jupiter.api.Test;

/** Every foreign key can be followed backwards by an index whose leading columns are the key's columns. */
@QuarkusTest
class ForeignKeyIndexTest {

    @Inject
    Fixtures fixtures;

    @Test
    void everyForeignKeyHasAnIndex() {
        String unindexed = fixtures.string("""
                SELECT string_agg(c.conrelid::regclass || '(' || (
                           SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) || ')', ' ' ORDER BY 1)
                FROM pg_constraint c
                WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
                  AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid
                                  AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
                                  AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey)""");
        assertEquals(null, unindexed);
    }
}
