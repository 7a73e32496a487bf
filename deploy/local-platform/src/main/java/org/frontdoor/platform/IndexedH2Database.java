package org.frontdoor.platform;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 database, keeping the non-unique indexes the services declare ({@link SecondaryIndex})
 * instead of logging "not yet implemented" and answering every query on them by a scan of the whole collection.
 * Unique indexes stay mongo-java-server's own, in the H2 file.
 *
 * <p>Every collection also gets one such index on {@code _id} ({@link #ID_WITH_MORE}). mongo-java-server's own
 * {@code _id} index takes a query only when {@code _id} is all it names, so the services' conditional updates
 * ({@code {_id, version}}: a change only if nobody changed the document since it was read) and their look-ups of one
 * document with a condition were answered by reading the whole collection. This index hands such a query the one
 * document with that id, which the collection then matches against the rest of the query as before. And every
 * collection answers an {@code $or} whose branches its indexes take from those indexes ({@link EitherOfIndexes}).
 */
final class IndexedH2Database extends H2Database {

    IndexedH2Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
        super(databaseName, mvStore, cursorRegistry);
    }

    /** Not in the index descriptions the store keeps or lists: the services never declared it. */
    static final String ID_WITH_MORE = "_id_with_more_fields";

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        MongoCollection<Object> collection = super.openOrCreateCollection(collectionName, options);
        // Filled from the collection's documents (mongo-java-server fills an empty index when it is added).
        collection.addIndex(new SecondaryIndex(ID_WITH_MORE, List.of(new IndexKey("_id", true)), false));
        collection.addIndex(new EitherOfIndexes(collection));
        return collection;
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        // Empty when created: the collection fills it from its documents, on createIndex and whenever the store opens.
        return new SecondaryIndex(indexName, keys, sparse);
    }
}
