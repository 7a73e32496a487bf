package org.frontdoor.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A non-unique index of the document store, held in memory: from each value of the index's <em>first</em> field to
 * the positions (ids) of the documents holding it. mongo-java-server keeps only unique indexes and answers every
 * other query by reading and matching every document of the collection; this index narrows that to the documents
 * that can match. It is never written to the file: the store builds it again from the documents each time it opens
 * (mongo-java-server fills a new index from the collection), so a {@code kill -9} cannot leave it out of step with them.
 *
 * <p>What it returns is a list of <em>candidates</em>: mongo-java-server still matches every candidate against the
 * whole query. So the only way it could change an answer is by leaving out a document the scan would have matched,
 * and it is built never to do that:
 *
 * <ul>
 *   <li>it only takes queries that ask for the first field to equal one value, or one of a {@code $in} list, of a
 *       plain kind (text, number, boolean, object id, UUID, date); anything else (null, ranges, regular expressions,
 *       embedded documents, arrays, {@code $and}/{@code $or} around the field) is left to the scan;</li>
 *   <li>it reads a document's values the way mongo-java-server's matcher walks the query's path (through arrays at
 *       any level, into each element of an array at the end), rather than by {@code Index.getKeyValues}, which walks
 *       nested arrays differently;</li>
 *   <li>a document whose value it cannot be sure to compare as the matcher would (an array inside an array, a value
 *       of another kind) is a candidate for every query;</li>
 *   <li>candidates come back in the order of the collection's file map, so the answer, sorted or not, limited or
 *       not, is the one the scan gives, document for document.</li>
 * </ul>
 *
 * The other fields of a compound index are not used to look up (the queries of the services name the first field
 * and sort or filter by the others). {@code sparse} changes nothing here: every document is indexed.
 */
final class SecondaryIndex extends Index<Object> {

    private static final String ID_FIELD = "_id";
    private static final Set<Class<?>> PLAIN_QUERY_VALUES = Set.of(String.class, Boolean.class, Integer.class,
            Long.class, Double.class, ObjectId.class, UUID.class, Instant.class);
    /** The classes a plain value has once mongo-java-server has normalised it (numbers become Double or Long). */
    private static final Set<Class<?>> PLAIN_INDEXED_VALUES = Set.of(String.class, Boolean.class, Long.class,
            Double.class, ObjectId.class, UUID.class, Instant.class);

    private final String field;
    private final List<String> path;
    private final boolean usable;
    /** The order of the collection's map in the H2 file, by which a scan meets the documents. */
    private final Comparator<Object> fileOrder;
    private final Map<Object, NavigableSet<Object>> positionsByValue = new HashMap<>();
    private final TreeMap<Object, Set<Object>> valuesByPosition;
    private final NavigableSet<Object> alwaysCandidates;

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.field = keys.get(0).getKey();
        this.path = List.of(field.split("\\.", -1));
        this.usable = path.stream().noneMatch(fragment -> fragment.isEmpty() || fragment.startsWith("$")
                || fragment.chars().allMatch(Character::isDigit));
        ObjectDataType fileKeyType = new ObjectDataType();
        this.fileOrder = fileKeyType::compare;
        this.valuesByPosition = new TreeMap<>(fileOrder);
        this.alwaysCandidates = new TreeSet<>(fileOrder);
    }

    // ---------------------------------------------------------------------------------------------- the documents

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        index(document, position);
    }

    @Override
    public synchronized Object remove(Document document) {
        Object position = document.get(ID_FIELD);
        if (position == null || !valuesByPosition.containsKey(position)) {
            // The collection then refuses the removal ("found no position"): loud, never a silent stale entry.
            return null;
        }
        unindex(position);
        return position;
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) {
        unindex(position);
        index(newDocument, position);
    }

    @Override
    public Object getPosition(Document document) {
        // The _id index answers where a document is; a non-unique value cannot.
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // Not unique: nothing to refuse.
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // Not unique: nothing to refuse.
    }

    private void index(Document document, Object position) {
        Reached reached = new Reached();
        if (usable) {
            walk(document, 0, reached);
        } else {
            reached.unsure = true;
        }
        valuesByPosition.put(position, reached.values);
        if (reached.unsure) {
            alwaysCandidates.add(position);
        }
        for (Object value : reached.values) {
            positionsByValue.computeIfAbsent(value, v -> new TreeSet<>(fileOrder)).add(position);
        }
    }

    private void unindex(Object position) {
        Set<Object> values = valuesByPosition.remove(position);
        if (values == null) {
            return;
        }
        alwaysCandidates.remove(position);
        for (Object value : values) {
            NavigableSet<Object> positions = positionsByValue.get(value);
            if (positions != null) {
                positions.remove(position);
                if (positions.isEmpty()) {
                    positionsByValue.remove(value);
                }
            }
        }
    }

    /** The values a query on the field is compared with, walked as {@code DefaultQueryMatcher.checkMatch} walks. */
    private void walk(Object value, int fragment, Reached reached) {
        if (value instanceof List<?> list) {
            // The matcher tries the same path on each element, whatever it is (an array within an array too).
            for (Object element : list) {
                walk(element, fragment, reached);
            }
            return;
        }
        if (!(value instanceof Document document)) {
            return; // missing, null or a plain value: only a null query could match, and those go to the scan
        }
        Object child = document.getOrMissing(path.get(fragment));
        if (fragment < path.size() - 1) {
            walk(child, fragment + 1, reached);
        } else if (child instanceof Collection<?> elements) {
            for (Object element : elements) {
                if (element instanceof Collection<?>) {
                    // The matcher's $in looks into an array inside the array; keep such a document for every query.
                    reached.unsure = true;
                } else {
                    reached.add(element);
                }
            }
        } else {
            reached.add(child);
        }
    }

    private static final class Reached {
        final Set<Object> values = new HashSet<>();
        boolean unsure;

        void add(Object value) {
            if (Missing.isNullOrMissing(value) || value instanceof Map) {
                return; // never equal to a plain value
            }
            Object normalized = normalized(value);
            if (normalized != null && PLAIN_INDEXED_VALUES.contains(normalized.getClass())) {
                values.add(normalized);
            } else {
                unsure = true;
            }
        }
    }

    /** Exactly as the matcher compares ({@code Utils.normalizeValue}): 1, 1L and 1.0 are one value. */
    private static Object normalized(Object value) {
        return new KeyValue(value).normalized().get(0);
    }

    // ---------------------------------------------------------------------------------------------- the queries

    @Override
    public synchronized boolean canHandle(Document query) {
        return queriedValues(query) != null;
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        Set<Object> values = queriedValues(query);
        if (values == null) {
            throw new IllegalStateException("Index " + getName() + " cannot answer " + query);
        }
        NavigableSet<Object> positions = new TreeSet<>(fileOrder);
        positions.addAll(alwaysCandidates);
        for (Object value : values) {
            NavigableSet<Object> holding = positionsByValue.get(value);
            if (holding != null) {
                positions.addAll(holding);
            }
        }
        return new ArrayList<>(positions);
    }

    /** The normalised values the query asks the field to equal, or null when the scan must answer. */
    private Set<Object> queriedValues(Document query) {
        if (!usable || !query.containsKey(field)) {
            return null;
        }
        Object condition = query.get(field);
        if (condition instanceof Document operators) {
            if (operators.size() != 1 || !(operators.get("$in") instanceof Collection<?> in)) {
                return null;
            }
            Set<Object> values = new HashSet<>();
            for (Object value : in) {
                if (!isPlain(value)) {
                    return null;
                }
                values.add(normalized(value));
            }
            return values;
        }
        return isPlain(condition) ? Set.of(normalized(condition)) : null;
    }

    private static boolean isPlain(Object value) {
        return value != null && PLAIN_QUERY_VALUES.contains(value.getClass());
    }

    // ---------------------------------------------------------------------------------------------- the figures

    @Override
    public synchronized long getCount() {
        return valuesByPosition.size();
    }

    @Override
    public synchronized long getDataSize() {
        return positionsByValue.values().stream().mapToLong(Set::size).sum();
    }

    @Override
    public synchronized void drop() {
        positionsByValue.clear();
        valuesByPosition.clear();
        alwaysCandidates.clear();
    }
}
