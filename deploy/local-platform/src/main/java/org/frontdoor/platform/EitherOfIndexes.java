package org.frontdoor.platform;

import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.type.ObjectDataType;

/**
 * Answers a query of the form {@code {$or: [a, b, ...]}} from the collection's other indexes, as MongoDB does: when
 * every branch is one some index of the collection takes, the candidates are those indexes' candidates for each
 * branch together, in the order of the collection's file map (the order a scan meets the documents). mongo-java-server
 * uses one index per query and none for {@code $or}, so the services' either-or look-ups (the person index's "same
 * name and birth date, or same family and address", triage's "this decision or that referral") read and matched the
 * whole collection. As with {@link SecondaryIndex}, these are only candidates: the collection still matches each
 * against the whole query, so the answer cannot differ from the scan's as long as no branch's index leaves a match
 * out, which each of them guarantees for the queries it takes.
 *
 * <p>It holds nothing itself: adding, changing and removing documents are the other indexes' business (it is sparse,
 * so the collection does not expect a position from it on removal).
 */
final class EitherOfIndexes extends Index<Object> {

    static final String NAME = "_or_from_other_indexes";

    private final MongoCollection<Object> collection;
    private final ObjectDataType fileKeyType = new ObjectDataType();

    EitherOfIndexes(MongoCollection<Object> collection) {
        super(NAME, List.of(new de.bwaldvogel.mongo.backend.IndexKey("$or", true)), true);
        this.collection = collection;
    }

    @Override
    public boolean canHandle(Document query) {
        List<Document> branches = branches(query);
        return branches != null && branches.stream().allMatch(branch -> indexFor(branch) != null);
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        NavigableSet<Object> positions = new TreeSet<>(fileKeyType::compare);
        for (Document branch : branches(query)) {
            for (Object position : indexFor(branch).getPositions(branch)) {
                positions.add(position);
            }
        }
        return positions;
    }

    /** The branches of a query that is nothing but one {@code $or} of documents, or null. */
    private static List<Document> branches(Document query) {
        if (query.size() != 1 || !(query.get("$or") instanceof Collection<?> branches) || branches.isEmpty()) {
            return null;
        }
        if (!branches.stream().allMatch(Document.class::isInstance)) {
            return null;
        }
        return branches.stream().map(Document.class::cast).toList();
    }

    private Index<Object> indexFor(Document branch) {
        for (Index<Object> index : collection.getIndexes()) {
            if (index != this && !(index instanceof EitherOfIndexes) && index.canHandle(branch)) {
                return index;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------ nothing of its own to keep

    @Override
    public Object getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
    }

    @Override
    public Object remove(Document document) {
        return null;
    }

    @Override
    public long getCount() {
        return 0;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) {
    }

    @Override
    public void drop() {
    }
}
