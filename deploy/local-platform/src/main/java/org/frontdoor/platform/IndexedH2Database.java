package org.frontdoor.platform;

import java.util.List;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 database, keeping the non-unique indexes the services declare ({@link SecondaryIndex})
 * instead of logging "not yet implemented" and answering every query on them by a scan of the whole collection.
 * Unique indexes stay mongo-java-server's own, in the H2 file.
 */
final class IndexedH2Database extends H2Database {

    IndexedH2Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
        super(databaseName, mvStore, cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        // Empty when created: the collection fills it from its documents, on createIndex and whenever the store opens.
        return new SecondaryIndex(indexName, keys, sparse);
    }
}
